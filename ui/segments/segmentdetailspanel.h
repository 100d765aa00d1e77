#pragma once

#include <QWidget>

class QLabel;

namespace cxone {

class SegmentsWorkspace;

// The segment looked at: its name, id, status, members and last update, and the verdict on
// exporting it as the form stands — every reason, blocking or a note.
class SegmentDetailsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentDetailsPanel(SegmentsWorkspace *workspace, QWidget *parent = nullptr);

private:
    void showSegment();
    void showVerdict();

    SegmentsWorkspace *m_workspace;
    QLabel *m_verdict; // why it can or cannot be exported
    QLabel *m_meta;
    QLabel *m_title;
};

} // namespace cxone
