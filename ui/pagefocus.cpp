#include "ui/pagefocus.h"

#include <QLineEdit>
#include <QPointer>
#include <QVariant>
#include <QWidget>

namespace cxone {

namespace {

constexpr char kMainControl[] = "cxoneMainControl";
constexpr char kSearchField[] = "cxoneSearchField";

QWidget *controlOf(const QWidget *page, const char *property)
{
    return page ? qobject_cast<QWidget *>(page->property(property).value<QObject *>()) : nullptr;
}

bool focusable(const QWidget *w)
{
    return w && w->isVisible() && w->isEnabled() && w->focusPolicy() != Qt::NoFocus;
}

} // namespace

void setPageControls(QWidget *page, QWidget *mainControl, QWidget *searchField)
{
    page->setProperty(kMainControl, QVariant::fromValue(static_cast<QObject *>(mainControl)));
    page->setProperty(kSearchField, QVariant::fromValue(static_cast<QObject *>(searchField)));
}

QWidget *pageMainControl(const QWidget *page)
{
    return controlOf(page, kMainControl);
}

QWidget *pageSearchField(const QWidget *page)
{
    return controlOf(page, kSearchField);
}

bool focusPageMainControl(const QWidget *page)
{
    QWidget *w = pageMainControl(page);
    if (!focusable(w))
        return false;
    w->setFocus(Qt::ShortcutFocusReason);
    return true;
}

bool focusPageSearch(const QWidget *page)
{
    QWidget *w = pageSearchField(page);
    if (!focusable(w))
        return false;
    w->setFocus(Qt::ShortcutFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        edit->selectAll();
    return true;
}

} // namespace cxone
