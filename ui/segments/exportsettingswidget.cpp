#include "ui/segments/exportsettingswidget.h"

#include "ui/layoutbuilder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace cxone {

ExportSettingsWidget::ExportSettingsWidget(QWidget *parent)
    : QGroupBox(tr("Output"), parent)
    , m_maxAge(named(new QSpinBox, tr("Freshness limit in hours")))
    , m_pageSize(named(new QSpinBox, tr("Page size")))
    , m_format(named(new QComboBox, tr("Output format")))
    , m_output(named(new QLineEdit, tr("Output file")))
    , m_browse(named(new QPushButton(tr("&Browse…")), tr("Choose output file")))
    , m_cdpUrl(named(new QLineEdit, tr("CDP callback URL")))
    , m_cdpRequired(named(new QCheckBox(tr("Stop if a callback fails")),
                          tr("Stop the export when a CDP callback fails")))
{
    m_maxAge->setRange(1, 24 * 365);
    m_maxAge->setSuffix(tr(" h"));
    m_pageSize->setRange(1, SegmentsApi::kMaxPageSize);
    m_format->addItem(tr("CSV (RFC 4180, UTF-8)"), int(ExportFormat::Csv));
    m_format->addItem(tr("JSON lines"), int(ExportFormat::Jsonl));
    m_cdpUrl->setPlaceholderText(tr("optional: each page's records are POSTed here"));
    m_cdpRequired->setToolTip(tr("Stop the export when the CDP callback of a page fails. "
                                 "Unticked, a failed callback is recorded and the export goes "
                                 "on."));
    setSettings(ExportSettings());

    // Three short settings share a row, so that the whole pane fits without scrolling on a
    // laptop screen.
    auto *grid = new QGridLayout(this);
    grid->addWidget(labelFor(tr("&Freshness limit:"), m_maxAge), 0, 0);
    grid->addWidget(m_maxAge, 0, 1);
    grid->addWidget(labelFor(tr("&Page size:"), m_pageSize), 0, 2);
    grid->addWidget(m_pageSize, 0, 3);
    grid->addWidget(labelFor(tr("F&ormat:"), m_format), 0, 4);
    grid->addWidget(m_format, 0, 5);
    grid->addWidget(labelFor(tr("Output f&ile:"), m_output), 1, 0);
    grid->addLayout(row({stretchOf(m_output), m_browse}), 1, 1, 1, 5);
    grid->addWidget(labelFor(tr("&CDP URL:"), m_cdpUrl), 2, 0);
    grid->addLayout(row({stretchOf(m_cdpUrl), m_cdpRequired}), 2, 1, 1, 5);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 2);

    connect(m_maxAge, &QSpinBox::valueChanged, this, &ExportSettingsWidget::report);
    connect(m_pageSize, &QSpinBox::valueChanged, this, &ExportSettingsWidget::report);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportSettingsWidget::report);
    connect(m_output, &QLineEdit::textChanged, this, &ExportSettingsWidget::report);
    connect(m_cdpUrl, &QLineEdit::textChanged, this, &ExportSettingsWidget::report);
    connect(m_cdpRequired, &QCheckBox::toggled, this, &ExportSettingsWidget::report);
    connect(m_browse, &QPushButton::clicked, this, &ExportSettingsWidget::browse);
}

ExportSettings ExportSettingsWidget::settings() const
{
    ExportSettings s;
    s.maxAge = std::chrono::hours(m_maxAge->value());
    s.pageSize = m_pageSize->value();
    s.format = ExportFormat(m_format->currentData().toInt());
    s.outputPath = m_output->text();
    s.cdpUrl = m_cdpUrl->text();
    s.stopOnCdpFailure = m_cdpRequired->isChecked();
    return s;
}

void ExportSettingsWidget::setSettings(const ExportSettings &s)
{
    m_setting = true;
    m_maxAge->setValue(int(s.maxAge.count()));
    m_pageSize->setValue(s.pageSize);
    m_format->setCurrentIndex(m_format->findData(int(s.format)));
    if (m_output->text() != s.outputPath)
        m_output->setText(s.outputPath);
    if (m_cdpUrl->text() != s.cdpUrl)
        m_cdpUrl->setText(s.cdpUrl);
    m_cdpRequired->setChecked(s.stopOnCdpFailure);
    m_setting = false;
}

void ExportSettingsWidget::setFileEditable(bool editable)
{
    m_output->setEnabled(editable);
    m_browse->setEnabled(editable);
}

void ExportSettingsWidget::report()
{
    if (!m_setting)
        Q_EMIT edited(settings());
}

void ExportSettingsWidget::browse()
{
    const bool jsonl = m_format->currentData().toInt() == int(ExportFormat::Jsonl);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_output->text(),
                                                      jsonl ? tr("JSON lines (*.jsonl)")
                                                            : tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_output->setText(path);
}

} // namespace cxone
