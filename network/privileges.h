#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ionos {

// One group privilege of the Cloud API: its JSON key, what the console calls it, what it allows
// and the area it is grouped under. The table drives the codec, the dialogs and the matrix, so
// adding a privilege is one line in privileges.cpp.
struct Privilege
{
    QString key;         // as the spec spells it; written this way
    QString label;       // translated
    QString explanation; // translated, one line
    QString area;        // translated
};

class Privileges
{
    Q_DECLARE_TR_FUNCTIONS(Privileges)

public:
    // All 25, in the order of the spec.
    static const QList<Privilege> &all();
    // The areas in display order.
    static QStringList areas();
    // The spec's key for a key as a server or SDK may send it ("createDataCenter" included);
    // empty when the key is not a privilege.
    static QString canonicalKey(const QString &key);
    static int indexOf(const QString &key);
};

} // namespace ionos
