#include "ui/layoutbuilder.h"

#include <QAbstractScrollArea>
#include <QFormLayout>
#include <QGraphicsOpacityEffect>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cxone {
inline namespace layout {

Item::Item(QWidget *widget, int stretch)
    : m_item(widget)
    , m_stretch(stretch)
{}

Item::Item(QLayout *layout, int stretch)
    : m_item(layout)
    , m_stretch(stretch)
{}

Item::Item(Stretch stretch)
    : m_item(stretch)
{}

Item::Item(Gap gap)
    : m_item(gap)
{}

void Item::addTo(QBoxLayout *box) const
{
    if (auto *w = std::get_if<QWidget *>(&m_item))
        box->addWidget(*w, m_stretch);
    else if (auto *l = std::get_if<QLayout *>(&m_item))
        box->addLayout(*l, m_stretch);
    else if (auto *s = std::get_if<Stretch>(&m_item))
        box->addStretch(s->factor);
    else
        box->addSpacing(std::get<Gap>(m_item).pixels);
}

Item stretchOf(QWidget *widget, int factor)
{
    return Item(widget, factor);
}

Item stretchOf(QLayout *layout, int factor)
{
    return Item(layout, factor);
}

namespace {

template<class Box>
Box *fill(Box *box, std::initializer_list<Item> items)
{
    for (const Item &item : items)
        item.addTo(box);
    return box;
}

template<class Box>
Box *install(QWidget *owner, Box *box)
{
    box->setContentsMargins(0, 0, 0, 0);
    owner->setLayout(box);
    return box;
}

} // namespace

QHBoxLayout *row(std::initializer_list<Item> items)
{
    return fill(new QHBoxLayout, items);
}

QVBoxLayout *column(std::initializer_list<Item> items)
{
    return fill(new QVBoxLayout, items);
}

QHBoxLayout *row(QWidget *owner, std::initializer_list<Item> items)
{
    return install(owner, row(items));
}

QVBoxLayout *column(QWidget *owner, std::initializer_list<Item> items)
{
    return install(owner, column(items));
}

QFormLayout *form(std::initializer_list<Field> fields)
{
    auto *f = new QFormLayout;
    for (const Field &field : fields) {
        QLayout *withBeside = field.beside ? row({stretchOf(field.field), field.beside}) : nullptr;
        if (field.label.isEmpty()) {
            if (withBeside)
                f->addRow(withBeside);
            else
                f->addRow(field.field);
            continue;
        }
        QLabel *label = labelFor(field.label, field.field);
        if (withBeside)
            f->addRow(label, withBeside);
        else
            f->addRow(label, field.field);
    }
    return f;
}

QLabel *labelFor(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QGroupBox *group(const QString &title, QLayout *layout)
{
    auto *box = new QGroupBox(title);
    box->setLayout(layout);
    return box;
}

QLabel *infoLabel(const QString &accessibleName, const QString &text)
{
    auto *label = named(new QLabel(text), accessibleName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *titleLabel(const QString &accessibleName)
{
    auto *label = named(new QLabel, accessibleName);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    label->setFont(font);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

namespace {

// What paints: a scroll area (a table, a chart) paints in its viewport, and an effect on the
// area itself is not applied to the viewport's own updates.
QWidget *painted(QWidget *widget)
{
    auto *area = qobject_cast<QAbstractScrollArea *>(widget);
    return area ? area->viewport() : widget;
}

} // namespace

void setDimmed(QWidget *widget, bool dimmed)
{
    widget = painted(widget);
    if (dimmed == isDimmed(widget))
        return;
    if (!dimmed) {
        widget->setGraphicsEffect(nullptr); // deletes the effect
        return;
    }
    auto *fade = new QGraphicsOpacityEffect(widget);
    fade->setOpacity(0.4);
    widget->setGraphicsEffect(fade);
}

bool isDimmed(const QWidget *widget)
{
    widget = painted(const_cast<QWidget *>(widget));
    const auto *fade = qobject_cast<QGraphicsOpacityEffect *>(widget->graphicsEffect());
    return fade && fade->opacity() < 1.0;
}

} // namespace layout
} // namespace cxone
