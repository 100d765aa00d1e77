#pragma once

#include <QWidget>

#include <functional>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace cxone {

class AudiencesWorkspace;
class EntityPicker;

// The tenant's audiences, sortable, beside the editor: a click on one opens it (after asking
// about unsaved changes), and the list always shows as current the audience the editor holds.
class AudienceListPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit AudienceListPanel(AudiencesWorkspace *workspace, QWidget *parent = nullptr);

    QTableView *view() const;
    QLineEdit *search() const;
    QPushButton *refreshButton() const;
    QPushButton *newButton() const { return m_new; }
    // Asked before an open replaces unsaved changes; true: go ahead.
    void setDiscardQuestion(std::function<bool()> question) { m_mayDiscard = std::move(question); }
    // Opens `id` unless the person keeps their unsaved changes.
    void open(const QString &id);
    void showCurrent(const QString &id);

private:
    void onCurrentRowChanged(const QModelIndex &index, const QModelIndex &previous);
    void choose(const QString &id);

    AudiencesWorkspace *m_workspace;
    QSortFilterProxyModel *m_proxy;
    EntityPicker *m_picker;
    QPushButton *m_new;
    std::function<bool()> m_mayDiscard;
    QString m_choosing;     // the audience a click asked for, until it is open or refused
    bool m_showing = false; // the panel itself moves the current row
};

} // namespace cxone
