#include "ui/transcripts/transcriptspage.h"

#include "models/engine/jobs/pagedreader.h"
#include "models/engine/session/tenantsession.h"
#include "models/engine/text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace cxone {

namespace {

QTableView *makeTable(QWidget *parent, QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setAccessibleName(name);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

} // namespace

TranscriptsPage::TranscriptsPage(ConsoleContext *context, QWidget *parent)
    : FeaturePage(context, parent)
    , m_interactions(new InteractionsModel(this))
    , m_artifacts(new ArtifactsModel(this))
    , m_interactionProxy(new QSortFilterProxyModel(this))
    , m_artifactProxy(new QSortFilterProxyModel(this))
{
    m_interactionProxy->setSourceModel(m_interactions);
    m_interactionProxy->setSortRole(Qt::UserRole);
    m_interactionProxy->setFilterKeyColumn(-1);
    m_interactionProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_artifactProxy->setSourceModel(m_artifacts);
    m_artifactProxy->setSortRole(Qt::UserRole);
    buildUi();
    connect(this, &FeaturePage::trackedJobFinished, this, [this](Job *job) {
        if (job == m_job) {
            const QString summary
                    = tr("%1: %2 written, %3 pushed, %4 done before, %5 failed; success %6\u00a0%.")
                              .arg(countText(m_job->total(), tr("transcript"), tr("transcripts")),
                                   QLocale().toString(m_job->written()),
                                   QLocale().toString(m_job->pushed()),
                                   QLocale().toString(m_job->skipped()),
                                   QLocale().toString(m_job->failed()),
                                   QLocale().toString(m_job->successRate() * 100.0, 'f', 1));
            m_extractInfo->setText(job->state() == JobState::Succeeded
                                           ? summary
                                           : summary + u' ' + job->errorText());
            m_resume->setChecked(true); // the same output again continues this run
        }
        updateEnabled();
    });
    followSession();
}

TranscriptsPage::~TranscriptsPage() = default;

void TranscriptsPage::buildUi()
{
    auto *root = new QVBoxLayout(this);

    // --- search
    auto *searchRow = new QHBoxLayout;
    const QDateTime now = QDateTime::currentDateTime();
    auto *fromLabel = new QLabel(tr("&From:"), this);
    m_from = named(new QDateTimeEdit(QDateTime(now.date().addDays(-1), QTime(0, 0)), this),
                   tr("Search from"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("T&o:"), this);
    m_to = named(new QDateTimeEdit(QDateTime(now.date().addDays(1), QTime(0, 0)), this),
                 tr("Search to"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    toLabel->setBuddy(m_to);
    m_voice = named(new QCheckBox(tr("Voi&ce"), this), tr("Voice interactions"));
    m_chat = named(new QCheckBox(tr("Ch&at"), this), tr("Chat interactions"));
    m_email = named(new QCheckBox(tr("E&mail"), this), tr("Email interactions"));
    for (QCheckBox *c : {m_voice, m_chat, m_email})
        c->setChecked(true);
    m_searchButton = named(new QPushButton(tr("&Search"), this), tr("Search interactions"));
    m_searchButton->setDefault(true);
    searchRow->addWidget(fromLabel);
    searchRow->addWidget(m_from);
    searchRow->addWidget(toLabel);
    searchRow->addWidget(m_to);
    searchRow->addSpacing(12);
    searchRow->addWidget(m_voice);
    searchRow->addWidget(m_chat);
    searchRow->addWidget(m_email);
    searchRow->addSpacing(12);
    searchRow->addWidget(m_searchButton);
    searchRow->addStretch(1);
    root->addLayout(searchRow);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    root->addWidget(split, 1);

    // --- interactions and the extraction settings
    auto *top = new QSplitter(Qt::Horizontal, split);
    top->setChildrenCollapsible(false);
    auto *left = new QWidget(top);
    auto *l = new QVBoxLayout(left);
    l->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("F&ilter:"), left);
    m_filter = named(new QLineEdit(left), tr("Filter interactions"));
    m_filter->setPlaceholderText(tr("Id, agent, media, direction…"));
    enableClearButton(m_filter, tr("Clear the filter"));
    filterLabel->setBuddy(m_filter);
    m_found = named(new QLabel(tr("Choose a period and search."), left), tr("Interactions found"));
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_found);
    l->addLayout(filterRow);
    m_interactionView = makeTable(left, m_interactionProxy, tr("Interactions"));
    m_interactionView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_interactionView->sortByColumn(InteractionsModel::Started, Qt::DescendingOrder);
    const int idWidth = m_interactionView->fontMetrics().horizontalAdvance(
                                QStringLiteral("int-00000000-0000-0000-0000-000000000000"))
                        + 16;
    m_interactionView->setColumnWidth(InteractionsModel::Id, idWidth);
    m_interactionView->setColumnWidth(InteractionsModel::Media, 70);
    m_interactionView->setColumnWidth(InteractionsModel::Started, 150);
    l->addWidget(m_interactionView, 1);

    auto *box = new QGroupBox(tr("Extract"), top);
    auto *form = new QFormLayout(box);
    m_policy = named(new QComboBox(box), tr("Tenant redaction policy"));
    m_policy->addItem(tr("Auto (partial)"), QStringLiteral("auto"));
    m_policy->addItem(tr("None"), QStringLiteral("none"));
    m_policy->addItem(tr("Full"), QStringLiteral("full"));
    m_policy->setToolTip(tr("What the tenant redacts before download. The console masks every "
                            "transcript locally whatever this says."));
    form->addRow(tr("Tenant &redaction:"), m_policy);
    m_maskPolicy = named(new QComboBox(box), tr("Mask policy"));
    m_maskPolicy->addItem(tr("Strict: every number somebody may have given"),
                          QVariant::fromValue(int(MaskPolicy::Strict)));
    m_maskPolicy->addItem(tr("Balanced: fewer masks on numbers that do not validate"),
                          QVariant::fromValue(int(MaskPolicy::Balanced)));
    m_maskPolicy->setToolTip(tr("How far local masking goes with numbers that fail validation. "
                                "Written into each transcript's mask report."));
    auto *maskRow = new QHBoxLayout;
    m_evalButton = named(new QPushButton(tr("Check masking on a &gold file…"), box),
                         tr("Score masking against a labelled file"));
    m_evalButton->setToolTip(tr("A JSONL file of your own lines with the personal data marked "
                                "({\"text\", \"entities\":[{type,start,end}]}): shows recall, "
                                "precision and characters left readable by type."));
    maskRow->addWidget(m_maskPolicy, 1);
    maskRow->addWidget(m_evalButton);
    auto *maskLabel = new QLabel(tr("Mas&king:"), box);
    maskLabel->setBuddy(m_maskPolicy);
    form->addRow(maskLabel, maskRow);
    m_concurrency = named(new QSpinBox(box), tr("Concurrent downloads"));
    m_concurrency->setRange(1, 10);
    m_concurrency->setValue(4);
    m_concurrency->setFocusPolicy(Qt::StrongFocus);
    form->addRow(tr("Dow&nloads at once:"), m_concurrency);
    auto *outputRow = new QHBoxLayout;
    m_output = named(new QLineEdit(box), tr("Output folder or JSONL file"));
    m_output->setText(
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                    .filePath(QStringLiteral("transcripts-%1")
                                      .arg(now.toString(QStringLiteral("yyyyMMdd-HHmm")))));
    m_outputButton = named(new QPushButton(tr("&Browse…"), box), tr("Choose the output"));
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(m_outputButton);
    auto *outputLabel = new QLabel(tr("Out&put:"), box);
    outputLabel->setBuddy(m_output);
    form->addRow(outputLabel, outputRow);
    m_lake = named(new QLineEdit(box), tr("Data-lake URL"));
    m_lake->setPlaceholderText(tr("https://… (empty: write only)"));
    enableClearButton(m_lake, tr("Clear the data-lake URL"));
    form->addRow(tr("Data &lake:"), m_lake);
    m_resume = named(new QCheckBox(tr("Contin&ue the run in this output"), box),
                     tr("Resume an earlier run"));
    form->addRow(QString(), m_resume);
    m_extractButton = named(new QPushButton(tr("E&xtract"), box), tr("Extract transcripts"));
    form->addRow(QString(), m_extractButton);
    m_extractInfo = named(new QLabel(box), tr("Extraction result"));
    m_extractInfo->setWordWrap(true);
    form->addRow(m_extractInfo);
    form->addRow(progressBar());
    form->addRow(statusLabel());
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 1);

    // --- artifacts and the viewer
    auto *bottom = new QSplitter(Qt::Horizontal, split);
    bottom->setChildrenCollapsible(false);
    m_artifactView = makeTable(bottom, m_artifactProxy, tr("Transcripts extracted"));
    m_artifactView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_artifactView->setColumnWidth(ArtifactsModel::Id, idWidth);
    m_artifactView->setColumnWidth(ArtifactsModel::State, 140);
    for (int c = ArtifactsModel::Masked; c <= ArtifactsModel::Ip; ++c)
        m_artifactView->setColumnWidth(c, 58);
    auto *viewerBox = new QWidget(bottom);
    auto *v = new QVBoxLayout(viewerBox);
    v->setContentsMargins(0, 0, 0, 0);
    m_viewerTitle = named(
            new QLabel(tr("Choose an extracted transcript to read it (masked)."), viewerBox),
            tr("Transcript title"));
    m_viewerTitle->setWordWrap(true);
    m_viewer = named(new QTextBrowser(viewerBox), tr("Masked transcript"));
    m_viewer->setOpenLinks(false);
    v->addWidget(m_viewerTitle);
    v->addWidget(m_viewer, 1);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    connect(m_searchButton, &QPushButton::clicked, this, &TranscriptsPage::search);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_interactionProxy->setFilterFixedString(text);
        updateCounts();
    });
    connect(m_interactionView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TranscriptsPage::updateCounts);
    connect(m_extractButton, &QPushButton::clicked, this, &TranscriptsPage::extract);
    connect(m_outputButton, &QPushButton::clicked, this, &TranscriptsPage::chooseOutput);
    connect(m_evalButton, &QPushButton::clicked, this, &TranscriptsPage::chooseGold);
    connect(&m_evaluation, &QFutureWatcher<GoldFileEvaluation>::finished, this,
            &TranscriptsPage::showEvaluation);
    connect(m_artifactView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { openArtifactAt(current); });
    connect(m_artifactView, &QTableView::activated, this, &TranscriptsPage::openArtifactAt);
    for (QCheckBox *c : {m_voice, m_chat, m_email})
        connect(c, &QCheckBox::toggled, this, &TranscriptsPage::updateEnabled);
    updateEnabled();
}

void TranscriptsPage::onSessionChanged(TenantSession *s)
{
    m_interactions->setInteractions({});
    m_artifacts->clear();
    m_viewer->clear();
    m_found->setText(s ? tr("Choose a period and search.")
                       : tr("Sign in to a tenant to search its interactions."));
    if (s && s->isDemo())
        m_lake->setText(s->profile()
                                .baseUrl.resolved(QUrl(QStringLiteral("/_sim/webhooks/lake")))
                                .toString());
    else
        m_lake->clear();
    updateEnabled();
}

void TranscriptsPage::setOutput(const QString &path)
{
    m_output->setText(path);
}

void TranscriptsPage::chooseOutput()
{
    const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Folder for the masked transcripts (one file each)"), m_output->text());
    if (!dir.isEmpty())
        m_output->setText(dir);
}

QStringList TranscriptsPage::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_interactionView->selectionModel()->selectedRows();
    if (!rows.isEmpty()) {
        for (const QModelIndex &r : rows)
            ids.append(m_interactions->at(m_interactionProxy->mapToSource(r).row()).id);
        return ids;
    }
    for (int r = 0; r < m_interactionProxy->rowCount(); ++r)
        ids.append(
                m_interactions
                        ->at(m_interactionProxy->mapToSource(m_interactionProxy->index(r, 0)).row())
                        .id);
    return ids;
}

void TranscriptsPage::updateCounts()
{
    const int shown = m_interactionProxy->rowCount();
    const int total = m_interactions->rowCount();
    const qsizetype selected = m_interactionView->selectionModel()->selectedRows().size();
    if (total == 0) {
        updateEnabled();
        return;
    }
    QString text = shown == total
                           ? countText(total, tr("interaction"), tr("interactions"))
                           : tr("%1 of %2 shown")
                                     .arg(QLocale().toString(shown), QLocale().toString(total));
    if (selected > 0)
        text += tr(", %1 selected").arg(QLocale().toString(selected));
    m_found->setText(text);
    updateEnabled();
}

void TranscriptsPage::updateEnabled()
{
    const bool signedIn = session() != nullptr;
    const bool busy = isBusy() || m_reader;
    const bool anyMedia = m_voice->isChecked() || m_chat->isChecked() || m_email->isChecked();
    m_searchButton->setEnabled(signedIn && !busy && anyMedia);
    const qsizetype selected = m_interactionView->selectionModel()->selectedRows().size();
    const qsizetype count = selected > 0 ? selected : m_interactionProxy->rowCount();
    m_extractButton->setEnabled(signedIn && !busy && count > 0);
    m_extractButton->setText(
            count > 0 ? tr("E&xtract %1").arg(countText(count, tr("transcript"), tr("transcripts")))
                      : tr("E&xtract"));
}

void TranscriptsPage::search()
{
    if (!session())
        return;
    TranscriptSearch s;
    s.from = m_from->dateTime().toUTC();
    s.to = m_to->dateTime().toUTC();
    if (m_voice->isChecked())
        s.mediaTypes << QStringLiteral("voice");
    if (m_chat->isChecked())
        s.mediaTypes << QStringLiteral("chat");
    if (m_email->isChecked())
        s.mediaTypes << QStringLiteral("email");
    if (const QString p = TranscriptsApi::searchProblem(s); !p.isEmpty()) {
        m_found->setText(p);
        return;
    }
    m_found->setText(tr("Searching…"));
    m_interactions->setInteractions({});
    auto *reader = new PagedReader(session()->client(), this);
    m_reader = reader;
    auto found = std::make_shared<QList<InteractionInfo>>();
    reader->start(
            TranscriptsApi::searchRequest(s),
            [this, s, found](const Result &page, std::optional<Request> *next, QString *error) {
                QString token;
                if (!TranscriptsApi::readSearchPage(page, found.get(), &token, error))
                    return false;
                m_found->setText(tr("Searching… %1 so far").arg(QLocale().toString(found->size())));
                if (!token.isEmpty())
                    *next = TranscriptsApi::searchRequest(s, token);
                return true;
            });
    connect(reader, &PagedReader::finished, this, [this, reader, found](bool ok) {
        reader->deleteLater();
        m_reader.clear();
        if (!ok) {
            m_found->setText(tr("The search failed: %1").arg(reader->errorText()));
        } else {
            m_interactions->setInteractions(std::move(*found));
            if (m_interactions->rowCount() == 0)
                m_found->setText(tr("No interactions in that period and those media types: "
                                    "widen the period or tick more media."));
            else
                updateCounts();
        }
        updateEnabled();
        Q_EMIT searchFinished(ok);
    });
    updateEnabled();
}

void TranscriptsPage::extract()
{
    if (!session())
        return;
    ExtractOptions o;
    o.interactionIds = selectedIds();
    o.policy = m_policy->currentData().toString();
    o.maskPolicy = maskOptions().policy;
    o.concurrency = m_concurrency->value();
    o.output = m_output->text().trimmed();
    if (!m_lake->text().trimmed().isEmpty())
        o.lakeUrl = QUrl(m_lake->text().trimmed(), QUrl::StrictMode);
    o.resume = m_resume->isChecked();
    m_artifacts->clear();
    m_viewer->clear();
    m_viewerTitle->setText(tr("Choose an extracted transcript to read it (masked)."));
    m_extractInfo->clear();
    m_lastOutput = o.output;
    auto *job = new TranscriptExtractJob(session()->client(), o);
    m_job = job;
    connect(job, &TranscriptExtractJob::artifactDone, m_artifacts, &ArtifactsModel::add);
    track(job);
    updateEnabled();
}

void TranscriptsPage::openArtifactAt(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const ArtifactOutcome &a = m_artifacts->at(m_artifactProxy->mapToSource(proxyIndex).row());
    if (a.state == u"failed") {
        m_viewerTitle->setText(tr("%1 was not extracted.").arg(a.interactionId));
        m_viewer->setPlainText(a.error);
        return;
    }
    openTranscript(a.interactionId);
}

bool TranscriptsPage::openTranscript(const QString &interactionId)
{
    QByteArray bytes;
    QString error;
    TranscriptView view;
    if (!loadMaskedArtifact(m_lastOutput.isEmpty() ? m_output->text() : m_lastOutput, interactionId,
                            &bytes, &error)
        || !readTranscriptView(bytes, &view, &error)) {
        m_viewerTitle->setText(tr("%1 cannot be shown.").arg(interactionId));
        m_viewer->setPlainText(error);
        return false;
    }
    QStringList found;
    for (auto it = view.maskReport.begin(); it != view.maskReport.end(); ++it) {
        if (it.value().toInteger() > 0)
            found << QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toInteger());
    }
    m_viewerTitle->setText(tr("%1 · %2 · agent %3 · masked: %4")
                                   .arg(view.interactionId, view.mediaType, view.agentName,
                                        found.isEmpty() ? tr("nothing") : found.join(u", ")));
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\">");
    for (const TranscriptTurn &t : std::as_const(view.turns)) {
        const QString time = t.startMs < 0
                                     ? QString()
                                     : QStringLiteral("%1:%2")
                                               .arg(t.startMs / 60000)
                                               .arg(t.startMs / 1000 % 60, 2, 10, QChar(u'0'));
        const bool agent = t.speaker == u"agent";
        html += QStringLiteral("<tr><td style=\"color:%1;font-weight:600;white-space:nowrap;\">"
                               "%2</td><td style=\"color:#6b7280;\">%3</td><td>%4</td></tr>")
                        .arg(agent ? QStringLiteral("#1d4ed8") : QStringLiteral("#047857"),
                             t.speaker == u"agent"      ? tr("Agent")
                             : t.speaker == u"customer" ? tr("Customer")
                                                        : t.speaker.toHtmlEscaped(),
                             time, maskedHtml(t.text));
    }
    html += QStringLiteral("</table>");
    m_viewer->setLineWrapMode(QTextEdit::WidgetWidth);
    m_viewer->setHtml(html);
    m_viewer->setAccessibleDescription(
            tr("Transcript of %1 with %n turn(s)", nullptr, int(view.turns.size()))
                    .arg(interactionId));
    return true;
}

PiiMasker::Options TranscriptsPage::maskOptions() const
{
    PiiMasker::Options o;
    o.policy = MaskPolicy(m_maskPolicy->currentData().toInt());
    return o;
}

void TranscriptsPage::chooseGold()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Labelled lines to score masking on"), QString(),
            tr("Labelled lines (*.jsonl *.json);;All files (*)"));
    if (!path.isEmpty())
        evaluateGold(path);
}

void TranscriptsPage::evaluateGold(const QString &path)
{
    if (m_evaluation.isRunning())
        return;
    m_evalButton->setEnabled(false);
    m_viewerTitle->setText(tr("Scoring masking on %1…").arg(QFileInfo(path).fileName()));
    m_viewer->clear();
    m_evaluation.setFuture(QtConcurrent::run(&evaluateGoldFile, path, maskOptions()));
}

void TranscriptsPage::showEvaluation()
{
    m_evalButton->setEnabled(true);
    const GoldFileEvaluation r = m_evaluation.result();
    if (!r.ok) {
        m_viewerTitle->setText(tr("Masking could not be scored."));
        m_viewer->setPlainText(r.error);
        Q_EMIT evaluationFinished(false);
        return;
    }
    const MaskEvaluation &ev = r.evaluation;
    m_viewerTitle->setText(tr("Masking scored on %1: recall %2, leaked %3 %, precision %4")
                                   .arg(QFileInfo(r.path).fileName(),
                                        QLocale().toString(ev.overall.recall(), 'f', 4),
                                        QLocale().toString(ev.overall.leaked() * 100, 'f', 2),
                                        QLocale().toString(ev.overall.precision(), 'f', 4)));
    QString text = ev.table();
    if (!ev.misses.isEmpty())
        text += tr("\nFirst entities not found:\n  %1\n").arg(ev.misses.mid(0, 10).join(u"\n  "));
    if (!ev.falseMasks.isEmpty())
        text += tr("\nFirst masks on no labelled entity:\n  %1\n")
                        .arg(ev.falseMasks.mid(0, 10).join(u"\n  "));
    m_viewer->setPlainText(text);
    m_viewer->setLineWrapMode(QTextEdit::NoWrap);
    Q_EMIT evaluationFinished(true);
}

} // namespace cxone
