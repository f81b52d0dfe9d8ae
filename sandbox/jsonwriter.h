#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QVarLengthArray>

namespace sandbox {

// Writes compact JSON straight into bytes, for the answers that are large and asked for often
// (a page of users): building QJsonObjects and then serializing them costs several times as
// much. Keys are written in the order given; callers give them sorted, as QJsonDocument does.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype expectedBytes = 0) { m_out.reserve(expectedBytes); }

    JsonWriter &beginObject(QLatin1StringView key = {});
    JsonWriter &endObject();
    JsonWriter &beginArray(QLatin1StringView key = {});
    JsonWriter &endArray();

    JsonWriter &field(QLatin1StringView key, const QString &value);
    JsonWriter &field(QLatin1StringView key, bool value);
    JsonWriter &field(QLatin1StringView key, qint64 value);
    JsonWriter &field(QLatin1StringView key, int value) { return field(key, qint64(value)); }
    // A value written before by another JsonWriter, as an item of an array or under a key.
    JsonWriter &raw(const QByteArray &json, QLatin1StringView key = {});

    const QByteArray &bytes() const { return m_out; }

private:
    void open(QLatin1StringView key, char bracket);
    void close(char bracket);
    void next(QLatin1StringView key);
    void string(const QString &text);

    QByteArray m_out;
    QVarLengthArray<bool, 8> m_empty; // per open object or array: nothing written in it yet
};

} // namespace sandbox
