#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace ionos {

class PrivilegeReferenceModel;

// The privilege reference screen: the 25 privileges a group can grant with their area, API key
// and meaning, filterable, sortable, copyable and exportable. It needs no session.
class PrivilegeReferenceView : public QWidget
{
    Q_OBJECT

public:
    explicit PrivilegeReferenceView(QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

private:
    void copySelection();

    PrivilegeReferenceModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
};

} // namespace ionos
