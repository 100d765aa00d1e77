#include "ui/enrichment/readingoptionswidget.h"

#include "ui/layoutbuilder.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace cxone {

ReadingOptionsWidget::ReadingOptionsWidget(QWidget *parent)
    : QGroupBox(tr("Reading the values"), parent)
    , m_dateOrder(named(new QComboBox, tr("Date order")))
    , m_decimalMark(named(new QComboBox, tr("Decimal mark")))
    , m_duplicates(named(new QComboBox, tr("When a contact id appears twice")))
    , m_nullTokens(named(new QLineEdit, tr("More values meaning no value")))
{
    m_dateOrder->addItem(tr("Detect from the values"), int(DateOrder::Auto));
    m_dateOrder->addItem(tr("Day first (15/01/2024)"), int(DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month first (01/15/2024)"), int(DateOrder::MonthFirst));
    m_decimalMark->addItem(tr("Detect from the values"), int(DecimalMark::Auto));
    m_decimalMark->addItem(tr("Decimal point (1,234.56)"), int(DecimalMark::Point));
    m_decimalMark->addItem(tr("Decimal comma (1.234,56)"), int(DecimalMark::Comma));
    m_duplicates->addItem(tr("Use the first row"), int(DuplicatePolicy::First));
    m_duplicates->addItem(tr("Use the last row"), int(DuplicatePolicy::Last));
    m_duplicates->addItem(tr("Skip all of them"), int(DuplicatePolicy::Error));
    m_nullTokens->setPlaceholderText(tr("e.g. -, TBD (besides empty, null, N/A, none)"));
    setLayout(form({{tr("Date&s:"), m_dateOrder},
                    {tr("Num&bers:"), m_decimalMark},
                    {tr("Dup&licates:"), m_duplicates},
                    {tr("&No value:"), m_nullTokens}}));
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, &ReadingOptionsWidget::report);
    connect(m_duplicates, &QComboBox::currentIndexChanged, this, &ReadingOptionsWidget::report);
    connect(m_decimalMark, &QComboBox::currentIndexChanged, this, &ReadingOptionsWidget::report);
    connect(m_nullTokens, &QLineEdit::textChanged, this, &ReadingOptionsWidget::report);
}

EnrichOptions ReadingOptionsWidget::options() const
{
    EnrichOptions o = m_value; // what this widget does not edit stays as it was given
    o.extraNullTokens.clear();
    o.coercion.dateOrder = DateOrder(m_dateOrder->currentData().toInt());
    o.coercion.decimalMark = DecimalMark(m_decimalMark->currentData().toInt());
    o.duplicates = DuplicatePolicy(m_duplicates->currentData().toInt());
    for (const QString &t : m_nullTokens->text().split(u',', Qt::SkipEmptyParts))
        o.extraNullTokens << t.trimmed();
    return o;
}

void ReadingOptionsWidget::setOptions(const EnrichOptions &o)
{
    m_setting = true;
    m_value = o;
    m_dateOrder->setCurrentIndex(m_dateOrder->findData(int(o.coercion.dateOrder)));
    m_decimalMark->setCurrentIndex(m_decimalMark->findData(int(o.coercion.decimalMark)));
    m_duplicates->setCurrentIndex(m_duplicates->findData(int(o.duplicates)));
    if (options().extraNullTokens != o.extraNullTokens) // keep what is being typed
        m_nullTokens->setText(o.extraNullTokens.join(QStringLiteral(", ")));
    m_setting = false;
}

void ReadingOptionsWidget::report()
{
    if (!m_setting)
        Q_EMIT edited(options());
}

} // namespace cxone
