#pragma once

#include "models/enrichment/enrichjobs.h"
#include "models/enrichment/enrichplan.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace cxone {

// One row per source column of the CRM export: its samples, the attribute it feeds (editable),
// the attribute's type, how sure the auto-mapping was, and the column's counts in the plan.
class MappingModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SourceColumn,
        SamplesColumn,
        TargetColumn,
        TypeColumn,
        ConfidenceColumn,
        FilledColumn,
        ErrorsColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        ChoicesRole = Qt::UserRole + 1, // QStringList: "" (ignore), "(contact id)", attributes
        SortRole,
    };

    explicit MappingModel(QObject *parent = nullptr);

    // A new file or schema: the auto-mapping is taken as the starting point.
    void reset(std::shared_ptr<const CsvTable> table, const ListSchema &schema,
               const EnrichMapping &mapping, const QList<MappingSuggestion> &suggestions);
    void setMapping(const EnrichMapping &mapping);
    EnrichMapping mapping() const { return m_mapping; }
    // The plan's counts for the Filled and Errors columns.
    void setPlan(std::shared_ptr<const EnrichPlan> plan);
    static QString idLabel();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void mappingChanged();

private:
    std::shared_ptr<const CsvTable> m_table;
    ListSchema m_schema;
    EnrichMapping m_mapping;
    QList<MappingSuggestion> m_suggestions;
    QStringList m_samples;
    std::shared_ptr<const EnrichPlan> m_plan;
};

// The rows of a plan as the tenant would get them: line, contact id, what happens to the row
// (or, after a run, what happened), and one column per mapped field with the value that would be
// sent; a cell that does not fit shows what the file holds, in red, with the reason as tooltip.
class EnrichPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // NotApplied: after a run, the rows sent that did not end updated (or undone).
    enum class Filter { All, Errors, Skipped, Sent, NotApplied };
    enum Role { RowStateRole = Qt::UserRole + 1, HasErrorRole, SortRole };

    explicit EnrichPreviewModel(QObject *parent = nullptr);

    void setPlan(std::shared_ptr<const EnrichPlan> plan);
    std::shared_ptr<const EnrichPlan> plan() const { return m_plan; }
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    // A run's outcomes (cleared by a new plan).
    void setOutcomes(std::vector<RowOutcome> outcomes, QHash<qint32, QString> reasons);
    qsizetype planRow(int row) const { return m_rows[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    QString statusText(qsizetype row) const;
    bool reachedTenant(qsizetype row) const; // updated by the run (and maybe undone since)

    std::shared_ptr<const EnrichPlan> m_plan;
    Filter m_filter = Filter::All;
    std::vector<qint32> m_rows;
    std::vector<RowOutcome> m_outcomes;
    QHash<qint32, QString> m_reasons;
};

} // namespace cxone
