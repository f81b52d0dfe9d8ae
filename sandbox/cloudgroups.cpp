// The group operations of the Cloud API: groups, their members and their shares.
#include "sandbox/cloudapi.h"

#include "sandbox/cloudjson.h"
#include "sandbox/jsonbody.h"
#include "sandbox/privilegekeys.h"
#include "sandbox/requesttracker.h"
#include "sandbox/sampledatagenerator.h"
#include "sandbox/sandboxstate.h"

using namespace Qt::StringLiterals;

namespace sandbox {
namespace {

using Kind = FieldRules::Kind;

HttpResponse noGroup(const QString &groupId)
{
    return HttpResponse::error(404,
                               QStringLiteral("There is no group with the id '%1'.").arg(groupId));
}

HttpResponse noResource(const QString &resourceId)
{
    return HttpResponse::error(
        404, QStringLiteral("There is no resource with the id '%1'.").arg(resourceId));
}

// A body {"properties": {...}} that may also repeat the read-only id, type, href (and entities).
std::optional<HttpResponse> readProperties(const HttpRequest &request, QJsonObject &properties)
{
    QJsonObject body;
    if (auto error = parseJsonObjectBody(request, body))
        return error;
    FieldRules top(QString{});
    top.field(QStringLiteral("properties"), Kind::Object, true)
        .field(QStringLiteral("id"), Kind::String)
        .field(QStringLiteral("type"), Kind::String)
        .field(QStringLiteral("href"), Kind::String)
        .field(QStringLiteral("entities"), Kind::Object);
    if (auto error = top.check(body))
        return error;
    properties = body.value(QStringLiteral("properties")).toObject();
    return std::nullopt;
}

// A group body: {"properties": {"name": ..., <privilege>: bool, ...}}. Privileges left out are
// false: a PUT replaces the whole group, so a client must send every privilege it wants to keep.
std::optional<HttpResponse> readGroup(const HttpRequest &request, SbGroup &group)
{
    QJsonObject p;
    if (auto error = readProperties(request, p))
        return error;
    FieldRules rules(QStringLiteral("properties"));
    rules.field(QStringLiteral("name"), Kind::String, true);
    for (const QString &key : privilegeKeys())
        rules.field(key, Kind::Boolean);
    rules.field(QStringLiteral("createDataCenter"), Kind::Boolean);
    if (auto error = rules.check(p))
        return error;
    const QString name = p.value(QStringLiteral("name")).toString().trimmed();
    if (name.size() > 255)
        return HttpResponse::error(422, QStringLiteral("The group name may have at most 255 "
                                                       "characters."));
    group.name = name;
    for (const QString &key : privilegeKeys())
        group.privileges.insert(key, false);
    for (auto it = p.begin(); it != p.end(); ++it) {
        const QString key = canonicalPrivilegeKey(it.key());
        if (!key.isEmpty())
            group.privileges.insert(key, it->toBool());
    }
    return std::nullopt;
}

std::optional<HttpResponse> readShare(const HttpRequest &request, SbShare &share)
{
    QJsonObject p;
    if (auto error = readProperties(request, p))
        return error;
    FieldRules rules(QStringLiteral("properties"));
    rules.field(QStringLiteral("editPrivilege"), Kind::Boolean)
        .field(QStringLiteral("sharePrivilege"), Kind::Boolean);
    if (auto error = rules.check(p))
        return error;
    share.editPrivilege = p.value(QStringLiteral("editPrivilege")).toBool(false);
    share.sharePrivilege = p.value(QStringLiteral("sharePrivilege")).toBool(false);
    return std::nullopt;
}

} // namespace

HttpResponse CloudApi::listGroups(const Call &call) const
{
    const CloudJson j = json(call);
    QJsonArray items;
    for (const QString &id : m_state.groupOrder())
        items.append(j.itemOrReference(j.group(*m_state.group(id))));
    return ok(call, j.collection(QStringLiteral("groups"), QStringLiteral("/um/groups"), items));
}

HttpResponse CloudApi::createGroup(const Call &call) const
{
    SbGroup g;
    if (auto error = readGroup(call.request, g))
        return *error;
    g.id = m_ids.nextUuid();
    g.audit.created = g.audit.modified = QDateTime::currentDateTimeUtc();
    g.audit.createdBy = g.audit.modifiedBy = QStringLiteral("sandbox");
    const QJsonObject body = json(call).group(g);
    const QString requestId = m_tracker.accept(
        {g.id, QStringLiteral("group"), body.value(QStringLiteral("href")).toString()},
        [state = &m_state, g]() -> QString {
            state->addGroup(g);
            return {};
        });
    return accepted(call, body, requestId);
}

HttpResponse CloudApi::getGroup(const Call &call, const QString &groupId) const
{
    const SbGroup *g = m_state.group(groupId);
    return g ? ok(call, json(call).group(*g)) : noGroup(groupId);
}

HttpResponse CloudApi::updateGroup(const Call &call, const QString &groupId) const
{
    const SbGroup *current = m_state.group(groupId);
    if (!current)
        return noGroup(groupId);
    SbGroup g = *current;
    if (auto error = readGroup(call.request, g))
        return *error;
    g.audit.modified = QDateTime::currentDateTimeUtc();
    ++g.audit.revision;
    const QJsonObject body = json(call).group(g);
    const QString requestId = m_tracker.accept(
        {g.id, QStringLiteral("group"), body.value(QStringLiteral("href")).toString()},
        [state = &m_state, g]() -> QString {
            if (!state->group(g.id))
                return QStringLiteral("The group was deleted before the change could be applied.");
            state->replaceGroup(g);
            return {};
        });
    return accepted(call, body, requestId);
}

HttpResponse CloudApi::deleteGroup(const Call &call, const QString &groupId) const
{
    if (!m_state.group(groupId))
        return noGroup(groupId);
    const QString requestId = m_tracker.accept(
        {groupId, QStringLiteral("group"), url(QStringLiteral("/um/groups/") + groupId)},
        [state = &m_state, groupId]() -> QString {
            if (!state->group(groupId))
                return QStringLiteral("The group no longer exists.");
            state->removeGroup(groupId);
            return {};
        });
    return accepted(call, {}, requestId);
}

HttpResponse CloudApi::listGroupResources(const Call &call, const QString &groupId) const
{
    if (!m_state.group(groupId))
        return noGroup(groupId);
    const CloudJson j = json(call);
    QJsonArray items;
    for (const SbShare &s : m_state.sharesOf(groupId))
        items.append(j.itemOrReference(j.resource(*m_state.resource(s.resourceId))));
    return ok(call, j.collection(groupId + QStringLiteral("/resources"),
                                 QStringLiteral("/um/groups/%1/resources").arg(groupId), items));
}

HttpResponse CloudApi::listMembers(const Call &call, const QString &groupId) const
{
    if (!m_state.group(groupId))
        return noGroup(groupId);
    // Written straight as text, as a page of users is: a group can have thousands of members.
    const QStringList &members = m_state.membersOf(groupId);
    JsonWriter out(members.size() * 1280 + 256);
    out.beginObject().field("href"_L1, url(QStringLiteral("/um/groups/%1/users").arg(groupId)));
    out.field("id"_L1, groupId + QStringLiteral("/users"));
    json(call).writeUserItems(out, members);
    out.field("type"_L1, QStringLiteral("collection")).endObject();
    return HttpResponse::json(200, out.bytes(), call.pretty);
}

HttpResponse CloudApi::addMember(const Call &call, const QString &groupId) const
{
    if (!m_state.group(groupId))
        return noGroup(groupId);
    QJsonObject body;
    if (auto error = parseJsonObjectBody(call.request, body))
        return *error;
    FieldRules rules(QString{});
    rules.field(QStringLiteral("id"), Kind::String, true);
    if (auto error = rules.check(body))
        return *error;
    const QString userId = body.value(QStringLiteral("id")).toString();
    const SbUser *u = m_state.user(userId);
    if (!u)
        return HttpResponse::error(
            404, QStringLiteral("There is no user with the id '%1'.").arg(userId));
    if (m_state.isMember(groupId, userId))
        return HttpResponse::error(422, QStringLiteral("The user '%1' is already a member of this "
                                                       "group.")
                                            .arg(u->email));
    const QString requestId = m_tracker.accept(
        {groupId, QStringLiteral("group"), url(QStringLiteral("/um/groups/") + groupId)},
        [state = &m_state, groupId, userId]() -> QString {
            if (!state->group(groupId) || !state->user(userId))
                return QStringLiteral("The group or the user no longer exists.");
            if (state->isMember(groupId, userId))
                return QStringLiteral("The user is already a member of this group.");
            state->addMember(groupId, userId);
            return {};
        });
    return accepted(call, json(call).user(*u), requestId);
}

HttpResponse CloudApi::removeMember(const Call &call, const QString &groupId,
                                    const QString &userId) const
{
    if (!m_state.group(groupId))
        return noGroup(groupId);
    if (!m_state.user(userId))
        return HttpResponse::error(
            404, QStringLiteral("There is no user with the id '%1'.").arg(userId));
    if (!m_state.isMember(groupId, userId))
        return HttpResponse::error(404, QStringLiteral("The user is not a member of this group."));
    const QString requestId = m_tracker.accept(
        {groupId, QStringLiteral("group"), url(QStringLiteral("/um/groups/") + groupId)},
        [state = &m_state, groupId, userId]() -> QString {
            if (!state->isMember(groupId, userId))
                return QStringLiteral("The user is no longer a member of this group.");
            state->removeMember(groupId, userId);
            return {};
        });
    return accepted(call, {}, requestId);
}

HttpResponse CloudApi::listShares(const Call &call, const QString &groupId) const
{
    if (!m_state.group(groupId))
        return noGroup(groupId);
    const CloudJson j = json(call);
    QJsonArray items;
    for (const SbShare &s : m_state.sharesOf(groupId))
        items.append(j.itemOrReference(j.share(groupId, s)));
    return ok(call, j.collection(groupId + QStringLiteral("/shares"),
                                 QStringLiteral("/um/groups/%1/shares").arg(groupId), items));
}

HttpResponse CloudApi::getShare(const Call &call, const QString &groupId,
                                const QString &resourceId) const
{
    if (!m_state.group(groupId))
        return noGroup(groupId);
    const auto s = m_state.share(groupId, resourceId);
    if (!s)
        return HttpResponse::error(404, QStringLiteral("The resource '%1' is not shared with this "
                                                       "group.")
                                            .arg(resourceId));
    return ok(call, json(call).share(groupId, *s));
}

HttpResponse CloudApi::createShare(const Call &call, const QString &groupId,
                                   const QString &resourceId) const
{
    if (!m_state.group(groupId))
        return noGroup(groupId);
    if (!m_state.resource(resourceId))
        return noResource(resourceId);
    SbShare share;
    share.resourceId = resourceId;
    if (auto error = readShare(call.request, share))
        return *error;
    if (m_state.share(groupId, resourceId))
        return HttpResponse::error(422, QStringLiteral("The resource is already shared with this "
                                                       "group; change the share instead."));
    if (m_tracker.shareCreationPending(groupId))
        return HttpResponse::error(422, QStringLiteral("Another share is still being created for "
                                                       "this group. Shares of one group must be "
                                                       "created one after another: wait until the "
                                                       "previous request is DONE."));
    const CloudJson j = json(call);
    const QJsonObject body = j.share(groupId, share);
    const QString requestId = m_tracker.accept(
        {groupId, QStringLiteral("group"), url(QStringLiteral("/um/groups/") + groupId)},
        [state = &m_state, groupId, share]() -> QString {
            if (!state->group(groupId) || !state->resource(share.resourceId))
                return QStringLiteral("The group or the resource no longer exists.");
            if (state->share(groupId, share.resourceId))
                return QStringLiteral("The resource is already shared with this group.");
            state->putShare(groupId, share);
            return {};
        },
        groupId);
    return accepted(call, body, requestId);
}

HttpResponse CloudApi::updateShare(const Call &call, const QString &groupId,
                                   const QString &resourceId) const
{
    if (!m_state.group(groupId))
        return noGroup(groupId);
    if (!m_state.share(groupId, resourceId))
        return HttpResponse::error(404, QStringLiteral("The resource '%1' is not shared with this "
                                                       "group.")
                                            .arg(resourceId));
    SbShare share;
    share.resourceId = resourceId;
    if (auto error = readShare(call.request, share))
        return *error;
    const QJsonObject body = json(call).share(groupId, share);
    const QString requestId = m_tracker.accept(
        {groupId, QStringLiteral("group"), url(QStringLiteral("/um/groups/") + groupId)},
        [state = &m_state, groupId, share]() -> QString {
            if (!state->share(groupId, share.resourceId))
                return QStringLiteral("The share no longer exists.");
            state->putShare(groupId, share);
            return {};
        });
    return accepted(call, body, requestId);
}

HttpResponse CloudApi::deleteShare(const Call &call, const QString &groupId,
                                   const QString &resourceId) const
{
    if (!m_state.group(groupId))
        return noGroup(groupId);
    if (!m_state.share(groupId, resourceId))
        return HttpResponse::error(404, QStringLiteral("The resource '%1' is not shared with this "
                                                       "group.")
                                            .arg(resourceId));
    const QString requestId = m_tracker.accept(
        {groupId, QStringLiteral("group"), url(QStringLiteral("/um/groups/") + groupId)},
        [state = &m_state, groupId, resourceId]() -> QString {
            if (!state->share(groupId, resourceId))
                return QStringLiteral("The share no longer exists.");
            state->removeShare(groupId, resourceId);
            return {};
        });
    return accepted(call, {}, requestId);
}

} // namespace sandbox
