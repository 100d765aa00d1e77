#pragma once

#include "models/transcripts/transcriptsworkspace.h"

#include <QWidget>

#include <memory>

namespace cxone {

// Edits one `ExtractSettings` value — the tenant's redaction, the downloads at once, the output
// (typed, or a folder chosen with Browse…), the data lake, whether the run continues the one
// already in that output, and the mask policy. Reports every edit with the whole value.
class ExtractSettingsWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit ExtractSettingsWidget(QWidget *parent = nullptr);
    ~ExtractSettingsWidget() override;

    ExtractSettings settings() const;
    // Shows `settings` without reporting them back as an edit.
    void setSettings(const ExtractSettings &settings);

Q_SIGNALS:
    void edited(const cxone::ExtractSettings &settings);

private:
    void chooseOutput();
    void report();

    struct Controls; // the form's controls, made and laid out in the constructor
    const std::unique_ptr<Controls> d;
    bool m_setting = false;
};

} // namespace cxone
