#include "sandbox/generatedsecrets.h"

#include <QFile>
#include <QMutex>

namespace sandbox {

void GeneratedSecrets::record(const QString &secret)
{
    const QString path = qEnvironmentVariable("IONOS_SANDBOX_SECRET_LOG");
    if (path.isEmpty() || secret.isEmpty())
        return;
    static QMutex mutex;
    const QMutexLocker lock(&mutex);
    QFile file(path);
    // One short append per secret: lines from several test processes do not interleave.
    if (file.open(QIODevice::Append | QIODevice::WriteOnly))
        file.write((secret + QLatin1Char('\n')).toUtf8());
}

} // namespace sandbox
