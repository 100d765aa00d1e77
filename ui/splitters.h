#pragma once

class QWidget;

namespace cxone {

// A page's splitters keep the sizes the user left them at: saved when the page is hidden
// (another page, the window closing), restored when it is first shown. Keyed by the page's
// class and the splitter's place among the page's splitters.
void saveSplitters(const QWidget *page);
// True when every splitter of the page had sizes kept for it.
bool restoreSplitters(QWidget *page);

} // namespace cxone
