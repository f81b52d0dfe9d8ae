#include "ui/groups/memberpicker.h"

#include "models/users/usersmodel.h"
#include "ui/common/messagebanner.h"

#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace ionos {
namespace {

// One item per user ("Name <e-mail>"), without the users already in the group: a single column,
// so that a screen reader meets each user once.
class PickableUsers : public QSortFilterProxyModel
{
public:
    PickableUsers(QStringList excluded, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_excluded(std::move(excluded))
    {
        setFilterCaseSensitivity(Qt::CaseInsensitive);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return QSortFilterProxyModel::data(index, role);
        const QModelIndex source = mapToSource(index);
        const User &u = static_cast<const UsersModel *>(sourceModel())->at(source.row());
        return QStringLiteral("%1 <%2>").arg(u.displayName(), u.email);
    }

protected:
    // By name, as a person looks for someone.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const auto *users = static_cast<const UsersModel *>(sourceModel());
        return QString::localeAwareCompare(users->at(left.row()).displayName().toCaseFolded(),
                                           users->at(right.row()).displayName().toCaseFolded()) < 0;
    }
    bool filterAcceptsColumn(int column, const QModelIndex &) const override
    {
        return column == UsersModel::EmailColumn;
    }
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const User &u = static_cast<const UsersModel *>(sourceModel())->at(row);
        if (m_excluded.contains(u.id))
            return false;
        const QString text = filterRegularExpression().pattern();
        Q_UNUSED(parent);
        return text.isEmpty() || u.displayName().contains(text, Qt::CaseInsensitive) ||
               u.email.contains(text, Qt::CaseInsensitive);
    }

private:
    QStringList m_excluded;
};

} // namespace

MemberPicker::MemberPicker(UsersModel &users, const QStringList &excludedIds, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_proxy(new PickableUsers(excludedIds, this))
    , m_banner(new MessageBanner(this))
{
    m_banner->setObjectName(QStringLiteral("pickerBanner"));
    setObjectName(QStringLiteral("memberPicker"));
    setWindowTitle(tr("Add Members"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search by name or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search users"));
    m_proxy->setSourceModel(&users);
    m_proxy->setFilterKeyColumn(UsersModel::EmailColumn);
    m_proxy->sort(0);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterRegularExpression(QRegularExpression(QRegularExpression::escape(text)));
        m_proxy->invalidate();
    });
    m_list->setObjectName(QStringLiteral("userList"));
    m_list->setAccessibleName(tr("Users to add"));
    m_list->setAccessibleDescription(
        tr("The users not yet in the group; select several with Ctrl or Shift"));
    m_search->setToolTip(tr("Shows only the users whose name or e-mail address contains this"));
    m_list->setModel(m_proxy);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addButton"));
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Add the selected users to the group"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without adding anyone"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (chosen().isEmpty()) {
            m_banner->post(MessageBanner::Tone::Info,
                           tr("Select at least one user to add, or Cancel."));
            m_list->setFocus();
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_search);
    layout->addWidget(new QLabel(tr("Select one or more users (Ctrl or Shift + click)."), this));
    layout->addWidget(m_list, 1);
    // How many are chosen, kept as the selection changes (also across a search).
    auto *selected = new QLabel(this);
    selected->setObjectName(QStringLiteral("selectedCount"));
    const auto count = [this, selected] {
        const int n = int(m_list->selectionModel()->selectedIndexes().size());
        selected->setText(n == 0 ? tr("No user selected") : tr("%n user(s) selected", nullptr, n));
    };
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, selected, count);
    count();
    layout->addWidget(selected);
    layout->addWidget(buttons);
    resize(480, 520);
}

QList<User> MemberPicker::chosen() const
{
    QList<User> users;
    for (const QModelIndex &index : m_list->selectionModel()->selectedIndexes())
        users << m_users.at(m_proxy->mapToSource(index).row());
    return users;
}

} // namespace ionos
