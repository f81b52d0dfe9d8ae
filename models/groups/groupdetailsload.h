#pragma once

#include "network/apiclient.h"
#include "network/apierror.h"

#include <QObject>
#include <QSet>
#include <QStringList>

namespace ionos {

class AccountState;

// Completes the groups in the background once their list is in: every group's members and
// shares, into the account state (the groups' counts, their panels and effective access read
// them there). Its requests are of class Background, so writes and what the person opens go first.
// It keeps what it has: resume() (after a lost connection, say) asks only for what is missing.
class GroupDetailsLoad : public QObject
{
    Q_OBJECT

public:
    // Fills the state, and tells it while it is incomplete.
    GroupDetailsLoad(ApiClient &client, AccountState &state, QObject *parent = nullptr);

    // Loads the details of these groups; what an earlier start still loads is dropped.
    void start(const QStringList &groupIds);
    // Asks again for what is neither in nor on its way.
    void resume();
    // Stops what is on its way; resume() picks it up again.
    void stop();

    int done() const { return m_done; }
    int total() const { return int(m_groups.size()); }
    bool isComplete() const { return m_done == total(); }

signals:
    // Groups whose members and shares are both in.
    void progressed(int done, int total);
    void finished();
    // Some group's members or shares could not be loaded; resume() asks for them again.
    void failed(const ionos::ApiError &error);

private:
    enum class Part
    {
        Members,
        Shares
    };
    void ask(const QString &groupId, Part part);
    void settle(const QString &groupId, Part part, bool ok);
    QSet<QString> &have(Part part) { return part == Part::Members ? m_members : m_shares; }
    QSet<QString> &asking(Part part)
    {
        return part == Part::Members ? m_askingMembers : m_askingShares;
    }

    ApiClient &m_client;
    AccountState &m_state;
    QObject *m_calls = nullptr; // context of the requests on their way
    QStringList m_groups;
    QSet<QString> m_members, m_shares;             // in
    QSet<QString> m_askingMembers, m_askingShares; // on their way
    int m_done = 0;
};

} // namespace ionos
