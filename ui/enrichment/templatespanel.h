#pragma once

#include <QGroupBox>

class QComboBox;
class QPushButton;

namespace cxone {

class EnrichmentWorkspace;

// Saved mapping templates: use one on the open file, save the current mapping as one, import,
// export and delete them. What each did is said in the page's status line.
class TemplatesPanel final : public QGroupBox
{
    Q_OBJECT
public:
    explicit TemplatesPanel(EnrichmentWorkspace *workspace, QWidget *parent = nullptr);

private:
    void reload(const QString &select);
    void updateEnabled();
    void saveAs();
    void importFile();
    void exportFile();
    void remove();

    EnrichmentWorkspace *m_workspace;
    QPushButton *m_use;
    QPushButton *m_save;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_delete;
    QComboBox *m_names;
};

} // namespace cxone
