#include "models/enrichment/enrichplan.h"

#include "models/engine/csv/csvrows.h"
#include "models/engine/text.h"
#include "network/sha256.h"

#include <QJsonArray>

#include <array>
#include <cstdlib>
#include <cstring>
#include <new>

namespace cxone {

QList<int> EnrichMapping::mappedColumns() const
{
    QList<int> out;
    for (int c = 0; c < targets.size(); ++c) {
        if (!targets[c].isEmpty() && c != idColumn)
            out << c;
    }
    return out;
}

QJsonObject EnrichMapping::toJson(const QStringList &headers) const
{
    QJsonObject columns;
    for (int c = 0; c < headers.size() && c < targets.size(); ++c)
        columns.insert(headers[c], targets[c].isEmpty() ? QJsonValue() : QJsonValue(targets[c]));
    return {{QStringLiteral("idColumn"),
             idColumn >= 0 && idColumn < headers.size() ? headers[idColumn] : QString()},
            {QStringLiteral("columns"), columns}};
}

EnrichMapping EnrichMapping::fromJson(const QJsonObject &json, const QStringList &headers,
                                      QStringList *unmatched)
{
    EnrichMapping m;
    m.targets = QStringList(headers.size());
    const QJsonObject columns = json.value(u"columns").toObject();
    // Exact header first, then the same header written differently ("Contact ID" / contact_id).
    const auto find = [&headers](const QString &name) {
        qsizetype c = headers.indexOf(name);
        if (c < 0) {
            const QString n = normaliseHeader(name);
            for (qsizetype k = 0; k < headers.size() && c < 0; ++k) {
                if (normaliseHeader(headers[k]) == n)
                    c = k;
            }
        }
        return int(c);
    };
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const int c = find(it.key());
        if (c < 0) {
            if (unmatched && it.value().isString())
                unmatched->append(it.key());
            continue;
        }
        m.targets[c] = it.value().toString();
    }
    m.idColumn = find(json.value(u"idColumn").toString());
    return m;
}

EnrichMapping EnrichMapping::suggested(const QStringList &headers, const ListSchema &schema,
                                       QList<MappingSuggestion> *suggestions)
{
    EnrichMapping m;
    m.idColumn = detectIdColumn(headers, schema.idField, nullptr);
    QList<MappingSuggestion> s = suggestMapping(headers, schema);
    m.targets = QStringList(headers.size());
    for (int c = 0; c < headers.size(); ++c) {
        if (c != m.idColumn)
            m.targets[c] = s[c].attribute;
    }
    if (suggestions)
        *suggestions = s;
    return m;
}

namespace {

// A 64-bit hash of a short byte string (contact ids), a word at a time. The last bytes are read
// as one overlapping word when there are 8 or more (no byte copies: a word loaded right after
// bytes were stored into it stalls).
quint64 hashBytes(QByteArrayView s)
{
    const char *p = s.data();
    const size_t size = size_t(s.size());
    size_t n = size;
    quint64 h = 0x9E3779B97F4A7C15ull ^ (quint64(n) * 0xff51afd7ed558ccdull);
    while (n >= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
        p += 8;
        n -= 8;
    }
    if (n > 0) {
        quint64 w = 0;
        if (size >= 8) {
            std::memcpy(&w, p + n - 8, 8);
            w >>= 8 * (8 - n);
        } else {
            for (size_t k = 0; k < n; ++k)
                w |= quint64(static_cast<unsigned char>(p[k])) << (8 * k);
        }
        h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
    }
    h ^= h >> 29;
    h *= 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 32);
}

} // namespace

QJsonObject EnrichOptions::toJson() const
{
    return {{QStringLiteral("decimalMark"), decimalMarkName(coercion.decimalMark)},
            {QStringLiteral("dateOrder"), dateOrderName(coercion.dateOrder)},
            {QStringLiteral("duplicates"), duplicatePolicyName(duplicates)},
            {QStringLiteral("nullTokens"), QJsonArray::fromStringList(extraNullTokens)}};
}

QStringList EnrichOptions::changes() const
{
    QStringList out;
    if (!extraNullTokens.isEmpty()) {
        QStringList quoted;
        for (const QString &t : extraNullTokens)
            quoted << QStringLiteral("\u201c%1\u201d").arg(t);
        out << QStringLiteral("null tokens added: %1 (a cell holding one is left out, never sent)")
                        .arg(quoted.join(QStringLiteral(", ")));
    }
    if (coercion.decimalMark == DecimalMark::Comma)
        out << QStringLiteral("decimal mark: comma (1.234,56), whatever the columns show");
    else if (coercion.decimalMark == DecimalMark::Point)
        out << QStringLiteral("decimal mark: point (1,234.56), whatever the columns show");
    if (coercion.dateOrder == DateOrder::DayFirst)
        out << QStringLiteral("date order: day first (03/04/2024 is 3 April)");
    else if (coercion.dateOrder == DateOrder::MonthFirst)
        out << QStringLiteral("date order: month first (03/04/2024 is 4 March)");
    if (duplicates == DuplicatePolicy::Last)
        out << QStringLiteral("a contact id twice: the last row wins");
    else if (duplicates == DuplicatePolicy::Error)
        out << QStringLiteral("a contact id twice: both rows are errors");
    return out;
}

QStringList nullTokenConflicts(const QStringList &extraTokens, const ListSchema &schema,
                               const EnrichMapping &mapping)
{
    static const QStringList booleans{QStringLiteral("yes"),  QStringLiteral("no"),
                                      QStringLiteral("y"),    QStringLiteral("n"),
                                      QStringLiteral("true"), QStringLiteral("false"),
                                      QStringLiteral("1"),    QStringLiteral("0")};
    QStringList out;
    for (const int c : mapping.mappedColumns()) {
        const SchemaAttribute *a = schema.attribute(mapping.targets.value(c));
        if (!a)
            continue;
        const QStringList values
                = a->type == SchemaAttribute::Type::Boolean ? booleans : a->enumValues;
        for (const QString &token : extraTokens) {
            const QString t = token.trimmed();
            for (const QString &v : values) {
                if (t.compare(v, Qt::CaseInsensitive) != 0)
                    continue;
                out << QStringLiteral("the null token \u201c%1\u201d is a value of %2 (%3): every "
                                      "\u201c%4\u201d there would be left out instead of sent; "
                                      "remove it from the null tokens")
                                .arg(t, a->name,
                                     a->type == SchemaAttribute::Type::Boolean
                                             ? QStringLiteral("yes/no")
                                             : QStringLiteral("one of %1")
                                                       .arg(a->enumValues.join(
                                                               QStringLiteral(", "))),
                                     v);
                break;
            }
        }
    }
    return out;
}

QString rowStateName(RowState state)
{
    switch (state) {
    case RowState::Send:
        return QStringLiteral("send");
    case RowState::NoContactId:
        return QStringLiteral("no-contact-id");
    case RowState::Duplicate:
        return QStringLiteral("duplicate-contact-id");
    case RowState::RowError:
        return QStringLiteral("row-error");
    case RowState::NoValues:
        return QStringLiteral("no-values");
    }
    return {};
}

std::shared_ptr<EnrichPlan> EnrichPlan::build(std::shared_ptr<const CsvTable> table,
                                              ListSchema schema, EnrichMapping mapping,
                                              EnrichOptions options)
{
    std::shared_ptr<EnrichPlan> plan(new EnrichPlan);
    plan->m_table = std::move(table);
    plan->m_schema = std::move(schema);
    plan->m_mapping = std::move(mapping);
    plan->m_options = std::move(options);
    plan->m_nulls = NullTokens(plan->m_options.extraNullTokens);
    plan->analyse();
    return plan;
}

void EnrichPlan::analyse()
{
    for (const int c : m_mapping.mappedColumns()) {
        const SchemaAttribute *a = m_schema.attribute(m_mapping.targets[c]);
        if (!a)
            continue; // a target the list does not have: the mapping is refused before this
        FieldStats f;
        f.attribute = a->name;
        f.column = c;
        m_fields.append(f);
        m_fieldAttributes.append(a);
    }
    // Date and number columns: which date order and decimal mark their values show, unless the
    // user said. The values are read once: their evidence is gathered while they are checked as
    // if the order and mark were known; only a column whose values leave them open and that
    // holds values that read two ways needs a second pass.
    const auto fieldCount = m_fields.size();
    std::vector<bool> collect(size_t(fieldCount), false);
    for (qsizetype f = 0; f < fieldCount; ++f) {
        FieldStats &stats = m_fields[f];
        stats.dates = DateEvidence();
        stats.numbers = NumberEvidence();
        stats.ambiguousRows.clear();
        const SchemaAttribute::Type type = m_fieldAttributes[f]->type;
        if (type == SchemaAttribute::Type::Date) {
            stats.order = m_options.coercion.dateOrder;
            if (stats.order == DateOrder::Auto) {
                collect[size_t(f)] = true;
                stats.order = DateOrder::DayFirst; // provisional: ambiguous values pass
            }
        } else if (type == SchemaAttribute::Type::Integer
                   || type == SchemaAttribute::Type::Decimal) {
            // The evidence is gathered even when the user said, to offer the other mark.
            collect[size_t(f)] = true;
            stats.mark = m_options.coercion.decimalMark;
            if (stats.mark == DecimalMark::Auto)
                stats.mark = DecimalMark::Point; // provisional: ambiguous values pass
        }
    }
    if (!pass(collect)) {
        // The values left the order or the mark open and some read two ways: those are errors.
        std::fill(collect.begin(), collect.end(), false);
        pass(collect);
    }
    for (qsizetype f = 0; f < fieldCount; ++f)
        m_writers.emplace_back(*m_fieldAttributes[f], m_options.coercion,
                               ColumnReading{m_fields[f].order, m_fields[f].mark}, m_nulls);
    // The rows whose number was refused for reading two ways, for the preview to show.
    for (qsizetype f = 0; f < fieldCount; ++f) {
        FieldStats &stats = m_fields[f];
        if (stats.mark != DecimalMark::Auto || m_options.coercion.decimalMark != DecimalMark::Auto
            || stats.numbers.ambiguous == 0)
            continue;
        const CellChecker &checker = m_writers[size_t(f)];
        for (qsizetype r = 0; r < m_table->rowCount() && stats.ambiguousRows.size() < 100; ++r) {
            const QByteArrayView v = trimmedView(m_table->rows->cell(r, stats.column));
            if (numberForm(v) == NumberForm::Either && checker.check(v) == CellValue::Kind::Error)
                stats.ambiguousRows.append(qint32(r));
        }
    }
}

bool EnrichPlan::writeValue(qsizetype row, int field, JsonWriter &out) const
{
    return m_writers[size_t(field)].writeJson(
            trimmedView(m_table->rows->cell(row, m_fields[field].column)), out);
}

int EnrichPlan::valueCount(qsizetype row) const
{
    int n = 0;
    for (qsizetype f = 0; f < m_fields.size(); ++f)
        n += m_writers[size_t(f)].check(trimmedView(m_table->rows->cell(row, m_fields[f].column)))
                             == CellValue::Kind::Value
                     ? 1
                     : 0;
    return n;
}

QByteArrayView EnrichPlan::contactIdBytes(qsizetype row) const
{
    return m_mapping.idColumn < 0 ? QByteArrayView()
                                  : trimmedView(m_table->rows->cell(row, m_mapping.idColumn));
}

bool EnrichPlan::pass(const std::vector<bool> &collect)
{
    const CsvRows &rows = *m_table->rows;
    const qsizetype n = m_table->rowCount();
    const auto fieldCount = m_fields.size();
    std::vector<CellChecker> checkers;
    checkers.reserve(size_t(fieldCount));
    for (qsizetype f = 0; f < fieldCount; ++f)
        checkers.emplace_back(*m_fieldAttributes[f], m_options.coercion,
                              ColumnReading{m_fields[f].order, m_fields[f].mark}, m_nulls);
    m_duplicateOf.clear();
    m_sendRows.clear();
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
    std::vector<CellChecker::Counts> counts(static_cast<size_t>(fieldCount));

    m_states.assign(size_t(n), quint8(RowState::Send));
    m_cellErrors.assign(size_t(n), false);
    const int idColumn = m_mapping.idColumn;
    // 1. Rows go in blocks that stay in the caches: each mapped column is checked down the block
    // (one loop per type), then the rows are judged and each contact id hashed.
    constexpr qsizetype kBlock = 1024;
    constexpr int kPartitionBits = 8;
    // The block's cells of the id column (first) and the mapped columns, column by column.
    std::vector<int> wanted;
    if (idColumn >= 0)
        wanted.push_back(idColumn);
    for (qsizetype f = 0; f < fieldCount; ++f)
        wanted.push_back(m_fields[f].column);
    std::vector<QByteArrayView> views(wanted.size() * size_t(kBlock) + size_t(kBlock));
    std::vector<QByteArrayView *> columnViews;
    for (size_t j = 0; j < wanted.size(); ++j)
        columnViews.push_back(views.data() + j * size_t(kBlock));
    QByteArrayView *const ids
            = idColumn >= 0 ? columnViews[0] : views.data() + wanted.size() * size_t(kBlock);
    QByteArrayView *const *fieldViews = columnViews.data() + (idColumn >= 0 ? 1 : 0);
    std::vector<quint8> flags(static_cast<size_t>(kBlock));
    std::vector<quint64> hashes(static_cast<size_t>(n));
    std::array<qint64, (1 << kPartitionBits) + 1> partitionStart{};
    qint32 nextExtra = 0;   // index into the table's (sorted) records with extra fields
    qint32 nextNotUtf8 = 0; // and into those with bytes that are not UTF-8
    for (qsizetype r0 = 0; r0 < n; r0 += kBlock) {
        const qsizetype m = std::min(kBlock, n - r0);
        rows.columns(r0, m, wanted.data(), int(wanted.size()), columnViews.data());
        std::fill_n(flags.begin(), m, quint8(0));
        for (qsizetype f = 0; f < fieldCount; ++f)
            checkers[size_t(f)].checkColumn(fieldViews[f], m, flags.data(), &counts[size_t(f)],
                                            collect[size_t(f)] ? &m_fields[f].dates : nullptr,
                                            collect[size_t(f)] ? &m_fields[f].numbers : nullptr);
        for (qsizetype k = 0; k < m; ++k) {
            const qsizetype r = r0 + k;
            const bool bad = (flags[size_t(k)] & CellChecker::kRowHasError) != 0;
            m_cellErrors[size_t(r)] = bad;
            bool unreliable = false;
            if (nextExtra < qint32(m_table->extra.size())
                && m_table->extra[size_t(nextExtra)].first == r) {
                unreliable = true;
                ++nextExtra;
            }
            if (nextNotUtf8 < qint32(m_table->notUtf8.size())
                && m_table->notUtf8[size_t(nextNotUtf8)] == r) {
                unreliable = true;
                ++nextNotUtf8;
            }
            RowState state = RowState::Send;
            const QByteArrayView id = trimmedView(ids[k]);
            if (id.isEmpty() || m_nulls.isNull(id)) {
                state = RowState::NoContactId;
            } else {
                if (bad || unreliable)
                    state = RowState::RowError;
                else if (!(flags[size_t(k)] & CellChecker::kRowHasValue))
                    state = RowState::NoValues;
                const quint64 h = hashBytes(id);
                hashes[size_t(r)] = h;
                ++partitionStart[size_t(h >> (64 - kPartitionBits)) + 1];
            }
            m_states[size_t(r)] = quint8(state);
        }
    }
    // 2. The same contact id twice: the rows with an id are spread by their hash's top bits into
    // partitions (file order kept in each), and each partition is looked through with a table
    // that fits in the cache. One table of a million ids would be read at random, every look
    // waiting for memory.
    for (size_t k = 1; k < partitionStart.size(); ++k)
        partitionStart[k] += partitionStart[k - 1];
    struct Entry
    {
        quint32 tag; // the hash's low half
        qint32 row;
    };
    std::vector<Entry> entries(static_cast<size_t>(partitionStart.back()));
    {
        std::array<qint64, 1 << kPartitionBits> at{};
        std::copy(partitionStart.begin(), partitionStart.end() - 1, at.begin());
        for (qsizetype r = 0; r < n; ++r) {
            if (m_states[size_t(r)] == quint8(RowState::NoContactId))
                continue;
            const quint64 h = hashes[size_t(r)];
            entries[size_t(at[size_t(h >> (64 - kPartitionBits))]++)]
                    = Entry{quint32(h), qint32(r)};
        }
    }
    hashes = std::vector<quint64>();
    const bool last = m_options.duplicates == DuplicatePolicy::Last;
    const auto idOf
            = [&rows, idColumn](qint32 row) { return trimmedView(rows.cell(row, idColumn)); };
    std::vector<Entry> table;
    for (size_t p = 0; p + 1 < partitionStart.size(); ++p) {
        const qint64 from = partitionStart[p];
        const qint64 to = partitionStart[p + 1];
        size_t capacity = 16;
        while (capacity < size_t(to - from) * 2)
            capacity <<= 1;
        const size_t mask = capacity - 1;
        table.assign(capacity, Entry{0, -1});
        for (qint64 e = from; e < to; ++e) {
            const Entry entry = entries[size_t(e)];
            const qint32 r = entry.row;
            qint32 first = -1;
            for (size_t i = entry.tag & mask;; i = (i + 1) & mask) {
                Entry &slot = table[i];
                if (slot.row < 0) {
                    slot = entry;
                    break;
                }
                if (slot.tag == entry.tag && idOf(slot.row) == idOf(r)) {
                    first = slot.row;
                    if (last)
                        slot.row = r;
                    break;
                }
            }
            if (first < 0)
                continue;
            switch (m_options.duplicates) {
            case DuplicatePolicy::First:
                m_states[size_t(r)] = quint8(RowState::Duplicate);
                m_duplicateOf.insert(r, first);
                break;
            case DuplicatePolicy::Last:
                // The later row wins: the earlier one becomes the duplicate.
                m_states[size_t(first)] = quint8(RowState::Duplicate);
                m_duplicateOf.insert(first, r);
                break;
            case DuplicatePolicy::Error:
                m_states[size_t(first)] = quint8(RowState::Duplicate);
                m_duplicateOf.insert(first, r);
                m_duplicateOf.insert(r, first);
                m_states[size_t(r)] = quint8(RowState::Duplicate);
                break;
            }
        }
    }
    for (qsizetype f = 0; f < fieldCount; ++f) {
        FieldStats &stats = m_fields[f];
        stats.total = n;
        stats.filled = counts[size_t(f)].filled;
        stats.nulls = counts[size_t(f)].nulls;
        stats.errors = counts[size_t(f)].errors;
    }
    for (qsizetype r = 0; r < n; ++r)
        ++m_counts[m_states[size_t(r)]];
    m_sendRows.reserve(size_t(m_counts[int(RowState::Send)]));
    for (qsizetype r = 0; r < n; ++r) {
        if (m_states[size_t(r)] == quint8(RowState::Send))
            m_sendRows.push_back(qint32(r));
    }
    bool settled = true;
    for (qsizetype f = 0; f < fieldCount; ++f) {
        if (!collect[size_t(f)])
            continue;
        FieldStats &stats = m_fields[f];
        if (m_fieldAttributes[f]->type == SchemaAttribute::Type::Date) {
            stats.order = stats.dates.decided();
            if (stats.order == DateOrder::Auto && stats.dates.ambiguous > 0)
                settled = false; // checked as day-first: wrong, they are errors
        } else if (m_options.coercion.decimalMark == DecimalMark::Auto) {
            stats.mark = stats.numbers.decided();
            if (stats.mark == DecimalMark::Auto && stats.numbers.ambiguous > 0)
                settled = false; // checked with a point: wrong, those that read two ways are errors
        }
    }
    return settled;
}

QList<DecimalQuestion> EnrichPlan::decimalQuestions() const
{
    QList<DecimalQuestion> out;
    const DecimalMark chosen = m_options.coercion.decimalMark;
    for (int field = 0; field < fieldCount(); ++field) {
        const FieldStats &f = m_fields[field];
        DecimalQuestion q{f.attribute};
        if (!f.ambiguousRows.isEmpty()) {
            q.values = f.numbers.ambiguous;
            q.line = line(f.ambiguousRows.first());
            q.example = rawCell(f.ambiguousRows.first(), field).trimmed();
        } else if (chosen != DecimalMark::Auto && f.suggestedMark() != DecimalMark::Auto
                   && f.suggestedMark() != chosen) {
            q.shows = f.suggestedMark();
            q.values = f.errors;
        } else {
            continue;
        }
        out.append(q);
    }
    return out;
}

QString EnrichPlan::contactId(qsizetype row) const
{
    return m_mapping.idColumn < 0
                   ? QString()
                   : QString::fromUtf8(trimmedView(m_table->rows->cell(row, m_mapping.idColumn)));
}

CellValue EnrichPlan::cell(qsizetype row, int field) const
{
    const FieldStats &f = m_fields[field];
    return coerceCell(trimmedView(m_table->rows->cell(row, f.column)), *m_fieldAttributes[field],
                      m_options.coercion, ColumnReading{f.order, f.mark}, m_nulls);
}

QString EnrichPlan::rawCell(qsizetype row, int field) const
{
    return m_table->rows->text(row, m_fields[field].column);
}

QJsonObject EnrichPlan::attributes(qsizetype row) const
{
    QJsonObject o;
    for (int f = 0; f < m_fields.size(); ++f) {
        const CellValue v = cell(row, f);
        if (v.kind == CellValue::Kind::Value)
            o.insert(m_fields[f].attribute, v.value);
    }
    return o;
}

EnrichPlan::RowValues EnrichPlan::values(qsizetype row) const
{
    RowValues out;
    for (int f = 0; f < m_fields.size(); ++f) {
        CellValue v = cell(row, f);
        if (v.kind == CellValue::Kind::Value)
            out.append({f, std::move(v.value)});
    }
    return out;
}

QString EnrichPlan::reason(qsizetype row) const
{
    switch (state(row)) {
    case RowState::Send:
        return {};
    case RowState::NoContactId:
        return QStringLiteral("no contact id");
    case RowState::Duplicate: {
        const qint32 other = m_duplicateOf.value(qint32(row), -1);
        return other >= 0 ? QStringLiteral("the contact id is also on line %1 (duplicates: %2)")
                                    .arg(line(other))
                                    .arg(duplicatePolicyName(m_options.duplicates))
                          : QStringLiteral("duplicate contact id");
    }
    case RowState::RowError: {
        if (const qint32 extra = m_table->extraFields(row); extra > 0)
            return QStringLiteral("%1 more than the header: a comma inside an unquoted value?")
                    .arg(countText(extra, QStringLiteral("field"), QStringLiteral("fields")));
        if (m_table->isNotUtf8(row))
            return QStringLiteral("the row holds bytes that are not UTF-8, though the file is read "
                                  "as UTF-8; they would arrive as \u201c\uFFFD\u201d (is the "
                                  "file Windows-1252?)");
        for (int f = 0; f < m_fields.size(); ++f) {
            const CellValue v = cell(row, f);
            if (v.isError())
                return QStringLiteral("%1: \u201c%2\u201d %3")
                        .arg(m_fields[f].attribute, rawCell(row, f).trimmed(), v.error);
        }
        return QStringLiteral("a cell does not fit its attribute");
    }
    case RowState::NoValues:
        return QStringLiteral("every mapped cell is empty or null-like: nothing to send");
    }
    return {};
}

double EnrichPlan::fillRate() const
{
    qint64 filled = 0;
    qint64 total = 0;
    for (const FieldStats &f : m_fields) {
        filled += f.filled;
        total += f.total;
    }
    return total > 0 ? double(filled) / double(total) : 0.0;
}

std::vector<std::vector<qsizetype>> EnrichPlan::batches(int size) const
{
    std::vector<std::vector<qsizetype>> out;
    const size_t step = size_t(std::max(1, size));
    for (size_t i = 0; i < m_sendRows.size(); i += step) {
        std::vector<qsizetype> b;
        for (size_t k = i; k < std::min(m_sendRows.size(), i + step); ++k)
            b.push_back(m_sendRows[k]);
        out.push_back(std::move(b));
    }
    return out;
}

QByteArray EnrichPlan::digest() const
{
    Sha256 h;
    for (const qint32 r : m_sendRows) {
        const QByteArrayView id = trimmedView(m_table->rows->cell(r, m_mapping.idColumn));
        h.addData(id);
        h.addData("\n");
        for (const FieldStats &f : m_fields) {
            h.addData(m_table->rows->cell(r, f.column));
            h.addData("\t");
        }
    }
    return h.result().toHex().left(32);
}

QJsonObject EnrichPlan::summaryJson() const
{
    QJsonObject fields;
    for (const FieldStats &f : m_fields)
        fields.insert(f.attribute, QJsonObject{{QStringLiteral("filled"), f.filled},
                                               {QStringLiteral("total"), f.total},
                                               {QStringLiteral("rate"), f.rate()},
                                               {QStringLiteral("nulls"), f.nulls},
                                               {QStringLiteral("typeErrors"), f.errors}});
    return {{QStringLiteral("rows"), qint64(rowCount())},
            {QStringLiteral("contacts"), contacts()},
            {QStringLiteral("skipped"),
             QJsonObject{{QStringLiteral("no-contact-id"), count(RowState::NoContactId)},
                         {QStringLiteral("duplicate-contact-id"), count(RowState::Duplicate)},
                         {QStringLiteral("row-error"), count(RowState::RowError)},
                         {QStringLiteral("no-values"), count(RowState::NoValues)}}},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("fillRate"), fillRate()}};
}

qsizetype EnrichPlan::bytes() const
{
    return m_table->bytes() + qsizetype(m_states.capacity())
           + qsizetype(m_cellErrors.capacity() / 8)
           + qsizetype(m_sendRows.capacity() * sizeof(qint32));
}

} // namespace cxone
