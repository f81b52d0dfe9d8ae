#pragma once

#include "models/accountcontroller.h"
#include "models/latestload.h"
#include "models/trackedwrite.h"
#include "network/admin.h"

#include <QPointer>

namespace ionos {

class AdminsModel;

// The admins of the reseller contract shown: load, create, change and delete, each recorded
// in the activity log; failures in plain words, with whether trying again may help.
class AdminsController : public AccountController
{
    Q_OBJECT

public:
    AdminsController(ApiClient &client, AccountState &state, ActivityModel &activity,
                     QObject *parent = nullptr);

    AdminsModel &admins() { return *m_admins; }
    qint64 contract() const;
    void showContract(qint64 contract);
    void reload() { showContract(contract()); }

    ApiCall *create(const AdminDraft &draft, QObject *context,
                    std::function<void(const Result<Admin> &)> done);
    ApiCall *update(qint64 adminId, const AdminDraft &draft, QObject *context,
                    std::function<void(const Result<Admin> &)> done);
    ApiCall *remove(qint64 adminId, QObject *context,
                    std::function<void(const Result<Done> &)> done);
    // Changes an admin of the contract named, whichever is shown (a restore changes several).
    ApiCall *updateIn(qint64 contract, qint64 adminId, const AdminDraft &draft, QObject *context,
                      std::function<void(const Result<Admin> &)> done);

    // A plain message for a Reseller API failure, for the contract in question.
    static QString explain(const ApiError &error, qint64 contract);

signals:
    void loadingChanged(bool loading);
    // error.message says it in terms of the contract.
    void loadFailed(const ApiError &error, bool retryHelps);
    void loaded();

private:
    // The writes name their contract, so that a Retry from the activity log changes the same one
    // even when another contract is shown by then.
    ApiCall *createIn(qint64 contract, const AdminDraft &draft, QObject *context,
                      std::function<void(const Result<Admin> &)> done);
    ApiCall *removeIn(qint64 contract, qint64 adminId, QObject *context,
                      std::function<void(const Result<Done> &)> done);
    template <typename T>
    static WritePlan<T> plan(const QString &change, qint64 contract, const QString &target);

    AdminsModel *m_admins;
    LatestLoad m_load;
};

} // namespace ionos
