#include "ui/transcripts/transcriptspage.h"

#include "models/transcripts/transcriptsworkspace.h"
#include "ui/layoutbuilder.h"
#include "ui/pagefocus.h"
#include "ui/transcripts/artifactspanel.h"
#include "ui/transcripts/extractpanel.h"
#include "ui/transcripts/interactionspanel.h"
#include "ui/transcripts/searchpanel.h"
#include "ui/transcripts/transcriptviewer.h"

#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cxone {

namespace {

// Two panels side by side sharing the width `left` to `right`; neither folds away.
QSplitter *sideBySide(QWidget *leftPanel, QWidget *rightPanel, int left, int right)
{
    auto *split = new QSplitter(Qt::Horizontal);
    split->setChildrenCollapsible(false);
    split->addWidget(leftPanel);
    split->addWidget(rightPanel);
    split->setStretchFactor(0, left);
    split->setStretchFactor(1, right);
    return split;
}

} // namespace

TranscriptsPage::TranscriptsPage(ConsoleContext *context, QWidget *parent)
    : FeaturePage(context, new TranscriptsWorkspace, parent)
    , m_workspace(static_cast<TranscriptsWorkspace *>(FeaturePage::workspace()))
{
    TranscriptsWorkspace *w = m_workspace;
    // The interactions and the extraction over the artifacts and the transcript being read.
    // The splitters are made in this order so that the sizes people left them at still apply.
    auto *split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    auto *interactions = new InteractionsPanel(w);
    split->addWidget(sideBySide(interactions, new ExtractPanel(w), 3, 1));
    split->addWidget(sideBySide(new ArtifactsPanel(w), new TranscriptViewer(w), 3, 2));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    setLayout(column({new SearchPanel(w), stretchOf(split)}));
    setPageControls(this, interactions->table(), interactions->filter());
    followSession();
}

TranscriptsPage::~TranscriptsPage() = default;

} // namespace cxone
