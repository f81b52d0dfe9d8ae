#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ionos {

// The areas the privileges are grouped under, in display order.
enum class PrivilegeArea
{
    ComputeNetwork,
    StorageBackup,
    KubernetesContainers,
    DatabasesData,
    Ai,
    DnsCertificatesCdn,
    MonitoringLogging,
    IdentitySecurity
};

// One group privilege of the Cloud API: its JSON key, what the console calls it, what it allows
// and the area it is grouped under. The table drives the codec, the dialogs and the matrix, so
// adding a privilege is one line in privileges.cpp. It is constant: its texts are the source
// strings, translated when they are shown.
struct Privilege
{
    QString key;                 // as the spec spells it; written this way
    const char *labelText;       // marked for translation in the Privileges context
    const char *explanationText; // one line, likewise
    PrivilegeArea area;

    QString label() const;
    QString explanation() const;
    QString areaLabel() const;
};

class Privileges
{
    Q_DECLARE_TR_FUNCTIONS(Privileges)

public:
    // All 25, in the order of the spec.
    static const QList<Privilege> &all();
    static QList<PrivilegeArea> areas();
    static QString areaLabel(PrivilegeArea area);
    // A name that does not change with the language, for object names.
    static QString areaName(PrivilegeArea area);
    // The spec's key for a key as a server or SDK may send it ("createDataCenter" included);
    // empty when the key is not a privilege.
    static QString canonicalKey(const QString &key);
    static int indexOf(const QString &key);
    // A privilege granted or taken away, as a list of changes names it: "+Create Data Center",
    // "−Reserve IP" (the key itself when it is not a privilege).
    static QString change(const QString &key, bool granted);
};

} // namespace ionos
