#pragma once

#include "models/segments/segmentexport.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace cxone {

// The tenant's segments with their export verdict (status, freshness, deprecated attributes).
class SegmentListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StatusColumn,
        MembersColumn,
        UpdatedColumn,
        FreshnessColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, ExportableRole };

    explicit SegmentListModel(QObject *parent = nullptr);

    void setSegments(const QList<SegmentInfo> &segments);
    const QList<SegmentInfo> &segments() const { return m_segments; }
    const SegmentInfo *segmentAt(int row) const;
    int rowOf(const QString &id) const;

    // Freshness is judged against this limit and this clock (tests pin both).
    void setMaxAge(std::chrono::seconds maxAge);
    std::chrono::seconds maxAge() const { return m_maxAge; }
    void setNow(const QDateTime &nowUtc);
    ExportVerdict verdictAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QDateTime now() const;

    QList<SegmentInfo> m_segments;
    std::chrono::seconds m_maxAge{24 * 3600};
    QDateTime m_now; // invalid: the real clock
};

// Case-insensitive search over name, id and status.
class SegmentFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SegmentFilterProxy(QObject *parent = nullptr);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace cxone
