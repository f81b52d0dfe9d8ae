#pragma once

#include "sandbox/httpexchange.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace sandbox {

// Reads a request body that must be a JSON object: 400 for malformed JSON, 422 when it is
// missing or not an object.
std::optional<HttpResponse> parseJsonObjectBody(const HttpRequest &request, QJsonObject &out);

// Checks a JSON object's fields by name: kinds, required ones, and no unknown names. Each
// failure is a 422 whose message names the field.
class FieldRules
{
public:
    enum class Kind
    {
        String,
        Boolean,
        Object
    };

    explicit FieldRules(QString objectName);
    FieldRules &field(const QString &name, Kind kind, bool required = false);

    std::optional<HttpResponse> check(const QJsonObject &object) const;

private:
    struct Rule
    {
        QString name;
        Kind kind;
        bool required;
    };
    QString m_objectName;
    QList<Rule> m_rules;
};

bool isValidEmail(const QString &email);

} // namespace sandbox
