#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ionos {

// A shareable resource (data center, snapshot, image, IP block, cross connect, backup unit,
// Kubernetes cluster, or any other type the server lists).
struct Resource
{
    QString id;
    QString type;
    QString name;
    bool secAuthProtection = false;
    QString state;
    QDateTime created;
    QString createdBy;
    QString createdByUserId;
    QStringList groupIds; // the groups it is shared with, when the server lists them

    bool operator==(const Resource &) const = default;
};

} // namespace ionos
