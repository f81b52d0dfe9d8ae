#include "network/apicall.h"

namespace ionos {

ApiCall::ApiCall(QObject *parent)
    : QObject(parent)
{}

void ApiCall::cancel()
{
    if (m_finished || m_cancelling)
        return;
    m_cancelling = true;
    const QList<QPointer<ApiCall>> children = m_children;
    for (const QPointer<ApiCall> &child : children) {
        if (child)
            child->cancel();
    }
    const auto handlers = m_cancelHandlers;
    for (auto it = handlers.rbegin(); it != handlers.rend(); ++it)
        (*it)();
    m_cancelling = false;
}

void ApiCall::onCancel(std::function<void()> handler)
{
    m_cancelHandlers.push_back(std::move(handler));
}

void ApiCall::adopt(ApiCall *child)
{
    if (!child)
        return;
    m_children.removeAll(nullptr);
    m_children.append(child);
    if (child->wasSent())
        markSent();
    else
        connect(child, &ApiCall::sent, this, &ApiCall::markSent);
    if (m_finished || m_cancelling)
        child->cancel();
    else if (m_promotedTo)
        child->promote(*m_promotedTo);
}

void ApiCall::promote(RequestPriority priority)
{
    if (m_finished || (m_promotedTo && *m_promotedTo <= priority))
        return;
    m_promotedTo = priority;
    for (const auto &handler : m_promoteHandlers)
        handler(priority);
    const QList<QPointer<ApiCall>> children = m_children;
    for (const QPointer<ApiCall> &child : children) {
        if (child)
            child->promote(priority);
    }
}

void ApiCall::onPromote(std::function<void(RequestPriority)> handler)
{
    m_promoteHandlers.push_back(std::move(handler));
}

void ApiCall::setAccepted(const QString &requestId)
{
    m_requestId = requestId;
    emit accepted(requestId);
}

void ApiCall::markSent()
{
    if (m_sent)
        return;
    m_sent = true;
    emit sent();
}

bool ApiCall::markFinished()
{
    if (m_finished)
        return false;
    m_finished = true;
    return true;
}

} // namespace ionos
