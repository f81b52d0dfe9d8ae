#pragma once

#include "sandbox/sandboxstate.h"

#include <QRandomGenerator>

namespace sandbox {

struct SampleSizes
{
    int users = 0;
    int groups = 0;
    int resourcesPerType = 0;
    int contracts = 0;
    int adminsPerContract = 0;
};

// Fills a SandboxState with realistic sample data. The same seed and sizes give the same data,
// ids and dates included (dates count back from a fixed day, not from today).
class SampleDataGenerator
{
public:
    explicit SampleDataGenerator(quint32 seed);

    void fill(SandboxState &state, const SampleSizes &sizes);

    // A random UUID drawn from this generator, so ids repeat with the seed.
    QString nextUuid();

    // An Object Storage access key id (20 hex digits), from a stream of its own so that adding
    // keys leaves every other id and date of the same seed as it was.
    QString nextAccessKey();
    // A new key's secret: 40 characters from the system's random source, never from the seed.
    static QString newSecret();

    static QDateTime anchorDate();

private:
    void addUsers(SandboxState &state, int count);
    void addGroups(SandboxState &state, int count);
    void addResources(SandboxState &state, int perType);
    void addMemberships(SandboxState &state);
    void addShares(SandboxState &state);
    void addContracts(SandboxState &state, int contracts, int adminsPerContract);
    void addKeys(SandboxState &state);
    SbS3Key sampleKey(const SbUser &user, int maxDaysBack, bool active);
    Audit auditBefore(const QDateTime &latest, int maxDaysBack);
    bool chance(double probability);
    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(m_random.bounded(list.size()));
    }

    QRandomGenerator m_random;
    QRandomGenerator m_keyRandom;
};

} // namespace sandbox
