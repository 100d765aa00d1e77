#include "ui/transcripts/searchpanel.h"

#include "models/transcripts/transcriptsworkspace.h"
#include "ui/layoutbuilder.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace cxone {

namespace {

QDateTimeEdit *periodEdit(const QString &name)
{
    auto *edit = named(new QDateTimeEdit, name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    return edit;
}

} // namespace

SearchPanel::SearchPanel(TranscriptsWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_from(periodEdit(tr("Search from")))
    , m_to(periodEdit(tr("Search to")))
    , m_voice(named(new QCheckBox(tr("Voi&ce")), tr("Voice interactions")))
    , m_chat(named(new QCheckBox(tr("Ch&at")), tr("Chat interactions")))
    , m_email(named(new QCheckBox(tr("E&mail")), tr("Email interactions")))
    , m_search(named(new QPushButton(tr("&Search")), tr("Search interactions")))
{
    m_search->setDefault(true);
    row(this, {labelFor(tr("&From:"), m_from), m_from, labelFor(tr("T&o:"), m_to), m_to, Gap{12},
               m_voice, m_chat, m_email, Gap{12}, m_search, Stretch()});
    showQuery();
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &SearchPanel::report);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &SearchPanel::report);
    for (QCheckBox *c : {m_voice, m_chat, m_email})
        connect(c, &QCheckBox::toggled, this, &SearchPanel::report);
    connect(m_search, &QPushButton::clicked, workspace, &TranscriptsWorkspace::search);
    connect(workspace, &TranscriptsWorkspace::queryChanged, this, &SearchPanel::showQuery);
    connect(workspace, &Workspace::actionsChanged, this,
            [this] { m_search->setEnabled(m_workspace->canSearch()); });
    m_search->setEnabled(workspace->canSearch());
}

void SearchPanel::showQuery()
{
    m_showing = true;
    const TranscriptSearch &q = m_workspace->query();
    m_from->setDateTime(q.from);
    m_to->setDateTime(q.to);
    m_voice->setChecked(q.mediaTypes.contains(u"voice"));
    m_chat->setChecked(q.mediaTypes.contains(u"chat"));
    m_email->setChecked(q.mediaTypes.contains(u"email"));
    m_showing = false;
}

void SearchPanel::report()
{
    if (m_showing)
        return;
    TranscriptSearch q = m_workspace->query();
    q.from = m_from->dateTime();
    q.to = m_to->dateTime();
    q.mediaTypes.clear();
    if (m_voice->isChecked())
        q.mediaTypes << QStringLiteral("voice");
    if (m_chat->isChecked())
        q.mediaTypes << QStringLiteral("chat");
    if (m_email->isChecked())
        q.mediaTypes << QStringLiteral("email");
    m_workspace->setQuery(q);
}

} // namespace cxone
