#include "ui/enrichment/fillratechart.h"

#include "models/enrichment/enrichmentworkspace.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

namespace cxone {

FillRateChart::FillRateChart(EnrichmentWorkspace *workspace, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_workspace(workspace)
{
    setAccessibleName(tr("Fill rate chart"));
    setRenderHint(QPainter::Antialiasing);
    chart()->setTitle(tr("Fill rate per attribute (filled cells of all rows, before any row is "
                         "skipped)"));
    chart()->legend()->hide();
    chart()->setAnimationOptions(QChart::NoAnimation);
    connect(workspace, &EnrichmentWorkspace::planReady, this, &FillRateChart::update);
}

void FillRateChart::update()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    const auto plan = m_workspace->plan();
    if (!plan || plan->fields().isEmpty())
        return;
    auto *series = new QHorizontalBarSeries;
    auto *filled = new QBarSet(tr("filled"));
    filled->setColor(QColor(0x1a, 0x5f, 0xb4));
    QStringList categories;
    // Bottom to top: the chart reads top-down in the mapping's order.
    for (qsizetype i = plan->fields().size() - 1; i >= 0; --i) {
        const FieldStats &f = plan->fields()[i];
        categories << QStringLiteral("%1  %2\u00a0%").arg(f.attribute).arg(qRound(f.rate() * 100));
        filled->append(f.rate() * 100.0);
    }
    series->append(filled);
    series->setLabelsVisible(false);
    c->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%d %"));
    x->setTickCount(6);
    x->setTitleText(tr("filled cells, % of rows"));
    c->addAxis(y, Qt::AlignLeft);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
}

} // namespace cxone
