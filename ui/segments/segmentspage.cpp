#include "ui/segments/segmentspage.h"
#include "ui/emptystate.h"

#include "models/engine/jobs/pagedreader.h"
#include "models/engine/session/consolecontext.h"
#include "models/engine/session/tenantsession.h"
#include "models/engine/table/rowtablemodel.h"
#include "models/segments/segmentexportjob.h"
#include "models/segments/segmentlistmodel.h"
#include "network/apiclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cxone {

namespace {

enum ValueEditor {
    TextEditor,
    IntegerEditor,
    NumberEditor,
    DateEditor,
    BooleanEditor,
    DateTimeEditor
};

ValueEditor editorFor(const QString &type, const QString &op)
{
    if (op == u"in")
        return TextEditor;
    if (type == u"integer")
        return IntegerEditor;
    if (type == u"number" || type == u"decimal")
        return NumberEditor;
    if (type == u"date")
        return DateEditor;
    if (type == u"datetime")
        return DateTimeEditor;
    if (type == u"boolean")
        return BooleanEditor;
    return TextEditor;
}

QString operatorLabel(const QString &op)
{
    if (op == u"equals")
        return QObject::tr("equals");
    if (op == u"not_equals")
        return QObject::tr("does not equal");
    if (op == u"contains")
        return QObject::tr("contains");
    if (op == u"starts_with")
        return QObject::tr("starts with");
    if (op == u"greater_than")
        return QObject::tr("greater than");
    if (op == u"less_than")
        return QObject::tr("less than");
    if (op == u"in")
        return QObject::tr("is one of (comma-separated)");
    return op;
}

} // namespace

// The attributes flow in columns as wide as the longest name, and the list is as tall as its
// rows (two to eight): fourteen attributes take five lines, not a list scrolling inside a pane.
class AttributeList final : public QListWidget
{
public:
    using QListWidget::QListWidget;

    void refit()
    {
        const QFontMetrics metrics(font());
        int widest = metrics.horizontalAdvance(QLatin1Char('x')) * 12;
        for (int i = 0; i < count(); ++i)
            widest = std::max(widest, metrics.horizontalAdvance(item(i)->text()));
        const QSize cell(
                widest + style()->pixelMetric(QStyle::PM_IndicatorWidth) + 32,
                std::max(metrics.height(), style()->pixelMetric(QStyle::PM_IndicatorHeight)) + 6);
        if (gridSize() != cell)
            setGridSize(cell);
        const int columns = std::max(1, viewport()->width() / cell.width());
        const int rows = int((count() + columns - 1) / columns);
        const int wanted = std::clamp(rows, 2, 8) * cell.height() + 2 * frameWidth() + 2;
        if (height() != wanted)
            setFixedHeight(wanted);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QListWidget::resizeEvent(event);
        refit();
    }
};

SegmentsPage::SegmentsPage(ConsoleContext *context, QWidget *parent)
    : FeaturePage(context, parent)
    , m_segments(new SegmentListModel(this))
    , m_proxy(new SegmentFilterProxy(this))
    , m_rows(new RowTableModel({}, this))
    , m_noRows(new RowTableModel({}, this))
{
    m_proxy->setSourceModel(m_segments);
    buildUi();
    followSession();
}

SegmentsPage::~SegmentsPage()
{
    // The filter list's model signals as the children go; nothing here may answer by then.
    if (m_filterList)
        m_filterList->model()->disconnect(this);
}

void SegmentsPage::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    auto *horizontal = new QSplitter(Qt::Horizontal, vertical);
    outer->addWidget(vertical);

    // --- the list
    auto *listPane = new QWidget(horizontal);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    m_search = named(new QLineEdit(listPane), tr("Search segments"));
    m_search->setPlaceholderText(tr("Search segments by name, id or status"));
    enableClearButton(m_search, tr("Clear the search"));
    m_refresh = named(new QPushButton(tr("&Refresh"), listPane), tr("Refresh segment list"));
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_refresh);
    listLayout->addLayout(searchRow);
    m_list = named(new QTableView(listPane), tr("Segments"));
    m_list->setModel(m_proxy);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(SegmentListModel::NameColumn, Qt::AscendingOrder);
    m_list->verticalHeader()->hide();
    // The name is what people read: the other columns take what their contents need, the name
    // the rest, and never less than a readable width (the table scrolls sideways instead).
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(SegmentListModel::NameColumn,
                                                     QHeaderView::Stretch);
    m_list->horizontalHeader()->setMinimumSectionSize(60);
    listPane->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 60);
    m_list->setAlternatingRowColors(true);
    listLayout->addWidget(m_list, 1);
    m_listStatus
            = named(new QLabel(tr("No tenant is active."), listPane), tr("Segment list status"));
    m_listStatus->setWordWrap(true);
    listLayout->addWidget(m_listStatus);

    // --- the detail pane
    auto *rightPane = new QWidget(horizontal);
    auto *right = new QVBoxLayout(rightPane);
    right->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(rightPane);
    scroll->setAccessibleName(tr("Segment details"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    right->addWidget(scroll, 1);
    auto *detail = new QWidget(scroll);
    scroll->setWidget(detail);
    auto *d = new QVBoxLayout(detail);
    m_title = named(new QLabel(tr("Select a segment"), detail), tr("Segment name"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_meta = named(new QLabel(detail), tr("Segment details"));
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_verdict = named(new QLabel(detail), tr("Export verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setFocusPolicy(Qt::TabFocus);
    d->addWidget(m_title);
    d->addWidget(m_meta);
    d->addWidget(m_verdict);

    auto *filters = new QGroupBox(tr("Filters"), detail);
    auto *f = new QVBoxLayout(filters);
    auto *builder = new QHBoxLayout;
    m_filterAttribute = named(new QComboBox(filters), tr("Filter attribute"));
    m_filterOperator = named(new QComboBox(filters), tr("Filter operator"));
    m_valueStack = new QStackedWidget(filters);
    m_textValue = named(new QLineEdit(m_valueStack), tr("Filter value"));
    m_intValue = named(new QSpinBox(m_valueStack), tr("Filter value (whole number)"));
    m_intValue->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    m_numberValue = named(new QDoubleSpinBox(m_valueStack), tr("Filter value (number)"));
    m_numberValue->setRange(-1e12, 1e12);
    m_numberValue->setDecimals(2);
    m_dateValue
            = named(new QDateEdit(QDate::currentDate(), m_valueStack), tr("Filter value (date)"));
    m_dateValue->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateValue->setCalendarPopup(true);
    m_boolValue = named(new QComboBox(m_valueStack), tr("Filter value (true or false)"));
    m_boolValue->addItems({QStringLiteral("true"), QStringLiteral("false")});
    m_valueStack->addWidget(m_textValue);
    m_valueStack->addWidget(m_intValue);
    m_valueStack->addWidget(m_numberValue);
    m_valueStack->addWidget(m_dateValue);
    m_valueStack->addWidget(m_boolValue);
    // Shown and typed in local time, sent in UTC.
    m_dateTimeValue = named(new QDateTimeEdit(QDateTime::currentDateTime(), m_valueStack),
                            tr("Filter value (date and time, local)"));
    m_dateTimeValue->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_dateTimeValue->setCalendarPopup(true);
    m_valueStack->addWidget(m_dateTimeValue);
    m_addFilter = named(new QPushButton(tr("&Add filter"), filters), tr("Add filter"));
    builder->addWidget(m_filterAttribute, 2);
    builder->addWidget(m_filterOperator, 2);
    builder->addWidget(m_valueStack, 3);
    builder->addWidget(m_addFilter);
    f->addLayout(builder);
    m_filterList = named(new QListWidget(filters), tr("Active filters"));
    m_removeFilter
            = named(new QPushButton(tr("Remove filter"), filters), tr("Remove selected filter"));
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_filterList, 1);
    listRow->addWidget(m_removeFilter, 0, Qt::AlignTop);
    // The list of filters takes room only once there is one.
    const auto showFilters = [this] {
        const bool any = m_filterList->count() > 0;
        m_filterList->setVisible(any);
        // As tall as its filters, up to three; more scroll.
        m_filterList->setFixedHeight(m_filterList->sizeHintForRow(0)
                                             * std::clamp(m_filterList->count(), 1, 3)
                                     + 2 * m_filterList->frameWidth() + 2);
        m_removeFilter->setVisible(any);
        QTimer::singleShot(0, this, &SegmentsPage::fitSettingsPane);
    };
    connect(m_filterList->model(), &QAbstractItemModel::rowsInserted, this, showFilters);
    connect(m_filterList->model(), &QAbstractItemModel::rowsRemoved, this, showFilters);
    connect(m_filterList->model(), &QAbstractItemModel::modelReset, this, showFilters);
    showFilters();
    f->addLayout(listRow);
    d->addWidget(filters);

    auto *attrs = new QGroupBox(tr("Attributes to export"), detail);
    auto *a = new QVBoxLayout(attrs);
    m_attributes = named(new AttributeList(attrs), tr("Attributes to export"));
    m_attributes->setFlow(QListView::LeftToRight);
    m_attributes->setWrapping(true);
    m_attributes->setResizeMode(QListView::Adjust);
    m_attributes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *attrRow = new QHBoxLayout;
    attrRow->addWidget(m_attributes, 1);
    auto *attrButtons = new QVBoxLayout;
    m_allAttributes = named(new QPushButton(tr("A&ll"), attrs), tr("Export every attribute"));
    m_noAttributes = named(new QPushButton(tr("&None"), attrs), tr("Export no attribute"));
    attrButtons->addWidget(m_allAttributes);
    attrButtons->addWidget(m_noAttributes);
    attrButtons->addStretch(1);
    attrRow->addLayout(attrButtons);
    a->addLayout(attrRow);
    const auto checkAll = [this](Qt::CheckState state) {
        // Deprecated attributes are never checked; one verdict update for the whole change.
        const QSignalBlocker block(m_attributes);
        for (int i = 0; i < m_attributes->count(); ++i) {
            QListWidgetItem *item = m_attributes->item(i);
            if (item->flags() & Qt::ItemIsUserCheckable)
                item->setCheckState(state);
        }
        updateVerdict();
    };
    connect(m_allAttributes, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Checked); });
    connect(m_noAttributes, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Unchecked); });
    d->addWidget(attrs);

    // Three short settings share a row, so that the whole pane fits without scrolling on a
    // laptop screen.
    auto *output = new QGroupBox(tr("Output"), detail);
    auto *form = new QGridLayout(output);
    const auto label = [output](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, output);
        l->setBuddy(buddy);
        return l;
    };
    m_maxAgeHours = named(new QSpinBox(output), tr("Freshness limit in hours"));
    m_maxAgeHours->setRange(1, 24 * 365);
    m_maxAgeHours->setValue(24);
    m_maxAgeHours->setSuffix(tr(" h"));
    form->addWidget(label(tr("&Freshness limit:"), m_maxAgeHours), 0, 0);
    form->addWidget(m_maxAgeHours, 0, 1);
    m_pageSize = named(new QSpinBox(output), tr("Page size"));
    m_pageSize->setRange(1, SegmentsApi::kMaxPageSize);
    m_pageSize->setValue(SegmentsApi::kDefaultPageSize);
    form->addWidget(label(tr("&Page size:"), m_pageSize), 0, 2);
    form->addWidget(m_pageSize, 0, 3);
    m_format = named(new QComboBox(output), tr("Output format"));
    m_format->addItem(tr("CSV (RFC 4180, UTF-8)"), int(ExportFormat::Csv));
    m_format->addItem(tr("JSON lines"), int(ExportFormat::Jsonl));
    form->addWidget(label(tr("F&ormat:"), m_format), 0, 4);
    form->addWidget(m_format, 0, 5);
    m_output = named(new QLineEdit(output), tr("Output file"));
    m_browse = named(new QPushButton(tr("&Browse…"), output), tr("Choose output file"));
    form->addWidget(label(tr("Output f&ile:"), m_output), 1, 0);
    auto *outRow = new QHBoxLayout;
    outRow->addWidget(m_output, 1);
    outRow->addWidget(m_browse);
    form->addLayout(outRow, 1, 1, 1, 5);
    m_cdpUrl = named(new QLineEdit(output), tr("CDP callback URL"));
    m_cdpUrl->setPlaceholderText(tr("optional: each page's records are POSTed here"));
    form->addWidget(label(tr("&CDP URL:"), m_cdpUrl), 2, 0);
    auto *cdpRow = new QHBoxLayout;
    cdpRow->addWidget(m_cdpUrl, 1);
    m_cdpRequired = named(new QCheckBox(tr("Stop if a callback fails"), output),
                          tr("Stop the export when a CDP callback fails"));
    m_cdpRequired->setToolTip(tr("Stop the export when the CDP callback of a page fails. "
                                 "Unticked, a failed callback is recorded and the export goes "
                                 "on."));
    cdpRow->addWidget(m_cdpRequired);
    form->addLayout(cdpRow, 2, 1, 1, 5);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 1);
    form->setColumnStretch(5, 2);
    d->addWidget(output);

    d->addStretch(1);
    // The actions stay in view however far the options are scrolled.
    auto *buttons = new QHBoxLayout;
    m_export = named(new QPushButton(tr("&Export"), rightPane), tr("Export segment"));
    m_export->setDefault(true);
    m_resume = named(new QPushButton(tr("Res&ume"), rightPane), tr("Resume interrupted export"));
    m_cancel = named(new QPushButton(tr("Cancel export"), rightPane), tr("Cancel export"));
    buttons->addWidget(progressBar());
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_cancel);
    right->addLayout(buttons);

    // --- the streamed records
    auto *results = new QWidget(vertical);
    auto *r = new QVBoxLayout(results);
    r->setContentsMargins(0, 0, 0, 0);
    m_jobStatus = named(statusLabel(), tr("Export status"));
    m_jobStatus->setText(tr("No export yet."));
    r->addWidget(m_jobStatus);
    m_table = named(new QTableView(results), tr("Exported records"));
    m_table->setModel(m_rows);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    r->addWidget(m_table, 1);
    setEmptyStateText(m_table, tr("The records of an export show here as they arrive. Pick an "
                                  "exportable segment, choose filters and attributes, then "
                                  "Export."));

    horizontal->setStretchFactor(0, 3);
    horizontal->setStretchFactor(1, 4);
    horizontal->setSizes({560, 720});
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setChildrenCollapsible(false);
    m_vertical = vertical;
    connect(vertical, &QSplitter::splitterMoved, this, [this] { m_splitterSet = true; });
    m_detail = detail;

    m_resumeCheck = new QTimer(this);
    m_resumeCheck->setSingleShot(true);
    m_resumeCheck->setInterval(200);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &SegmentFilterProxy::setSearchText);
    connect(m_refresh, &QPushButton::clicked, this, &SegmentsPage::refresh);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SegmentsPage::onSelectionChanged);
    connect(m_filterAttribute, &QComboBox::currentIndexChanged, this,
            &SegmentsPage::onFilterAttributeChanged);
    connect(m_filterOperator, &QComboBox::currentIndexChanged, this, [this] {
        const SegmentAttribute *attr = m_current.attribute(m_filterAttribute->currentText());
        m_valueStack->setCurrentIndex(editorFor(attr ? attr->type : QString(),
                                                m_filterOperator->currentData().toString()));
    });
    connect(m_addFilter, &QPushButton::clicked, this, &SegmentsPage::addFilter);
    connect(m_textValue, &QLineEdit::returnPressed, this, &SegmentsPage::addFilter);
    connect(m_removeFilter, &QPushButton::clicked, this, &SegmentsPage::removeFilter);
    connect(m_attributes, &QListWidget::itemChanged, this, &SegmentsPage::updateVerdict);
    connect(m_maxAgeHours, &QSpinBox::valueChanged, this, [this](int hours) {
        m_segments->setMaxAge(std::chrono::hours(hours));
        updateVerdict();
    });
    connect(m_pageSize, &QSpinBox::valueChanged, this, &SegmentsPage::updateVerdict);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const QString path = m_output->text();
        const QString ext = m_format->currentData().toInt() == int(ExportFormat::Jsonl)
                                    ? QStringLiteral(".jsonl")
                                    : QStringLiteral(".csv");
        if (path.endsWith(u".csv") || path.endsWith(u".jsonl"))
            m_output->setText(path.left(path.lastIndexOf(u'.')) + ext);
        updateVerdict();
    });
    connect(m_output, &QLineEdit::textChanged, this, [this] {
        m_resumeCheck->start();
        updateVerdict();
    });
    connect(m_resumeCheck, &QTimer::timeout, this, &SegmentsPage::updateResume);
    connect(m_browse, &QPushButton::clicked, this, &SegmentsPage::browseOutput);
    connect(m_cdpUrl, &QLineEdit::textChanged, this, &SegmentsPage::updateVerdict);
    connect(m_export, &QPushButton::clicked, this, [this] { startExport(false); });
    connect(m_resume, &QPushButton::clicked, this, [this] { startExport(true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    showSegment(nullptr);
}

void SegmentsPage::firstShown(bool sizesRestored)
{
    if (sizesRestored)
        m_splitterSet = true; // the sizes the user left
    else
        fitSettingsPane();
}

void SegmentsPage::fitSettingsPane()
{
    // Until the user moves the splitter: the settings get the height their form needs (no
    // scrolling to reach the output file), the records at least six lines.
    if (m_splitterSet || !isVisible())
        return;
    const QList<int> sizes = m_vertical->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    const int buttons = m_export->sizeHint().height() + 12;
    const int wanted = m_detail->sizeHint().height() + buttons;
    const int records = std::max(140, (fontMetrics().height() + 6) * 6);
    const int top = std::max(total / 2, std::min(wanted, total - records));
    m_vertical->setSizes({top, total - top});
}

void SegmentsPage::onSessionChanged(TenantSession *session)
{
    m_segments->setSegments({});
    showSegment(nullptr);
    m_states.clear(); // another tenant's segments
    m_rowsSegment.clear();
    m_rows->clear();
    if (!session) {
        m_listStatus->setText(tr("No tenant is active."));
        return;
    }
    refresh();
}

void SegmentsPage::refresh()
{
    if (!session())
        return;
    m_listStatus->setText(tr("Loading segments…"));
    m_refresh->setEnabled(false);
    delete m_listReader;
    m_listReader = new PagedReader(session()->client(), this);
    auto segments = std::make_shared<QList<SegmentInfo>>();
    connect(m_listReader, &PagedReader::pageRead, this, [this, segments] {
        m_listStatus->setText(tr("Loading segments… %n so far", nullptr, int(segments->size())));
    });
    connect(m_listReader, &PagedReader::finished, this,
            [this, segments](bool ok) { onSegmentsLoaded(ok, *segments); });
    m_listReader->start(
            SegmentsApi::listRequest({}),
            [segments](const Result &page, std::optional<Request> *next, QString *error) {
                return SegmentsApi::readListPage(page, segments.get(), next, error);
            });
}

void SegmentsPage::onSegmentsLoaded(bool ok, const QList<SegmentInfo> &segments)
{
    m_refresh->setEnabled(true);
    if (!ok) {
        m_listStatus->setText(
                tr("The segment list could not be loaded: %1").arg(m_listReader->errorText()));
        return;
    }
    const QString selected = m_haveCurrent ? m_current.id : QString();
    m_segments->setSegments(segments);
    int exportable = 0;
    for (int i = 0; i < segments.size(); ++i)
        exportable += m_segments->verdictAt(i).allowed() ? 1 : 0;
    m_listStatus->setText(
            tr("%n segment(s), %1 exportable now.", nullptr, int(segments.size())).arg(exportable));
    m_list->resizeColumnsToContents();
    const int row = m_segments->rowOf(selected);
    if (row >= 0)
        m_list->selectRow(m_proxy->mapFromSource(m_segments->index(row, 0)).row());
}

void SegmentsPage::onSelectionChanged()
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        showSegment(nullptr);
        return;
    }
    showSegment(m_segments->segmentAt(m_proxy->mapToSource(rows.first()).row()));
}

void SegmentsPage::saveSegmentState()
{
    if (!m_haveCurrent)
        return;
    SegmentState &st = m_states[m_current.id];
    st.form = true;
    st.filters = m_filters;
    st.unchecked.clear();
    for (int i = 0; i < m_attributes->count(); ++i) {
        const QListWidgetItem *item = m_attributes->item(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() != Qt::Checked)
            st.unchecked.append(item->data(Qt::UserRole).toString());
    }
    st.output = m_output->text();
    st.status = m_jobStatus->text();
}

void SegmentsPage::setSegmentStatus(const QString &segmentId, const QString &text)
{
    m_states[segmentId].status = text;
    if (m_haveCurrent && m_current.id == segmentId)
        FeaturePage::setStatus(text);
}

void SegmentsPage::setStatus(const QString &text)
{
    if (m_job && !m_job->isFinished())
        setSegmentStatus(m_job->options().segmentId, text);
    else if (m_haveCurrent)
        setSegmentStatus(m_current.id, text);
    else
        FeaturePage::setStatus(text);
}

void SegmentsPage::showSegment(const SegmentInfo *segment)
{
    saveSegmentState();
    m_haveCurrent = segment != nullptr;
    m_current = segment ? *segment : SegmentInfo();
    m_filters.clear();
    m_filterList->clear();
    m_attributes->clear();
    m_filterAttribute->clear();
    const bool have = segment != nullptr;
    for (QWidget *w : std::initializer_list<QWidget *>{
                 m_filterAttribute, m_filterOperator, m_valueStack, m_addFilter, m_filterList,
                 m_removeFilter, m_attributes, m_allAttributes, m_noAttributes, m_output, m_browse})
        w->setEnabled(have);
    if (!segment) {
        m_title->setText(tr("Select a segment"));
        m_meta->clear();
        m_verdict->clear();
        m_attributes->refit();
        m_table->setModel(m_noRows);
        FeaturePage::setStatus(tr("Select a segment to see whether it can be exported."));
        updateVerdict();
        return;
    }
    m_title->setText(segment->name);
    m_meta->setText(tr("Id: %1\nStatus: %2 · Members: %3 · Last updated: %4")
                            .arg(segment->id, segment->status,
                                 segment->memberCount >= 0
                                         ? QLocale().toString(segment->memberCount)
                                         : tr("unknown"),
                                 segment->lastUpdated.isValid() ? QLocale().toString(
                                         segment->lastUpdated.toLocalTime(), QLocale::LongFormat)
                                                                : tr("unknown")));
    for (const SegmentAttribute &attr : segment->attributes) {
        // The name alone keeps the columns narrow; the type is in the tooltip.
        auto *item = new QListWidgetItem(
                attr.valid ? attr.name : tr("%1 — deprecated").arg(attr.name), m_attributes);
        item->setData(Qt::UserRole, attr.name);
        if (attr.valid) {
            item->setToolTip(tr("%1: %2").arg(attr.name, attr.type));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Checked);
            m_filterAttribute->addItem(attr.name);
        } else {
            item->setFlags(Qt::ItemIsSelectable); // shown, explained, never exported
            item->setCheckState(Qt::Unchecked);
            item->setToolTip(tr("%1: %2, deprecated. It cannot be exported: CXone refuses "
                                "queries that name deprecated attributes.")
                                     .arg(attr.name, attr.type));
        }
    }
    m_attributes->refit();
    QTimer::singleShot(0, this, &SegmentsPage::fitSettingsPane); // once the layout took it in
    QString name = segment->name;
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\-]+")), QStringLiteral("-"));
    // "Churn risk, Q3 (model v2)" -> Churn-risk-Q3-model-v2, not "…-v2-".
    while (name.startsWith(u'-'))
        name.remove(0, 1);
    while (name.endsWith(u'-'))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("segment");
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    const bool jsonl = m_format->currentData().toInt() == int(ExportFormat::Jsonl);
    m_output->setText(
            QDir(dir.isEmpty() ? QDir::homePath() : dir)
                    .filePath(name + (jsonl ? QStringLiteral(".jsonl") : QStringLiteral(".csv"))));
    // Back to a segment seen before: its filters, attributes, output and last word.
    const auto saved = m_states.constFind(segment->id);
    if (saved != m_states.constEnd() && saved->form) {
        for (const FilterSpec &f : saved->filters) {
            if (m_current.attribute(f.attribute)) {
                m_filters.append(f);
                addFilterItem(f);
            }
        }
        for (int i = 0; i < m_attributes->count(); ++i) {
            QListWidgetItem *item = m_attributes->item(i);
            if ((item->flags() & Qt::ItemIsUserCheckable)
                && saved->unchecked.contains(item->data(Qt::UserRole).toString()))
                item->setCheckState(Qt::Unchecked);
        }
        if (!saved->output.isEmpty())
            m_output->setText(saved->output);
    }
    FeaturePage::setStatus(saved != m_states.constEnd() && !saved->status.isEmpty()
                                   ? saved->status
                                   : tr("No export of this segment yet."));
    // The result table shows this segment's records, or none.
    m_table->setModel(m_rowsSegment == segment->id ? m_rows : m_noRows);
    onFilterAttributeChanged();
    updateVerdict();
    updateResume();
}

ExportOptions SegmentsPage::currentOptions() const
{
    ExportOptions o;
    o.segmentId = m_current.id;
    o.filters = m_filters;
    for (int i = 0; i < m_attributes->count(); ++i) {
        const QListWidgetItem *item = m_attributes->item(i);
        if (item->checkState() == Qt::Checked)
            o.attributes.append(item->data(Qt::UserRole).toString());
    }
    if (o.attributes.isEmpty() && m_attributes->count() > 0)
        o.attributes = {}; // contactId only is not offered: nothing checked means "all valid"
    o.pageSize = m_pageSize->value();
    o.format = ExportFormat(m_format->currentData().toInt());
    o.outputPath = m_output->text().trimmed();
    if (!m_cdpUrl->text().trimmed().isEmpty())
        o.cdpUrl = QUrl(m_cdpUrl->text().trimmed());
    o.stopOnCdpFailure = m_cdpRequired->isChecked();
    o.maxAge = std::chrono::hours(m_maxAgeHours->value());
    o.collectRows = true;
    return o;
}

void SegmentsPage::updateVerdict()
{
    const bool running = m_job && !m_job->isFinished();
    if (!m_haveCurrent) {
        m_export->setEnabled(false);
        m_resume->setEnabled(false);
        m_cancel->setEnabled(running);
        return;
    }
    const ExportVerdict v
            = validateExport(m_current, currentOptions(), QDateTime::currentDateTimeUtc());
    QString html;
    if (v.allowed())
        html = tr("<b style='color:#2e7d32'>Ready to export</b> %n attribute(s)", nullptr,
                  int(v.attributes.size()));
    else
        html = tr("<b style='color:#b03a2e'>Cannot be exported:</b>");
    html += QStringLiteral("<ul style='margin-top:2px'>");
    for (const VerdictReason &r : v.reasons) {
        const bool blocking = r.severity == VerdictReason::Severity::Blocking;
        html += QStringLiteral("<li>%1%2</li>")
                        .arg(blocking ? QString() : tr("<i>Note:</i> "), r.text.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    m_verdict->setText(html);
    m_verdict->setAccessibleDescription(
            QStringList(v.blockingTexts() + v.warningTexts()).join(u' '));
    m_export->setEnabled(v.allowed() && !running);
    m_cancel->setEnabled(running);
    updateResume();
}

void SegmentsPage::onFilterAttributeChanged()
{
    m_filterOperator->clear();
    const SegmentAttribute *attr = m_current.attribute(m_filterAttribute->currentText());
    if (!attr)
        return;
    for (const QString &op : segmentOperatorsForType(attr->type))
        m_filterOperator->addItem(operatorLabel(op), op);
    m_valueStack->setCurrentIndex(
            editorFor(attr->type, m_filterOperator->currentData().toString()));
}

void SegmentsPage::addFilter()
{
    const SegmentAttribute *attr = m_current.attribute(m_filterAttribute->currentText());
    if (!attr)
        return;
    FilterSpec f;
    f.attribute = attr->name;
    f.op = m_filterOperator->currentData().toString();
    switch (editorFor(attr->type, f.op)) {
    case IntegerEditor:
        f.value = QString::number(m_intValue->value());
        break;
    case NumberEditor:
        f.value = QString::number(m_numberValue->value(), 'g', 15);
        break;
    case DateEditor:
        f.value = m_dateValue->date().toString(Qt::ISODate);
        break;
    case DateTimeEditor: {
        // To the minute, as the editor shows it (its hidden seconds would surprise).
        QDateTime when = m_dateTimeValue->dateTime();
        when.setTime(QTime(when.time().hour(), when.time().minute()));
        f.value = when.toUTC().toString(Qt::ISODate);
    } break;
    case BooleanEditor:
        f.value = m_boolValue->currentText();
        break;
    case TextEditor:
        f.value = m_textValue->text();
        break;
    }
    QString error;
    if (typedSegmentFilterValue(*attr, f, &error).isUndefined()) {
        m_jobStatus->setText(error);
        return;
    }
    m_filters.append(f);
    addFilterItem(f);
    m_textValue->clear();
    updateVerdict();
}

void SegmentsPage::addFilterItem(const FilterSpec &f)
{
    auto *item = new QListWidgetItem(
            QStringLiteral("%1 %2 %3").arg(f.attribute, operatorLabel(f.op), f.value),
            m_filterList);
    item->setData(Qt::AccessibleTextRole, item->text());
}

void SegmentsPage::removeFilter()
{
    const int row = m_filterList->currentRow();
    if (row < 0 || row >= m_filters.size())
        return;
    m_filters.removeAt(row);
    delete m_filterList->takeItem(row);
    updateVerdict();
}

void SegmentsPage::updateResume()
{
    const bool running = m_job && !m_job->isFinished();
    const QString out = m_output->text().trimmed();
    const bool checkpoint
            = m_haveCurrent && !out.isEmpty() && QFileInfo::exists(ExportCheckpoint::pathFor(out));
    m_resume->setEnabled(checkpoint && !running && m_export->isEnabled());
    m_resume->setToolTip(checkpoint ? tr("An interrupted export of this file can be continued.")
                                    : tr("No interrupted export beside this file."));
}

void SegmentsPage::browseOutput()
{
    const bool jsonl = m_format->currentData().toInt() == int(ExportFormat::Jsonl);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_output->text(),
                                                      jsonl ? tr("JSON lines (*.jsonl)")
                                                            : tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_output->setText(path);
}

void SegmentsPage::startExport(bool resume)
{
    if (!session() || !m_haveCurrent || (m_job && !m_job->isFinished()))
        return;
    ExportOptions o = currentOptions();
    o.resume = resume;
    auto *job = new SegmentExportJob(session()->client(), o);
    m_job = job;
    m_rows->clear();
    m_rowsSegment = m_current.id;
    m_table->setModel(m_rows);
    setSegmentStatus(m_current.id,
                     resume ? tr("Resuming the export…") : tr("Starting the export…"));
    connect(job, &SegmentExportJob::columnsReady, this,
            [this](const QStringList &columns) { m_rows->setHeaders(columns); });
    connect(job, &SegmentExportJob::rowsReady, this, &SegmentsPage::appendRows);
    connect(job, &SegmentExportJob::metricsChanged, this, &SegmentsPage::showMetrics);
    connect(job, &Job::finished, this, &SegmentsPage::onJobFinished);
    track(job);
    updateVerdict();
}

void SegmentsPage::appendRows(const ExportRowsPtr &rows)
{
    // A resumed export's rows continue the file: number them from where it went on.
    if (m_rows->storedRows() == 0 && m_job)
        m_rows->setFirstRowNumber(m_job->metrics().resumedFromRecords + 1);
    std::vector<QByteArrayView> cells(size_t(rows->columns));
    quint32 start = 0;
    size_t cell = 0;
    for (qsizetype r = 0; r < rows->rowCount(); ++r) {
        for (int c = 0; c < rows->columns; ++c, ++cell) {
            const quint32 end = rows->ends[cell];
            cells[size_t(c)] = QByteArrayView(rows->text.constData() + start, end - start);
            start = end;
        }
        m_rows->appendRow(cells);
    }
}

void SegmentsPage::showMetrics(const ExportMetrics &m)
{
    if (m_job)
        setSegmentStatus(m_job->options().segmentId, metricsText(m));
}

QString SegmentsPage::metricsText(const ExportMetrics &m) const
{
    // Named so that they do not pass for the activity pane's figures: its call latency is per
    // HTTP call; this one is per page, retries and waits included. The rate is the average.
    const QLocale l;
    return (tr("%1 records in %2 pages · %3 records/s on average · page latency p50 %4 ms, "
               "p95 %5 ms (retries and waits included) · %6 retries, %7 rate-limit waits")
                    .arg(l.toString(m.records))
                    .arg(l.toString(m.pages))
                    .arg(l.toString(qint64(m.recordsPerSecond)))
                    .arg(l.toString(m.p50LatencyMs))
                    .arg(l.toString(m.p95LatencyMs))
                    .arg(l.toString(m.retries))
                    .arg(l.toString(m.rateLimitWaits)));
}

void SegmentsPage::onJobFinished()
{
    if (!m_job)
        return;
    m_rows->flush();
    const ExportMetrics m = m_job->metrics();
    const QString segmentId = m_job->options().segmentId;
    QString text;
    switch (m_job->state()) {
    case JobState::Succeeded:
        text = tr("Exported to %1 — %2").arg(m_job->options().outputPath, metricsText(m));
        if (m.resumedFromRecords > 0)
            text += u'\n'
                    + tr("The table shows the records from %1 on; the %2 before them were "
                         "exported by the interrupted run and are at the top of the file.")
                              .arg(QLocale().toString(m.resumedFromRecords + 1),
                                   QLocale().toString(m.resumedFromRecords));
        break;
    case JobState::Cancelled: {
        // Say what is true: only a checkpoint on disk can be resumed.
        ExportCheckpoint cp;
        QString cpError;
        const QLocale locale;
        if (ExportCheckpoint::load(m_job->options().outputPath, &cp, &cpError) && cp.pages > 0)
            text = tr("Cancelled. %1 records are kept; Resume continues from there.")
                           .arg(locale.toString(cp.records));
        else
            text = tr("Cancelled before the first page was kept; nothing to resume. Export "
                      "starts it again.");
        break;
    }
    default:
        text = m_job->errorText();
        break;
    }
    setSegmentStatus(segmentId, text);
    updateVerdict();
    if (m_job->state() == JobState::Failed && m_job->refusedOtherCheckpoint()
        && segmentId == m_current.id)
        offerCheckpointSettings(m_job->errorText());
}

void SegmentsPage::offerCheckpointSettings(const QString &why)
{
    ExportCheckpoint cp;
    QString error;
    if (!ExportCheckpoint::load(m_output->text().trimmed(), &cp, &error) || cp.pageSize <= 0)
        return;
    QMessageBox box(QMessageBox::Question, tr("Resume with its settings?"),
                    tr("%1\n\nSet the form back to the settings of the interrupted export and "
                       "resume it?")
                            .arg(why),
                    QMessageBox::Cancel, this);
    QPushButton *use = box.addButton(tr("Use its settings and resume"), QMessageBox::AcceptRole);
    use->setAccessibleName(tr("Use the checkpoint's settings and resume"));
    box.setDefaultButton(use);
    if (m_checkpointHook)
        m_checkpointHook(&box);
    else
        box.exec();
    if (box.clickedButton() != use)
        return;
    applyCheckpointSettings(cp);
    startExport(true);
}

void SegmentsPage::applyCheckpointSettings(const ExportCheckpoint &cp)
{
    m_pageSize->setValue(cp.pageSize);
    {
        const QSignalBlocker block(m_format); // the file stays the one beside the checkpoint
        m_format->setCurrentIndex(m_format->findData(int(cp.format)));
    }
    for (int i = 0; i < m_attributes->count(); ++i) {
        QListWidgetItem *item = m_attributes->item(i);
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(cp.attributes.contains(item->data(Qt::UserRole).toString())
                                        ? Qt::Checked
                                        : Qt::Unchecked);
    }
    m_filters.clear();
    m_filterList->clear();
    for (const QString &text : cp.filters) {
        // "attribute operator value", as sent; "in" values are a JSON list without brackets.
        const qsizetype a = text.indexOf(u' ');
        const qsizetype b = a < 0 ? -1 : text.indexOf(u' ', a + 1);
        if (b < 0)
            continue;
        FilterSpec f;
        f.attribute = text.left(a);
        f.op = text.mid(a + 1, b - a - 1);
        f.value = text.mid(b + 1);
        if (f.op == u"in") {
            const QJsonArray values
                    = QJsonDocument::fromJson(QByteArray('[' + f.value.toUtf8() + ']')).array();
            QStringList parts;
            for (const QJsonValue &v : values)
                parts.append(v.isString() ? v.toString() : QString::number(v.toDouble(), 'g', 15));
            if (!values.isEmpty())
                f.value = parts.join(u',');
        }
        m_filters.append(f);
        addFilterItem(f);
    }
    updateVerdict();
}

} // namespace cxone
