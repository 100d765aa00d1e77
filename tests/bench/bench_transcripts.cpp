// bench_transcripts: transcript masking and extraction where they are heavy.
//   (a) masking throughput on generated contact-centre text (default 64 MB): MB/s on one core
//       and on all cores, with recall and precision on a labelled part of the same generator;
//   (b) the npm package redact-pii on the same labelled lines and a slice of the same text, when
//       node is on the machine and --redact-pii DIR names a folder where `npm install
//       redact-pii` was run: its MB/s, and recall measured the same way for both (a piece of
//       personal data counts as found when its text no longer appears in the output line);
//   (c) end to end against a cxone-sim process (--scale large): N interactions (default 10,000)
//       searched, submitted, downloaded, masked, written as JSONL and pushed to the simulator's
//       data lake; transcripts/s and peak memory at a quarter, half and all of the run.
//
//   (d) scored as `transcripts mask --eval` scores (piieval.h), both policies: Microsoft
//       Presidio's recognizer cases (tests/data/presidio) and libphonenumber's example number of
//       every region and type in carrier phrases beside neighbours — sets nobody on the team
//       wrote the answers for — then, apart, the team's own hard negatives;
//   (e) `cxone-cli transcripts mask` as a whole process (start, read, write) on --process-mb MB
//       (default 20) of one-utterance-per-line text beside redact-pii's in-process time on the
//       same file, in the same run (with --redact-pii DIR); with --baseline-cli PATH another
//       build of cxone-cli (an earlier version, say) is timed in the same rounds, in turn;
//       with --process-calls the same rounds run again on the text of the labelled call sets
//       (tests/data/callsets, tests/data/presidio: text the team did not write).
//
//   bench_transcripts [--mb N] [--interactions N] [--process-mb N] [--redact-pii DIR] [--eval 0]
//                     [--baseline-cli PATH] [--process-calls] [--text-out FILE] [--smoke]
//   (0 skips a part; --text-out also writes the generated text, one utterance per line)

#include "tests/support/simprocess.h"

#include "app/simulator/piicorpus.h"
#include "models/transcripts/extractjob.h"
#include "models/transcripts/piieval.h"
#include "models/transcripts/piimasker.h"
#include "network/apiclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <phonenumbers/phonenumberutil.h>

#include <set>

using namespace cxone;
using namespace cxone::testsupport;

namespace {

const char *kNodeScript = "const fs = require('fs');\n"
                          "const { SyncRedactor } = require('redact-pii');\n"
                          "const r = new SyncRedactor();\n"
                          "const lines = fs.readFileSync(process.argv[2], 'utf8').split('\\n');\n"
                          "const t = process.hrtime.bigint();\n"
                          "const out = lines.map(l => r.redact(l));\n"
                          "const s = Number(process.hrtime.bigint() - t) / 1e9;\n"
                          "fs.writeFileSync(process.argv[3], out.join('\\n'));\n"
                          "console.log(s.toFixed(3));\n";

// Recall as text: each truth span's text must be gone from the masked line.
double textRecall(const QList<LabelledText> &texts, const QStringList &masked, qint64 *found,
                  qint64 *total)
{
    *found = *total = 0;
    for (qsizetype i = 0; i < texts.size() && i < masked.size(); ++i) {
        for (const TruthSpan &sp : texts[i].truth) {
            ++*total;
            const QString piece = texts[i].text.mid(sp.start, sp.end - sp.start);
            if (!masked[i].contains(piece))
                ++*found;
        }
    }
    return *total == 0 ? 0 : double(*found) / double(*total);
}

// Lines that were changed although they hold no personal data (a rough false-positive rate that
// needs no spans from the other tool).
double cleanLinesChanged(const QList<LabelledText> &texts, const QStringList &masked)
{
    qint64 clean = 0, changed = 0;
    for (qsizetype i = 0; i < texts.size() && i < masked.size(); ++i) {
        if (!texts[i].truth.empty())
            continue;
        ++clean;
        if (masked[i] != texts[i].text)
            ++changed;
    }
    return clean == 0 ? 0 : double(changed) / double(clean);
}

// libphonenumber's example number of every region and type (fixed line, mobile, toll free,
// VoIP) in E.164, international and national format, each in carrier phrases and beside a
// neighbour, as labelled lines: the number is a phone; a neighbour that is personal data (a
// card, another phone) is labelled too; times, counts and years are not.
std::vector<GoldLine> exampleNumberLines()
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    std::set<std::string> regions;
    util->GetSupportedRegions(&regions);
    static const char *const phrases[] = {"call me at {}",
                                          "my number is {}",
                                          "you can reach me on {}, thanks",
                                          "text me at {} please",
                                          "the best number to call back is {}.",
                                          "my cell phone number is {}"};
    struct Neighbour
    {
        const char *text;
        const char *type; // personal data beside the number, or nullptr
    };
    static const Neighbour after[] = {{"", nullptr},
                                      {" 5 pm", nullptr},
                                      {" 2 times", nullptr},
                                      {" 2024", nullptr},
                                      {" ext 7", nullptr},
                                      {" 24/7", nullptr},
                                      {" or 4111 1111 1111 1111", "card"},
                                      {" or (212) 555-0123", "phone"}};
    std::vector<GoldLine> lines;
    for (const std::string &region : regions) {
        for (const auto type : {PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::MOBILE,
                                PhoneNumberUtil::TOLL_FREE, PhoneNumberUtil::VOIP}) {
            PhoneNumber n;
            if (!util->GetExampleNumberForType(region, type, &n))
                continue;
            std::set<std::string> seen;
            for (const auto format : {PhoneNumberUtil::E164, PhoneNumberUtil::INTERNATIONAL,
                                      PhoneNumberUtil::NATIONAL}) {
                std::string formatted;
                util->Format(n, format, &formatted);
                if (!seen.insert(formatted).second)
                    continue;
                const QString number = QString::fromStdString(formatted);
                for (const char *phrase : phrases) {
                    for (const Neighbour &a : after) {
                        const QString p = QString::fromLatin1(phrase);
                        const qsizetype at = p.indexOf(QStringLiteral("{}"));
                        const QString neighbour = QString::fromLatin1(a.text);
                        GoldLine line;
                        line.text = p.left(at) + number + neighbour + p.mid(at + 2);
                        line.lineNumber = qint64(lines.size()) + 1;
                        // Example numbers and the phrases are ASCII: code points are UTF-16 units.
                        GoldEntity e;
                        e.type = QStringLiteral("phone");
                        e.scored = parsePiiKindName(e.type, &e.kind);
                        e.start = at;
                        e.end = at + number.size();
                        line.entities.push_back(e);
                        if (a.type) {
                            GoldEntity ne;
                            ne.type = QString::fromLatin1(a.type);
                            ne.scored = parsePiiKindName(ne.type, &ne.kind);
                            ne.start = e.end + neighbour.indexOf(u' ', 1) + 1;
                            ne.end = e.end + neighbour.size();
                            line.entities.push_back(ne);
                        }
                        lines.push_back(std::move(line));
                    }
                }
            }
        }
    }
    return lines;
}

QString evalRow(const QString &set, const MaskEvaluation &ev)
{
    const EvalCounts &o = ev.overall;
    return QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 / %7 = %8 | %9 |\n")
            .arg(set, maskPolicyName(ev.policy))
            .arg(ev.lines)
            .arg(o.entities)
            .arg(QString::number(o.recall(), 'f', 4))
            .arg(o.leakedChars)
            .arg(o.piiChars)
            .arg(QString::number(100 * o.leaked(), 'f', 2) + QStringLiteral(" %"))
            .arg(QStringLiteral("%1 (%2 masks)")
                         .arg(QString::number(o.precision(), 'f', 4))
                         .arg(o.masks));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    const auto option = [&](const char *name, qint64 fallback) {
        const qsizetype i = args.indexOf(QLatin1StringView(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toLongLong() : fallback;
    };
    const qint64 megabytes = option("--mb", smoke ? 2 : 64);
    const qint64 interactions = option("--interactions", smoke ? 300 : 10000);
    const qint64 processMb = option("--process-mb", smoke ? 1 : 20);
    const qsizetype redactAt = args.indexOf(QStringLiteral("--redact-pii"));
    const QString redactDir
            = redactAt >= 0 && redactAt + 1 < args.size() ? args.at(redactAt + 1) : QString();
    const qsizetype baselineAt = args.indexOf(QStringLiteral("--baseline-cli"));
    const QString baselineCli
            = baselineAt >= 0 && baselineAt + 1 < args.size() ? args.at(baselineAt + 1) : QString();
    QTextStream out(stdout);
    QTemporaryDir dir;
    bool ok = true;

    // --- (a) masking throughput
    const PiiMasker masker;
    QList<LabelledText> labelled;
    {
        PiiCorpus corpus(7);
        for (int i = 0; i < (smoke ? 2000 : 20000); ++i)
            labelled.append(corpus.line(i % 2 == 1));
    }
    const PiiScore score = scoreMasker(masker, labelled);
    if (megabytes > 0) {
        QStringList lines;
        qint64 bytes = 0;
        PiiCorpus corpus(42);
        while (bytes < megabytes * 1000 * 1000) {
            LabelledText t = corpus.line(lines.size() % 2 == 1);
            bytes += t.text.toUtf8().size() + 1;
            lines.append(std::move(t.text));
        }
        if (const qsizetype at = args.indexOf(QStringLiteral("--text-out"));
            at >= 0 && at + 1 < args.size()) {
            // The same text as a file, for timing `cxone-cli transcripts mask` as people run it.
            QFile f(args.at(at + 1));
            if (f.open(QIODevice::WriteOnly))
                f.write(lines.join(u'\n').toUtf8() + '\n');
        }
        QElapsedTimer timer;
        timer.start();
        qint64 masks1 = 0;
        for (const QString &l : std::as_const(lines)) {
            MaskCounts c;
            masker.mask(l, &c);
            masks1 += c.total();
        }
        const double one = double(timer.nsecsElapsed()) / 1e9;
        // All cores: blocks of lines, in order, as `transcripts mask` and the job do.
        std::vector<std::pair<qsizetype, qsizetype>> blocks;
        for (qsizetype i = 0; i < lines.size(); i += 4096)
            blocks.emplace_back(i, std::min(lines.size(), i + 4096));
        timer.restart();
        const std::vector<qint64> counts = QtConcurrent::blockingMapped<std::vector<qint64>>(
                blocks, [&](const std::pair<qsizetype, qsizetype> &b) {
                    qint64 n = 0;
                    for (qsizetype i = b.first; i < b.second; ++i) {
                        MaskCounts c;
                        masker.mask(lines[i], &c);
                        n += c.total();
                    }
                    return n;
                });
        const double all = double(timer.nsecsElapsed()) / 1e9;
        qint64 masksAll = 0;
        for (qint64 n : counts)
            masksAll += n;
        ok = ok && masksAll == masks1;
        out << "## Masking\n\n"
            << QString::number(double(bytes) / 1e6, 'f', 1) << " MB of generated transcript text, "
            << lines.size() << " lines, " << masks1 << " masks\n\n"
            << "| masker | cores | seconds | MB/s | recall | precision "
               "|\n|---|---|---|---|---|---|\n"
            << "| console | 1 | " << QString::number(one, 'f', 2) << " | "
            << QString::number(double(bytes) / 1e6 / one, 'f', 1) << " | "
            << QString::number(score.recall(), 'f', 4) << " | "
            << QString::number(score.precision(), 'f', 4) << " |\n"
            << "| console | " << QThread::idealThreadCount() << " | "
            << QString::number(all, 'f', 2) << " | "
            << QString::number(double(bytes) / 1e6 / all, 'f', 1) << " | | |\n";

        // --- (b) redact-pii
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (!redactDir.isEmpty() && !node.isEmpty()) {
            const auto runNode = [&](const QStringList &in, QStringList *result) -> double {
                const QString inPath = dir.filePath(QStringLiteral("in.txt"));
                const QString outPath = dir.filePath(QStringLiteral("out.txt"));
                const QString script = QDir(redactDir).filePath(QStringLiteral("bench-redact.js"));
                QFile s(script);
                s.open(QIODevice::WriteOnly);
                s.write(kNodeScript);
                s.close();
                QFile f(inPath);
                f.open(QIODevice::WriteOnly);
                f.write(in.join(u'\n').toUtf8());
                f.close();
                QProcess p;
                p.setWorkingDirectory(redactDir);
                p.start(node, {script, inPath, outPath});
                p.waitForFinished(-1);
                QFile o(outPath);
                o.open(QIODevice::ReadOnly);
                *result = QString::fromUtf8(o.readAll()).split(u'\n');
                return p.readAllStandardOutput().trimmed().toDouble();
            };
            QStringList labelledLines;
            for (const LabelledText &t : std::as_const(labelled))
                labelledLines.append(t.text);
            QStringList theirs;
            runNode(labelledLines, &theirs);
            QStringList ours;
            for (const QString &l : std::as_const(labelledLines))
                ours.append(masker.mask(l));
            qint64 f1 = 0, t1 = 0, f2 = 0, t2 = 0;
            const double ourRecall = textRecall(labelled, ours, &f1, &t1);
            const double theirRecall = textRecall(labelled, theirs, &f2, &t2);
            // Throughput on a slice of the same text (it is slow).
            const QStringList slice = lines.mid(0, std::min<qsizetype>(lines.size(), 40000));
            qint64 sliceBytes = 0;
            for (const QString &l : slice)
                sliceBytes += l.toUtf8().size() + 1;
            QStringList sliceOut;
            const double seconds = runNode(slice, &sliceOut);
            out << "| redact-pii (node) | 1 | " << QString::number(seconds, 'f', 2) << " on "
                << QString::number(double(sliceBytes) / 1e6, 'f', 1) << " MB | "
                << QString::number(double(sliceBytes) / 1e6 / seconds, 'f', 1) << " | | |\n\n"
                << "Recall as text on " << labelled.size() << " labelled lines (" << t1
                << " pieces): console " << QString::number(ourRecall, 'f', 4) << ", redact-pii "
                << QString::number(theirRecall, 'f', 4)
                << "; lines without personal data that were changed: console "
                << QString::number(100 * cleanLinesChanged(labelled, ours), 'f', 1)
                << " %, redact-pii "
                << QString::number(100 * cleanLinesChanged(labelled, theirs), 'f', 1) << " %\n";
        } else if (!smoke) {
            out << "\n(redact-pii not measured: give --redact-pii DIR, a folder where `npm install "
                   "redact-pii` was run, on a machine with node)\n";
        }
        out << "\nBy kind (recall and precision on the labelled lines):\n\n" << score.table();
    }

    // --- (d) scored on sets nobody on the team wrote the answers for, then the team's own
    // (--eval 0 leaves them out: they hold 110,000 lines, and the end to end's peak memory is
    // the process's high-water mark)
    if (option("--eval", 1) != 0) {
        out << "\n## Scored as `transcripts mask --eval` scores\n\n"
            << "| set | policy | lines | entities | recall | PII characters left readable | "
               "precision |\n|---|---|---|---|---|---|---|\n";
        std::vector<GoldLine> presidio;
        QString error;
        if (!readGoldFile(QStringLiteral(CXONE_SOURCE_DIR "/tests/data/presidio/presidio.jsonl"),
                          &presidio, &error)) {
            out << "failed: " << error << '\n';
            ok = false;
        }
        const std::vector<GoldLine> examples = exampleNumberLines();
        std::vector<GoldLine> hardNegatives;
        if (!readGoldFile(
                    QStringLiteral(CXONE_SOURCE_DIR "/tests/data/hardneg/hard_negatives.jsonl"),
                    &hardNegatives, &error)) {
            out << "failed: " << error << '\n';
            ok = false;
        }
        MaskEvaluation strictExamples;
        for (const MaskPolicy policy : {MaskPolicy::Strict, MaskPolicy::Balanced}) {
            PiiMasker::Options o;
            o.policy = policy;
            const PiiMasker m(o);
            out << evalRow(QStringLiteral("Presidio recognizer cases"),
                           evaluateMasker(m, presidio));
            const MaskEvaluation ex = evaluateMasker(m, examples);
            if (policy == MaskPolicy::Strict)
                strictExamples = ex;
            out << evalRow(QStringLiteral("libphonenumber example numbers"), ex);
            out << evalRow(QStringLiteral("own hard negatives (not a judge)"),
                           evaluateMasker(m, hardNegatives));
        }
        out << "\nExample numbers, strict, by type:\n\n" << strictExamples.table();
        for (const QString &miss : strictExamples.misses.mid(0, 10))
            out << "  miss: " << miss << '\n';
    }

    // --- (e) the command as people run it, beside redact-pii in process on the same file: on
    // the generated text, then (--process-calls) on the text of the labelled call sets, which
    // nobody on the team wrote
    const QString cli = QStringLiteral(CXONE_CLI_PATH);
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const bool peer = !redactDir.isEmpty() && !node.isEmpty();
    const bool baseline = !baselineCli.isEmpty();
    // Writes the text to a file of that name and times both on it; false when it cannot be
    // written.
    const auto processRounds = [&](const QString &name, const QByteArray &text,
                                   const QString &what) {
        const QString textPath = dir.filePath(name);
        {
            QFile f(textPath);
            if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size()) {
                out << "failed: cannot write " << textPath << '\n';
                return false;
            }
        }
        const qint64 bytes = text.size();
        const qint64 lineCount = text.count('\n');
        const QString maskedPath = dir.filePath(QStringLiteral("masked.txt"));
        // Whole process: start-up, reading standard input, masking, writing standard output.
        const auto runCli = [&](const QString &path) -> double {
            QProcess p;
            p.setStandardInputFile(textPath);
            p.setStandardOutputFile(maskedPath);
            QElapsedTimer t;
            t.start();
            p.start(path, {QStringLiteral("--quiet"), QStringLiteral("transcripts"),
                           QStringLiteral("mask")});
            if (!p.waitForFinished(600000) || p.exitCode() != 0) {
                out << "failed: " << path
                    << " transcripts mask: " << QString::fromUtf8(p.readAllStandardError()) << '\n';
                ok = false;
            }
            return double(t.nsecsElapsed()) / 1e9;
        };
        const auto runRedactPii = [&]() -> double {
            const QString script = QDir(redactDir).filePath(QStringLiteral("bench-redact.js"));
            QFile sf(script);
            if (!sf.open(QIODevice::WriteOnly) || sf.write(kNodeScript) < 0)
                return -1;
            sf.close();
            QProcess p;
            p.setWorkingDirectory(redactDir);
            p.start(node, {script, textPath, dir.filePath(QStringLiteral("redacted.txt"))});
            if (!p.waitForFinished(1800000) || p.exitCode() != 0)
                return -1;
            return p.readAllStandardOutput().trimmed().toDouble();
        };
        out << "\n## `cxone-cli transcripts mask` as a process, beside redact-pii in process"
            << (what.isEmpty() ? QString() : QStringLiteral(": ") + what) << "\n\n"
            << QString::number(double(bytes) / 1e6, 'f', 1) << " MB, " << lineCount
            << " lines, one utterance a line; cxone-cli timed from start to exit (reading "
               "standard input, writing standard output to a file), redact-pii timed inside "
               "node around `lines.map(l => r.redact(l))` only (reading and writing left out)."
            << (baseline ? QStringLiteral(" Baseline: %1, run in the same rounds.").arg(baselineCli)
                         : QString())
            << "\n\n| round |" << (baseline ? " baseline cxone-cli (s) | MB/s |" : "")
            << " cxone-cli (s) | MB/s | redact-pii in process (s) | MB/s | ratio |"
            << (baseline ? " baseline ratio |" : "") << "\n|---|---|---|---|---|---|"
            << (baseline ? "---|---|---|" : "") << "\n";
        const int rounds = smoke ? 1 : 3;
        for (int r = 0; r < rounds; ++r) {
            const double before = baseline ? runCli(baselineCli) : -1;
            const double ours = runCli(cli);
            const double theirs = peer && !smoke ? runRedactPii() : -1;
            out << "| " << r + 1 << " | ";
            if (baseline)
                out << QString::number(before, 'f', 3) << " | "
                    << QString::number(double(bytes) / 1e6 / before, 'f', 1) << " | ";
            out << QString::number(ours, 'f', 3) << " | "
                << QString::number(double(bytes) / 1e6 / ours, 'f', 1) << " | ";
            if (theirs > 0) {
                out << QString::number(theirs, 'f', 3) << " | "
                    << QString::number(double(bytes) / 1e6 / theirs, 'f', 2) << " | "
                    << QString::number(theirs / ours, 'f', 1) << "x |";
                if (baseline)
                    out << " " << QString::number(theirs / before, 'f', 1) << "x |";
                out << "\n";
            } else {
                out << "not run | | |" << (baseline ? " |" : "") << "\n";
            }
        }
        if (!peer && !smoke)
            out << "\n(redact-pii not measured: give --redact-pii DIR, a folder where `npm "
                   "install redact-pii` was run, on a machine with node)\n";
        return true;
    };
    if (processMb > 0) {
        QByteArray text;
        PiiCorpus corpus(99);
        for (qint64 line = 0; text.size() < processMb * 1000 * 1000; ++line) {
            text += corpus.line(line % 2 == 1).text.toUtf8();
            text += '\n';
        }
        if (!processRounds(QStringLiteral("utterances.txt"), text, QString()))
            return 1;
    }
    if (args.contains(QStringLiteral("--process-calls"))) {
        // Every text of the labelled call sets and of Presidio's cases, in the files' order, one
        // after another (a text's own line ends kept: each of its lines is a line of the file)
        QByteArray text;
        for (const QString &folder : {QStringLiteral(CXONE_SOURCE_DIR "/tests/data/callsets"),
                                      QStringLiteral(CXONE_SOURCE_DIR "/tests/data/presidio")}) {
            const QDir d(folder);
            for (const QString &name :
                 d.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name)) {
                std::vector<GoldLine> lines;
                QString error;
                if (!readGoldFile(d.filePath(name), &lines, &error)) {
                    out << "failed: " << error << '\n';
                    return 1;
                }
                for (const GoldLine &line : lines) {
                    text += line.text.toUtf8();
                    text += '\n';
                }
            }
        }
        if (!processRounds(QStringLiteral("calls.txt"), text,
                           QStringLiteral("the labelled call sets' text (not generated here)")))
            return 1;
    }

    // --- (c) end to end
    if (interactions > 0) {
        SimProcess sim;
        QString error;
        if (!sim.start({QStringLiteral("--scale"), QStringLiteral("large")}, &error)) {
            out << error << '\n';
            return 1;
        }
        Profile p;
        p.name = QStringLiteral("bench");
        p.baseUrl = sim.baseUrl();
        p.clientId = sim.clientId();
        p.scopes = allConsoleScopes();
        ApiClient client(p, ClientSecret(sim.secret()));
        // The newest N interactions without an archived recording (a job with one fails).
        TranscriptSearch s;
        s.to = QDateTime::currentDateTimeUtc().addDays(1);
        s.from = s.to.addDays(-31);
        QStringList ids;
        {
            QList<InteractionInfo> found;
            QString token;
            do {
                Request r = TranscriptsApi::searchRequest(s, token);
                CallHandle *h = client.send(r);
                Result res;
                bool done = false;
                QObject::connect(h, &CallHandle::finished, &app, [&](const Result &x) {
                    res = x;
                    done = true;
                });
                while (!done)
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
                token.clear();
                if (!TranscriptsApi::readSearchPage(res, &found, &token, &error)) {
                    out << error << '\n';
                    return 1;
                }
            } while (!token.isEmpty() && found.size() < interactions * 2);
            for (const InteractionInfo &i : std::as_const(found))
                ids.append(i.id);
        }
        ExtractOptions o;
        o.interactionIds = ids.mid(0, interactions);
        o.output = dir.filePath(QStringLiteral("e2e.jsonl"));
        o.lakeUrl = sim.baseUrl().resolved(QUrl(QStringLiteral("/_sim/webhooks/bench-lake")));
        o.concurrency = 10;
        o.policy = QStringLiteral("none");
        TranscriptExtractJob job(&client, o);
        QList<qint64> peaks;
        QObject::connect(&job, &TranscriptExtractJob::artifactDone, &app, [&] {
            const qint64 done = job.written() + job.failed();
            if (done == interactions / 4 || done == interactions / 2 || done == interactions)
                peaks.append(statusKb(0, "VmHWM:"));
        });
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = selfCpuSeconds();
        bool finished = false;
        QObject::connect(&job, &Job::finished, &app, [&] { finished = true; });
        job.start();
        while (!finished)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        out << "\n## End to end\n\n| interactions | written | pushed | seconds | transcripts/s | "
               "client CPU (s) | peak RSS at 1/4, 1/2, all (MB) |\n|---|---|---|---|---|---|---|\n"
            << "| " << o.interactionIds.size() << " | " << job.written() << " | " << job.pushed()
            << " | " << QString::number(seconds, 'f', 2) << " | "
            << QString::number(double(job.written()) / seconds, 'f', 0) << " | "
            << QString::number(selfCpuSeconds() - cpuBefore, 'f', 2) << " | ";
        for (qsizetype i = 0; i < peaks.size(); ++i)
            out << (i ? ", " : "") << peaks[i] / 1024;
        out << " |\n";
        if (job.state() != JobState::Succeeded)
            out << "failed: " << job.errorText() << '\n';
        ok = ok && job.state() == JobState::Succeeded;
    }
    out.flush();
    return ok ? 0 : 1;
}
