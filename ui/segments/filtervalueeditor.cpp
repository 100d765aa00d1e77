#include "ui/segments/filtervalueeditor.h"

#include "ui/layoutbuilder.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>

#include <limits>

namespace cxone {

FilterValueEditor::FilterValueEditor(QWidget *parent)
    : QStackedWidget(parent)
    , m_text(named(new QLineEdit, tr("Filter value")))
    , m_integer(named(new QSpinBox, tr("Filter value (whole number)")))
    , m_number(named(new QDoubleSpinBox, tr("Filter value (number)")))
    , m_date(named(new QDateEdit(QDate::currentDate()), tr("Filter value (date)")))
    , m_boolean(named(new QComboBox, tr("Filter value (true or false)")))
    , m_dateTime(named(new QDateTimeEdit(QDateTime::currentDateTime()),
                       tr("Filter value (date and time, local)")))
{
    m_integer->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    m_number->setRange(-1e12, 1e12);
    m_number->setDecimals(2);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_boolean->addItems({QStringLiteral("true"), QStringLiteral("false")});
    m_dateTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_dateTime->setCalendarPopup(true);
    // In the order of the kinds setKind() picks from.
    for (QWidget *editor : std::initializer_list<QWidget *>{m_text, m_integer, m_number, m_date,
                                                            m_boolean, m_dateTime})
        addWidget(editor);
    connect(m_text, &QLineEdit::returnPressed, this, &FilterValueEditor::submitted);
}

void FilterValueEditor::setKind(const QString &type, const QString &op)
{
    QWidget *editor = m_text; // strings, and every "is one of" list
    if (op != u"in") {
        if (type == u"integer")
            editor = m_integer;
        else if (type == u"number" || type == u"decimal")
            editor = m_number;
        else if (type == u"date")
            editor = m_date;
        else if (type == u"datetime")
            editor = m_dateTime;
        else if (type == u"boolean")
            editor = m_boolean;
    }
    setCurrentWidget(editor);
}

QString FilterValueEditor::value() const
{
    QWidget *editor = currentWidget();
    if (editor == m_integer)
        return QString::number(m_integer->value());
    if (editor == m_number)
        return QString::number(m_number->value(), 'g', 15);
    if (editor == m_date)
        return m_date->date().toString(Qt::ISODate);
    if (editor == m_boolean)
        return m_boolean->currentText();
    if (editor == m_dateTime) {
        // To the minute, as the editor shows it (its hidden seconds would surprise).
        QDateTime when = m_dateTime->dateTime();
        when.setTime(QTime(when.time().hour(), when.time().minute()));
        return when.toUTC().toString(Qt::ISODate);
    }
    return m_text->text();
}

void FilterValueEditor::clearText()
{
    m_text->clear();
}

} // namespace cxone
