#include "ui/transcripts/artifactspanel.h"

#include "models/transcripts/transcriptsworkspace.h"
#include "ui/layoutbuilder.h"
#include "ui/rowsview.h"
#include "ui/transcripts/interactionspanel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace cxone {

ArtifactsPanel::ArtifactsPanel(TranscriptsWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_rows(new RowsView(tr("Transcripts extracted"), tr("Extraction counts"),
                          workspace->shownArtifacts()))
{
    m_rows->setBrowsable(QAbstractItemView::SingleSelection);
    m_rows->counts()->hide(); // the extraction's counts are under Extract
    QTableView *table = m_rows->table();
    // The style's width for the other columns (the rows view's default is for previews).
    table->horizontalHeader()->setDefaultSectionSize(
            table->style()->pixelMetric(QStyle::PM_HeaderDefaultSectionSizeHorizontal));
    table->setColumnWidth(ArtifactsModel::Id, InteractionsPanel::idWidth(table->fontMetrics()));
    table->setColumnWidth(ArtifactsModel::State, 140);
    for (int c = ArtifactsModel::Masked; c <= ArtifactsModel::Ip; ++c)
        table->setColumnWidth(c, 58);
    column(this, {stretchOf(m_rows)});
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { open(current); });
    connect(table, &QTableView::activated, this, &ArtifactsPanel::open);
}

void ArtifactsPanel::open(const QModelIndex &shown)
{
    if (shown.isValid())
        m_workspace->openArtifact(m_workspace->shownArtifacts()->mapToSource(shown).row());
}

} // namespace cxone
