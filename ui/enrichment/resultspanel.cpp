#include "ui/enrichment/resultspanel.h"

#include "models/enrichment/enrichmentworkspace.h"
#include "models/enrichment/enrichmodels.h"
#include "ui/layoutbuilder.h"
#include "ui/rowsview.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace cxone {

ResultsPanel::ResultsPanel(EnrichmentWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_text(infoLabel(tr("Results"), tr("Nothing has been applied yet. Apply sends the rows of "
                                         "the preview; a dry run is what you see until then.")))
    , m_rows(new RowsView(tr("Outcome of every row sent"), tr("Result counts"),
                          workspace->results()))
    , m_export(named(new QPushButton(tr("E&xport results as CSV…")),
                     tr("Export the outcome of every row as CSV")))
{
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    using Filter = EnrichPreviewModel::Filter;
    m_rows->addFilter(tr("Sho&w:"), tr("Outcomes to show"),
                      {{tr("Every row sent"), int(Filter::Sent)},
                       {tr("Rows not applied"), int(Filter::NotApplied)}});
    m_rows->addTool(m_export);
    m_rows->table()->horizontalHeader()->setStretchLastSection(true);
    column(this, {m_text, stretchOf(m_rows)});
    connect(m_rows, &RowsView::filterChanged, this, [this](QComboBox *, const QVariant &value) {
        m_workspace->results()->setFilter(EnrichPreviewModel::Filter(value.toInt()));
    });
    // Line, contact id and outcome (with its reason); the values are on the Preview tab.
    const auto onlyOutcomes = [this] {
        for (int c = 0; c < m_workspace->results()->columnCount(); ++c)
            m_rows->table()->setColumnHidden(c, c > 2);
    };
    connect(workspace->results(), &QAbstractItemModel::modelReset, this, onlyOutcomes);
    connect(workspace->results(), &QAbstractItemModel::columnsInserted, this, onlyOutcomes);
    connect(workspace, &EnrichmentWorkspace::resultsChanged, this, [this] {
        m_text->setText(m_workspace->resultsText());
        m_rows->fitColumns({0, 1});
    });
    connect(workspace, &Workspace::actionsChanged, this, [this] {
        m_export->setEnabled(m_workspace->plan() != nullptr && !m_workspace->isBusy());
    });
    connect(m_export, &QPushButton::clicked, this, &ResultsPanel::exportCsv);
    m_export->setEnabled(false);
}

void ResultsPanel::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the results"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                    + QStringLiteral("/enrichment-results.csv"),
            tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_workspace->exportResults(path);
}

} // namespace cxone
