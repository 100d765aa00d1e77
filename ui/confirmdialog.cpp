#include "ui/confirmdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace cxone {

ConfirmDialog::ConfirmDialog(const QString &title, const QString &text, const QString &action,
                             QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(text, this))
    , m_prompt(new QLabel(this))
    , m_typed(new QLineEdit(this))
{
    setWindowTitle(title);
    setAccessibleName(title);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setMinimumWidth(520);
    m_text->setAccessibleName(tr("What will happen"));
    m_prompt->setWordWrap(true);
    m_prompt->setBuddy(m_typed);
    m_prompt->hide();
    m_typed->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setAccessibleName(tr("Cancel"));
    m_action = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    m_action->setAccessibleName(action);
    m_action->setAutoDefault(false);
    m_cancel->setDefault(true); // Enter does not change the tenant
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_typed, &QLineEdit::textChanged, this, &ConfirmDialog::updateAction);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_prompt);
    layout->addWidget(m_typed);
    layout->addWidget(buttons);
}

void ConfirmDialog::requireTyping(const QString &prompt, const QString &expected)
{
    m_expected = expected;
    m_prompt->setText(prompt);
    m_typed->setAccessibleName(prompt);
    m_typed->setPlaceholderText(expected);
    m_prompt->show();
    m_typed->show();
    m_typed->setFocus();
    updateAction();
}

QString ConfirmDialog::text() const
{
    return m_text->text();
}

void ConfirmDialog::updateAction()
{
    if (m_expected.isEmpty()) {
        m_action->setEnabled(true);
        return;
    }
    // Digits as typed, with or without the locale's group separators.
    const auto digits = [](QString text) {
        text.remove(QLocale().groupSeparator());
        text.remove(u',');
        text.remove(u' ');
        return text;
    };
    m_action->setEnabled(digits(m_typed->text().trimmed()) == digits(m_expected));
}

} // namespace cxone
