#include "app/simulator/faults.h"

#include "app/simulator/simrng.h"

#include <QJsonValue>
#include <QStringList>

namespace cxone::sim {

QString faultKindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::None:
        return QStringLiteral("none");
    case FaultKind::RateLimit:
        return QStringLiteral("429");
    case FaultKind::ServerError:
        return QStringLiteral("5xx");
    case FaultKind::Unavailable:
        return QStringLiteral("503");
    case FaultKind::InternalError:
        return QStringLiteral("500");
    case FaultKind::Drop:
        return QStringLiteral("drop");
    case FaultKind::Malformed:
        return QStringLiteral("malformed");
    }
    return {};
}

bool parseFaultKind(const QString &text, FaultKind *kind)
{
    for (FaultKind k : {FaultKind::RateLimit, FaultKind::ServerError, FaultKind::Unavailable,
                        FaultKind::InternalError, FaultKind::Drop, FaultKind::Malformed}) {
        if (text.compare(faultKindName(k), Qt::CaseInsensitive) == 0) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QJsonObject FaultSettings::toJson() const
{
    return {{QStringLiteral("fault-429"), p429},
            {QStringLiteral("fault-5xx"), p5xx},
            {QStringLiteral("fault-drop"), pDrop},
            {QStringLiteral("fault-malformed"), pMalformed},
            {QStringLiteral("latency-ms"), latencyMs},
            {QStringLiteral("retry-after"), retryAfterSeconds},
            {QStringLiteral("retry-after-date"), retryAfterDate}};
}

bool FaultOverrides::isEmpty() const
{
    return !p429 && !p5xx && !pDrop && !pMalformed && !latencyMs && !retryAfterSeconds
           && !retryAfterDate;
}

FaultSettings FaultOverrides::applyTo(FaultSettings s) const
{
    s.p429 = p429.value_or(s.p429);
    s.p5xx = p5xx.value_or(s.p5xx);
    s.pDrop = pDrop.value_or(s.pDrop);
    s.pMalformed = pMalformed.value_or(s.pMalformed);
    s.latencyMs = latencyMs.value_or(s.latencyMs);
    s.retryAfterSeconds = retryAfterSeconds.value_or(s.retryAfterSeconds);
    s.retryAfterDate = retryAfterDate.value_or(s.retryAfterDate);
    return s;
}

QJsonObject FaultOverrides::toJson() const
{
    QJsonObject o;
    if (p429)
        o.insert(QStringLiteral("fault-429"), *p429);
    if (p5xx)
        o.insert(QStringLiteral("fault-5xx"), *p5xx);
    if (pDrop)
        o.insert(QStringLiteral("fault-drop"), *pDrop);
    if (pMalformed)
        o.insert(QStringLiteral("fault-malformed"), *pMalformed);
    if (latencyMs)
        o.insert(QStringLiteral("latency-ms"), *latencyMs);
    if (retryAfterSeconds)
        o.insert(QStringLiteral("retry-after"), *retryAfterSeconds);
    if (retryAfterDate)
        o.insert(QStringLiteral("retry-after-date"), *retryAfterDate);
    return o;
}

namespace {

bool readProbability(const QJsonValue &v, const QString &key, std::optional<double> *out,
                     QString *error)
{
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1) {
        *error = QStringLiteral("\"%1\" must be a probability between 0 and 1.").arg(key);
        return false;
    }
    *out = v.toDouble();
    return true;
}

bool readNonNegative(const QJsonValue &v, const QString &key, std::optional<int> *out,
                     QString *error)
{
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 3600000) {
        *error = QStringLiteral("\"%1\" must be a non-negative number.").arg(key);
        return false;
    }
    *out = v.toInt();
    return true;
}

} // namespace

bool parseFaultJson(const QJsonObject &o, FaultOverrides *ov, FailNext *failNext, bool *hasFailNext,
                    QString *error)
{
    *hasFailNext = false;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        bool ok = true;
        if (key == u"fault-429") {
            ok = readProbability(v, key, &ov->p429, error);
        } else if (key == u"fault-5xx") {
            ok = readProbability(v, key, &ov->p5xx, error);
        } else if (key == u"fault-drop") {
            ok = readProbability(v, key, &ov->pDrop, error);
        } else if (key == u"fault-malformed") {
            ok = readProbability(v, key, &ov->pMalformed, error);
        } else if (key == u"latency-ms") {
            ok = readNonNegative(v, key, &ov->latencyMs, error);
        } else if (key == u"retry-after") {
            ok = readNonNegative(v, key, &ov->retryAfterSeconds, error);
        } else if (key == u"retry-after-date") {
            if (!v.isBool()) {
                *error = QStringLiteral("\"retry-after-date\" must be true or false.");
                ok = false;
            } else {
                ov->retryAfterDate = v.toBool();
            }
        } else if (key == u"fail-next") {
            if (!v.isDouble() || v.toInt() < 0) {
                *error = QStringLiteral("\"fail-next\" must be a non-negative count.");
                ok = false;
            } else {
                failNext->count = v.toInt();
                *hasFailNext = true;
            }
        } else if (key == u"fail-kind") {
            if (!parseFaultKind(v.toString(), &failNext->kind)) {
                *error = QStringLiteral("\"fail-kind\" must be one of 429, 500, 503, 5xx, drop, "
                                        "malformed.");
                ok = false;
            }
        } else if (key == u"route" || key == u"reset") {
            // Read by the caller.
        } else {
            *error = QStringLiteral("Unknown fault setting \"%1\".").arg(key);
            ok = false;
        }
        if (!ok)
            return false;
    }
    return true;
}

FaultDecision decideFault(const FaultSettings &s, quint64 routeStream, quint64 n)
{
    FaultDecision d;
    d.latencyMs = s.latencyMs;
    d.draw = SimRng::at(routeStream, n);
    const double total = s.p429 + s.p5xx + s.pDrop + s.pMalformed;
    if (total <= 0)
        return d;
    const double u = double(d.draw >> 11) * 0x1.0p-53;
    double edge = s.p429;
    if (u < edge) {
        d.kind = FaultKind::RateLimit;
        return d;
    }
    edge += s.p5xx;
    if (u < edge) {
        d.kind = FaultKind::ServerError;
        return d;
    }
    edge += s.pDrop;
    if (u < edge) {
        d.kind = FaultKind::Drop;
        return d;
    }
    edge += s.pMalformed;
    if (u < edge)
        d.kind = FaultKind::Malformed;
    return d;
}

} // namespace cxone::sim
