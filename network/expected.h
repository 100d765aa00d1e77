#pragma once

#include "network/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <utility>

namespace cxone {

// What an API call hands back once its answer is read: the typed value, or the sentence that says
// why there is none (the pipeline's, when the call failed; the parser's, when the answer is not
// what the contract promises) with its kind. Callers test it and use one or the other:
//
//     const Expected<ListSchema> schema = EnrichmentApi::readSchema(result);
//     if (!schema)
//         return fail(schema.error());
//     use(*schema);
template<class T>
class Expected final
{
public:
    Expected(T value)
        : m_value(std::move(value))
    {}

    static Expected failure(QString text, ErrorKind kind = ErrorKind::Malformed)
    {
        Expected e;
        e.m_error = std::move(text);
        e.m_kind = kind == ErrorKind::None ? ErrorKind::Malformed : kind;
        return e;
    }
    // The call's own failure: its sentence and kind.
    static Expected failure(const Result &result)
    {
        return failure(result.errorText, result.error);
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    T &&operator*() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    // Empty when ok().
    const QString &error() const { return m_error; }
    ErrorKind errorKind() const { return ok() ? ErrorKind::None : m_kind; }

private:
    Expected() = default;
    std::optional<T> m_value;
    QString m_error;
    ErrorKind m_kind = ErrorKind::None;
};

// The typed answer of a call: the call's failure, or what parse (a contract parser of the form
// bool parse(const QJsonObject &answer, T *out, QString *error)) makes of its JSON answer.
template<class T, class Parse>
Expected<T> readAnswer(const Result &result, Parse parse)
{
    if (!result.ok())
        return Expected<T>::failure(result);
    T value{};
    QString error;
    if (!parse(result.json.object(), &value, &error))
        return Expected<T>::failure(error);
    return value;
}

} // namespace cxone
