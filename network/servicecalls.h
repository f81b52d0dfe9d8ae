#pragma once

#include "network/apiclient.h"
#include "network/completion.h"
#include "network/offthread.h"
#include "network/requeststatusservice.h"

#include <QCoreApplication>

#include <functional>

// The two shapes every service operation takes, written once.
namespace ionos::servicecalls {

template <typename T> using Parser = std::function<Result<T>(const QByteArray &)>;
template <typename T> using Callback = std::function<void(const Result<T> &)>;

// Adds where the answer came from to a codec's parse error.
inline ApiError located(ApiError error, const QUrl &url)
{
    if (error.kind == ApiError::Kind::Parse && !url.host().isEmpty())
        error.details.replace(ApiError::tr("the server"), url.host());
    return error;
}

// Answers at least this large are read into values off the main thread.
constexpr qsizetype kReadOnAWorkerBytes = 256 * 1024;

// One request whose answer is read into a value. `answered`, when given, hears that the answer
// is in before it is read: a load of many pages sends its next request meanwhile.
template <typename T>
ApiCall *fetch(ApiClient &client, const ApiRequest &request, QObject *context, Parser<T> parse,
               Callback<T> done, std::function<void()> answered = {})
{
    auto *call = new ApiCall(&client);
    Completion<T> complete(call, context, std::move(done));
    const QUrl url = client.urlFor(request);
    call->adopt(
        client.send(request, call,
                    [complete, parse = std::move(parse), url,
                     answered = std::move(answered)](const Result<RawResponse> &r) {
                        if (!r.ok()) {
                            complete(r.error());
                            return;
                        }
                        if (answered)
                            answered();
                        const QByteArray &body = r.value().body;
                        if (body.size() < kReadOnAWorkerBytes || !QCoreApplication::instance()) {
                            const Result<T> value = parse(body);
                            complete(value.ok() ? value : located(value.error(), url));
                            return;
                        }
                        // A large answer is read on a worker thread, so that the window keeps
                        // responding; the outcome is delivered on the main thread, where the call
                        // lives.
                        runOffThread(
                            QCoreApplication::instance(), [parse, body] { return parse(body); },
                            [complete, url](const Result<T> &value) {
                                complete(value.ok() ? value : located(value.error(), url));
                            });
                    }));
    return call;
}

// An asynchronous Cloud API write: send it, read the 202 body when there is a parser, then poll
// the Location until the change is DONE. Only then is the value delivered.
template <typename T>
ApiCall *writeAndWait(ApiClient &client, const ApiRequest &request, QObject *context,
                      Parser<T> parse, Callback<T> done)
{
    auto *call = new ApiCall(&client);
    Completion<T> complete(call, context, std::move(done));
    const QUrl url = client.urlFor(request);
    auto accepted = [&client, call, complete, parse = std::move(parse),
                     url](const Result<RawResponse> &r) {
        if (!r.ok()) {
            complete(r.error());
            return;
        }
        Result<T> value = parse(r.value().body);
        if (!value.ok()) {
            complete(located(value.error(), url));
            return;
        }
        const QUrl location(QString::fromUtf8(r.value().header("Location")));
        if (location.isEmpty()) {
            complete(ApiError::parse(url, ApiError::tr("the answer has no Location to follow.")));
            return;
        }
        // .../requests/{id}/status
        call->setAccepted(location.path().section(QLatin1Char('/'), -2, -2));
        RequestStatusService statuses(client);
        call->adopt(statuses.waitUntilDone(location, call,
                                           [complete, value](const Result<RequestStatus> &s) {
                                               if (s.ok())
                                                   complete(value);
                                               else
                                                   complete(s.error());
                                           }));
    };
    call->adopt(client.send(request, call, std::move(accepted)));
    return call;
}

// For answers that carry nothing to read (a 202 or 204 without a body).
inline Result<Done> nothing(const QByteArray &)
{
    return Done{};
}

} // namespace ionos::servicecalls
