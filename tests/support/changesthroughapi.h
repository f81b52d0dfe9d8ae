#pragma once

#include "httpprobe.h"
#include "sandboxharness.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <gtest/gtest.h>

#include <functional>

// Changes to the sandbox's account through its API, as another tool would make them behind the
// console's back; each is DONE before it returns.
class ChangesThroughApi
{
public:
    explicit ChangesThroughApi(SandboxHarness &h)
        : m_h(h)
    {}

    void send(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        const ProbeReply r = m_h.probe().send(
            method, m_h.cloud(path), body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        ASSERT_TRUE(r.status == 202 || r.status == 200 || r.status == 201)
            << method.toStdString() << " " << path.toStdString() << ": " << r.status;
        if (r.status == 202) {
            ASSERT_EQ(m_h.waitForRequest(r), QStringLiteral("DONE"));
        }
    }

    // A user's properties as they are, changed by `edit`, put back whole.
    void editUser(const QString &userId, const std::function<void(QJsonObject &)> &edit)
    {
        const sandbox::SbUser *u = m_h.state().user(userId);
        ASSERT_TRUE(u);
        QJsonObject p{{QStringLiteral("firstname"), u->firstname},
                      {QStringLiteral("lastname"), u->lastname},
                      {QStringLiteral("email"), u->email},
                      {QStringLiteral("administrator"), u->administrator},
                      {QStringLiteral("forceSecAuth"), u->forceSecAuth},
                      {QStringLiteral("active"), u->active}};
        edit(p);
        send("PUT", QStringLiteral("/um/users/%1").arg(userId),
             {{QStringLiteral("properties"), p}});
    }

    // A group's name and privileges as they are, changed by `edit`, put back whole.
    void editGroup(const QString &groupId, const std::function<void(QJsonObject &)> &edit)
    {
        const sandbox::SbGroup *g = m_h.state().group(groupId);
        ASSERT_TRUE(g);
        QJsonObject p{{QStringLiteral("name"), g->name}};
        for (auto it = g->privileges.begin(); it != g->privileges.end(); ++it)
            p.insert(it.key(), it.value());
        edit(p);
        send("PUT", QStringLiteral("/um/groups/%1").arg(groupId),
             {{QStringLiteral("properties"), p}});
    }

    void share(const QByteArray &method, const QString &groupId, const QString &resourceId,
               bool edit, bool reshare)
    {
        send(method, QStringLiteral("/um/groups/%1/shares/%2").arg(groupId, resourceId),
             {{QStringLiteral("properties"),
               QJsonObject{{QStringLiteral("editPrivilege"), edit},
                           {QStringLiteral("sharePrivilege"), reshare}}}});
    }

    // A new user with a password of their own; returns the id.
    QString createUser(const QString &firstname, const QString &lastname, const QString &email,
                       bool administrator)
    {
        send("POST", QStringLiteral("/um/users"),
             {{QStringLiteral("properties"),
               QJsonObject{{QStringLiteral("firstname"), firstname},
                           {QStringLiteral("lastname"), lastname},
                           {QStringLiteral("email"), email},
                           {QStringLiteral("password"), QStringLiteral("a-Long-passw0rd!")},
                           {QStringLiteral("administrator"), administrator},
                           {QStringLiteral("forceSecAuth"), false}}}});
        const sandbox::SbUser *made = m_h.state().userByEmail(email);
        EXPECT_TRUE(made) << email.toStdString();
        return made ? made->id : QString();
    }

    void addMember(const QString &groupId, const QString &userId)
    {
        send("POST", QStringLiteral("/um/groups/%1/users").arg(groupId),
             {{QStringLiteral("id"), userId}});
    }

private:
    SandboxHarness &m_h;
};

// What one set has that the other has not, for a failure's message.
inline std::string mismatchOf(const QSet<QString> &got, const QSet<QString> &wanted)
{
    const QSet<QString> extra = got - wanted;
    const QSet<QString> missing = wanted - got;
    return (QStringLiteral("there but not expected: ") +
            QStringList(extra.begin(), extra.end()).join(QStringLiteral(" | ")) +
            QStringLiteral("\nexpected but not there: ") +
            QStringList(missing.begin(), missing.end()).join(QStringLiteral(" | ")))
        .toStdString();
}
