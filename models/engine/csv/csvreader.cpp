#include "models/engine/csv/csvreader.h"

#include "models/engine/csv/csvrows.h"
#include "models/engine/io/boundedinput.h"

#include <QFile>
#include <QIODevice>
#include <QLocale>
#include <QStringDecoder>
#include <QVarLengthArray>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cxone {

namespace {

constexpr qsizetype kChunk = 1 << 20;
constexpr qsizetype kSniffBytes = 64 * 1024;
// A cell of the whole-input table is at most this long (as CompactRowStore cells are).
constexpr qsizetype kMaxTableCellBytes = 32767;

// Windows-1252 bytes 0x80..0x9F; the five it leaves undefined keep their C1 code point (as the
// WHATWG decoder does). 0xA0..0xFF are Latin-1.
constexpr std::array<char16_t, 32> kCp1252High{
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

void decodeCp1252(QByteArrayView in, QByteArray &out)
{
    const char *p = in.data();
    const char *end = p + in.size();
    while (p < end) {
        const char *run = p;
        while (p < end && static_cast<unsigned char>(*p) < 0x80)
            ++p;
        out.append(run, p - run);
        if (p == end)
            break;
        const unsigned char c = static_cast<unsigned char>(*p++);
        appendUtf8(out, c < 0xA0 ? char32_t(kCp1252High[c - 0x80]) : char32_t(c));
    }
}

// Bytes at the end of `data` that start a UTF-8 sequence not yet complete.
qsizetype incompleteUtf8Tail(QByteArrayView data)
{
    const qsizetype n = data.size();
    for (qsizetype back = 1; back <= 3 && back <= n; ++back) {
        const unsigned char c = static_cast<unsigned char>(data[n - back]);
        if ((c & 0xC0) == 0x80)
            continue; // continuation byte: look further back
        const int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return need > back ? back : 0;
    }
    return 0;
}

// Offset of the first byte that is not part of a valid UTF-8 sequence; -1 when there is none.
qint64 firstInvalidUtf8(QByteArrayView data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int need = 0;
        char32_t min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            min = 0x10000;
        } else {
            return i;
        }
        char32_t cp = c & (0x3F >> need);
        for (int k = 1; k <= need; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += need + 1;
    }
    return -1;
}

// Bit k of each mask says what byte k of the 64 at `p` is (bytes past `left` are none of them).
struct BlockMasks
{
    quint64 quotes;
    quint64 delims;
    quint64 lf;
    quint64 cr;
};

inline void blockMasks(const char *p, qsizetype left, char delim, BlockMasks *m)
{
    alignas(16) char tail[64];
    if (left < 64) {
        std::memset(tail, 0, sizeof tail); // NUL is none of them (the table has no NUL bytes)
        std::memcpy(tail, p, size_t(left));
        p = tail;
    }
#if defined(__SSE2__)
    const __m128i q = _mm_set1_epi8('"');
    const __m128i d = _mm_set1_epi8(delim);
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i lf = _mm_set1_epi8('\n');
    const auto mask = [](__m128i v, __m128i c, int k) {
        return quint64(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, c)))) << (16 * k);
    };
    *m = BlockMasks{0, 0, 0, 0};
    for (int k = 0; k < 4; ++k) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * k));
        m->quotes |= mask(v, q, k);
        m->delims |= mask(v, d, k);
        m->lf |= mask(v, lf, k);
        m->cr |= mask(v, cr, k);
    }
#else
    *m = BlockMasks{0, 0, 0, 0};
    for (int k = 0; k < 64; ++k) {
        const char c = p[k];
        m->quotes |= quint64(c == '"') << k;
        m->delims |= quint64(c == delim) << k;
        m->lf |= quint64(c == '\n') << k;
        m->cr |= quint64(c == '\r') << k;
    }
#endif
}

// Bit k set when an odd number of the bits 0..k of x are.
inline quint64 prefixXor(quint64 x)
{
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    return x;
}

QString quoteName(const QString &name)
{
    return QStringLiteral("\u201c%1\u201d").arg(name);
}

} // namespace

QString csvEncodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Auto:
        return QStringLiteral("auto");
    case CsvEncoding::Utf8:
        return QStringLiteral("utf-8");
    case CsvEncoding::Utf16:
        return QStringLiteral("utf-16");
    case CsvEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return {};
}

bool parseCsvEncoding(const QString &text, CsvEncoding *encoding)
{
    const QString t = text.trimmed().toLower().remove(u'-').remove(u'_');
    if (t == u"auto" || t.isEmpty())
        *encoding = CsvEncoding::Auto;
    else if (t == u"utf8")
        *encoding = CsvEncoding::Utf8;
    else if (t == u"utf16" || t == u"utf16le" || t == u"unicode")
        *encoding = CsvEncoding::Utf16;
    else if (t == u"windows1252" || t == u"cp1252" || t == u"latin1" || t == u"iso88591")
        *encoding = CsvEncoding::Windows1252;
    else
        return false;
    return true;
}

bool parseCsvDelimiter(const QString &text, char *delimiter)
{
    const QString t = text.trimmed().toLower();
    if (t == u"auto" || t.isEmpty())
        *delimiter = 0;
    else if (t == u"," || t == u"comma")
        *delimiter = ',';
    else if (t == u";" || t == u"semicolon")
        *delimiter = ';';
    else if (t == u"tab" || t == u"\\t" || text == u"\t")
        *delimiter = '\t';
    else if (t == u"|" || t == u"pipe")
        *delimiter = '|';
    else
        return false;
    return true;
}

QString csvDelimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return QStringLiteral("comma");
    case ';':
        return QStringLiteral("semicolon");
    case '\t':
        return QStringLiteral("tab");
    case '|':
        return QStringLiteral("pipe");
    default:
        return QString(QLatin1Char(delimiter));
    }
}

QString CsvInfo::describe() const
{
    const QLocale locale;
    return QStringLiteral("%1, %2-separated%3, %4")
            .arg(encodingNote, csvDelimiterName(delimiter),
                 delimiterSniffed ? QStringLiteral(" (detected)") : QString(),
                 rows == 1 ? QStringLiteral("1 row")
                           : QStringLiteral("%1 rows").arg(locale.toString(rows)));
}

struct CsvReader::Impl
{
    CsvOptions options;
    CsvInfo *info = nullptr;
    char delim = ',';
    std::array<bool, 256> special{};

    QIODevice *device = nullptr;
    CsvEncoding encoding = CsvEncoding::Utf8;
    QStringDecoder utf16;
    QByteArray pendingRaw;  // undecoded bytes carried to the next chunk (split sequences)
    bool checkUtf8 = false; // validate as we go (input that could not be checked up front)

    QByteArray buf; // decoded UTF-8
    qsizetype pos = 0;
    bool eof = false;
    qint64 line = 1; // physical line at pos

    // One record being parsed: each cell either a view into buf or a range of scratch.
    struct Cell
    {
        qsizetype start;
        qsizetype length;
        bool inScratch; // the text is in scratch (a quoted cell with doubled quotes or text after
                        // its closing quote); otherwise a slice of buf
        bool quoted;    // written between quotes
    };
    std::vector<Cell> cells;
    QByteArray scratch;
    std::vector<QByteArrayView> views;
    std::vector<QString> recordProblems; // reported once the record is complete
    bool unterminatedLast = false;
    qint64 sinceLineEnd = 0; // input bytes read since the last CR or LF byte
    bool haveHeader = false;
    int columns = 0;

    // Whole-input mode (readTable): the input is read at once and its records indexed in place.
    CsvTable *table = nullptr;
    CsvRowsBuilder builder{nullptr, nullptr};
    QVarLengthArray<bool, 64> quotedCells;
    QVarLengthArray<quint32, 64> spanEnds; // the fast path's cells: where each ends

    bool autoPending = false; // encoding Auto without a BOM: decided once the input is read
    bool utf8Checked = false; // every byte was found to be UTF-8 while it was read
    // Stream: the records with bytes that are not UTF-8 (line, problem), named at the end.
    std::vector<std::pair<qint64, QString>> notUtf8Records;
    bool bufHasNul = true;    // per-record NUL checks only when the buffer holds one
    bool nulKnown = false;    // bufHasNul was found while reading
    CsvText text;             // whole-input mode: the block a file was read into (or none)
    qsizetype dataStart = -1; // where the first data record starts

    void problem(qint64 at, const QString &text)
    {
        ++info->problemCount;
        if (info->problems.size() < options.keepProblems)
            info->problems.append({at, text});
    }

    bool fatal(qint64 at, const QString &text)
    {
        info->fatal = at > 0 ? QStringLiteral("line %1: %2").arg(at).arg(text) : text;
        return false;
    }

    QString tooLarge() const
    {
        return QStringLiteral("the input is larger than %1, the most it may be; nothing past "
                              "that was read")
                .arg(sizeText(options.maxBytes));
    }

    // A record is at most maxRowBytes of text in at most maxColumns cells, so as written it takes
    // at most twice that (every quote doubled) plus two quotes and a delimiter a cell; any
    // encoding takes at most twice the bytes of its UTF-8 for that text. A stretch of input
    // longer than this without a line end byte (CR or LF, inside quotes or not) is part of one
    // record that no reader would accept, so reading stops there: a pipe or a device that never
    // ends a line (/dev/zero) is refused after a few MiB instead of filling memory up to maxBytes.
    qint64 maxStretch() const
    {
        const qint64 record = 2 * qint64(options.maxRowBytes) + 3 * qint64(options.maxColumns) + 4;
        return 2 * record + 4;
    }

    // Counts the bytes since the last line end; false (and fatal) when they are more than a
    // record can be.
    bool lineEndWithinReach(QByteArrayView raw)
    {
        const char *p = raw.data();
        const qsizetype n = raw.size();
        qsizetype last = -1;
        for (qsizetype k = n - 1; k >= 0; --k) {
            if (p[k] == '\n' || p[k] == '\r') {
                last = k;
                break;
            }
        }
        if (last >= 0) {
            // The stretch before the first line end of this chunk counts too.
            qsizetype f = 0;
            while (f < last && p[f] != '\n' && p[f] != '\r')
                ++f;
            if (sinceLineEnd + f > maxStretch())
                return overlong();
            sinceLineEnd = n - 1 - last;
        } else {
            sinceLineEnd += n;
        }
        return sinceLineEnd <= maxStretch() || overlong();
    }

    bool overlong()
    {
        return fatal(0, QStringLiteral("more than %1 of the input without a line end: a record "
                                       "may be at most %2; nothing past that was read")
                                .arg(sizeText(maxStretch()), sizeText(options.maxRowBytes)));
    }

    // The next piece of the input: at most what is left of a file, and from a pipe what a pipe
    // holds (QIODevice::read allocates all it is asked for, whatever comes).
    QByteArray readChunk()
    {
        constexpr qint64 kPipeChunk = 64 * 1024;
        const qint64 want = device->isSequential()
                                    ? kPipeChunk
                                    : std::clamp<qint64>(device->size() - device->pos(), 1, kChunk);
        return device->read(want);
    }

    // Reads the rest of a stream a chunk at a time, each checked against the caps as it comes:
    // false (and fatal) at the first one over.
    bool readRest(QByteArray *raw)
    {
        for (;;) {
            const QByteArray chunk = readChunk();
            if (chunk.isEmpty())
                return true;
            info->bytes += chunk.size();
            if (options.maxBytes > 0 && info->bytes > options.maxBytes)
                return fatal(0, tooLarge());
            if (!lineEndWithinReach(chunk))
                return false;
            raw->append(chunk);
        }
    }

    // Whole-input mode: reads the rest of the device at once and decodes it into buf.
    bool readWhole()
    {
        const qint64 start = device->pos();
        if (options.maxBytes > 0 && !device->isSequential()
            && device->size() - start + info->bytes > options.maxBytes)
            return fatal(0, tooLarge());
        QByteArray raw;
        if (!device->isSequential() && (autoPending || encoding == CsvEncoding::Utf8)) {
            if (readInPlace(start, &raw))
                return options.maxBytes <= 0 || info->bytes <= options.maxBytes
                               ? true
                               : fatal(0, tooLarge());
            if (!info->fatal.isEmpty())
                return false;
        } else if (!readRest(&raw)) {
            return false;
        }
        if (options.maxBytes > 0 && info->bytes > options.maxBytes)
            return fatal(0, tooLarge());
        if (autoPending) {
            // Auto without a BOM: UTF-8 if every byte says so, else Windows-1252 (and say so).
            if (simdjson::validate_utf8(raw.constData(), size_t(raw.size()))) {
                encoding = CsvEncoding::Utf8;
                utf8Checked = true;
                info->encodingNote = QStringLiteral("UTF-8");
            } else {
                encoding = CsvEncoding::Windows1252;
                info->encodingFallback = true;
                info->encodingNote = QStringLiteral("Windows-1252 (not valid UTF-8 at byte %1)")
                                             .arg(firstInvalidUtf8(raw) + start + 1);
                buf.reserve(raw.size() + raw.size() / 8);
            }
            info->encoding = encoding;
        }
        decodeAppend(std::move(raw), true);
        if (encoding == CsvEncoding::Utf16)
            buf += QString(utf16(QByteArray())).toUtf8();
        eof = true;
        return true;
    }

    // Whole-input mode, a file that is or may be UTF-8: read a chunk at a time into a block of
    // its own that becomes the table's text (nothing copied afterwards), each chunk checked for
    // NUL bytes, and with Auto for UTF-8, while it is still in the cache. False when Auto finds
    // that it is not UTF-8: *raw then holds what was read, for the general route.
    bool readInPlace(qint64 start, QByteArray *raw)
    {
        const qint64 expected = std::max<qint64>(0, device->size() - start);
        text = CsvText::allocate(expected);
        qint64 got = 0;
        qint64 checked = 0; // bytes found to be UTF-8 so far (Auto)
        bool valid = true;
        bool nul = false;
        // checkLines: the bytes have not been through lineEndWithinReach() yet.
        const auto take = [&](qint64 from, bool checkLines) {
            const char *p = text.constData();
            nul = nul || std::memchr(p + from, 0, size_t(got - from)) != nullptr;
            if (checkLines && !lineEndWithinReach(QByteArrayView(p + from, got - from)))
                return false;
            if (!autoPending || !valid)
                return true;
            // A sequence the chunk cuts in two is checked with the next one.
            const qint64 upTo
                    = got - incompleteUtf8Tail(QByteArrayView(p + checked, got - checked));
            valid = simdjson::validate_utf8(p + checked, size_t(upTo - checked));
            checked = upTo;
            return true;
        };
        while (got < expected) {
            const qint64 n
                    = device->read(text.data() + got, std::min<qint64>(kChunk, expected - got));
            if (n <= 0)
                break;
            got += n;
            if (!take(got - n, true))
                return fatalInPlace();
        }
        if (!device->atEnd()) {
            // The file grew while it was read: the rest as it comes, into a larger block, as
            // long as it keeps within the caps.
            info->bytes += got;
            QByteArray more;
            if (!readRest(&more))
                return fatalInPlace();
            info->bytes -= got;
            if (!more.isEmpty()) {
                CsvText larger = CsvText::allocate(got + more.size());
                std::memcpy(larger.data(), text.constData(), size_t(got));
                std::memcpy(larger.data() + got, more.constData(), size_t(more.size()));
                text = std::move(larger);
                got += more.size();
                take(got - more.size(), false); // readRest() checked its line ends
            }
        }
        if (autoPending && valid && checked < got)
            valid = simdjson::validate_utf8(text.constData() + checked, size_t(got - checked));
        text.setSize(got);
        info->bytes += got;
        if (autoPending && !valid) {
            *raw = QByteArray(text.constData(), got);
            text = CsvText();
            return false;
        }
        if (autoPending) {
            encoding = CsvEncoding::Utf8;
            utf8Checked = true;
            info->encodingNote = QStringLiteral("UTF-8");
            info->encoding = encoding;
        }
        buf = QByteArray::fromRawData(text.constData(), got); // read only: never detached
        bufHasNul = nul;
        nulKnown = true;
        eof = true;
        return true;
    }

    // readInPlace() stops: a cap was passed while reading (fatal says which).
    bool fatalInPlace()
    {
        text = CsvText();
        return false;
    }

    // False at the end of the input, or with fatal set when a cap is passed.
    bool readRaw(QByteArray *raw)
    {
        *raw = readChunk();
        if (raw->isEmpty() && device->atEnd())
            return false;
        info->bytes += raw->size();
        if (options.maxBytes > 0 && info->bytes > options.maxBytes)
            return fatal(0, tooLarge());
        return lineEndWithinReach(*raw);
    }

    void decodeAppend(QByteArray raw, bool last)
    {
        switch (encoding) {
        case CsvEncoding::Utf16:
            buf += QString(utf16(raw)).toUtf8();
            break;
        case CsvEncoding::Windows1252:
            decodeCp1252(raw, buf);
            break;
        case CsvEncoding::Auto:
        case CsvEncoding::Utf8: {
            if (!checkUtf8) {
                buf += raw;
                break;
            }
            QByteArray data = pendingRaw + raw;
            pendingRaw.clear();
            const qsizetype tail = last ? 0 : incompleteUtf8Tail(data);
            if (tail > 0) {
                pendingRaw = data.right(tail);
                data.chop(tail);
            }
            if (!simdjson::validate_utf8(data.constData(), size_t(data.size()))) {
                // Input that could not be checked up front (a pipe): the rest is Windows-1252.
                problem(line, QStringLiteral("the text is not valid UTF-8 from here on; it is "
                                             "read as Windows-1252"));
                info->encodingFallback = true;
                info->encodingNote = QStringLiteral("UTF-8, then Windows-1252");
                encoding = CsvEncoding::Windows1252;
                checkUtf8 = false;
                decodeCp1252(data, buf);
                break;
            }
            buf += data;
            break;
        }
        }
    }

    // Decides the encoding from the start of the input; may read the whole input once to check
    // that it is UTF-8 (a file), then goes back to the start.
    bool detectEncoding()
    {
        const QByteArray head = device->peek(4);
        const auto starts = [&](const char *bom, int n) {
            return head.size() >= n && std::memcmp(head.constData(), bom, size_t(n)) == 0;
        };
        encoding = options.encoding;
        if (starts("\xEF\xBB\xBF", 3)) {
            device->read(3);
            info->bytes += 3;
            if (encoding == CsvEncoding::Auto)
                encoding = CsvEncoding::Utf8;
            info->encodingNote = QStringLiteral("UTF-8 with BOM");
        } else if (starts("\xFF\xFE", 2) || starts("\xFE\xFF", 2)) {
            const bool le = starts("\xFF\xFE", 2);
            device->read(2);
            info->bytes += 2;
            encoding = CsvEncoding::Utf16;
            utf16 = QStringDecoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
            info->encodingNote = le ? QStringLiteral("UTF-16 LE") : QStringLiteral("UTF-16 BE");
        } else if (encoding == CsvEncoding::Utf16
                   || (encoding == CsvEncoding::Auto && head.size() >= 2 && head[0] != 0
                       && head[1] == 0)) {
            encoding = CsvEncoding::Utf16;
            utf16 = QStringDecoder(QStringDecoder::Utf16LE);
            info->encodingNote = QStringLiteral("UTF-16 LE (no BOM)");
        }
        if (encoding == CsvEncoding::Windows1252 && info->encodingNote.isEmpty())
            info->encodingNote = QStringLiteral("Windows-1252");
        if (encoding == CsvEncoding::Utf8 && info->encodingNote.isEmpty())
            info->encodingNote = QStringLiteral("UTF-8");
        if (encoding != CsvEncoding::Auto) {
            info->encoding = encoding;
            return true;
        }
        // Auto without a BOM: UTF-8 if every byte says so, else Windows-1252 (and say so).
        if (table) {
            autoPending = true; // readWhole() checks the bytes it reads
            return true;
        }
        if (device->isSequential()) {
            checkUtf8 = true;
            encoding = CsvEncoding::Utf8;
            info->encoding = encoding;
            info->encodingNote = QStringLiteral("UTF-8");
            return true;
        }
        const qint64 start = device->pos();
        QByteArray carry;
        qint64 offset = 0;
        qint64 invalidAt = -1;
        qint64 scanned = 0;
        for (;;) {
            QByteArray chunk = device->read(
                    std::clamp<qint64>(device->size() - device->pos(), 1, 4 * kChunk));
            if (chunk.isEmpty())
                break;
            scanned += chunk.size();
            if (options.maxBytes > 0 && scanned > options.maxBytes)
                break; // the read itself reports the size
            QByteArray data = carry + chunk;
            const qsizetype tail = device->atEnd() ? 0 : incompleteUtf8Tail(data);
            carry = data.right(tail);
            data.chop(tail);
            if (!simdjson::validate_utf8(data.constData(), size_t(data.size()))) {
                invalidAt = offset + firstInvalidUtf8(data);
                break;
            }
            offset += data.size();
        }
        if (!device->seek(start))
            return fatal(0, QStringLiteral("the input cannot be read twice (%1)")
                                    .arg(device->errorString()));
        if (invalidAt >= 0) {
            encoding = CsvEncoding::Windows1252;
            info->encodingFallback = true;
            info->encodingNote = QStringLiteral("Windows-1252 (not valid UTF-8 at byte %1)")
                                         .arg(invalidAt + start + 1);
        } else {
            encoding = CsvEncoding::Utf8;
            info->encodingNote = QStringLiteral("UTF-8");
        }
        info->encoding = encoding;
        return true;
    }

    // Fills buf with at least `want` bytes beyond pos, or to the end of the input.
    bool fill(qsizetype want)
    {
        while (!eof && buf.size() - pos < want) {
            QByteArray raw;
            if (!readRaw(&raw)) {
                if (!info->fatal.isEmpty())
                    return false;
                if (device->atEnd() || raw.isEmpty()) {
                    eof = true;
                    decodeAppend(pendingRaw, true);
                    pendingRaw.clear();
                    if (encoding == CsvEncoding::Utf16)
                        buf += QString(utf16(QByteArray())).toUtf8();
                }
                break;
            }
            decodeAppend(std::move(raw), false);
        }
        return true;
    }

    char sniff() const
    {
        const QByteArrayView sample = QByteArrayView(buf).sliced(pos).first(
                std::min<qsizetype>(kSniffBytes, buf.size() - pos));
        char best = ',';
        int bestFields = 0;
        bool bestConsistent = false;
        for (const char d : {',', ';', '\t', '|'}) {
            // Field counts of the first records, quotes respected.
            std::vector<int> counts;
            int fields = 1;
            bool quoted = false;
            for (qsizetype i = 0; i < sample.size() && counts.size() < 30; ++i) {
                const char c = sample[i];
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == d) {
                    ++fields;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    if (c == '\r' && i + 1 < sample.size() && sample[i + 1] == '\n')
                        ++i;
                    counts.push_back(fields);
                    fields = 1;
                }
            }
            if (counts.empty())
                counts.push_back(fields);
            const int first = counts.front();
            const bool consistent = first > 1
                                    && std::all_of(counts.begin(), counts.end(),
                                                   [&](int n) { return n == first; });
            if (first <= 1)
                continue;
            if ((consistent && !bestConsistent)
                || (consistent == bestConsistent && first > bestFields)) {
                best = d;
                bestFields = first;
                bestConsistent = consistent;
            }
        }
        return best;
    }

    // The first byte at or after i that ends a plain (unquoted) run: the delimiter, a quote or a
    // line end; `end` when there is none.
    qsizetype skipPlain(const char *data, qsizetype i, qsizetype end) const
    {
#if defined(__SSE2__)
        const __m128i d = _mm_set1_epi8(delim);
        const __m128i q = _mm_set1_epi8('"');
        const __m128i cr = _mm_set1_epi8('\r');
        const __m128i lf = _mm_set1_epi8('\n');
        while (end - i >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
            const __m128i hit
                    = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, d), _mm_cmpeq_epi8(v, q)),
                                   _mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, lf)));
            const auto mask = unsigned(_mm_movemask_epi8(hit));
            if (mask != 0)
                return i + std::countr_zero(mask);
            i += 16;
        }
#endif
        while (i < end && !special[static_cast<unsigned char>(data[i])])
            ++i;
        return i;
    }

    enum class Parsed { Record, Blank, NeedMore, End, Fatal };

    enum class After { NextCell, RecordEnd, NeedMore };

    // What follows a cell that ends at i: a delimiter (i moves past it: another cell), or the
    // record's end (pos and line move past its line end, or to the end of the input). A CR that
    // ends what a stream has delivered so far cannot be judged yet.
    After afterCell(const char *data, qsizetype &i, qsizetype end, qint64 newlines)
    {
        if (i >= end) { // the last record of the input, without a line end
            pos = i;
            line += newlines;
            unterminatedLast = true;
            return After::RecordEnd;
        }
        const char c = data[i];
        if (c == delim) {
            ++i;
            return After::NextCell;
        }
        if (c == '\r' && i + 1 >= end && !eof)
            return After::NeedMore;
        i += (c == '\r' && i + 1 < end && data[i + 1] == '\n') ? 2 : 1;
        pos = i;
        line += newlines + 1;
        return After::RecordEnd;
    }

    Parsed parseRecord(qint64 *recordLine, int *fieldCount)
    {
        cells.clear();
        scratch.clear();
        recordProblems.clear();
        *recordLine = line;
        const char *data = buf.constData();
        const qsizetype end = buf.size();
        qsizetype i = pos;
        qint64 newlines = 0;
        qsizetype rowBytes = 0;
        if (i >= end)
            return eof ? Parsed::End : Parsed::NeedMore;
        for (;;) {
            if (int(cells.size()) >= options.maxColumns) {
                fatal(*recordLine,
                      QStringLiteral("more than %1 fields in one record").arg(options.maxColumns));
                return Parsed::Fatal;
            }
            Cell cell{i, 0, false, false};
            if (i < end && data[i] == '"') {
                // Quoted: doubled quotes and line breaks are part of the field. The text stays a
                // slice of buf unless a doubled quote or text after the closing quote needs it
                // rewritten into scratch.
                cell.quoted = true;
                ++i;
                const qsizetype contentStart = i;
                const qsizetype scratchStart = scratch.size();
                const auto toScratch = [&](qsizetype upTo) {
                    if (!cell.inScratch) {
                        scratch.append(data + contentStart, upTo - contentStart);
                        cell.inScratch = true;
                    }
                };
                for (;;) {
                    const void *q = std::memchr(data + i, '"', size_t(end - i));
                    if (!q) {
                        // Longer than a field may be already: say so now rather than read on
                        // (a quote left open would hold the rest of the input).
                        const qsizetype soFar = (cell.inScratch ? scratch.size() - scratchStart
                                                                : i - contentStart)
                                                + (end - i);
                        if (soFar > options.maxFieldBytes) {
                            fatal(*recordLine, QStringLiteral("field %1 is longer than %2 bytes; "
                                                              "is a quote left open?")
                                                       .arg(cells.size() + 1)
                                                       .arg(options.maxFieldBytes));
                            return Parsed::Fatal;
                        }
                        if (!eof)
                            return Parsed::NeedMore;
                        fatal(*recordLine, QStringLiteral("a quoted field is never closed; the "
                                                          "rest of the file would be one field"));
                        return Parsed::Fatal;
                    }
                    const qsizetype qi = static_cast<const char *>(q) - data;
                    newlines += std::count(data + i, data + qi, '\n');
                    if (cell.inScratch)
                        scratch.append(data + i, qi - i);
                    const qsizetype length
                            = cell.inScratch ? scratch.size() - scratchStart : qi - contentStart;
                    if (length > options.maxFieldBytes) {
                        fatal(*recordLine, QStringLiteral("field %1 is longer than %2 bytes; is "
                                                          "a quote left open?")
                                                   .arg(cells.size() + 1)
                                                   .arg(options.maxFieldBytes));
                        return Parsed::Fatal;
                    }
                    i = qi + 1;
                    if (i >= end && !eof)
                        return Parsed::NeedMore;
                    if (i < end && data[i] == '"') {
                        toScratch(qi);
                        scratch += '"';
                        ++i;
                        continue;
                    }
                    break;
                }
                // After the closing quote only a delimiter or a line end may follow. Anything
                // else makes the field what it is as written, quotes and all: the reader cannot
                // know which quote was meant, so it changes nothing.
                if (i < end && data[i] != delim && data[i] != '\n' && data[i] != '\r') {
                    while (i < end && data[i] != delim && data[i] != '\n' && data[i] != '\r')
                        ++i;
                    if (i >= end && !eof)
                        return Parsed::NeedMore;
                    scratch.truncate(scratchStart);
                    cell.inScratch = false;
                    cell.quoted = false;
                    cell.start = contentStart - 1; // the opening quote
                    cell.length = i - cell.start;
                    if (cell.length > options.maxFieldBytes) {
                        fatal(*recordLine, QStringLiteral("field %1 is longer than %2 bytes")
                                                   .arg(cells.size() + 1)
                                                   .arg(options.maxFieldBytes));
                        return Parsed::Fatal;
                    }
                    recordProblems.push_back(QStringLiteral("field %1 has text after its closing "
                                                            "quote; it is kept as written, "
                                                            "quotes included")
                                                     .arg(cells.size() + 1));
                } else if (cell.inScratch) {
                    cell.start = scratchStart;
                    cell.length = scratch.size() - scratchStart;
                } else {
                    cell.start = contentStart;
                    cell.length = i - 1 - contentStart; // up to the closing quote
                }
            } else {
                i = skipPlain(data, i, end);
                // A quote inside an unquoted field is kept as a character.
                while (i < end && data[i] == '"')
                    i = skipPlain(data, i + 1, end);
                if (i >= end && !eof)
                    return Parsed::NeedMore;
                cell.length = i - cell.start;
                if (cell.length > options.maxFieldBytes) {
                    fatal(*recordLine, QStringLiteral("field %1 is longer than %2 bytes")
                                               .arg(cells.size() + 1)
                                               .arg(options.maxFieldBytes));
                    return Parsed::Fatal;
                }
            }
            rowBytes += cell.length;
            if (rowBytes > options.maxRowBytes) {
                fatal(*recordLine, QStringLiteral("the record is longer than %1 bytes")
                                           .arg(options.maxRowBytes));
                return Parsed::Fatal;
            }
            // Field by field (copying the struct whole stalls on its stack copy's mixed widths).
            Cell &stored = cells.emplace_back();
            stored.start = cell.start;
            stored.length = cell.length;
            stored.inScratch = cell.inScratch;
            stored.quoted = cell.quoted;
            const After after = afterCell(data, i, end, newlines);
            if (after == After::NextCell)
                continue;
            if (after == After::NeedMore)
                return Parsed::NeedMore;
            break;
        }
        *fieldCount = int(cells.size());
        if (cells.size() == 1 && cells[0].length == 0 && !cells[0].quoted)
            return Parsed::Blank;
        return Parsed::Record;
    }

    void buildViews(int width)
    {
        views.resize(size_t(width));
        const int n = std::min<int>(width, int(cells.size()));
        for (int k = 0; k < n; ++k) {
            const Cell &c = cells[size_t(k)];
            views[size_t(k)] = c.inScratch ? QByteArrayView(scratch.constData() + c.start, c.length)
                                           : QByteArrayView(buf.constData() + c.start, c.length);
        }
        for (int k = n; k < width; ++k)
            views[size_t(k)] = QByteArrayView();
    }

    bool hasNul(int width) const
    {
        for (int k = 0; k < width; ++k) {
            if (std::memchr(views[size_t(k)].data(), 0, size_t(views[size_t(k)].size())))
                return true;
        }
        return false;
    }

    void takeHeader(qint64 at)
    {
        buildViews(int(cells.size()));
        QStringList names;
        for (const QByteArrayView v : views) {
            QString name = QString::fromUtf8(v).trimmed();
            info->rawHeader.append(name);
            names.append(name);
        }
        for (qsizetype k = 0; k < names.size(); ++k) {
            if (names[k].isEmpty()) {
                names[k] = QStringLiteral("column %1").arg(k + 1);
                problem(at, QStringLiteral("column %1 has no name; it is called \u201c%2\u201d")
                                    .arg(k + 1)
                                    .arg(names[k]));
                continue;
            }
            const qsizetype first = names.indexOf(names[k]);
            if (first < k) {
                QString unique;
                for (int n = 2;; ++n) {
                    unique = QStringLiteral("%1 (%2)").arg(names[k]).arg(n);
                    if (!names.contains(unique))
                        break;
                }
                problem(at, QStringLiteral("columns %1 and %2 are both named %3; column %2 is "
                                           "called %4")
                                    .arg(first + 1)
                                    .arg(k + 1)
                                    .arg(quoteName(names[k]), quoteName(unique)));
                names[k] = unique;
            }
        }
        info->header = names;
        columns = int(names.size());
        haveHeader = true;
    }

    void reportFieldCount(qint64 recordLine, int fields)
    {
        if (fields < columns)
            problem(recordLine, QStringLiteral("%1 of %2 fields; the missing ones are read "
                                               "as empty")
                                        .arg(fields)
                                        .arg(columns));
        else if (fields > columns)
            problem(recordLine, QStringLiteral("%1 fields where the header has %2; the "
                                               "record is not used (a comma inside an "
                                               "unquoted value?)")
                                        .arg(fields)
                                        .arg(columns));
    }

    // Whole-input mode, the scan below: its record from recStart ends at `at` (its cells' ends
    // in spanEnds, bit 31 for a quoted one), with `lineEnds` line ends after it. False when it
    // is over a cap (nothing stored); otherwise stored unless blank, and the line counted.
    bool endRecord(qsizetype recStart, qsizetype at, int n, qint64 newlines, int lineEnds)
    {
        constexpr quint32 kQuotedEnd = 0x80000000u;
        quint32 *ends = spanEnds.data();
        const qsizetype width = at - recStart;
        if (width > options.maxRowBytes || width >= qsizetype(kQuotedEnd))
            return false;
        if (width > options.maxFieldBytes) { // a cell could be over its cap
            qsizetype from = 0;
            for (int k = 0; k < n; ++k) {
                const qsizetype to = ends[k] & ~kQuotedEnd;
                if (to - from - ((ends[k] & kQuotedEnd) ? 2 : 0) > options.maxFieldBytes)
                    return false;
                from = to + 1;
            }
        }
        const qint64 recordLine = line;
        line += newlines + lineEnds;
        if (n == 1 && ends[0] == 0)
            return true; // a blank line
        if (n == columns && ends[n - 1] < CsvRowsBuilder::kShortRow) {
            builder.addShort(recStart, ends);
        } else {
            reportFieldCount(recordLine, n);
            for (int k = 0; k < n; ++k) {
                quotedCells[k] = (ends[k] & kQuotedEnd) != 0;
                ends[k] &= ~kQuotedEnd;
            }
            builder.addSpans(recStart, ends, quotedCells.data(), n);
        }
        ++info->rows;
        noteStored(recordLine, n);
        return true;
    }

    // Whole-input mode: as many records from pos as take the common shape (plain cells, and
    // quoted cells without doubled quotes or text after the closing quote, within every cap),
    // straight into the table. Stops before the first record that does not (pos and line at its
    // start; the general parser reads it and says what is wrong) or at the end of the input.
    // The text is looked at 64 bytes at a time: masks of its quotes, delimiters and line ends,
    // and from the quotes' running parity the stretches inside quotes, whose delimiters and line
    // ends do not count. A block whose quotes all open a cell or close one (most blocks) is
    // read from its masks alone: only its cell ends are visited. Any other block is read quote
    // by quote, to find the record that stops the scan.
    void bulkRecords()
    {
        constexpr quint32 kQuotedEnd = 0x80000000u; // in ends[]: the cell was quoted
        const char *data = buf.constData();
        const qsizetype end = buf.size();
        const int maxColumns = options.maxColumns;
        if (spanEnds.size() < maxColumns + 1) {
            spanEnds.resize(maxColumns + 1);
            quotedCells.resize(maxColumns + 1);
        }
        quint32 *ends = spanEnds.data(); // where each cell ends, from the record's start
        qsizetype recStart = pos;
        qsizetype cellStart = pos;
        int n = 0;
        bool cellQuoted = false;      // the cell being read opened with a quote
        qint64 newlines = 0;          // inside the record's quoted cells
        bool inQuote = false;         // the block before ended inside quotes
        bool lastWasCr = false;       // the block before ended with a CR (outside quotes)
        bool afterBoundary = true;    // the byte before the block ended a cell (or a record)
        bool lastWasClosing = false;  // the block before ended with a closing quote
        qsizetype quotedLfUntil = -1; // a line feed inside quotes was seen in a block before this
        const auto isBoundary = [this](char c) { return c == delim || c == '\n' || c == '\r'; };
        for (qsizetype b = recStart; b < end; b += 64) {
            BlockMasks m;
            blockMasks(data + b, end - b, delim, &m);
            quint64 inside = inQuote ? ~quint64(0) : 0; // an opening quote is inside, a closing not
            if (m.quotes)
                inside ^= prefixXor(m.quotes);
            const quint64 outside = ~inside;
            const quint64 cr = m.cr & outside;
            // The LF of a CRLF is nothing: its CR ended the record.
            const quint64 lineEnds = cr | (m.lf & outside & ~((cr << 1) | quint64(lastWasCr)));
            const quint64 cellEnds = (m.delims & outside) | lineEnds;
            const quint64 closing = m.quotes & outside;
            const quint64 closedBefore = (closing << 1) | quint64(lastWasClosing);
            // Line feeds inside quotes are counted quote by quote (for the lines of records),
            // also when the quoted cell holding one closes in this block.
            bool clean = (m.lf & inside) == 0 && !(inQuote && quotedLfUntil > cellStart);
            if (m.quotes && clean) {
                // An opening quote follows a cell's end; a closing one is followed by one.
                const quint64 boundary = (m.delims | m.lf | m.cr) & outside;
                const bool nextIsBoundary = b + 64 >= end || isBoundary(data[b + 64]);
                clean = ((m.quotes & inside) & ~((boundary << 1) | quint64(afterBoundary))) == 0
                        && (closing & ~((boundary >> 1) | (quint64(nextIsBoundary) << 63))) == 0;
            }
            // What the block's last byte says to the next block (or to the record the input
            // ends in).
            const int lastBit = int(std::min<qsizetype>(63, end - b - 1));
            inQuote = ((inside >> lastBit) & 1) != 0;
            lastWasCr = ((cr >> lastBit) & 1) != 0;
            lastWasClosing = ((closing >> lastBit) & 1) != 0;
            afterBoundary = ((((m.delims | m.lf | m.cr) & outside) >> lastBit) & 1) != 0;
            if (clean) {
                for (quint64 todo = cellEnds; todo; todo &= todo - 1) {
                    const int bit = std::countr_zero(todo);
                    const qsizetype p = b + bit;
                    ends[n] = quint32(p - recStart) | (quint32((closedBefore >> bit) & 1) << 31);
                    cellStart = p + 1;
                    if (++n > maxColumns)
                        goto stop;
                    if ((lineEnds >> bit) & 1) {
                        const qsizetype next = (cr >> bit) & 1 && p + 1 < end && data[p + 1] == '\n'
                                                       ? p + 2
                                                       : p + 1;
                        if (!endRecord(recStart, p, n, newlines, 1))
                            goto stop;
                        recStart = cellStart = next;
                        pos = next;
                        n = 0;
                        newlines = 0;
                    }
                }
                // A cell that goes on into the next block: quoted when it is still inside its
                // quotes or has just closed them.
                cellQuoted = inQuote || lastWasClosing;
                continue;
            }
            if (inside & m.lf)
                quotedLfUntil = b + 64; // a hint to count: a cell that began before may hold one
            for (quint64 todo = cellEnds | m.quotes; todo; todo &= todo - 1) {
                const int bit = std::countr_zero(todo);
                const quint64 one = quint64(1) << bit;
                const qsizetype p = b + bit;
                if (m.quotes & one) {
                    if (inside & one) { // opening: only at the start of a cell
                        if (p != cellStart)
                            goto stop;
                        cellQuoted = true;
                        continue;
                    }
                    // Closing: a delimiter or a line end follows (else a doubled quote, or text
                    // after the closing one).
                    if (p + 1 < end && !isBoundary(data[p + 1]))
                        goto stop;
                    if (quotedLfUntil > cellStart)
                        newlines += std::count(data + cellStart + 1, data + p, '\n');
                    continue;
                }
                ends[n] = quint32(p - recStart) | (cellQuoted ? kQuotedEnd : 0u);
                cellStart = p + 1;
                cellQuoted = false;
                if (++n > maxColumns)
                    goto stop;
                if (lineEnds & one) {
                    const qsizetype next
                            = (cr & one) && p + 1 < end && data[p + 1] == '\n' ? p + 2 : p + 1;
                    if (!endRecord(recStart, p, n, newlines, 1))
                        goto stop;
                    recStart = cellStart = next;
                    pos = next;
                    n = 0;
                    newlines = 0;
                }
            }
        }
        if (inQuote) // a quote never closed: the general parser says so
            goto stop;
        if (recStart < end) { // the last record, without a line end
            ends[n] = quint32(end - recStart) | (cellQuoted ? kQuotedEnd : 0u);
            if (++n > maxColumns || !endRecord(recStart, end, n, newlines, 0))
                goto stop;
            unterminatedLast = true;
        }
        pos = end;
        return;
    stop:
        pos = recStart;
    }

    // Whole-input mode: one data record into the table, its cells left where they are.
    void storeRecord(qsizetype start, qint64 recordLine, int fields)
    {
        const int n = std::min(columns, fields);
        if (views.size() < size_t(columns))
            views.resize(size_t(columns));
        if (quotedCells.size() < columns)
            quotedCells.resize(columns);
        bool rewrite = false;
        for (int k = 0; k < n; ++k) {
            const Cell &c = cells[size_t(k)];
            rewrite = rewrite || c.inScratch;
            quotedCells[size_t(k)] = c.quoted;
            views[size_t(k)] = c.inScratch ? QByteArrayView(scratch.constData() + c.start, c.length)
                                           : QByteArrayView(buf.constData() + c.start, c.length);
        }
        builder.add(start, views.data(), quotedCells.data(), n, rewrite);
        noteStored(recordLine, fields);
    }

    // Whole-input mode: a stored record's line and extra fields.
    void noteStored(qint64 recordLine, int fields)
    {
        if (fields > columns)
            table->extra.emplace_back(qint64(table->rowCount()), qint32(fields - columns));
        table->appendLine(recordLine);
        if (table->rowCount() == 4096 && pos > dataStart) {
            // Room for all the records, estimated from the first ones.
            const double perRecord = double(pos - dataStart) / 4096.0;
            const auto estimate = qsizetype(double(buf.size() - dataStart) / perRecord * 1.02) + 64;
            builder.reserve(estimate);
        }
    }

    // The first cell of a record with bytes that are not UTF-8, said for the problems (empty:
    // every cell is UTF-8).
    QString notUtf8Text(const QByteArrayView *cells, int count) const
    {
        for (int c = 0; c < count; ++c) {
            const QByteArrayView cell = cells[c];
            if (simdjson::validate_utf8(cell.data(), size_t(cell.size())))
                continue;
            const qint64 at = std::clamp<qint64>(firstInvalidUtf8(cell), 0, cell.size() - 1);
            return QStringLiteral("bytes that are not UTF-8 in column \u201c%1\u201d (0x%2 at its "
                                  "byte %3), though the file is read as UTF-8; it may be "
                                  "Windows-1252 (encoding auto or windows-1252)")
                    .arg(info->header.value(c))
                    .arg(static_cast<unsigned char>(cell[at]), 2, 16, QChar(u'0'))
                    .arg(at + 1);
        }
        return {};
    }

    void markNotUtf8(CsvTable *t)
    {
        const CsvRows &rows = *t->rows;
        const int columns = rows.columnCount();
        std::vector<QByteArrayView> cells(size_t(std::max(1, columns)));
        for (qsizetype r = 0; r < rows.rowCount(); ++r) {
            rows.cells(r, cells.data());
            const QString text = notUtf8Text(cells.data(), columns);
            if (text.isEmpty())
                continue;
            problem(t->line(r), text);
            t->notUtf8.push_back(r);
        }
    }

    bool run(const RecordFn &onRecord)
    {
        if (!detectEncoding())
            return false;
        if (table) {
            if (!readWhole())
                return false;
            if (!nulKnown)
                bufHasNul = std::memchr(buf.constData(), 0, size_t(buf.size())) != nullptr;
            // Records are rewritten in place (quoted ones).
            builder.text = text.isOwnBlock() ? text.data() : buf.data();
        } else if (!fill(kSniffBytes)) {
            return false;
        }
        if (options.delimiter != 0) {
            delim = options.delimiter;
        } else {
            delim = sniff();
            info->delimiterSniffed = true;
        }
        info->delimiter = delim;
        special.fill(false);
        special[static_cast<unsigned char>(delim)] = true;
        special['"'] = true;
        special['\r'] = true;
        special['\n'] = true;

        for (;;) {
            if (table && haveHeader && !bufHasNul)
                bulkRecords(); // the general parser takes the record where it stops
            qint64 recordLine = 0;
            int fields = 0;
            const qsizetype recordStart = pos;
            const Parsed parsed = parseRecord(&recordLine, &fields);
            if (parsed == Parsed::Fatal)
                return false;
            if (parsed == Parsed::End)
                break;
            if (parsed == Parsed::NeedMore) {
                // Keep the record's start; read more behind it.
                if (pos > 0) {
                    buf.remove(0, pos);
                    pos = 0;
                }
                const qsizetype have = buf.size();
                if (!fill(have + kChunk))
                    return false;
                if (buf.size() == have)
                    eof = true; // nothing more will come
                continue;
            }
            for (const QString &text : recordProblems)
                problem(recordLine, text);
            if (parsed == Parsed::Blank)
                continue;
            if (!haveHeader) {
                takeHeader(recordLine);
                if (table) {
                    *table->rows = CsvRows(columns);
                    builder.rows = table->rows.get();
                    dataStart = pos;
                }
                continue;
            }
            if (bufHasNul)
                buildViews(columns);
            if (bufHasNul && hasNul(std::min<int>(columns, fields))) {
                problem(recordLine, QStringLiteral("a NUL byte: the record looks like binary "
                                                   "data and is skipped"));
                continue;
            }
            reportFieldCount(recordLine, fields);
            ++info->rows;
            if (table) {
                storeRecord(recordStart, recordLine, fields);
                continue;
            }
            CsvRecord record; // views built above (a stream is always checked for NUL bytes)
            record.line = recordLine;
            record.cells = std::span<const QByteArrayView>(views.data(), size_t(columns));
            record.fieldCount = fields;
            if (info->encoding == CsvEncoding::Utf8 && !utf8Checked) {
                // Read as UTF-8 because the input said so: each record is checked as it goes,
                // and named after the other problems, as the table reader names them.
                QString text = notUtf8Text(views.data(), columns);
                record.notUtf8 = !text.isEmpty();
                if (record.notUtf8)
                    notUtf8Records.emplace_back(recordLine, std::move(text));
            }
            if (!onRecord(record))
                break;
            if (pos > 4 * kChunk) {
                buf.remove(0, pos);
                pos = 0;
            }
        }
        for (const auto &[at, text] : notUtf8Records)
            problem(at, text);
        info->lines = line - 1 + (unterminatedLast ? 1 : 0);
        if (!haveHeader)
            return fatal(0, QStringLiteral("the file is empty: there is no header line"));
        return true;
    }
};

CsvReader::CsvReader(CsvOptions options)
    : d(std::make_unique<Impl>())
{
    d->options = options;
}

CsvReader::~CsvReader() = default;

bool CsvReader::read(QIODevice *device, const RecordFn &onRecord, CsvInfo *info)
{
    *info = CsvInfo();
    const CsvOptions options = d->options;
    d = std::make_unique<Impl>();
    d->options = options;
    d->info = info;
    d->device = device;
    return d->run(onRecord);
}

bool CsvReader::readFile(const QString &path, const RecordFn &onRecord, CsvInfo *info)
{
    QString error;
    const std::unique_ptr<QFile> f = openInput(path, &error);
    if (!f) {
        *info = CsvInfo();
        error[0] = error[0].toLower(); // the reader's sentences are parts of others
        info->fatal = error;
        return false;
    }
    return read(f.get(), onRecord, info);
}

bool CsvReader::readTable(QIODevice *device, CsvTable *table)
{
    *table = CsvTable();
    table->rows = std::make_unique<CsvRows>();
    CsvOptions options = d->options;
    options.maxFieldBytes = std::min(options.maxFieldBytes, kMaxTableCellBytes);
    d = std::make_unique<Impl>();
    d->options = options;
    d->info = &table->info;
    d->device = device;
    d->table = table;
    const bool ok = d->run({});
    if (!d->builder.rows) { // no header: an empty table of the header's width
        *table->rows = CsvRows(int(table->info.header.size()));
        return ok;
    }
    // Read as UTF-8 because the input said so (a BOM, or the caller's choice) rather than
    // because every byte was found to be: checked now, and when some are not, every record is,
    // and one with bytes that are not UTF-8 is named by its line and marked (its text would
    // reach anyone as U+FFFD).
    bool notUtf8 = false;
    if (table->info.encoding == CsvEncoding::Utf8 && !d->utf8Checked) {
        const QByteArrayView all = d->text.isOwnBlock()
                                           ? QByteArrayView(d->text.constData(), d->text.size())
                                           : QByteArrayView(d->buf);
        notUtf8 = !simdjson::validate_utf8(all.data(), size_t(all.size()));
    }
    d->builder.finish(d->text.isOwnBlock() ? std::move(d->text) : CsvText(std::move(d->buf)));
    d->buf = QByteArray();
    if (notUtf8)
        d->markNotUtf8(table);
    return ok;
}

CsvTable::CsvTable() = default;
CsvTable::CsvTable(CsvTable &&) noexcept = default;
CsvTable &CsvTable::operator=(CsvTable &&) noexcept = default;
CsvTable::~CsvTable() = default;

qint32 CsvTable::extraFields(qsizetype row) const
{
    if (extra.empty())
        return 0;
    const auto it = std::lower_bound(extra.begin(), extra.end(), qint64(row),
                                     [](const auto &e, qint64 r) { return e.first < r; });
    return it != extra.end() && it->first == row ? it->second : 0;
}

bool CsvTable::isNotUtf8(qsizetype row) const
{
    return std::binary_search(notUtf8.begin(), notUtf8.end(), qint64(row));
}

qint64 CsvTable::line(qsizetype row) const
{
    const auto it = std::upper_bound(m_lineSteps.begin(), m_lineSteps.end(), qint64(row),
                                     [](qint64 r, const auto &step) { return r < step.first; });
    return it == m_lineSteps.begin() ? 0 : qint64(row) + std::prev(it)->second;
}

qsizetype CsvTable::bytes() const
{
    return (rows ? rows->bytes() : 0) + qsizetype(m_lineSteps.capacity() * sizeof(m_lineSteps[0]))
           + qsizetype(extra.capacity() * sizeof(extra[0]))
           + qsizetype(notUtf8.capacity() * sizeof(notUtf8[0]));
}

bool readCsvTable(QIODevice *device, const CsvOptions &options, CsvTable *table)
{
    CsvReader reader(options);
    return reader.readTable(device, table);
}

bool readCsvTable(const QString &path, const CsvOptions &options, CsvTable *table)
{
    QString error;
    const std::unique_ptr<QFile> f = openInput(path, &error);
    if (!f) {
        *table = CsvTable();
        table->rows = std::make_unique<CsvRows>();
        error[0] = error[0].toLower(); // the reader's sentences are parts of others
        table->info.fatal = error;
        return false;
    }
    return readCsvTable(f.get(), options, table);
}

} // namespace cxone
