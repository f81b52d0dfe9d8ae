#pragma once

#include <QDockWidget>

class QPushButton;
class QTableView;
class QToolButton;

namespace ionos {

class ActivityModel;

// Every change the console made in this session, with Retry for a failed one. It starts as a
// one-line summary ("3 changes, 1 failed") and opens when clicked or when a change fails.
class ActivityDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ActivityDock(QWidget *parent = nullptr);

    void setModel(ActivityModel *model);
    QTableView *table() const { return m_table; }
    bool isExpanded() const;
    void setExpanded(bool expanded);
    // "3 changes, 1 failed", or that there are none yet.
    QString summary() const;

signals:
    // Undo was asked for the bulk change of this activity entry.
    void undoRequested(int entryId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateRetry();
    void updateSummary();

    QToolButton *m_toggle;
    QWidget *m_content;
    QTableView *m_table;
    QPushButton *m_retry;
    QPushButton *m_undo;
    ActivityModel *m_model = nullptr;
    int m_failed = 0;
    int m_openHeight = 200;
};

} // namespace ionos
