#pragma once

#include "models/segments/segmentsworkspace.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cxone {

// Edits one `ExportSettings` value — how and where a segment is exported: freshness limit, page
// size, format, output file (typed or browsed to), CDP callback URL and whether a failed callback
// stops the export. Reports every edit with the whole value.
class ExportSettingsWidget final : public QGroupBox
{
    Q_OBJECT
public:
    explicit ExportSettingsWidget(QWidget *parent = nullptr);

    ExportSettings settings() const;
    // Shows `settings` without reporting them back as an edit (what is being typed stays).
    void setSettings(const ExportSettings &settings);
    // The output file belongs to a segment: without one it cannot be chosen.
    void setFileEditable(bool editable);

Q_SIGNALS:
    void edited(const cxone::ExportSettings &settings);

private:
    void report();
    void browse();

    QSpinBox *m_maxAge;
    QSpinBox *m_pageSize;
    QComboBox *m_format;
    QLineEdit *m_output;
    QPushButton *m_browse;
    QLineEdit *m_cdpUrl;
    QCheckBox *m_cdpRequired;
    bool m_setting = false;
};

} // namespace cxone
