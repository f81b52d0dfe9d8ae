#include "models/account/resourcetypes.h"

namespace ionos {
namespace {

// The known types in the console's order, each with its names for people.
struct TypeNames
{
    const char *type;
    const char *plural;
    const char *singular;
};
constexpr TypeNames kTypes[] = {
    {"datacenter", QT_TRANSLATE_NOOP("ResourceTypes", "Data centers"),
     QT_TRANSLATE_NOOP("ResourceTypes", "Data center")},
    {"snapshot", QT_TRANSLATE_NOOP("ResourceTypes", "Snapshots"),
     QT_TRANSLATE_NOOP("ResourceTypes", "Snapshot")},
    {"image", QT_TRANSLATE_NOOP("ResourceTypes", "Images"),
     QT_TRANSLATE_NOOP("ResourceTypes", "Image")},
    {"ipblock", QT_TRANSLATE_NOOP("ResourceTypes", "IP blocks"),
     QT_TRANSLATE_NOOP("ResourceTypes", "IP block")},
    {"pcc", QT_TRANSLATE_NOOP("ResourceTypes", "Cross connects"),
     QT_TRANSLATE_NOOP("ResourceTypes", "Cross connect")},
    {"backupunit", QT_TRANSLATE_NOOP("ResourceTypes", "Backup units"),
     QT_TRANSLATE_NOOP("ResourceTypes", "Backup unit")},
    {"k8s", QT_TRANSLATE_NOOP("ResourceTypes", "Kubernetes clusters"),
     QT_TRANSLATE_NOOP("ResourceTypes", "Kubernetes cluster")},
};

const TypeNames *namesOf(const QString &type)
{
    for (const TypeNames &t : kTypes) {
        if (QLatin1String(t.type) == type)
            return &t;
    }
    return nullptr;
}

} // namespace

const QStringList &ResourceTypes::known()
{
    static const QStringList types = [] {
        QStringList all;
        for (const TypeNames &t : kTypes)
            all << QString::fromLatin1(t.type);
        return all;
    }();
    return types;
}

QString ResourceTypes::label(const QString &type)
{
    const TypeNames *names = namesOf(type);
    return names ? tr(names->plural) : type;
}

QString ResourceTypes::singular(const QString &type)
{
    const TypeNames *names = namesOf(type);
    return names ? tr(names->singular) : type;
}

QString ResourceTypes::nameWithType(const QString &name, const QString &type)
{
    if (type.isEmpty())
        return name;
    return tr("%1 (%2)", "a resource's name and its type").arg(name, singular(type));
}

} // namespace ionos
