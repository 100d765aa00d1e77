// bench_sanitize: phone sanitization of N numbers (default 1,000,000), same inputs, one run each:
//   (a) the naive loop: Parse + IsValidNumber + Format(E164) + GetNumberType, one thread;
//   (b) the pipeline: unique inputs, parsed once each by a pool of threads, decided in list order;
// and the stall of the calling (GUI) thread while (b) builds the preview.
//
//   bench_sanitize [--numbers N] [--threads K] [--smoke]
//   bench_sanitize --naive-stdin [--default-region CC] < numbers.txt > out.csv
//
// --naive-stdin is the peer of `cxone-cli phones check` as a whole process: the naive loop over
// the lines of stdin, one CSV row per line (original, E.164, type code, valid), duplicates kept.
//
// The inputs are the simulator's messy numbers (formats, regions, types, garbage, duplicates).

#include "app/simulator/modules/contactlistsmodule.h"
#include "models/contactlists/phoneanalyzer.h"
#include "models/contactlists/sanitizejobs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <sys/resource.h>

using namespace cxone;

namespace {

int naiveStdin(const char *region)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    std::string out;
    out.reserve(1 << 20);
    out += "original,e164,type,valid\n";
    char *line = nullptr;
    size_t capacity = 0;
    ssize_t n;
    while ((n = getline(&line, &capacity, stdin)) >= 0) {
        std::string raw(line, size_t(n));
        while (!raw.empty() && (raw.back() == '\n' || raw.back() == '\r'))
            raw.pop_back();
        out += '"';
        out += raw; // the corpus has no quotes
        out += "\",";
        PhoneNumber number;
        if (util->Parse(raw, region, &number) == PhoneNumberUtil::NO_PARSING_ERROR) {
            const bool valid = util->IsValidNumber(number);
            std::string e164;
            util->Format(number, PhoneNumberUtil::E164, &e164);
            out += e164;
            out += ',';
            out += std::to_string(int(util->GetNumberType(number)));
            out += valid ? ",1\n" : ",0\n";
        } else {
            out += ",,0\n";
        }
        if (out.size() > (1 << 20)) {
            std::fwrite(out.data(), 1, out.size(), stdout);
            out.clear();
        }
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::free(line);
    return std::fflush(stdout) == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 2 && std::strcmp(argv[1], "--naive-stdin") == 0)
        return naiveStdin(argc == 4 && std::strcmp(argv[2], "--default-region") == 0 ? argv[3]
                                                                                     : "US");
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    qsizetype n = smoke ? 5000 : 1000000;
    int threads = 2;
    if (const qsizetype i = args.indexOf(QStringLiteral("--numbers")); i > 0 && i + 1 < args.size())
        n = args.at(i + 1).toLongLong();
    if (const qsizetype i = args.indexOf(QStringLiteral("--threads")); i > 0 && i + 1 < args.size())
        threads = args.at(i + 1).toInt();
    QTextStream out(stdout);

    auto contacts
            = std::make_shared<ContactSnapshot>(QStringLiteral("bench"), QStringLiteral("bench"));
    const QString region = QStringLiteral("US");
    for (qsizetype i = 0; i < n; ++i) {
        const sim::GeneratedPhone p = sim::generatePhone(42, quint64(i), region);
        contacts->append({QString::number(i), QString::fromUtf8(p.text), {}});
    }

    // (a) naive loop
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    QElapsedTimer t;
    t.start();
    qsizetype naiveValid = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QByteArrayView raw = contacts->phone(i);
        PhoneNumber number;
        if (util->Parse(std::string(raw.data(), size_t(raw.size())), "US", &number)
            != PhoneNumberUtil::NO_PARSING_ERROR)
            continue;
        if (!util->IsValidNumber(number))
            continue;
        std::string e164;
        util->Format(number, PhoneNumberUtil::E164, &e164);
        (void)util->GetNumberType(number);
        ++naiveValid;
    }
    const double naive = double(t.nsecsElapsed()) / 1e9;

    // (b) the pipeline, driven from this thread's event loop as the console drives it
    SanitizeDirective directive;
    directive.defaultRegion = region;
    directive.setRegions(QStringLiteral("US,CA"), nullptr);
    directive.setBlocked(QStringLiteral("voip,premium-rate"), nullptr);
    SanitizePreviewJob job(nullptr, contacts, directive);
    job.analyzer()->setWorkerCount(threads);
    std::vector<qint64> gaps;
    QElapsedTimer tick;
    QTimer probe;
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        gaps.push_back(tick.nsecsElapsed() / 1000);
        tick.restart();
    });
    QObject::connect(&job, &Job::finished, &app, [&] { app.quit(); });
    const auto cpuOf = [](int who) {
        rusage u{};
        getrusage(who, &u);
        return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
               + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    };
    const double selfCpu0 = cpuOf(RUSAGE_SELF);
    t.restart();
    tick.start();
    probe.start();
    job.start();
    if (!job.isFinished())
        app.exec();
    probe.stop();
    const double pipeline = double(t.nsecsElapsed()) / 1e9;
    const double selfCpu = cpuOf(RUSAGE_SELF) - selfCpu0;
    if (job.state() != JobState::Succeeded) {
        out << "pipeline failed: " << job.errorText() << '\n';
        return 1;
    }
    const auto preview = job.preview();
    std::sort(gaps.begin(), gaps.end());
    const auto pct = [&](double q) {
        return gaps.empty() ? 0.0 : double(gaps[size_t(q * double(gaps.size() - 1))]) / 1000.0;
    };
    out << "| numbers | distinct | naive 1 thread (s) | pipeline, " << threads
        << " threads (s) | speed-up | GUI-thread gap p50 / p99 / max (ms) | preview bytes/row |\n"
        << "|---|---|---|---|---|---|---|\n"
        << "| " << n << " | " << job.analyzer()->uniqueCount() << " | "
        << QString::number(naive, 'f', 2) << " | " << QString::number(pipeline, 'f', 2) << " | "
        << QString::number(naive / pipeline, 'f', 2) << "x | " << QString::number(pct(0.5), 'f', 1)
        << " / " << QString::number(pct(0.99), 'f', 1) << " / " << QString::number(pct(1.0), 'f', 1)
        << " | " << preview->bytes() / qMax<qsizetype>(1, n) << " |\n";
    out << "pipeline CPU: " << QString::number(selfCpu, 'f', 2)
        << " s in all threads (naive: " << QString::number(naive, 'f', 2) << " s)\n";
    out << "valid numbers: naive " << naiveValid << ", pipeline " << preview->validCount() << '\n';
    return naiveValid == preview->validCount() ? 0 : 1;
}
