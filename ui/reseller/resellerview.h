#pragma once

#include <QWidget>

class QAction;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace ionos {

class MessageBanner;
class SessionController;
class Workspace;

// The reseller contracts of the profile (added and removed in place) and the admins of the
// selected one: filterable, sortable, created, changed and deleted, with the Reseller API's
// errors in plain words and Retry where it helps.
class ResellerView : public QWidget
{
    Q_OBJECT

public:
    ResellerView(Workspace &workspace, SessionController &session, QWidget *parent = nullptr);

    void showContract(qint64 contract);
    bool addContract(const QString &text);
    void removeSelectedContract();
    QTableView *table() const { return m_table; }
    QListWidget *contracts() const { return m_contracts; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }

signals:
    void contractsChanged();

private:
    void reloadContracts(qint64 select);
    qint64 selectedAdmin() const;
    // Selects an admin and scrolls to it (one just created).
    void selectAdmin(qint64 adminId);
    void newAdmin();
    void editAdmin();
    void deleteAdmin();

    Workspace &m_workspace;
    SessionController &m_session;
    MessageBanner *m_contractBanner;
    QListWidget *m_contracts;
    QLineEdit *m_contractEdit;
    MessageBanner *m_banner;
    QPushButton *m_retry;
    QLineEdit *m_filter;
    QTableView *m_table;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_delete;
};

} // namespace ionos
