#pragma once

#include "models/access/effectiveaccess.h"

#include <QObject>

#include <functional>
#include <memory>

class QTimer;

namespace ionos {

// Effective access of the loaded account, for the screens: computed when first asked for after
// a change, from a copy of what is loaded. Changes come in bursts (a load adds pages, a bulk
// change many rows): changed() is said at most every quarter of a second.
class AccessEngine : public QObject
{
    Q_OBJECT

public:
    using ReadFacts = std::function<AccessFacts()>;
    using IsComplete = std::function<bool()>;

    AccessEngine(ReadFacts readFacts, IsComplete isComplete, QObject *parent = nullptr);
    ~AccessEngine() override;

    const EffectiveAccess &current();
    // Whether everything it rests on is loaded (until then some paths may be missing).
    bool isComplete() const { return m_isComplete(); }
    // Something it rests on changed.
    void invalidate();

signals:
    void changed();

private:
    ReadFacts m_readFacts;
    IsComplete m_isComplete;
    std::unique_ptr<EffectiveAccess> m_current;
    QTimer *m_tell;
};

} // namespace ionos
