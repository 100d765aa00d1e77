#pragma once

#include "network/api/enrichmentapi.h"
#include "network/jsonwriter.h"

#include <QByteArrayView>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstring>
#include <span>

namespace cxone {

// The null-like values that never reach the tenant: "", null, NULL, N/A, n/a, none (compared
// without regard to case, after trimming), plus any the user adds.
class NullTokens final
{
public:
    NullTokens();
    explicit NullTokens(const QStringList &extra);
    bool isNull(QByteArrayView trimmed) const
    {
        // Most cells are not null and no token is as long as they are.
        if (trimmed.isEmpty())
            return true;
        if (trimmed.size() > 16 || !(m_lengths & (1u << trimmed.size())))
            return false;
        return matches(trimmed);
    }
    QStringList tokens() const { return m_tokens; }
    static QStringList defaults();

private:
    bool matches(QByteArrayView trimmed) const;

    QStringList m_tokens;
    QList<QByteArray> m_lower;
    quint32 m_lengths = 0; // bit n: some token is n bytes long (n <= 16)
    // Tokens of up to 8 bytes as words (byte k at bits 8k), compared a word at a time.
    struct Word
    {
        quint64 value;
        qsizetype length;
    };
    QList<Word> m_words;
};

// The bytes of a text of 1 to 8 bytes as a word (byte k at bits 8k), without reading past it.
inline quint64 smallWord(const char *p, qsizetype n)
{
    if (n >= 4) {
        quint32 lo;
        quint32 hi;
        std::memcpy(&lo, p, 4);
        std::memcpy(&hi, p + n - 4, 4);
        return quint64(lo) | (quint64(hi) << (8 * (n - 4)));
    }
    const auto at = [p](qsizetype i) { return quint64(static_cast<unsigned char>(p[i])); };
    return at(0) | (at(n / 2) << (8 * (n / 2))) | (at(n - 1) << (8 * (n - 1)));
}

// A word's ASCII capitals made small (other bytes kept), as equalsLower compares them.
inline quint64 asciiLowerWord(quint64 x)
{
    const quint64 seven = x & 0x7F7F7F7F7F7F7F7Full;
    const quint64 atLeastA = seven + 0x3F3F3F3F3F3F3F3Full; // high bit: byte >= 'A'
    const quint64 aboveZ = seven + 0x2525252525252525ull;   // high bit: byte > 'Z'
    const quint64 capital = atLeastA & ~aboveZ & ~x & 0x8080808080808080ull;
    return x | (capital >> 2);
}

enum class DateOrder { Auto, DayFirst, MonthFirst };
QString dateOrderName(DateOrder order);
bool parseDateOrder(const QString &text, DateOrder *order); // auto, dmy, mdy

enum class DuplicatePolicy { First, Last, Error };
QString duplicatePolicyName(DuplicatePolicy policy);
bool parseDuplicatePolicy(const QString &text, DuplicatePolicy *policy);

// The decimal mark of a column's numbers: a point (1,234.56), a comma (1.234,56), or whatever
// the column's own values show (Auto).
enum class DecimalMark : quint8 { Auto, Point, Comma };
QString decimalMarkName(DecimalMark mark);                     // auto, point, comma
bool parseDecimalMark(const QString &text, DecimalMark *mark); // auto, point, comma

struct CoercionOptions
{
    DecimalMark decimalMark = DecimalMark::Auto; // Auto: the column's values decide
    DateOrder dateOrder = DateOrder::Auto;
};

// How a column reads what its values leave open: the date order and the decimal mark its values
// showed (Auto: they did not).
struct ColumnReading
{
    DateOrder order = DateOrder::Auto;
    DecimalMark mark = DecimalMark::Auto;
};

// How a cell can be read as a number: not at all; the same with either decimal mark (1234,
// 12 345); only with a point (1,234.56, 0.5, 1,234,567); only with a comma (1.234,56, 7,00,
// € 7,00); or both, differently (2.500 is 2.5 or 2500; 1,250 is 1.25 or 1250).
enum class NumberForm : quint8 { None, Plain, Point, Comma, Either };
NumberForm numberForm(QByteArrayView trimmed);

// The decimal mark a column's numbers show: Comma when some value only reads with a comma and
// none only with a point, Point the other way round, Auto when none decides (or both appear:
// the column mixes).
struct NumberEvidence
{
    qint64 comma = 0;     // values that only read with a decimal comma
    qint64 point = 0;     // values that only read with a decimal point
    qint64 ambiguous = 0; // values that read both ways, differently
    DecimalMark decided() const;
    bool mixed() const { return comma > 0 && point > 0; }
    void add(QByteArrayView trimmed);
    void add(NumberForm form);
};

// What a cell turns into for its attribute: a typed value, nothing (null-like: dropped), or an
// error that says why. A cell that does not fit is never changed to fit.
struct CellValue
{
    enum class Kind : quint8 { Value, Null, Error };
    Kind kind = Kind::Null;
    QJsonValue value;
    QString error;
    bool isError() const { return kind == Kind::Error; }
};

// The date order a column's values show: DayFirst when some day is above 12, MonthFirst when
// some month position is above 12, Auto when none decides (or both appear: the column mixes).
struct DateEvidence
{
    qint64 dayFirst = 0;   // values that only read day-first
    qint64 monthFirst = 0; // values that only read month-first
    qint64 ambiguous = 0;  // both readings valid and different
    DateOrder decided() const;
    bool mixed() const { return dayFirst > 0 && monthFirst > 0; }
    void add(QByteArrayView trimmed);
};

// Whether year-month-day is a day of the (proleptic Gregorian) calendar, as QDate::isValid says
// for years 1..9999.
bool isRealDate(int year, int month, int day);

// Turns one trimmed cell into the attribute's type. `column` is what the column's values showed
// of their date order and decimal mark (Auto: nothing; a value that reads two ways is then an
// error that names both readings, unless the options say which).
CellValue coerceCell(QByteArrayView trimmed, const SchemaAttribute &attribute,
                     const CoercionOptions &options, ColumnReading column, const NullTokens &nulls);
// Only whether it fits (no value built): the fast path of a million-row validation.
CellValue::Kind checkCell(QByteArrayView trimmed, const SchemaAttribute &attribute,
                          const CoercionOptions &options, ColumnReading column,
                          const NullTokens &nulls);

// checkCell for one attribute, prepared once for a column's million cells: the same answer as
// coerceCell's kind, from the common forms without building a value (other forms take the full
// path). The attribute and the null tokens must outlive it.
class CellChecker final
{
public:
    CellChecker(const SchemaAttribute &attribute, const CoercionOptions &options,
                ColumnReading column, const NullTokens &nulls);
    CellValue::Kind check(QByteArrayView trimmed) const;

    // What checking a column's cells found.
    struct Counts
    {
        qint64 filled = 0; // values and errors
        qint64 nulls = 0;
        qint64 errors = 0;
    };
    static constexpr quint8 kRowHasValue = 1;
    static constexpr quint8 kRowHasError = 2;
    // check() for `count` cells (not yet trimmed) of one column: adds to *counts, and to each
    // row's flags kRowHasValue or kRowHasError; with `dates` or `numbers`, a date or number
    // column's evidence too (as checkCollecting()).
    void checkColumn(const QByteArrayView *cells, qsizetype count, quint8 *rowFlags, Counts *counts,
                     DateEvidence *dates, NumberEvidence *numbers = nullptr) const;
    // Writes the cell's value as JSON: what JsonWriter::value writes for coerceCell's value, the
    // common forms read directly, the rest through coerceCell. False when the cell is null-like
    // or does not fit (nothing written).
    bool writeJson(QByteArrayView trimmed, JsonWriter &out) const;
    // The same, adding what a date cell shows of the column's order to *dates, and what a number
    // cell shows of its decimal mark to *numbers (what DateEvidence::add and NumberEvidence::add
    // would), so that a column is read once.
    CellValue::Kind checkCollecting(QByteArrayView trimmed, DateEvidence *dates,
                                    NumberEvidence *numbers = nullptr) const;

private:
    CellValue::Kind full(QByteArrayView trimmed) const;
    CellValue::Kind date(QByteArrayView trimmed, DateEvidence *evidence) const;
    CellValue::Kind stringValue(QByteArrayView trimmed) const;
    CellValue::Kind number(QByteArrayView trimmed, NumberEvidence *evidence) const;
    static CellValue::Kind boolean(QByteArrayView trimmed);

    const SchemaAttribute *m_attribute;
    CoercionOptions m_options;
    DateOrder m_order;
    DecimalMark m_mark;
    const NullTokens *m_nulls;
    QList<QByteArray> m_enum;       // the allowed values as UTF-8
    QList<quint64> m_enumWords;     // those of up to 8 bytes as words (smallWord)
    QList<qsizetype> m_enumLengths; // and their lengths
};
QByteArrayView trimmedViewSlow(QByteArrayView cell);
// The cell without spaces, tabs, line breaks and no-break spaces at either end.
Q_ALWAYS_INLINE QByteArrayView trimmedView(QByteArrayView cell)
{
    // Most cells have nothing to trim: empty, or a printable ASCII byte at both ends.
    if (cell.isEmpty())
        return cell;
    const auto first = static_cast<unsigned char>(cell.front());
    const auto last = static_cast<unsigned char>(cell.back());
    if (first > ' ' && first < 0x80 && last > ' ' && last < 0x80)
        return cell;
    return trimmedViewSlow(cell);
}

// UTF-8 text as JSON, as JsonWriter::string writes QString::fromUtf8 of it (invalid sequences
// replaced as that does).
void writeUtf8Text(JsonWriter &out, QByteArrayView text);

// One source column's suggested target, with how sure the match is (0..1) and why.
struct MappingSuggestion
{
    QString attribute; // empty: ignore
    double confidence = 0;
    QString reason; // "same name", "synonym of email", "similar to crm_account_status"
};

// Normalised header text: lower case, accents and separators (space _ - . /) removed.
QString normaliseHeader(const QString &text);
// Suggests a target for every column (each attribute used at most once, best matches first).
QList<MappingSuggestion> suggestMapping(const QStringList &headers, const ListSchema &schema);
// The column that holds the contact id: -1 when none looks like it. *confidence says how sure.
int detectIdColumn(const QStringList &headers, const QString &idField, double *confidence);

} // namespace cxone
