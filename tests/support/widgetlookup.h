#pragma once

// Finds a widget as assistive technology and people do: by its accessible name. Header-only.

#include <QString>
#include <QWidget>

namespace cxone::testsupport {

// The first child of `root` of type W with that accessible name; nullptr when none.
template<class W>
W *widgetNamed(QWidget *root, const QString &accessibleName)
{
    for (W *w : root->findChildren<W *>()) {
        if (w->accessibleName() == accessibleName)
            return w;
    }
    return nullptr;
}

} // namespace cxone::testsupport
