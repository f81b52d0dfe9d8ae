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

    static QDateTime anchorDate();

private:
    void addUsers(SandboxState &state, int count);
    void addGroups(SandboxState &state, int count);
    void addResources(SandboxState &state, int perType);
    void addMemberships(SandboxState &state);
    void addShares(SandboxState &state);
    void addContracts(SandboxState &state, int contracts, int adminsPerContract);
    Audit auditBefore(const QDateTime &latest, int maxDaysBack);
    bool chance(double probability);
    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(m_random.bounded(list.size()));
    }

    QRandomGenerator m_random;
};

} // namespace sandbox
