#pragma once

#include <QGroupBox>

class QLabel;

namespace cxone {

class ExtractSettingsWidget;
class RunBar;
class TranscriptsWorkspace;

// Extract: the settings of the next extraction, Extract with the count it takes (and Cancel)
// above the running one's progress and status, and what the last one did.
class ExtractPanel final : public QGroupBox
{
    Q_OBJECT
public:
    explicit ExtractPanel(TranscriptsWorkspace *workspace, QWidget *parent = nullptr);

private:
    void updateExtract();

    TranscriptsWorkspace *m_workspace;
    ExtractSettingsWidget *m_settings;
    RunBar *m_runBar;
    QLabel *m_result;
};

} // namespace cxone
