#include "ui/enrichment/crmfilepanel.h"

#include "models/engine/session/tenantsession.h"
#include "models/enrichment/enrichmentworkspace.h"
#include "ui/layoutbuilder.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace cxone {

CrmFilePanel::CrmFilePanel(EnrichmentWorkspace *workspace, QWidget *parent)
    : QGroupBox(tr("CRM export"), parent)
    , m_workspace(workspace)
    , m_open(named(new QPushButton(tr("&Open CSV…")), tr("Open a CRM export")))
    , m_demo(named(new QToolButton, tr("Open a demo export")))
    , m_info(infoLabel(tr("File details"), tr("Open a CSV file, or drop one here.")))
    , m_problems(infoLabel(tr("Problems in the file")))
    , m_offer(infoLabel(tr("Matching template")))
    , m_useOffer(named(new QPushButton(tr("Use it")), tr("Use the matching template")))
{
    m_demo->setText(tr("Demo exports"));
    m_demo->setPopupMode(QToolButton::InstantPopup);
    auto *demoMenu = new QMenu(m_demo);
    for (const char *f : {":/demo/crm-us-retention.csv", ":/demo/crm-uk-renewals.csv",
                          ":/demo/crm-guide-example.csv"}) {
        const QString path = QString::fromLatin1(f);
        demoMenu->addAction(QFileInfo(path).fileName(), this,
                            [this, path] { m_workspace->loadFile(path); });
    }
    m_demo->setMenu(demoMenu);
    column(this, {row({m_open, m_demo, Stretch()}), m_info, m_problems,
                  row({stretchOf(m_offer), m_useOffer})});
    connect(m_open, &QPushButton::clicked, this, &CrmFilePanel::choose);
    connect(m_useOffer, &QPushButton::clicked, this,
            [this] { m_workspace->useTemplate(m_workspace->matchingTemplate()); });
    connect(workspace, &EnrichmentWorkspace::fileChanged, this, &CrmFilePanel::update);
    connect(workspace, &Workspace::sessionChanged, this, &CrmFilePanel::update);
    connect(workspace, &Workspace::actionsChanged, this, &CrmFilePanel::update);
    update();
}

void CrmFilePanel::update()
{
    const TenantSession *session = m_workspace->session();
    m_demo->setVisible(session && session->isDemo());
    m_open->setEnabled(!m_workspace->isBusy() && !m_workspace->isReading());
    if (!m_workspace->fileText().isEmpty())
        m_info->setText(m_workspace->fileText());
    m_problems->setText(m_workspace->fileProblemsText());
    m_problems->setVisible(!m_problems->text().isEmpty());
    const QString offer = m_workspace->matchingTemplate();
    m_offer->setText(offer.isEmpty() ? QString()
                                     : tr("The file's columns match the saved template "
                                          "\u201c%1\u201d.")
                                               .arg(offer));
    m_offer->setVisible(!offer.isEmpty());
    m_useOffer->setVisible(!offer.isEmpty());
}

void CrmFilePanel::choose()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a CRM export"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_workspace->loadFile(path);
}

} // namespace cxone
