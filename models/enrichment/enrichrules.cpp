#include "models/enrichment/enrichrules.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace cxone {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + 32) : c;
}

bool equalsLower(QByteArrayView a, QByteArrayView b) // b is lower case ASCII
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != b[i])
            return false;
    }
    return true;
}

// The length of the text as it is sent and as the tenant counts characters (UTF-16 code units:
// a character beyond the Basic Multilingual Plane, an emoji, counts two). Bytes that are not
// UTF-8 are sent as U+FFFD each, so they are counted as that.
qsizetype sentLength(QByteArrayView s)
{
    qsizetype n = 0;
    bool ascii = true;
    for (const char c : s) {
        const auto b = static_cast<unsigned char>(c);
        ascii = ascii && b < 0x80;
        n += (b & 0xC0) != 0x80 ? (b >= 0xF0 ? 2 : 1) : 0;
    }
    if (ascii || simdjson::validate_utf8(s.data(), size_t(s.size())))
        return n;
    return QString::fromUtf8(s).size();
}

bool startsWith(QByteArrayView s, QByteArrayView p)
{
    return s.size() >= p.size() && s.first(p.size()) == p;
}

bool endsWith(QByteArrayView s, QByteArrayView p)
{
    return s.size() >= p.size() && s.last(p.size()) == p;
}

// Strips one currency sign ($ € £) before or after the number, with an optional space.
QByteArrayView stripCurrency(QByteArrayView s)
{
    if (s.isEmpty())
        return s;
    // The signs start with '$', 0xC2 (£) or 0xE2 (€) and end with '$', 0xA3 or 0xAC.
    const auto first = static_cast<unsigned char>(s.front());
    const auto last = static_cast<unsigned char>(s.back());
    if (first != '$' && first != 0xC2 && first != 0xE2 && last != '$' && last != 0xA3
        && last != 0xAC)
        return s;
    for (const QByteArrayView sign :
         {QByteArrayView("$"), QByteArrayView("\xE2\x82\xAC"), QByteArrayView("\xC2\xA3")}) {
        if (startsWith(s, sign))
            return trimmedView(s.sliced(sign.size()));
        if (endsWith(s, sign))
            return trimmedView(s.chopped(sign.size()));
    }
    return s;
}

// A number as people write it, into plain ASCII "[-]digits[.digits]": thousands groups of three
// (',' or '.' by the format, or spaces / no-break spaces / apostrophes), the decimal mark of the
// format. False when it is not such a number.
using NumberText = QVarLengthArray<char, 64>; // on the stack for any number people write

bool normaliseNumber(QByteArrayView in, bool decimalComma, NumberText *out)
{
    out->clear();
    QByteArrayView s = trimmedView(in);
    bool negative = false;
    if (!s.isEmpty() && (s[0] == '-' || s[0] == '+')) {
        negative = s[0] == '-';
        s = trimmedView(s.sliced(1));
    }
    s = stripCurrency(s);
    if (!s.isEmpty() && (s[0] == '-' || s[0] == '+') && !negative) { // "$-5" or "€ +5"
        negative = s[0] == '-';
        s = s.sliced(1);
    }
    const char decimal = decimalComma ? ',' : '.';
    const char thousands = decimalComma ? '.' : ',';
    if (negative)
        out->append('-');
    qsizetype i = 0;
    int groupDigits = 0;
    bool grouped = false;
    bool first = true;
    while (i < s.size()) {
        const char c = s[i];
        if (isDigit(c)) {
            out->append(c);
            ++groupDigits;
            ++i;
            continue;
        }
        qsizetype sepLen = 0;
        if (c == thousands || c == ' ' || c == '\'')
            sepLen = 1;
        else if (static_cast<unsigned char>(c) < 0x80)
            sepLen = 0; // not a no-break space (those start 0xC2 or 0xE2)
        else if (startsWith(s.sliced(i), "\xC2\xA0") || startsWith(s.sliced(i), "\xE2\x80\xAF"))
            sepLen = startsWith(s.sliced(i), "\xC2\xA0") ? 2 : 3;
        if (sepLen == 0)
            break;
        // A thousands separator: the group before it has 1-3 digits first (not starting with
        // 0: nobody writes 0,500 for 500), then exactly 3.
        if (groupDigits == 0 || groupDigits > 3 || (!first && groupDigits != 3))
            return false;
        if (first && out->value(negative ? 1 : 0) == '0')
            return false;
        grouped = true;
        first = false;
        groupDigits = 0;
        i += sepLen;
    }
    if (grouped && groupDigits != 3)
        return false;
    if (groupDigits == 0 && !grouped)
        return false;
    if (i < s.size()) {
        if (s[i] != decimal)
            return false;
        ++i;
        if (i >= s.size())
            return false;
        out->append('.');
        for (; i < s.size(); ++i) {
            if (!isDigit(s[i]))
                return false;
            out->append(s[i]);
        }
    }
    return true;
}

// A number's text as people read it: no trailing zeros after the point ("2.500" -> "2.5").
QString readingText(const NumberText &n)
{
    QByteArray t(n.constData(), n.size());
    if (t.contains('.')) {
        while (t.endsWith('0'))
            t.chop(1);
        if (t.endsWith('.'))
            t.chop(1);
    }
    return QString::fromLatin1(t);
}

bool isWhole(const NumberText &n)
{
    const qsizetype dot = n.indexOf('.');
    if (dot < 0)
        return true;
    for (qsizetype k = dot + 1; k < n.size(); ++k) {
        if (n[k] != '0')
            return false;
    }
    return true;
}

// The mark a number cell is read with: what the options say, else what the cell shows on its
// own, else what the column shows (Auto: nothing decides).
DecimalMark markFor(NumberForm form, DecimalMark chosen, DecimalMark column)
{
    if (chosen != DecimalMark::Auto)
        return chosen;
    switch (form) {
    case NumberForm::Point:
    case NumberForm::Plain:
        return DecimalMark::Point;
    case NumberForm::Comma:
        return DecimalMark::Comma;
    case NumberForm::Either:
        return column;
    case NumberForm::None:
        break;
    }
    return DecimalMark::Auto;
}

QString ambiguousNumberText(const NumberText &point, const NumberText &comma)
{
    return QStringLiteral("could be %1 (with a decimal point) or %2 (with a decimal comma), and "
                          "the column does not show which it uses: choose its decimal mark")
            .arg(readingText(point), readingText(comma));
}

int monthOf(QByteArrayView word)
{
    static const char *names[]
            = {"january", "february", "march",     "april",   "may",      "june",
               "july",    "august",   "september", "october", "november", "december"};
    if (word.size() < 3)
        return 0;
    QByteArray w;
    for (const char c : word)
        w += lower(c);
    if (w.endsWith('.'))
        w.chop(1);
    for (int m = 0; m < 12; ++m) {
        const QByteArrayView name(names[m]);
        if (w == name || (w.size() >= 3 && name.startsWith(w) && (w.size() == 3 || w == "sept")))
            return m + 1;
    }
    return 0;
}

// Splits "15/01/2024", "2024.1.15", "15-01-2024" into three digit runs.
bool splitNumericDate(QByteArrayView s, int parts[3], int lengths[3])
{
    int k = 0;
    qsizetype i = 0;
    while (k < 3) {
        const qsizetype start = i;
        int v = 0;
        while (i < s.size() && isDigit(s[i]) && i - start < 4)
            v = v * 10 + (s[i++] - '0');
        if (i == start)
            return false;
        parts[k] = v;
        lengths[k] = int(i - start);
        ++k;
        if (k == 3)
            break;
        if (i >= s.size() || (s[i] != '/' && s[i] != '.' && s[i] != '-'))
            return false;
        ++i;
    }
    return i == s.size();
}

QDate excelSerial(qint64 serial)
{
    // The 1900 date system as Excel counts it (day 60 is the 29 February 1900 it wrongly has).
    if (serial < 1 || serial > 2958465 || serial == 60)
        return {};
    return QDate(1899, 12, serial < 60 ? 31 : 30).addDays(serial);
}

struct DateRead
{
    QDate date;
    bool ambiguous = false; // both orders valid and different: `date` is the day-first reading
    QDate alternative;      // the month-first reading
    QString error;
};

DateRead readDate(QByteArrayView s)
{
    DateRead r;
    // ISO 8601, a date or a midnight date-time.
    if (s.size() >= 10 && isDigit(s[0]) && s[4] == '-' && s[7] == '-') {
        QByteArrayView rest = s.sliced(10);
        int digits[8] = {};
        bool allDigits = true;
        for (int k = 0, at = 0; k < 10; ++k) {
            if (k == 4 || k == 7)
                continue;
            allDigits = allDigits && isDigit(s[k]);
            digits[at++] = s[k] - '0';
        }
        const int year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
        const int month = digits[4] * 10 + digits[5];
        const int day = digits[6] * 10 + digits[7];
        const QDate d
                = allDigits && QDate::isValid(year, month, day) ? QDate(year, month, day) : QDate();
        if (!d.isValid()) {
            r.error = QStringLiteral("is not a real date");
            return r;
        }
        if (!rest.isEmpty()) {
            static const QRegularExpression midnight(
                    QStringLiteral("^[T ]00:00(:00(\\.0+)?)?(Z|[+-]00:?00)?$"));
            if (!midnight.match(QString::fromLatin1(rest)).hasMatch()) {
                r.error = QStringLiteral("has a time of day; the attribute holds a date only");
                return r;
            }
        }
        r.date = d;
        return r;
    }
    // Excel serial day numbers.
    bool digitsOnly = !s.isEmpty() && s.size() <= 7;
    for (const char c : s)
        digitsOnly = digitsOnly && isDigit(c);
    if (digitsOnly) {
        r.date = excelSerial(s.toByteArray().toLongLong());
        if (!r.date.isValid())
            r.error = QStringLiteral("is not a date (nor an Excel day number)");
        return r;
    }
    int p[3] = {0, 0, 0};
    int len[3] = {0, 0, 0};
    if (splitNumericDate(s, p, len)) {
        if (len[0] == 4) { // 2024/01/15
            r.date = QDate(p[0], p[1], p[2]);
        } else if (len[2] == 4) {
            const QDate dayFirst(p[2], p[1], p[0]);
            const QDate monthFirst(p[2], p[0], p[1]);
            if (dayFirst.isValid() && monthFirst.isValid() && dayFirst != monthFirst) {
                r.ambiguous = true;
                r.date = dayFirst;
                r.alternative = monthFirst;
                return r;
            }
            r.date = dayFirst.isValid() ? dayFirst : monthFirst;
        } else {
            r.error = QStringLiteral("has a two-digit year; write the year in full");
            return r;
        }
        if (!r.date.isValid())
            r.error = QStringLiteral("is not a real date");
        return r;
    }
    // "15 Jan 2024", "15-Jan-2024", "January 15, 2024", "Jan 15 2024".
    QList<QByteArrayView> words;
    qsizetype i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '-' || s[i] == ',' || s[i] == '/'))
            ++i;
        const qsizetype start = i;
        while (i < s.size() && s[i] != ' ' && s[i] != '-' && s[i] != ',' && s[i] != '/')
            ++i;
        if (i > start)
            words.append(s.sliced(start, i - start));
    }
    if (words.size() == 3) {
        int day = 0;
        int month = 0;
        int year = 0;
        const auto number = [](QByteArrayView w, int *v) {
            if (w.isEmpty() || w.size() > 4)
                return false;
            int n = 0;
            for (const char c : w) {
                if (!isDigit(c))
                    return false;
                n = n * 10 + (c - '0');
            }
            *v = n;
            return true;
        };
        if ((month = monthOf(words[1])) && number(words[0], &day) && number(words[2], &year))
            ;
        else if ((month = monthOf(words[0])) && number(words[1], &day) && number(words[2], &year))
            ;
        else
            month = 0;
        if (month && year >= 1000) {
            r.date = QDate(year, month, day);
            if (!r.date.isValid())
                r.error = QStringLiteral("is not a real date");
            return r;
        }
    }
    r.error = QStringLiteral("is not a date in a known format (2024-01-15, 15/01/2024, "
                             "01/15/2024, 15 Jan 2024, or an Excel day number)");
    return r;
}

} // namespace

QByteArrayView trimmedViewSlow(QByteArrayView cell)
{
    qsizetype b = 0;
    qsizetype e = cell.size();
    while (b < e && (cell[b] == ' ' || cell[b] == '\t' || cell[b] == '\r' || cell[b] == '\n'))
        ++b;
    while (e > b
           && (cell[e - 1] == ' ' || cell[e - 1] == '\t' || cell[e - 1] == '\r'
               || cell[e - 1] == '\n'))
        --e;
    // A no-break space at either end (Excel exports love them).
    while (e - b >= 2 && cell.sliced(b, 2) == QByteArrayView("\xC2\xA0"))
        b += 2;
    while (e - b >= 2 && cell.sliced(e - 2, 2) == QByteArrayView("\xC2\xA0"))
        e -= 2;
    return cell.sliced(b, e - b);
}

// ---------------------------------------------------------------- null tokens

QStringList NullTokens::defaults()
{
    return {QString(),
            QStringLiteral("null"),
            QStringLiteral("NULL"),
            QStringLiteral("N/A"),
            QStringLiteral("n/a"),
            QStringLiteral("none")};
}

NullTokens::NullTokens()
    : NullTokens(QStringList{})
{}

NullTokens::NullTokens(const QStringList &extra)
{
    m_tokens = defaults();
    for (const QString &t : extra) {
        if (!m_tokens.contains(t.trimmed()))
            m_tokens.append(t.trimmed());
    }
    for (const QString &t : std::as_const(m_tokens)) {
        const QByteArray l = t.toLower().toUtf8();
        if (!m_lower.contains(l))
            m_lower.append(l);
        if (l.size() <= 16)
            m_lengths |= 1u << l.size();
    }
    for (const QByteArray &l : std::as_const(m_lower)) {
        if (!l.isEmpty() && l.size() <= 8)
            m_words.append({smallWord(l.constData(), l.size()), l.size()});
    }
}

bool NullTokens::matches(QByteArrayView trimmed) const
{
    if (trimmed.size() <= 8) {
        const quint64 w = asciiLowerWord(smallWord(trimmed.data(), trimmed.size()));
        for (const Word &t : m_words) {
            if (t.length == trimmed.size() && t.value == w)
                return true;
        }
        return false;
    }
    for (const QByteArray &t : m_lower) {
        if (equalsLower(trimmed, t))
            return true;
    }
    return false;
}

// ---------------------------------------------------------------- options

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::Auto:
        return QStringLiteral("auto");
    case DateOrder::DayFirst:
        return QStringLiteral("dmy");
    case DateOrder::MonthFirst:
        return QStringLiteral("mdy");
    }
    return {};
}

bool parseDateOrder(const QString &text, DateOrder *order)
{
    const QString t = text.trimmed().toLower();
    if (t == u"auto")
        *order = DateOrder::Auto;
    else if (t == u"dmy" || t == u"day-first")
        *order = DateOrder::DayFirst;
    else if (t == u"mdy" || t == u"month-first")
        *order = DateOrder::MonthFirst;
    else
        return false;
    return true;
}

QString duplicatePolicyName(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::First:
        return QStringLiteral("first");
    case DuplicatePolicy::Last:
        return QStringLiteral("last");
    case DuplicatePolicy::Error:
        return QStringLiteral("error");
    }
    return {};
}

bool parseDuplicatePolicy(const QString &text, DuplicatePolicy *policy)
{
    const QString t = text.trimmed().toLower();
    if (t == u"first")
        *policy = DuplicatePolicy::First;
    else if (t == u"last")
        *policy = DuplicatePolicy::Last;
    else if (t == u"error")
        *policy = DuplicatePolicy::Error;
    else
        return false;
    return true;
}

namespace {

inline bool realDate(int year, int month, int day)
{
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
        return false;
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day <= kDays[month - 1])
        return true;
    return month == 2 && day == 29 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0);
}

} // namespace

bool isRealDate(int year, int month, int day)
{
    return realDate(year, month, day);
}

QString decimalMarkName(DecimalMark mark)
{
    switch (mark) {
    case DecimalMark::Auto:
        return QStringLiteral("auto");
    case DecimalMark::Point:
        return QStringLiteral("point");
    case DecimalMark::Comma:
        return QStringLiteral("comma");
    }
    return {};
}

bool parseDecimalMark(const QString &text, DecimalMark *mark)
{
    const QString t = text.trimmed().toLower();
    if (t == u"auto")
        *mark = DecimalMark::Auto;
    else if (t == u"point" || t == u".")
        *mark = DecimalMark::Point;
    else if (t == u"comma" || t == u",")
        *mark = DecimalMark::Comma;
    else
        return false;
    return true;
}

NumberForm numberForm(QByteArrayView s)
{
    NumberText point;
    NumberText comma;
    const bool p = normaliseNumber(s, false, &point);
    const bool c = normaliseNumber(s, true, &comma);
    if (!p && !c)
        return NumberForm::None;
    if (p && c) {
        return QByteArrayView(point.constData(), point.size())
                               == QByteArrayView(comma.constData(), comma.size())
                       ? NumberForm::Plain
                       : NumberForm::Either;
    }
    return p ? NumberForm::Point : NumberForm::Comma;
}

DecimalMark NumberEvidence::decided() const
{
    if (comma > 0 && point == 0)
        return DecimalMark::Comma;
    if (point > 0 && comma == 0)
        return DecimalMark::Point;
    return DecimalMark::Auto;
}

void NumberEvidence::add(NumberForm form)
{
    comma += form == NumberForm::Comma ? 1 : 0;
    point += form == NumberForm::Point ? 1 : 0;
    ambiguous += form == NumberForm::Either ? 1 : 0;
}

void NumberEvidence::add(QByteArrayView trimmed)
{
    add(numberForm(trimmed));
}

DateOrder DateEvidence::decided() const
{
    if (dayFirst > 0 && monthFirst == 0)
        return DateOrder::DayFirst;
    if (monthFirst > 0 && dayFirst == 0)
        return DateOrder::MonthFirst;
    return DateOrder::Auto;
}

void DateEvidence::add(QByteArrayView s)
{
    int p[3] = {0, 0, 0};
    int len[3] = {0, 0, 0};
    if (!splitNumericDate(s, p, len) || len[2] != 4)
        return;
    const bool d = isRealDate(p[2], p[1], p[0]);
    const bool m = isRealDate(p[2], p[0], p[1]);
    if (d && !m)
        ++dayFirst;
    else if (m && !d)
        ++monthFirst;
    else if (d && m && p[0] != p[1])
        ++ambiguous;
}

// ---------------------------------------------------------------- coercion

CellValue coerceCell(QByteArrayView s, const SchemaAttribute &a, const CoercionOptions &o,
                     ColumnReading column, const NullTokens &nulls)
{
    const DateOrder order = column.order;
    CellValue v;
    if (nulls.isNull(s)) {
        v.kind = CellValue::Kind::Null;
        return v;
    }
    const auto error = [&v](const QString &text) {
        v.kind = CellValue::Kind::Error;
        v.error = text;
        return v;
    };
    v.kind = CellValue::Kind::Value;
    switch (a.type) {
    case SchemaAttribute::Type::String: {
        if (a.maxLength > 0 && sentLength(s) > a.maxLength)
            return error(QStringLiteral("is longer than %1 characters").arg(a.maxLength));
        const QString text = QString::fromUtf8(s);
        if (!a.enumValues.isEmpty() && !a.enumValues.contains(text)) {
            for (const QString &e : a.enumValues) {
                if (e.compare(text, Qt::CaseInsensitive) == 0)
                    return error(QStringLiteral("is not one of the allowed values; did you mean "
                                                "\u201c%1\u201d?")
                                         .arg(e));
            }
            return error(QStringLiteral("is not one of %1")
                                 .arg(a.enumValues.join(QStringLiteral(", "))));
        }
        v.value = text;
        return v;
    }
    case SchemaAttribute::Type::Integer: {
        const NumberForm form = numberForm(s);
        if (form == NumberForm::None)
            return error(QStringLiteral("is not a whole number"));
        DecimalMark use = markFor(form, o.decimalMark, column.mark);
        if (use == DecimalMark::Auto) {
            // Read both ways: a reading with a fraction is no whole number, so when only one is
            // whole it is the one; when both are, the column must say.
            NumberText point;
            NumberText comma;
            normaliseNumber(s, false, &point);
            normaliseNumber(s, true, &comma);
            if (isWhole(point) == isWhole(comma))
                return error(ambiguousNumberText(point, comma));
            use = isWhole(point) ? DecimalMark::Point : DecimalMark::Comma;
        }
        NumberText n;
        if (!normaliseNumber(s, use == DecimalMark::Comma, &n))
            return error(QStringLiteral("is not a whole number"));
        const qsizetype dot = n.indexOf('.');
        if (dot >= 0) {
            for (qsizetype k = dot + 1; k < n.size(); ++k) {
                if (n[k] != '0')
                    return error(QStringLiteral("has a fraction; the attribute holds whole "
                                                "numbers"));
            }
            n.resize(dot);
        }
        qint64 value = 0;
        const auto r = std::from_chars(n.constData(), n.constData() + n.size(), value);
        if (r.ec != std::errc() || std::llabs(value) > 999999999999999LL)
            return error(QStringLiteral("is too large a number"));
        v.value = value;
        return v;
    }
    case SchemaAttribute::Type::Decimal: {
        const NumberForm form = numberForm(s);
        if (form == NumberForm::None)
            return error(QStringLiteral("is not a number (written 1234.56, 1,234.56 or "
                                        "1.234,56)"));
        const DecimalMark use = markFor(form, o.decimalMark, column.mark);
        if (use == DecimalMark::Auto) {
            NumberText point;
            NumberText comma;
            normaliseNumber(s, false, &point);
            normaliseNumber(s, true, &comma);
            return error(ambiguousNumberText(point, comma));
        }
        NumberText n;
        if (!normaliseNumber(s, use == DecimalMark::Comma, &n))
            return error(use == DecimalMark::Comma
                                 ? QStringLiteral("is not a number with a decimal comma (written "
                                                  "1.234,56)")
                                 : QStringLiteral("is not a number with a decimal point (written "
                                                  "1,234.56)"));
        double value = 0;
        const auto r = std::from_chars(n.constData(), n.constData() + n.size(), value);
        if (r.ec != std::errc() || !std::isfinite(value))
            return error(QStringLiteral("is not a number"));
        v.value = value;
        return v;
    }
    case SchemaAttribute::Type::Date: {
        const DateRead d = readDate(s);
        if (!d.error.isEmpty())
            return error(d.error);
        QDate date = d.date;
        if (d.ambiguous) {
            const DateOrder use = o.dateOrder != DateOrder::Auto ? o.dateOrder : order;
            if (use == DateOrder::Auto)
                return error(QStringLiteral("is ambiguous: %1 or %2? Choose the date order "
                                            "(day-first or month-first)")
                                     .arg(d.date.toString(QStringLiteral("d MMMM yyyy")),
                                          d.alternative.toString(QStringLiteral("d MMMM yyyy"))));
            date = use == DateOrder::DayFirst ? d.date : d.alternative;
        }
        v.value = date.toString(Qt::ISODate);
        return v;
    }
    case SchemaAttribute::Type::Boolean: {
        for (const char *t : {"yes", "y", "true", "1"}) {
            if (equalsLower(s, QByteArrayView(t))) {
                v.value = true;
                return v;
            }
        }
        for (const char *f : {"no", "n", "false", "0"}) {
            if (equalsLower(s, QByteArrayView(f))) {
                v.value = false;
                return v;
            }
        }
        return error(QStringLiteral("is not yes/no, y/n, true/false or 1/0"));
    }
    }
    return error(QStringLiteral("has an unknown type"));
}

CellValue::Kind checkCell(QByteArrayView s, const SchemaAttribute &a, const CoercionOptions &o,
                          ColumnReading column, const NullTokens &nulls)
{
    return CellChecker(a, o, column, nulls).check(s);
}

CellChecker::CellChecker(const SchemaAttribute &attribute, const CoercionOptions &options,
                         ColumnReading column, const NullTokens &nulls)
    : m_attribute(&attribute)
    , m_options(options)
    , m_order(column.order)
    , m_mark(column.mark)
    , m_nulls(&nulls)
{
    for (const QString &e : attribute.enumValues) {
        const QByteArray u = e.toUtf8();
        m_enum.append(u);
        if (!u.isEmpty() && u.size() <= 8) {
            m_enumWords.append(smallWord(u.constData(), u.size()));
            m_enumLengths.append(u.size());
        }
    }
}

CellValue::Kind CellChecker::full(QByteArrayView s) const
{
    return coerceCell(s, *m_attribute, m_options, {m_order, m_mark}, *m_nulls).kind;
}

Q_ALWAYS_INLINE CellValue::Kind CellChecker::date(QByteArrayView s, DateEvidence *evidence) const
{
    using K = CellValue::Kind;
    const auto digitAt = [&s](qsizetype k) { return isDigit(s[k]); };
    // ISO 8601 without a time (with one: the full path checks it is midnight).
    if (s.size() == 10 && digitAt(0) && s[4] == '-' && s[7] == '-') {
        for (const qsizetype k : {1, 2, 3, 5, 6, 8, 9}) {
            if (!digitAt(k))
                return K::Error;
        }
        const int year
                = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        return realDate(year, (s[5] - '0') * 10 + (s[6] - '0'), (s[8] - '0') * 10 + (s[9] - '0'))
                       ? K::Value
                       : K::Error;
    }
    if (s.size() >= 10 && digitAt(0) && s[4] == '-' && s[7] == '-')
        return full(s);
    int p[3] = {0, 0, 0};
    int len[3] = {2, 2, 4};
    const auto separator = [](char c) { return c == '/' || c == '.' || c == '-'; };
    if (s.size() == 10 && separator(s[2]) && separator(s[5]) && digitAt(0) && digitAt(1)
        && digitAt(3) && digitAt(4) && digitAt(6) && digitAt(7) && digitAt(8) && digitAt(9)) {
        // 15/01/2024 or 01/15/2024, the most common shape: what splitNumericDate() gives.
        p[0] = (s[0] - '0') * 10 + (s[1] - '0');
        p[1] = (s[3] - '0') * 10 + (s[4] - '0');
        p[2] = (s[6] - '0') * 1000 + (s[7] - '0') * 100 + (s[8] - '0') * 10 + (s[9] - '0');
    } else if (s.size() < 6 || !splitNumericDate(s, p, len)) {
        return full(s); // Excel day numbers, month names, and every error
    }
    if (len[0] == 4)
        return realDate(p[0], p[1], p[2]) ? K::Value : K::Error;
    if (len[2] != 4)
        return K::Error; // a two-digit year
    const bool dayFirst = realDate(p[2], p[1], p[0]);
    const bool monthFirst = realDate(p[2], p[0], p[1]);
    if (evidence) {
        if (dayFirst && !monthFirst)
            ++evidence->dayFirst;
        else if (monthFirst && !dayFirst)
            ++evidence->monthFirst;
        else if (dayFirst && monthFirst && p[0] != p[1])
            ++evidence->ambiguous;
    }
    if (dayFirst && monthFirst && p[0] != p[1]) {
        const DateOrder use
                = m_options.dateOrder != DateOrder::Auto ? m_options.dateOrder : m_order;
        return use == DateOrder::Auto ? K::Error : K::Value;
    }
    return dayFirst || monthFirst ? K::Value : K::Error;
}

CellValue::Kind CellChecker::checkCollecting(QByteArrayView s, DateEvidence *dates,
                                             NumberEvidence *numbers) const
{
    if (m_nulls->isNull(s))
        return CellValue::Kind::Null;
    switch (m_attribute->type) {
    case SchemaAttribute::Type::Date:
        return date(s, dates);
    case SchemaAttribute::Type::Integer:
    case SchemaAttribute::Type::Decimal:
        return number(s, numbers);
    default:
        return check(s);
    }
}

Q_ALWAYS_INLINE CellValue::Kind CellChecker::stringValue(QByteArrayView s) const
{
    using K = CellValue::Kind;
    const SchemaAttribute &a = *m_attribute;
    if (a.maxLength > 0 && s.size() > a.maxLength && sentLength(s) > a.maxLength)
        return K::Error;
    if (m_enum.isEmpty())
        return K::Value;
    if (!s.isEmpty() && s.size() <= 8) {
        const quint64 w = smallWord(s.data(), s.size());
        for (qsizetype k = 0; k < m_enumWords.size(); ++k) {
            if (m_enumWords[k] == w && m_enumLengths[k] == s.size())
                return K::Value;
        }
        return K::Error; // the longer values are longer than it
    }
    for (const QByteArray &e : m_enum) {
        if (e.size() == s.size() && std::memcmp(e.constData(), s.data(), size_t(s.size())) == 0)
            return K::Value;
    }
    return K::Error;
}

namespace {

// The shapes most number cells have, read without the general path: [-]digits, and [-]digits,
// one '.' or ',', digits. `form` as numberForm() gives it; false for any other shape.
Q_ALWAYS_INLINE bool quickNumberForm(QByteArrayView s, NumberForm *form, qsizetype *separator)
{
    const qsizetype from = !s.isEmpty() && s[0] == '-' ? 1 : 0;
    qsizetype k = from;
    while (k < s.size() && isDigit(s[k]))
        ++k;
    const qsizetype intDigits = k - from;
    if (intDigits == 0)
        return false;
    if (k == s.size()) {
        *form = NumberForm::Plain;
        *separator = -1;
        return true;
    }
    const char mark = s[k];
    if ((mark != '.' && mark != ',') || k + 1 == s.size())
        return false;
    qsizetype j = k + 1;
    while (j < s.size() && isDigit(s[j]))
        ++j;
    if (j != s.size())
        return false;
    // The separator can also be a thousands separator: a first group of 1-3 digits not
    // starting with 0, and a group of 3 after it.
    const bool grouping = intDigits <= 3 && s[from] != '0' && j - k - 1 == 3;
    *form = grouping ? NumberForm::Either : mark == '.' ? NumberForm::Point : NumberForm::Comma;
    *separator = k;
    return true;
}

} // namespace

Q_ALWAYS_INLINE CellValue::Kind CellChecker::number(QByteArrayView s,
                                                    NumberEvidence *evidence) const
{
    using K = CellValue::Kind;
    NumberForm form = NumberForm::None;
    qsizetype separator = -1;
    if (!quickNumberForm(s, &form, &separator)) {
        if (evidence)
            evidence->add(s);
        return full(s);
    }
    if (evidence)
        evidence->add(form);
    const qsizetype digits = s.size() - (s.startsWith('-') ? 1 : 0) - (separator >= 0 ? 1 : 0);
    if (m_attribute->type == SchemaAttribute::Type::Integer) {
        // Plain digits, up to 15 of them: always a whole number in range.
        return form == NumberForm::Plain && digits <= 15 ? K::Value : full(s);
    }
    if (digits > 16)
        return full(s); // a finite double for sure only up to 16 digits
    switch (markFor(form, m_options.decimalMark, m_mark)) {
    case DecimalMark::Auto:
        return K::Error; // reads two ways and nothing says which
    case DecimalMark::Point:
        return form == NumberForm::Comma ? K::Error : K::Value;
    case DecimalMark::Comma:
        return form == NumberForm::Point ? K::Error : K::Value;
    }
    return full(s);
}

Q_ALWAYS_INLINE CellValue::Kind CellChecker::boolean(QByteArrayView s)
{
    using K = CellValue::Kind;
    switch (s.size()) {
    case 1:
        switch (s[0]) {
        case 'y':
        case 'Y':
        case 'n':
        case 'N':
        case '1':
        case '0':
            return K::Value;
        default:
            return K::Error;
        }
    case 2:
        return equalsLower(s, "no") ? K::Value : K::Error;
    case 3:
        return equalsLower(s, "yes") ? K::Value : K::Error;
    case 4:
        return equalsLower(s, "true") ? K::Value : K::Error;
    case 5:
        return equalsLower(s, "false") ? K::Value : K::Error;
    default:
        return K::Error;
    }
}

CellValue::Kind CellChecker::check(QByteArrayView s) const
{
    using K = CellValue::Kind;
    if (m_nulls->isNull(s))
        return K::Null;
    switch (m_attribute->type) {
    case SchemaAttribute::Type::String:
        return stringValue(s);
    case SchemaAttribute::Type::Integer:
    case SchemaAttribute::Type::Decimal:
        return number(s, nullptr);
    case SchemaAttribute::Type::Date:
        return date(s, nullptr);
    case SchemaAttribute::Type::Boolean:
        return boolean(s);
    }
    return full(s);
}

void writeUtf8Text(JsonWriter &out, QByteArrayView text)
{
    bool ascii = true;
    for (const char c : text)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii || simdjson::validate_utf8(text.data(), size_t(text.size())))
        out.utf8(text);
    else
        out.string(QString::fromUtf8(text));
}

bool CellChecker::writeJson(QByteArrayView s, JsonWriter &out) const
{
    using K = CellValue::Kind;
    if (m_nulls->isNull(s))
        return false;
    const auto digits = [&s](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to; ++k) {
            if (!isDigit(s[k]))
                return false;
        }
        return to > from;
    };
    switch (m_attribute->type) {
    case SchemaAttribute::Type::String:
        if (stringValue(s) != K::Value)
            return false;
        writeUtf8Text(out, s);
        return true;
    case SchemaAttribute::Type::Integer: {
        const qsizetype from = s.startsWith('-') ? 1 : 0;
        if (s.size() - from <= 15 && digits(from, s.size())) {
            qint64 v = 0;
            for (qsizetype k = from; k < s.size(); ++k)
                v = v * 10 + (s[k] - '0');
            out.integer(from ? -v : v);
            return true;
        }
        break;
    }
    case SchemaAttribute::Type::Decimal: {
        // [-]digits[.digits] read with a point, at most 16 digits: the digits as they are (with
        // a point for the decimal mark). Other shapes take the general path.
        NumberForm form = NumberForm::None;
        qsizetype separator = -1;
        const bool quick = quickNumberForm(s, &form, &separator) && s.size() <= 17;
        const DecimalMark use = markFor(form, m_options.decimalMark, m_mark);
        if (quick
            && (form == NumberForm::Plain
                || (form == NumberForm::Point && use == DecimalMark::Point)
                || (form == NumberForm::Comma && use == DecimalMark::Comma))) {
            char text[18];
            std::memcpy(text, s.data(), size_t(s.size()));
            if (separator >= 0)
                text[separator] = '.';
            double value = 0;
            std::from_chars(text, text + s.size(), value);
            out.value(QJsonValue(value));
            return true;
        }
        break;
    }
    case SchemaAttribute::Type::Date: {
        int year = 0;
        int month = 0;
        int day = 0;
        if (s.size() == 10 && s[4] == '-' && s[7] == '-' && digits(0, 4) && digits(5, 7)
            && digits(8, 10)) {
            year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
            month = (s[5] - '0') * 10 + (s[6] - '0');
            day = (s[8] - '0') * 10 + (s[9] - '0');
            if (!realDate(year, month, day))
                return false;
        } else if (s.size() == 10 && (s[2] == '/' || s[2] == '.' || s[2] == '-')
                   && (s[5] == '/' || s[5] == '.' || s[5] == '-') && digits(0, 2) && digits(3, 5)
                   && digits(6, 10)) {
            // 15/01/2024 or 01/15/2024, as readDate() decides.
            const int a = (s[0] - '0') * 10 + (s[1] - '0');
            const int b = (s[3] - '0') * 10 + (s[4] - '0');
            year = (s[6] - '0') * 1000 + (s[7] - '0') * 100 + (s[8] - '0') * 10 + (s[9] - '0');
            const bool dayFirst = realDate(year, b, a);
            const bool monthFirst = realDate(year, a, b);
            bool takeDayFirst = dayFirst;
            if (dayFirst && monthFirst && a != b) {
                const DateOrder use
                        = m_options.dateOrder != DateOrder::Auto ? m_options.dateOrder : m_order;
                if (use == DateOrder::Auto)
                    return false; // ambiguous
                takeDayFirst = use == DateOrder::DayFirst;
            } else if (!dayFirst && !monthFirst) {
                return false;
            }
            month = takeDayFirst ? b : a;
            day = takeDayFirst ? a : b;
        } else {
            break;
        }
        if (year < 1000)
            break; // the general path writes what QDate writes for those
        const char text[10] = {char('0' + year / 1000),
                               char('0' + year / 100 % 10),
                               char('0' + year / 10 % 10),
                               char('0' + year % 10),
                               '-',
                               char('0' + month / 10),
                               char('0' + month % 10),
                               '-',
                               char('0' + day / 10),
                               char('0' + day % 10)};
        out.utf8(QByteArrayView(text, 10));
        return true;
    }
    case SchemaAttribute::Type::Boolean:
        if (boolean(s) != K::Value)
            return false;
        // yes, y, true, 1 (the rest are no, n, false, 0)
        out.boolean(s.size() == 1 ? (s[0] == 'y' || s[0] == 'Y' || s[0] == '1')
                                  : s.size() == 3 || s.size() == 4);
        return true;
    }
    const CellValue v = coerceCell(s, *m_attribute, m_options, {m_order, m_mark}, *m_nulls);
    if (v.kind != K::Value)
        return false;
    out.value(v.value);
    return true;
}

namespace {

// One loop per type: the kind of each cell, counted, and marked on its row.
template<typename KindOf>
void checkEach(const QByteArrayView *cells, qsizetype count, quint8 *rowFlags,
               CellChecker::Counts *counts, const NullTokens &nulls, KindOf kindOf)
{
    using K = CellValue::Kind;
    qint64 filled = 0;
    qint64 errors = 0;
    for (qsizetype k = 0; k < count; ++k) {
        const QByteArrayView v = trimmedView(cells[k]);
        if (nulls.isNull(v))
            continue;
        const K kind = kindOf(v);
        ++filled;
        errors += kind == K::Error ? 1 : 0;
        rowFlags[k] |= kind == K::Error ? CellChecker::kRowHasError : CellChecker::kRowHasValue;
    }
    counts->filled += filled;
    counts->errors += errors;
    counts->nulls += count - filled;
}

} // namespace

void CellChecker::checkColumn(const QByteArrayView *cells, qsizetype count, quint8 *rowFlags,
                              Counts *counts, DateEvidence *dates, NumberEvidence *numbers) const
{
    const NullTokens &nulls = *m_nulls;
    switch (m_attribute->type) {
    case SchemaAttribute::Type::String:
        if (m_enum.isEmpty() && m_attribute->maxLength <= 0)
            checkEach(cells, count, rowFlags, counts, nulls,
                      [](QByteArrayView) { return CellValue::Kind::Value; });
        else
            checkEach(cells, count, rowFlags, counts, nulls,
                      [this](QByteArrayView v) { return stringValue(v); });
        return;
    case SchemaAttribute::Type::Integer:
    case SchemaAttribute::Type::Decimal:
        checkEach(cells, count, rowFlags, counts, nulls,
                  [this, numbers](QByteArrayView v) { return number(v, numbers); });
        return;
    case SchemaAttribute::Type::Date:
        checkEach(cells, count, rowFlags, counts, nulls,
                  [this, dates](QByteArrayView v) { return date(v, dates); });
        return;
    case SchemaAttribute::Type::Boolean:
        checkEach(cells, count, rowFlags, counts, nulls,
                  [](QByteArrayView v) { return boolean(v); });
        return;
    }
    checkEach(cells, count, rowFlags, counts, nulls, [this](QByteArrayView v) { return full(v); });
}

// ---------------------------------------------------------------- header matching

QString normaliseHeader(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

namespace {

// Words as they appear in a header: split at separators and at camelCase boundaries.
QStringList headerWords(const QString &text)
{
    QStringList words;
    QString word;
    QChar previous;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (!c.isLetterOrNumber()) {
            if (c.category() == QChar::Mark_NonSpacing)
                continue;
            if (!word.isEmpty())
                words << word;
            word.clear();
        } else {
            if (c.isUpper() && previous.isLower() && !word.isEmpty()) {
                words << word;
                word.clear();
            }
            word += c.toLower();
        }
        previous = c;
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

// One spelling per meaning, so that "E-mail", "mail" and "email" meet.
QString canonicalWord(const QString &w)
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const auto group = [&t](std::initializer_list<const char *> words) {
            const QString canonical = QString::fromLatin1(*words.begin());
            for (const char *word : words)
                t.insert(QString::fromLatin1(word), canonical);
        };
        group({"email", "mail", "emailaddress", "e"});
        group({"first", "fname", "given", "forename"});
        group({"last", "lname", "surname", "family"});
        group({"phone", "tel", "telephone", "mobile", "cell"});
        group({"account", "acct", "acc"});
        group({"manager", "mgr", "owner", "rep"});
        group({"language", "lang", "locale"});
        group({"priority", "prio", "rank"});
        group({"tier", "level", "segment"});
        group({"purchase", "purchased", "buy", "bought", "order"});
        group({"value", "amount", "total", "revenue"});
        group({"status", "state", "stage"});
        group({"date", "dt", "day", "on"});
        group({"id", "identifier", "key", "number", "no", "nr"});
        group({"contact", "customer", "client", "person", "member"});
        return t;
    }();
    return table.value(w, w);
}

QSet<QString> meaningfulWords(const QString &text)
{
    static const QSet<QString> ignore{
            QStringLiteral("crm"),  QStringLiteral("the"),   QStringLiteral("of"),
            QStringLiteral("data"), QStringLiteral("field"), QStringLiteral("col"),
            QStringLiteral("usd"),  QStringLiteral("eur"),   QStringLiteral("gbp")};
    QSet<QString> out;
    for (const QString &w : headerWords(text)) {
        if (!ignore.contains(w))
            out.insert(canonicalWord(w));
    }
    return out;
}

// Whole-header synonyms that no word-by-word match finds.
QString canonicalHeader(const QString &normalised)
{
    static const QHash<QString, QString> table{
            {QStringLiteral("dnc"), QStringLiteral("donotcall")},
            {QStringLiteral("nocall"), QStringLiteral("donotcall")},
            {QStringLiteral("ltv"), QStringLiteral("lifetimevalue")},
            {QStringLiteral("clv"), QStringLiteral("lifetimevalue")},
            {QStringLiteral("customerlifetimevalue"), QStringLiteral("lifetimevalue")},
            {QStringLiteral("emailaddress"), QStringLiteral("email")},
            {QStringLiteral("mail"), QStringLiteral("email")},
    };
    return table.value(normalised, normalised);
}

// Edit distance counting a swap of two neighbours as one edit ("emial" -> "email").
int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> d(size_t(n + 1), std::vector<int>(size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({d[size_t(i - 1)][size_t(j)] + 1, d[size_t(i)][size_t(j - 1)] + 1,
                              d[size_t(i - 1)][size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, d[size_t(i - 2)][size_t(j - 2)] + 1);
            d[size_t(i)][size_t(j)] = v;
        }
    }
    return d[size_t(n)][size_t(m)];
}

MappingSuggestion score(const QString &header, const SchemaAttribute &a)
{
    MappingSuggestion s;
    s.attribute = a.name;
    const QString h = canonicalHeader(normaliseHeader(header));
    const QString n = canonicalHeader(normaliseHeader(a.name));
    const QString l = canonicalHeader(normaliseHeader(a.label));
    if (h.isEmpty())
        return s;
    if (h == n || h == l) {
        s.confidence = h == normaliseHeader(header) ? 1.0 : 0.95;
        s.reason = h == normaliseHeader(header) ? QStringLiteral("same name")
                                                : QStringLiteral("a common name for it");
        return s;
    }
    // Words in common, with synonyms folded together (Dice coefficient).
    const QSet<QString> hw = meaningfulWords(header);
    double best = 0;
    for (const QString &target : {a.name, a.label}) {
        const QSet<QString> tw = meaningfulWords(target);
        if (hw.isEmpty() || tw.isEmpty())
            continue;
        const double common = double(QSet<QString>(hw).intersect(tw).size());
        best = std::max(best, 2.0 * common / double(hw.size() + tw.size()));
    }
    if (best > 0) {
        s.confidence = 0.9 * best;
        s.reason = QStringLiteral("words in common");
    }
    // Typing slips: "emial", "prority".
    const double similar = 1.0 - double(editDistance(h, n)) / double(std::max(h.size(), n.size()));
    if (similar >= 0.75 && 0.85 * similar > s.confidence) {
        s.confidence = 0.85 * similar;
        s.reason = QStringLiteral("spelled alike");
    }
    return s;
}

} // namespace

QList<MappingSuggestion> suggestMapping(const QStringList &headers, const ListSchema &schema)
{
    struct Candidate
    {
        int column;
        int attribute;
        MappingSuggestion s;
    };
    std::vector<Candidate> candidates;
    for (int c = 0; c < headers.size(); ++c) {
        for (int a = 0; a < schema.attributes.size(); ++a) {
            MappingSuggestion s = score(headers[c], schema.attributes[a]);
            if (s.confidence >= 0.5)
                candidates.push_back({c, a, s});
        }
    }
    std::stable_sort(
            candidates.begin(), candidates.end(),
            [](const Candidate &x, const Candidate &y) { return x.s.confidence > y.s.confidence; });
    QList<MappingSuggestion> out(headers.size());
    QSet<int> usedAttributes;
    QSet<int> usedColumns;
    for (const Candidate &c : candidates) {
        if (usedAttributes.contains(c.attribute) || usedColumns.contains(c.column))
            continue;
        usedAttributes.insert(c.attribute);
        usedColumns.insert(c.column);
        out[c.column] = c.s;
    }
    return out;
}

int detectIdColumn(const QStringList &headers, const QString &idField, double *confidence)
{
    int best = -1;
    double bestScore = 0;
    const QString field = normaliseHeader(idField);
    for (int c = 0; c < headers.size(); ++c) {
        const QString h = normaliseHeader(headers[c]);
        const QSet<QString> w = meaningfulWords(headers[c]);
        double s = 0;
        if (h == field)
            s = 1.0;
        else if (w == QSet<QString>{QStringLiteral("contact"), QStringLiteral("id")})
            s = 0.95;
        else if (w.contains(QStringLiteral("id")) && w.size() <= 2)
            s = w.contains(QStringLiteral("contact")) ? 0.9 : 0.7;
        if (s > bestScore) {
            bestScore = s;
            best = c;
        }
    }
    if (confidence)
        *confidence = bestScore;
    return best;
}

} // namespace cxone
