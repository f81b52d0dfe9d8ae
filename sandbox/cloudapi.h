#pragma once

#include "sandbox/httpexchange.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace sandbox {

class CloudJson;
class RequestTracker;
class SampleDataGenerator;
class SandboxState;

// The Cloud API v6 User Management operations plus GET /requests/{id}/status, answered from the
// sandbox state. Paths given to handle() are relative to /cloudapi/v6.
class CloudApi
{
public:
    CloudApi(SandboxState &state, RequestTracker &tracker, SampleDataGenerator &ids,
             QString baseUrl);

    HttpResponse handle(const HttpRequest &request, const QStringList &segments) const;

private:
    struct Call
    {
        const HttpRequest &request;
        const QStringList &segments;
        int depth = 0;
        bool pretty = true;
    };

    // Common query and header parameters; an error response when one is invalid.
    std::optional<HttpResponse> readCommonParameters(Call &call) const;
    HttpResponse route(const Call &call) const;
    HttpResponse ok(const Call &call, const QJsonObject &body) const;
    HttpResponse accepted(const Call &call, const QJsonObject &body,
                          const QString &requestId) const;
    static HttpResponse methodNotAllowed(const QByteArray &allowed);

    // Users (cloudusers.cpp)
    HttpResponse listUsers(const Call &call) const;
    HttpResponse createUser(const Call &call) const;
    HttpResponse getUser(const Call &call, const QString &userId) const;
    HttpResponse updateUser(const Call &call, const QString &userId) const;
    HttpResponse deleteUser(const Call &call, const QString &userId) const;
    HttpResponse listUserGroups(const Call &call, const QString &userId) const;
    HttpResponse listUserOwns(const Call &call, const QString &userId) const;

    // Object Storage keys of a user and the Object Storage sign-on (cloudkeys.cpp)
    HttpResponse listKeys(const Call &call, const QString &userId) const;
    HttpResponse createKey(const Call &call, const QString &userId) const;
    HttpResponse getKey(const Call &call, const QString &userId, const QString &keyId) const;
    HttpResponse updateKey(const Call &call, const QString &userId, const QString &keyId) const;
    HttpResponse deleteKey(const Call &call, const QString &userId, const QString &keyId) const;
    HttpResponse objectStorageSignOn(const Call &call, const QString &userId) const;

    // Groups, members and shares (cloudgroups.cpp)
    HttpResponse listGroups(const Call &call) const;
    HttpResponse createGroup(const Call &call) const;
    HttpResponse getGroup(const Call &call, const QString &groupId) const;
    HttpResponse updateGroup(const Call &call, const QString &groupId) const;
    HttpResponse deleteGroup(const Call &call, const QString &groupId) const;
    HttpResponse listGroupResources(const Call &call, const QString &groupId) const;
    HttpResponse listMembers(const Call &call, const QString &groupId) const;
    HttpResponse addMember(const Call &call, const QString &groupId) const;
    HttpResponse removeMember(const Call &call, const QString &groupId,
                              const QString &userId) const;
    HttpResponse listShares(const Call &call, const QString &groupId) const;
    HttpResponse getShare(const Call &call, const QString &groupId,
                          const QString &resourceId) const;
    HttpResponse createShare(const Call &call, const QString &groupId,
                             const QString &resourceId) const;
    HttpResponse updateShare(const Call &call, const QString &groupId,
                             const QString &resourceId) const;
    HttpResponse deleteShare(const Call &call, const QString &groupId,
                             const QString &resourceId) const;

    // Resources and request status (cloudapi.cpp)
    HttpResponse listResources(const Call &call, const QString &type) const;
    HttpResponse getResource(const Call &call, const QString &type, const QString &id) const;
    HttpResponse requestStatus(const Call &call, const QString &requestId) const;

    CloudJson json(const Call &call) const;
    QString url(const QString &path) const { return m_baseUrl + path; }

    SandboxState &m_state;
    RequestTracker &m_tracker;
    SampleDataGenerator &m_ids;
    QString m_baseUrl;
};

} // namespace sandbox
