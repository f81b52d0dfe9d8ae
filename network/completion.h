#pragma once

#include "network/apicall.h"
#include "network/result.h"

#include <QPointer>

#include <functional>
#include <memory>

namespace ionos {

// Finishes an ApiCall exactly once with a Result<T>, delivered to a callback only while its
// context object is alive. Cancelling the call, or destroying the context, finishes it as
// Cancelled (the callback then runs only if the context still exists).
template <typename T> class Completion
{
public:
    using Callback = std::function<void(const Result<T> &)>;

    Completion(ApiCall *call, QObject *context, Callback callback)
        : m_state(std::make_shared<State>())
    {
        m_state->call = call;
        m_state->context = context;
        m_state->hasContext = context != nullptr;
        m_state->callback = std::move(callback);
        const std::shared_ptr<State> state = m_state;
        call->onCancel([state] { finish(state, ApiError::cancelled()); });
        if (context) {
            QObject::connect(context, &QObject::destroyed, call, [state] {
                state->contextGone = true;
                if (state->call)
                    state->call->cancel();
            });
        }
    }

    void operator()(const Result<T> &result) const { finish(m_state, result); }
    ApiCall *call() const { return m_state->call; }
    bool isFinished() const { return m_state->done; }

private:
    struct State
    {
        QPointer<ApiCall> call;
        QPointer<QObject> context;
        bool hasContext = false;
        bool contextGone = false;
        bool done = false;
        Callback callback;
    };

    static void finish(const std::shared_ptr<State> &state, const Result<T> &result)
    {
        if (state->done)
            return;
        state->done = true;
        ApiCall *call = state->call;
        if (call)
            call->markFinished();
        const bool deliver = !state->hasContext || (state->context && !state->contextGone);
        if (deliver && state->callback)
            state->callback(result);
        state->callback = nullptr; // drops what the callback captured
        if (call) {
            emit call->finished();
            call->deleteLater();
        }
    }

    std::shared_ptr<State> m_state;
};

} // namespace ionos
