#include "wheelguard.h"

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
    if (event->type() == QEvent::FocusIn) {
        // A click gives focus (and then the wheel works); the wheel alone never does.
        if (QWidget *field = valueField(watched); field && field->focusPolicy() == Qt::WheelFocus)
            field->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (event->type() != QEvent::Wheel)
        return false;
    QWidget *field = valueField(watched);
    if (!field || field->hasFocus())
        return false;
    if (field->focusPolicy() == Qt::WheelFocus)
        field->setFocusPolicy(Qt::StrongFocus);
    // Hand the wheel to what holds the field (a scroll area scrolls), as if the field were not
    // there.
    if (QWidget *outer = field->parentWidget())
        QCoreApplication::sendEvent(outer, event);
    return true;
}

} // namespace cxone
