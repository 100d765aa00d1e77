#pragma once

#include "models/transcripts/piieval.h"
#include "models/transcripts/transcriptmodels.h"
#include "ui/featurepage.h"

#include <QFutureWatcher>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTextBrowser;

namespace cxone {

class PagedReader;
class TranscriptExtractJob;

// Transcript extraction: search a period's interactions, choose some, extract them (the tenant's
// job, downloads, local masking, written to a folder or JSONL, pushed to a data lake), follow
// each artifact, and read a masked transcript with every mask shown as a chip naming its type.
class TranscriptsPage final : public FeaturePage
{
    Q_OBJECT
public:
    explicit TranscriptsPage(ConsoleContext *context, QWidget *parent = nullptr);
    ~TranscriptsPage() override;

    InteractionsModel *interactionsModel() const { return m_interactions; }
    ArtifactsModel *artifactsModel() const { return m_artifacts; }
    QTableView *interactionsView() const { return m_interactionView; }
    QTableView *artifactsView() const { return m_artifactView; }
    QTextBrowser *viewer() const { return m_viewer; }
    // The output the next extraction writes to.
    void setOutput(const QString &path);
    // Opens an interaction's masked transcript in the viewer.
    bool openTranscript(const QString &interactionId);
    // Scores the masking (the policy chosen on the page) against a labelled file of the user's
    // own, off the GUI thread; the result shows in the viewer. evaluationFinished tells when.
    void evaluateGold(const QString &path);

Q_SIGNALS:
    void searchFinished(bool ok);
    void evaluationFinished(bool ok);

protected:
    void onSessionChanged(TenantSession *session) override;

private:
    void buildUi();
    void search();
    void extract();
    void chooseOutput();
    void chooseGold();
    void showEvaluation();
    PiiMasker::Options maskOptions() const;
    void updateEnabled();
    void updateCounts();
    void openArtifactAt(const QModelIndex &proxyIndex);
    QStringList selectedIds() const;

    InteractionsModel *m_interactions;
    ArtifactsModel *m_artifacts;
    QSortFilterProxyModel *m_interactionProxy;
    QSortFilterProxyModel *m_artifactProxy;

    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QCheckBox *m_voice = nullptr;
    QCheckBox *m_chat = nullptr;
    QCheckBox *m_email = nullptr;
    QPushButton *m_searchButton = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_found = nullptr;
    QTableView *m_interactionView = nullptr;
    QComboBox *m_policy = nullptr;
    QComboBox *m_maskPolicy = nullptr;
    QPushButton *m_evalButton = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QLineEdit *m_output = nullptr;
    QPushButton *m_outputButton = nullptr;
    QLineEdit *m_lake = nullptr;
    QCheckBox *m_resume = nullptr;
    QPushButton *m_extractButton = nullptr;
    QLabel *m_extractInfo = nullptr;
    QTableView *m_artifactView = nullptr;
    QLabel *m_viewerTitle = nullptr;
    QTextBrowser *m_viewer = nullptr;

    QPointer<PagedReader> m_reader;
    QPointer<TranscriptExtractJob> m_job;
    QFutureWatcher<GoldFileEvaluation> m_evaluation;
    QString m_lastOutput;
};

} // namespace cxone
