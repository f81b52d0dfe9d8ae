#include "models/access/accessengine.h"

#include <QTimer>

namespace ionos {

AccessEngine::AccessEngine(ReadFacts readFacts, IsComplete isComplete, QObject *parent)
    : QObject(parent)
    , m_readFacts(std::move(readFacts))
    , m_isComplete(std::move(isComplete))
    , m_tell(new QTimer(this))
{
    m_tell->setSingleShot(true);
    m_tell->setInterval(250);
    connect(m_tell, &QTimer::timeout, this, &AccessEngine::changed);
}

AccessEngine::~AccessEngine() = default;

const EffectiveAccess &AccessEngine::current()
{
    if (!m_current)
        m_current = std::make_unique<EffectiveAccess>(m_readFacts());
    return *m_current;
}

void AccessEngine::invalidate()
{
    m_current.reset();
    if (!m_tell->isActive())
        m_tell->start();
}

} // namespace ionos
