#include "ui/common/icons.h"

#include "models/users/usersmodel.h"

#include <QAbstractItemView>
#include <QHash>
#include <QStyle>

namespace ionos {

QIcon Icons::named(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return *it;
}

void Icons::setMessageIcon(QMessageBox *box, QMessageBox::Icon kind)
{
    const int side = box->style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, box);
    const QIcon icon = named(kind == QMessageBox::Question ? QStringLiteral("question")
                                                           : QStringLiteral("warning"));
    box->setIconPixmap(icon.pixmap(QSize(side, side), box->devicePixelRatioF()));
}

QStringList Icons::names()
{
    return {QStringLiteral("user"),         QStringLiteral("administrator"),
            QStringLiteral("group"),        QStringLiteral("share"),
            QStringLiteral("matrix"),       QStringLiteral("reference"),
            QStringLiteral("ownership"),    QStringLiteral("contract"),
            QStringLiteral("resource"),     QStringLiteral("datacenter"),
            QStringLiteral("snapshot"),     QStringLiteral("image"),
            QStringLiteral("ipblock"),      QStringLiteral("pcc"),
            QStringLiteral("backupunit"),   QStringLiteral("k8s"),
            QStringLiteral("pending"),      QStringLiteral("failed"),
            QStringLiteral("done"),         QStringLiteral("ionos-admin"),
            QStringLiteral("new"),          QStringLiteral("edit"),
            QStringLiteral("delete"),       QStringLiteral("refresh"),
            QStringLiteral("dismiss"),      QStringLiteral("check"),
            QStringLiteral("findings"),     QStringLiteral("review"),
            QStringLiteral("changes"),      QStringLiteral("remove-member"),
            QStringLiteral("stop-sharing"), QStringLiteral("question"),
            QStringLiteral("warning"),      QStringLiteral("overview"),
            QStringLiteral("offboard")};
}

QIcon Icons::user()
{
    return named(QStringLiteral("user"));
}
QIcon Icons::administrator()
{
    return named(QStringLiteral("administrator"));
}
QIcon Icons::group()
{
    return named(QStringLiteral("group"));
}
QIcon Icons::share()
{
    return named(QStringLiteral("share"));
}
QIcon Icons::matrix()
{
    return named(QStringLiteral("matrix"));
}
QIcon Icons::reference()
{
    return named(QStringLiteral("reference"));
}
QIcon Icons::findings()
{
    return named(QStringLiteral("findings"));
}
QIcon Icons::review()
{
    return named(QStringLiteral("review"));
}
QIcon Icons::changes()
{
    return named(QStringLiteral("changes"));
}
QIcon Icons::overview()
{
    return named(QStringLiteral("overview"));
}
QIcon Icons::ownership()
{
    return named(QStringLiteral("ownership"));
}
QIcon Icons::contract()
{
    return named(QStringLiteral("contract"));
}
QIcon Icons::pending()
{
    return named(QStringLiteral("pending"));
}
QIcon Icons::failed()
{
    return named(QStringLiteral("failed"));
}
QIcon Icons::done()
{
    return named(QStringLiteral("done"));
}

QIcon Icons::resourceType(const QString &type)
{
    static const QStringList known = {QStringLiteral("datacenter"), QStringLiteral("snapshot"),
                                      QStringLiteral("image"),      QStringLiteral("ipblock"),
                                      QStringLiteral("pcc"),        QStringLiteral("backupunit"),
                                      QStringLiteral("k8s")};
    return named(known.contains(type) ? type : QStringLiteral("resource"));
}

std::function<QIcon(const QModelIndex &)> Icons::pendingOr(int pendingRole, const QIcon &icon)
{
    return [pendingRole, icon](const QModelIndex &index) {
        return index.data(pendingRole).toBool() ? pending() : icon;
    };
}

QIcon Icons::forUserRow(const QModelIndex &index)
{
    if (index.data(UsersModel::PendingRole).toBool())
        return pending();
    const bool administrator =
        index.siblingAtColumn(UsersModel::AdministratorColumn).data(UsersModel::SortRole).toBool();
    return administrator ? Icons::administrator() : user();
}

IconDelegate::IconDelegate(Chooser chooser, QObject *parent)
    : CellDelegate(parent)
    , m_chooser(std::move(chooser))
{}

void IconDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (const auto tone = m_tint ? m_tint(index) : std::nullopt)
        option->backgroundBrush = ColorScheme::colors(*tone, option->palette).tint;
    if (const auto tone = m_accent ? m_accent(index) : std::nullopt)
        option->palette.setColor(QPalette::Text,
                                 ColorScheme::colors(*tone, option->palette).accent);
    const QIcon icon = m_chooser(index);
    if (icon.isNull())
        return;
    option->icon = icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
}

} // namespace ionos
