#pragma once

#include "models/engine/csv/csvreader.h"
#include "models/enrichment/enrichrules.h"

#include <QHash>
#include <QJsonObject>

#include <QVarLengthArray>

#include <memory>
#include <vector>

namespace cxone {

// Which attribute each source column feeds (empty: ignored) and which column holds the contact id.
struct EnrichMapping
{
    int idColumn = -1;
    QStringList targets; // one per source column

    QList<int> mappedColumns() const;
    // {"idColumn": "Contact ID", "columns": {"Account Status": "crm_account_status", ...}}
    QJsonObject toJson(const QStringList &headers) const;
    // Applies a template to these headers: columns it names take its targets, the rest are
    // ignored. *unmatched lists template columns the file does not have.
    static EnrichMapping fromJson(const QJsonObject &json, const QStringList &headers,
                                  QStringList *unmatched = nullptr);
    // The auto-mapping: suggestions above the threshold, and the detected id column.
    static EnrichMapping suggested(const QStringList &headers, const ListSchema &schema,
                                   QList<MappingSuggestion> *suggestions = nullptr);
};

struct EnrichOptions
{
    CoercionOptions coercion;
    DuplicatePolicy duplicates = DuplicatePolicy::First;
    QStringList extraNullTokens;
    QJsonObject toJson() const;
    // Each option that is not the default, in words ("null tokens added: “yes” (a
    // cell holding one is left out, never sent)", "decimal mark: comma (1.234,56)"): what a
    // template changes about how cells are read, to be shown before anything is sent.
    QStringList changes() const;
};

// Added null tokens that are values of a mapped boolean or enum attribute: every such value
// would be left out instead of sent (a null token "yes" drops every Do-Not-Call = yes). One
// sentence each; empty when there is none.
QStringList nullTokenConflicts(const QStringList &extraTokens, const ListSchema &schema,
                               const EnrichMapping &mapping);

enum class RowState : quint8 {
    Send,        // goes to the tenant
    NoContactId, // skipped: no contact id
    Duplicate,   // skipped: the contact id appears again (by the duplicate policy)
    RowError,    // skipped: a cell does not fit its attribute, or the record is unreliable
    NoValues,    // skipped: every mapped cell is empty or null-like
};
QString
rowStateName(RowState state); // send, no-contact-id, duplicate-contact-id, row-error, no-values

// Counts of one mapped field, on the whole input before any row is filtered out.
struct FieldStats
{
    QString attribute;
    int column = -1;
    qint64 total = 0;                  // data rows
    qint64 filled = 0;                 // cells with a value (not empty, not null-like)
    qint64 nulls = 0;                  // empty or null-like cells: dropped, never sent
    qint64 errors = 0;                 // filled cells that do not fit the attribute
    DateOrder order = DateOrder::Auto; // date fields: the order used
    DateEvidence dates;
    // Number fields: the decimal mark used (the options', or the one the column shows; Auto when
    // it shows none or both), what the values showed, and the first rows whose value reads two
    // ways and was refused for it (at most 100).
    DecimalMark mark = DecimalMark::Auto;
    NumberEvidence numbers;
    QList<qint32> ambiguousRows;
    // The decimal mark the column's values show (Auto: none, or both), to offer when the options
    // say nothing or say the other.
    DecimalMark suggestedMark() const { return numbers.decided(); }
    double rate() const { return total > 0 ? double(filled) / double(total) : 0.0; }
};

// A number column's decimal mark left for the person to decide: values that read two ways while
// nothing in the column shows which mark it uses (`shows` Auto: they are refused), or values
// that show the other mark than the one chosen (`shows` is the mark they show).
struct DecimalQuestion
{
    QString attribute;
    DecimalMark shows = DecimalMark::Auto;
    qint64 values = 0; // the values that read two ways, or the column's errors
    qint64 line = 0;   // the first such value's line in the file (0: not known)
    QString example;   // that value as written
};

// What an import would do, row by row and field by field, before anything is sent. Built once
// off the GUI thread; cells are coerced again on demand (for the preview's visible rows and for
// each batch), so a million-row plan holds only a byte per row beside the table.
class EnrichPlan final
{
public:
    static std::shared_ptr<EnrichPlan> build(std::shared_ptr<const CsvTable> table,
                                             ListSchema schema, EnrichMapping mapping,
                                             EnrichOptions options);

    const CsvTable &table() const { return *m_table; }
    const ListSchema &schema() const { return m_schema; }
    const EnrichMapping &mapping() const { return m_mapping; }
    const EnrichOptions &options() const { return m_options; }
    const QList<FieldStats> &fields() const { return m_fields; }

    qsizetype rowCount() const { return qsizetype(m_states.size()); }
    RowState state(qsizetype row) const { return RowState(m_states[size_t(row)]); }
    bool hasCellError(qsizetype row) const { return m_cellErrors[size_t(row)]; }
    QString contactId(qsizetype row) const;
    qint64 line(qsizetype row) const { return m_table->line(row); }
    // The row's cell for field `field` (index into fields()), coerced.
    CellValue cell(qsizetype row, int field) const;
    QString rawCell(qsizetype row, int field) const;
    // What goes to the tenant for the row: attribute -> typed value (nulls left out).
    QJsonObject attributes(qsizetype row) const;
    // The same as (field index, value) pairs, in field order, without building an object.
    using RowValues = QVarLengthArray<std::pair<int, QJsonValue>, 16>;
    RowValues values(qsizetype row) const;
    // The row's value for `field` written as JSON (what JsonWriter::value writes for
    // cell(row, field).value), straight from the cell; false when it has none (nothing written).
    bool writeValue(qsizetype row, int field, JsonWriter &out) const;
    // How many of the row's fields have a value to send (the attributes it writes).
    int valueCount(qsizetype row) const;
    // The row's contact id as it is in the file (trimmed UTF-8).
    QByteArrayView contactIdBytes(qsizetype row) const;
    int fieldCount() const { return int(m_fields.size()); }
    const QString &fieldAttribute(int field) const { return m_fields[field].attribute; }
    // The number columns whose decimal mark is left to decide, in field order.
    QList<DecimalQuestion> decimalQuestions() const;
    // Why a row is skipped, in words (empty for a row that is sent).
    QString reason(qsizetype row) const;

    qint64 count(RowState state) const { return m_counts[int(state)]; }
    qint64 contacts() const { return count(RowState::Send); }
    double fillRate() const; // filled / all mapped cells, on the input before filtering
    const std::vector<qint32> &sendRows() const { return m_sendRows; }
    // Rows to send, in batches of at most `size`, file order.
    std::vector<std::vector<qsizetype>> batches(int size) const;
    // A digest of what would be sent (ids and values' sources), for resuming the same import.
    QByteArray digest() const;

    // {"rows", "contacts", "skipped":{...},
    // "fields":{ATTRIBUTE:{filled,total,rate,nulls,typeErrors}},
    //  "fillRate"} (zeros included).
    QJsonObject summaryJson() const;
    qsizetype bytes() const;

private:
    EnrichPlan() = default;
    void analyse();
    // One pass over the rows: every cell checked, rows judged, fields counted. Date fields in
    // `collect` gather their evidence and get their order from it; false when one of them turns
    // out undecided with ambiguous values (checked under a provisional order: run it again).
    bool pass(const std::vector<bool> &collect);

    std::shared_ptr<const CsvTable> m_table;
    ListSchema m_schema;
    EnrichMapping m_mapping;
    EnrichOptions m_options;
    NullTokens m_nulls;
    QList<FieldStats> m_fields;
    QList<const SchemaAttribute *> m_fieldAttributes;
    std::vector<CellChecker> m_writers; // per field, with its date order settled
    std::vector<quint8> m_states;
    std::vector<bool> m_cellErrors;
    std::vector<qint32> m_sendRows;
    QHash<qint32, qint32> m_duplicateOf; // duplicate row -> the row whose id it repeats
    qint64 m_counts[5] = {0, 0, 0, 0, 0};
};

} // namespace cxone
