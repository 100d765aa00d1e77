// bench_enrich: outbound enrichment where it is heavy.
//   (a) import + map + validate a generated CRM export (default 1,000,000 rows, 8 columns,
//       about 100 MB) on one core: MB/s, rows/s, peak memory against the file's size; beside it,
//       Python's csv module doing the same mapping and coercion on the same file (when python3
//       is on the machine);
//   (b) end to end against a cxone-sim process with --enrich-rate 0: contacts/s;
//   (c) end to end at the default 500 contacts/s against four tenants side by side: no faults,
//       10 % random 429, 30 % random 429 with 200 ms latency, and one whose real limit is
//       200/s: time, calls answered 429, the ETA shown at a quarter done against the real rest.
//
//   bench_enrich [--rows N] [--csv FILE] [--repeat N] [--contacts N] [--paced N]
//                [--tenants abcd] [--in-flight N] [--smoke]
//   (0 skips a part; --repeat imports the file N times, a line each; Python's time is set
//   against the fastest)
//   --csv imports that file (with the generated file's mapping) instead of a generated one;
//   --no-peer leaves Python out; --in-flight sets the batches on the wire in (b) and (c).

#include "tests/support/simprocess.h"

#include "models/engine/csv/csvreader.h"
#include "models/engine/jobs/jobtracker.h"
#include "models/engine/table/compactrowstore.h"
#include "models/enrichment/enrichjobs.h"
#include "network/apiclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <random>

#include <unistd.h>

using namespace cxone;
using namespace cxone::testsupport;

namespace {

const char *kPython = R"PY(
import csv, sys, datetime, time, re
NULLS = {"", "null", "n/a", "none"}
def num(s):
    s = s.strip().replace(",", "")
    if s.startswith("$"): s = s[1:]
    return float(s)
def date(s):
    for f in ("%Y-%m-%d", "%m/%d/%Y"):
        try: return datetime.datetime.strptime(s, f).date().isoformat()
        except ValueError: pass
    raise ValueError(s)
def boolean(s):
    v = s.strip().lower()
    if v in ("yes","y","true","1"): return True
    if v in ("no","n","false","0"): return False
    raise ValueError(s)
conv = {"Account Status": str, "Priority": lambda s: int(num(s)), "Last Purchase": date,
        "Lifetime Value": num, "DNC": boolean, "Tier": str, "Email": str}
t = time.perf_counter()
filled = errors = rows = 0
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        rows += 1
        if not row["Contact ID"].strip(): continue
        for k, c in conv.items():
            v = row[k].strip()
            if v.lower() in NULLS: continue
            filled += 1
            try: c(v)
            except Exception: errors += 1
print(f"{time.perf_counter() - t:.3f} {rows} {filled} {errors}")
)PY";

QString generate(const QString &path, qint64 rows)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    QByteArray buf(
            "Contact ID,Account Status,Priority,Last Purchase,Lifetime Value,DNC,Tier,Email\n");
    std::mt19937_64 rng(42);
    const char *statuses[] = {"active", "churned", "prospect", "N/A", ""};
    const char *tiers[] = {"gold", "silver", "bronze", "", "platinum"};
    for (qint64 i = 0; i < rows; ++i) {
        const quint64 r = rng();
        buf += "ct-us_main-" + QByteArray::number(i % 1000000).rightJustified(7, '0') + ',';
        buf += statuses[r % 5];
        buf += ',' + QByteArray::number((r >> 8) % 100) + ',';
        buf += QByteArray::number((r >> 16) % 12 + 1).rightJustified(2, '0') + '/'
               + QByteArray::number((r >> 20) % 28 + 1).rightJustified(2, '0') + "/2024,";
        buf += "\"" + QByteArray::number((r >> 24) % 9000 + 1000) + "."
               + QByteArray::number((r >> 40) % 90 + 10) + "\",";
        buf += (r >> 48) & 1 ? "yes," : "no,";
        buf += tiers[(r >> 50) % 5];
        buf += ",person" + QByteArray::number(i) + "@example.com\n";
        if (buf.size() > (1 << 20)) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
    // On disk before it is read, as a user's export is: no writeback runs during the import.
    f.flush();
    ::fdatasync(f.handle());
    return path;
}

ListSchema schema()
{
    ListSchema s;
    s.listId = QStringLiteral("list_us_main");
    const auto a = [](const char *name, SchemaAttribute::Type t, QStringList enums = {}) {
        SchemaAttribute x;
        x.name = QString::fromLatin1(name);
        x.label = x.name;
        x.type = t;
        x.enumValues = std::move(enums);
        return x;
    };
    using T = SchemaAttribute::Type;
    s.attributes
            = {a("crm_account_status", T::String,
                 {QStringLiteral("active"), QStringLiteral("churned"), QStringLiteral("prospect")}),
               a("priority_score", T::Integer),
               a("last_purchase_date", T::Date),
               a("lifetime_value", T::Decimal),
               a("do_not_call", T::Boolean),
               a("loyalty_tier", T::String),
               a("email", T::String)};
    return s;
}

// The simulator's own counts (/_sim/state), not the client's.
QJsonObject simState(ApiClient &client)
{
    Request r = Request::get(QStringLiteral("/_sim/state?recent=0"));
    r.authenticated = false;
    QJsonObject state;
    QEventLoop loop;
    CallHandle *call = client.send(std::move(r));
    QObject::connect(call, &CallHandle::finished, &loop, [&](const Result &result) {
        state = result.json.object();
        loop.quit();
    });
    loop.exec();
    return state;
}

double run(Job &job)
{
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    QObject::connect(&job, &Job::finished, &loop, &QEventLoop::quit);
    job.start();
    if (!job.isFinished())
        loop.exec();
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QCoreApplication::arguments();
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    const auto option = [&args](const char *name, qint64 fallback) {
        const qsizetype i = args.indexOf(QLatin1StringView(name));
        return i > 0 && i + 1 < args.size() ? args.at(i + 1).toLongLong() : fallback;
    };
    const qint64 rows = option("--rows", smoke ? 20000 : 1000000);
    const qint64 contacts = option("--contacts", smoke ? 3000 : 200000);
    const qint64 paced = option("--paced", smoke ? 600 : 8000);
    const qint64 repeat = std::max<qint64>(1, option("--repeat", 1));
    QTextStream out(stdout);
    QTemporaryDir dir;

    // (a) import + map + validate, one core (--rows 0 skips it)
    out << "## bench_enrich\n\n";
    const qsizetype csvAt = args.indexOf(QStringLiteral("--csv"));
    const QString given = csvAt > 0 && csvAt + 1 < args.size() ? args.at(csvAt + 1) : QString();
    if (rows > 0) {
        const QString path
                = given.isEmpty() ? generate(dir.filePath(QStringLiteral("crm.csv")), rows) : given;
        const qint64 fileBytes = QFileInfo(path).size();
        const qint64 rssBefore = statusKb(0, "VmRSS:");
        out << "| rows | file MB | read (s) | read + map + validate (s) | MB/s | rows/s | CPU (s) "
               "| "
               "peak RSS MB (before import) | preview memory / file "
               "|\n|---|---|---|---|---|---|---|---|---|\n";
        double importSeconds = 0;
        for (qint64 round = 0; round < repeat; ++round) {
            const double cpu0 = selfCpuSeconds();
            QElapsedTimer t;
            t.start();
            auto table = std::make_shared<CsvTable>();
            if (!readCsvTable(path, {}, table.get())) {
                out << "read failed: " << table->info.fatal << '\n';
                return 1;
            }
            const double readSeconds = double(t.nsecsElapsed()) / 1e9;
            const ListSchema s = schema();
            const EnrichMapping mapping = EnrichMapping::suggested(table->info.header, s);
            auto plan = EnrichPlan::build(table, s, mapping, {});
            const double seconds = double(t.nsecsElapsed()) / 1e9;
            const double importCpu = selfCpuSeconds() - cpu0;
            const qint64 peakKb = statusKb(0, "VmHWM:");
            importSeconds = round == 0 ? seconds : std::min(importSeconds, seconds);
            const qint64 records = table->rowCount();
            out << "| " << records << " | " << QString::number(double(fileBytes) / 1e6, 'f', 1)
                << " | " << QString::number(readSeconds, 'f', 3) << " | "
                << QString::number(seconds, 'f', 3) << " | "
                << QString::number(double(fileBytes) / 1e6 / seconds, 'f', 0) << " | "
                << QString::number(double(records) / seconds, 'f', 0) << " | "
                << QString::number(importCpu, 'f', 2) << " | " << peakKb / 1024 << " ("
                << rssBefore / 1024 << ") | "
                << QString::number(double(plan->bytes()) / double(fileBytes), 'f', 2) << "x |\n";
            if (round + 1 == repeat)
                out << "mapped fields " << plan->fields().size() << ", contacts "
                    << plan->contacts() << ", row errors " << plan->count(RowState::RowError)
                    << ", fill rate " << QString::number(plan->fillRate() * 100, 'f', 1) << " %\n";
            out.flush();
        }
        if (!smoke && given.isEmpty() && !args.contains(QStringLiteral("--no-peer"))
            && !QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty()) {
            QFile script(dir.filePath(QStringLiteral("peer.py")));
            script.open(QIODevice::WriteOnly);
            script.write(kPython);
            script.close();
            QProcess py;
            py.start(QStringLiteral("python3"), {script.fileName(), path});
            py.waitForFinished(-1);
            const QList<QByteArray> f = py.readAllStandardOutput().trimmed().split(' ');
            const double pySeconds = f.value(0).toDouble();
            out << "Python csv module, same mapping and coercion: "
                << QString::number(pySeconds, 'f', 2) << " s, "
                << QString::number(double(fileBytes) / 1e6 / pySeconds, 'f', 1) << " MB/s ("
                << QString::number(pySeconds / importSeconds, 'f', 1) << "x slower); " << f.value(2)
                << " filled cells, " << f.value(3) << " errors\n";
        }
    }

    if (contacts <= 0 && paced <= 0)
        return 0;
    // (b) end to end, unthrottled tenant
    SimProcess sim;
    QString error;
    if (!sim.start({QStringLiteral("--scale"), QStringLiteral("large"),
                    QStringLiteral("--enrich-rate"), QStringLiteral("0")},
                   &error)) {
        out << error << '\n';
        return 1;
    }
    Profile p;
    p.name = QStringLiteral("bench");
    p.baseUrl = sim.baseUrl();
    p.clientId = sim.clientId();
    p.scopes = allConsoleScopes();
    ApiClient client(p, ClientSecret(sim.secret()));
    const auto campaign = [] {
        CampaignInfo c;
        c.id = QStringLiteral("camp_us_retention_q4");
        c.name = c.id;
        c.maxEnrichmentTimeout = 3000;
        c.contactListId = QStringLiteral("list_us_main");
        return c;
    }();
    const auto endToEnd = [&](qint64 n, double rate, const QString &name) {
        auto t2 = std::make_shared<CsvTable>();
        readCsvTable(generate(dir.filePath(name + QStringLiteral(".csv")), n), {}, t2.get());
        auto plan2 = EnrichPlan::build(t2, schema(),
                                       EnrichMapping::suggested(t2->info.header, schema()), {});
        EnrichApplyOptions o;
        o.campaign = campaign;
        o.journalPath = dir.filePath(name + QStringLiteral(".jsonl"));
        o.ratePerSecond = rate;
        o.refresh = false;
        o.maxInFlight = int(option("--in-flight", o.maxInFlight));
        EnrichApplyJob job(&client, plan2, o);
        const double cpuBefore = selfCpuSeconds();
        const double simBefore = sim.cpuSeconds();
        const double seconds = run(job);
        out << "| " << name << " | " << plan2->contacts() << " | " << job.applied() << " | "
            << QString::number(seconds, 'f', 2) << " | "
            << QString::number(double(job.applied()) / seconds, 'f', 0) << " | "
            << job.rateLimited() << " | " << QString::number(selfCpuSeconds() - cpuBefore, 'f', 2)
            << " | " << QString::number(sim.cpuSeconds() - simBefore, 'f', 2) << " | "
            << job.journalSyncs() << " for " << job.batchCount() << " batches |\n";
        return job.state() == JobState::Succeeded;
    };
    out << "\n| run | contacts | applied | seconds | contacts/s | 429s | client CPU (s) | "
           "simulator CPU (s) | journal fsyncs |\n"
           "|---|---|---|---|---|---|---|---|---|\n";
    bool ok = contacts <= 0 || endToEnd(contacts, 0, QStringLiteral("unthrottled"));
    sim.stop();
    if (paced <= 0)
        return ok ? 0 : 1;
    // (c) pacing: the same contacts at the default 500/s against four tenants, side by side.
    struct Tenant
    {
        const char *name;
        QStringList flags;
    };
    const QList<Tenant> tenants{
            {"a: no faults", {}},
            {"b: 10 % random 429 (Retry-After: 1)",
             {QStringLiteral("--fault-429"), QStringLiteral("0.1")}},
            {"c: 30 % random 429 + 200 ms latency",
             {QStringLiteral("--fault-429"), QStringLiteral("0.3"), QStringLiteral("--latency-ms"),
              QStringLiteral("200")}},
            {"d: the tenant's real limit is 200/s",
             {QStringLiteral("--enrich-rate"), QStringLiteral("200")}},
    };
    out << "\n| tenant (" << paced
        << " contacts at 500/s) | seconds | × (a) | contacts/s | calls | "
           "answered 429 | batch POSTs / 429 | ETA at 25 % done / real rest | pace at the end |\n"
           "|---|---|---|---|---|---|---|---|---|\n";
    double first = 0;
    // --tenants abcd: which of them to run (all by default).
    const qsizetype tenantsAt = args.indexOf(QStringLiteral("--tenants"));
    const QString only = tenantsAt > 0 && tenantsAt + 1 < args.size() ? args.at(tenantsAt + 1)
                                                                      : QStringLiteral("abcd");
    for (const Tenant &tenant : tenants) {
        if (!only.contains(QLatin1Char(tenant.name[0])))
            continue;
        if (!sim.start(QStringList{QStringLiteral("--scale"), QStringLiteral("large")}
                               + tenant.flags,
                       &error)) {
            out << error << '\n';
            return 1;
        }
        p.baseUrl = sim.baseUrl();
        ApiClient pacedClient(p, ClientSecret(sim.secret()));
        auto t3 = std::make_shared<CsvTable>();
        readCsvTable(generate(dir.filePath(QStringLiteral("paced.csv")), paced), {}, t3.get());
        auto plan3 = EnrichPlan::build(t3, schema(),
                                       EnrichMapping::suggested(t3->info.header, schema()), {});
        EnrichApplyOptions o;
        o.campaign = campaign;
        o.journalPath
                = dir.filePath(QStringLiteral("paced-%1.jsonl").arg(&tenant - tenants.data()));
        o.ratePerSecond = 500;
        o.refresh = false;
        EnrichApplyJob job(&pacedClient, plan3, o);
        JobTracker tracker(&job);
        QElapsedTimer clock;
        qint64 calls = 0;
        qint64 limited = 0;
        QObject::connect(&job, &Job::callObserved, &job, [&](const CallSample &c) {
            ++calls;
            limited += c.httpStatus == 429 ? 1 : 0;
            if (qEnvironmentVariableIntValue("BENCH_TRACE") >= 2)
                out << "    " << QString::number(c.atMs / 1000.0, 'f', 3) << " s  answer "
                    << c.httpStatus << " after " << c.latencyMs << " ms (waited " << c.waitBeforeMs
                    << " ms before)\n";
            else if (c.httpStatus == 429 && qEnvironmentVariableIsSet("BENCH_TRACE"))
                out << "    " << QString::number(clock.elapsed() / 1000.0, 'f', 2) << " s  429"
                    << (c.retried ? " (a retry)" : "") << '\n';
        });
        qint64 etaAt25 = -1;
        qint64 at25 = -1;
        QObject::connect(&tracker, &JobTracker::changed, &job, [&] {
            if (at25 < 0 && tracker.progress().total > 0
                && tracker.progress().done * 4 >= tracker.progress().total) {
                at25 = clock.elapsed();
                etaAt25 = tracker.etaMs();
            }
        });
        QObject::connect(&job, &Job::message, &job, [&](const QString &text) {
            if (qEnvironmentVariableIsSet("BENCH_TRACE"))
                out << "    " << QString::number(clock.elapsed() / 1000.0, 'f', 1) << " s  " << text
                    << '\n';
        });
        clock.start();
        const double seconds = run(job);
        const qint64 rest = clock.elapsed() - at25;
        const QJsonObject state = simState(pacedClient);
        const QJsonObject route = state.value(u"routes")
                                          .toObject()
                                          .value(u"POST /api/v2/contacts/lists/{listId}/contacts")
                                          .toObject();
        const qint64 posts = route.value(u"calls").toInteger();
        const qint64 postsLimited = qint64(job.rateLimited());
        if (first <= 0)
            first = seconds;
        out << "| " << tenant.name << " | " << QString::number(seconds, 'f', 1) << " | "
            << QString::number(seconds / first, 'f', 2) << " | "
            << QString::number(double(job.applied()) / seconds, 'f', 0) << " | " << calls << " | "
            << limited << " ("
            << QString::number(100.0 * double(limited) / double(std::max<qint64>(1, calls)), 'f', 1)
            << " %) | " << posts << " / " << postsLimited << " | "
            << (etaAt25 >= 0 ? QString::number(etaAt25 / 1000.0, 'f', 1) : QStringLiteral("–"))
            << " s / " << QString::number(rest / 1000.0, 'f', 1) << " s ("
            << (etaAt25 >= 0 ? QString::number(
                        100.0 * (double(etaAt25) - double(rest)) / double(rest), 'f', 0)
                             : QStringLiteral("–"))
            << " %) | " << QString::number(job.pace(), 'f', 0) << " |\n";
        out.flush();
        ok = ok && job.state() == JobState::Succeeded && job.applied() == plan3->contacts();
        sim.stop();
    }
    return ok ? 0 : 1;
}
