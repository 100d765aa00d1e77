#include "ui/rowsview.h"

#include "ui/featurepage.h"
#include "ui/layoutbuilder.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace cxone {

RowsView::RowsView(const QString &tableName, const QString &countsName, QAbstractItemModel *model,
                   QWidget *parent)
    : QWidget(parent)
    , m_table(named(new QTableView, tableName))
    , m_counts(infoLabel(countsName))
    , m_line(row({stretchOf(m_counts)}))
    , m_tools(m_line)
{
    m_table->setModel(model);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setDefaultSectionSize(130);
    column(this, {m_line, stretchOf(m_table)});
}

QComboBox *RowsView::addFilter(const QString &label, const QString &name,
                               const QList<Choice> &choices)
{
    auto *filter = named(new QComboBox, name);
    for (const Choice &c : choices)
        filter->addItem(c.text, c.value);
    int at = filterSlot();
    if (!label.isEmpty()) {
        auto *caption = new QLabel(label);
        caption->setBuddy(filter);
        m_line->insertWidget(at++, caption);
    }
    m_line->insertWidget(at, filter);
    connect(filter, &QComboBox::currentIndexChanged, this,
            [this, filter] { Q_EMIT filterChanged(filter, filter->currentData()); });
    return filter;
}

int RowsView::filterSlot() const
{
    const int counts = m_line->indexOf(m_counts);
    return counts >= 0 ? counts : m_line->count();
}

QLineEdit *RowsView::addSearch(const QString &label, const QString &name,
                               const QString &placeholder)
{
    auto *search = named(new QLineEdit, name);
    search->setPlaceholderText(placeholder);
    enableClearButton(search, tr("Clear the filter"));
    auto *caption = new QLabel(label);
    caption->setBuddy(search);
    // The counts keep the width of their text; the field takes the rest.
    const int at = m_line->indexOf(m_counts);
    m_line->insertWidget(at, caption);
    m_line->insertWidget(at + 1, search, 1);
    m_line->setStretchFactor(m_counts, 0);
    connect(search, &QLineEdit::textChanged, this, &RowsView::searchChanged);
    return search;
}

void RowsView::setBrowsable(QAbstractItemView::SelectionMode mode)
{
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(mode);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
}

void RowsView::addTool(QWidget *widget)
{
    m_tools->addWidget(widget);
}

void RowsView::moveCountsBelow()
{
    if (m_tools != m_line)
        return;
    m_tools = row({});
    const int from = m_line->indexOf(m_counts); // the counts and the tools after them
    while (m_line->count() > from) {
        QLayoutItem *item = m_line->takeAt(from);
        m_tools->addWidget(item->widget(), item->widget() == m_counts ? 1 : 0);
        delete item;
    }
    static_cast<QVBoxLayout *>(layout())->addLayout(m_tools);
}

void RowsView::addFilterWidget(QWidget *widget, int stretch)
{
    m_line->insertWidget(filterSlot(), widget, stretch);
}

void RowsView::setCounts(const QString &text)
{
    m_counts->setText(text);
}

} // namespace cxone

namespace cxone {

void RowsView::fitColumns(std::initializer_list<int> columns)
{
    for (const int c : columns)
        m_table->resizeColumnToContents(c);
}

} // namespace cxone
