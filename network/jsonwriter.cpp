#include "network/jsonwriter.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace cxone {

void JsonWriter::clear()
{
    m_size = 0; // the room stays for what is written next
    m_first.clear();
    m_afterKey = false;
}

void JsonWriter::grow(qsizetype n)
{
    // The bytes written are kept; what lies past them is room (not initialised).
    m_out.resize(m_size);
    m_out.reserve(std::max(m_size + n, 2 * m_size + 64));
    m_out.resize(m_out.capacity());
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (!m_first.last())
            put(',');
        m_first.last() = false;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    beforeValue();
    put('{');
    m_first.append(true);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    put('}');
    if (!m_first.isEmpty())
        m_first.removeLast();
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    beforeValue();
    put('[');
    m_first.append(true);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    put(']');
    if (!m_first.isEmpty())
        m_first.removeLast();
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    beforeValue();
    put('"');
    escaped(QByteArrayView(name.data(), name.size()));
    put("\":");
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::key(QStringView name)
{
    string(name);
    put(':');
    m_afterKey = true;
    return *this;
}

void JsonWriter::escaped(QByteArrayView s)
{
    static const char hex[] = "0123456789abcdef";
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const qsizetype n = s.size();
    // Eight bytes at a time while none needs escaping (a control character, '"' or '\\'):
    // almost everything written is plain.
    constexpr quint64 ones = 0x0101010101010101ull;
    constexpr quint64 highs = 0x8080808080808080ull;
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 v;
        std::memcpy(&v, p + i, 8);
        const quint64 quote = v ^ (ones * '"');
        const quint64 backslash = v ^ (ones * '\\');
        const quint64 special = ((v - ones * 0x20) & ~v) | ((quote - ones) & ~quote)
                                | ((backslash - ones) & ~backslash);
        if (special & highs)
            break;
    }
    if (i == n) {
        put(s.data(), n);
        return;
    }
    qsizetype plain = 0;
    for (; i < n; ++i) {
        const unsigned char c = p[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        put(s.data() + plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"':
            put("\\\"");
            break;
        case '\\':
            put("\\\\");
            break;
        case '\n':
            put("\\n");
            break;
        case '\r':
            put("\\r");
            break;
        case '\t':
            put("\\t");
            break;
        case '\b':
            put("\\b");
            break;
        case '\f':
            put("\\f");
            break;
        default: {
            const char u[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            put(u, 6);
        }
        }
    }
    put(s.data() + plain, n - plain);
}

JsonWriter &JsonWriter::string(QStringView text)
{
    beforeValue();
    // Most of what is written is ASCII (ids, attribute names, dates, numbers as text): narrowed
    // straight into the output, then escaped only when some byte needs it.
    const qsizetype at = m_size;
    char *out = room(text.size() + 2);
    *out++ = '"';
    bool clean = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            clean = false;
            break;
        }
        clean = clean && u >= 0x20 && u != '"' && u != '\\';
        *out++ = char(u);
    }
    if (clean) {
        *out = '"';
        return *this;
    }
    m_size = at + 1; // again, escaped (and as UTF-8 when it is not ASCII)
    escaped(text.toUtf8());
    put('"');
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
    put('"');
    escaped(QByteArrayView(text.data(), text.size()));
    put('"');
    return *this;
}

JsonWriter &JsonWriter::utf8(QByteArrayView text)
{
    beforeValue();
    put('"');
    escaped(text);
    put('"');
    return *this;
}

JsonWriter &JsonWriter::integer(qint64 value)
{
    beforeValue();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    put(buf, r.ptr - buf);
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
    // The shortest text that round-trips; beyond 64-bit integers always with an exponent, which
    // readers that take a number of digits only as an integer (simdjson) would refuse.
    const auto r
            = std::fabs(value) >= 9223372036854775808.0
                      ? std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific)
                      : std::to_chars(buf, buf + sizeof buf, value);
    put(buf, r.ptr - buf);
    return *this;
}

JsonWriter &JsonWriter::boolean(bool value)
{
    beforeValue();
    if (value)
        put("true");
    else
        put("false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    beforeValue();
    put("null");
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
    put(json.data(), json.size());
    return *this;
}

JsonWriter &JsonWriter::rawKey(QByteArrayView jsonString)
{
    beforeValue();
    put(jsonString.data(), jsonString.size());
    put(':');
    m_afterKey = true;
    return *this;
}

QByteArray toJsonBytes(const QJsonObject &object)
{
    JsonWriter w;
    w.object(object);
    return w.take();
}

} // namespace cxone
