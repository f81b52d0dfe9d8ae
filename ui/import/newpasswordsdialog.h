#pragma once

#include "models/import/passwordsfile.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace ionos {

class MessageBanner;

// The passwords the console generated for new users, shown once: a line per user, Copy All and
// Save to File (a new file readable by its owner alone, never over one that exists). Closing
// the dialog drops them; they are kept nowhere else.
class NewPasswordsDialog : public QDialog
{
    Q_OBJECT

public:
    NewPasswordsDialog(QList<PasswordsFile::Entry> passwords, QWidget *parent = nullptr);
    ~NewPasswordsDialog() override;

    // Writes them to path (new); empty when written, else why not, also shown in the dialog.
    QString saveTo(const QString &path);

private:
    void copyAll();
    void chooseFile();
    void forget();

    QList<PasswordsFile::Entry> m_passwords;
    MessageBanner *m_banner;
    QTableWidget *m_table;
    QPushButton *m_copy;
    QPushButton *m_save;
};

} // namespace ionos
