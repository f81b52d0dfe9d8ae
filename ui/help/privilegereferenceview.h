#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace ionos {

class AccessEngine;
class PrivilegeHoldersModel;
class PrivilegeReferenceModel;

// The privilege reference screen: the 25 privileges a group can grant with their area, API key
// and meaning, filterable, sortable, copyable and exportable. It needs no session; signed in, it
// also shows who holds the selected privilege and through which groups.
class PrivilegeReferenceView : public QWidget
{
    Q_OBJECT

public:
    explicit PrivilegeReferenceView(QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QTableView *holdersTable() const { return m_holders; }
    QLabel *holdersHeading() const { return m_holdersHeading; }
    // The session's effective access; null when signed out.
    void followAccess(AccessEngine *engine);

private:
    void copySelection();
    void showHolders();

    PrivilegeReferenceModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QWidget *m_holdersPane;
    QLabel *m_holdersHeading;
    QTableView *m_holders;
    PrivilegeHoldersModel *m_holdersModel;
    AccessEngine *m_engine = nullptr;
};

} // namespace ionos
