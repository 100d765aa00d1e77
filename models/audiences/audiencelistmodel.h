#pragma once

#include "network/api/audiencesapi.h"

#include <QAbstractTableModel>
#include <QHash>

namespace cxone {

// The tenant's audiences for browsing: name, data source, size, status, last update.
class AudienceListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        DataSourceColumn,
        SizeColumn,
        StatusColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit AudienceListModel(QObject *parent = nullptr);

    void setAudiences(const QList<AudienceInfo> &audiences);
    // Updates the row of audience.id, or appends it.
    void upsert(const AudienceInfo &audience);
    const AudienceInfo *audience(int row) const;
    int rowOf(const QString &id) const;
    // The audience open in the editor with unsaved changes: its name carries a dot (empty: none).
    void setModifiedId(const QString &id);
    QString modifiedId() const { return m_modifiedId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AudienceInfo> m_rows;
    QHash<QString, int> m_rowById;
    QString m_modifiedId;
};

} // namespace cxone
