#include "app/cli/cmd_mask.h"

#include "models/engine/text.h"
#include "models/transcripts/masktext.h"
#include "models/transcripts/piieval.h"
#include "network/fileio.h"

#include <QThread>
#include <QThreadPool>

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <mutex>
#include <optional>

namespace cxone {

namespace {

// Standard input read a slice at a time, up to 2 GiB in all (the most transcripts mask holds:
// it keeps all of it until the last line is written).
class InputReader
{
public:
    // Up to `want` bytes appended to *out (fewer only at the end); 0 at the end, -1 with
    // *error.
    qsizetype read(QByteArray *out, qsizetype want, QString *error)
    {
        const qsizetype at = out->size();
        if (out->capacity() < at + want) // (growing by half at least: a line of many slices)
            out->reserve(std::max(at + want, out->capacity() + out->capacity() / 2));
        out->resize(at + want);
        qsizetype got = 0;
        while (got < want) {
            const ssize_t r = ::read(STDIN_FILENO, out->data() + at + got, size_t(want - got));
            if (r < 0) {
                if (errno == EINTR)
                    continue;
                *error = QStringLiteral("Cannot read standard input: %1.").arg(ioErrorText(errno));
                return -1;
            }
            if (r == 0)
                break;
            got += r;
        }
        out->resize(at + got);
        m_total += got;
        if (m_total > kMax) {
            *error = QStringLiteral("The input is larger than 2 GiB, the most transcripts mask "
                                    "reads at once (it reads all of it before writing anything); "
                                    "split it.");
            return -1;
        }
        return got;
    }

    // The rest of the input appended to *out.
    bool readRest(QByteArray *out, QString *error)
    {
        for (;;) {
            const qsizetype got = read(out, qsizetype(4) << 20, error);
            if (got < 0)
                return false;
            if (got == 0)
                return true;
        }
    }

private:
    static constexpr qint64 kMax = 2ll * 1024 * 1024 * 1024;
    qint64 m_total = 0;
};

// Scores the masker against a labelled file (--eval).
int transcriptsMaskEval(CliIo &ctx, const PiiMasker &masker, const QString &path)
{
    std::vector<GoldLine> gold;
    QString error;
    if (!readGoldFile(path, &gold, &error))
        return ctx.fail(ExitRefused, error);
    const MaskEvaluation ev = evaluateMasker(masker, gold);
    if (ctx.json()) {
        QJsonObject out = ev.toJson();
        out.insert(QStringLiteral("ok"), true);
        out.insert(QStringLiteral("file"), path);
        ctx.printJson(out);
        return ExitOk;
    }
    ctx.out() << ev.table();
    if (!ev.misses.isEmpty()) {
        ctx.out() << "\nFirst entities not found:\n";
        for (const QString &m : ev.misses.mid(0, 10))
            ctx.out() << "  " << m << '\n';
    }
    if (!ev.falseMasks.isEmpty()) {
        ctx.out() << "\nFirst masks on no labelled entity:\n";
        for (const QString &m : ev.falseMasks.mid(0, 10))
            ctx.out() << "  " << m << '\n';
    }
    ctx.out().flush();
    return ExitOk;
}

} // namespace

bool readEntities(CliIo &ctx, const QCommandLineParser &args, quint32 *entities, int *code)
{
    *entities = kAllPiiEntities;
    if (!args.isSet(QStringLiteral("entities")))
        return true;
    QString error;
    if (!parsePiiEntities(args.value(QStringLiteral("entities")), entities, &error)) {
        *code = ctx.fail(ExitUsage, QStringLiteral("--entities: %1").arg(error));
        return false;
    }
    return true;
}

bool readMaskPolicy(CliIo &ctx, const QCommandLineParser &args, MaskPolicy *policy, int *code)
{
    *policy = MaskPolicy::Strict;
    if (!args.isSet(QStringLiteral("mask-policy")))
        return true;
    QString error;
    if (!parseMaskPolicy(args.value(QStringLiteral("mask-policy")), policy, &error)) {
        *code = ctx.usageError(QStringLiteral("--mask-policy: %1").arg(error));
        return false;
    }
    return true;
}

QCommandLineOption maskPolicyOption()
{
    return {QStringLiteral("mask-policy"),
            QStringLiteral("strict (default: every number somebody may have given) or balanced "
                           "(fewer masks on numbers that do not validate)."),
            QStringLiteral("POLICY")};
}

QCommandLineOption entitiesOption()
{
    return {QStringLiteral("entities"),
            QStringLiteral("What to mask: email,phone,spoken,card,ssn,iban,ip (default: all)."),
            QStringLiteral("LIST")};
}

// Masks standard input to standard output, one output line per input line, in order, every line
// end as it came. The input is read whole and checked first: text that is neither UTF-8 nor
// UTF-16/32 with a byte-order mark is refused before anything is written. Lines are masked in
// parallel in blocks.
int transcriptsMask(CliIo &ctx, const QCommandLineParser &args, const QStringList &)
{
    PiiMasker::Options mo;
    int code = ExitOk;
    if (!readEntities(ctx, args, &mo.entities, &code))
        return code;
    if (!readMaskPolicy(ctx, args, &mo.policy, &code))
        return code;
    const bool jsonl = args.isSet(QStringLiteral("jsonl"));
    const PiiMasker masker(mo);
    if (args.isSet(QStringLiteral("eval"))) {
        if (jsonl)
            return ctx.fail(ExitUsage, QStringLiteral("--eval reads its own labelled file; it "
                                                      "takes no --jsonl."));
        return transcriptsMaskEval(ctx, masker, args.value(QStringLiteral("eval")));
    }

    // The input arrives in slices; each slice's whole lines are checked (UTF-8) and cut into
    // blocks that the workers mask at once, while the rest is still being read. Nothing is
    // written before all of it was read and found well formed: text that is neither UTF-8 nor
    // UTF-16/32 with a byte-order mark is refused with nothing written. (UTF-16/32 is decoded
    // whole first, then masked as one slice.)
    QString error;
    TextEncoding encoding = TextEncoding::Utf8;
    std::deque<QByteArray> slices; // (a deque: a slice stays where it is as more come)
    std::vector<QByteArrayView> blocks;
    std::vector<qint64> firstLines;
    std::vector<std::optional<MaskedLines>> done;
    std::mutex mutex;
    std::condition_variable changed;
    size_t next = 0, written = 0;
    bool inputEnded = false, stop = false;
    qint64 lineCount = 1; // the number of the line the next block starts with
    // Cuts a slice's text into blocks of about 128 KiB that end at a line end and hands them to
    // the workers.
    const auto publish = [&](QByteArrayView text) {
        std::vector<QByteArrayView> cut;
        std::vector<qint64> lines;
        const qsizetype n = text.size();
        qsizetype a = 0;
        while (a < n) {
            qsizetype b = std::min(n, a + (qsizetype(1) << 17));
            if (b < n) {
                const qsizetype nl = text.indexOf('\n', b - 1);
                b = nl < 0 ? n : nl + 1;
            }
            const QByteArrayView block = text.sliced(a, b - a);
            cut.push_back(block);
            lines.push_back(lineCount);
            for (const char *p = block.data(), *e = p + block.size();
                 (p = static_cast<const char *>(std::memchr(p, '\n', size_t(e - p)))) != nullptr;
                 ++p)
                ++lineCount;
            a = b;
        }
        {
            std::lock_guard lock(mutex);
            blocks.insert(blocks.end(), cut.begin(), cut.end());
            firstLines.insert(firstLines.end(), lines.begin(), lines.end());
            done.resize(blocks.size());
        }
        changed.notify_all();
    };
    // Workers take the next block while this thread reads, then writes the finished ones in
    // order; a worker waits when it would run more than a window of blocks ahead of the writer,
    // so memory stays bounded whatever the input's size.
    const int threads = std::max(1, QThread::idealThreadCount());
    const size_t window = size_t(threads) * 16;
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    for (int t = 0; t < threads; ++t) {
        pool.start([&] {
            for (;;) {
                size_t k;
                QByteArrayView block;
                qint64 firstLine;
                {
                    std::unique_lock lock(mutex);
                    changed.wait(lock, [&] {
                        return stop || (next < blocks.size() && next < written + window)
                               || (inputEnded && next >= blocks.size());
                    });
                    if (stop || next >= blocks.size())
                        return;
                    k = next++;
                    block = blocks[k];
                    firstLine = firstLines[k];
                }
                MaskedLines m = maskLines(masker, block, jsonl, firstLine);
                {
                    std::lock_guard lock(mutex);
                    done[k] = std::move(m);
                }
                changed.notify_all();
            }
        });
    }
    const auto refuse = [&](const QString &message) {
        {
            std::lock_guard lock(mutex);
            stop = true;
        }
        changed.notify_all();
        pool.waitForDone();
        return ctx.fail(ExitRefused, message);
    };
    {
        InputReader reader;
        QByteArray carry; // the start of a line the last slice ended in
        bool first = true;
        for (;;) {
            // (read on after the line the last slice ended in)
            QByteArray text = std::move(carry);
            carry = QByteArray();
            const qsizetype got = reader.read(&text, qsizetype(1) << 20, &error);
            if (got < 0)
                return refuse(error);
            const bool ended = got == 0;
            if (first) {
                QByteArray &slice = text;
                first = false;
                // A byte-order mark of UTF-16/32, or NULs at the start: decoded (or refused)
                // whole, then masked as one slice.
                if (decodesWhole(slice)) {
                    if (!reader.readRest(&slice, &error))
                        return refuse(error);
                    if (!decodeMaskInput(&slice, &encoding, &error))
                        return refuse(
                                QStringLiteral("Refused, nothing was written: %1").arg(error));
                    slices.push_back(std::move(slice));
                    publish(slices.back());
                    break;
                }
                encoding = slice.startsWith("\xef\xbb\xbf") ? TextEncoding::Utf8Bom
                                                            : TextEncoding::Utf8;
            }
            // Its whole lines checked and handed on; the rest carried.
            if (!ended) {
                const qsizetype cut = text.lastIndexOf('\n') + 1;
                if (cut == 0) { // (no line ends yet: all of it carried, not copied)
                    carry = std::move(text);
                    continue;
                }
                carry = text.sliced(cut);
                text.truncate(cut);
            }
            if (!text.isEmpty()) {
                const qsizetype bad = firstInvalidUtf8(text);
                if (bad >= 0) // (a slice starts a line: its lines are counted on)
                    return refuse(QStringLiteral("Refused, nothing was written: %1")
                                          .arg(notUtf8Error(text, bad, lineCount)));
                slices.push_back(std::move(text));
                publish(slices.back());
            }
            if (ended)
                break;
        }
    }
    {
        std::lock_guard lock(mutex);
        inputEnded = true;
    }
    changed.notify_all();
    std::setvbuf(stdout, nullptr, _IOFBF, 1 << 20);
    MaskCounts totals;
    qint64 lines = 0, problems = 0;
    QString firstProblem;
    bool writeFailed = false;
    int writeErrno = 0;
    for (size_t k = 0; k < blocks.size() && !writeFailed; ++k) {
        MaskedLines m;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return done[k].has_value(); });
            m = std::move(*done[k]);
            done[k].reset();
        }
        if (std::fwrite(m.text.constData(), 1, size_t(m.text.size()), stdout)
            != size_t(m.text.size())) {
            writeErrno = errno;
            writeFailed = true;
        }
        totals.add(m.counts);
        lines += m.lines;
        if (m.problems > 0 && problems == 0)
            firstProblem = m.firstProblem;
        problems += m.problems;
        {
            std::lock_guard lock(mutex);
            written = k + 1;
            stop = writeFailed;
        }
        changed.notify_all();
    }
    pool.waitForDone();
    if (!writeFailed && std::fflush(stdout) != 0) {
        writeFailed = true;
        writeErrno = errno;
    }
    if (writeFailed)
        return ctx.runFailed(QStringLiteral("Cannot write the output: %1.")
                                     .arg(writeErrno == EPIPE
                                                  ? QStringLiteral("the reader closed the pipe")
                                                  : ioErrorText(writeErrno)));
    QString found;
    const QJsonObject counts = totals.toJson();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.value().toInteger() > 0)
            found += QStringLiteral(" %1 %2").arg(it.key()).arg(it.value().toInteger());
    }
    ctx.progress(QStringLiteral("%1 lines masked (%2, policy %3);%4")
                         .arg(lines)
                         .arg(textEncodingName(encoding), maskPolicyName(mo.policy))
                         .arg(found.isEmpty() ? QStringLiteral(" nothing found") : found));
    if (problems > 0)
        return ctx.runFailed(
                QStringLiteral("%1 withheld (%2%3).")
                        .arg(countText(problems, QStringLiteral("line was"),
                                       QStringLiteral("lines were")))
                        .arg(firstProblem, problems > 1 ? QStringLiteral(", …") : QString()));
    return ExitOk;
}

QStringList transcriptsMaskWords()
{
    return {QStringLiteral("transcripts"), QStringLiteral("mask")};
}

QString transcriptsMaskSummary()
{
    return QStringLiteral("Mask personal data in stdin to stdout, one line per line; or score "
                          "the masker against a labelled file.");
}

QList<QCommandLineOption> transcriptsMaskOptions()
{
    return {entitiesOption(),
            maskPolicyOption(),
            {QStringLiteral("jsonl"),
             QStringLiteral("Each line is JSON: mask every string, key and number in it.")},
            {QStringLiteral("eval"),
             QStringLiteral("Score the masker against a labelled file (JSON lines of text and "
                            "entities; docs/transcripts.md) instead: recall, leaked characters "
                            "and precision by type."),
             QStringLiteral("GOLD.jsonl")}};
}

} // namespace cxone
