#include "models/watch/watchrules.h"

#include "models/snapshot/snapshotdiff.h"
#include "models/snapshot/snapshotnames.h"
#include "network/privileges.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace ionos {
namespace {

using Kind = SnapshotChange::Kind;
using Op = SnapshotChange::Op;
using Severity = WatchAlert::Severity;

struct Rule
{
    const char *id;
    Severity severity;
    const char *title;
};

// The rules in the order they are listed, most severe first.
const Rule kRules[] = {
    {"new-administrator", Severity::High, QT_TRANSLATE_NOOP("WatchRules", "New administrator")},
    {"2fa-requirement-removed", Severity::High,
     QT_TRANSLATE_NOOP("WatchRules", "2-factor authentication no longer required")},
    {"user-reactivated", Severity::Medium, QT_TRANSLATE_NOOP("WatchRules", "User active again")},
    {"privilege-granted", Severity::Medium, QT_TRANSLATE_NOOP("WatchRules", "Privilege granted")},
    {"share-granted", Severity::Medium, QT_TRANSLATE_NOOP("WatchRules", "Resource shared")},
    {"share-widened", Severity::Medium, QT_TRANSLATE_NOOP("WatchRules", "Share widened")},
    {"member-added", Severity::Low, QT_TRANSLATE_NOOP("WatchRules", "Member added")},
    {"new-user", Severity::Low, QT_TRANSLATE_NOOP("WatchRules", "New user")},
};

int indexOfRule(const QString &rule)
{
    for (int i = 0; i < int(std::size(kRules)); ++i) {
        if (rule == QLatin1String(kRules[i].id))
            return i;
    }
    return -1;
}

bool turnedOn(const SnapshotChange &c)
{
    return c.before == QJsonValue(false) && c.after == QJsonValue(true);
}

// Reads the diff of two states and raises the alerts its changes call for.
class AlertFinder
{
public:
    AlertFinder(const AccountSnapshot &before, const AccountSnapshot &after)
        : m_after(after)
        , m_names(SnapshotNames::of(before, after))
    {
        for (const User &u : after.account.users)
            m_usersAfter.insert(u.id, &u);
        for (const Group &g : after.account.groups)
            m_groupsAfter.insert(g.id, &g);
    }

    QList<WatchAlert> run(const QList<SnapshotChange> &changes)
    {
        for (const SnapshotChange &c : changes) {
            switch (c.kind) {
            case Kind::User:
                user(c);
                break;
            case Kind::Group:
                if (c.op == Op::Added)
                    newGroup(c.group);
                break;
            case Kind::Privilege:
                if (turnedOn(c))
                    privilege(c.group, c.field);
                break;
            case Kind::Member:
                if (c.op == Op::Added)
                    raise(userAlert("member-added", c.user,
                                    WatchRules::tr("%1 is now a member of %2.")
                                        .arg(userName(c.user), groupName(c.group)),
                                    c.group));
                break;
            case Kind::Share:
                share(c);
                break;
            case Kind::Resource:
            case Kind::Admin:
            case Kind::Key:
                break;
            }
        }
        std::stable_sort(m_out.begin(), m_out.end(), [](const WatchAlert &a, const WatchAlert &b) {
            return indexOfRule(a.rule) < indexOfRule(b.rule);
        });
        return m_out;
    }

private:
    void raise(WatchAlert alert)
    {
        alert.severity = WatchRules::severityOf(alert.rule);
        m_out << std::move(alert);
    }

    WatchAlert userAlert(const char *rule, const QString &userId, const QString &detail,
                         const QString &groupId = {})
    {
        WatchAlert a;
        a.rule = QLatin1String(rule);
        a.userId = userId;
        a.groupId = groupId;
        a.detail = detail;
        return a;
    }

    void user(const SnapshotChange &c)
    {
        const QString name = userName(c.user);
        if (c.op == Op::Added) {
            const User *u = m_usersAfter.value(c.user);
            if (u && u->administrator)
                raise(
                    userAlert("new-administrator", c.user,
                              WatchRules::tr("%1 is a new user and an administrator.").arg(name)));
            raise(userAlert("new-user", c.user, WatchRules::tr("%1 is a new user.").arg(name)));
            return;
        }
        if (c.op != Op::Changed)
            return;
        if (c.field == QLatin1String("administrator") && turnedOn(c))
            raise(userAlert("new-administrator", c.user,
                            WatchRules::tr("%1 is an administrator now.").arg(name)));
        else if (c.field == QLatin1String("forceSecAuth") && c.before == QJsonValue(true) &&
                 c.after == QJsonValue(false))
            raise(userAlert(
                "2fa-requirement-removed", c.user,
                WatchRules::tr("%1 no longer has to sign in with 2-factor authentication.")
                    .arg(name)));
        else if (c.field == QLatin1String("active") && turnedOn(c))
            raise(userAlert("user-reactivated", c.user,
                            WatchRules::tr("%1 is active again.").arg(name)));
    }

    void newGroup(const QString &groupId)
    {
        const Group *g = m_groupsAfter.value(groupId);
        if (!g)
            return;
        for (const Privilege &p : Privileges::all()) {
            if (g->privileges.value(p.key))
                privilege(groupId, p.key);
        }
    }

    void privilege(const QString &groupId, const QString &key)
    {
        WatchAlert a;
        a.rule = QStringLiteral("privilege-granted");
        a.groupId = groupId;
        a.privilege = key;
        const int index = Privileges::indexOf(key);
        const QString label = index >= 0 ? Privileges::all().at(index).label() : key;
        a.detail = WatchRules::tr("%1 now grants %2.").arg(groupName(groupId), label);
        raise(a);
    }

    void share(const SnapshotChange &c)
    {
        WatchAlert a;
        a.groupId = c.group;
        a.resourceId = c.resource;
        const QString resource = resourceName(c.resource);
        if (c.op == Op::Added) {
            a.rule = QStringLiteral("share-granted");
            a.detail =
                WatchRules::tr("%1 is now shared with %2.").arg(resource, groupName(c.group));
            raise(a);
            return;
        }
        if (c.op != Op::Changed || !turnedOn(c))
            return;
        const QString pair = c.group + QLatin1Char('/') + c.resource;
        if (m_widened.contains(pair))
            return;
        m_widened.insert(pair);
        a.rule = QStringLiteral("share-widened");
        const GroupShare *now = shareAfter(c.group, c.resource);
        const bool edit = now && now->editPrivilege;
        const bool reshare = now && now->sharePrivilege;
        a.detail = edit && reshare ? WatchRules::tr("%1 may now edit and share %2.")
                   : c.field == QLatin1String("editPrivilege")
                       ? WatchRules::tr("%1 may now edit %2.")
                       : WatchRules::tr("%1 may now share %2.");
        a.detail = a.detail.arg(groupName(c.group), resource);
        raise(a);
    }

    const GroupShare *shareAfter(const QString &groupId, const QString &resourceId) const
    {
        const auto shares = m_after.account.shares.constFind(groupId);
        if (shares == m_after.account.shares.constEnd())
            return nullptr;
        for (const GroupShare &s : shares.value()) {
            if (s.resourceId == resourceId)
                return &s;
        }
        return nullptr;
    }

    QString userName(const QString &id) const { return m_names.users.value(id, id); }
    QString groupName(const QString &id) const { return m_names.groups.value(id, id); }
    QString resourceName(const QString &id) const { return m_names.resources.value(id, id); }

    const AccountSnapshot &m_after;
    const SnapshotNames m_names;
    QHash<QString, const User *> m_usersAfter;
    QHash<QString, const Group *> m_groupsAfter;
    QSet<QString> m_widened; // "group/resource" of the shares already alerted as widened
    QList<WatchAlert> m_out;
};

// The ids an alert names, as "user", "group", "resource" and "privilege" call them.
QList<std::pair<QString, QString>> subjectsOf(const WatchAlert &a)
{
    QList<std::pair<QString, QString>> out;
    const std::pair<const char *, const QString *> subjects[] = {{"user", &a.userId},
                                                                 {"group", &a.groupId},
                                                                 {"resource", &a.resourceId},
                                                                 {"privilege", &a.privilege}};
    for (const auto &[name, value] : subjects) {
        if (!value->isEmpty())
            out.append({QLatin1String(name), *value});
    }
    return out;
}

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

QJsonObject WatchAlert::toJson() const
{
    QJsonObject o{{QStringLiteral("rule"), rule},
                  {QStringLiteral("severity"), Finding::severityName(severity)}};
    for (const auto &[name, id] : subjectsOf(*this))
        o.insert(name, id);
    o.insert(QStringLiteral("detail"), detail);
    return o;
}

QStringList WatchRules::ruleIds()
{
    QStringList ids;
    for (const Rule &r : kRules)
        ids << QLatin1String(r.id);
    return ids;
}

WatchAlert::Severity WatchRules::severityOf(const QString &rule)
{
    const int index = indexOfRule(rule);
    return index >= 0 ? kRules[index].severity : Severity::Info;
}

QString WatchRules::title(const QString &rule)
{
    const int index = indexOfRule(rule);
    return index >= 0 ? tr(kRules[index].title) : rule;
}

QList<WatchAlert> WatchRules::between(const AccountSnapshot &before, const AccountSnapshot &after)
{
    return AlertFinder(before, after).run(SnapshotDiff::between(before, after));
}

QByteArray WatchRules::toJson(const AccountSnapshot &before, const AccountSnapshot &after,
                              const QList<WatchAlert> &alerts)
{
    QJsonArray list;
    for (const WatchAlert &a : alerts)
        list.append(a.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("since"), utc(before.takenAt)},
                                     {QStringLiteral("asOf"), utc(after.takenAt)},
                                     {QStringLiteral("alerts"), list}})
        .toJson(QJsonDocument::Indented);
}

QByteArray WatchRules::toText(const AccountSnapshot &before, const AccountSnapshot &after,
                              const QList<WatchAlert> &alerts)
{
    QByteArray out = tr("%n alert(s) since %1, as of %2.", nullptr, int(alerts.size()))
                         .arg(utc(before.takenAt), utc(after.takenAt))
                         .toUtf8() +
                     '\n';
    for (const WatchAlert &a : alerts) {
        QStringList parts{Finding::severityName(a.severity), a.rule};
        for (const auto &[name, id] : subjectsOf(a))
            parts << name + QLatin1Char('=') + id;
        out += (parts.join(QLatin1Char(' ')) + QStringLiteral(": ") + a.detail).toUtf8() + '\n';
    }
    return out;
}

} // namespace ionos
