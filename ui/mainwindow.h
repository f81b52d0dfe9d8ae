#pragma once

#include <QMainWindow>
#include <QUrl>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace ionos {

class PrivilegeReferenceModel;

// The console's main window. For now it shows where it is connected and the privilege
// reference; the users, groups, resources and reseller screens come with their own issues.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Shows which Cloud and Reseller API this window works against.
    void setConnection(const QString &profileName, const QUrl &cloudBase, const QUrl &resellerBase);

private:
    QLabel *m_connectionLabel = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    PrivilegeReferenceModel *m_privileges = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace ionos
