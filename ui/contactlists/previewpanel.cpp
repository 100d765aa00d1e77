#include "ui/contactlists/previewpanel.h"

#include "models/contactlists/contactlistsworkspace.h"
#include "models/contactlists/previewmodel.h"
#include "ui/emptystate.h"
#include "ui/featurepage.h"
#include "ui/layoutbuilder.h"
#include "ui/rowsview.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cxone {

PreviewPanel::PreviewPanel(ContactListsWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_rows(new RowsView(tr("Preview"), tr("Counts"), workspace->rows()))
    , m_region(named(new QLineEdit, tr("Filter by region")))
    , m_text(named(new QLineEdit, tr("Search id or number")))
    , m_debounce(new QTimer(this))
    , m_keep(named(new QPushButton(tr("&Keep")), tr("Keep the selected contacts")))
    , m_purge(named(new QPushButton(tr("Pur&ge")), tr("Purge the selected contacts")))
    , m_reset(named(new QPushButton(tr("&Reset")),
                    tr("Clear the overrides of the selected contacts")))
    , m_export(named(new QPushButton(tr("&Export CSV…")), tr("Export the preview as CSV")))
{
    addFilters();
    m_rows->moveCountsBelow();
    // Beside the buttons the counts wrap in a narrow window: room for both lines.
    m_rows->counts()->setMinimumHeight(2 * m_rows->counts()->fontMetrics().lineSpacing());
    for (QPushButton *b : {m_keep, m_purge, m_reset, m_export})
        m_rows->addTool(b);
    QTableView *table = m_rows->table();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSortingEnabled(false); // a million-row sort on click would freeze; filters instead
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->setStretchLastSection(true);
    const std::pair<int, int> widths[]
            = {{PreviewModel::IdColumn, 190},   {PreviewModel::OriginalColumn, 170},
               {PreviewModel::E164Column, 130}, {PreviewModel::RegionColumn, 55},
               {PreviewModel::TypeColumn, 140}, {PreviewModel::VerdictColumn, 70}};
    for (const auto &[column, width] : widths)
        table->setColumnWidth(column, width);
    setEmptyStateText(table, tr("Pick a list and load it; then Preview shows what sanitizing "
                                "would do to each contact, before anything is changed."));
    column(this, {m_rows});

    connect(m_keep, &QPushButton::clicked, this, [this] { overrideSelection(int(Verdict::Keep)); });
    connect(m_purge, &QPushButton::clicked, this,
            [this] { overrideSelection(int(Verdict::Purge)); });
    connect(m_reset, &QPushButton::clicked, this, [this] { overrideSelection(-1); });
    connect(m_export, &QPushButton::clicked, this, &PreviewPanel::exportCsv);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PreviewPanel::updateEnabled);
    connect(workspace, &Workspace::actionsChanged, this, &PreviewPanel::updateEnabled);
    connect(workspace, &ContactListsWorkspace::countsChanged, this, &PreviewPanel::showCounts);
    connect(workspace, &Workspace::actionsChanged, this, &PreviewPanel::showCounts);
    showCounts();
    updateEnabled();
}

void PreviewPanel::addFilters()
{
    QList<RowsView::Choice> verdicts{{tr("All verdicts"), -1}};
    for (int v = 0; v < kVerdictCount; ++v)
        verdicts.append({verdictName(Verdict(v)), v});
    QList<RowsView::Choice> reasons{{tr("All reasons"), -1}};
    for (int r = 0; r < kReasonCount; ++r)
        reasons.append({reasonName(Reason(r)), r});
    QComboBox *verdict = m_rows->addFilter(tr("Show:"), tr("Filter by verdict"), verdicts);
    m_rows->addFilter({}, tr("Filter by reason"), reasons);
    m_region->setPlaceholderText(tr("Region"));
    m_region->setMaxLength(2);
    m_region->setMaximumWidth(70);
    m_text->setPlaceholderText(tr("Search id or number…"));
    enableClearButton(m_text, tr("Clear the filter"));
    m_rows->addFilterWidget(m_region);
    m_rows->addFilterWidget(m_text, 1);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    PreviewFilterModel *rows = m_workspace->rows();
    connect(m_rows, &RowsView::filterChanged, this,
            [verdict, rows](QComboBox *filter, const QVariant &value) {
                if (filter == verdict)
                    rows->setVerdict(value.toInt());
                else
                    rows->setReason(value.toInt());
            });
    connect(m_region, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this, rows] {
        rows->setRegion(m_region->text().trimmed().toUpper());
        rows->setText(m_text->text());
    });
}

void PreviewPanel::overrideSelection(int verdict)
{
    QList<int> rows;
    for (const QModelIndex &shown : m_rows->table()->selectionModel()->selectedRows())
        rows.append(m_workspace->rows()->mapToSource(shown).row());
    m_workspace->overrideRows(rows, verdict);
}

void PreviewPanel::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the preview"), m_workspace->exportFileName(), tr("CSV (*.csv)"));
    QString error;
    if (!path.isEmpty() && !m_workspace->exportPreview(path, &error))
        QMessageBox::warning(this, tr("Export"), error);
}

void PreviewPanel::showCounts()
{
    // A stale preview stays readable, faded, and says why it no longer holds.
    const QString stale = m_workspace->staleText();
    m_rows->setCounts(stale.isEmpty() ? m_workspace->countsText()
                                      : stale + u' ' + m_workspace->countsText());
    setDimmed(m_rows->table(), !stale.isEmpty());
}

void PreviewPanel::updateEnabled()
{
    const bool rows = m_workspace->preview()->preview() != nullptr && !m_workspace->isBusy()
                      && m_rows->table()->selectionModel()->hasSelection();
    for (QPushButton *b : {m_keep, m_purge, m_reset})
        b->setEnabled(rows);
    m_export->setEnabled(m_workspace->preview()->preview() != nullptr);
}

} // namespace cxone
