#include "ui/groups/groupdialog.h"

#include "models/access/accessengine.h"
#include "models/groups/groupscontroller.h"
#include "network/privileges.h"
#include "ui/common/confirmation.h"
#include "ui/common/messagebanner.h"
#include "ui/common/secondarylabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ionos {
namespace {
const QString kNameTopic = QStringLiteral("name");
} // namespace

GroupDialog::GroupDialog(GroupsController &controller, AccessEngine &access,
                         std::optional<Group> existing, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_access(access)
    , m_existing(std::move(existing))
    , m_banner(new MessageBanner(this))
    , m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("groupDialog"));
    setWindowTitle(m_existing ? tr("Edit Group") : tr("New Group"));
    m_banner->setObjectName(QStringLiteral("messageBanner"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Group name"));
    m_name->setToolTip(tr("A name for the group, at most 255 characters"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);

    // One box per area, generated from the privilege table.
    auto *areas = new QWidget(this);
    auto *areasLayout = new QVBoxLayout(areas);
    QList<QGridLayout *> grids;
    for (const PrivilegeArea areaId : Privileges::areas()) {
        const QString area = Privileges::areaLabel(areaId);
        // "&" in a title would be taken for a mnemonic.
        auto *box =
            new QGroupBox(QString(area).replace(QLatin1Char('&'), QStringLiteral("&&")), areas);
        auto *grid = new QGridLayout(box);
        QList<QCheckBox *> inArea;
        int row = 0;
        for (const Privilege &p : Privileges::all()) {
            if (p.area != areaId)
                continue;
            auto *check = new QCheckBox(p.label(), box);
            check->setObjectName(p.key);
            check->setToolTip(p.explanation());
            check->setAccessibleDescription(p.explanation());
            auto *explanation = new SecondaryLabel(p.explanation(), box);
            explanation->setWordWrap(true);
            grid->addWidget(check, row, 0, Qt::AlignTop);
            grid->addWidget(explanation, row, 1);
            ++row;
            inArea << check;
            m_boxes.insert(p.key, check);
        }
        auto *all = new QPushButton(tr("All"), box);
        auto *none = new QPushButton(tr("None"), box);
        all->setObjectName(QStringLiteral("all:") + Privileges::areaName(areaId));
        none->setObjectName(QStringLiteral("none:") + Privileges::areaName(areaId));
        all->setAccessibleName(tr("Grant every privilege of %1").arg(area));
        none->setAccessibleName(tr("Grant no privilege of %1").arg(area));
        all->setToolTip(tr("Check every privilege of %1").arg(area));
        none->setToolTip(tr("Clear every privilege of %1").arg(area));
        connect(all, &QPushButton::clicked, box, [inArea] {
            for (QCheckBox *c : inArea)
                c->setChecked(true);
        });
        connect(none, &QPushButton::clicked, box, [inArea] {
            for (QCheckBox *c : inArea)
                c->setChecked(false);
        });
        auto *buttons = new QHBoxLayout;
        buttons->addStretch();
        buttons->addWidget(all);
        buttons->addWidget(none);
        grid->addLayout(buttons, row, 0, 1, 2);
        grid->setColumnStretch(1, 1);
        grids << grid;
        areasLayout->addWidget(box);
    }
    // The explanations start at one line in every area, right of the widest privilege.
    int widest = 0;
    for (const QCheckBox *check : std::as_const(m_boxes))
        widest = std::max(widest, check->sizeHint().width());
    for (QGridLayout *grid : std::as_const(grids))
        grid->setColumnMinimumWidth(0, widest);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(areas);
    scroll->setWidgetResizable(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Send the group to the server; the dialog closes when it is done"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without changing the group"));
    connect(m_save, &QPushButton::clicked, this, &GroupDialog::submit);
    // What was said about the name goes once a name is typed.
    connect(m_name, &QLineEdit::textEdited, m_banner, [this](const QString &text) {
        if (!text.trimmed().isEmpty() && text.size() <= 255)
            m_banner->settle(kNameTopic);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Members get every privilege granted here. Administrators "
                                    "need none: they can do everything."),
                                 this));
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(760, 640);

    if (m_existing) {
        m_name->setText(m_existing->name);
        for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it)
            it.value()->setChecked(m_existing->privileges.value(it.key()));
    }
}

void GroupDialog::startFrom(const QString &templateName, const GroupPrivileges &privileges)
{
    setWindowTitle(tr("New Group from %1").arg(templateName));
    for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it)
        it.value()->setChecked(privileges.value(it.key()));
}

GroupPrivileges GroupDialog::chosenPrivileges() const
{
    GroupPrivileges p;
    for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it)
        p.set(it.key(), it.value()->isChecked());
    return p;
}

void GroupDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void GroupDialog::submit()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_banner->post(MessageBanner::Tone::Error, tr("Enter a name for the group."), kNameTopic);
        return;
    }
    if (name.size() > 255) {
        m_banner->post(MessageBanner::Tone::Error, tr("The name may have at most 255 characters."),
                       kNameTopic);
        return;
    }
    m_banner->settle(kNameTopic);
    m_banner->post(MessageBanner::Tone::Info,
                   tr("Saving… the change is applied when the server reports it done."));
    setBusy(true);
    auto done = [this](const Result<Group> &r) {
        setBusy(false);
        if (!r.ok()) {
            m_banner->showError({}, r.error());
            return;
        }
        emit saved(r.value().id);
        accept();
    };
    if (!m_existing) {
        m_controller.create(name, chosenPrivileges(), this, done);
        return;
    }
    // Only what changed is sent as a change; the controller merges it with the server's group.
    GroupChange change;
    if (name != m_existing->name)
        change.name = name;
    const GroupPrivileges chosen = chosenPrivileges();
    for (const Privilege &p : Privileges::all()) {
        if (chosen.value(p.key) != m_existing->privileges.value(p.key))
            change.privileges.insert(p.key, chosen.value(p.key));
    }
    if (!change.name && change.privileges.isEmpty()) {
        setBusy(false);
        accept();
        return;
    }
    if (change.privileges.isEmpty()) {
        m_controller.update(m_existing->id, change, this, done);
        return;
    }
    // A change of privileges says first what it does to the members' access.
    QStringList marks;
    for (auto it = change.privileges.constBegin(); it != change.privileges.constEnd(); ++it)
        marks << Privileges::change(it.key(), it.value());
    Confirmation confirmation;
    confirmation.title = tr("Save Group");
    confirmation.question =
        tr("Change %n privilege(s) of the group \"%1\"?", nullptr, int(change.privileges.size()))
            .arg(m_existing->name);
    confirmation.names = marks;
    confirmation.consequence = tr("Every member gets or loses them with the group.");
    confirmation.undo = tr("You can set them back at any time.");
    confirmation.confirmText = tr("Save");
    confirmation.objectName = QStringLiteral("saveGroupConfirmation");
    confirmation.destructive = false;
    confirmation.preview = m_access.whatIf().setPrivileges(m_existing->id, chosen);
    confirmation.previewComplete = m_access.isComplete();
    m_banner->post(MessageBanner::Tone::Info, tr("Working out what changes for the members…"));
    confirmation.askIfAccessChanges(
        this,
        [this, change, done] {
            m_banner->post(MessageBanner::Tone::Info,
                           tr("Saving… the change is applied when the server reports it done."));
            setBusy(true);
            m_controller.update(m_existing->id, change, this, done);
        },
        [this] {
            setBusy(false);
            m_banner->clear();
        });
}

} // namespace ionos
