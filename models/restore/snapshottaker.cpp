#include "models/restore/snapshottaker.h"

#include "models/workspace.h"
#include "network/contractadminservice.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

namespace ionos {
namespace {

struct Taking
{
    AccountSnapshot snapshot;
    QList<qint64> contracts; // still to read
    SnapshotTaker::Done done;
};

void readNext(ApiClient &client, const std::shared_ptr<Taking> &taking, QObject *context)
{
    if (taking->contracts.isEmpty()) {
        taking->done(taking->snapshot);
        return;
    }
    const qint64 contract = taking->contracts.takeFirst();
    ContractAdminService(client).admins(
        contract, context, [&client, taking, context, contract](const Result<QList<Admin>> &r) {
            if (!r.ok()) {
                taking->done(r.error());
                return;
            }
            taking->snapshot.admins.insert(contract, r.value());
            readNext(client, taking, context);
        });
}

} // namespace

AccountSnapshot SnapshotTaker::ofLoaded(Workspace &workspace)
{
    return AccountSnapshot::ofLoaded(workspace.accessFacts(), workspace.client().settings());
}

void SnapshotTaker::take(Workspace &workspace, const QList<qint64> &contracts, QObject *context,
                         Done done)
{
    auto taking = std::make_shared<Taking>();
    taking->snapshot = ofLoaded(workspace);
    taking->contracts = contracts;
    taking->done = std::move(done);
    readNext(workspace.client(), taking, context);
}

void SnapshotTaker::takeWhenLoaded(Workspace &workspace, const QList<qint64> &contracts,
                                   QObject *context, Done done)
{
    if (workspace.isEverythingLoaded()) {
        take(workspace, contracts, context, std::move(done));
        return;
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = QObject::connect(&workspace, &Workspace::everythingLoaded, context,
                             [&workspace, contracts, context, done, once] {
                                 QObject::disconnect(*once);
                                 take(workspace, contracts, context, done);
                             });
}

} // namespace ionos
