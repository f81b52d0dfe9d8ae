#include "models/reseller/adminscontroller.h"

#include "models/account/accountstate.h"
#include "models/activity/activitymodel.h"
#include "models/reseller/adminsmodel.h"
#include "models/trackedwrite.h"
#include "network/contractadminservice.h"

namespace ionos {

AdminsController::AdminsController(ApiClient &client, AccountState &state, ActivityModel &activity,
                                   QObject *parent)
    : AccountController(client, state, activity, parent)
    , m_admins(new AdminsModel(state, this))
{}

qint64 AdminsController::contract() const
{
    return m_state.adminsContract();
}

QString AdminsController::explain(const ApiError &error, qint64 contract)
{
    // The status code and the host are in the error's details.
    const QString words =
        error.serverMessage.isEmpty()
            ? QString()
            : QLatin1Char(' ') + tr("The server said: %1").arg(error.serverMessage);
    if (error.kind != ApiError::Kind::Http)
        return error.message;
    switch (error.httpStatus) {
    case 401:
        return tr("The Reseller API did not accept the credentials.") + words;
    case 403:
        return tr("This account may not manage the admins of contract %1.").arg(contract) + words;
    case 404:
        return tr("Contract %1 is not known to this reseller account, or the admin no longer "
                  "exists.")
                   .arg(contract) +
               words;
    case 422:
        return tr("The Reseller API refused the input.") + words;
    case 429:
        return tr("Too many requests to the Reseller API; wait a moment and try again.") + words;
    default:
        if (error.httpStatus >= 500)
            return tr("The Reseller API had a problem; try again later.") + words;
        return error.message;
    }
}

void AdminsController::showContract(qint64 contract)
{
    m_load.cancel();
    m_state.showAdminsOf(contract);
    if (contract <= 0)
        return;
    emit loadingChanged(true);
    m_load = ContractAdminService(m_client).admins(
        contract, this, [this, contract](const Result<QList<Admin>> &r) {
            emit loadingChanged(false);
            if (contract != this->contract())
                return;
            if (r.ok()) {
                m_state.admins().reset(r.value());
                emit loaded();
            } else if (r.error().kind != ApiError::Kind::Cancelled) {
                ApiError error = r.error();
                error.message = explain(error, contract);
                emit loadFailed(error, error.isTransient());
            }
        });
}

ApiCall *AdminsController::create(const AdminDraft &draft, QObject *context,
                                  std::function<void(const Result<Admin> &)> done)
{
    return createIn(contract(), draft, context, std::move(done));
}

ApiCall *AdminsController::update(qint64 adminId, const AdminDraft &draft, QObject *context,
                                  std::function<void(const Result<Admin> &)> done)
{
    return updateIn(contract(), adminId, draft, context, std::move(done));
}

ApiCall *AdminsController::remove(qint64 adminId, QObject *context,
                                  std::function<void(const Result<Done> &)> done)
{
    return removeIn(contract(), adminId, context, std::move(done));
}

template <typename T>
WritePlan<T> AdminsController::plan(const QString &change, qint64 contract, const QString &target)
{
    WritePlan<T> p;
    p.change = change;
    p.target = target;
    p.explain = [contract](const ApiError &error) { return explain(error, contract); };
    return p;
}

ApiCall *AdminsController::createIn(qint64 contract, const AdminDraft &draft, QObject *context,
                                    std::function<void(const Result<Admin> &)> done)
{
    auto p = plan<Admin>(tr("Create admin of contract %1").arg(contract), contract, draft.email);
    p.send = [this, contract, draft](QObject *call, auto deliver) {
        return ContractAdminService(m_client).create(contract, draft, call, deliver);
    };
    // Creating again would be refused (the address is taken): look for the address instead.
    p.readBack = [this, contract, email = draft.email](QObject *call, auto answer) {
        return ContractAdminService(m_client).admins(
            contract, call, [email, answer](const Result<QList<Admin>> &all) {
                for (const Admin &a : all.ok() ? all.value() : QList<Admin>()) {
                    if (a.email.compare(email, Qt::CaseInsensitive) == 0)
                        return answer(a);
                }
                answer(std::nullopt);
            });
    };
    p.apply = [this, contract](const Admin &a) {
        if (contract == this->contract())
            m_state.admins().insert(a);
    };
    p.retry = [self = QPointer(this), contract, draft] {
        if (self)
            self->createIn(contract, draft, nullptr, {});
    };
    return TrackedWrite::run(m_activity, this, std::move(p), context, std::move(done));
}

ApiCall *AdminsController::updateIn(qint64 contract, qint64 adminId, const AdminDraft &draft,
                                    QObject *context,
                                    std::function<void(const Result<Admin> &)> done)
{
    auto p = plan<Admin>(tr("Change admin of contract %1").arg(contract), contract, draft.email);
    p.send = [this, contract, adminId, draft](QObject *call, auto deliver) {
        return ContractAdminService(m_client).update(contract, adminId, draft, call, deliver);
    };
    p.readBack = TrackedWrite::whenRead<Admin>(
        [this, contract, adminId](QObject *call, auto read) {
            return ContractAdminService(m_client).get(contract, adminId, call, read);
        },
        [draft](const Admin &a) { return draft.isIn(a); });
    p.apply = [this, contract](const Admin &a) {
        if (contract == this->contract())
            m_state.admins().update(a);
    };
    p.retry = [self = QPointer(this), contract, adminId, draft] {
        if (self)
            self->updateIn(contract, adminId, draft, nullptr, {});
    };
    return TrackedWrite::run(m_activity, this, std::move(p), context, std::move(done));
}

ApiCall *AdminsController::removeIn(qint64 contract, qint64 adminId, QObject *context,
                                    std::function<void(const Result<Done> &)> done)
{
    const std::optional<Admin> admin =
        contract == this->contract() ? m_state.admins().find(adminId) : std::nullopt;
    auto p = plan<Done>(tr("Delete admin of contract %1").arg(contract), contract,
                        admin ? admin->email : QString::number(adminId));
    p.goneIsDone = true;
    p.send = [this, contract, adminId](QObject *call, auto deliver) {
        return ContractAdminService(m_client).remove(contract, adminId, call, deliver);
    };
    p.readBack = TrackedWrite::whenGone<Admin>([this, contract, adminId](QObject *call, auto read) {
        return ContractAdminService(m_client).get(contract, adminId, call, read);
    });
    p.apply = [this, contract, adminId](const Done &) {
        if (contract == this->contract())
            m_state.admins().remove(adminId);
    };
    p.retry = [self = QPointer(this), contract, adminId] {
        if (self)
            self->removeIn(contract, adminId, nullptr, {});
    };
    return TrackedWrite::run(m_activity, this, std::move(p), context, std::move(done));
}

} // namespace ionos
