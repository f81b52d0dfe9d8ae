#include "network/contractadminservice.h"

#include "network/resellercodec.h"
#include "network/servicecalls.h"

namespace ionos {

using namespace servicecalls;

ApiCall *ContractAdminService::admins(qint64 contract, QObject *context,
                                      Callback<QList<Admin>> done)
{
    return fetch<QList<Admin>>(m_client, requests::listAdmins(contract), context,
                               &resellercodec::admins, std::move(done));
}

ApiCall *ContractAdminService::get(qint64 contract, qint64 adminId, QObject *context,
                                   Callback<Admin> done)
{
    return fetch<Admin>(m_client, requests::getAdmin(contract, adminId), context,
                        &resellercodec::admin, std::move(done));
}

ApiCall *ContractAdminService::create(qint64 contract, const AdminDraft &draft, QObject *context,
                                      Callback<Admin> done)
{
    return fetch<Admin>(m_client, requests::createAdmin(contract, draft), context,
                        &resellercodec::admin, std::move(done));
}

ApiCall *ContractAdminService::update(qint64 contract, qint64 adminId, const AdminDraft &draft,
                                      QObject *context, Callback<Admin> done)
{
    return fetch<Admin>(m_client, requests::updateAdmin(contract, adminId, draft), context,
                        &resellercodec::admin, std::move(done));
}

ApiCall *ContractAdminService::remove(qint64 contract, qint64 adminId, QObject *context,
                                      Callback<Done> done)
{
    // A 204 carries no body: success is the status alone.
    return fetch<Done>(m_client, requests::deleteAdmin(contract, adminId), context, &nothing,
                       std::move(done));
}

} // namespace ionos
