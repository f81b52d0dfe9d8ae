#pragma once

#include "models/bulkresult.h"

#include <QObject>

namespace ionos {

class AccessReviewModel;
class MembershipController;
class SharesController;
class UsersModel;

// Applies the decisions of an access review: every row decided Remove goes through the bulk
// path of its kind, group by group (members removed, shares stopped), each row's outcome is
// written back with the request id, and rows decided Keep are marked kept.
class ReviewApplier : public QObject
{
    Q_OBJECT

public:
    ReviewApplier(AccessReviewModel &review, MembershipController &membership,
                  SharesController &shares, const UsersModel &users, QObject *parent = nullptr);

    // Nothing to apply when no row is open.
    void apply();
    bool isRunning() const { return m_total > 0; }

signals:
    void progress(int done, int total);
    // Every removal's result, once all have ended.
    void finished(const QList<ItemResult> &results);

private:
    void groupFinished(const QString &groupId, bool members, const QList<ItemResult> &results);

    AccessReviewModel &m_review;
    MembershipController &m_membership;
    SharesController &m_shares;
    const UsersModel &m_users;
    QList<ItemResult> m_results;
    int m_total = 0;
};

} // namespace ionos
