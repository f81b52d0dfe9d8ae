#include "adminscontroller.h"

#include "activitymodel.h"
#include "adminsmodel.h"
#include "contractadminservice.h"
#include "writecheck.h"

namespace ionos {

AdminsController::AdminsController(ApiClient &client, ActivityModel &activity, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_activity(activity)
    , m_admins(new AdminsModel(this))
{}

QString AdminsController::explain(const ApiError &error, qint64 contract)
{
    const QString words =
        error.serverMessage.isEmpty()
            ? QString()
            : QLatin1Char(' ') + tr("The server said: %1").arg(error.serverMessage);
    if (error.kind != ApiError::Kind::Http)
        return error.message;
    switch (error.httpStatus) {
    case 401:
        return tr("The Reseller API did not accept the credentials (401).") + words;
    case 403:
        return tr("This account may not manage the admins of contract %1 (403).").arg(contract) +
               words;
    case 404:
        return tr("Contract %1 is not known to this reseller account, or the admin no longer "
                  "exists (404).")
                   .arg(contract) +
               words;
    case 422:
        return tr("The Reseller API refused the input (422).") + words;
    case 429:
        return tr("Too many requests to the Reseller API; wait a moment (429).") + words;
    default:
        if (error.httpStatus >= 500)
            return tr("The Reseller API had a problem (%1); try again later.")
                       .arg(error.httpStatus) +
                   words;
        return error.message;
    }
}

bool AdminsController::retryHelps(const ApiError &error)
{
    return error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout ||
           (error.kind == ApiError::Kind::Http &&
            (error.httpStatus == 429 || error.httpStatus >= 500));
}

void AdminsController::showContract(qint64 contract)
{
    if (m_load)
        m_load->cancel();
    m_contract = contract;
    m_admins->reset({});
    if (contract <= 0)
        return;
    emit loadingChanged(true);
    m_load = ContractAdminService(m_client).admins(
        contract, this, [this, contract](const Result<QList<Admin>> &r) {
            emit loadingChanged(false);
            if (contract != m_contract)
                return;
            if (r.ok())
                m_admins->reset(r.value());
            else if (r.error().kind != ApiError::Kind::Cancelled)
                emit loadFailed(explain(r.error(), contract), retryHelps(r.error()));
        });
}

ApiCall *AdminsController::create(const AdminDraft &draft, QObject *context,
                                  std::function<void(const Result<Admin> &)> done)
{
    const qint64 contract = m_contract;
    const int entry =
        m_activity.record(tr("Create admin of contract %1").arg(contract), draft.email);
    QPointer<QObject> receiver(context);
    auto finish = [this, entry, contract, receiver, done](const Result<Admin> &r) {
        if (r.ok()) {
            if (contract == m_contract)
                m_admins->insert(r.value());
            m_activity.setDone(entry);
        } else {
            m_activity.setFailed(entry, explain(r.error(), contract));
        }
        if (receiver)
            done(r);
    };
    return ContractAdminService(m_client).create(
        contract, draft, this, [this, contract, draft, finish](const Result<Admin> &r) {
            if (r.ok() || !r.error().mayHaveHappened()) {
                finish(r);
                return;
            }
            // The answer was lost or the server failed: the admin may exist now; creating
            // again would be refused (the address is taken), so look for it.
            const ApiError error = r.error();
            auto found = std::make_shared<Admin>();
            WriteCheck::confirm(
                this,
                [this, contract, draft, found](std::function<void(bool)> answer) {
                    ContractAdminService(m_client).admins(
                        contract, this, [draft, found, answer](const Result<QList<Admin>> &all) {
                            for (const Admin &a : all.ok() ? all.value() : QList<Admin>()) {
                                if (a.email.compare(draft.email, Qt::CaseInsensitive) == 0) {
                                    *found = a;
                                    answer(true);
                                    return;
                                }
                            }
                            answer(false);
                        });
                },
                [found, error, finish](bool made) {
                    finish(made ? Result<Admin>(*found) : error);
                });
        });
}

ApiCall *AdminsController::update(qint64 adminId, const AdminDraft &draft, QObject *context,
                                  std::function<void(const Result<Admin> &)> done)
{
    const qint64 contract = m_contract;
    const int entry =
        m_activity.record(tr("Change admin of contract %1").arg(contract), draft.email);
    QPointer<QObject> receiver(context);
    auto finish = [this, entry, contract, receiver, done](const Result<Admin> &r) {
        if (r.ok()) {
            if (contract == m_contract)
                m_admins->update(r.value());
            m_activity.setDone(entry);
        } else {
            m_activity.setFailed(entry, explain(r.error(), contract));
        }
        if (receiver)
            done(r);
    };
    return ContractAdminService(m_client).update(
        contract, adminId, draft, this,
        [this, contract, adminId, draft, finish](const Result<Admin> &r) {
            if (r.ok() || !r.error().mayHaveHappened()) {
                finish(r);
                return;
            }
            const ApiError error = r.error();
            auto now = std::make_shared<Admin>();
            WriteCheck::confirm(
                this,
                [this, contract, adminId, draft, now](std::function<void(bool)> answer) {
                    ContractAdminService(m_client).get(
                        contract, adminId, this, [draft, now, answer](const Result<Admin> &read) {
                            if (read.ok())
                                *now = read.value();
                            answer(read.ok() && now->firstName == draft.firstName &&
                                   now->lastName == draft.lastName && now->email == draft.email);
                        });
                },
                [now, error, finish](bool made) { finish(made ? Result<Admin>(*now) : error); });
        });
}

ApiCall *AdminsController::remove(qint64 adminId, QObject *context,
                                  std::function<void(const Result<Done> &)> done)
{
    const qint64 contract = m_contract;
    const std::optional<Admin> admin = m_admins->admin(adminId);
    const int entry = m_activity.record(tr("Delete admin of contract %1").arg(contract),
                                        admin ? admin->email : QString::number(adminId));
    QPointer<QObject> receiver(context);
    auto finish = [this, entry, contract, adminId, receiver, done](const Result<Done> &r) {
        if (r.ok()) {
            if (contract == m_contract)
                m_admins->remove(adminId);
            m_activity.setDone(entry);
        } else {
            m_activity.setFailed(entry, explain(r.error(), contract));
        }
        if (receiver)
            done(r);
    };
    auto gone = [](const ApiError &e) {
        return e.kind == ApiError::Kind::Http && e.httpStatus == 404;
    };
    return ContractAdminService(m_client).remove(
        contract, adminId, this, [this, contract, adminId, finish, gone](const Result<Done> &r) {
            // Not there any more is what was asked (a repeated delete whose answer was lost).
            if (r.ok() || gone(r.error()) || !r.error().mayHaveHappened()) {
                finish(r.ok() || gone(r.error()) ? Result<Done>(Done{}) : r);
                return;
            }
            const ApiError error = r.error();
            WriteCheck::confirm(
                this,
                [this, contract, adminId, gone](std::function<void(bool)> answer) {
                    ContractAdminService(m_client).get(contract, adminId, this,
                                                       [answer, gone](const Result<Admin> &read) {
                                                           answer(!read.ok() && gone(read.error()));
                                                       });
                },
                [error, finish](bool made) {
                    finish(made ? Result<Done>(Done{}) : Result<Done>(error));
                });
        });
}

} // namespace ionos
