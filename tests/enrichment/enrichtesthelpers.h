#pragma once

// Shared by the enrichment tests: the demo-scale simulator, its lists' state, and CRM exports
// made for its contacts.

#include "tests/support/simfixture.h"

#include "app/simulator/modules/contactlistsdata.h"
#include "app/simulator/modules/enrichmentdata.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

namespace enrichtest {

// The demo tenant at small scale with enrichment unthrottled (rate 0), started.
inline bool startUnthrottled(cxone::sim::EmbeddedSimulator &sim)
{
    cxone::sim::SimConfig config;
    config.scale = cxone::sim::Scale::Small;
    config.enrichRate = 0;
    return simfixture::startSim(sim, config);
}

inline QString contactId(const char *list, qint64 index)
{
    return QStringLiteral("ct-%1-%2").arg(QLatin1StringView(list)).arg(index, 7, 10, QChar(u'0'));
}

// A CRM export of `rows` contacts of list_us_main, with a few kinds of value per row.
inline QByteArray usExport(int rows, int first = 0)
{
    QByteArray csv("Contact ID,Account Status,Priority,Last Purchase,Lifetime Value,DNC\r\n");
    for (int i = first; i < first + rows; ++i) {
        csv += contactId("us_main", i).toUtf8() + ',';
        csv += (i % 3 == 0 ? "churned" : "active");
        csv += ',' + QByteArray::number(i % 100 + 1) + ',';
        csv += "2024-" + QByteArray::number(i % 12 + 1).rightJustified(2, '0') + "-15,";
        csv += '"' + QByteArray::number(1000 + i) + ".50\",";
        csv += (i % 2 ? "yes" : "no");
        csv += "\r\n";
    }
    return csv;
}

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

// Every attribute of every contact of a list, as the tenant holds them now (the ground truth).
inline QHash<QString, QJsonObject> attributesOf(cxone::sim::EmbeddedSimulator &sim,
                                                const QString &listId, const QStringList &ids)
{
    QHash<QString, QJsonObject> out;
    sim.run([&](cxone::sim::TenantSimulator &t) {
        auto &part = cxone::sim::partOf<cxone::sim::ContactListsPart>(t.state());
        cxone::sim::ContactListsPart::List *list = part.find(listId);
        for (const QString &id : ids) {
            if (const auto at = part.locateIn(*list, id); at.live())
                out.insert(id, part.attributesAt(at)); // (ids not on the list are left out)
        }
    });
    return out;
}

inline cxone::sim::ContactListsPart::Counters countersOf(cxone::sim::EmbeddedSimulator &sim,
                                                         const QString &listId)
{
    cxone::sim::ContactListsPart::Counters c;
    sim.run([&](cxone::sim::TenantSimulator &t) {
        c = cxone::sim::partOf<cxone::sim::ContactListsPart>(t.state()).find(listId)->counters;
    });
    return c;
}

} // namespace enrichtest
