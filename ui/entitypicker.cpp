#include "ui/entitypicker.h"

#include "ui/featurepage.h"
#include "ui/layoutbuilder.h"
#include "ui/nametableview.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

namespace cxone {

EntityPicker::EntityPicker(Style style, const Spec &spec, QAbstractItemModel *model,
                           QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_idRole(spec.idRole)
    , m_refresh(named(new QPushButton(spec.refreshText), spec.refreshName))
    , m_info(infoLabel(spec.infoName))
    , m_buttons(new QWidget)
{
    row(m_buttons, {m_refresh});
    connect(m_refresh, &QPushButton::clicked, this, &EntityPicker::refreshRequested);
    if (style == Style::Combo) {
        m_combo = named(new QComboBox, spec.name);
        m_combo->setModel(model);
        m_combo->setMinimumContentsLength(40);
        auto *label = new QLabel(spec.label);
        label->setBuddy(m_combo);
        column(this, {row({label, stretchOf(m_combo), m_buttons}), m_info});
        connect(m_combo, &QComboBox::currentIndexChanged, this, &EntityPicker::reportCurrent);
        followResets();
        return;
    }
    m_table = named(new NameTableView, spec.name); // type-ahead on the names (column 0)
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    QHBoxLayout *top = row({});
    if (!spec.searchName.isEmpty()) {
        m_search = named(new QLineEdit, spec.searchName);
        m_search->setPlaceholderText(spec.searchPlaceholder);
        enableClearButton(m_search, tr("Clear the search"));
        top->addWidget(m_search, 1);
        connect(m_search, &QLineEdit::textChanged, this, &EntityPicker::searchChanged);
    } else {
        top->addStretch(1);
    }
    top->addWidget(m_buttons);
    column(this, {top, stretchOf(m_table), m_info});
    m_afterTyping = new QTimer(this);
    m_afterTyping->setSingleShot(true);
    connect(m_afterTyping, &QTimer::timeout, this, &EntityPicker::reportCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EntityPicker::selectionMoved);
    followResets();
}

void EntityPicker::followResets()
{
    // Connected after the view's own connections: what the view does to its current row while
    // the model is reset is not a choice, and the workspace tells the picker what is current.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_quiet = true; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_quiet = false; });
}

void EntityPicker::setInfo(const QString &text)
{
    m_info->setText(text);
}

QString EntityPicker::currentId() const
{
    if (m_combo)
        return m_combo->currentData(m_idRole).toString();
    // A table's choice is the row it shows selected: one the search hides is chosen no more.
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(m_idRole).toString();
}

void EntityPicker::setCurrentId(const QString &id)
{
    if (id == currentId())
        return;
    const bool quiet = m_quiet;
    m_quiet = true;
    if (m_combo) {
        m_combo->setCurrentIndex(m_combo->findData(id, m_idRole));
    } else {
        const QModelIndexList found
                = m_model->match(m_model->index(0, 0), m_idRole, id, 1, Qt::MatchExactly);
        if (found.isEmpty())
            m_table->clearSelection();
        else
            m_table->selectRow(found.first().row());
    }
    m_quiet = quiet;
}

void EntityPicker::addButton(QPushButton *button)
{
    m_buttons->layout()->addWidget(button);
}

void EntityPicker::selectionMoved()
{
    if (m_quiet)
        return;
    if (m_table->isSearching()) {
        m_afterTyping->start(QApplication::keyboardInputInterval());
        return;
    }
    m_afterTyping->stop();
    reportCurrent();
}

void EntityPicker::reportCurrent()
{
    if (!m_quiet)
        Q_EMIT currentIdChanged(currentId());
}

} // namespace cxone
