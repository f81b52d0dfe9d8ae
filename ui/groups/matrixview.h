#pragma once

#include "models/bulkresult.h"

#include <QWidget>

class QLineEdit;
class QAction;
class QTableView;

namespace ionos {

class MatrixFilter;
class MessageBanner;
class Workspace;

// The privilege matrix: groups by privileges, edited in place; Apply says first who gains or
// loses what, then sends one full PUT per changed group; Discard forgets the changes; each cell
// shows pending, applied or failed.
class MatrixView : public QWidget
{
    Q_OBJECT

public:
    explicit MatrixView(Workspace &workspace, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    MatrixFilter *filter() const { return m_filter; }
    void apply();
    void discard();

private:
    void applied(const QList<ItemResult> &results);
    // The members column stays first, whatever the privilege filter shows.
    void keepMembersFirst();

    Workspace &m_workspace;
    MessageBanner *m_banner;
    MatrixFilter *m_filter;
    QLineEdit *m_groupFilter;
    QLineEdit *m_privilegeFilter;
    QTableView *m_table;
    QAction *m_apply;
    QAction *m_discard;
};

} // namespace ionos
