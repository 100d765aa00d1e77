// libFuzzer harness for the CSV reader: the same bytes through the streaming reader and the
// whole-input table reader, from a buffer and from a pipe-like device. The oracle: no crash, no
// sanitizer report, and both readers agree on everything they found (records, their lines, the
// header, the encoding, the problems, or the same reason to stop).
#include "models/engine/csv/csvreader.h"
#include "models/engine/csv/csvrows.h"

#include <QBuffer>
#include <QByteArray>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace cxone;

namespace {

// A pipe: sequential, so neither reader can look ahead or read twice.
class Pipe final : public QIODevice
{
public:
    explicit Pipe(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        // A few bytes at a time at most, so that records straddle every read.
        const qint64 n = std::min<qint64>({max, m_data.size() - m_pos, 7});
        if (n <= 0)
            return 0; // (a read of nothing may come with no buffer at all)
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

struct Found
{
    bool ok = false;
    CsvInfo info;
    QList<QList<QByteArray>> rows;
    QList<qint64> lines;
};

Found stream(QIODevice *device, const CsvOptions &options)
{
    Found f;
    CsvReader reader(options);
    f.ok = reader.read(
            device,
            [&f](const CsvRecord &r) {
                QList<QByteArray> row;
                for (const QByteArrayView c : r.cells)
                    row.append(c.toByteArray());
                f.rows.append(row);
                f.lines.append(r.line);
                return true;
            },
            &f.info);
    return f;
}

Found table(QIODevice *device, const CsvOptions &options)
{
    Found f;
    CsvTable t;
    f.ok = readCsvTable(device, options, &t);
    f.info = t.info;
    std::vector<QByteArrayView> cells(size_t(t.rows->columnCount()));
    for (qsizetype r = 0; r < t.rowCount(); ++r) {
        QList<QByteArray> row;
        t.rows->cells(r, cells.data());
        for (int c = 0; c < t.rows->columnCount(); ++c) {
            if (t.rows->cell(r, c) != cells[size_t(c)])
                std::abort(); // one cell and the whole row disagree
            row.append(cells[size_t(c)].toByteArray());
        }
        f.rows.append(row);
        f.lines.append(t.line(r));
    }
    return f;
}

[[noreturn]] void disagree(const char *what, const QByteArray &input)
{
    std::fprintf(stderr, "the readers disagree on %s for %lld bytes of input\n", what,
                 qlonglong(input.size()));
    std::abort();
}

void compare(const Found &a, const Found &b, const QByteArray &input)
{
    if (a.ok != b.ok)
        disagree("success", input);
    if (a.info.fatal != b.info.fatal)
        disagree("the reason to stop", input);
    // A stopped read: the table keeps the records before the stop, the stream handed them over.
    if (a.rows != b.rows)
        disagree("the records", input);
    if (!a.ok)
        return;
    if (a.lines != b.lines)
        disagree("the records' lines", input);
    if (a.info.header != b.info.header || a.info.rawHeader != b.info.rawHeader)
        disagree("the header", input);
    if (a.info.encoding != b.info.encoding || a.info.encodingNote != b.info.encodingNote
        || a.info.encodingFallback != b.info.encodingFallback)
        disagree("the encoding", input);
    if (a.info.delimiter != b.info.delimiter || a.info.rows != b.info.rows
        || a.info.lines != b.info.lines || a.info.bytes != b.info.bytes)
        disagree("the counts", input);
    if (a.info.problemCount != b.info.problemCount
        || a.info.problems.size() != b.info.problems.size()) {
        if (std::getenv("CXONE_FUZZ_VERBOSE")) {
            for (const auto *f : {&a, &b}) {
                std::fprintf(stderr, "%lld problems:\n", qlonglong(f->info.problemCount));
                for (const auto &p : f->info.problems)
                    std::fprintf(stderr, "  line %lld: %s\n", qlonglong(p.line),
                                 p.text.toUtf8().constData());
            }
        }
        disagree("the number of problems", input);
    }
    for (qsizetype k = 0; k < a.info.problems.size(); ++k) {
        if (a.info.problems[k].line != b.info.problems[k].line
            || a.info.problems[k].text != b.info.problems[k].text)
            disagree("a problem", input);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte chooses the options; the rest is the input.
    const uint8_t knobs = data[0];
    CsvOptions o;
    constexpr char kDelimiters[] = {0, ',', ';', '\t'};
    o.delimiter = kDelimiters[knobs & 3];
    constexpr CsvEncoding kEncodings[]
            = {CsvEncoding::Auto, CsvEncoding::Utf8, CsvEncoding::Utf16, CsvEncoding::Windows1252};
    o.encoding = kEncodings[(knobs >> 2) & 3];
    if (knobs & 0x10) { // small caps, so that every cap is reached
        o.maxFieldBytes = 40;
        o.maxRowBytes = 120;
        o.maxColumns = 6;
        o.keepProblems = 3;
    }
    if (knobs & 0x20)
        o.maxBytes = 300;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    QBuffer a;
    a.setData(input);
    a.open(QIODevice::ReadOnly);
    QBuffer b;
    b.setData(input);
    b.open(QIODevice::ReadOnly);
    compare(stream(&a, o), table(&b, o), input);

    // From a pipe: with Auto the stream decides the encoding as it goes (it cannot read twice)
    // and the table once it has it all, so only a given encoding must read the same. A stream
    // hands over the records before a cap it reaches while the table, which reads first, stops
    // with none: a failed read need only fail on both.
    Pipe p(input);
    Pipe q(input);
    const Found fromPipe = stream(&p, o);
    const Found tableFromPipe = table(&q, o);
    if (o.encoding != CsvEncoding::Auto && o.maxBytes == 0) {
        if (fromPipe.ok != tableFromPipe.ok)
            disagree("success, from a pipe", input);
        if (fromPipe.ok)
            compare(fromPipe, tableFromPipe, input);
    }
    return 0;
}
