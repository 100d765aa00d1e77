#pragma once

#include <QObject>

namespace cxone {

// Spin boxes, combo boxes and sliders change with the mouse wheel only when they have the
// focus: scrolling a form scrolls the form instead of changing whatever field passes under the
// pointer. Installed once on the application; the wheel of an unfocused field goes to the
// scroll area (or other widget) around it.
class WheelGuard final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    static void install(QObject *application);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace cxone
