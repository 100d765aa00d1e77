#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QToolButton;

namespace cxone {

class EnrichmentWorkspace;

// The CRM export: open one (or a demo export on the demo tenant), what was read of it and its
// problems by line, and — when a saved template was made for files with these columns — the
// offer to use it.
class CrmFilePanel final : public QGroupBox
{
    Q_OBJECT
public:
    explicit CrmFilePanel(EnrichmentWorkspace *workspace, QWidget *parent = nullptr);

private:
    void update();
    void choose();

    EnrichmentWorkspace *m_workspace;
    QPushButton *m_open;
    QToolButton *m_demo;
    QLabel *m_info;
    QLabel *m_problems;
    QLabel *m_offer;
    QPushButton *m_useOffer;
};

} // namespace cxone
