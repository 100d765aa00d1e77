#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace cxone {

// Writes compact JSON straight into bytes, for the paths that write a lot of it (request bodies,
// journal lines, simulator answers): no QJsonObject is built first, keys keep the order they are
// written in, strings are escaped as RFC 8259 says and numbers round-trip. Calls must nest
// properly (key before each member value, end what was begun); the writer puts the commas.
class JsonWriter final
{
public:
    explicit JsonWriter(qsizetype reserve = 256) { m_out.resize(std::max<qsizetype>(reserve, 16)); }

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();

    JsonWriter &key(QLatin1StringView name); // ASCII names written as they are
    JsonWriter &key(QStringView name);

    JsonWriter &string(QStringView text);
    JsonWriter &string(QLatin1StringView text);
    JsonWriter &utf8(QByteArrayView text); // UTF-8 text (escaped; not validated)
    JsonWriter &integer(qint64 value);
    JsonWriter &number(double value); // NaN and infinities are not JSON: written as null
    JsonWriter &boolean(bool value);
    JsonWriter &null();
    JsonWriter &value(const QJsonValue &value);
    JsonWriter &object(const QJsonObject &object);
    JsonWriter &array(const QJsonArray &array);
    // Text that is JSON already (one value).
    JsonWriter &raw(QByteArrayView json);
    // A key that is written as a JSON string already ("name", quotes included).
    JsonWriter &rawKey(QByteArrayView jsonString);

    // Shorthands for a member.
    JsonWriter &member(QLatin1StringView name, QStringView text) { return key(name).string(text); }
    JsonWriter &member(QLatin1StringView name, const QString &text)
    {
        return key(name).string(QStringView(text));
    }
    JsonWriter &member(QLatin1StringView name, const char *)
            = delete; // say which: Latin-1 or UTF-8
    JsonWriter &member(QLatin1StringView name, QLatin1StringView text)
    {
        return key(name).string(text);
    }
    JsonWriter &member(QLatin1StringView name, qint64 v) { return key(name).integer(v); }
    JsonWriter &member(QLatin1StringView name, int v) { return key(name).integer(v); }
    JsonWriter &member(QLatin1StringView name, bool v) { return key(name).boolean(v); }
    JsonWriter &member(QLatin1StringView name, const QJsonValue &v) { return key(name).value(v); }

    const QByteArray &bytes() const
    {
        m_out.resize(m_size); // (keeps its capacity: writing goes on without reallocating)
        return m_out;
    }
    QByteArray take()
    {
        m_out.resize(m_size);
        m_size = 0;
        return std::exchange(m_out, {});
    }
    qsizetype size() const { return m_size; }
    void clear();

private:
    void beforeValue();
    void escaped(QByteArrayView utf8);
    // Room for n more bytes at the end: where to write them (written bytes are counted).
    char *room(qsizetype n)
    {
        if (m_size + n > m_out.size())
            grow(n);
        char *p = m_out.data() + m_size;
        m_size += n;
        return p;
    }
    void grow(qsizetype n);
    void put(char c) { *room(1) = c; }
    void put(const char *s, qsizetype n)
    {
        if (n > 0)
            std::memcpy(room(n), s, size_t(n));
    }
    template<qsizetype N>
    void put(const char (&s)[N])
    {
        put(s, N - 1);
    }

    // The bytes written are the first m_size of m_out; the rest of it is room.
    mutable QByteArray m_out;
    qsizetype m_size = 0;
    QVarLengthArray<bool, 16> m_first; // per open container: nothing written in it yet
    bool m_afterKey = false;
};

// A whole object as compact JSON, members in QJsonObject's order.
QByteArray toJsonBytes(const QJsonObject &object);

} // namespace cxone
