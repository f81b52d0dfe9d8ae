#pragma once

#include "models/bulkresult.h"
#include "network/resource.h"
#include "network/result.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class QAction;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QTableView;

namespace ionos {

class MessageBanner;
class RowCount;
class SortFilterProxy;
class WhatIf;
class Workspace;
struct Confirmation;

// A screen of one kind of item (users, groups): a banner, a filter with the count beside it, a
// load's progress, a sortable table of whole rows over the selected item's details in tabs, and
// New, Edit and Delete. The screen sets its table's model and columns, fills the details and
// says what its actions do; this arranges and wires what is alike.
class ListScreen : public QWidget
{
    Q_OBJECT

public:
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QTableView *table() const { return m_table; }
    QTabWidget *details() const { return m_details; }

    // Fills a details list with a load's answer, one item each (itemOf), none: what it says for
    // none. An answer cancelled by a later selection changes nothing; an error shows the
    // server's words.
    template <typename T, typename ItemOf>
    static void showAnswer(QListWidget *list, const Result<QList<T>> &result, const QString &none,
                           ItemOf itemOf)
    {
        if (!result.ok() && result.error().kind == ApiError::Kind::Cancelled)
            return;
        clearWith(list, result.ok() ? QString() : result.error().message);
        if (!result.ok())
            return;
        for (const T &x : result.value())
            addItem(list, itemOf(x));
        if (result.value().isEmpty())
            clearWith(list, none);
    }
    // Whether a details load failed (not cancelled): worth asking again when the server is back.
    template <typename T> static bool failed(const Result<T> &result)
    {
        return !result.ok() && result.error().kind != ApiError::Kind::Cancelled;
    }
    // The same for resources, with their type and icon.
    static void showResources(QListWidget *list, const Result<QList<Resource>> &result,
                              const QString &none);

protected:
    // name: "users", "groups": the start of the object names and the settings keys.
    // sortRole: the model's role for sorting.
    ListScreen(Workspace &workspace, const QString &name, int sortRole, QWidget *parent);

    struct Words
    {
        QString filterPlaceholder; // "Filter users (Ctrl+F)"
        QString filterName;        // for a screen reader: "Filter users"
        QString newText;           // "&New User…"
        QString editText;          // "&Edit User…"
        QString item;              // "User": the actions' names
    };
    // After the table has its model: sorted by sortColumn, the filter and the actions named and
    // wired (double-click edits), and everything arranged, the details at the sizes given at
    // first and as the person leaves them afterwards.
    void arrange(const Words &words, int sortColumn, RowCount *count, const QList<int> &sizes,
                 std::function<void()> create, std::function<void()> edit,
                 std::function<void()> remove);
    // A load's failure in the banner (failed: what did not load), gone once it loaded.
    template <typename Controller> void followLoad(Controller &controller, const QString &failed)
    {
        connect(&controller, &Controller::loadFailed, this,
                [this, failed](const ApiError &error) { showLoadFailure(failed, error); });
        connect(&controller, &Controller::loaded, this, [this] { settleLoad(); });
    }
    // Asks to delete what confirmation names (its title, question, names, consequence and
    // undo), with what it does to access; delete runs once confirmed.
    void confirmDeletion(Confirmation confirmation, WhatIf preview, std::function<void()> remove);
    // The outcome of a deletion: done(n), e.g. "Deleted 3 users.", else partly, e.g. "Deleted %1
    // of %2 users. Not deleted:\n%3".
    void showDeleted(const QList<ItemResult> &results, const std::function<QString(int)> &done,
                     const QString &partly);

    Workspace &m_workspace;
    const QString m_name;
    MessageBanner *m_banner;
    QLineEdit *m_filter;
    QProgressBar *m_progress;
    QTableView *m_table;
    SortFilterProxy *m_proxy;
    QTabWidget *m_details;
    QSplitter *m_splitter = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;

private:
    // Empties the list and, when text is not empty, shows it as its one line.
    static void clearWith(QListWidget *list, const QString &text);
    static void addItem(QListWidget *list, QListWidgetItem *item);
    static void addItem(QListWidget *list, const QString &text);
    void showLoadFailure(const QString &failed, const ApiError &error);
    void settleLoad();
};

} // namespace ionos
