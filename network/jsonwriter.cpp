#include "jsonwriter.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace cxone {

void JsonWriter::clear()
{
    m_out.clear();
    m_first.clear();
    m_afterKey = false;
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (!m_first.last())
            m_out += ',';
        m_first.last() = false;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_first.append(true);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out += '}';
    if (!m_first.isEmpty())
        m_first.removeLast();
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_first.append(true);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out += ']';
    if (!m_first.isEmpty())
        m_first.removeLast();
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    beforeValue();
    m_out += '"';
    escaped(QByteArrayView(name.data(), name.size()));
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::key(QStringView name)
{
    string(name);
    m_out += ':';
    m_afterKey = true;
    return *this;
}

void JsonWriter::escaped(QByteArrayView s)
{
    static const char hex[] = "0123456789abcdef";
    qsizetype plain = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(s.data() + plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
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
        case '\b':
            m_out += "\\b";
            break;
        case '\f':
            m_out += "\\f";
            break;
        default: {
            const char u[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            m_out.append(u, 6);
        }
        }
    }
    m_out.append(s.data() + plain, s.size() - plain);
}

JsonWriter &JsonWriter::string(QStringView text)
{
    beforeValue();
    m_out += '"';
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        // Most of what is written: ids, attribute names, dates, numbers as text.
        const qsizetype at = m_out.size();
        m_out.resize(at + text.size());
        char *out = m_out.data() + at;
        for (const QChar c : text)
            *out++ = char(c.unicode());
        const qsizetype end = m_out.size();
        bool clean = true;
        for (qsizetype i = at; i < end && clean; ++i) {
            const char c = m_out[i];
            clean = static_cast<unsigned char>(c) >= 0x20 && c != '"' && c != '\\';
        }
        if (!clean) {
            const QByteArray bytes = m_out.mid(at);
            m_out.truncate(at);
            escaped(bytes);
        }
    } else {
        escaped(text.toUtf8());
    }
    m_out += '"';
    return *this;
}

JsonWriter &JsonWriter::string(QLatin1StringView text)
{
    bool ascii = true;
    for (const char c : text)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (!ascii)
        return string(QString(text));
    beforeValue();
    m_out += '"';
    escaped(QByteArrayView(text.data(), text.size()));
    m_out += '"';
    return *this;
}

JsonWriter &JsonWriter::utf8(QByteArrayView text)
{
    beforeValue();
    m_out += '"';
    escaped(text);
    m_out += '"';
    return *this;
}

JsonWriter &JsonWriter::integer(qint64 value)
{
    beforeValue();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    m_out.append(buf, r.ptr - buf);
    return *this;
}

JsonWriter &JsonWriter::number(double value)
{
    if (!std::isfinite(value))
        return null();
    // Whole numbers that a double holds exactly are written without a fraction or exponent.
    if (value == std::trunc(value) && std::fabs(value) < 9007199254740992.0)
        return integer(qint64(value));
    beforeValue();
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, value); // shortest that round-trips
    m_out.append(buf, r.ptr - buf);
    return *this;
}

JsonWriter &JsonWriter::boolean(bool value)
{
    beforeValue();
    m_out += value ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::null()
{
    beforeValue();
    m_out += "null";
    return *this;
}

JsonWriter &JsonWriter::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return null();
    case QJsonValue::Bool:
        return boolean(v.toBool());
    case QJsonValue::Double: {
        // Integers keep every digit (a double would round those above 2^53).
        const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
        if (i != std::numeric_limits<qint64>::min() || v.toDouble() == double(i))
            return integer(i);
        return number(v.toDouble());
    }
    case QJsonValue::String:
        return string(v.toString());
    case QJsonValue::Array:
        return array(v.toArray());
    case QJsonValue::Object:
        return object(v.toObject());
    }
    return null();
}

JsonWriter &JsonWriter::object(const QJsonObject &o)
{
    beginObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        key(it.key());
        value(it.value());
    }
    return endObject();
}

JsonWriter &JsonWriter::array(const QJsonArray &a)
{
    beginArray();
    for (const QJsonValue v : a)
        value(v);
    return endArray();
}

JsonWriter &JsonWriter::raw(QByteArrayView json)
{
    beforeValue();
    m_out.append(json);
    return *this;
}

QByteArray toJsonBytes(const QJsonObject &object)
{
    JsonWriter w;
    w.object(object);
    return w.take();
}

} // namespace cxone
