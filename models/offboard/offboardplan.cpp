#include "models/offboard/offboardplan.h"

#include "models/access/whatif.h"

#include <QJsonArray>
#include <QSet>

namespace ionos {

OffboardPlan OffboardPlan::of(const QStringList &emails, const EffectiveAccess &access)
{
    const AccessFacts &facts = access.facts();
    OffboardPlan plan;
    for (const Group &g : facts.groups)
        plan.m_groupNames.insert(g.id, g.name);
    QHash<QString, const User *> byEmail;
    for (const User &u : facts.users)
        byEmail.insert(u.email.toLower(), &u);

    QSet<QString> leaving;
    QSet<QString> asked;
    for (const QString &asGiven : emails) {
        OffboardUser o;
        o.email = asGiven.trimmed();
        const User *user = byEmail.value(o.email.toLower());
        if (!user)
            o.refusal = tr("no user has the e-mail %1").arg(o.email);
        else if (asked.contains(user->id))
            o.refusal = tr("named twice");
        else {
            o.user = *user;
            asked.insert(user->id);
            leaving.insert(user->id);
        }
        plan.m_users << o;
    }

    for (OffboardUser &o : plan.m_users) {
        if (o.isRefused())
            continue;
        o.deactivate = o.user.active;
        o.leave = access.groupsOf(o.user.id);
        const auto keys = facts.keys.constFind(o.user.id);
        o.keysKnown = keys != facts.keys.constEnd();
        if (o.keysKnown) {
            for (const ObjectStorageKey &k : *keys) {
                if (k.active)
                    o.keys << k.id;
            }
        }
        for (const Resource &r : facts.resources) {
            if (r.createdByUserId != o.user.id)
                continue;
            OffboardUser::Owned owned;
            owned.resource = r;
            bool someoneEdits = false;
            for (const ResourceReach &reach : access.reachOf(r.id)) {
                if (leaving.contains(reach.user.id) || !reach.user.active || !reach.access.read)
                    continue;
                if (reach.user.administrator) {
                    ++owned.administrators;
                    continue;
                }
                owned.others << reach.user;
                someoneEdits = someoneEdits || reach.access.edit;
            }
            owned.orphaned = !someoneEdits;
            o.owned << owned;
        }
    }
    return plan;
}

int OffboardPlan::refusedCount() const
{
    return int(std::count_if(m_users.begin(), m_users.end(),
                             [](const OffboardUser &o) { return o.isRefused(); }));
}

int OffboardPlan::workCount() const
{
    return int(std::count_if(m_users.begin(), m_users.end(),
                             [](const OffboardUser &o) { return o.hasWork(); }));
}

OffboardPlan::Writes OffboardPlan::writes() const
{
    Writes w;
    for (int i = 0; i < m_users.size(); ++i) {
        const OffboardUser &o = m_users.at(i);
        if (o.isRefused())
            continue;
        const QString &email = o.user.email;
        if (o.deactivate) {
            const Writes deactivation = deactivationOf(o.user);
            w.steps << deactivation.steps;
            w.userOf << i;
            w.descriptions << deactivation.descriptions;
        }
        for (const QString &key : o.keys) {
            w.steps << restore::SetKeyActive{o.user.id, key, false};
            w.userOf << i;
            w.descriptions << tr("Deactivate the Object Storage key %1 of %2").arg(key, email);
        }
        for (const QString &group : o.leave) {
            w.steps << restore::RemoveMember{group, o.user.id};
            w.userOf << i;
            w.descriptions << tr("Remove %1 from %2").arg(email, m_groupNames.value(group));
        }
    }
    return w;
}

OffboardPlan::Writes OffboardPlan::deactivationOf(const User &user)
{
    UserDraft draft = UserDraft::of(user);
    draft.active = false;
    Writes w;
    w.steps << restore::UpdateUser{user.id, draft};
    w.descriptions << tr("Deactivate %1").arg(user.email);
    return w;
}

OffboardPlan::Writes OffboardPlan::deactivations(const QStringList &userIds,
                                                 const EffectiveAccess &access)
{
    Writes w;
    for (int i = 0; i < userIds.size(); ++i) {
        const User *user = access.user(userIds.at(i));
        if (!user || !user->active)
            continue;
        const Writes one = deactivationOf(*user);
        w.steps << one.steps;
        w.userOf << i;
        w.descriptions << one.descriptions;
    }
    return w;
}

void OffboardPlan::stage(WhatIf &whatIf) const
{
    QHash<QString, QStringList> leaving;
    for (const OffboardUser &o : m_users) {
        if (o.isRefused())
            continue;
        if (o.deactivate) {
            UserDraft draft = UserDraft::of(o.user);
            draft.active = false;
            whatIf.changeUser(o.user.id, draft);
        }
        for (const QString &group : o.leave)
            leaving[group] << o.user.id;
    }
    for (auto it = leaving.constBegin(); it != leaving.constEnd(); ++it)
        whatIf.removeMembers(it.key(), it.value());
}

QString OffboardPlan::describe(int index) const
{
    const OffboardUser &o = m_users.at(index);
    if (o.isRefused())
        return tr("refused: %1").arg(o.refusal);
    QStringList parts;
    if (o.deactivate)
        parts << tr("deactivate");
    if (!o.leave.isEmpty()) {
        QStringList names;
        for (const QString &g : o.leave)
            names << m_groupNames.value(g);
        parts << tr("leave %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!o.keys.isEmpty())
        parts << tr("deactivate %n Object Storage key(s)", nullptr, int(o.keys.size()));
    else if (!o.keysKnown)
        parts << tr("Object Storage keys not loaded");
    if (parts.isEmpty())
        parts << tr("nothing to do: deactivated, in no group, no active key");
    if (!o.owned.isEmpty()) {
        const int orphaned = int(std::count_if(o.owned.begin(), o.owned.end(),
                                               [](const auto &r) { return r.orphaned; }));
        parts << tr("created %n resource(s)", nullptr, int(o.owned.size())) +
                     (orphaned > 0
                          ? QStringLiteral(" ") + tr("(%n without a keeper)", nullptr, orphaned)
                          : QString());
    }
    return parts.join(QStringLiteral("; "));
}

QJsonObject OffboardPlan::userJson(int index) const
{
    const OffboardUser &o = m_users.at(index);
    QJsonObject json{{QStringLiteral("email"), o.email}};
    if (o.isRefused()) {
        json.insert(QStringLiteral("action"), QStringLiteral("refused"));
        json.insert(QStringLiteral("reason"), o.refusal);
        return json;
    }
    json.insert(QStringLiteral("user"), o.user.id);
    json.insert(QStringLiteral("action"),
                o.hasWork() ? QStringLiteral("offboard") : QStringLiteral("same"));
    json.insert(QStringLiteral("deactivate"), o.deactivate);
    json.insert(QStringLiteral("leave"), QJsonArray::fromStringList(o.leave));
    json.insert(QStringLiteral("keys"), o.keysKnown ? QJsonValue(QJsonArray::fromStringList(o.keys))
                                                    : QJsonValue(QJsonValue::Null));
    QJsonArray owned;
    for (const OffboardUser::Owned &r : o.owned) {
        QStringList others;
        for (const User &u : r.others)
            others << u.id;
        owned << QJsonObject{{QStringLiteral("resource"), r.resource.id},
                             {QStringLiteral("type"), r.resource.type},
                             {QStringLiteral("name"), r.resource.name},
                             {QStringLiteral("others"), QJsonArray::fromStringList(others)},
                             {QStringLiteral("administrators"), r.administrators},
                             {QStringLiteral("orphaned"), r.orphaned}};
    }
    json.insert(QStringLiteral("owned"), owned);
    return json;
}

} // namespace ionos
