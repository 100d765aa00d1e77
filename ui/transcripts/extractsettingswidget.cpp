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

struct ExtractSettingsWidget::Controls
{
    QComboBox *policy = named(new QComboBox, tr("Tenant redaction policy"));
    QComboBox *maskPolicy = named(new QComboBox, tr("Mask policy"));
    QSpinBox *concurrency = named(new QSpinBox, tr("Concurrent downloads"));
    QLineEdit *output = named(new QLineEdit, tr("Output folder or JSONL file"));
    QPushButton *browse = named(new QPushButton(tr("&Browse…")), tr("Choose the output"));
    QLineEdit *lake = named(new QLineEdit, tr("Data-lake URL"));
    QCheckBox *resume = named(new QCheckBox(tr("Contin&ue the run in this output")),
                              tr("Resume an earlier run"));
};

ExtractSettingsWidget::ExtractSettingsWidget(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Controls>())
{
    d->policy->addItem(tr("Auto (partial)"), QStringLiteral("auto"));
    d->policy->addItem(tr("None"), QStringLiteral("none"));
    d->policy->addItem(tr("Full"), QStringLiteral("full"));
    d->policy->setToolTip(tr("What the tenant redacts before download. The console masks every "
                             "transcript locally whatever this says."));
    d->maskPolicy->addItem(tr("Strict: every number somebody may have given"),
                           int(MaskPolicy::Strict));
    d->maskPolicy->addItem(tr("Balanced: fewer masks on numbers that do not validate"),
                           int(MaskPolicy::Balanced));
    d->maskPolicy->setToolTip(tr("How far local masking goes with numbers that fail validation. "
                                 "Written into each transcript's mask report."));
    d->concurrency->setRange(1, 10);
    d->concurrency->setFocusPolicy(Qt::StrongFocus);
    d->lake->setPlaceholderText(tr("https://… (empty: write only)"));
    enableClearButton(d->lake, tr("Clear the data-lake URL"));
    QFormLayout *fields = form({{tr("Tenant &redaction:"), d->policy},
                                {tr("Dow&nloads at once:"), d->concurrency},
                                {tr("Out&put:"), d->output, d->browse},
                                {tr("Data &lake:"), d->lake},
                                {tr("Mas&king:"), d->maskPolicy}});
    fields->addRow(QString(), d->resume); // under the fields, not under their labels
    fields->setContentsMargins(0, 0, 0, 0);
    setLayout(fields);
    setSettings(ExtractSettings());
    connect(d->policy, &QComboBox::currentIndexChanged, this, &ExtractSettingsWidget::report);
    connect(d->maskPolicy, &QComboBox::currentIndexChanged, this, &ExtractSettingsWidget::report);
    connect(d->concurrency, &QSpinBox::valueChanged, this, &ExtractSettingsWidget::report);
    connect(d->output, &QLineEdit::textChanged, this, &ExtractSettingsWidget::report);
    connect(d->lake, &QLineEdit::textChanged, this, &ExtractSettingsWidget::report);
    connect(d->resume, &QCheckBox::toggled, this, &ExtractSettingsWidget::report);
    connect(d->browse, &QPushButton::clicked, this, &ExtractSettingsWidget::chooseOutput);
}

ExtractSettingsWidget::~ExtractSettingsWidget() = default;

ExtractSettings ExtractSettingsWidget::settings() const
{
    ExtractSettings s;
    s.policy = d->policy->currentData().toString();
    s.concurrency = d->concurrency->value();
    s.output = d->output->text();
    s.lakeUrl = d->lake->text();
    s.resume = d->resume->isChecked();
    s.maskPolicy = MaskPolicy(d->maskPolicy->currentData().toInt());
    return s;
}

void ExtractSettingsWidget::setSettings(const ExtractSettings &s)
{
    m_setting = true;
    d->policy->setCurrentIndex(std::max(0, d->policy->findData(s.policy)));
    d->concurrency->setValue(s.concurrency);
    if (d->output->text() != s.output) // keep the cursor where it is being typed
        d->output->setText(s.output);
    if (d->lake->text() != s.lakeUrl)
        d->lake->setText(s.lakeUrl);
    d->resume->setChecked(s.resume);
    d->maskPolicy->setCurrentIndex(std::max(0, d->maskPolicy->findData(int(s.maskPolicy))));
    m_setting = false;
}

void ExtractSettingsWidget::chooseOutput()
{
    const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Folder for the masked transcripts (one file each)"), d->output->text());
    if (!dir.isEmpty())
        d->output->setText(dir);
}

void ExtractSettingsWidget::report()
{
    if (!m_setting)
        Q_EMIT edited(settings());
}

} // namespace cxone
