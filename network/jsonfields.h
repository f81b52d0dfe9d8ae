#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ionos {

// Reads typed fields of one JSON object and remembers the first problem: a required field
// that is missing, or a field of the wrong type. Missing optional fields give the fallback.
class JsonFields
{
public:
    JsonFields(const QJsonObject &object, QString path);

    QString string(const QString &name, bool required = false);
    bool boolean(const QString &name, bool fallback);
    std::optional<QDateTime> dateTime(const QString &name);
    QJsonObject object(const QString &name, bool required = false);
    QJsonArray array(const QString &name, bool required = false);
    qint64 integerOrNumericString(const QString &name, bool required = false);
    int integer(const QString &name, int fallback);

    bool ok() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    // Adopts another reader's problem (for nested objects).
    void take(const JsonFields &nested);

private:
    bool present(const QString &name, bool required);
    void fail(const QString &problem);

    QJsonObject m_object;
    QString m_path;
    QString m_problem;
};

} // namespace ionos
