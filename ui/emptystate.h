#pragma once

#include <QString>

class QAbstractItemView;

namespace cxone {

// While the view's model has no rows, its viewport says what would fill it and how (instead of
// a blank white box). The text follows the view's palette and wraps in the middle.
void setEmptyStateText(QAbstractItemView *view, const QString &text);

} // namespace cxone
