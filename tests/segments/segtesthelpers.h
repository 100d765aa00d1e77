#pragma once

#include "tests/support/runcall.h"
#include "tests/support/simfixture.h"

// Shared by the segment tests: an in-process simulator, the real client pointed at it, the
// seeded segments by name, ground truth from the simulator, and a small RFC 4180 reader.

#include "app/simulator/embeddedsimulator.h"
#include "app/simulator/modules/segmentsdata.h"
#include "app/simulator/tenantsimulator.h"
#include "models/engine/audit/auditentry.h"
#include "models/engine/session/tenantsession.h"
#include "network/apiclient.h"
#include "tests/support/simsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

namespace segtest {

inline constexpr int timeoutMs = 60000;

inline bool startSim(cxone::sim::EmbeddedSimulator &sim,
                     cxone::sim::Scale scale = cxone::sim::Scale::Small)
{
    cxone::sim::SimConfig config;
    config.scale = scale;
    config.seed = 7;
    return simfixture::startSim(sim, config);
}

inline std::unique_ptr<cxone::ApiClient> makeClient(const cxone::sim::EmbeddedSimulator &sim,
                                                    int maxAttempts = 8)
{
    simfixture::ClientOptions o;
    o.maxAttempts = maxAttempts;
    o.baseDelay = std::chrono::milliseconds(5);
    o.maxDelay = std::chrono::milliseconds(50);
    return simfixture::makeClient(sim, o);
}

// A console session on the simulator, as pages and workspaces are given one.
using simfixture::makeSession;

inline QString segmentId(cxone::sim::EmbeddedSimulator &sim, const QString &name)
{
    QString id;
    sim.run([&](cxone::sim::TenantSimulator &s) {
        id = s.state().partAs<cxone::sim::SegmentsPart>(QStringLiteral("segments"))->idByName(name);
    });
    return id;
}

inline QStringList groundTruth(cxone::sim::EmbeddedSimulator &sim, const QString &id,
                               const QJsonArray &filters = {})
{
    QStringList ids;
    QString error;
    sim.run([&](cxone::sim::TenantSimulator &s) {
        ids = s.state()
                      .partAs<cxone::sim::SegmentsPart>(QStringLiteral("segments"))
                      ->matchingContactIds(id, filters, &error);
    });
    if (!error.isEmpty())
        qWarning("ground truth: %s", qPrintable(error));
    return ids;
}

inline cxone::Result runCall(cxone::ApiClient &client, cxone::Request request)
{
    return cxonetest::runCall(client, std::move(request), timeoutMs);
}

// RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
inline QList<QStringList> readCsv(const QByteArray &data)
{
    QList<QStringList> rows;
    QStringList row;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (quoted) {
            if (c == '"' && i + 1 < data.size() && data[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.append(QString::fromUtf8(field));
            field.clear();
        } else if (c == '\r' && i + 1 < data.size() && data[i + 1] == '\n') {
            row.append(QString::fromUtf8(field));
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(QString::fromUtf8(field));
        rows.append(row);
    }
    return rows;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Keeps every audit entry a job writes.
class MemoryAudit final : public cxone::AuditSink
{
public:
    bool append(cxone::AuditEntry &entry, QString *) override
    {
        entry.seq = entries.size() + 1;
        entry.timeUtc = QDateTime::currentDateTimeUtc();
        entries.append(entry);
        return true;
    }
    QStringList actions() const
    {
        QStringList a;
        for (const cxone::AuditEntry &e : entries)
            a.append(e.action);
        return a;
    }
    QList<cxone::AuditEntry> entries;
};

} // namespace segtest
