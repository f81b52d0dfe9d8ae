#pragma once

#include "apiclient.h"

#include <QObject>
#include <QPointer>

namespace ionos {

class ResourcesModel;

// Loads the resources of the account into the resources model.
class ResourcesController : public QObject
{
    Q_OBJECT

public:
    ResourcesController(ApiClient &client, ResourcesModel &model, QObject *parent = nullptr);

    void load();
    bool isLoading() const { return !m_load.isNull(); }

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void loaded();

private:
    ApiClient &m_client;
    ResourcesModel &m_model;
    QPointer<ApiCall> m_load;
};

} // namespace ionos
