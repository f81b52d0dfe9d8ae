#include "models/resources/resourcescontroller.h"

#include "models/account/accountstate.h"
#include "network/shareservice.h"

namespace ionos {

ResourcesController::ResourcesController(ApiClient &client, AccountState &state, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_state(state)
{}

void ResourcesController::load()
{
    m_load.cancel();
    emit loadingChanged(true);
    m_load = ResourceService(m_client).all(this, [this](const Result<QList<Resource>> &r) {
        emit loadingChanged(false);
        if (r.ok()) {
            m_state.setResources(r.value());
            emit loaded();
        } else if (r.error().kind != ApiError::Kind::Cancelled)
            emit loadFailed(r.error());
    });
}

void ResourcesController::loadType(const QString &type)
{
    m_typeLoad.cancel();
    emit loadingChanged(true);
    m_typeLoad = ResourceService(m_client).ofType(
        type, this, [this, type](const Result<QList<Resource>> &r) {
            emit loadingChanged(false);
            if (r.ok()) {
                m_state.replaceResourcesOfType(type, r.value());
                emit loaded();
            } else if (r.error().kind != ApiError::Kind::Cancelled) {
                emit loadFailed(r.error());
            }
        });
}

void ResourcesController::refreshResource(const QString &resourceId)
{
    const std::optional<Resource> known = m_state.resources().find(resourceId);
    if (!known)
        return;
    // A failed read leaves the resource as it was: the change itself is done and shown.
    ResourceService(m_client).get(known->type, resourceId, this, [this](const Result<Resource> &r) {
        if (r.ok())
            m_state.updateResource(r.value());
    });
}

} // namespace ionos
