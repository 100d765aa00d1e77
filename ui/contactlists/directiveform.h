#pragma once

#include "models/contactlists/sanitizesettings.h"

#include <QGroupBox>

class QCheckBox;
class QFormLayout;
class QHBoxLayout;
class QLineEdit;

namespace cxone {

// Edits one `SanitizeSettings` value — the sanitizer's directive: default and allowed regions,
// the number types to block, a disposable-number list, duplicates and carrier lookup. Reports
// every edit at once with the whole value (a preview goes stale on the first keystroke). A host
// may add rows and put its own controls at the end of the regions line and the options line.
class DirectiveForm final : public QGroupBox
{
    Q_OBJECT
public:
    explicit DirectiveForm(QWidget *parent = nullptr);

    SanitizeSettings settings() const;
    // Shows `settings` without reporting them back as an edit.
    void setSettings(const SanitizeSettings &settings);

    QFormLayout *form() const { return m_form; }
    QHBoxLayout *regionsLine() const { return m_regionsLine; }
    QHBoxLayout *optionsLine() const { return m_optionsLine; }

Q_SIGNALS:
    void edited(const cxone::SanitizeSettings &settings);
    // The allowed regions were typed (not set by the console).
    void regionsTyped();

private:
    void report();

    QLineEdit *m_defaultRegion;
    QLineEdit *m_regions;
    QList<QCheckBox *> m_blockBoxes;
    QLineEdit *m_disposable;
    QCheckBox *m_duplicates;
    QCheckBox *m_lookup;
    QFormLayout *m_form;
    QHBoxLayout *m_regionsLine;
    QHBoxLayout *m_optionsLine;
    bool m_setting = false;
};

} // namespace cxone
