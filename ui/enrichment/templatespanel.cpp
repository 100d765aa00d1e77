#include "ui/enrichment/templatespanel.h"

#include "models/enrichment/enrichmentworkspace.h"
#include "ui/featurepage.h"
#include "ui/layoutbuilder.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QInputDialog>
#include <QPushButton>

namespace cxone {

TemplatesPanel::TemplatesPanel(EnrichmentWorkspace *workspace, QWidget *parent)
    : QGroupBox(tr("Mapping templates"), parent)
    , m_workspace(workspace)
    , m_use(named(new QPushButton(tr("Use")), tr("Use the chosen template")))
    , m_save(named(new QPushButton(tr("Save as…")), tr("Save the mapping as a template")))
    , m_import(named(new QPushButton(tr("Import…")), tr("Import a template file")))
    , m_export(named(new QPushButton(tr("Export…")), tr("Export the chosen template to a file")))
    , m_delete(named(new QPushButton(tr("Delete")), tr("Delete the chosen template")))
    , m_names(named(new QComboBox, tr("Saved mapping templates")))
{
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_names, 0, 0, 1, 3);
    grid->addWidget(m_use, 0, 3);
    grid->addWidget(m_save, 1, 0);
    grid->addWidget(m_import, 1, 1);
    grid->addWidget(m_export, 1, 2);
    grid->addWidget(m_delete, 1, 3);
    connect(m_use, &QPushButton::clicked, this,
            [this] { m_workspace->useTemplate(m_names->currentText()); });
    connect(m_save, &QPushButton::clicked, this, &TemplatesPanel::saveAs);
    connect(m_import, &QPushButton::clicked, this, &TemplatesPanel::importFile);
    connect(m_export, &QPushButton::clicked, this, &TemplatesPanel::exportFile);
    connect(m_delete, &QPushButton::clicked, this, &TemplatesPanel::remove);
    connect(workspace, &EnrichmentWorkspace::templatesChanged, this, &TemplatesPanel::reload);
    connect(workspace, &EnrichmentWorkspace::fileChanged, this, &TemplatesPanel::updateEnabled);
    connect(workspace, &Workspace::actionsChanged, this, &TemplatesPanel::updateEnabled);
    reload({});
}

void TemplatesPanel::reload(const QString &select)
{
    const QString keep = select.isEmpty() ? m_names->currentText() : select;
    m_names->clear();
    m_names->addItems(m_workspace->templateNames());
    m_names->setCurrentIndex(std::max(0, m_names->findText(keep)));
    updateEnabled();
}

void TemplatesPanel::updateEnabled()
{
    const bool haveTemplate = m_names->count() > 0;
    m_use->setEnabled(haveTemplate && m_workspace->hasFile());
    m_export->setEnabled(haveTemplate);
    m_delete->setEnabled(haveTemplate);
    m_save->setEnabled(m_workspace->hasFile());
}

void TemplatesPanel::saveAs()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save the mapping"), tr("Template name:"),
                                               QLineEdit::Normal, m_names->currentText(), &ok);
    if (ok)
        m_workspace->saveTemplate(name);
}

void TemplatesPanel::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a mapping template"), {},
                                                      tr("Templates (*.json)"));
    if (!path.isEmpty())
        m_workspace->importTemplate(path);
}

void TemplatesPanel::exportFile()
{
    const QString name = m_names->currentText();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the mapping template"),
                                                      name + QStringLiteral(".json"),
                                                      tr("Templates (*.json)"));
    if (!path.isEmpty())
        m_workspace->exportTemplate(name, path);
}

void TemplatesPanel::remove()
{
    const QString name = m_names->currentText();
    if (name.isEmpty())
        return;
    if (FeaturePage::confirmOn(this, tr("Delete the template"),
                               tr("Delete the mapping template \u201c%1\u201d?").arg(name),
                               tr("Delete")))
        m_workspace->deleteTemplate(name);
}

} // namespace cxone
