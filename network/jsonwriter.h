#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVarLengthArray>

namespace cxone {

// Writes compact JSON straight into bytes, for the paths that write a lot of it (request bodies,
// journal lines, simulator answers): no QJsonObject is built first, keys keep the order they are
// written in, strings are escaped as RFC 8259 says and numbers round-trip. Calls must nest
// properly (key before each member value, end what was begun); the writer puts the commas.
class JsonWriter final
{
public:
    explicit JsonWriter(qsizetype reserve = 256) { m_out.reserve(reserve); }

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

    const QByteArray &bytes() const { return m_out; }
    QByteArray take() { return std::exchange(m_out, {}); }
    void clear();

private:
    void beforeValue();
    void escaped(QByteArrayView utf8);

    QByteArray m_out;
    QVarLengthArray<bool, 16> m_first; // per open container: nothing written in it yet
    bool m_afterKey = false;
};

// A whole object as compact JSON, members in QJsonObject's order.
QByteArray toJsonBytes(const QJsonObject &object);

} // namespace cxone
