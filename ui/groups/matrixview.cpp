#include "ui/groups/matrixview.h"

#include "models/access/accessengine.h"
#include "models/groups/groupscontroller.h"
#include "models/groups/groupsmodel.h"
#include "models/groups/privilegematrixmodel.h"
#include "models/workspace.h"
#include "network/privileges.h"
#include "ui/common/confirmation.h"
#include "ui/common/icons.h"
#include "ui/common/messagebanner.h"
#include "ui/common/screencommands.h"
#include "ui/common/secondarylabel.h"
#include "ui/common/tableexporter.h"
#include "ui/groups/matrixfilter.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ionos {

MatrixView::MatrixView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_banner(new MessageBanner(this))
    , m_filter(new MatrixFilter(this))
    , m_groupFilter(new QLineEdit(this))
    , m_privilegeFilter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_apply(new QAction(Icons::done(), tr("&Apply Changes"), this))
    , m_discard(new QAction(Icons::named(QStringLiteral("dismiss")), tr("&Discard Changes"), this))
{
    setObjectName(QStringLiteral("matrixView"));
    m_banner->setObjectName(QStringLiteral("matrixBanner"));
    m_table->setObjectName(QStringLiteral("matrixTable"));
    m_table->setAccessibleName(tr("Privileges of every group"));
    m_table->setAccessibleDescription(
        tr("Every group against every privilege; Space toggles the current cell"));
    m_apply->setToolTip(tr("Send the marked changes, one update per changed group"));
    m_discard->setToolTip(tr("Drop the marked changes"));
    m_filter->setSourceModel(&workspace.matrix());
    m_table->setModel(m_filter);
    for (auto [edit, name, text, description] :
         {std::tuple{m_groupFilter, "matrixGroupFilter", tr("Filter groups"),
                     tr("Shows the groups whose names contain this")},
          std::tuple{m_privilegeFilter, "matrixPrivilegeFilter", tr("Filter privileges"),
                     tr("Shows the privileges whose names contain this")}}) {
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(text);
        edit->setAccessibleName(text);
        edit->setAccessibleDescription(description);
        edit->setClearButtonEnabled(true);
    }
    connect(m_groupFilter, &QLineEdit::textChanged, m_filter, &MatrixFilter::setGroupFilter);
    connect(m_privilegeFilter, &QLineEdit::textChanged, m_filter,
            &MatrixFilter::setPrivilegeFilter);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MatrixView::keepMembersFirst);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MatrixView::keepMembersFirst);
    connect(m_filter, &QAbstractItemModel::columnsInserted, this, &MatrixView::keepMembersFirst);
    connect(m_filter, &QAbstractItemModel::columnsRemoved, this, &MatrixView::keepMembersFirst);
    // Each state has its icon beside its colour.
    using State = PrivilegeMatrixModel::CellState;
    const auto stateOf = [](const QModelIndex &index) {
        return State(index.data(PrivilegeMatrixModel::CellStateRole).toInt());
    };
    auto *delegate = new IconDelegate(
        [stateOf](const QModelIndex &index) {
            switch (stateOf(index)) {
            case State::Pending:
                return Icons::named(QStringLiteral("edit"));
            case State::Applying:
                return Icons::pending();
            case State::Applied:
                return Icons::done();
            case State::Failed:
                return Icons::failed();
            default:
                return QIcon();
            }
        },
        m_table);
    delegate->tintBy([stateOf](const QModelIndex &index) -> std::optional<ColorScheme::Tone> {
        switch (stateOf(index)) {
        case State::Pending:
            return ColorScheme::Tone::Warning;
        case State::Applying:
            return ColorScheme::Tone::Working;
        case State::Applied:
            return ColorScheme::Tone::Success;
        case State::Failed:
            return ColorScheme::Tone::Error;
        default:
            return std::nullopt;
        }
    });
    m_table->setItemDelegate(delegate);
    TableExporter::install(m_table, QStringLiteral("privilege-matrix"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Once on the screen: in the toolbar and the Edit menu, on the table's context menu, and
    // by key (Ctrl+Return applies, Ctrl+Backspace discards) while the matrix has the focus.
    m_apply->setObjectName(QStringLiteral("applyMatrixAction"));
    m_discard->setObjectName(QStringLiteral("discardMatrixAction"));
    m_apply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_discard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Backspace));
    for (QAction *action : {m_apply, m_discard}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setEnabled(false);
    }
    ScreenCommands::of(this)->addOwn({m_apply, m_discard});
    connect(m_apply, &QAction::triggered, this, &MatrixView::apply);
    connect(m_discard, &QAction::triggered, this, &MatrixView::discard);
    addActions({m_apply, m_discard});
    m_table->addActions({m_apply, m_discard});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(&workspace.matrix(), &PrivilegeMatrixModel::stagedChangesChanged, this,
            [this](bool any) {
                m_apply->setEnabled(any);
                m_discard->setEnabled(any);
            });
    connect(&workspace.groupsController(), &GroupsController::matrixApplied, this,
            &MatrixView::applied);

    auto *legend =
        new SecondaryLabel(tr("Pencil on yellow: changed, not applied. Clock on violet: being "
                              "applied. Check on green: applied. Exclamation mark on red: "
                              "failed (hover for the server's words)."),
                           this);
    legend->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_groupFilter, 1);
    filters->addWidget(m_privilegeFilter, 1);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    keepMembersFirst();
    layout->addWidget(legend);
}

void MatrixView::keepMembersFirst()
{
    const QModelIndex members = m_filter->mapFromSource(
        m_workspace.matrix().index(0, PrivilegeMatrixModel::membersColumn()));
    // No rows, no mapping: the column is the proxy's last, as in the model.
    const int column = members.isValid() ? members.column() : m_filter->columnCount() - 1;
    QHeaderView *header = m_table->horizontalHeader();
    if (column >= 0 && header->visualIndex(column) != 0)
        header->moveSection(header->visualIndex(column), 0);
}

void MatrixView::apply()
{
    const QMap<QString, QMap<QString, bool>> staged = m_workspace.matrix().stagedChanges();
    if (staged.isEmpty())
        return;
    AccessEngine &access = m_workspace.accessEngine();
    WhatIf preview = access.whatIf();
    QStringList names;
    for (auto it = staged.constBegin(); it != staged.constEnd(); ++it) {
        const std::optional<Group> group = m_workspace.groups().group(it.key());
        GroupPrivileges privileges = group ? group->privileges : GroupPrivileges();
        QStringList marks;
        for (auto mark = it.value().constBegin(); mark != it.value().constEnd(); ++mark) {
            privileges.set(mark.key(), mark.value());
            marks << Privileges::change(mark.key(), mark.value());
        }
        preview.setPrivileges(it.key(), privileges);
        names << QStringLiteral("%1: %2").arg(group ? group->name : it.key(),
                                              marks.join(QStringLiteral(", ")));
    }
    const int groups = int(staged.size());
    Confirmation confirmation;
    confirmation.title = tr("Apply Privilege Changes");
    confirmation.question = tr("Apply the marked changes to %n group(s)?", nullptr, groups);
    confirmation.names = names;
    confirmation.consequence = tr("Each group is updated on its own.");
    confirmation.undo = tr("You can undo this from the Activity log.");
    confirmation.confirmText = tr("Apply");
    confirmation.objectName = QStringLiteral("applyMatrixConfirmation");
    confirmation.destructive = false;
    confirmation.preview = preview;
    confirmation.previewComplete = access.isComplete();
    m_apply->setEnabled(false); // until it is known what the changes do
    confirmation.askIfAccessChanges(
        this,
        [this, groups] {
            m_banner->post(MessageBanner::Tone::Info,
                           tr("Applying the changes of %n group(s)…", nullptr, groups));
            m_apply->setEnabled(false);
            m_workspace.groupsController().applyMatrix(m_workspace.matrix());
        },
        [this] { m_apply->setEnabled(!m_workspace.matrix().stagedChanges().isEmpty()); });
}

void MatrixView::discard()
{
    m_workspace.matrix().discard();
    m_banner->clear();
}

void MatrixView::applied(const QList<ItemResult> &results)
{
    const BulkSummary s = BulkSummary::of(results);
    m_banner->showSummary(s, tr("Applied to %n group(s).", nullptr, s.total),
                          tr("Applied to %1 of %2 groups. Not applied (still marked, Apply tries "
                             "again):\n%3"));
}

} // namespace ionos
