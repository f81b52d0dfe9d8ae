#pragma once

#include "network/user.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ionos {

class MessageBanner;
class UsersController;
struct ApiError;

// Creates a user or changes one. Input is checked before it is sent; when the server refuses,
// the dialog stays open with everything typed and shows the server's words beside the field they
// name, or above the form.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    UserDialog(UsersController &controller, std::optional<User> existing,
               QWidget *parent = nullptr);

    // What is wrong with the input, for a person; empty when it can be sent.
    QStringList problems() const;

signals:
    // The server reports the user made or changed (just before the dialog closes).
    void saved(const QString &userId);

private:
    void submit();
    void showServerError(const ApiError &error);
    UserDraft draft() const;
    void setBusy(bool busy);

    UsersController &m_controller;
    std::optional<User> m_existing;
    MessageBanner *m_banner;
    QLineEdit *m_firstname;
    QLineEdit *m_lastname;
    QLineEdit *m_email;
    QLabel *m_emailProblem;
    QLineEdit *m_password;
    QLabel *m_passwordProblem;
    QCheckBox *m_administrator;
    QCheckBox *m_forceSecAuth;
    QCheckBox *m_active;
    QPushButton *m_save;
};

} // namespace ionos
