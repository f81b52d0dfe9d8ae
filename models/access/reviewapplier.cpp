#include "models/access/reviewapplier.h"

#include "models/access/accessreviewmodel.h"
#include "models/groups/membershipcontroller.h"
#include "models/groups/sharescontroller.h"
#include "models/users/usersmodel.h"

#include <QMap>
#include <QPointer>

namespace ionos {

ReviewApplier::ReviewApplier(AccessReviewModel &review, MembershipController &membership,
                             SharesController &shares, const UsersModel &users, QObject *parent)
    : QObject(parent)
    , m_review(review)
    , m_membership(membership)
    , m_shares(shares)
    , m_users(users)
{}

void ReviewApplier::apply()
{
    if (isRunning())
        return;
    QMap<QString, QList<User>> members; // by group
    QMap<QString, QStringList> shares;
    for (int row = 0; row < m_review.rowCount(); ++row) {
        const ReviewRow &r = m_review.at(row);
        if (r.outcome != ReviewRow::Outcome::Open)
            continue;
        if (r.decision == ReviewRow::Decision::Keep) {
            m_review.setOutcome(r.key(), ReviewRow::Outcome::Kept);
            continue;
        }
        if (r.kind == ReviewRow::Kind::Member) {
            User u = m_users.user(r.subjectId).value_or(User{});
            u.id = r.subjectId;
            if (u.email.isEmpty())
                u.email = r.subject;
            members[r.groupId] << u;
        } else {
            shares[r.groupId] << r.subjectId;
        }
        m_review.setOutcome(r.key(), ReviewRow::Outcome::Removing);
        ++m_total;
    }
    m_results.clear();
    if (m_total == 0) {
        emit finished({});
        return;
    }
    emit progress(0, m_total);
    const QPointer<ReviewApplier> self(this);
    for (auto it = members.constBegin(); it != members.constEnd(); ++it) {
        m_membership.remove(it.key(), it.value(),
                            [self, groupId = it.key()](const QList<ItemResult> &results) {
                                if (self)
                                    self->groupFinished(groupId, true, results);
                            });
    }
    for (auto it = shares.constBegin(); it != shares.constEnd(); ++it) {
        m_shares.remove(it.key(), it.value(),
                        [self, groupId = it.key()](const QList<ItemResult> &results) {
                            if (self)
                                self->groupFinished(groupId, false, results);
                        });
    }
}

void ReviewApplier::groupFinished(const QString &groupId, bool members,
                                  const QList<ItemResult> &results)
{
    ReviewRow probe;
    probe.kind = members ? ReviewRow::Kind::Member : ReviewRow::Kind::Share;
    probe.groupId = groupId;
    for (const ItemResult &item : results) {
        probe.subjectId = item.key;
        m_review.setOutcome(probe.key(),
                            item.ok ? ReviewRow::Outcome::Removed : ReviewRow::Outcome::Failed,
                            item.requestId, item.message);
        m_results << item;
    }
    emit progress(int(m_results.size()), m_total);
    if (m_results.size() < m_total)
        return;
    const QList<ItemResult> all = m_results;
    m_total = 0;
    emit finished(all);
}

} // namespace ionos
