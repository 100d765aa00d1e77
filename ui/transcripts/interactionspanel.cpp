#include "ui/transcripts/interactionspanel.h"

#include "models/transcripts/transcriptsworkspace.h"
#include "ui/layoutbuilder.h"
#include "ui/rowsview.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace cxone {

InteractionsPanel::InteractionsPanel(TranscriptsWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_rows(new RowsView(tr("Interactions"), tr("Interactions found"),
                          workspace->shownInteractions()))
{
    m_filter = m_rows->addSearch(tr("F&ilter:"), tr("Filter interactions"),
                                 tr("Id, agent, media, direction…"));
    m_rows->counts()->setWordWrap(false);
    m_rows->setCounts(workspace->foundText());
    m_rows->setBrowsable(QAbstractItemView::ExtendedSelection);
    QTableView *table = m_rows->table();
    // The style's width for the other columns (the rows view's default is for previews).
    table->horizontalHeader()->setDefaultSectionSize(
            table->style()->pixelMetric(QStyle::PM_HeaderDefaultSectionSizeHorizontal));
    table->setSelectionModel(workspace->interactionSelection());
    table->sortByColumn(InteractionsModel::Started, Qt::DescendingOrder);
    table->setColumnWidth(InteractionsModel::Id, idWidth(table->fontMetrics()));
    table->setColumnWidth(InteractionsModel::Media, 70);
    table->setColumnWidth(InteractionsModel::Started, 150);
    column(this, {stretchOf(m_rows)});
    connect(m_rows, &RowsView::searchChanged, workspace, &TranscriptsWorkspace::setFilter);
    connect(workspace, &TranscriptsWorkspace::foundChanged, this,
            [this, workspace] { m_rows->setCounts(workspace->foundText()); });
}

QTableView *InteractionsPanel::table() const
{
    return m_rows->table();
}

int InteractionsPanel::idWidth(const QFontMetrics &metrics)
{
    return metrics.horizontalAdvance(QStringLiteral("int-00000000-0000-0000-0000-000000000000"))
           + 16;
}

} // namespace cxone
