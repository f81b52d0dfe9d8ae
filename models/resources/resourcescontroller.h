#pragma once

#include "models/latestload.h"
#include "network/apiclient.h"

#include <QObject>
#include <QPointer>

namespace ionos {

class AccountState;

// Loads the resources of the account into the resources model.
class ResourcesController : public QObject
{
    Q_OBJECT

public:
    ResourcesController(ApiClient &client, AccountState &state, QObject *parent = nullptr);

    void load();
    bool isLoading() const { return m_load.isRunning(); }
    ApiCall *loadInProgress() const { return m_load.inProgress(); }
    // Loads the resources of one type again (its navigation node, F5 on it).
    void loadType(const QString &type);
    // Reads one resource again (after its shares changed).
    void refreshResource(const QString &resourceId);

signals:
    void loadingChanged(bool loading);
    void loadFailed(const ApiError &error);
    void loaded();

private:
    ApiClient &m_client;
    AccountState &m_state;
    LatestLoad m_load;
    LatestLoad m_typeLoad;
};

} // namespace ionos
