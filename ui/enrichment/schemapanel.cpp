#include "ui/enrichment/schemapanel.h"

#include "models/enrichment/enrichmentworkspace.h"
#include "ui/layoutbuilder.h"

#include <QTreeWidget>
#include <QVBoxLayout>

namespace cxone {

SchemaPanel::SchemaPanel(EnrichmentWorkspace *workspace, QWidget *parent)
    : QGroupBox(tr("Attributes of the list"), parent)
    , m_workspace(workspace)
    , m_tree(named(new QTreeWidget, tr("Attributes of the list")))
{
    m_tree->setHeaderLabels({tr("Attribute"), tr("Type"), tr("Rules")});
    m_tree->setRootIsDecorated(false);
    auto *box = new QVBoxLayout(this);
    box->addWidget(m_tree);
    connect(workspace, &EnrichmentWorkspace::schemaLoaded, this, &SchemaPanel::update);
}

void SchemaPanel::update()
{
    m_tree->clear();
    for (const SchemaAttribute &a : m_workspace->schema().attributes) {
        QStringList rules;
        if (a.required)
            rules << tr("required");
        if (a.maxLength > 0)
            rules << tr("up to %1 characters").arg(a.maxLength);
        if (!a.enumValues.isEmpty())
            rules << a.enumValues.join(QStringLiteral(", "));
        auto *item = new QTreeWidgetItem(m_tree, {a.label.isEmpty() ? a.name : a.label,
                                                  SchemaAttribute::typeName(a.type),
                                                  rules.join(QStringLiteral("; "))});
        item->setToolTip(0, a.name);
    }
    m_tree->resizeColumnToContents(0);
}

} // namespace cxone
