#pragma once

#include "network/admin.h"
#include "network/apiclient.h"

namespace ionos {

// The admin users of a reseller contract (Reseller API v2). Its writes are synchronous.
class ContractAdminService
{
public:
    template <typename T> using Callback = std::function<void(const Result<T> &)>;

    explicit ContractAdminService(ApiClient &client)
        : m_client(client)
    {}

    ApiCall *admins(qint64 contract, QObject *context, Callback<QList<Admin>> done);
    ApiCall *get(qint64 contract, qint64 adminId, QObject *context, Callback<Admin> done);
    ApiCall *create(qint64 contract, const AdminDraft &draft, QObject *context,
                    Callback<Admin> done);
    // Sends first name, last name and e-mail, all three, as the API requires.
    ApiCall *update(qint64 contract, qint64 adminId, const AdminDraft &draft, QObject *context,
                    Callback<Admin> done);
    ApiCall *remove(qint64 contract, qint64 adminId, QObject *context, Callback<Done> done);

private:
    ApiClient &m_client;
};

} // namespace ionos
