#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace ionos {

// The outcome of one item of a bulk change, for the per-item report.
struct ItemResult
{
    QString target; // what it was about, for a person (a name, an e-mail)
    bool ok = false;
    bool cancelled = false;
    QString message; // the server's words when it failed
};

} // namespace ionos

Q_DECLARE_METATYPE(ionos::ItemResult)
