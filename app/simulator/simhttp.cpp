#include "app/simulator/simhttp.h"

#include "network/jsonwriter.h"

namespace cxone::sim {

QByteArray SimRequest::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString SimRequest::queryValue(const QString &name) const
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

SimResponse &SimResponse::withHeader(QByteArray name, QByteArray value)
{
    headers.append({std::move(name), std::move(value)});
    return *this;
}

SimResponse SimResponse::json(int status, const QJsonObject &object)
{
    SimResponse r;
    r.status = status;
    r.body = toJsonBytes(object);
    return r;
}

SimResponse SimResponse::json(int status, const QJsonArray &array)
{
    SimResponse r;
    r.status = status;
    JsonWriter w;
    w.array(array);
    r.body = w.take();
    return r;
}

SimResponse SimResponse::raw(int status, QByteArray body, QByteArray contentType)
{
    SimResponse r;
    r.status = status;
    r.body = std::move(body);
    r.contentType = std::move(contentType);
    return r;
}

SimResponse SimResponse::noContent()
{
    SimResponse r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

SimResponse SimResponse::error(int status, const QString &code, const QString &message)
{
    return json(status,
                QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}});
}

SimResponse SimResponse::badRequest(const QString &message)
{
    return error(400, QStringLiteral("bad_request"), message);
}

SimResponse SimResponse::notFound(const QString &what)
{
    return error(404, QStringLiteral("not_found"), QStringLiteral("%1 was not found.").arg(what));
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray serializeResponse(const SimResponse &r, const QByteArray &requestId,
                             bool closeConnection)
{
    QByteArray out;
    out.reserve(160 + r.body.size());
    out += "HTTP/1.1 ";
    out += QByteArray::number(r.status);
    out += ' ';
    out += reasonPhrase(r.status);
    out += "\r\nServer: cxone-sim\r\n";
    if (!r.contentType.isEmpty() && r.status != 204) {
        out += "Content-Type: ";
        out += r.contentType;
        out += "\r\n";
    }
    out += "Content-Length: ";
    out += QByteArray::number(r.status == 204 ? 0 : r.body.size());
    out += "\r\n";
    if (!requestId.isEmpty()) {
        out += "X-Request-ID: ";
        out += requestId;
        out += "\r\n";
    }
    for (const auto &h : r.headers) {
        out += h.first;
        out += ": ";
        out += h.second;
        out += "\r\n";
    }
    out += closeConnection ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    if (r.status != 204)
        out += r.body;
    return out;
}

QString formDecode(QByteArrayView value)
{
    QByteArray bytes = value.toByteArray();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

QHash<QString, QString> parseForm(QByteArrayView body)
{
    QHash<QString, QString> fields;
    const QByteArray text = body.toByteArray().trimmed();
    for (const QByteArray &pair : text.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            fields.insert(formDecode(pair), QString());
        else
            fields.insert(formDecode(pair.left(eq)), formDecode(pair.mid(eq + 1)));
    }
    return fields;
}

} // namespace cxone::sim
