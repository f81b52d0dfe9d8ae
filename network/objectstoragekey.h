#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace ionos {

// An Object Storage (S3) key of a user. Its id is the access key. The secret is not part of it:
// the API hands it out once, in NewObjectStorageKey.
struct ObjectStorageKey
{
    QString id;
    QString userId;
    bool active = true;
    QDateTime created;
    QDateTime lastModified;

    bool operator==(const ObjectStorageKey &) const = default;
};

// The answer that created a key: the only place its secret ever appears. It is shown once and
// dropped; nothing stores or logs it.
struct NewObjectStorageKey
{
    ObjectStorageKey key;
    QString secret;
};

// Where GET /um/users/{userId}/s3ssourl leads: the Object Storage console, signed in.
struct ObjectStorageSignOn
{
    QUrl url;
};

// At most this many keys a user (the API refuses a sixth).
constexpr int kMaxObjectStorageKeysPerUser = 5;

} // namespace ionos

Q_DECLARE_METATYPE(ionos::NewObjectStorageKey)
