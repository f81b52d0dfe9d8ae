#pragma once

#include "ui/common/celldelegate.h"
#include "ui/common/colorscheme.h"

#include <QIcon>
#include <QMessageBox>
#include <QStringList>

#include <functional>
#include <optional>

namespace ionos {

// The console's icon set: SVG drawings on a 16-pixel grid in resources/icons, in colours that
// read on light and dark palettes, drawn sharp at any scale.
class Icons
{
public:
    static QIcon user();
    static QIcon administrator();
    static QIcon group();
    static QIcon share();
    static QIcon matrix();
    static QIcon reference();
    static QIcon ownership();
    static QIcon findings();
    static QIcon review();
    static QIcon changes();
    static QIcon overview();
    static QIcon contract();
    static QIcon pending();
    static QIcon failed();
    static QIcon done();
    // The icon of a resource type of the API (datacenter, snapshot, image, ipblock, pcc,
    // backupunit, k8s); a plain cube for any other.
    static QIcon resourceType(const QString &type);
    static QIcon named(const QString &name);
    // The pending icon for a row whose pendingRole is true, else icon.
    static std::function<QIcon(const QModelIndex &)> pendingOr(int pendingRole, const QIcon &icon);
    // A row of a UsersModel (through any proxy): pending, administrator or user.
    static QIcon forUserRow(const QModelIndex &index);
    // The picture of a message box of this kind (a question, a warning) from the console's set,
    // at the size the box's style draws one.
    static void setMessageIcon(QMessageBox *box, QMessageBox::Icon kind);
    // Every icon of the set by name, for checks.
    static QStringList names();
};

// Draws an icon before the text of the cells of a column, chosen per row.
class IconDelegate : public CellDelegate
{
    Q_OBJECT
public:
    using Chooser = std::function<QIcon(const QModelIndex &index)>;
    // The tone of a cell's state, coloured as the colour scheme says; none: the plain look.
    using ToneChooser = std::function<std::optional<ColorScheme::Tone>(const QModelIndex &index)>;
    IconDelegate(Chooser chooser, QObject *parent);

    // The cell's background takes its tone's tint.
    void tintBy(ToneChooser tone) { m_tint = std::move(tone); }
    // The cell's text takes its tone's accent.
    void accentBy(ToneChooser tone) { m_accent = std::move(tone); }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Chooser m_chooser;
    ToneChooser m_tint;
    ToneChooser m_accent;
};

} // namespace ionos
