#pragma once

#include "models/connection/secretstore.h"

#include <QHash>
#include <QTimer>

// A secret store in memory whose operations can be told to fail, for the keychain's error
// paths (a locked keyring, no Secret Service, a keychain that never answers). It answers
// asynchronously, as the real one does.
class FakeSecretStore : public ionos::SecretStore
{
public:
    Problem readProblem = Problem::None;
    Problem writeProblem = Problem::None;
    Problem removeProblem = Problem::None;
    QString detail = QStringLiteral("simulated");
    QHash<QString, QString> secrets;
    int reads = 0;
    int writes = 0;

    void read(const QString &key, QObject *context, Callback done) override
    {
        ++reads;
        Outcome o;
        if (readProblem != Problem::None)
            o = {readProblem, {}, detail};
        else if (!secrets.contains(key))
            o = {Problem::NotFound, {}, {}};
        else
            o.secret = secrets.value(key);
        answer(context, std::move(done), o);
    }
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override
    {
        ++writes;
        Outcome o;
        if (writeProblem != Problem::None)
            o = {writeProblem, {}, detail};
        else
            secrets.insert(key, secret);
        answer(context, std::move(done), o);
    }
    void remove(const QString &key, QObject *context, Callback done) override
    {
        Outcome o;
        if (removeProblem != Problem::None)
            o = {removeProblem, {}, detail};
        else if (!secrets.remove(key))
            o = {Problem::NotFound, {}, {}};
        answer(context, std::move(done), o);
    }

private:
    static void answer(QObject *context, Callback done, const Outcome &o)
    {
        QTimer::singleShot(0, context, [done = std::move(done), o] { done(o); });
    }
};
