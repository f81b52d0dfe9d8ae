#pragma once

#include "network/apicall.h"
#include "network/apiclient.h"
#include "network/completion.h"
#include "network/result.h"

#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace ionos {

class ActivityModel;

// The bookkeeping of one change the console makes: its entry in the activity log with the
// server's request id, the pending mark on its row while it runs, and how it ends: done, or
// failed with the words to show and a way to try it again from the log.
class ChangeRecord
{
public:
    ChangeRecord(ActivityModel &activity, const QString &change, const QString &target,
                 std::function<void(bool pending)> markPending = {});

    // Shows the server's request id once the call's change was accepted.
    void follow(ApiCall *call) const;
    // Clears the pending mark, applies the change to the models, marks the entry done.
    void succeeded(const std::function<void()> &apply = {}) const;
    void failed(const QString &message, std::function<void()> retry) const;
    int entry() const { return m_entry; }

private:
    QPointer<ActivityModel> m_activity;
    int m_entry = 0;
    std::function<void(bool)> m_markPending;
};

// One write, described once: what to send, how to read back an uncertain outcome, and what
// changes in the models when it is done. TrackedWrite::run does the rest the same way for all.
template <typename T> struct WritePlan
{
    using Deliver = std::function<void(const Result<T> &)>;
    // The value when the change is there, else nothing (also when the read failed).
    using Answer = std::function<void(std::optional<T>)>;

    QString change; // for the activity log: what was done
    QString target; // and to what, for a person
    std::function<ApiCall *(QObject *context, Deliver done)> send;
    using ReadBack = std::function<ApiCall *(QObject *context, Answer answer)>;

    // Reads the server after an uncertain outcome (ApiError::isUncertain). Without it, an
    // uncertain outcome is reported as the failure it was.
    ReadBack readBack;
    // A delete: "gone" (ApiError::isGone) is what was asked for, so it counts as done.
    bool goneIsDone = false;
    std::function<void(bool pending)> markPending;
    std::function<void(const T &)> apply;             // on the models, once the change is done
    std::function<void()> retry;                      // what Retry in the activity log runs
    std::function<QString(const ApiError &)> explain; // the log's words; default: the message
};

// Runs every write of the console by one protocol: an activity entry with the request id, the
// pending mark, sending, settling an uncertain outcome by reading back a few times (an accepted
// change runs a little later), marking the row and the entry done or failed with a Retry, and
// delivering the outcome to the caller.
class TrackedWrite
{
public:
    static constexpr int kLooks = 4;
    static constexpr int kFirstWaitMs = 400;

    // A read of one thing, as services offer it.
    template <typename T>
    using Read =
        std::function<ApiCall *(QObject *context, std::function<void(const Result<T> &)> done)>;

    // The read-back of a change: made when the thing as read shows it; the read is the outcome.
    template <typename T>
    static typename WritePlan<T>::ReadBack whenRead(Read<T> read,
                                                    std::function<bool(const T &)> shows)
    {
        return [read, shows](QObject *context, typename WritePlan<T>::Answer answer) {
            return read(context, [shows, answer](const Result<T> &r) {
                answer(r.ok() && shows(r.value()) ? std::optional<T>(r.value()) : std::nullopt);
            });
        };
    }

    // The read-back of a delete: made when reading the thing finds it gone.
    template <typename T> static WritePlan<Done>::ReadBack whenGone(Read<T> read)
    {
        return [read](QObject *context, WritePlan<Done>::Answer answer) {
            return read(context, [answer](const Result<T> &r) {
                answer(!r.ok() && r.error().isGone() ? std::optional<Done>(Done{}) : std::nullopt);
            });
        };
    }

    // The returned call finishes once, after the read-back when there is one; cancelling it
    // stops both. `done` hears the outcome unless `caller` was given and is gone by then.
    template <typename T>
    static ApiCall *run(ActivityModel &activity, QObject *owner, WritePlan<T> plan,
                        QObject *caller = nullptr, typename WritePlan<T>::Deliver done = {})
    {
        const ChangeRecord record(activity, plan.change, plan.target, plan.markPending);
        auto *call = new ApiCall(owner);
        const auto shared = std::make_shared<const WritePlan<T>>(std::move(plan));
        const QPointer<QObject> receiver(caller);
        const bool hasCaller = caller != nullptr;
        const Completion<T> complete(
            call, owner, [record, shared, receiver, hasCaller, done](const Result<T> &r) {
                if (r.ok()) {
                    record.succeeded([&] {
                        if (shared->apply)
                            shared->apply(r.value());
                    });
                } else {
                    record.failed(shared->explain ? shared->explain(r.error()) : r.error().message,
                                  shared->retry);
                }
                if (done && (!hasCaller || receiver))
                    done(r);
            });
        // The write and the reads that settle it go before any load.
        ApiClient::PriorityScope writes(RequestPriority::Write);
        ApiCall *sent = shared->send(call, [call, shared, complete](const Result<T> &r) {
            if constexpr (std::is_default_constructible_v<T>) {
                if (!r.ok() && shared->goneIsDone && r.error().isGone()) {
                    complete(T{});
                    return;
                }
            }
            if (r.ok() || !r.error().isUncertain() || !shared->readBack)
                complete(r);
            else
                lookBack<T>(call, shared, complete, r.error());
        });
        record.follow(sent);
        QObject::connect(sent, &ApiCall::accepted, call, &ApiCall::setAccepted);
        call->adopt(sent);
        return call;
    }

private:
    template <typename T> struct Looking
    {
        std::shared_ptr<const WritePlan<T>> plan;
        Completion<T> complete;
        ApiError error; // what the write ended with, reported when the change is not found
        QPointer<ApiCall> read;
        int look = 0;
        bool stopped = false;
    };

    // Reads back a few times with growing waits, since an accepted change runs a little later.
    // The reads are not children of the call: a cancel stops them before the call ends, so that
    // a read it cut short is not taken for a change that is not there.
    template <typename T>
    static void lookBack(ApiCall *call, const std::shared_ptr<const WritePlan<T>> &plan,
                         const Completion<T> &complete, const ApiError &error)
    {
        auto state = std::make_shared<Looking<T>>(Looking<T>{plan, complete, error, {}, 0, false});
        call->onCancel([state] {
            state->stopped = true;
            if (state->read)
                state->read->cancel();
        });
        lookAgain(call, state);
    }

    template <typename T>
    static void lookAgain(ApiCall *call, const std::shared_ptr<Looking<T>> &state)
    {
        const int wait = state->look == 0 ? 0 : kFirstWaitMs << (state->look - 1);
        QTimer::singleShot(wait, call, [call, state] {
            if (state->stopped)
                return;
            ApiClient::PriorityScope writes(RequestPriority::Write);
            state->read = state->plan->readBack(call, [call, state](std::optional<T> found) {
                if (state->stopped)
                    return;
                if (found)
                    state->complete(*found);
                else if (++state->look >= kLooks)
                    state->complete(state->error);
                else
                    lookAgain(call, state);
            });
        });
    }
};

} // namespace ionos
