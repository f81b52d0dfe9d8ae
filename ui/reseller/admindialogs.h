#pragma once

#include "network/admin.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ionos {

class AdminsController;
class MessageBanner;

// Creates an admin of a reseller contract (first name, last name, e-mail, password typed twice)
// or changes one's names and e-mail. A refused save keeps the dialog open with the input.
class AdminDialog : public QDialog
{
    Q_OBJECT

public:
    AdminDialog(AdminsController &controller, std::optional<Admin> existing,
                QWidget *parent = nullptr);
    QStringList problems() const;

signals:
    // The admin was created or changed on the server.
    void saved(qint64 adminId);

private:
    void submit();

    AdminsController &m_controller;
    std::optional<Admin> m_existing;
    MessageBanner *m_banner;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_email;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QPushButton *m_save;
};

// Deleting an admin is highly destructive: the dialog names the contract and asks for the
// admin's e-mail to be typed before Delete is possible.
class DeleteAdminDialog : public QDialog
{
    Q_OBJECT

public:
    DeleteAdminDialog(AdminsController &controller, const Admin &admin, QWidget *parent = nullptr);

private:
    void submit();

    AdminsController &m_controller;
    Admin m_admin;
    MessageBanner *m_banner;
    QLineEdit *m_typed;
    QPushButton *m_delete;
};

} // namespace ionos
