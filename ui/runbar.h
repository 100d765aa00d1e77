#pragma once

#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace cxone {

class Job;
class Workspace;

// The bottom line of a feature page: the running job's progress (shown only while one runs),
// the workspace's status, and its actions — Cancel, Undo this run and the main action, each
// enabled from what the workspace says may be done now. The page decides what a click does
// (usually: ask, then tell the workspace).
class RunBar final : public QWidget
{
    Q_OBJECT
public:
    struct Action
    {
        QString text; // with its mnemonic; empty: the bar has no such button
        QString name; // accessible name
    };
    // Line: one line along the page's foot. Stacked: the buttons, then the progress, then the
    // status (only while there is one), for a narrow column under the settings they run.
    enum class Shape { Line, Stacked };
    RunBar(Workspace *workspace, const Action &apply, const Action &undo,
           QWidget *parent = nullptr);
    RunBar(Workspace *workspace, const Action &apply, const Action &undo, Shape shape,
           QWidget *parent = nullptr);

    QPushButton *applyButton() const { return m_apply; }
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }
    // Something of the page's own to read beside the status (a result, say), before it.
    void addInfo(QWidget *widget);
    // A button of the page's own, placed before the standard ones and enabled by the page.
    void addButton(QPushButton *button);
    // Cancel in the page's words ("Cancel export").
    void setCancelAction(const Action &cancel);
    // The status shows in `label`, which the page places elsewhere (above the rows it speaks
    // of); the bar keeps the room its own took.
    void showStatusIn(QLabel *label);

Q_SIGNALS:
    void applyClicked();
    void undoClicked();

private:
    void follow(Job *job);
    void showStatus();
    void showProgress();
    void updateActions();

    Workspace *m_workspace;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_cancel;
    QHBoxLayout *m_buttons = nullptr; // the line that holds Cancel
    Shape m_shape;
    QPushButton *m_undo = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace cxone
