#include "ui/faultsdialog.h"

#include "models/engine/session/consolecontext.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cxone {

namespace {

QDoubleSpinBox *percentBox(const QString &accessibleName, const char *objectName, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 100);
    box->setDecimals(1);
    box->setSingleStep(1);
    box->setSuffix(QStringLiteral(" %"));
    box->setAccessibleName(accessibleName);
    box->setObjectName(QString::fromLatin1(objectName));
    return box;
}

QSpinBox *intBox(int max, const QString &suffix, const QString &accessibleName,
                 const char *objectName, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, max);
    box->setSuffix(suffix);
    box->setAccessibleName(accessibleName);
    box->setObjectName(QString::fromLatin1(objectName));
    return box;
}

} // namespace

FaultsDialog::FaultsDialog(ConsoleContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_p429(percentBox(tr("Share of calls answered 429"), "fault429", this))
    , m_p5xx(percentBox(tr("Share of calls answered 5xx"), "fault5xx", this))
    , m_pDrop(percentBox(tr("Share of connections dropped"), "faultDrop", this))
    , m_pMalformed(percentBox(tr("Share of malformed answers"), "faultMalformed", this))
    , m_latency(intBox(30000, tr(" ms"), tr("Added latency"), "faultLatency", this))
    , m_retryAfter(intBox(600, tr(" s"), tr("Retry-After on 429"), "faultRetryAfter", this))
    , m_tokenTtl(intBox(86400, tr(" s"), tr("Token lifetime"), "faultTokenTtl", this))
{
    setWindowTitle(tr("Demo tenant fault settings"));
    setObjectName(QStringLiteral("faultsDialog"));
    m_tokenTtl->setMinimum(5);

    auto *intro = new QLabel(tr("The demo tenant misbehaves on purpose so you can watch retries, "
                                "rate-limit waits and token refreshes. Sign-in calls are not "
                                "affected by these rates."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&429 Too Many Requests:"), m_p429);
    form->addRow(tr("&5xx server errors:"), m_p5xx);
    form->addRow(tr("&Dropped connections:"), m_pDrop);
    form->addRow(tr("&Malformed answers:"), m_pMalformed);
    form->addRow(tr("Added &latency:"), m_latency);
    form->addRow(tr("&Retry-After:"), m_retryAfter);
    form->addRow(tr("&Token lifetime:"), m_tokenTtl);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply
                                                 | QDialogButtonBox::Cancel
                                                 | QDialogButtonBox::RestoreDefaults,
                                         this);
    buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Reset &faults"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &FaultsDialog::apply);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                m_context->resetDemoFaults();
                load();
            });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    load();
}

FaultsDialog::~FaultsDialog() = default;

void FaultsDialog::load()
{
    const DemoFaults f = m_context->demoFaults();
    m_p429->setValue(f.faults.p429 * 100.0);
    m_p5xx->setValue(f.faults.p5xx * 100.0);
    m_pDrop->setValue(f.faults.pDrop * 100.0);
    m_pMalformed->setValue(f.faults.pMalformed * 100.0);
    m_latency->setValue(f.faults.latencyMs);
    m_retryAfter->setValue(f.faults.retryAfterSeconds);
    m_tokenTtl->setValue(f.tokenTtlSeconds);
}

DemoFaults FaultsDialog::settings() const
{
    DemoFaults f = m_context->demoFaults(); // keeps what this dialog does not show
    f.faults.p429 = m_p429->value() / 100.0;
    f.faults.p5xx = m_p5xx->value() / 100.0;
    f.faults.pDrop = m_pDrop->value() / 100.0;
    f.faults.pMalformed = m_pMalformed->value() / 100.0;
    f.faults.latencyMs = m_latency->value();
    f.faults.retryAfterSeconds = m_retryAfter->value();
    f.tokenTtlSeconds = m_tokenTtl->value();
    return f;
}

void FaultsDialog::apply()
{
    m_context->setDemoFaults(settings());
}

} // namespace cxone
