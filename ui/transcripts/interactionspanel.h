#pragma once

#include <QWidget>

class QFontMetrics;
class QLineEdit;
class QTableView;

namespace cxone {

class RowsView;
class TranscriptsWorkspace;

// The interactions a search found: a filter, what was found (shown, selected), and the table to
// sort and select them in; the selection is the workspace's (none selected: Extract takes all
// that are shown).
class InteractionsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit InteractionsPanel(TranscriptsWorkspace *workspace, QWidget *parent = nullptr);

    // The width that shows an interaction id whole.
    static int idWidth(const QFontMetrics &metrics);

    QTableView *table() const;
    QLineEdit *filter() const { return m_filter; }

private:
    RowsView *m_rows;
    QLineEdit *m_filter;
};

} // namespace cxone
