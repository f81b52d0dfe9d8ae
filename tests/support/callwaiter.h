#pragma once

#include "budgets.h"
#include "network/result.h"

#include <QTest>

#include <optional>

// Collects what an ApiCall delivers and lets a test wait for it in the event loop.
template <typename T> class CallWaiter
{
public:
    std::function<void(const ionos::Result<T> &)> callback()
    {
        return [this](const ionos::Result<T> &r) {
            m_result = r;
            ++m_calls;
        };
    }

    bool wait(int timeoutMs = budget::kServerMs)
    {
        return QTest::qWaitFor([this] { return m_calls > 0; }, timeoutMs);
    }

    int calls() const { return m_calls; }
    bool ok() const { return m_result && m_result->ok(); }
    const T &value() const { return m_result->value(); }
    const ionos::ApiError &error() const { return m_result->error(); }

private:
    std::optional<ionos::Result<T>> m_result;
    int m_calls = 0;
};
