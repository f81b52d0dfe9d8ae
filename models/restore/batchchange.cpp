#include "models/restore/batchchange.h"

#include "models/restore/restorerunner.h"

namespace ionos {

using ItemState = ItemOutcome::State;

BatchChange::BatchChange(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_runner(new RestoreRunner(workspace, this))
{
    connect(m_runner, &RestoreRunner::progress, this, &BatchChange::progress);
    connect(m_runner, &RestoreRunner::stepFinished, this, &BatchChange::stepFinished);
    connect(m_runner, &RestoreRunner::finished, this, &BatchChange::finished);
}

void BatchChange::run(int items, const QList<RestoreStep> &steps, const QList<int> &itemOf,
                      const QStringList &descriptions, const QString &title,
                      const QHash<QString, QString> &passwords)
{
    if (m_runner->isRunning())
        return;
    m_itemOf = itemOf;
    m_descriptions = descriptions;
    m_outcomes = QList<ItemOutcome>(items);
    m_stepsOf = QList<int>(items, 0);
    for (const int item : itemOf) {
        ++m_stepsOf[item];
        m_outcomes[item].state = ItemState::Waiting;
    }
    m_stepsLeft = m_stepsOf;
    m_runner->setJournal(title);
    m_runner->run(steps, passwords, descriptions);
}

void BatchChange::cancel()
{
    m_runner->cancel();
}

bool BatchChange::isRunning() const
{
    return m_runner->isRunning();
}

int BatchChange::count(ItemState state) const
{
    return int(std::count_if(m_outcomes.begin(), m_outcomes.end(),
                             [state](const ItemOutcome &o) { return o.state == state; }));
}

void BatchChange::stepFinished(int step)
{
    const int item = m_itemOf.at(step);
    const RestoreOutcome &done = m_runner->outcomes().at(step);
    ItemOutcome &o = m_outcomes[item];
    if (!done.requestId.isEmpty())
        o.requestIds << done.requestId;
    if (!done.createdId.isEmpty())
        o.createdId = done.createdId;
    // The first write that failed says why, named when the item took several.
    if (done.isLeft() && o.message.isEmpty())
        o.message = m_stepsOf.at(item) == 1 || done.message.isEmpty()
                        ? done.message
                        : tr("%1: %2").arg(m_descriptions.value(step), done.message);
    if (done.state == RestoreOutcome::State::Failed || done.state == RestoreOutcome::State::Skipped)
        o.state = ItemState::Failed;
    else if (done.state == RestoreOutcome::State::Cancelled && o.state != ItemState::Failed)
        o.state = ItemState::Cancelled;
    if (--m_stepsLeft[item] > 0)
        return;
    if (o.state == ItemState::Waiting)
        o.state = ItemState::Done;
    emit itemFinished(item);
}

} // namespace ionos
