#pragma once

#include "models/account/keyedrows.h"
#include "models/bulkresult.h"
#include "models/groups/grouppartcontroller.h"
#include "models/latestload.h"
#include "models/trackedwrite.h"
#include "models/undoscope.h"
#include "network/user.h"

#include <QList>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <vector>

namespace ionos {

class UsersModel;

// The members of the group shown, as the account state has them (read again from the server
// when the group is shown), and adding or removing many members at once: every
// change goes through the client's scheduler, progress is reported, the whole batch can be
// cancelled, and it ends with a result per user, the server's words included.
class MembershipController : public GroupPartController
{
    Q_OBJECT

public:
    MembershipController(ApiClient &client, AccountState &state, ActivityModel &activity,
                         QObject *parent = nullptr);
    ~MembershipController() override;

    // The members of the group shown.
    UsersModel &members() { return *m_members; }

    // finished, when given, hears the results of this batch alone (each with the user's id as
    // key and the request id), besides bulkFinished.
    void add(const QString &groupId, const QList<User> &users, BulkFinished finished = {});
    void remove(const QString &groupId, const QList<User> &users, BulkFinished finished = {});
    void cancelBulk();
    // Told of every bulk change before it starts (to keep the state for undoing it).
    void setJournal(BulkJournal *journal) { m_journal = journal; }
    bool isBulkRunning() const { return !m_bulks.isEmpty(); }

signals:
    void membersLoading(bool loading);
    void membersLoadFailed(const ApiError &error);
    void bulkProgress(int done, int total);
    void bulkFinished(const QList<ItemResult> &results);

private:
    enum class Change
    {
        Add,
        Remove
    };
    // One batch: each item is settled once; an item whose outcome was uncertain (a lost answer,
    // a busy or failing server) is settled by reading the group, and sent again only when the
    // group shows it did not happen, for at most ten rounds.
    struct Bulk
    {
        Change change = Change::Add;
        QString groupId;
        QList<User> users;
        std::vector<ChangeRecord> records; // the activity entry and pending mark of each
        QList<ItemResult> results;
        QList<bool> settled;
        QStringList errors; // the last uncertain outcome's words
        QList<int> toCheck;
        QList<int> waiting; // of this round, not started yet
        QList<QPointer<ApiCall>> calls;
        int inRound = 0; // of this round, not finished yet
        int running = 0;
        int round = 0;
        int failedReads = 0;
        int settledCount = 0;
        bool cancelled = false;
        BulkFinished finished;
    };

    void run(Change change, const QString &groupId, const QList<User> &users,
             BulkFinished finished = {});
    void send(const std::shared_ptr<Bulk> &bulk, const QList<int> &items);
    void pump(const std::shared_ptr<Bulk> &bulk);
    void start(const std::shared_ptr<Bulk> &bulk, int i);
    void roundFinished(const std::shared_ptr<Bulk> &bulk);
    void scheduleCheck(const std::shared_ptr<Bulk> &bulk);
    void checked(const std::shared_ptr<Bulk> &bulk, const Result<QList<User>> &members);
    void settle(const std::shared_ptr<Bulk> &bulk, int i, bool ok, const QString &message,
                bool cancelled = false);
    void applyDone(Change change, const QString &groupId, const User &user);
    // The panel follows the state's members of the group shown.
    void showKnown() override;
    ApiCall *read(const QString &groupId) override;

    // The members of the group shown as the state has them, as users, for the panel.
    KeyedRows<User> m_memberRows{[](const User &u) { return u.id; }};
    UsersModel *m_members;
    QList<std::shared_ptr<Bulk>> m_bulks;
    BulkJournal *m_journal = nullptr;
};

} // namespace ionos
