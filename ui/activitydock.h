#pragma once

#include <QDockWidget>

class QPushButton;
class QTableView;

namespace ionos {

class ActivityModel;

// Every change the console made in this session, with Retry for a failed one.
class ActivityDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ActivityDock(QWidget *parent = nullptr);

    void setModel(ActivityModel *model);
    QTableView *table() const { return m_table; }

private:
    void updateRetry();

    QTableView *m_table;
    QPushButton *m_retry;
    ActivityModel *m_model = nullptr;
};

} // namespace ionos
