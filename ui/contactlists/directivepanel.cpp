#include "ui/contactlists/directivepanel.h"

#include "models/contactlists/contactlistsworkspace.h"
#include "ui/contactlists/directiveform.h"
#include "ui/layoutbuilder.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace cxone {

DirectivePanel::DirectivePanel(ContactListsWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_form(new DirectiveForm)
    , m_survey(infoLabel(tr("Regions in the list"), workspace->surveyText()))
    , m_useRegions(
              named(new QPushButton(tr("Allo&w these")), tr("Allow the regions found in the list")))
    , m_guard(named(new QSpinBox, tr("Purge guard: share of the list")))
    , m_preview(named(new QPushButton(tr("&Preview")), tr("Preview the sanitization")))
{
    m_useRegions->setToolTip(tr("Allow every region the list's valid numbers belong to."));
    m_form->regionsLine()->addWidget(m_useRegions);
    m_form->form()->insertRow(1, tr("In this list:"), m_survey);
    m_preview->setDefault(true);
    m_form->optionsLine()->addWidget(m_preview);
    m_guard->setRange(1, 100);
    m_guard->setSuffix(tr(" %"));
    m_guard->setValue(workspace->purgeGuardPercent());
    m_guard->setToolTip(tr("When a run would purge more than this share of the list, Apply asks "
                           "for the number of contacts to be typed."));
    auto *guardLabel = new QLabel(tr("Ask to type the count when a run purges more than"));
    guardLabel->setBuddy(m_guard);
    m_form->form()->addRow(tr("Safety:"),
                           row({guardLabel, m_guard, new QLabel(tr("of the list.")), Stretch()}));
    column(this, {m_form});
    m_form->setSettings(workspace->settings());

    connect(m_form, &DirectiveForm::edited, workspace, &ContactListsWorkspace::setSettings);
    connect(m_form, &DirectiveForm::regionsTyped, workspace,
            &ContactListsWorkspace::noteRegionsTyped);
    connect(workspace, &ContactListsWorkspace::settingsChanged, this,
            [this] { m_form->setSettings(m_workspace->settings()); });
    connect(workspace, &ContactListsWorkspace::surveyChanged, this, [this] {
        m_survey->setText(m_workspace->surveyText());
        updateEnabled();
    });
    connect(m_guard, &QSpinBox::valueChanged, workspace,
            &ContactListsWorkspace::setPurgeGuardPercent);
    connect(m_useRegions, &QPushButton::clicked, workspace,
            &ContactListsWorkspace::useSurveyRegions);
    connect(m_preview, &QPushButton::clicked, this, &DirectivePanel::preview);
    connect(workspace, &Workspace::actionsChanged, this, &DirectivePanel::updateEnabled);
    updateEnabled();
}

void DirectivePanel::updateEnabled()
{
    m_preview->setEnabled(m_workspace->canPreview());
    m_useRegions->setEnabled(!m_workspace->survey().regions.isEmpty());
}

void DirectivePanel::preview()
{
    QString error;
    if (!m_workspace->startPreview(&error))
        QMessageBox::warning(this, tr("Directive"), error);
}

} // namespace cxone
