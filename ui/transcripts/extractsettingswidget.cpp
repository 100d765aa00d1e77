#include "ui/transcripts/extractsettingswidget.h"

#include "ui/featurepage.h"
#include "ui/layoutbuilder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace cxone {

using namespace layout;

ExtractSettingsWidget::ExtractSettingsWidget(QWidget *parent)
    : QWidget(parent)
    , m_policy(named(new QComboBox, tr("Tenant redaction policy")))
    , m_maskPolicy(named(new QComboBox, tr("Mask policy")))
    , m_concurrency(named(new QSpinBox, tr("Concurrent downloads")))
    , m_output(named(new QLineEdit, tr("Output folder or JSONL file")))
    , m_browse(named(new QPushButton(tr("&Browse…")), tr("Choose the output")))
    , m_lake(named(new QLineEdit, tr("Data-lake URL")))
    , m_resume(named(new QCheckBox(tr("Contin&ue the run in this output")),
                     tr("Resume an earlier run")))
{
    m_policy->addItem(tr("Auto (partial)"), QStringLiteral("auto"));
    m_policy->addItem(tr("None"), QStringLiteral("none"));
    m_policy->addItem(tr("Full"), QStringLiteral("full"));
    m_policy->setToolTip(tr("What the tenant redacts before download. The console masks every "
                            "transcript locally whatever this says."));
    m_maskPolicy->addItem(tr("Strict: every number somebody may have given"),
                          int(MaskPolicy::Strict));
    m_maskPolicy->addItem(tr("Balanced: fewer masks on numbers that do not validate"),
                          int(MaskPolicy::Balanced));
    m_maskPolicy->setToolTip(tr("How far local masking goes with numbers that fail validation. "
                                "Written into each transcript's mask report."));
    m_concurrency->setRange(1, 10);
    m_concurrency->setFocusPolicy(Qt::StrongFocus);
    m_lake->setPlaceholderText(tr("https://… (empty: write only)"));
    enableClearButton(m_lake, tr("Clear the data-lake URL"));
    QFormLayout *fields = form({{tr("Tenant &redaction:"), m_policy},
                                {tr("Dow&nloads at once:"), m_concurrency},
                                {tr("Out&put:"), m_output, m_browse},
                                {tr("Data &lake:"), m_lake},
                                {tr("Mas&king:"), m_maskPolicy}});
    fields->addRow(QString(), m_resume); // under the fields, not under their labels
    fields->setContentsMargins(0, 0, 0, 0);
    setLayout(fields);
    setSettings(ExtractSettings());
    connect(m_policy, &QComboBox::currentIndexChanged, this, &ExtractSettingsWidget::report);
    connect(m_maskPolicy, &QComboBox::currentIndexChanged, this, &ExtractSettingsWidget::report);
    connect(m_concurrency, &QSpinBox::valueChanged, this, &ExtractSettingsWidget::report);
    connect(m_output, &QLineEdit::textChanged, this, &ExtractSettingsWidget::report);
    connect(m_lake, &QLineEdit::textChanged, this, &ExtractSettingsWidget::report);
    connect(m_resume, &QCheckBox::toggled, this, &ExtractSettingsWidget::report);
    connect(m_browse, &QPushButton::clicked, this, &ExtractSettingsWidget::chooseOutput);
}

ExtractSettings ExtractSettingsWidget::settings() const
{
    ExtractSettings s;
    s.policy = m_policy->currentData().toString();
    s.concurrency = m_concurrency->value();
    s.output = m_output->text();
    s.lakeUrl = m_lake->text();
    s.resume = m_resume->isChecked();
    s.maskPolicy = MaskPolicy(m_maskPolicy->currentData().toInt());
    return s;
}

void ExtractSettingsWidget::setSettings(const ExtractSettings &s)
{
    m_setting = true;
    m_policy->setCurrentIndex(std::max(0, m_policy->findData(s.policy)));
    m_concurrency->setValue(s.concurrency);
    if (m_output->text() != s.output) // keep the cursor where it is being typed
        m_output->setText(s.output);
    if (m_lake->text() != s.lakeUrl)
        m_lake->setText(s.lakeUrl);
    m_resume->setChecked(s.resume);
    m_maskPolicy->setCurrentIndex(std::max(0, m_maskPolicy->findData(int(s.maskPolicy))));
    m_setting = false;
}

void ExtractSettingsWidget::chooseOutput()
{
    const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Folder for the masked transcripts (one file each)"), m_output->text());
    if (!dir.isEmpty())
        m_output->setText(dir);
}

void ExtractSettingsWidget::report()
{
    if (!m_setting)
        Q_EMIT edited(settings());
}

} // namespace cxone
