#pragma once

#include <QAbstractItemView>
#include <QVariant>
#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;

namespace cxone {

// A table of a feature's rows (a preview, results, records) under one line of filters and
// counts: one text line per row, the model's own order, long texts cut in the middle (where
// ids differ). Filters are combo boxes whose data the page hands to its model.
class RowsView final : public QWidget
{
    Q_OBJECT
public:
    struct Choice
    {
        QString text;
        QVariant value;
    };
    RowsView(const QString &tableName, const QString &countsName, QAbstractItemModel *model,
             QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLabel *counts() const { return m_counts; }

    // A filter before the counts, with its caption (empty: none); `filterChanged` reports it.
    QComboBox *addFilter(const QString &label, const QString &name, const QList<Choice> &choices);
    // A filter of the page's own (a search field, say), before the counts.
    void addFilterWidget(QWidget *widget, int stretch = 0);
    // A labelled text field before the counts that takes the room of the line; `searchChanged`
    // gets what is typed, for the page to narrow its model with.
    QLineEdit *addSearch(const QString &label, const QString &name, const QString &placeholder);
    // A control of the page's own at the end of the line (an export button, say).
    void addTool(QWidget *widget);
    // Many filters and tools do not fit one line: the counts and the tools move to a line of
    // their own under the table.
    void moveCountsBelow();
    // Rows a person browses: sorted by a click on a column's header, selected whole (`mode`:
    // one or many), in alternating colours, the last column taking the room left.
    void setBrowsable(QAbstractItemView::SelectionMode mode);
    void setCounts(const QString &text);
    // Fits these columns to their texts (short ones like a line number narrow, ids whole).
    void fitColumns(std::initializer_list<int> columns);

Q_SIGNALS:
    void filterChanged(QComboBox *filter, const QVariant &value);
    void searchChanged(const QString &text);

private:
    int filterSlot() const; // where the next filter goes: after the others

    QTableView *m_table;
    QLabel *m_counts;
    QHBoxLayout *m_line;
    QHBoxLayout *m_tools; // where the counts and tools are (the top line, or one below)
};

} // namespace cxone
