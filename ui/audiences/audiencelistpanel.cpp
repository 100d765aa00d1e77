#include "ui/audiences/audiencelistpanel.h"

#include "models/audiences/audiencedocument.h"
#include "models/audiences/audiencelistmodel.h"
#include "models/audiences/audiencesworkspace.h"
#include "ui/entitypicker.h"
#include "ui/layoutbuilder.h"
#include "ui/nametableview.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

namespace cxone {

AudienceListPanel::AudienceListPanel(AudiencesWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_new(named(new QPushButton(tr("&New audience")), tr("New audience")))
{
    m_proxy->setSourceModel(workspace->list());
    m_proxy->setSortRole(AudienceListModel::SortRole);
    m_picker = new EntityPicker(EntityPicker::Style::Table,
                                {{},
                                 tr("Audiences"),
                                 tr("&Refresh"),
                                 tr("Refresh the audience list"),
                                 tr("Audience list status"),
                                 tr("Search audiences"),
                                 tr("Search audiences by name, source or status…"),
                                 AudienceListModel::IdRole},
                                m_proxy);
    m_picker->addButton(m_new);
    m_picker->info()->hide(); // the page's status line speaks for the list
    QTableView *list = view();
    list->setSortingEnabled(true);
    list->sortByColumn(AudienceListModel::NameColumn, Qt::AscendingOrder);
    list->horizontalHeader()->setStretchLastSection(true);
    list->setAlternatingRowColors(false);
    column(this, {m_picker});

    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_picker, &EntityPicker::searchChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_picker, &EntityPicker::refreshRequested, workspace, &AudiencesWorkspace::refresh);
    connect(list, &QTableView::activated, this, [this](const QModelIndex &index) {
        open(index.data(AudienceListModel::IdRole).toString());
    });
    connect(list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AudienceListPanel::onCurrentRowChanged);
    connect(list, &QAbstractItemView::pressed, this, [this](const QModelIndex &index) {
        choose(index.data(AudienceListModel::IdRole).toString());
    });
    connect(workspace, &AudiencesWorkspace::current, this, &AudienceListPanel::showCurrent);
    connect(workspace, &AudiencesWorkspace::audienceLoaded, this, [this](const QString &id) {
        if (m_choosing == id)
            m_choosing.clear();
    });
    connect(workspace, &AudiencesWorkspace::listLoaded, list, &QTableView::resizeColumnsToContents);
}

QLineEdit *AudienceListPanel::search() const
{
    return m_picker->search();
}

QTableView *AudienceListPanel::view() const
{
    return m_picker->table();
}

QPushButton *AudienceListPanel::refreshButton() const
{
    return m_picker->refreshButton();
}

void AudienceListPanel::open(const QString &id)
{
    const AudienceDocument *doc = m_workspace->document();
    if (!m_workspace->session() || id.isEmpty() || id == doc->audienceId())
        return;
    if (doc->isModified() && m_mayDiscard && !m_mayDiscard()) {
        showCurrent(doc->audienceId());
        m_choosing.clear();
        return;
    }
    showCurrent(id);
    m_workspace->load(id);
}

void AudienceListPanel::onCurrentRowChanged(const QModelIndex &index, const QModelIndex &previous)
{
    if (m_showing || !index.isValid())
        return;
    const QString id = index.data(AudienceListModel::IdRole).toString();
    const QString held = m_workspace->document()->audienceId();
    // The same audience on another row (the list was sorted or grew): nothing to do.
    if (id == held
        || (previous.isValid() && previous.data(AudienceListModel::IdRole).toString() == id))
        return;
    // Moving to a row in the focused list is a choice (arrow keys, type-ahead, a click, also the
    // first one after Ctrl+3); a press reports itself too. The view also moves its current row by
    // itself (a list filled again, a focus gained): the list then goes back to what the editor
    // holds.
    const auto *names = qobject_cast<const NameTableView *>(view());
    if (view()->hasFocus() && (previous.isValid() || (names && names->isMovedByUser())))
        choose(id);
    else
        showCurrent(held);
}

void AudienceListPanel::choose(const QString &id)
{
    const AudienceDocument *doc = m_workspace->document();
    if (id.isEmpty() || id == doc->audienceId() || id == m_choosing)
        return;
    m_choosing = id;
    if (!doc->isModified()) {
        open(id);
        return;
    }
    // The list keeps showing what the editor holds until the question is answered, asked after
    // the click is handled (and has selected its row), not inside it.
    showCurrent(doc->audienceId());
    QTimer::singleShot(0, this, [this, id] {
        showCurrent(m_workspace->document()->audienceId());
        open(id);
        if (m_choosing == id && m_workspace->document()->isModified())
            m_choosing.clear(); // not discarded: the next click asks again
    });
}

void AudienceListPanel::showCurrent(const QString &id)
{
    const int row = m_workspace->list()->rowOf(id);
    QItemSelectionModel *selection = view()->selectionModel();
    m_showing = true;
    if (row < 0) {
        view()->clearSelection();
        selection->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    } else {
        selection->setCurrentIndex(m_proxy->mapFromSource(m_workspace->list()->index(row, 0)),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_showing = false;
}

} // namespace cxone
