#include "models/enrichment/enrichmodels.h"

#include "models/engine/csv/csvrows.h"
#include "network/displaytext.h"

#include <QColor>
#include <QLocale>

namespace cxone {

MappingModel::MappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString MappingModel::idLabel()
{
    return tr("(contact id)");
}

void MappingModel::reset(std::shared_ptr<const CsvTable> table, const ListSchema &schema,
                         const EnrichMapping &mapping, const QList<MappingSuggestion> &suggestions)
{
    beginResetModel();
    m_table = std::move(table);
    m_schema = schema;
    m_mapping = mapping;
    m_suggestions = suggestions;
    m_plan.reset();
    m_samples.clear();
    const int columns = m_table ? int(m_table->info.header.size()) : 0;
    const NullTokens nulls;
    for (int c = 0; c < columns; ++c) {
        QStringList values;
        for (qsizetype r = 0; r < m_table->rowCount() && values.size() < 3 && r < 200; ++r) {
            if (nulls.isNull(trimmedView(m_table->rows->cell(r, c))))
                continue; // samples show what the column holds, not its gaps
            const QString v = m_table->rows->text(r, c).trimmed();
            if (!values.contains(v))
                values << (v.size() > 24 ? v.left(23) + u'…' : v);
        }
        m_samples << values.join(QStringLiteral(" · "));
    }
    endResetModel();
}

void MappingModel::setMapping(const EnrichMapping &mapping)
{
    m_mapping = mapping;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT mappingChanged();
}

void MappingModel::setPlan(std::shared_ptr<const EnrichPlan> plan)
{
    m_plan = std::move(plan);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, FilledColumn), index(rowCount() - 1, ErrorsColumn));
}

int MappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : int(m_table->info.header.size());
}

int MappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int c = index.row();
    const bool isId = c == m_mapping.idColumn;
    const QString target = isId ? idLabel() : m_mapping.targets.value(c);
    const SchemaAttribute *attribute = isId ? nullptr : m_schema.attribute(target);
    const FieldStats *stats = nullptr;
    if (m_plan) {
        for (const FieldStats &f : m_plan->fields()) {
            if (f.column == c)
                stats = &f;
        }
    }
    const QLocale locale;
    if (role == ChoicesRole) {
        QStringList choices{QString(), idLabel()};
        for (const SchemaAttribute &a : m_schema.attributes)
            choices << a.name;
        return choices;
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ConfidenceColumn && c < m_suggestions.size()
            && !m_suggestions[c].attribute.isEmpty())
            return tr("Suggested %1: %2").arg(m_suggestions[c].attribute, m_suggestions[c].reason);
        if (index.column() == TargetColumn && attribute && attribute->label != attribute->name)
            return attribute->label;
        if (index.column() == ErrorsColumn && stats && stats->dates.ambiguous > 0
            && stats->order == DateOrder::Auto)
            return tr("%n date(s) read either way (day-first or month-first): choose the date "
                      "order.",
                      nullptr, int(stats->dates.ambiguous));
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == ErrorsColumn && stats && stats->errors > 0)
        return QColor(0xb0, 0x20, 0x20);
    if (role == Qt::TextAlignmentRole && index.column() >= ConfidenceColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case SourceColumn:
        return m_table->info.header.value(c);
    case SamplesColumn:
        return m_samples.value(c);
    case TargetColumn:
        if (role == Qt::EditRole)
            return target;
        return target.isEmpty() ? tr("(ignored)") : target;
    case TypeColumn:
        if (isId)
            return tr("contact id");
        return attribute ? SchemaAttribute::typeName(attribute->type)
                                   + (attribute->enumValues.isEmpty() ? QString()
                                                                      : tr(" (list of values)"))
                         : QString();
    case ConfidenceColumn:
        if (c < m_suggestions.size() && !m_suggestions[c].attribute.isEmpty()
            && m_suggestions[c].attribute == target) {
            const int percent = qRound(m_suggestions[c].confidence * 100);
            return role == SortRole ? QVariant(percent) : QVariant(tr("%1\u00a0%").arg(percent));
        }
        return role == SortRole ? QVariant(-1) : QVariant(QString());
    case FilledColumn:
        if (!stats)
            return role == SortRole ? QVariant(-1.0) : QVariant(QString());
        return role == SortRole
                       ? QVariant(stats->rate())
                       : QVariant(
                               tr("%1\u00a0%").arg(locale.toString(stats->rate() * 100, 'f', 1)));
    case ErrorsColumn:
        if (!stats)
            return role == SortRole ? QVariant(-1) : QVariant(QString());
        return role == SortRole ? QVariant(stats->errors)
                                : QVariant(locale.toString(stats->errors));
    case ColumnCount:
        break;
    }
    return {};
}

bool MappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != TargetColumn)
        return false;
    const int c = index.row();
    const QString target = value.toString();
    if (target == idLabel()) {
        // One id column: the old one goes back to being ignored.
        if (m_mapping.idColumn >= 0 && m_mapping.idColumn != c)
            m_mapping.targets[m_mapping.idColumn].clear();
        m_mapping.idColumn = c;
        m_mapping.targets[c].clear();
    } else {
        if (c == m_mapping.idColumn)
            m_mapping.idColumn = -1;
        // One column per attribute: taking an attribute frees it elsewhere.
        if (!target.isEmpty()) {
            for (QString &t : m_mapping.targets) {
                if (t == target)
                    t.clear();
            }
        }
        m_mapping.targets[c] = target;
    }
    Q_EMIT dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT mappingChanged();
    return true;
}

Qt::ItemFlags MappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == TargetColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SourceColumn:
        return tr("Column in the file");
    case SamplesColumn:
        return tr("Sample values");
    case TargetColumn:
        return tr("Attribute of the list");
    case TypeColumn:
        return tr("Type");
    case ConfidenceColumn:
        return tr("Match");
    case FilledColumn:
        return tr("Filled");
    case ErrorsColumn:
        return tr("Errors");
    case ColumnCount:
        break;
    }
    return {};
}

// ---------------------------------------------------------------- preview

EnrichPreviewModel::EnrichPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EnrichPreviewModel::setPlan(std::shared_ptr<const EnrichPlan> plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    m_outcomes.clear();
    m_reasons.clear();
    rebuild();
    endResetModel();
}

void EnrichPreviewModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

bool EnrichPreviewModel::reachedTenant(qsizetype row) const
{
    const RowOutcome o = m_outcomes[size_t(row)];
    return o == RowOutcome::Updated || o == RowOutcome::Undone;
}

void EnrichPreviewModel::setOutcomes(std::vector<RowOutcome> outcomes,
                                     QHash<qint32, QString> reasons)
{
    // Which rows "not applied" shows depends on the outcomes; the other filters do not.
    const bool refilter = m_filter == Filter::NotApplied;
    if (refilter)
        beginResetModel();
    m_outcomes = std::move(outcomes);
    m_reasons = std::move(reasons);
    if (refilter) {
        rebuild();
        endResetModel();
    } else if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 2), index(rowCount() - 1, 2));
}

void EnrichPreviewModel::rebuild()
{
    m_rows.clear();
    if (!m_plan)
        return;
    const qsizetype n = m_plan->rowCount();
    m_rows.reserve(size_t(m_filter == Filter::All ? n : n / 4));
    for (qsizetype r = 0; r < n; ++r) {
        const RowState s = m_plan->state(r);
        const bool keep = m_filter == Filter::All
                          || (m_filter == Filter::Errors
                              && (m_plan->hasCellError(r) || s == RowState::RowError))
                          || (m_filter == Filter::Skipped && s != RowState::Send)
                          || (m_filter == Filter::Sent && s == RowState::Send)
                          || (m_filter == Filter::NotApplied && s == RowState::Send
                              && size_t(r) < m_outcomes.size() && !reachedTenant(r));
        if (keep)
            m_rows.push_back(qint32(r));
    }
}

int EnrichPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EnrichPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_plan ? 0 : 3 + int(m_plan->fields().size());
}

QString EnrichPreviewModel::statusText(qsizetype row) const
{
    if (m_plan->state(row) != RowState::Send)
        return tr("skipped: %1").arg(m_plan->reason(row));
    if (m_outcomes.empty())
        return tr("will be sent");
    const RowOutcome o = m_outcomes[size_t(row)];
    const QString reason = m_reasons.value(qint32(row));
    return reason.isEmpty() ? rowOutcomeName(o)
                            : QStringLiteral("%1: %2").arg(rowOutcomeName(o), reason);
}

QVariant EnrichPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype row = m_rows[size_t(index.row())];
    const RowState state = m_plan->state(row);
    if (role == RowStateRole)
        return int(state);
    if (role == HasErrorRole)
        return m_plan->hasCellError(row);
    const int field = index.column() - 3;
    if (field >= 0) {
        const CellValue v = m_plan->cell(row, field);
        switch (role) {
        case Qt::DisplayRole:
        case SortRole: {
            QString text;
            if (v.kind == CellValue::Kind::Value)
                text = v.value.isBool() ? (v.value.toBool() ? tr("yes") : tr("no"))
                                        : v.value.toVariant().toString();
            else if (v.kind == CellValue::Kind::Error)
                text = m_plan->rawCell(row, field).trimmed();
            return role == Qt::DisplayRole ? displayText(text, -1) : text;
        }
        case Qt::BackgroundRole:
            return v.isError() ? QVariant(QColor(0xfb, 0xdc, 0xdc)) : QVariant();
        case Qt::ForegroundRole:
            return v.isError() ? QVariant(QColor(0x8a, 0x10, 0x10)) : QVariant();
        case Qt::ToolTipRole:
            if (v.isError())
                return tr("\u201c%1\u201d %2")
                        .arg(displayText(m_plan->rawCell(row, field).trimmed()), v.error);
            if (v.kind == CellValue::Kind::Null)
                return tr("empty or null-like: not sent");
            return {};
        case Qt::AccessibleDescriptionRole:
            return v.isError() ? v.error : QString();
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return QLocale().toString(m_plan->line(row));
        // The file's and the tenant's words (a rejection's reason): shown inert.
        if (index.column() == 1)
            return displayText(m_plan->contactId(row));
        return displayText(statusText(row));
    case SortRole:
        if (index.column() == 0)
            return m_plan->line(row);
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (index.column() == 2 && state != RowState::Send)
            return QColor(0x80, 0x50, 0x00);
        if (index.column() == 2 && !m_outcomes.empty() && !reachedTenant(row))
            return QColor(0xb0, 0x20, 0x20);
        return {};
    case Qt::ToolTipRole:
        return index.column() == 2 ? displayText(statusText(row), -1) : QVariant();
    default:
        return {};
    }
}

QVariant EnrichPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || !m_plan)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Line");
    if (section == 1)
        return tr("Contact id");
    if (section == 2)
        return m_outcomes.empty() ? tr("What happens") : tr("Outcome");
    return m_plan->fields().value(section - 3).attribute;
}

} // namespace cxone
