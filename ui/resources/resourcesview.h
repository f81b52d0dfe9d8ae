#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeView;

namespace ionos {

class MessageBanner;
class TableExporter;
class ReachModel;
class Workspace;

// The resources by type, with counts; the selected resource's owner, the groups that share it
// with their rights, and everyone who can reach it, exportable as CSV or JSON.
class ResourcesView : public QWidget
{
    Q_OBJECT

public:
    explicit ResourcesView(Workspace &workspace, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QTableView *reach() const { return m_reachTable; }
    QString selectedId() const;
    void selectResource(const QString &resourceId);
    void showType(const QString &type);
    // Writes who can reach the selected resource (CSV, or JSON for a .json name); false with a
    // message in the banner when it cannot.
    bool exportReach(const QString &path);

private:
    void selectionChanged();
    void chooseExportFile();

    Workspace &m_workspace;
    MessageBanner *m_banner;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QWidget *m_reachPart = nullptr; // who can reach the selected resource
    QTableView *m_reachTable;
    ReachModel *m_reach;
    QPushButton *m_export;
    TableExporter *m_reachExporter = nullptr;
};

// Who owns what, filterable by user or resource name, exportable as CSV or JSON.
class OwnershipView : public QWidget
{
    Q_OBJECT

public:
    explicit OwnershipView(Workspace &workspace, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }

private:
    QLineEdit *m_filter;
    QTableView *m_table;
};

} // namespace ionos
