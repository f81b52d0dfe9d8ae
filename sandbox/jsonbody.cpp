#include "sandbox/jsonbody.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace sandbox {

std::optional<HttpResponse> parseJsonObjectBody(const HttpRequest &request, QJsonObject &out)
{
    if (request.body.trimmed().isEmpty())
        return HttpResponse::error(422, QStringLiteral("A request body is required: send a JSON "
                                                       "object."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return HttpResponse::error(400, QStringLiteral("The request body is not valid JSON: %1 at "
                                                       "offset %2.")
                                            .arg(parseError.errorString())
                                            .arg(parseError.offset));
    if (!document.isObject())
        return HttpResponse::error(422, QStringLiteral("The request body must be a JSON object."));
    out = document.object();
    return std::nullopt;
}

namespace {

bool hasKind(const QJsonValue &value, FieldRules::Kind kind)
{
    switch (kind) {
    case FieldRules::Kind::String:
        return value.isString();
    case FieldRules::Kind::Boolean:
        return value.isBool();
    case FieldRules::Kind::Object:
        return value.isObject();
    }
    return false;
}

QString kindName(FieldRules::Kind kind)
{
    switch (kind) {
    case FieldRules::Kind::String:
        return QStringLiteral("a string");
    case FieldRules::Kind::Boolean:
        return QStringLiteral("true or false");
    case FieldRules::Kind::Object:
        return QStringLiteral("an object");
    }
    return {};
}

} // namespace

FieldRules::FieldRules(QString objectName)
    : m_objectName(std::move(objectName))
{}

FieldRules &FieldRules::field(const QString &name, Kind kind, bool required)
{
    m_rules.append({name, kind, required});
    return *this;
}

std::optional<HttpResponse> FieldRules::check(const QJsonObject &object) const
{
    const QString prefix = m_objectName.isEmpty() ? QString() : m_objectName + QLatin1Char('.');
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto rule = std::find_if(m_rules.begin(), m_rules.end(),
                                       [&](const Rule &r) { return r.name == it.key(); });
        if (rule == m_rules.end())
            return HttpResponse::error(
                422, QStringLiteral("Unknown attribute '%1%2'. Check its spelling.")
                         .arg(prefix, it.key()));
        if (!hasKind(*it, rule->kind))
            return HttpResponse::error(422, QStringLiteral("Attribute '%1%2' must be %3.")
                                                .arg(prefix, it.key(), kindName(rule->kind)));
    }
    for (const Rule &rule : m_rules) {
        if (rule.required &&
            (!object.contains(rule.name) ||
             (rule.kind == Kind::String && object.value(rule.name).toString().trimmed().isEmpty())))
            return HttpResponse::error(
                422, QStringLiteral("Attribute '%1%2' is required.").arg(prefix, rule.name));
    }
    return std::nullopt;
}

bool isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[A-Za-z0-9._%+'\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$)"));
    return pattern.match(email).hasMatch();
}

} // namespace sandbox
