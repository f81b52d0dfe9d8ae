#include "models/access/accessengine.h"

#include "network/offthread.h"

#include <QTimer>

namespace ionos {

AccessEngine::AccessEngine(ReadFacts readFacts, IsComplete isComplete, QObject *parent)
    : QObject(parent)
    , m_readFacts(std::move(readFacts))
    , m_isComplete(std::move(isComplete))
    , m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(250);
    connect(m_settle, &QTimer::timeout, this, &AccessEngine::remake);
}

AccessEngine::~AccessEngine() = default;

std::shared_ptr<const EffectiveAccess> AccessEngine::latest()
{
    if (!m_current) {
        m_currentComplete = isComplete();
        m_current = std::make_shared<const EffectiveAccess>(m_readFacts());
    }
    return m_current;
}

bool AccessEngine::isSettled() const
{
    return m_current && !m_making && !m_settle->isActive();
}

void AccessEngine::invalidate()
{
    ++m_generation;
    if (!m_settle->isActive())
        m_settle->start();
}

void AccessEngine::remake()
{
    if (m_making)
        return; // the one being made is followed by another when it is done
    m_making = true;
    const quint64 generation = m_generation;
    const bool complete = isComplete();
    // The models live on this thread: they are copied here, the indexes are built there.
    runOffThread(
        this,
        [facts = m_readFacts()]() mutable {
            return std::make_shared<const EffectiveAccess>(std::move(facts));
        },
        [this, generation, complete](std::shared_ptr<const EffectiveAccess> engine) {
            m_current = std::move(engine);
            m_currentComplete = complete;
            m_making = false;
            if (generation != m_generation)
                m_settle->start(); // changed again meanwhile
            emit changed();
        });
}

} // namespace ionos
