#include "models/transcripts/masktext.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace cxone {

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 with a byte-order mark");
    case TextEncoding::Utf16Le:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16Be:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Utf32Le:
        return QStringLiteral("UTF-32LE");
    case TextEncoding::Utf32Be:
        return QStringLiteral("UTF-32BE");
    }
    return {};
}

qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Eight ASCII bytes at a time.
        if (i + 8 <= n) {
            quint64 w;
            std::memcpy(&w, s + i, 8);
            if ((w & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char b = s[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int len;
        unsigned char lo = 0x80, hi = 0xbf; // the allowed range of the second byte
        if (b >= 0xc2 && b <= 0xdf) {
            len = 2;
        } else if (b >= 0xe0 && b <= 0xef) {
            len = 3;
            if (b == 0xe0)
                lo = 0xa0; // overlong
            else if (b == 0xed)
                hi = 0x9f; // surrogates
        } else if (b >= 0xf0 && b <= 0xf4) {
            len = 4;
            if (b == 0xf0)
                lo = 0x90;
            else if (b == 0xf4)
                hi = 0x8f;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (int k = 2; k < len; ++k) {
            if ((s[i + k] & 0xc0) != 0x80)
                return i;
        }
        i += len;
    }
    return -1;
}

QString lineAndByte(QByteArrayView bytes, qsizetype offset, qint64 firstLine)
{
    qint64 line = firstLine;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return QStringLiteral("line %1, byte %2").arg(line).arg(offset - lineStart + 1);
}

QString notUtf8Error(QByteArrayView bytes, qsizetype bad, qint64 firstLine)
{
    return QStringLiteral("The input is not UTF-8, nor UTF-16 or UTF-32 with a byte-order mark: "
                          "%1 (byte 0x%2) starts no UTF-8 character.")
            .arg(lineAndByte(bytes, bad, firstLine))
            .arg(static_cast<unsigned char>(bytes[bad]), 2, 16, QChar(u'0'));
}

bool decodesWhole(QByteArrayView start)
{
    if (start.startsWith("\xff\xfe") || start.startsWith("\xfe\xff")
        || start.startsWith(QByteArrayView("\x00\x00\xfe\xff", 4)))
        return true;
    const qsizetype probe = std::min<qsizetype>(start.size(), 4096);
    return std::memchr(start.data(), '\0', size_t(probe)) != nullptr;
}

namespace {

void appendUtf8(QByteArray *out, char32_t cp)
{
    char buf[4];
    out->append(buf, encodeUtf8(cp, buf));
}

// UTF-16 or UTF-32 after its byte-order mark, to UTF-8. False with *error naming the line and
// the character where it is not well formed.
bool decodeWide(QByteArrayView in, int unit, bool bigEndian, QByteArray *out, QString *error)
{
    const auto *s = reinterpret_cast<const unsigned char *>(in.data());
    const qsizetype n = in.size();
    const QString name
            = unit == 2 ? (bigEndian ? QStringLiteral("UTF-16BE") : QStringLiteral("UTF-16LE"))
                        : (bigEndian ? QStringLiteral("UTF-32BE") : QStringLiteral("UTF-32LE"));
    out->clear();
    out->reserve(n / unit + 16);
    qint64 line = 1;
    qint64 column = 0;
    const auto read = [&](qsizetype at) -> char32_t {
        if (unit == 2)
            return bigEndian ? char32_t(s[at] << 8 | s[at + 1]) : char32_t(s[at + 1] << 8 | s[at]);
        return bigEndian ? char32_t(s[at]) << 24 | char32_t(s[at + 1]) << 16
                                   | char32_t(s[at + 2]) << 8 | char32_t(s[at + 3])
                         : char32_t(s[at + 3]) << 24 | char32_t(s[at + 2]) << 16
                                   | char32_t(s[at + 1]) << 8 | char32_t(s[at]);
    };
    const auto bad = [&](const QString &what) {
        *error = QStringLiteral("The input is %1 (it starts with that byte-order mark) but %2 at "
                                "line %3, character %4.")
                         .arg(name, what)
                         .arg(line)
                         .arg(column + 1);
        return false;
    };
    qsizetype i = 0;
    while (i < n) {
        if (i + unit > n)
            return bad(QStringLiteral("it ends inside a character"));
        char32_t cp = read(i);
        i += unit;
        if (unit == 2 && cp >= 0xd800 && cp <= 0xdbff) {
            if (i + 2 > n)
                return bad(QStringLiteral("it ends inside a surrogate pair"));
            const char32_t low = read(i);
            if (low < 0xdc00 || low > 0xdfff)
                return bad(QStringLiteral("it holds an unpaired surrogate"));
            cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
            i += 2;
        } else if (cp >= 0xd800 && cp <= 0xdfff) {
            return bad(QStringLiteral("it holds an unpaired surrogate"));
        } else if (cp > 0x10ffff) {
            return bad(QStringLiteral("it holds a value that is no character"));
        }
        appendUtf8(out, cp);
        if (cp == '\n') {
            ++line;
            column = 0;
        } else {
            ++column;
        }
    }
    return true;
}

} // namespace

bool decodeMaskInput(QByteArray *bytes, TextEncoding *encoding, QString *error)
{
    const QByteArrayView b(*bytes);
    const auto starts = [&](std::initializer_list<unsigned char> mark) {
        if (b.size() < qsizetype(mark.size()))
            return false;
        qsizetype k = 0;
        for (unsigned char c : mark) {
            if (static_cast<unsigned char>(b[k++]) != c)
                return false;
        }
        return true;
    };
    QByteArray decoded;
    if (starts({0xff, 0xfe, 0x00, 0x00})) {
        *encoding = TextEncoding::Utf32Le;
        if (!decodeWide(b.sliced(4), 4, false, &decoded, error))
            return false;
    } else if (starts({0x00, 0x00, 0xfe, 0xff})) {
        *encoding = TextEncoding::Utf32Be;
        if (!decodeWide(b.sliced(4), 4, true, &decoded, error))
            return false;
    } else if (starts({0xff, 0xfe})) {
        *encoding = TextEncoding::Utf16Le;
        if (!decodeWide(b.sliced(2), 2, false, &decoded, error))
            return false;
    } else if (starts({0xfe, 0xff})) {
        *encoding = TextEncoding::Utf16Be;
        if (!decodeWide(b.sliced(2), 2, true, &decoded, error))
            return false;
    } else {
        *encoding = starts({0xef, 0xbb, 0xbf}) ? TextEncoding::Utf8Bom : TextEncoding::Utf8;
        const qsizetype bad = firstInvalidUtf8(b);
        if (bad >= 0) {
            *error = notUtf8Error(b, bad);
            return false;
        }
        // UTF-16/32 without a byte-order mark is valid UTF-8 full of NULs: refuse it rather
        // than read every other byte.
        const qsizetype probe = std::min<qsizetype>(b.size(), 4096);
        qsizetype nuls = 0;
        for (qsizetype i = 0; i < probe; ++i)
            nuls += b[i] == '\0' ? 1 : 0;
        if (probe >= 8 && nuls * 4 > probe) {
            *error = QStringLiteral("The input looks like UTF-16 or UTF-32 without a byte-order "
                                    "mark (%1 of its first %2 bytes are NUL); convert it to UTF-8 "
                                    "or add the mark.")
                             .arg(nuls)
                             .arg(probe);
            return false;
        }
        return true;
    }
    *bytes = decoded;
    return true;
}

MaskedLines maskLines(const PiiMasker &masker, QByteArrayView text, bool jsonl,
                      qint64 firstLineNumber, qsizetype maxLineBytes)
{
    MaskedLines out;
    out.text.reserve(text.size() + text.size() / 16 + 64);
    const char *s = text.data();
    const qsizetype n = text.size();
    qsizetype a = 0;
    qint64 number = firstLineNumber;
    // A UTF-8 byte-order mark stays where it is, outside the first line's text.
    if (firstLineNumber == 1 && n >= 3 && s[0] == '\xef' && s[1] == '\xbb' && s[2] == '\xbf') {
        out.text.append(s, 3);
        a = 3;
    }
    while (a < n) {
        const void *nl = std::memchr(s + a, '\n', size_t(n - a));
        const qsizetype b = nl ? qsizetype(static_cast<const char *>(nl) - s) + 1 : n;
        qsizetype c = nl ? b - 1 : b;
        if (c > a && s[c - 1] == '\r')
            --c;
        const QByteArrayView line(s + a, c - a);
        QString problem;
        if (line.size() > maxLineBytes) {
            problem = QStringLiteral("line %1 is longer than %2 MiB")
                              .arg(number)
                              .arg(maxLineBytes / (1024 * 1024));
        } else if (!jsonl) {
            masker.maskUtf8(line, &out.text, &out.counts);
        } else {
            bool blank = true;
            for (char ch : line)
                blank = blank && (ch == ' ' || ch == '\t' || ch == '\r');
            if (blank) {
                out.text.append(line);
            } else {
                QString why;
                const qsizetype before = out.text.size();
                if (!masker.maskJsonText(line, &out.text, &out.counts, &why)) {
                    out.text.truncate(before);
                    problem = QStringLiteral("line %1 is not JSON the masker can read (%2)")
                                      .arg(number)
                                      .arg(why);
                }
            }
        }
        if (!problem.isEmpty()) {
            // Fail closed: the line's content never reaches the output.
            if (jsonl)
                out.text.append(QJsonDocument(QJsonObject{{QStringLiteral("maskError"), problem}})
                                        .toJson(QJsonDocument::Compact));
            else
                out.text.append("[UNMASKED LINE WITHHELD]");
            if (out.problems++ == 0)
                out.firstProblem = problem;
        }
        appendBytes(&out.text, s + c, b - c); // the line end, as it came
        ++out.lines;
        ++number;
        a = b;
    }
    return out;
}

int encodeUtf8(char32_t cp, char *buf)
{
    if (cp < 0x80) {
        buf[0] = char(cp);
        return 1;
    }
    if (cp < 0x800) {
        buf[0] = char(0xc0 | (cp >> 6));
        buf[1] = char(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        buf[0] = char(0xe0 | (cp >> 12));
        buf[1] = char(0x80 | ((cp >> 6) & 0x3f));
        buf[2] = char(0x80 | (cp & 0x3f));
        return 3;
    }
    buf[0] = char(0xf0 | (cp >> 18));
    buf[1] = char(0x80 | ((cp >> 12) & 0x3f));
    buf[2] = char(0x80 | ((cp >> 6) & 0x3f));
    buf[3] = char(0x80 | (cp & 0x3f));
    return 4;
}

} // namespace cxone
