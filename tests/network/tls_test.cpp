// TLS errors are never ignored: a server whose certificate cannot be verified gets no request.
#include "budgets.h"
#include "callwaiter.h"
#include "network/groupservice.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ionos;

TEST(Tls, AnUnverifiableCertificateFailsTheCallBeforeAnythingIsSent)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // A throwaway self-signed certificate, made for this test only.
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                   QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem"))});
    ASSERT_TRUE(openssl.waitForFinished(budget::kProgramMs));
    ASSERT_EQ(openssl.exitCode(), 0) << openssl.readAllStandardError().toStdString();
    QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    ASSERT_TRUE(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(tls);
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    QByteArray received;
    QObject::connect(&server, &QSslServer::pendingConnectionAvailable, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            QObject::connect(socket, &QTcpSocket::readyRead,
                             [&, socket] { received += socket->readAll(); });
    });

    QNetworkAccessManager manager;
    ConnectionSettings s;
    s.cloudBase = QUrl(QStringLiteral("https://127.0.0.1:%1/cloudapi/v6").arg(server.serverPort()));
    s.credentials.username = QStringLiteral("someone@example.com");
    s.credentials.password = QStringLiteral("never-sent-1");
    s.retry.maxAttempts = 1;
    ApiClient client(&manager, s);
    CallWaiter<QList<Group>> groups;
    GroupService(client).all(nullptr, groups.callback());
    ASSERT_TRUE(groups.wait());
    ASSERT_FALSE(groups.ok());
    EXPECT_EQ(groups.error().kind, ApiError::Kind::Network);
    EXPECT_TRUE(groups.error().message.contains(QStringLiteral("certificate")))
        << groups.error().message.toStdString();
    EXPECT_FALSE(received.contains("never-sent"))
        << "no HTTP request went over an unverified connection";
    EXPECT_TRUE(received.isEmpty() || !received.contains("GET"));
}
