#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ionos {

// The new users' passwords, written once to a file the person chose: created readable and
// writable by its owner alone, never over a file that exists. Nothing else writes them anywhere.
class PasswordsFile
{
    Q_DECLARE_TR_FUNCTIONS(PasswordsFile)

public:
    struct Entry
    {
        QString email;
        QString password;
    };

    PasswordsFile() = default;
    ~PasswordsFile();
    PasswordsFile(const PasswordsFile &) = delete;
    PasswordsFile &operator=(const PasswordsFile &) = delete;

    // Why path cannot be used (it exists); empty when it can.
    static QString taken(const QString &path);
    // Creates the file, empty, before anything is changed; empty when it did, else why not (it
    // exists, or the system's words).
    QString create(const QString &path);
    // Writes the entries as CSV (email,password) and closes the file; empty when written, else
    // why not. Without entries the file created is removed again.
    QString write(const QList<Entry> &entries);
    const QString &path() const { return m_path; }

private:
    QString m_path;
    int m_fd = -1;
};

// The passwords as text to copy: a line "email<TAB>password" each.
QString passwordsAsText(const QList<PasswordsFile::Entry> &entries);

} // namespace ionos
