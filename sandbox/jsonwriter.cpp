#include "sandbox/jsonwriter.h"

namespace sandbox {

JsonWriter &JsonWriter::beginObject(QLatin1StringView key)
{
    open(key, '{');
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    close('}');
    return *this;
}

JsonWriter &JsonWriter::beginArray(QLatin1StringView key)
{
    open(key, '[');
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    close(']');
    return *this;
}

JsonWriter &JsonWriter::field(QLatin1StringView key, const QString &value)
{
    next(key);
    string(value);
    return *this;
}

JsonWriter &JsonWriter::field(QLatin1StringView key, bool value)
{
    next(key);
    m_out += value ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::field(QLatin1StringView key, qint64 value)
{
    next(key);
    m_out += QByteArray::number(value);
    return *this;
}

JsonWriter &JsonWriter::raw(const QByteArray &json, QLatin1StringView key)
{
    next(key);
    m_out += json;
    return *this;
}

void JsonWriter::open(QLatin1StringView key, char bracket)
{
    next(key);
    m_out += bracket;
    m_empty.append(true);
}

void JsonWriter::close(char bracket)
{
    Q_ASSERT(!m_empty.isEmpty());
    m_empty.removeLast();
    m_out += bracket;
}

void JsonWriter::next(QLatin1StringView key)
{
    if (!m_empty.isEmpty()) {
        if (!m_empty.last())
            m_out += ',';
        m_empty.last() = false;
    }
    if (!key.isNull()) {
        m_out += '"';
        m_out.append(key.data(), key.size()); // keys are plain ASCII names of the spec
        m_out += "\":";
    }
}

void JsonWriter::string(const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    m_out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\b':
            m_out += "\\b";
            break;
        case '\f':
            m_out += "\\f";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (byte < 0x20) {
                m_out += "\\u00";
                m_out += hex[byte >> 4];
                m_out += hex[byte & 0xf];
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
}

} // namespace sandbox
