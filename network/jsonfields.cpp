#include "network/jsonfields.h"

#include <QCoreApplication>

namespace ionos {
JsonFields::JsonFields(const QJsonObject &object, QString path)
    : m_object(object)
    , m_path(std::move(path))
{}

void JsonFields::fail(const QString &problem)
{
    if (m_problem.isEmpty())
        m_problem = problem;
}

void JsonFields::take(const JsonFields &nested)
{
    if (!nested.ok())
        fail(nested.problem());
}

bool JsonFields::present(const QString &name, bool required)
{
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(QCoreApplication::translate("JsonFields", "'%1' is missing.").arg(m_path + name));
        return false;
    }
    return true;
}

QString JsonFields::string(const QString &name, bool required)
{
    if (!present(name, required))
        return {};
    const QJsonValue v = m_object.value(name);
    if (!v.isString()) {
        fail(QCoreApplication::translate("JsonFields", "'%1' should be text.").arg(m_path + name));
        return {};
    }
    if (required && v.toString().isEmpty())
        fail(QCoreApplication::translate("JsonFields", "'%1' is empty.").arg(m_path + name));
    return v.toString();
}

bool JsonFields::boolean(const QString &name, bool fallback)
{
    if (!present(name, false))
        return fallback;
    const QJsonValue v = m_object.value(name);
    if (!v.isBool()) {
        fail(QCoreApplication::translate("JsonFields", "'%1' should be true or false.")
                 .arg(m_path + name));
        return fallback;
    }
    return v.toBool();
}

std::optional<QDateTime> JsonFields::dateTime(const QString &name)
{
    const QString text = string(name);
    if (text.isEmpty())
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        fail(QCoreApplication::translate("JsonFields", "'%1' is not a date and time.")
                 .arg(m_path + name));
        return std::nullopt;
    }
    return time;
}

QJsonObject JsonFields::object(const QString &name, bool required)
{
    if (!present(name, required))
        return {};
    const QJsonValue v = m_object.value(name);
    if (!v.isObject()) {
        fail(QCoreApplication::translate("JsonFields", "'%1' should be an object.")
                 .arg(m_path + name));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonFields::array(const QString &name, bool required)
{
    if (!present(name, required))
        return {};
    const QJsonValue v = m_object.value(name);
    if (!v.isArray()) {
        fail(
            QCoreApplication::translate("JsonFields", "'%1' should be a list.").arg(m_path + name));
        return {};
    }
    return v.toArray();
}

qint64 JsonFields::integerOrNumericString(const QString &name, bool required)
{
    if (!present(name, required))
        return 0;
    const QJsonValue v = m_object.value(name);
    bool ok = false;
    qint64 value = 0;
    if (v.isString())
        value = v.toString().toLongLong(&ok);
    else if (v.isDouble() && v.toDouble() == double(v.toInteger())) {
        value = v.toInteger();
        ok = true;
    }
    if (!ok)
        fail(QCoreApplication::translate("JsonFields", "'%1' should be a whole number.")
                 .arg(m_path + name));
    return ok ? value : 0;
}

int JsonFields::integer(const QString &name, int fallback)
{
    if (!present(name, false))
        return fallback;
    const QJsonValue v = m_object.value(name);
    if (!v.isDouble() || v.toDouble() != double(v.toInt())) {
        fail(QCoreApplication::translate("JsonFields", "'%1' should be a whole number.")
                 .arg(m_path + name));
        return fallback;
    }
    return v.toInt();
}

} // namespace ionos
