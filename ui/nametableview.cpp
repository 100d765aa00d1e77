#include "ui/nametableview.h"

#include <QItemSelectionModel>

namespace cxone {

NameTableView::NameTableView(QWidget *parent)
    : QTableView(parent)
{}

void NameTableView::keyboardSearch(const QString &search)
{
    // Qt's search matches in the current cell's column: move the current cell to the name of
    // its row first (the selection, whole rows, stays as it is).
    QAbstractItemModel *m = model();
    if (m && selectionModel() && m->rowCount(rootIndex()) > 0) {
        const QModelIndex current = currentIndex();
        if (!current.isValid() || current.column() != m_nameColumn) {
            const QModelIndex name
                    = m->index(current.isValid() ? current.row() : 0, m_nameColumn, rootIndex());
            selectionModel()->setCurrentIndex(name, QItemSelectionModel::NoUpdate);
        }
    }
    ++m_userMoving;
    ++m_searching;
    QTableView::keyboardSearch(search);
    --m_searching;
    --m_userMoving;
}

void NameTableView::keyPressEvent(QKeyEvent *event)
{
    ++m_userMoving;
    QTableView::keyPressEvent(event);
    --m_userMoving;
}

void NameTableView::mousePressEvent(QMouseEvent *event)
{
    ++m_userMoving;
    QTableView::mousePressEvent(event);
    --m_userMoving;
}

} // namespace cxone
