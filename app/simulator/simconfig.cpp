#include "app/simulator/simconfig.h"

#include <QHostAddress>

namespace cxone::sim {

QString scaleName(Scale scale)
{
    switch (scale) {
    case Scale::Small:
        return QStringLiteral("small");
    case Scale::Demo:
        return QStringLiteral("demo");
    case Scale::Large:
        return QStringLiteral("large");
    }
    return {};
}

bool parseScale(const QString &text, Scale *scale)
{
    for (Scale s : {Scale::Small, Scale::Demo, Scale::Large}) {
        if (text == scaleName(s)) {
            *scale = s;
            return true;
        }
    }
    return false;
}

QString hostProblem(const QString &host)
{
    const QString h = host.trimmed();
    if (h.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return {};
    const QHostAddress address(h);
    // The simulator hands out tokens for a fixed demo secret: never expose it to a network.
    if (address.isNull() || !address.isLoopback())
        return QStringLiteral("Refusing to listen on \"%1\": the simulator binds only to a "
                              "loopback address such as 127.0.0.1 or ::1.")
                .arg(h);
    return {};
}

QString simUsage()
{
    return QStringLiteral(
            "Usage: cxone-sim [options]\n"
            "A CXone tenant simulator on a loopback address, for demos and tests.\n"
            "\n"
            "  --host ADDRESS          loopback address to bind (default 127.0.0.1)\n"
            "  --port N                port, 0 for any free port (default 0)\n"
            "  --seed N                seed of the tenant data and fault decisions (default 1)\n"
            "  --scale small|demo|large  amount of seeded data (default demo)\n"
            "  --fault-429 P           probability of 429 Too Many Requests\n"
            "  --fault-5xx P           probability of 503/500\n"
            "  --fault-drop P          probability of a dropped connection\n"
            "  --fault-malformed P     probability of a 200 with a broken JSON body\n"
            "  --latency-ms N          latency added to every answer\n"
            "  --retry-after-date      send Retry-After as an HTTP-date\n"
            "  --token-ttl SECONDS     access-token lifetime (default 3600)\n"
            "  --enrich-rate N         enrichment contacts per second before 429 (default 500;\n"
            "                          0: unlimited)\n"
            "  --help                  show this text\n");
}

namespace {

bool takeValue(const QStringList &args, qsizetype *i, const QString &flag, QString *value,
               QString *error)
{
    const QString arg = args.at(*i);
    const qsizetype eq = arg.indexOf(u'=');
    if (eq > 0) {
        *value = arg.mid(eq + 1);
        return true;
    }
    if (*i + 1 >= args.size()) {
        *error = QStringLiteral("%1 needs a value.").arg(flag);
        return false;
    }
    *value = args.at(++*i);
    return true;
}

bool toProbability(const QString &text, const QString &flag, double *out, QString *error)
{
    bool ok = false;
    const double p = text.toDouble(&ok);
    if (!ok || p < 0 || p > 1) {
        *error = QStringLiteral("%1 needs a probability between 0 and 1, not \"%2\".")
                         .arg(flag, text);
        return false;
    }
    *out = p;
    return true;
}

bool toInt(const QString &text, const QString &flag, int low, int high, int *out, QString *error)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < low || v > high) {
        *error = QStringLiteral("%1 needs a whole number from %2 to %3, not \"%4\".")
                         .arg(flag)
                         .arg(low)
                         .arg(high)
                         .arg(text);
        return false;
    }
    *out = v;
    return true;
}

} // namespace

ArgsOutcome parseSimArguments(const QStringList &args, SimConfig *c, QString *error)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString arg = args.at(i);
        const QString flag = arg.section(u'=', 0, 0);
        QString value;
        bool ok = true;
        if (flag == u"--help" || flag == u"-h") {
            return ArgsOutcome::Help;
        } else if (flag == u"--retry-after-date") {
            c->faults.retryAfterDate = true;
        } else if (flag == u"--host") {
            ok = takeValue(args, &i, flag, &value, error);
            c->host = value;
            if (ok && !hostProblem(value).isEmpty()) {
                *error = hostProblem(value);
                ok = false;
            }
        } else if (flag == u"--port") {
            int port = 0;
            ok = takeValue(args, &i, flag, &value, error)
                 && toInt(value, flag, 0, 65535, &port, error);
            c->port = quint16(port);
        } else if (flag == u"--seed") {
            ok = takeValue(args, &i, flag, &value, error);
            if (ok) {
                c->seed = value.toULongLong(&ok);
                if (!ok)
                    *error = QStringLiteral("--seed needs a non-negative number, not \"%1\".")
                                     .arg(value);
            }
        } else if (flag == u"--scale") {
            ok = takeValue(args, &i, flag, &value, error);
            if (ok && !parseScale(value, &c->scale)) {
                *error = QStringLiteral("--scale must be small, demo or large, not \"%1\".")
                                 .arg(value);
                ok = false;
            }
        } else if (flag == u"--fault-429") {
            ok = takeValue(args, &i, flag, &value, error)
                 && toProbability(value, flag, &c->faults.p429, error);
        } else if (flag == u"--fault-5xx") {
            ok = takeValue(args, &i, flag, &value, error)
                 && toProbability(value, flag, &c->faults.p5xx, error);
        } else if (flag == u"--fault-drop") {
            ok = takeValue(args, &i, flag, &value, error)
                 && toProbability(value, flag, &c->faults.pDrop, error);
        } else if (flag == u"--fault-malformed") {
            ok = takeValue(args, &i, flag, &value, error)
                 && toProbability(value, flag, &c->faults.pMalformed, error);
        } else if (flag == u"--latency-ms") {
            ok = takeValue(args, &i, flag, &value, error)
                 && toInt(value, flag, 0, 600000, &c->faults.latencyMs, error);
        } else if (flag == u"--enrich-rate") {
            ok = takeValue(args, &i, flag, &value, error)
                 && toInt(value, flag, 0, 100000000, &c->enrichRate, error);
        } else if (flag == u"--token-ttl") {
            ok = takeValue(args, &i, flag, &value, error)
                 && toInt(value, flag, 1, 365 * 24 * 3600, &c->tokenTtlSeconds, error);
        } else {
            *error = QStringLiteral("Unknown option \"%1\".").arg(arg);
            ok = false;
        }
        if (!ok)
            return ArgsOutcome::Error;
    }
    return ArgsOutcome::Run;
}

} // namespace cxone::sim
