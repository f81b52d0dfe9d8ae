#pragma once

#include "models/access/findings.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ionos {

// One line of an access review: a member of a reviewed group, or a resource the group shares,
// with what the review proposes, what the reviewer decided and how applying it ended.
struct ReviewRow
{
    enum class Kind
    {
        Member,
        Share
    };
    enum class Decision
    {
        Keep,
        Remove
    };
    enum class Outcome
    {
        Open,     // not applied yet
        Kept,     // applied: nothing to do
        Removing, // sent
        Removed,
        Failed
    };

    Kind kind = Kind::Member;
    QString groupId;
    QString groupName;
    QString subjectId;   // the user's or the resource's id
    QString subject;     // the user's e-mail, or the resource's name
    QString subjectType; // the user's name, or the resource's type
    Decision proposed = Decision::Keep;
    Decision decision = Decision::Keep;
    QString reason; // why the proposal is what it is
    Outcome outcome = Outcome::Open;
    QString requestId; // of the removal, once the server accepted it
    QString message;   // the server's words when it failed

    QString key() const;
    static QString kindName(Kind kind);      // "member", "share": for files
    static QString decisionName(Decision d); // "keep", "remove"
    static QString outcomeName(Outcome o);   // "open", "kept", "removing", "removed", "failed"
};

// Builds the sheet of an access review from the loaded access: every member and every share of
// the chosen groups. A member who is not active, or inactive by the inactive-with-access rule's
// clock, is proposed for removal; everyone and everything else is proposed to keep.
class AccessReview
{
    Q_DECLARE_TR_FUNCTIONS(AccessReview)

public:
    static QList<ReviewRow> rows(const EffectiveAccess &access, const QStringList &groupIds,
                                 const FindingsRules::Options &options);
};

} // namespace ionos
