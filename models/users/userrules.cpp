#include "models/users/userrules.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace ionos::UserRules {

bool isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[A-Za-z0-9._%+'\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$)"));
    return pattern.match(email).hasMatch();
}

QString generatePassword()
{
    static const QList<QString> kinds{
        QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ"),
        QStringLiteral("abcdefghijkmnpqrstuvwxyz"),
        QStringLiteral("23456789"),
        QStringLiteral("!#$%&*?^_~"),
    };
    static const QString all = kinds.join(QString());
    constexpr int kLength = 20;
    QRandomGenerator *random = QRandomGenerator::system();
    QString password;
    // One of each kind, the rest of any, then shuffled.
    for (const QString &kind : kinds)
        password += kind.at(random->bounded(int(kind.size())));
    while (password.size() < kLength)
        password += all.at(random->bounded(int(all.size())));
    for (int i = int(password.size()) - 1; i > 0; --i)
        std::swap(password[i], password[random->bounded(i + 1)]);
    return password;
}

} // namespace ionos::UserRules
