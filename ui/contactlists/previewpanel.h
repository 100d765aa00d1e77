#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTimer;

namespace cxone {

class ContactListsWorkspace;
class RowsView;

// The preview: what sanitizing would do to each contact, filtered by verdict, reason, region and
// text, with the counts, and the overrides (keep, purge, reset) of the selected rows; export.
class PreviewPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewPanel(ContactListsWorkspace *workspace, QWidget *parent = nullptr);

    // The search of the preview's rows (id or number).
    QLineEdit *search() const { return m_text; }

private:
    void addFilters();
    void overrideSelection(int verdict);
    void exportCsv();
    void updateEnabled();
    void showCounts();

    ContactListsWorkspace *m_workspace;
    RowsView *m_rows;
    QLineEdit *m_region;
    QLineEdit *m_text;
    QTimer *m_debounce;
    QPushButton *m_keep;
    QPushButton *m_purge;
    QPushButton *m_reset;
    QPushButton *m_export;
};

} // namespace cxone
