#include "ui/contactlists/directiveform.h"

#include "models/engine/phone/phonecheck.h"
#include "ui/layoutbuilder.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace cxone {

DirectiveForm::DirectiveForm(QWidget *parent)
    : QGroupBox(tr("Directive"), parent)
    , m_defaultRegion(named(new QLineEdit, tr("Default region")))
    , m_regions(named(new QLineEdit, tr("Allowed regions")))
    , m_disposable(named(new QLineEdit, tr("Disposable-number list file")))
    , m_duplicates(named(new QCheckBox(tr("Purge duplicates")), tr("Purge duplicate numbers")))
    , m_lookup(named(new QCheckBox(tr("Carrier lookup")), tr("Ask the carrier lookup")))
    , m_form(new QFormLayout(this))
{
    m_defaultRegion->setToolTip(tr("Region for numbers written without a country code."));
    m_defaultRegion->setMaxLength(2);
    m_defaultRegion->setMaximumWidth(50);
    m_regions->setPlaceholderText(tr("US,CA,GB (empty: every region)"));
    m_regionsLine
            = row({m_defaultRegion, new QLabel(tr("Allowed regions:")), stretchOf(m_regions)});
    m_form->addRow(tr("Default region:"), m_regionsLine);
    QHBoxLayout *blockLine = row({});
    for (const QString &name : SanitizeDirective::blockableTypeNames()) {
        auto *box = named(new QCheckBox(name), tr("Block %1 numbers").arg(name));
        box->setObjectName(QStringLiteral("block-") + name);
        blockLine->addWidget(box);
        m_blockBoxes.append(box);
        connect(box, &QCheckBox::toggled, this, &DirectiveForm::report);
    }
    blockLine->addStretch();
    m_form->addRow(tr("Block types:"), blockLine);
    m_disposable->setPlaceholderText(tr("Disposable-number list (optional)"));
    auto *browse
            = named(new QPushButton(tr("Browse…")), tr("Choose the disposable-number list file"));
    m_optionsLine = row({stretchOf(m_disposable), browse, m_duplicates, m_lookup});
    m_form->addRow(tr("Options:"), m_optionsLine);
    setSettings({});

    for (QLineEdit *edit : {m_defaultRegion, m_regions, m_disposable})
        connect(edit, &QLineEdit::textChanged, this, &DirectiveForm::report);
    for (QCheckBox *box : {m_duplicates, m_lookup})
        connect(box, &QCheckBox::toggled, this, &DirectiveForm::report);
    connect(m_regions, &QLineEdit::textEdited, this, &DirectiveForm::regionsTyped);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Disposable-number list"));
        if (!f.isEmpty())
            m_disposable->setText(f);
    });
}

SanitizeSettings DirectiveForm::settings() const
{
    SanitizeSettings s;
    s.defaultRegion = m_defaultRegion->text();
    s.regions = m_regions->text();
    s.blocked.clear();
    for (const QCheckBox *b : m_blockBoxes) {
        if (b->isChecked())
            s.blocked.append(b->text());
    }
    s.disposableFile = m_disposable->text();
    s.purgeDuplicates = m_duplicates->isChecked();
    s.lookup = m_lookup->isChecked();
    return s;
}

void DirectiveForm::setSettings(const SanitizeSettings &s)
{
    m_setting = true;
    // Only what differs is set: a field being typed in keeps its cursor.
    if (m_defaultRegion->text() != s.defaultRegion)
        m_defaultRegion->setText(s.defaultRegion);
    if (m_regions->text() != s.regions)
        m_regions->setText(s.regions);
    for (QCheckBox *b : std::as_const(m_blockBoxes))
        b->setChecked(s.blocked.contains(b->text()));
    if (m_disposable->text() != s.disposableFile)
        m_disposable->setText(s.disposableFile);
    m_duplicates->setChecked(s.purgeDuplicates);
    m_lookup->setChecked(s.lookup);
    m_setting = false;
}

void DirectiveForm::report()
{
    if (!m_setting)
        Q_EMIT edited(settings());
}

} // namespace cxone
