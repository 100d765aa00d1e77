#include "ui/audiences/audiencepreviewpanel.h"

#include "models/audiences/audiencedocument.h"
#include "models/audiences/audiencesworkspace.h"
#include "ui/layoutbuilder.h"

#include <QFontDatabase>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTabWidget>

namespace cxone {

AudiencePreviewPanel::AudiencePreviewPanel(AudiencesWorkspace *workspace, QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_workspace(workspace)
    , m_plain(named(new QPlainTextEdit, tr("Criteria in plain language")))
    , m_json(named(new QPlainTextEdit, tr("JSON preview")))
    , m_problems(named(new QListWidget, tr("Problems")))
{
    m_plain->setReadOnly(true);
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *previews = named(new QTabWidget, tr("Previews"));
    previews->addTab(m_plain, tr("Plain language"));
    previews->addTab(m_json, tr("JSON"));
    previews->tabBar()->setAccessibleName(tr("Preview kind"));
    m_problems->setWordWrap(true);
    addWidget(previews);
    addWidget(m_problems);
    // A click on a problem selects the row (or field) it is about.
    connect(m_problems, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT problemChosen(m_problems->row(item)); });
    connect(m_problems, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { Q_EMIT problemChosen(m_problems->row(item)); });
    connect(workspace->document(), &AudienceDocument::changed, this, &AudiencePreviewPanel::update);
    connect(workspace, &AudiencesWorkspace::problemsChanged, this, &AudiencePreviewPanel::update);
    update();
}

void AudiencePreviewPanel::update()
{
    const AudienceDocument *doc = m_workspace->document();
    m_plain->setPlainText(doc->plainLanguage());
    m_json->setPlainText(QString::fromUtf8(doc->toJson()));
    m_problems->clear();
    m_problems->addItems(m_workspace->problemTexts());
}

} // namespace cxone
