#include "ui/contactlists/contactlistspage.h"

#include "models/contactlists/contactlistsworkspace.h"
#include "models/engine/entitylistmodel.h"
#include "models/engine/session/tenantsession.h"
#include "ui/confirmdialog.h"
#include "ui/contactlists/directivepanel.h"
#include "ui/contactlists/previewpanel.h"
#include "ui/contactlists/reasonschart.h"
#include "ui/contactlists/runspanel.h"
#include "ui/entitypicker.h"
#include "ui/layoutbuilder.h"
#include "ui/pagefocus.h"
#include "ui/runbar.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cxone {

ContactListsPage::ContactListsPage(ConsoleContext *context, QWidget *parent)
    : FeaturePage(context, new ContactListsWorkspace, parent)
    , m_workspace(static_cast<ContactListsWorkspace *>(FeaturePage::workspace()))
    , m_runBar(new RunBar(m_workspace, {tr("&Apply…"), tr("Apply the sanitization")}, {}))
{
    EntityPicker *picker = buildPicker();
    // The reasons and the runs share the side as tabs: stacked, each at its least height, they
    // made the page too tall for 1280×720 with the activity pane open.
    auto *side = named(new QTabWidget, tr("Reasons and runs"));
    side->addTab(new ReasonsChart(m_workspace), tr("Reas&ons"));
    side->addTab(new RunsPanel(m_workspace), tr("Ru&ns"));
    // The directive scrolls when the window is short rather than squeezing the preview.
    auto *directive = new QScrollArea;
    directive->setWidget(new DirectivePanel(m_workspace));
    directive->setWidgetResizable(true);
    directive->setFrameShape(QFrame::NoFrame);
    directive->setAccessibleName(tr("Directive"));
    directive->setMinimumHeight(fontMetrics().height() * 5);
    directive->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(side);
    // Inserted last, so that it is also the splitter's first child: the preview is the table a
    // search of the page finds first.
    auto *preview = new PreviewPanel(m_workspace);
    split->insertWidget(0, preview);
    setPageControls(this, picker->combo(), preview->search());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // What the last run did, until the next one.
    QLabel *outcome = infoLabel(tr("Outcome of the last run"));
    outcome->setFrameShape(QFrame::StyledPanel);
    outcome->setMargin(6);
    outcome->hide();
    setLayout(column({picker, directive, stretchOf(split), outcome, m_runBar}));

    connect(m_workspace, &ContactListsWorkspace::outcomeChanged, outcome, [this, outcome] {
        outcome->setText(m_workspace->outcomeText());
        outcome->setVisible(!m_workspace->outcomeText().isEmpty());
    });
    connect(m_runBar, &RunBar::applyClicked, this, &ContactListsPage::apply);
    followSession();
}

ContactListsPage::~ContactListsPage() = default;

EntityPicker *ContactListsPage::buildPicker()
{
    auto *picker = new EntityPicker(EntityPicker::Style::Combo,
                                    {tr("L&ist:"), tr("Contact list"), tr("Re&fresh"),
                                     tr("Refresh the contact lists"), tr("List details")},
                                    m_workspace->lists());
    picker->combo()->setMinimumContentsLength(28);
    auto *load = named(new QPushButton(tr("&Load contacts")), tr("Load the contacts of the list"));
    picker->addButton(load);
    connect(load, &QPushButton::clicked, m_workspace, &ContactListsWorkspace::loadContacts);
    connect(picker, &EntityPicker::currentIdChanged, m_workspace,
            &ContactListsWorkspace::setCurrentList);
    connect(picker, &EntityPicker::refreshRequested, m_workspace,
            qOverload<>(&ContactListsWorkspace::refreshLists));
    connect(m_workspace, &ContactListsWorkspace::listChanged, picker, [this, picker] {
        picker->setCurrentId(m_workspace->currentList() ? m_workspace->currentList()->id
                                                        : QString());
        picker->setInfo(m_workspace->listText());
    });
    connect(m_workspace, &Workspace::actionsChanged, picker, [this, picker, load] {
        picker->refreshButton()->setEnabled(m_workspace->session() && !m_workspace->isBusy());
        load->setEnabled(m_workspace->canLoad());
    });
    return picker;
}

void ContactListsPage::apply()
{
    if (!m_workspace->canApply() || isBusy())
        return;
    const QString journal = m_workspace->nextJournalPath();
    ConfirmDialog dialog(tr("Apply sanitization"), m_workspace->confirmationText(journal),
                         m_workspace->applyActionText(), this);
    if (m_workspace->purgeNeedsTyping())
        dialog.requireTyping(m_workspace->typingPrompt(), m_workspace->typingExpected());
    if (ask(&dialog))
        m_workspace->apply(journal);
    else
        m_workspace->applyDeclined();
}

} // namespace cxone
