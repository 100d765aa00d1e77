#include "ui/segments/filterbuilder.h"

#include "ui/layoutbuilder.h"
#include "ui/segments/filtervalueeditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cxone {

namespace {

QString operatorLabel(const QString &op)
{
    static constexpr std::pair<const char *, const char *> labels[]
            = {{"equals", QT_TRANSLATE_NOOP("cxone::FilterBuilder", "equals")},
               {"not_equals", QT_TRANSLATE_NOOP("cxone::FilterBuilder", "does not equal")},
               {"contains", QT_TRANSLATE_NOOP("cxone::FilterBuilder", "contains")},
               {"starts_with", QT_TRANSLATE_NOOP("cxone::FilterBuilder", "starts with")},
               {"greater_than", QT_TRANSLATE_NOOP("cxone::FilterBuilder", "greater than")},
               {"less_than", QT_TRANSLATE_NOOP("cxone::FilterBuilder", "less than")},
               {"in", QT_TRANSLATE_NOOP("cxone::FilterBuilder", "is one of (comma-separated)")}};
    for (const auto &[code, label] : labels) {
        if (op == QLatin1String(code))
            return FilterBuilder::tr(label);
    }
    return op;
}

} // namespace

FilterBuilder::FilterBuilder(QWidget *parent)
    : QGroupBox(tr("Filters"), parent)
    , m_attribute(named(new QComboBox, tr("Filter attribute")))
    , m_operator(named(new QComboBox, tr("Filter operator")))
    , m_editor(new FilterValueEditor)
    , m_add(named(new QPushButton(tr("&Add filter")), tr("Add filter")))
    , m_list(named(new QListWidget, tr("Active filters")))
    , m_remove(named(new QPushButton(tr("Remove filter")), tr("Remove selected filter")))
{
    setLayout(column({row({stretchOf(m_attribute, 2), stretchOf(m_operator, 2),
                           stretchOf(m_editor, 3), m_add}),
                      row({stretchOf(m_list), column({m_remove, Stretch()})})}));
    connect(m_attribute, &QComboBox::currentIndexChanged, this, &FilterBuilder::offerOperators);
    connect(m_operator, &QComboBox::currentIndexChanged, this, &FilterBuilder::showEditor);
    connect(m_add, &QPushButton::clicked, this, &FilterBuilder::add);
    connect(m_editor, &FilterValueEditor::submitted, this, &FilterBuilder::add);
    connect(m_remove, &QPushButton::clicked, this, &FilterBuilder::remove);
    showList();
}

void FilterBuilder::setAttributes(const QList<SegmentAttribute> &attributes)
{
    m_attributes = attributes;
    {
        const QSignalBlocker block(m_attribute);
        m_attribute->clear();
        for (const SegmentAttribute &attr : attributes) {
            if (attr.valid)
                m_attribute->addItem(attr.name);
        }
    }
    offerOperators();
}

void FilterBuilder::setFilters(const QList<FilterSpec> &filters)
{
    if (filters == m_value)
        return;
    m_value = filters;
    m_list->clear();
    for (const FilterSpec &f : filters) {
        auto *item = new QListWidgetItem(
                QStringLiteral("%1 %2 %3").arg(f.attribute, operatorLabel(f.op), f.value), m_list);
        item->setData(Qt::AccessibleTextRole, item->text());
    }
    showList();
}

void FilterBuilder::setEditable(bool editable)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_attribute, m_operator, m_editor, m_add,
                                                       m_list, m_remove})
        w->setEnabled(editable);
}

const SegmentAttribute *FilterBuilder::chosenAttribute() const
{
    for (const SegmentAttribute &attr : m_attributes) {
        if (attr.name == m_attribute->currentText())
            return &attr;
    }
    return nullptr;
}

void FilterBuilder::offerOperators()
{
    const QSignalBlocker block(m_operator);
    m_operator->clear();
    if (const SegmentAttribute *attr = chosenAttribute()) {
        for (const QString &op : segmentOperatorsForType(attr->type))
            m_operator->addItem(operatorLabel(op), op);
    }
    showEditor();
}

void FilterBuilder::showEditor()
{
    const SegmentAttribute *attr = chosenAttribute();
    m_editor->setKind(attr ? attr->type : QString(), m_operator->currentData().toString());
}

void FilterBuilder::add()
{
    const SegmentAttribute *attr = chosenAttribute();
    if (!attr)
        return;
    const FilterSpec f{attr->name, m_operator->currentData().toString(), m_editor->value()};
    QString error;
    if (typedSegmentFilterValue(*attr, f, &error).isUndefined()) {
        Q_EMIT refused(error);
        return;
    }
    QList<FilterSpec> filters = m_value;
    filters.append(f);
    setFilters(filters);
    m_editor->clearText();
    Q_EMIT edited(m_value);
}

void FilterBuilder::remove()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_value.size())
        return;
    QList<FilterSpec> filters = m_value;
    filters.removeAt(row);
    setFilters(filters);
    Q_EMIT edited(m_value);
}

void FilterBuilder::showList()
{
    // The list takes room only once there is a filter, as tall as its filters up to three.
    const bool any = m_list->count() > 0;
    m_list->setVisible(any);
    m_list->setFixedHeight(m_list->sizeHintForRow(0) * std::clamp(int(m_list->count()), 1, 3)
                           + 2 * m_list->frameWidth() + 2);
    m_remove->setVisible(any);
    Q_EMIT heightChanged();
}

} // namespace cxone
