#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace ionos {

// Everything a failed call can say: what kind of failure, the HTTP status, the server's own
// error code and words, and a message for a person. It never carries a credential.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        None,
        Network,       // could not reach the server, or the connection broke
        Timeout,       // no answer in time
        Cancelled,     // the caller cancelled, or went away
        Http,          // the server answered with an error status
        Parse,         // the answer could not be read
        RequestFailed, // the server accepted a change, then reported it FAILED
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString errorCode;
    QString serverMessage;
    // For a person: what happened and what to do, in plain words and the server's own words
    // where it gave any; no status code, host, address or socket error.
    QString message;
    // For whoever looks further: the status code, the server's error code, the host, the
    // network error. Shown behind "Details".
    QString details;
    QString requestId;
    bool fromEnvelope = false; // the body was the API's own error envelope

    bool isError() const { return kind != Kind::None; }
    // What a delete asks for: the thing does not exist (any more).
    bool isGone() const { return kind == Kind::Http && httpStatus == 404; }
    // Whether a write that ended so may still have been made: the answer was lost or cut off,
    // or a server or gateway failed (5xx). Only reading back tells.
    bool isUncertain() const
    {
        return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Parse ||
               (kind == Kind::Http && httpStatus >= 500);
    }
    // Whether the same request may succeed later: the network, a server in trouble, or the
    // rate limit.
    bool isTransient() const
    {
        return kind == Kind::Network || kind == Kind::Timeout ||
               (kind == Kind::Http && (httpStatus == 429 || httpStatus >= 500));
    }

    // Whether the failure says the server cannot be reached now: the connection failed, or a
    // gateway in front answered for a backend that is not there (502, 503, 504, or a 500 that
    // is not the API's own error envelope). The API itself answering 500 is not an outage.
    bool isOutage() const
    {
        return kind == Kind::Network || kind == Kind::Timeout ||
               (kind == Kind::Http && (httpStatus == 502 || httpStatus == 503 ||
                                       httpStatus == 504 || (httpStatus == 500 && !fromEnvelope)));
    }

    static ApiError cancelled();
    static ApiError timeout(const QUrl &url, int afterMs);
    static ApiError network(const QUrl &url, QNetworkReply::NetworkError code);
    static ApiError truncated(const QUrl &url);
    // A read let go while the server could not be reached; it is asked for again once it is.
    static ApiError connectionLost();
    static ApiError parse(const QUrl &url, const QString &what);
    // An error status; the body is read as the IONOS error envelope when it is one.
    static ApiError http(const QUrl &url, int status, const QByteArray &body);
    static ApiError requestFailed(const QString &requestId, const QString &serverMessage);
};

} // namespace ionos
