#pragma once

#include "network/user.h"

#include <QDialog>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace ionos {

class MessageBanner;
class UsersModel;

// Picks many users at once: a search box over names and e-mail addresses and a multi-select list.
class MemberPicker : public QDialog
{
    Q_OBJECT

public:
    MemberPicker(UsersModel &users, const QStringList &excludedIds, QWidget *parent = nullptr);

    QList<User> chosen() const;
    QLineEdit *searchEdit() const { return m_search; }
    QListView *list() const { return m_list; }

private:
    UsersModel &m_users;
    QLineEdit *m_search;
    QListView *m_list;
    QSortFilterProxyModel *m_proxy;
    MessageBanner *m_banner;
};

} // namespace ionos
