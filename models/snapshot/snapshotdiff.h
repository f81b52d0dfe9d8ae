#pragma once

#include "models/snapshot/accountsnapshot.h"
#include "models/undoscope.h"

#include <QJsonValue>

namespace ionos {

// One difference between two states of an account. Ids are strings; before and after are given
// for a changed field only; field is the API's property name (a privilege's key for a privilege).
struct SnapshotChange
{
    enum class Kind
    {
        User,
        Group,
        Privilege,
        Member,
        Share,
        Resource,
        Admin,
        Key // an Object Storage key of a user
    };
    enum class Op
    {
        Added,
        Removed,
        Changed
    };

    Kind kind = Kind::User;
    Op op = Op::Changed;
    QString user;
    QString group;
    QString resource;
    QString contract;
    QString admin;
    QString key;
    QString field;
    QJsonValue before;
    QJsonValue after;

    static QString kindName(Kind kind); // "user", "group", ...
    static QString opName(Op op);       // "added", "removed", "changed"
    QJsonObject toJson() const;
    // One line: "changed user 1a2b email: \"a@x\" -> \"b@x\"".
    QString toText() const;
    // What it is about, the same in a newer diff of the same states: kind, op, ids and field.
    QString identity() const;
    // Whether the change is about what a bulk change touched (a deleted user's memberships and a
    // deleted group's members and shares with them).
    bool isWithin(const UndoScope &scope) const;
    bool operator==(const SnapshotChange &) const = default;
};

// What differs between two states of an account, field by field: users, groups, privileges,
// members, shares, resources, reseller admins (of the contracts whose admins both states read)
// and Object Storage keys (of the users whose keys both states know), each added, removed or
// changed. A removed
// group also lists its members and shares as removed, a removed user their memberships; nothing
// is implied. Metadata (creation and last login times, etags) is not compared.
class SnapshotDiff
{
public:
    static QList<SnapshotChange> between(const AccountSnapshot &before,
                                         const AccountSnapshot &after);
    // {"changes": [...]}, as the headless diff writes it.
    static QByteArray toJson(const QList<SnapshotChange> &changes);
    static QByteArray toText(const QList<SnapshotChange> &changes);
};

} // namespace ionos
