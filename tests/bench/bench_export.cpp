// bench_export: a segment export from the simulator to CSV with no injected latency.
//
//   bench_export [--records N] [--smoke]
//
// Phase 1 parses and formats one 1000-record page many times: Qt's JSON parser against simdjson,
// which the export uses.
// Phase 2 exports N records headless (like cxone-cli) and reports records/s, client CPU per
// record and the peak RSS after the first 100k records and at the end: a streamed export keeps
// it flat. Phase 3 exports again into the console's table model, shown in a QTableView, and
// measures how late a 4 ms timer fires on the GUI thread meanwhile (max and p99 stall).
//
// The simulator runs as a separate cxone-sim process (large scale), as a tenant would: this
// process's CPU time and memory are the client's alone (request pipeline, parsing, formatting,
// writing), and the simulator's CPU time is read from /proc and reported beside it.

#include "models/engine/table/rowtablemodel.h"
#include "models/segments/segmentexportjob.h"
#include "models/segments/segmentsworkspace.h"
#include "network/apiclient.h"
#include "tests/support/simprocess.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <simdjson.h>

#include <algorithm>

using namespace cxone;

namespace {

using testsupport::selfCpuSeconds;
using testsupport::SimProcess;

qint64 statusKb(const char *key)
{
    return testsupport::statusKb(0, key);
}

// Resets the peak so that each phase reports its own (Linux: write 5 to clear_refs).
void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// Waits for one call and returns its result.
Result await(CallHandle *call)
{
    Result result;
    QEventLoop loop;
    QObject::connect(call, &CallHandle::finished, &loop, [&](const Result &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

struct Run
{
    qint64 records = 0;
    double wall = 0;
    double clientCpu = 0;
    double simCpu = 0;
    qint64 rssAt100kKb = -1;
    qint64 rssBeforeKb = 0;
    qint64 peakKb = 0;
    qint64 maxStallUs = 0;
    qint64 p99StallUs = 0;
    qint64 tableBytes = 0;
    ExportMetrics metrics;
    QString error;
};

Run runExport(ApiClient &client, const SimProcess &simulator, const QString &segment,
              const QString &out, qint64 limit, QTableView *view)
{
    Run run;
    ExportOptions o;
    o.segmentId = segment;
    o.pageSize = 1000;
    o.outputPath = out;
    o.collectRows = view != nullptr;
    SegmentExportJob job(&client, o);
    RowTableModel *rows = view ? qobject_cast<RowTableModel *>(view->model()) : nullptr;
    if (rows) {
        rows->clear();
        QObject::connect(&job, &SegmentExportJob::columnsReady, rows,
                         [rows](const QStringList &c) { rows->setHeaders(c); });
        // As the console's workspace fills its table.
        QObject::connect(&job, &SegmentExportJob::rowsReady, rows,
                         [rows](const ExportRowsPtr &r) { appendExportRows(rows, *r); });
    }
    QObject::connect(&job, &SegmentExportJob::metricsChanged, &job, [&](const ExportMetrics &m) {
        if (run.rssAt100kKb < 0 && m.records >= 100000)
            run.rssAt100kKb = statusKb("VmHWM:");
        if (limit > 0 && m.records >= limit)
            job.cancel();
    });
    // The GUI-thread probe: a 4 ms timer; lateness beyond its interval is a stall.
    std::vector<qint64> stalls;
    QElapsedTimer tick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(4);
    QObject::connect(&probe, &QTimer::timeout, &job, [&] {
        stalls.push_back(std::max<qint64>(0, tick.nsecsElapsed() / 1000 - 4000));
        tick.restart();
    });
    QEventLoop loop;
    QObject::connect(&job, &Job::finished, &loop, &QEventLoop::quit);
    run.rssBeforeKb = statusKb("VmRSS:");
    resetPeak();
    const double cpu0 = selfCpuSeconds();
    const double sim0 = simulator.cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    tick.start();
    if (view)
        probe.start();
    job.start();
    if (!job.isFinished())
        loop.exec();
    if (rows)
        rows->flush();
    run.wall = double(wall.nsecsElapsed()) / 1e9;
    run.clientCpu = selfCpuSeconds() - cpu0;
    run.simCpu = simulator.cpuSeconds() - sim0;
    run.metrics = job.metrics();
    run.records = run.metrics.records;
    run.peakKb = statusKb("VmHWM:");
    if (job.state() == JobState::Failed)
        run.error = job.errorText();
    if (!stalls.empty()) {
        std::sort(stalls.begin(), stalls.end());
        run.maxStallUs = stalls.back();
        run.p99StallUs = stalls[size_t(double(stalls.size() - 1) * 0.99)];
    }
    if (rows)
        run.tableBytes = rows->store().bytes();
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    qint64 records = smoke ? 3000 : 1000000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--records")); i > 0 && i + 1 < args.size())
        records = args[i + 1].toLongLong();
    QTextStream out(stdout);

    SimProcess simulator;
    QString error;
    if (!simulator.start({QStringLiteral("--scale"),
                          smoke ? QStringLiteral("small") : QStringLiteral("large")},
                         &error)) {
        out << "simulator did not start: " << error << '\n';
        return 1;
    }
    Profile p;
    p.name = QStringLiteral("bench");
    p.baseUrl = simulator.baseUrl();
    p.clientId = simulator.clientId();
    p.scopes = allConsoleScopes();
    ApiClient client(p, ClientSecret(simulator.secret()));
    QTemporaryDir dir;

    // Large scale: "Gold loyalty members" holds 5M, enough for any --records up to that.
    QString segment;
    {
        const Result listed = await(SegmentsApi(&client).list());
        QList<SegmentInfo> segments;
        QString token;
        if (!listed.ok()
            || !SegmentsApi::parseSegmentList(listed.json, &segments, &token, &error)) {
            out << "cannot list segments: " << listed.errorText << error << '\n';
            return 1;
        }
        for (const SegmentInfo &info : std::as_const(segments)) {
            if (info.name == u"Gold loyalty members")
                segment = info.id;
        }
    }
    const QStringList attrs{QStringLiteral("firstName"),     QStringLiteral("lastName"),
                            QStringLiteral("email"),         QStringLiteral("phone"),
                            QStringLiteral("city"),          QStringLiteral("country"),
                            QStringLiteral("status"),        QStringLiteral("tier"),
                            QStringLiteral("lifetimeValue"), QStringLiteral("orderCount"),
                            QStringLiteral("lastPurchase"),  QStringLiteral("marketingOptIn"),
                            QStringLiteral("notes")};

    // Phase 1: one 1000-record page, parsed and formatted.
    SegmentContactQuery query;
    query.requestedAttributes = attrs;
    query.limit = 1000;
    const Result first = await(SegmentsApi(&client).queryPage(segment, query));
    if (!first.ok()) {
        out << "cannot read a page: " << first.errorText << '\n';
        return 1;
    }
    const QByteArray page = first.body;
    const int reps = smoke ? 5 : 200;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < reps; ++i) {
        QJsonParseError pe;
        QJsonDocument::fromJson(page, &pe);
    }
    const double parseMs = double(t.nsecsElapsed()) / 1e6 / reps;
    simdjson::dom::parser parser;
    t.restart();
    for (int i = 0; i < reps; ++i) {
        simdjson::dom::element root;
        if (parser.parse(page.constData(), size_t(page.size())).get(root))
            return 1;
    }
    const double simdParseMs = double(t.nsecsElapsed()) / 1e6 / reps;
    t.restart();
    for (int i = 0; i < reps; ++i)
        formatExportPage(page, attrs, ExportFormat::Csv, false, false);
    const double formatMs = double(t.nsecsElapsed()) / 1e6 / reps;
    t.restart();
    for (int i = 0; i < reps; ++i)
        formatExportPage(page, attrs, ExportFormat::Csv, false, true);
    const double rowsMs = double(t.nsecsElapsed()) / 1e6 / reps;

    out << "## bench_export (" << (smoke ? "smoke" : "full") << ", " << records
        << " records, page size 1000, zero injected latency)\n\n";
    out << "| measure | value |\n|---|---|\n";
    out << QStringLiteral("| page body (1000 records) | %1 KB |\n").arg(page.size() / 1024);
    out << QStringLiteral("| QJsonDocument::fromJson per page | %1 ms |\n").arg(parseMs, 0, 'f', 2);
    out << QStringLiteral("| simdjson DOM parse per page | %1 ms |\n").arg(simdParseMs, 0, 'f', 2);
    out << QStringLiteral("| parse (simdjson) + CSV format per page | %1 ms |\n")
                    .arg(formatMs, 0, 'f', 2);
    out << QStringLiteral("| parse + CSV + table rows per page | %1 ms |\n").arg(rowsMs, 0, 'f', 2);

    // Phase 2: headless, as the command line runs it.
    const Run headless = runExport(client, simulator, segment,
                                   dir.filePath(QStringLiteral("bench.csv")), records, nullptr);
    if (!headless.error.isEmpty()) {
        out << "export failed: " << headless.error << '\n';
        return 1;
    }
    out << QStringLiteral("| headless: records | %1 |\n").arg(headless.records);
    out << QStringLiteral("| headless: records/s | %1 |\n")
                    .arg(qint64(double(headless.records) / headless.wall));
    out << QStringLiteral("| headless: client CPU per record | %1 µs |\n")
                    .arg(headless.clientCpu * 1e6 / double(std::max<qint64>(1, headless.records)),
                         0, 'f', 2);
    out << QStringLiteral("| headless: page latency p50 / p95 | %1 / %2 ms |\n")
                    .arg(headless.metrics.p50LatencyMs)
                    .arg(headless.metrics.p95LatencyMs);
    out << QStringLiteral("| headless: simulator CPU per record (its own process) | %1 µs |\n")
                    .arg(headless.simCpu * 1e6 / double(std::max<qint64>(1, headless.records)), 0,
                         'f', 2);
    out << QStringLiteral("| headless: RSS before the export (libraries) | %1 MB |\n")
                    .arg(headless.rssBeforeKb / 1024);
    out << QStringLiteral("| headless: peak RSS after 100k records | %1 |\n")
                    .arg(headless.rssAt100kKb > 0
                                 ? QStringLiteral("%1 MB").arg(headless.rssAt100kKb / 1024)
                                 : QStringLiteral("n/a"));
    out << QStringLiteral("| headless: peak RSS at the end | %1 MB |\n")
                    .arg(headless.peakKb / 1024);

    // Phase 3: into the table the console shows.
    QTableView view;
    auto *model = new RowTableModel({}, &view);
    view.setModel(model);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.resize(1000, 600);
    view.show();
    const Run gui = runExport(client, simulator, segment,
                              dir.filePath(QStringLiteral("bench-gui.csv")), records, &view);
    if (!gui.error.isEmpty()) {
        out << "export failed: " << gui.error << '\n';
        return 1;
    }
    out << QStringLiteral("| with table: records/s | %1 |\n")
                    .arg(qint64(double(gui.records) / gui.wall));
    out << QStringLiteral("| with table: GUI-thread stall max / p99 | %1 / %2 ms |\n")
                    .arg(double(gui.maxStallUs) / 1000.0, 0, 'f', 1)
                    .arg(double(gui.p99StallUs) / 1000.0, 0, 'f', 1);
    out << QStringLiteral("| with table: table storage | %1 MB (%2 bytes/row) |\n")
                    .arg(gui.tableBytes / (1024 * 1024))
                    .arg(gui.tableBytes / std::max<qint64>(1, model->storedRows()));
    out << QStringLiteral("| with table: peak RSS | %1 MB |\n").arg(gui.peakKb / 1024);
    out.flush();
    return headless.records >= std::min<qint64>(records, 3000) ? 0 : 1;
}
