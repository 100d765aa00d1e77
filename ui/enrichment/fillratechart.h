#pragma once

#include <QChartView>

namespace cxone {

class EnrichmentWorkspace;

// The fill rate of each mapped attribute (filled cells of all rows, before any row is skipped),
// top to bottom in the mapping's order, with its percentage.
class FillRateChart final : public QChartView
{
    Q_OBJECT
public:
    explicit FillRateChart(EnrichmentWorkspace *workspace, QWidget *parent = nullptr);

private:
    void update();

    EnrichmentWorkspace *m_workspace;
};

} // namespace cxone
