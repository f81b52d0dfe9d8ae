#pragma once

#include "ui/common/messagebanner.h"

#include "models/connection/connectionprofile.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class ConnectionDialog;
}

namespace ionos {

class ApiCall;
class SessionController;
struct ConnectionVerdict;

// Profiles and sign-in: the APIs' addresses, a token or a username and password, the contract
// number and the reseller contracts. The secret goes only to the keychain. A failed sign-in keeps
// everything typed and says why in plain words.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(SessionController &session, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // Shows a saved profile, or a new one when the name is empty or unknown.
    void showProfile(const QString &name);
    // Shows why signing in did not happen (for example at start).
    void showProblem(const QString &text) { showMessage(Tone::Error, text); }
    // What the last sign-in said about saving the secret; empty when it was saved.
    QString saveNote() const { return m_saveNote; }

private:
    using Tone = MessageBanner::Tone;

    void reloadProfiles(const QString &select);
    void profileChosen(int index);
    void authChanged();
    void fill(const ConnectionProfile &profile);
    void applyOverrides();
    std::optional<ConnectionProfile> collect(QString *problem) const;
    QString typedSecret() const;
    void testConnection();
    void signIn();
    void signInFinished(const ConnectionVerdict &verdict, const QString &saveNote);
    void forgetProfile();
    void setBusy(bool busy);
    void showMessage(Tone tone, const QString &text);

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    SessionController &m_session;
    std::optional<QString> m_storedSecret; // read from the keychain or the environment
    bool m_secretFromEnvironment = false;
    bool m_signingIn = false;
    QPointer<ApiCall> m_test;
    QString m_saveNote;
    QObject *m_secretReads = nullptr; // context of keychain reads; replaced on each profile
};

} // namespace ionos
