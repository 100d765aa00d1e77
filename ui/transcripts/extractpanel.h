#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace cxone {

class ExtractSettingsWidget;
class RunBar;
class TranscriptsWorkspace;

// Extract: the settings of the next extraction, Extract with the count it takes (and Cancel)
// above the running one's progress and status, and what the last one did; and a check of the
// masking on a labelled file of the user's own (the table shows in the viewer).
class ExtractPanel final : public QGroupBox
{
    Q_OBJECT
public:
    explicit ExtractPanel(TranscriptsWorkspace *workspace, QWidget *parent = nullptr);

private:
    void updateExtract();
    void chooseGold();

    TranscriptsWorkspace *m_workspace;
    ExtractSettingsWidget *m_settings;
    RunBar *m_runBar;
    QLabel *m_result;
    QPushButton *m_checkMasking;
};

} // namespace cxone
