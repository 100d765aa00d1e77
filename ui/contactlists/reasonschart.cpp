#include "ui/contactlists/reasonschart.h"

#include "models/contactlists/contactlistsworkspace.h"
#include "models/contactlists/previewmodel.h"
#include "ui/layoutbuilder.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetrics>
#include <QHorizontalStackedBarSeries>
#include <QTimer>
#include <QValueAxis>

#include <cmath>

namespace cxone {

namespace {

Verdict verdictOfReason(Reason r)
{
    switch (r) {
    case Reason::AlreadyE164:
    case Reason::ManualKeep:
        return Verdict::Keep;
    case Reason::Reformatted:
    case Reason::ExtensionDropped:
        return Verdict::Update;
    default:
        return Verdict::Purge;
    }
}

// The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least `value`.
double roundStep(double value)
{
    const double power = std::pow(10.0, std::floor(std::log10(std::max(value, 1.0))));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * power >= value)
            return m * power;
    }
    return 10.0 * power;
}

} // namespace

ReasonsChart::ReasonsChart(ContactListsWorkspace *workspace, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_workspace(workspace)
    , m_debounce(new QTimer(this))
{
    setAccessibleName(tr("Counts per verdict and reason"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumWidth(320);
    setMinimumHeight(180);
    chart()->setTitle(tr("Contacts by reason"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(100);
    connect(m_debounce, &QTimer::timeout, this, &ReasonsChart::update);
    connect(workspace, &ContactListsWorkspace::countsChanged, m_debounce,
            qOverload<>(&QTimer::start));
    connect(workspace, &Workspace::actionsChanged, this, &ReasonsChart::showStale);
}

void ReasonsChart::showStale()
{
    const bool stale = m_workspace->previewIsStale();
    chart()->setTitle(stale ? tr("Contacts by reason (stale)") : tr("Contacts by reason"));
    layout::setDimmed(this, stale);
}

void ReasonsChart::fitCategories(int count)
{
    // A category axis leaves out every label that would touch the one before: the chart is made
    // tall enough for a line per reason (title, legend and the count axis besides).
    const int line = QFontMetrics(chart()->font()).height() + 4;
    setMinimumHeight(std::max(180, count * line + 5 * line));
}

void ReasonsChart::update()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    const auto p = m_workspace->preview()->preview();
    if (!p)
        return;
    auto *series = new QHorizontalStackedBarSeries;
    QBarSet *sets[kVerdictCount];
    const QColor colors[kVerdictCount]
            = {QColor(0x26, 0x7a, 0x2e), QColor(0x1a, 0x5f, 0xb4), QColor(0xb0, 0x20, 0x20)};
    for (int v = 0; v < kVerdictCount; ++v) {
        sets[v] = new QBarSet(verdictName(Verdict(v)));
        sets[v]->setColor(colors[v]);
    }
    QStringList categories;
    qsizetype max = 1;
    for (int r = 0; r < kReasonCount; ++r) {
        const qsizetype n = p->count(Reason(r));
        if (n == 0)
            continue;
        categories.append(reasonName(Reason(r)));
        for (int v = 0; v < kVerdictCount; ++v)
            sets[v]->append(verdictOfReason(Reason(r)) == Verdict(v) ? double(n) : 0.0);
        max = qMax(max, n);
    }
    for (QBarSet *s : sets)
        series->append(s);
    c->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setTruncateLabels(false); // "region-not-allowed", not "region-not-allo…"
    auto *x = new QValueAxis;
    // Three steps of a round size: the counts' labels have room side by side in a narrow chart.
    const double step = roundStep(double(max) / 3.0);
    x->setRange(0, step * 3);
    x->setTickCount(4);
    x->setLabelFormat(QStringLiteral("%.0f"));
    fitCategories(int(categories.size()));
    showStale();
    c->addAxis(y, Qt::AlignLeft);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
}

} // namespace cxone
