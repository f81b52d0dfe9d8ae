#include "models/import/passwordsfile.h"

#include "models/tableexport.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace ionos {

PasswordsFile::~PasswordsFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QString PasswordsFile::taken(const QString &path)
{
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
        return {};
    return tr("%1 exists already; passwords are never written over a file. Choose another name.")
        .arg(path);
}

QString PasswordsFile::create(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    // O_EXCL: never over a file that exists (nor through a link); 0600 from the start.
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return taken(path);
        return tr("%1 cannot be created: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
    }
    m_fd = fd;
    m_path = path;
    return {};
}

QString PasswordsFile::write(const QList<Entry> &entries)
{
    if (m_fd < 0)
        return tr("The passwords file was not created.");
    QByteArray bytes = "email,password\r\n";
    for (const Entry &e : entries)
        bytes += csvField(e.email) + ',' + csvField(e.password) + "\r\n";
    QString problem;
    if (entries.isEmpty()) {
        ::unlink(QFile::encodeName(m_path).constData());
    } else {
        qsizetype written = 0;
        while (written < bytes.size()) {
            const ssize_t n = ::write(m_fd, bytes.constData() + written, bytes.size() - written);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                problem = tr("%1 could not be written: %2")
                              .arg(m_path, QString::fromLocal8Bit(strerror(errno)));
                break;
            }
            written += n;
        }
        if (problem.isEmpty() && ::fsync(m_fd) != 0)
            problem = tr("%1 could not be written: %2")
                          .arg(m_path, QString::fromLocal8Bit(strerror(errno)));
    }
    bytes.fill('\0'); // the passwords leave memory with the file
    ::close(m_fd);
    m_fd = -1;
    return problem;
}

QString passwordsAsText(const QList<PasswordsFile::Entry> &entries)
{
    QString text;
    for (const PasswordsFile::Entry &e : entries)
        text += e.email + QLatin1Char('\t') + e.password + QLatin1Char('\n');
    return text;
}

} // namespace ionos
