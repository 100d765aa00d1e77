#pragma once

#include <QString>

#include <initializer_list>
#include <variant>

class QBoxLayout;
class QFormLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLayout;
class QVBoxLayout;
class QWidget;

// A small vocabulary for building panels in code, so that a panel's layout reads as its shape:
//
//     column(this, {row({label, combo, stretchOf(refresh, 0)}), stretchOf(table, 1), info});
//
// Widgets are made without a parent; the layout a helper installs on `owner` adopts them. The
// namespace is inline: the panels (all in `cxone`) call the helpers by their short names.
namespace cxone {
inline namespace layout {

// Empty space that takes what is left (QBoxLayout::addStretch).
struct Stretch
{
    int factor = 1;
};
// A fixed gap (QBoxLayout::addSpacing).
struct Gap
{
    int pixels = 8;
};

// One entry of a row or a column: a widget or a nested layout with its stretch factor, or space.
class Item
{
public:
    Item(QWidget *widget, int stretch = 0);
    Item(QLayout *layout, int stretch = 0);
    Item(Stretch stretch);
    Item(Gap gap);

    void addTo(QBoxLayout *box) const;

private:
    std::variant<QWidget *, QLayout *, Stretch, Gap> m_item;
    int m_stretch = 0;
};

// The item that takes `factor` of the room its row or column shares out.
Item stretchOf(QWidget *widget, int factor = 1);
Item stretchOf(QLayout *layout, int factor = 1);

QHBoxLayout *row(std::initializer_list<Item> items);
QVBoxLayout *column(std::initializer_list<Item> items);
// The same, installed on `owner` with no margins: the panel is the layout.
QHBoxLayout *row(QWidget *owner, std::initializer_list<Item> items);
QVBoxLayout *column(QWidget *owner, std::initializer_list<Item> items);

// A form row: the label's mnemonic (&) moves the focus to the field. `beside`, when given, stands
// after the field on its row (a Browse… button).
struct Field
{
    QString label;
    QWidget *field;
    QWidget *beside = nullptr;
};
QFormLayout *form(std::initializer_list<Field> fields);
// A field's label on its own (for a grid): its mnemonic moves the focus to `buddy`.
QLabel *labelFor(const QString &text, QWidget *buddy);

// A titled frame around a layout.
QGroupBox *group(const QString &title, QLayout *layout);

// A label that wraps and can be selected (status lines, details); named for assistive technology.
QLabel *infoLabel(const QString &accessibleName, const QString &text = {});
// A panel's title: bold, a quarter larger, plain text that wraps.
QLabel *titleLabel(const QString &accessibleName);

// Shows `widget` faded (what it shows no longer holds: a stale preview), or as it is again.
void setDimmed(QWidget *widget, bool dimmed);
bool isDimmed(const QWidget *widget);

// Names a control for assistive technology, for controls whose visible text does not say enough.
template<class W>
W *named(W *widget, const QString &name)
{
    widget->setAccessibleName(name);
    return widget;
}

// The same, and the object name that tests and saved settings find it by.
template<class W>
W *named(W *widget, const QString &objectName, const QString &name)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(name);
    return widget;
}

} // namespace layout
} // namespace cxone
