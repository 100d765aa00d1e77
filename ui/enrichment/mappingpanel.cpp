#include "ui/enrichment/mappingpanel.h"

#include "models/enrichment/enrichmentworkspace.h"
#include "models/enrichment/enrichmodels.h"
#include "ui/layoutbuilder.h"

#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace cxone {

namespace {

// The target column: a combo of "(ignored)", "(contact id)" and the list's attributes.
class TargetDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(QObject::tr("Attribute for column %1")
                                         .arg(index.siblingAtColumn(0).data().toString()));
        for (const QString &choice : index.data(MappingModel::ChoicesRole).toStringList())
            combo->addItem(choice.isEmpty() ? QObject::tr("(ignored)") : choice, choice);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

} // namespace

MappingPanel::MappingPanel(EnrichmentWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_view(named(new QTableView, tr("Column mapping")))
    , m_decimalAdvice(named(new QLabel, tr("Decimal mark to decide")))
    , m_readPoint(named(new QPushButton(tr("Read with a decimal poin&t")),
                        tr("Read numbers with a decimal point")))
    , m_readComma(named(new QPushButton(tr("Read with a dec&imal comma")),
                        tr("Read numbers with a decimal comma")))
{
    auto *hint = new QLabel(tr("Each column of the file feeds an attribute of the list, or is "
                               "ignored. Press F2 or Enter on a row, or double-click it, to "
                               "change its attribute."));
    hint->setWordWrap(true);
    m_view->setModel(workspace->mapping()); // in the file's column order
    m_view->setItemDelegateForColumn(MappingModel::TargetColumn, new TargetDelegate(this));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->installEventFilter(this);
    m_decimalAdvice->setWordWrap(true);
    m_decimalAdvice->setTextFormat(Qt::PlainText); // it quotes the file
    column(this,
           {hint, stretchOf(m_view), m_decimalAdvice, row({m_readPoint, m_readComma, Stretch{}})});
    showDecimalAdvice();
    connect(m_readPoint, &QPushButton::clicked, this,
            [this] { m_workspace->chooseDecimalMark(DecimalMark::Point); });
    connect(m_readComma, &QPushButton::clicked, this,
            [this] { m_workspace->chooseDecimalMark(DecimalMark::Comma); });
    fitColumns(); // headers readable before a file is open
    connect(workspace->mapping(), &QAbstractItemModel::modelReset, this, &MappingPanel::fitColumns);
    connect(workspace, &EnrichmentWorkspace::planReady, this, [this] {
        // The counts are known now: their columns fit them (and their headers).
        for (const int c : {int(MappingModel::ConfidenceColumn), int(MappingModel::FilledColumn),
                            int(MappingModel::ErrorsColumn)})
            m_view->resizeColumnToContents(c);
        showDecimalAdvice();
    });
}

void MappingPanel::showDecimalAdvice()
{
    const QString text = m_workspace->decimalAdviceText();
    const QList<DecimalMark> offered = m_workspace->decimalMarksOffered();
    m_decimalAdvice->setText(text);
    m_decimalAdvice->setVisible(!text.isEmpty());
    m_readPoint->setVisible(offered.contains(DecimalMark::Point));
    m_readComma->setVisible(offered.contains(DecimalMark::Comma));
}

void MappingPanel::fitColumns()
{
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(MappingModel::SamplesColumn,
                                                     QHeaderView::Stretch);
}

bool MappingPanel::eventFilter(QObject *watched, QEvent *event)
{
    // A key an open editor did not take reaches the view too: only the view's own count.
    if (watched == m_view && event->type() == QEvent::KeyPress && m_view->hasFocus()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const QModelIndex current = m_view->currentIndex();
        if ((key == Qt::Key_F2 || key == Qt::Key_Return || key == Qt::Key_Enter)
            && current.isValid()) {
            const QModelIndex target = current.siblingAtColumn(MappingModel::TargetColumn);
            m_view->setCurrentIndex(target);
            m_view->edit(target);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cxone
