#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cxone {

class EnrichmentWorkspace;

// The column mapping: each column of the file with its samples and the attribute it feeds
// (edited with a combo of the list's attributes), the match's confidence, and how many cells
// are filled and in error under the current plan; below it, what is left to decide about the
// decimal mark of number columns, with a button for each way of reading them.
class MappingPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit MappingPanel(EnrichmentWorkspace *workspace, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

protected:
    // F2 and Enter edit the attribute of the current row, wherever its current cell is.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumns();
    void showDecimalAdvice();

    EnrichmentWorkspace *m_workspace;
    QTableView *m_view;
    QLabel *m_decimalAdvice;
    QPushButton *m_readPoint;
    QPushButton *m_readComma;
};

} // namespace cxone
