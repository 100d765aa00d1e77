#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace cxone {

class EnrichmentWorkspace;
class RowsView;

// What the last run did: its counts and journal, and the outcome of every row sent (filterable
// to the rows not applied), exportable as CSV.
class ResultsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsPanel(EnrichmentWorkspace *workspace, QWidget *parent = nullptr);

private:
    void exportCsv();

    EnrichmentWorkspace *m_workspace;
    QLabel *m_text;
    RowsView *m_rows;
    QPushButton *m_export;
};

} // namespace cxone
