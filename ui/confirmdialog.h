#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cxone {

// Asks before something changes a tenant. The action button says what it does and is never the
// default (Enter cancels); for a large change it stays disabled until the user types what the
// dialog asks for (the count of contacts about to be purged, say).
class ConfirmDialog final : public QDialog
{
    Q_OBJECT
public:
    ConfirmDialog(const QString &title, const QString &text, const QString &action,
                  QWidget *parent = nullptr);

    // The action waits for `expected` to be typed into a field labelled `prompt`.
    void requireTyping(const QString &prompt, const QString &expected);
    bool typingRequired() const { return !m_expected.isEmpty(); }

    QString text() const;
    QPushButton *actionButton() const { return m_action; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLineEdit *typingField() const { return m_typed; }

private:
    void updateAction();

    QLabel *m_text;
    QLabel *m_prompt;
    QLineEdit *m_typed;
    QPushButton *m_action;
    QPushButton *m_cancel;
    QString m_expected;
};

} // namespace cxone
