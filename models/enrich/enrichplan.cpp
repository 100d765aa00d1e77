#include "enrichplan.h"

#include "csv/csvrows.h"
#include "sha256.h"
#include "text.h"

#include <QJsonArray>

#include <cstdlib>
#include <cstring>
#include <functional>
#include <new>

#include <sys/mman.h>

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

// A 64-bit hash of a short byte string (contact ids), a word at a time.
quint64 hashBytes(QByteArrayView s)
{
    const char *p = s.data();
    size_t n = size_t(s.size());
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
        std::memcpy(&w, p, n);
        h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
    }
    h ^= h >> 29;
    h *= 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 32);
}

// The rows seen so far by contact id: open addressing, a slot per id (its hash's high half and
// row), ids compared through the table only when the hashes meet.
class IdIndex final
{
public:
    IdIndex(qsizetype rows, std::function<QByteArrayView(qint32)> idOf)
        : m_idOf(std::move(idOf))
    {
        size_t capacity = 16;
        while (capacity < size_t(rows) * 2)
            capacity <<= 1;
        m_mask = capacity - 1;
        // A million ids make a 16 MB table read at random: on huge pages where the system gives
        // them, so that its lookups do not also miss the address translation cache.
        const size_t bytes = capacity * sizeof(Slot);
        constexpr size_t kHuge = size_t(2) << 20;
        void *memory = bytes >= kHuge
                               ? std::aligned_alloc(kHuge, (bytes + kHuge - 1) / kHuge * kHuge)
                               : std::malloc(bytes);
        if (!memory)
            throw std::bad_alloc();
#if defined(MADV_HUGEPAGE)
        if (bytes >= kHuge)
            ::madvise(memory, bytes, MADV_HUGEPAGE);
#endif
        m_slots.reset(static_cast<Slot *>(memory));
        std::fill_n(m_slots.get(), capacity, Slot{0, -1});
    }
    // Asks for the slot where `hash` starts looking, ahead of insert() (a million ids do not
    // fit in the caches: without this every insert waits for memory).
    void prefetch(quint64 hash) const
    {
        __builtin_prefetch(&m_slots[size_t(hash) & m_mask]);
    }
    // The row that holds `id` already (its slot's row is then `row` when `replace`), or -1 after
    // recording `row` for it. `h` is hashBytes(id).
    qint32 insert(QByteArrayView id, quint64 h, qint32 row, bool replace)
    {
        const auto tag = quint32(h >> 32);
        for (size_t i = size_t(h) & m_mask;; i = (i + 1) & m_mask) {
            Slot &slot = m_slots[i];
            if (slot.row < 0) {
                slot = Slot{tag, row};
                return -1;
            }
            if (slot.tag == tag && m_idOf(slot.row) == id) {
                const qint32 previous = slot.row;
                if (replace)
                    slot.row = row;
                return previous;
            }
        }
    }

private:
    struct Slot
    {
        quint32 tag;
        qint32 row;
    };
    struct Free
    {
        void operator()(Slot *p) const { std::free(p); }
    };
    std::function<QByteArrayView(qint32)> m_idOf;
    std::unique_ptr<Slot[], Free> m_slots;
    size_t m_mask = 0;
};

} // namespace

QJsonObject EnrichOptions::toJson() const
{
    return {{QStringLiteral("decimalComma"), coercion.decimalComma},
            {QStringLiteral("dateOrder"), dateOrderName(coercion.dateOrder)},
            {QStringLiteral("duplicates"), duplicatePolicyName(duplicates)},
            {QStringLiteral("nullTokens"), QJsonArray::fromStringList(extraNullTokens)}};
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
    // Date columns: which order their values show, unless the user said. The values are read
    // once: their evidence is gathered while they are checked as if the order were known; only a
    // column whose values leave it open and that holds ambiguous dates needs a second pass.
    const auto fieldCount = m_fields.size();
    std::vector<bool> collect(size_t(fieldCount), false);
    for (qsizetype f = 0; f < fieldCount; ++f) {
        FieldStats &stats = m_fields[f];
        stats.dates = DateEvidence();
        if (m_fieldAttributes[f]->type != SchemaAttribute::Type::Date)
            continue;
        stats.order = m_options.coercion.dateOrder;
        if (stats.order == DateOrder::Auto) {
            collect[size_t(f)] = true;
            stats.order = DateOrder::DayFirst; // provisional: ambiguous values pass
        }
    }
    if (!pass(collect)) {
        // The values left the order open and some are ambiguous: those are errors.
        std::fill(collect.begin(), collect.end(), false);
        pass(collect);
    }
}

bool EnrichPlan::pass(const std::vector<bool> &collect)
{
    const CsvRows &rows = *m_table->rows;
    const qsizetype n = m_table->rowCount();
    const auto fieldCount = m_fields.size();
    std::vector<CellChecker> checkers;
    std::vector<int> columnOf;
    checkers.reserve(size_t(fieldCount));
    for (qsizetype f = 0; f < fieldCount; ++f) {
        checkers.emplace_back(*m_fieldAttributes[f], m_options.coercion, m_fields[f].order,
                              m_nulls);
        columnOf.push_back(m_fields[f].column);
    }
    const bool collecting = std::find(collect.begin(), collect.end(), true) != collect.end();
    m_duplicateOf.clear();
    m_sendRows.clear();
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
    std::vector<qint64> filled(size_t(fieldCount), 0);
    std::vector<qint64> nulls(size_t(fieldCount), 0);
    std::vector<qint64> errors(size_t(fieldCount), 0);

    m_states.assign(size_t(n), quint8(RowState::Send));
    m_cellErrors.assign(size_t(n), false);
    const int idColumn = m_mapping.idColumn;
    const auto idOf = [&rows, idColumn](qsizetype r) {
        return idColumn >= 0 ? trimmedView(rows.cell(r, idColumn)) : QByteArrayView();
    };
    IdIndex seen(n, idOf);
    // Each row hashes the id of a row further on and asks for its slot, so that the slot is at
    // hand when that row comes (a ring of the hashes in between).
    constexpr qsizetype kAhead = 24;
    constexpr qsizetype kRing = 32;
    quint64 hashes[kRing];
    for (qsizetype r = 0; r < std::min(n, kAhead); ++r)
        hashes[r % kRing] = hashBytes(idOf(r));
    QVarLengthArray<QByteArrayView, 64> cells(rows.columnCount());
    qint32 nextExtra = 0; // index into the table's (sorted) records with extra fields
    for (qsizetype r = 0; r < n; ++r) {
        bool any = false;
        bool bad = false;
        if (r + kAhead < n) {
            const quint64 ahead = hashBytes(idOf(r + kAhead));
            hashes[(r + kAhead) % kRing] = ahead;
            seen.prefetch(ahead);
        }
        rows.cells(r, cells.data());
        for (qsizetype f = 0; f < fieldCount; ++f) {
            const QByteArrayView v = trimmedView(cells[columnOf[size_t(f)]]);
            const CellChecker &checker = checkers[size_t(f)];
            switch (collecting && collect[size_t(f)]
                            ? checker.checkCollecting(v, &m_fields[f].dates)
                            : checker.check(v)) {
            case CellValue::Kind::Null:
                ++nulls[size_t(f)];
                break;
            case CellValue::Kind::Error:
                ++filled[size_t(f)];
                ++errors[size_t(f)];
                bad = true;
                break;
            case CellValue::Kind::Value:
                ++filled[size_t(f)];
                any = true;
                break;
            }
        }
        m_cellErrors[size_t(r)] = bad;
        bool unreliable = false;
        if (nextExtra < qint32(m_table->extra.size())
            && m_table->extra[size_t(nextExtra)].first == r) {
            unreliable = true;
            ++nextExtra;
        }
        RowState state = RowState::Send;
        const QByteArrayView id = idColumn >= 0 ? trimmedView(cells[idColumn]) : QByteArrayView();
        if (id.isEmpty() || m_nulls.isNull(id))
            state = RowState::NoContactId;
        else if (bad || unreliable)
            state = RowState::RowError;
        else if (!any)
            state = RowState::NoValues;
        if (state != RowState::NoContactId) {
            const bool last = m_options.duplicates == DuplicatePolicy::Last;
            const qint32 first = seen.insert(id, hashes[r % kRing], qint32(r), last);
            if (first >= 0) {
                switch (m_options.duplicates) {
                case DuplicatePolicy::First:
                    state = RowState::Duplicate;
                    m_duplicateOf.insert(qint32(r), first);
                    break;
                case DuplicatePolicy::Last:
                    // The later row wins: the earlier one becomes the duplicate.
                    m_states[size_t(first)] = quint8(RowState::Duplicate);
                    m_duplicateOf.insert(first, qint32(r));
                    break;
                case DuplicatePolicy::Error:
                    m_states[size_t(first)] = quint8(RowState::Duplicate);
                    m_duplicateOf.insert(first, qint32(r));
                    m_duplicateOf.insert(qint32(r), first);
                    state = RowState::Duplicate;
                    break;
                }
            }
        }
        m_states[size_t(r)] = quint8(state);
    }
    for (qsizetype f = 0; f < fieldCount; ++f) {
        FieldStats &stats = m_fields[f];
        stats.total = n;
        stats.filled = filled[size_t(f)];
        stats.nulls = nulls[size_t(f)];
        stats.errors = errors[size_t(f)];
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
        stats.order = stats.dates.decided();
        if (stats.order == DateOrder::Auto && stats.dates.ambiguous > 0)
            settled = false; // checked as day-first: wrong, they are errors
    }
    return settled;
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
                      m_options.coercion, f.order, m_nulls);
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
