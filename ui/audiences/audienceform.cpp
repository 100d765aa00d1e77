#include "ui/audiences/audienceform.h"

#include "models/audiences/audiencedocument.h"
#include "models/audiences/audiencesworkspace.h"
#include "models/audiences/criteria.h"
#include "models/engine/session/tenantsession.h"
#include "network/api/audiencesapi.h"
#include "ui/layoutbuilder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cxone {

AudienceForm::AudienceForm(AudiencesWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(titleLabel(tr("Audience being edited")))
    , m_id(infoLabel(tr("Audience id")))
    , m_name(named(new QLineEdit, tr("Name")))
    , m_description(named(new QLineEdit, tr("Description")))
    , m_dataSource(named(new QComboBox, tr("Data source")))
    , m_exclusions(named(new QPlainTextEdit, tr("Exclusions, one UUID per line")))
    , m_exclusionProblems(infoLabel(tr("Exclusion problems")))
    , m_recalculate(named(new QCheckBox(tr("Re&calculate the size on save")),
                          tr("Recalculate the size on save")))
    , m_cdpUrl(named(new QLineEdit, tr("CDP webhook URL")))
    , m_exclusionsDebounce(new QTimer(this))
{
    m_name->setMaxLength(200); // longer than allowed so that the problem is shown, not hidden
    for (const QString &s : AudiencesApi::dataSources())
        m_dataSource->addItem(AudiencesApi::dataSourceLabel(s), s);
    m_exclusions->setPlaceholderText(tr("One audience or profile UUID per line"));
    m_exclusions->setTabChangesFocus(true);
    m_exclusions->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 12);
    m_exclusionProblems->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_cdpUrl->setPlaceholderText(tr("https://… (empty: no notification)"));
    m_exclusionsDebounce->setSingleShot(true);
    m_exclusionsDebounce->setInterval(700);
    column(this, {m_title, form({{tr("Id:"), m_id},
                                 {tr("Na&me:"), m_name},
                                 {tr("Descri&ption:"), m_description},
                                 {tr("D&ata source:"), m_dataSource},
                                 {tr("E&xclusions:"), m_exclusions},
                                 {{}, m_exclusionProblems},
                                 {{}, m_recalculate},
                                 {tr("CDP &webhook:"), m_cdpUrl}})});

    AudienceDocument *doc = workspace->document();
    connect(m_name, &QLineEdit::editingFinished, this, [this, doc] {
        if (!m_showing)
            doc->setName(m_name->text());
    });
    connect(m_description, &QLineEdit::editingFinished, this, [this, doc] {
        if (!m_showing)
            doc->setDescription(m_description->text());
    });
    connect(m_dataSource, &QComboBox::activated, this, [this, doc] {
        if (!m_showing)
            doc->setDataSource(m_dataSource->currentData().toString());
    });
    connect(m_exclusions, &QPlainTextEdit::textChanged, this, [this] {
        if (m_showing)
            return;
        showExclusionProblems();
        m_exclusionsDebounce->start();
    });
    connect(m_exclusionsDebounce, &QTimer::timeout, this, &AudienceForm::commitExclusions);
    connect(m_recalculate, &QCheckBox::toggled, this, [this, doc](bool on) {
        if (!m_showing)
            doc->setRecalculate(on);
    });
    connect(m_cdpUrl, &QLineEdit::editingFinished, this,
            [this] { m_workspace->setCdpUrl(m_cdpUrl->text()); });
    connect(doc, &AudienceDocument::propertiesChanged, this, &AudienceForm::showDocument);
    connect(workspace, &AudiencesWorkspace::titleChanged, this, &AudienceForm::showTitle);
    connect(workspace, &AudiencesWorkspace::current, this, &AudienceForm::showDocument);
    connect(workspace, &Workspace::sessionChanged, this,
            [this] { m_cdpUrl->setText(m_workspace->cdpUrl()); });
    m_cdpUrl->setText(workspace->cdpUrl());
    showDocument();
}

QWidget *AudienceForm::lastField() const
{
    return m_cdpUrl;
}

void AudienceForm::showDocument()
{
    const AudienceDocument *doc = m_workspace->document();
    m_showing = true;
    m_id->setText(
            doc->audienceId()
            + (doc->version() >= 0 ? tr("  (version %1)").arg(doc->version()) : tr("  (new)")));
    if (m_name->text() != doc->name())
        m_name->setText(doc->name());
    if (m_description->text() != doc->description())
        m_description->setText(doc->description());
    m_dataSource->setCurrentIndex(m_dataSource->findData(doc->dataSource()));
    const QString exclusions = doc->exclusions().join(u'\n');
    if (m_exclusions->toPlainText().split(u'\n', Qt::SkipEmptyParts).join(u'\n') != exclusions)
        m_exclusions->setPlainText(exclusions);
    m_recalculate->setChecked(doc->recalculate());
    m_showing = false;
    showTitle();
    showExclusionProblems();
}

void AudienceForm::showTitle()
{
    const bool modified = m_workspace->document()->isModified();
    m_title->setText(m_workspace->titleText());
    m_title->setAccessibleDescription(modified ? tr("unsaved changes") : QString());
    m_title->setToolTip(modified ? tr("Unsaved changes: Save (Ctrl+S) writes them to the tenant; "
                                      "Undo (Ctrl+Z) takes them back.")
                                 : QString());
}

void AudienceForm::showExclusionProblems()
{
    QStringList problems;
    const QStringList lines = m_exclusions->toPlainText().split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString id = lines.at(i).trimmed();
        if (id.isEmpty())
            continue;
        if (const QString p = exclusionProblem(id); !p.isEmpty())
            problems << tr("Line %1: %2").arg(i + 1).arg(p);
    }
    m_exclusionProblems->setText(problems.join(u'\n'));
    m_exclusionProblems->setVisible(!problems.isEmpty());
}

void AudienceForm::commitExclusions()
{
    QStringList ids;
    for (const QString &line : m_exclusions->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            ids << line.trimmed();
    }
    m_workspace->document()->setExclusions(ids);
}

void AudienceForm::commitTyped()
{
    AudienceDocument *doc = m_workspace->document();
    if (m_name->text() != doc->name())
        doc->setName(m_name->text());
    if (m_description->text() != doc->description())
        doc->setDescription(m_description->text());
    if (m_exclusionsDebounce->isActive()) {
        m_exclusionsDebounce->stop();
        commitExclusions();
    }
    m_workspace->setCdpUrl(m_cdpUrl->text());
}

void AudienceForm::focusField(const QString &where)
{
    if (where == u"name")
        m_name->setFocus();
    else if (where == u"description")
        m_description->setFocus();
    else if (where == u"data_source")
        m_dataSource->setFocus();
    else if (where.startsWith(u"exclusions"))
        m_exclusions->setFocus();
}

} // namespace cxone
