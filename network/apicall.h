#pragma once

#include "network/requestpriority.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>
#include <vector>

namespace ionos {

// A call in progress: one request, or a chain of them (a write and its status polling, a paged
// load). It finishes exactly once; cancel() ends it early with a Cancelled error. Calls delete
// themselves after finishing: hold them in a QPointer.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    explicit ApiCall(QObject *parent = nullptr);

    void cancel();
    bool isFinished() const { return m_finished; }

    // For the code that runs the call: what to do when it is cancelled (latest first).
    void onCancel(std::function<void()> handler);
    // Cancelling this call cancels the child too; a promotion reaches it as well.
    void adopt(ApiCall *child);
    // Moves the call's requests that still wait, and those it sends later, into a higher class,
    // as when a screen whose list this loads is opened. A class is never lowered.
    void promote(RequestPriority priority);
    // For the code that runs the call: what to do when it is promoted.
    void onPromote(std::function<void(RequestPriority)> handler);
    // Marks the call finished; false when it already was.
    bool markFinished();

    // The server's id of the asynchronous change this call made, once it was accepted (202).
    QString requestId() const { return m_requestId; }
    void setAccepted(const QString &requestId);
    // Whether a request of the call has left for the server: until then, cancelling it changes
    // nothing on the server.
    bool wasSent() const { return m_sent; }
    void markSent();

signals:
    void finished();
    // Parts done of a call made of several (pages loaded, items written).
    void progressed(int done, int total);
    // A request of the call left for the server (once).
    void sent();
    // The server accepted the change (202) and is working on it.
    void accepted(const QString &requestId);

private:
    QString m_requestId;
    bool m_sent = false;
    bool m_finished = false;
    bool m_cancelling = false;
    std::vector<std::function<void()>> m_cancelHandlers;
    std::vector<std::function<void(RequestPriority)>> m_promoteHandlers;
    std::optional<RequestPriority> m_promotedTo;
    QList<QPointer<ApiCall>> m_children;
};

} // namespace ionos
