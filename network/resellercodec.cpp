#include "network/resellercodec.h"

#include "network/jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ionos::resellercodec {
namespace {

Result<Admin> adminOf(const QJsonObject &object)
{
    JsonFields f(object, QString());
    Admin a;
    a.id = f.integerOrNumericString(QStringLiteral("id"), true);
    a.firstName = f.string(QStringLiteral("firstName"));
    a.lastName = f.string(QStringLiteral("lastName"));
    a.email = f.string(QStringLiteral("email"));
    if (!f.ok())
        return ApiError::parse(QUrl(), f.problem());
    return a;
}

QJsonDocument documentOf(const QByteArray &body, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        *problem =
            QCoreApplication::translate("ResellerCodec", "it is not valid JSON (%1 at byte %2).")
                .arg(error.errorString())
                .arg(error.offset);
    return document;
}

} // namespace

Result<Admin> admin(const QByteArray &body)
{
    QString problem;
    const QJsonDocument document = documentOf(body, &problem);
    if (!problem.isEmpty())
        return ApiError::parse(QUrl(), problem);
    if (!document.isObject())
        return ApiError::parse(
            QUrl(), QCoreApplication::translate("ResellerCodec", "a JSON object was expected."));
    return adminOf(document.object());
}

Result<QList<Admin>> admins(const QByteArray &body)
{
    QString problem;
    const QJsonDocument document = documentOf(body, &problem);
    if (!problem.isEmpty())
        return ApiError::parse(QUrl(), problem);
    if (!document.isArray())
        return ApiError::parse(
            QUrl(), QCoreApplication::translate("ResellerCodec", "a JSON list was expected."));
    QList<Admin> out;
    const QJsonArray items = document.array();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            return ApiError::parse(
                QUrl(), QCoreApplication::translate("ResellerCodec",
                                                    "item %1 of the list is not an object.")
                            .arg(i));
        Result<Admin> a = adminOf(items.at(i).toObject());
        if (!a.ok())
            return a.error();
        out.append(a.value());
    }
    return out;
}

QByteArray createBody(const AdminDraft &draft)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("firstName"), draft.firstName},
                           {QStringLiteral("lastName"), draft.lastName},
                           {QStringLiteral("email"), draft.email},
                           {QStringLiteral("password"), draft.password.value_or(QString())}})
        .toJson(QJsonDocument::Compact);
}

QByteArray updateBody(const AdminDraft &draft)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("firstName"), draft.firstName},
                                     {QStringLiteral("lastName"), draft.lastName},
                                     {QStringLiteral("email"), draft.email}})
        .toJson(QJsonDocument::Compact);
}

} // namespace ionos::resellercodec
