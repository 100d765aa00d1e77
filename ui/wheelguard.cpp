#include "ui/wheelguard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace cxone {

namespace {

// The field a wheel event over `w` would change: w itself or the spin box whose line edit it is.
QWidget *valueField(QObject *watched)
{
    auto *w = qobject_cast<QWidget *>(watched);
    for (int depth = 0; w && depth < 2; ++depth, w = w->parentWidget()) {
        if (qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w)
            || (qobject_cast<QAbstractSlider *>(w) && !w->inherits("QScrollBar")))
            return w;
    }
    return nullptr;
}

} // namespace

void WheelGuard::install(QObject *application)
{
    application->installEventFilter(new WheelGuard(application));
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish) {
        // Before the widget is shown: a wheel must not give it focus either (Qt gives focus to
        // a WheelFocus widget before any filter sees the wheel). A click or Tab still does.
        auto *w = qobject_cast<QWidget *>(watched);
        if (w && valueField(w) == w && w->focusPolicy() == Qt::WheelFocus)
            w->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (event->type() != QEvent::Wheel)
        return false;
    QWidget *field = valueField(watched);
    if (!field || field->hasFocus())
        return false;
    // Hand the wheel to what holds the field (a scroll area scrolls), as if the field were not
    // there.
    if (QWidget *outer = field->parentWidget())
        QCoreApplication::sendEvent(outer, event);
    return true;
}

} // namespace cxone
