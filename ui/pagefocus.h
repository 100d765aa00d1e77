#pragma once

class QWidget;

namespace cxone {

// Where the keyboard goes on a page: its main control (the segment table, the list picker),
// which Ctrl+1…6 focus after switching to the page, and its search field, which Ctrl+F focuses
// (nullptr: the page has none). A page names them once its widgets exist.
void setPageControls(QWidget *page, QWidget *mainControl, QWidget *searchField = nullptr);
QWidget *pageMainControl(const QWidget *page);
QWidget *pageSearchField(const QWidget *page);

// Gives `page`'s main control the focus, or its search field (its text selected, so that what
// is typed replaces it); false when the page names none that can take it now.
bool focusPageMainControl(const QWidget *page);
bool focusPageSearch(const QWidget *page);

} // namespace cxone
