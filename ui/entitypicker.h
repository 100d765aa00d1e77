#pragma once

#include "ui/nametableview.h"

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace cxone {

// Picks the thing of the tenant a page works on — a campaign, a list, a segment, an audience —
// from a model whose rows carry the thing's id in `idRole`: as a combo box on one line (few
// things, one chosen), or as a table with a search field (many things, browsed). Either way
// with Refresh and an info line about the choice. The picker only reports choices; the page's
// workspace decides what is current and tells the picker back.
class EntityPicker final : public QWidget
{
    Q_OBJECT
public:
    enum class Style { Combo, Table };
    struct Spec
    {
        QString label;       // before the combo, with its mnemonic ("&Campaign:")
        QString name;        // the combo's or the table's accessible name
        QString refreshText; // with its mnemonic
        QString refreshName;
        QString infoName;
        QString searchName; // a table's search field; empty: none
        QString searchPlaceholder;
        int idRole = Qt::UserRole;
    };
    EntityPicker(Style style, const Spec &spec, QAbstractItemModel *model,
                 QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }   // Combo style only
    QTableView *table() const { return m_table; }  // Table style only
    QLineEdit *search() const { return m_search; } // Table style with a search field
    QPushButton *refreshButton() const { return m_refresh; }
    QLabel *info() const { return m_info; }

    void setInfo(const QString &text);
    // The combo's current thing, or the table's selected row (empty: none selected).
    QString currentId() const;
    // Shows `id` as the choice without reporting it back.
    void setCurrentId(const QString &id);
    // A button of the page's own, after Refresh.
    void addButton(QPushButton *button);

Q_SIGNALS:
    void currentIdChanged(const QString &id);
    void refreshRequested();
    void searchChanged(const QString &text);

private:
    void reportCurrent();
    // A table's selection moved: reported at once, or, while a person types a name, once the
    // typing pauses (what the choice sets off may take longer than the keyboard's interval, and
    // the rest of the name would then start a new search).
    void selectionMoved();
    void followResets();

    QAbstractItemModel *m_model;
    int m_idRole;
    QComboBox *m_combo = nullptr;
    NameTableView *m_table = nullptr;
    QTimer *m_afterTyping = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_refresh;
    QLabel *m_info;
    QWidget *m_buttons;
    bool m_quiet = false; // the model is being reset, or the workspace sets the choice
};

} // namespace cxone
