#pragma once

#include "models/contactlists/sanitizepreview.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <memory>

namespace cxone {

// The preview as a table: one row per contact, read straight from the compact preview (no
// per-cell strings are kept). Overrides change the row and the counts at once.
class PreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        OriginalColumn,
        E164Column,
        RegionColumn,
        TypeColumn,
        VerdictColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role { VerdictRole = Qt::UserRole + 1, ReasonRole, RegionRole, OverriddenRole };

    explicit PreviewModel(QObject *parent = nullptr);

    void setPreview(std::shared_ptr<SanitizePreview> preview);
    std::shared_ptr<SanitizePreview> preview() const { return m_preview; }
    // Keep ↔ purge by hand; false when the row has nothing to override.
    bool setOverride(int row, Verdict verdict);
    void clearOverride(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countsChanged();

private:
    std::shared_ptr<SanitizePreview> m_preview;
};

// Filters by verdict, reason, region and free text (id, original, E.164).
class PreviewFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PreviewFilterModel(QObject *parent = nullptr);

    void setVerdict(int verdict);          // -1: any
    void setReason(int reason);            // -1: any
    void setRegion(const QString &region); // empty: any
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_verdict = -1;
    int m_reason = -1;
    QString m_region;
    QString m_text;
    QByteArray m_textUtf8;
};

} // namespace cxone
