#include "network/displaytext.h"

#include <algorithm>
#include <limits>

namespace cxone {

namespace {

bool needsEscape(char16_t c, LineBreaks breaks)
{
    if (c < 0x20)
        return !(c == u'\n' && breaks == LineBreaks::Keep);
    if (c >= 0x7F && c <= 0x9F)
        return true;
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x2028 && c <= 0x202E)
           || (c >= 0x2066 && c <= 0x2069);
}

void appendEscape(QString &out, char16_t c)
{
    switch (c) {
    case u'\n':
        out += QLatin1StringView("\\n");
        return;
    case u'\r':
        out += QLatin1StringView("\\r");
        return;
    case u'\t':
        out += QLatin1StringView("\\t");
        return;
    default:
        break;
    }
    constexpr char kHex[] = "0123456789abcdef";
    out += QLatin1StringView("\\u");
    for (int shift = 12; shift >= 0; shift -= 4)
        out += QLatin1Char(kHex[(c >> shift) & 0xF]);
}

// The shown form of text, stopping before the character whose shown form would take it past
// `limit` (then *cut is set).
QString shown(QStringView text, qsizetype limit, LineBreaks breaks, bool *cut)
{
    const qsizetype n = text.size();
    QString out;
    out.reserve(std::min(n + 16, limit));
    *cut = false;
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype before = out.size();
        const char16_t c = text[i].unicode();
        qsizetype used = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < n
            && QChar::isLowSurrogate(text[i + 1].unicode())) {
            out += text[i];
            out += text[i + 1];
            used = 2;
        } else if (QChar::isSurrogate(c)) {
            out += QChar(QChar::ReplacementCharacter);
        } else if (needsEscape(c, breaks)) {
            appendEscape(out, c);
        } else {
            out += QChar(c);
        }
        if (out.size() > limit) { // never half a character or half an escape
            out.truncate(before);
            *cut = true;
            break;
        }
        i += used - 1;
    }
    return out;
}

} // namespace

QString displayText(QStringView text, qsizetype maxChars, LineBreaks breaks)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    // Most text needs nothing: hand it back as it is.
    while (i < n && !needsEscape(text[i].unicode(), breaks) && !text[i].isSurrogate())
        ++i;
    if (i == n && (maxChars < 0 || n <= maxChars))
        return text.toString();
    bool cut = false;
    if (maxChars < 0)
        return shown(text, std::numeric_limits<qsizetype>::max(), breaks, &cut);
    QString out = shown(text, maxChars, breaks, &cut);
    if (cut) {
        // Room for the ellipsis: the text up to one character less.
        out = shown(text, std::max<qsizetype>(0, maxChars - 1), breaks, &cut);
        out += QChar(0x2026);
    }
    return out;
}

QString displayText(QByteArrayView utf8, qsizetype maxChars, LineBreaks breaks)
{
    return displayText(QStringView(QString::fromUtf8(utf8)), maxChars, breaks);
}

} // namespace cxone
