#pragma once

#include "models/access/effectiveaccess.h"
#include "models/access/whatif.h"

#include <QObject>

#include <functional>
#include <memory>

class QTimer;

namespace ionos {

// Effective access of the loaded account, for the screens. Changes come in bursts (a load adds
// pages, a bulk change many rows): a quarter of a second after the last, the engine is made anew
// from a copy of what is loaded, on a worker thread, and changed() says it is there. Until then
// the screens read the one made before, so the window never waits for it.
class AccessEngine : public QObject
{
    Q_OBJECT

public:
    using ReadFacts = std::function<AccessFacts()>;
    using IsComplete = std::function<bool()>;

    AccessEngine(ReadFacts readFacts, IsComplete isComplete, QObject *parent = nullptr);
    ~AccessEngine() override;

    // The latest made (made here, once, when there is none yet). Read it at once: a newer one
    // replaces it after changed().
    const EffectiveAccess &current() { return *latest(); }
    // The same, to be kept while work on it runs elsewhere.
    std::shared_ptr<const EffectiveAccess> latest();
    // Staged changes on the latest made, to preview what they would do.
    WhatIf whatIf() { return WhatIf(latest()); }
    // Whether everything it rests on is loaded (until then some paths may be missing).
    bool isComplete() const { return m_isComplete(); }
    // Whether the latest made was made of everything loaded (a view of it misses nobody).
    bool isLatestComplete() const { return m_current && m_currentComplete; }
    // Something it rests on changed.
    void invalidate();
    // Whether the latest made includes every change so far.
    bool isSettled() const;

signals:
    void changed();

private:
    void remake();

    ReadFacts m_readFacts;
    IsComplete m_isComplete;
    std::shared_ptr<const EffectiveAccess> m_current;
    bool m_currentComplete = false;
    quint64 m_generation = 0; // of the facts; a change makes a new one
    bool m_making = false;
    QTimer *m_settle;
};

} // namespace ionos
