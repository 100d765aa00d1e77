#pragma once

#include <QTableView>

namespace cxone {

// A table of named things (segments, audiences) whose type-ahead matches the name column people
// read, whichever cell of the row is current: typing "Gold" goes to the first name starting
// with it, not to a status or a date that does.
class NameTableView final : public QTableView
{
    Q_OBJECT
public:
    explicit NameTableView(QWidget *parent = nullptr);

    int nameColumn() const { return m_nameColumn; }
    void setNameColumn(int column) { m_nameColumn = column; }

    void keyboardSearch(const QString &search) override;
    // The current row is being moved by a person (a key, type-ahead, a click), not by the view
    // itself (a model reset, the focus coming in).
    bool isMovedByUser() const { return m_userMoving > 0; }
    // The current row is being moved by type-ahead: more keys of the same search may follow
    // within the application's keyboard input interval.
    bool isSearching() const { return m_searching > 0; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int m_nameColumn = 0;
    int m_userMoving = 0;
    int m_searching = 0;
};

} // namespace cxone
