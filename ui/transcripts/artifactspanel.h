#pragma once

#include <QWidget>

class QModelIndex;

namespace cxone {

class RowsView;
class TranscriptsWorkspace;

// One row per transcript of the running or last extraction: its state, its masks by type, its
// time and any problem. The current row is read in the viewer.
class ArtifactsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ArtifactsPanel(TranscriptsWorkspace *workspace, QWidget *parent = nullptr);

private:
    void open(const QModelIndex &shown);

    TranscriptsWorkspace *m_workspace;
    RowsView *m_rows;
};

} // namespace cxone
