#pragma once

#include <QStackedWidget>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace cxone {

// The value of one segment filter, in the editor its attribute's type asks for: text (also every
// "is one of" list), a whole number, a decimal, a date, a date and time (shown and typed in local
// time, sent in UTC), or true or false.
class FilterValueEditor final : public QStackedWidget
{
    Q_OBJECT
public:
    explicit FilterValueEditor(QWidget *parent = nullptr);

    // Shows the editor for an attribute of `type` compared with `op`.
    void setKind(const QString &type, const QString &op);
    // The value as a filter carries it (dates ISO 8601, a date and time in UTC).
    QString value() const;
    void clearText();

Q_SIGNALS:
    // Return pressed in the text editor.
    void submitted();

private:
    QLineEdit *m_text;
    QSpinBox *m_integer;
    QDoubleSpinBox *m_number;
    QDateEdit *m_date;
    QComboBox *m_boolean;
    QDateTimeEdit *m_dateTime;
};

} // namespace cxone
