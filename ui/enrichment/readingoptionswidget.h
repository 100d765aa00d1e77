#pragma once

#include "models/enrichment/enrichplan.h"

#include <QGroupBox>

class QComboBox;
class QLineEdit;

namespace cxone {

// Edits one `EnrichOptions` value — how a CRM export's cells are read: date order, decimal
// mark, duplicate contact ids, extra "no value" words. Reports every edit with the whole value.
class ReadingOptionsWidget final : public QGroupBox
{
    Q_OBJECT
public:
    explicit ReadingOptionsWidget(QWidget *parent = nullptr);

    EnrichOptions options() const;
    // Shows `options` without reporting them back as an edit.
    void setOptions(const EnrichOptions &options);

Q_SIGNALS:
    void edited(const cxone::EnrichOptions &options);

private:
    void report();

    QComboBox *m_dateOrder;
    QComboBox *m_decimalMark;
    QComboBox *m_duplicates;
    QLineEdit *m_nullTokens;
    EnrichOptions m_value;
    bool m_setting = false;
};

} // namespace cxone
