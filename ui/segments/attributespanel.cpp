#include "ui/segments/attributespanel.h"

#include "models/segments/segmentsworkspace.h"
#include "ui/layoutbuilder.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cxone {

// The attributes flow in columns as wide as the longest name, and the list is as tall as its
// rows (two to eight): fourteen attributes take five lines, not a list scrolling inside a pane.
class AttributeList final : public QListWidget
{
public:
    using QListWidget::QListWidget;

    void refit()
    {
        const QFontMetrics metrics(font());
        int widest = metrics.horizontalAdvance(QLatin1Char('x')) * 12;
        for (int i = 0; i < count(); ++i)
            widest = std::max(widest, metrics.horizontalAdvance(item(i)->text()));
        const QSize cell(
                widest + style()->pixelMetric(QStyle::PM_IndicatorWidth) + 32,
                std::max(metrics.height(), style()->pixelMetric(QStyle::PM_IndicatorHeight)) + 6);
        if (gridSize() != cell)
            setGridSize(cell);
        const int columns = std::max(1, viewport()->width() / cell.width());
        const int rows = int((count() + columns - 1) / columns);
        const int wanted = std::clamp(rows, 2, 8) * cell.height() + 2 * frameWidth() + 2;
        if (height() != wanted)
            setFixedHeight(wanted);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QListWidget::resizeEvent(event);
        refit();
    }
};

AttributesPanel::AttributesPanel(SegmentsWorkspace *workspace, QWidget *parent)
    : QGroupBox(tr("Attributes to export"), parent)
    , m_workspace(workspace)
    , m_list(named(new AttributeList, tr("Attributes to export")))
    , m_all(named(new QPushButton(tr("A&ll")), tr("Export every attribute")))
    , m_none(named(new QPushButton(tr("&None")), tr("Export no attribute")))
{
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLayout(column({row({stretchOf(m_list), column({m_all, m_none, Stretch()})})}));
    connect(m_list, &QListWidget::itemChanged, this, &AttributesPanel::report);
    connect(m_all, &QPushButton::clicked, this, [this] { checkAll(true); });
    connect(m_none, &QPushButton::clicked, this, [this] { checkAll(false); });
    connect(workspace, &SegmentsWorkspace::currentChanged, this, &AttributesPanel::fill);
    connect(workspace, &SegmentsWorkspace::formChanged, this, &AttributesPanel::showChecks);
    fill();
}

void AttributesPanel::fill()
{
    m_showing = true;
    m_list->clear();
    const SegmentInfo *segment = m_workspace->currentSegment();
    for (const SegmentAttribute &attr : segment ? segment->attributes : QList<SegmentAttribute>()) {
        // The name alone keeps the columns narrow; the type is in the tooltip.
        auto *item = new QListWidgetItem(
                attr.valid ? attr.name : tr("%1 — deprecated").arg(attr.name), m_list);
        item->setData(Qt::UserRole, attr.name);
        if (attr.valid) {
            item->setToolTip(tr("%1: %2").arg(attr.name, attr.type));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        } else {
            item->setFlags(Qt::ItemIsSelectable); // shown, explained, never exported
            item->setToolTip(tr("%1: %2, deprecated. It cannot be exported: CXone refuses "
                                "queries that name deprecated attributes.")
                                     .arg(attr.name, attr.type));
        }
        item->setCheckState(m_workspace->isAttributeChecked(attr.name) ? Qt::Checked
                                                                       : Qt::Unchecked);
    }
    m_showing = false;
    for (QWidget *w : std::initializer_list<QWidget *>{m_list, m_all, m_none})
        w->setEnabled(segment != nullptr);
    m_list->refit();
}

void AttributesPanel::showChecks()
{
    m_showing = true;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(m_workspace->isAttributeChecked(item->data(Qt::UserRole).toString())
                                    ? Qt::Checked
                                    : Qt::Unchecked);
    }
    m_showing = false;
}

void AttributesPanel::report(QListWidgetItem *item)
{
    if (!m_showing)
        m_workspace->setAttributesChecked({item->data(Qt::UserRole).toString()},
                                          item->checkState() == Qt::Checked);
}

void AttributesPanel::checkAll(bool checked)
{
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i)
        names << m_list->item(i)->data(Qt::UserRole).toString();
    m_workspace->setAttributesChecked(names, checked); // the workspace leaves deprecated ones out
}

} // namespace cxone
