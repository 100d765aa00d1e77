#pragma once

#include <QGroupBox>

class QTreeWidget;

namespace cxone {

class EnrichmentWorkspace;

// The attributes of the campaign's list: name, type and rules (required, length, values).
class SchemaPanel final : public QGroupBox
{
    Q_OBJECT
public:
    explicit SchemaPanel(EnrichmentWorkspace *workspace, QWidget *parent = nullptr);

private:
    void update();

    EnrichmentWorkspace *m_workspace;
    QTreeWidget *m_tree;
};

} // namespace cxone
