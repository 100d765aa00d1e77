#pragma once

#include <QAbstractListModel>

namespace cxone {

// One thing of the tenant a person picks: a campaign, a list, a segment, an audience.
struct EntityRow
{
    QString id;
    QString text;    // what the picker shows
    QString toolTip; // more about it (its id, where the text does not show it)
};

// The tenant's campaigns, lists, … as a picker shows them: one row each, the id in
// `Qt::UserRole` (so that `QComboBox::findData` finds a row by its id).
class EntityListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole;

    explicit EntityListModel(QObject *parent = nullptr);

    void setRows(QList<EntityRow> rows);
    const QList<EntityRow> &rows() const { return m_rows; }
    int rowOf(const QString &id) const; // -1: none
    QString idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<EntityRow> m_rows;
};

} // namespace cxone
