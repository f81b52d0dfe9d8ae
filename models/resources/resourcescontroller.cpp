#include "models/resources/resourcescontroller.h"

#include "models/resources/resourcesmodel.h"
#include "network/shareservice.h"

namespace ionos {

ResourcesController::ResourcesController(ApiClient &client, ResourcesModel &model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{}

void ResourcesController::load()
{
    if (m_load)
        m_load->cancel();
    emit loadingChanged(true);
    m_load = ResourceService(m_client).all(this, [this](const Result<QList<Resource>> &r) {
        emit loadingChanged(false);
        if (r.ok()) {
            m_model.reset(r.value());
            emit loaded();
        } else if (r.error().kind != ApiError::Kind::Cancelled)
            emit loadFailed(r.error());
    });
}

void ResourcesController::loadType(const QString &type)
{
    if (m_typeLoad)
        m_typeLoad->cancel();
    emit loadingChanged(true);
    m_typeLoad = ResourceService(m_client).ofType(
        type, this, [this, type](const Result<QList<Resource>> &r) {
            emit loadingChanged(false);
            if (r.ok()) {
                m_model.replaceType(type, r.value());
                emit loaded();
            } else if (r.error().kind != ApiError::Kind::Cancelled) {
                emit loadFailed(r.error());
            }
        });
}

void ResourcesController::refreshResource(const QString &resourceId)
{
    const Resource *known = m_model.resource(resourceId);
    if (!known)
        return;
    // A failed read leaves the resource as it was: the change itself is done and shown.
    ResourceService(m_client).get(known->type, resourceId, this, [this](const Result<Resource> &r) {
        if (r.ok())
            m_model.updateResource(r.value());
    });
}

} // namespace ionos
