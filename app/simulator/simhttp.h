#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace cxone::sim {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// What a route handler sees of one request. Built once per request by the simulator.
struct SimRequest
{
    QByteArray method;
    QString path;                   // decoded path, without the query
    QString routeKey;               // "GET /api/v2/contacts/segments/{id}"
    QHash<QString, QString> params; // path parameters, decoded: {id} -> "abc"
    QUrlQuery query;
    HeaderList headers; // names as sent
    QByteArray body;
    QJsonDocument json;          // parsed when the body is JSON
    QJsonParseError jsonError{}; // jsonError.error != NoError: the body was not valid JSON
    bool hasJsonBody = false;    // a body was sent as JSON (parsed or not)
    QByteArray requestId;        // X-Request-ID of the request, or one the simulator made
    QString origin;              // http://127.0.0.1:PORT: absolute URLs handed out start here
    QString clientId;            // the authenticated caller (empty on public routes)
    QStringList scopes;          // the caller's granted scopes

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(QByteArrayView name) const;
    QString param(const QString &name) const { return params.value(name); }
    QString queryValue(const QString &name) const;
    QJsonObject jsonObject() const { return json.object(); }
};

// What a route handler answers. JSON by default; raw bodies for artifacts and fault bodies.
struct SimResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    HeaderList headers;
    int delayMs = 0; // how long the answer takes to arrive (a large download), on top of faults

    SimResponse &withHeader(QByteArray name, QByteArray value);

    static SimResponse json(int status, const QJsonObject &object);
    static SimResponse json(int status, const QJsonArray &array);
    static SimResponse raw(int status, QByteArray body, QByteArray contentType);
    static SimResponse noContent();
    // {"error": code, "message": message}, the shape CXone uses for API errors.
    static SimResponse error(int status, const QString &code, const QString &message);
    // 400 naming the problem, for request validation in handlers.
    static SimResponse badRequest(const QString &message);
    static SimResponse notFound(const QString &what);
};

QByteArray reasonPhrase(int status);

// The full HTTP/1.1 response: status line, Content-Length, keep-alive, X-Request-ID.
QByteArray serializeResponse(const SimResponse &response, const QByteArray &requestId,
                             bool closeConnection);

// application/x-www-form-urlencoded: '+' is a space, then percent-decoding (RFC 6749 2.3.1).
QHash<QString, QString> parseForm(QByteArrayView body);
QString formDecode(QByteArrayView value);

} // namespace cxone::sim
