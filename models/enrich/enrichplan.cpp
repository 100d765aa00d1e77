#include "enrichplan.h"

#include "table/compactrowstore.h"
#include "text.h"

#include <QCryptographicHash>
#include <QJsonArray>

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
    const CompactRowStore &rows = *m_table->rows;
    const qsizetype n = m_table->rowCount();
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
    // Date columns: which order their values show, unless the user said.
    for (qsizetype f = 0; f < m_fields.size(); ++f) {
        if (m_fieldAttributes[f]->type != SchemaAttribute::Type::Date)
            continue;
        FieldStats &stats = m_fields[f];
        for (qsizetype r = 0; r < n; ++r)
            stats.dates.add(trimmedView(rows.cell(r, stats.column)));
        stats.order = m_options.coercion.dateOrder != DateOrder::Auto ? m_options.coercion.dateOrder
                                                                      : stats.dates.decided();
    }
    m_states.assign(size_t(n), quint8(RowState::Send));
    m_cellErrors.assign(size_t(n), false);
    QHash<QByteArrayView, qint32> seen;
    seen.reserve(n);
    const int idColumn = m_mapping.idColumn;
    std::vector<QByteArrayView> cells(size_t(rows.columnCount()));
    for (qsizetype r = 0; r < n; ++r) {
        bool any = false;
        bool bad = false;
        rows.cells(r, cells.data());
        for (qsizetype f = 0; f < m_fields.size(); ++f) {
            FieldStats &stats = m_fields[f];
            ++stats.total;
            const QByteArrayView v = trimmedView(cells[size_t(stats.column)]);
            switch (checkCell(v, *m_fieldAttributes[f], m_options.coercion, stats.order, m_nulls)) {
            case CellValue::Kind::Null:
                ++stats.nulls;
                break;
            case CellValue::Kind::Error:
                ++stats.filled;
                ++stats.errors;
                bad = true;
                break;
            case CellValue::Kind::Value:
                ++stats.filled;
                any = true;
                break;
            }
        }
        m_cellErrors[size_t(r)] = bad;
        RowState state = RowState::Send;
        const QByteArrayView id
                = idColumn >= 0 ? trimmedView(cells[size_t(idColumn)]) : QByteArrayView();
        if (id.isEmpty() || m_nulls.isNull(id))
            state = RowState::NoContactId;
        else if (bad || m_table->extraFields[size_t(r)] > 0)
            state = RowState::RowError;
        else if (!any)
            state = RowState::NoValues;
        if (state != RowState::NoContactId) {
            const auto it = seen.constFind(id);
            if (it == seen.constEnd()) {
                seen.insert(id, qint32(r));
            } else {
                const qint32 first = it.value();
                switch (m_options.duplicates) {
                case DuplicatePolicy::First:
                    state = RowState::Duplicate;
                    m_duplicateOf.insert(qint32(r), first);
                    break;
                case DuplicatePolicy::Last:
                    // The later row wins: the earlier one becomes the duplicate.
                    m_states[size_t(first)] = quint8(RowState::Duplicate);
                    m_duplicateOf.insert(first, qint32(r));
                    seen[id] = qint32(r);
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
    for (qsizetype r = 0; r < n; ++r) {
        ++m_counts[m_states[size_t(r)]];
        if (m_states[size_t(r)] == quint8(RowState::Send))
            m_sendRows.push_back(qint32(r));
    }
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
        if (m_table->extraFields[size_t(row)] > 0)
            return QStringLiteral("%1 more than the header: a comma inside an unquoted value?")
                    .arg(countText(m_table->extraFields[size_t(row)], QStringLiteral("field"),
                                   QStringLiteral("fields")));
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
    QCryptographicHash h(QCryptographicHash::Sha256);
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
