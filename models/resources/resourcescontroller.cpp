#include "resourcescontroller.h"

#include "resourcesmodel.h"
#include "shareservice.h"

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
            emit loadFailed(r.error().message);
    });
}

} // namespace ionos
