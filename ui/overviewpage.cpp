#include "ui/overviewpage.h"

#include "models/engine/audit/auditstore.h"
#include "models/engine/jobs/jobregistry.h"
#include "models/engine/session/consolecontext.h"
#include "models/engine/session/tenantsession.h"
#include "network/apiclient.h"
#include "network/tokenmanager.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace cxone {

namespace {

QLabel *valueLabel(const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

// Explicit lines rather than word wrap: a wrapped label in a form inside a scroll area gets the
// height of a narrower layout and loses its last lines.
QString scopeLines(const QStringList &scopes)
{
    QStringList lines;
    for (qsizetype i = 0; i < scopes.size(); i += 4)
        lines << scopes.mid(i, 4).join(QStringLiteral("  "));
    return lines.join(u'\n');
}

QString percent(double p)
{
    return QLocale().toString(p * 100.0, 'f', p * 100.0 < 1.0 && p > 0 ? 1 : 0) + u'%';
}

} // namespace

OverviewPage::OverviewPage(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_heading(new QLabel(this))
    , m_tenant(valueLabel(tr("Tenant"), this))
    , m_baseUrl(valueLabel(tr("Base URL"), this))
    , m_clientId(valueLabel(tr("Client id"), this))
    , m_authStyle(valueLabel(tr("Authentication style"), this))
    , m_token(valueLabel(tr("Token"), this))
    , m_granted(valueLabel(tr("Granted scopes"), this))
    , m_requested(valueLabel(tr("Requested scopes"), this))
    , m_jobs(valueLabel(tr("Jobs this session"), this))
    , m_demoBox(new QGroupBox(tr("Demo tenant behaviour"), this))
    , m_faults(valueLabel(tr("Simulator fault settings"), m_demoBox))
    , m_refreshToken(new QPushButton(tr("&Sign in again"), this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_heading->setObjectName(QStringLiteral("overviewHeading"));
    m_token->setObjectName(QStringLiteral("overviewToken"));
    m_granted->setObjectName(QStringLiteral("overviewGranted"));
    m_faults->setObjectName(QStringLiteral("overviewFaults"));
    m_refreshToken->setObjectName(QStringLiteral("overviewRefreshToken"));
    m_refreshToken->setAccessibleName(tr("Fetch a new token now"));

    auto *tenantBox = new QGroupBox(tr("Connection"), this);
    auto *form = new QFormLayout(tenantBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Tenant:"), m_tenant);
    form->addRow(tr("Base URL:"), m_baseUrl);
    form->addRow(tr("Client id:"), m_clientId);
    form->addRow(tr("Credentials sent as:"), m_authStyle);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_refreshToken);
    form->addRow(tr("Token:"), tokenRow);
    form->addRow(tr("Granted scopes:"), m_granted);
    form->addRow(tr("Requested scopes:"), m_requested);
    form->addRow(tr("Jobs:"), m_jobs);

    auto *demoLayout = new QVBoxLayout(m_demoBox);
    demoLayout->addWidget(m_faults);
    auto *hint = new QLabel(tr("Change these in the Demo tenant menu to watch how jobs cope with "
                               "rate limits, server errors, slow answers and short-lived tokens."),
                            m_demoBox);
    hint->setWordWrap(true);
    hint->setEnabled(false); // de-emphasised, in the palette's own disabled colour
    demoLayout->addWidget(hint);

    // In a scroll area so that a short window scrolls the page rather than squeezing its text.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_heading);
    contentLayout->addWidget(tenantBox);
    contentLayout->addWidget(m_demoBox);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Tenant overview"));
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_refreshToken, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->client()->tokens()->refreshNow();
    });
    connect(context, &ConsoleContext::sessionChanged, this, &OverviewPage::setSession);
    connect(context, &ConsoleContext::demoFaultsChanged, this, &OverviewPage::refresh);
    connect(context->jobs(), &JobRegistry::runningCountChanged, this, &OverviewPage::refresh);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &OverviewPage::refresh);
    m_timer->start();
    setSession(context->session());
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::setSession(TenantSession *session)
{
    if (m_session)
        m_session->client()->tokens()->disconnect(this);
    m_session = session;
    if (session) {
        connect(session->client()->tokens(), &TokenManager::stateChanged, this,
                &OverviewPage::refresh);
    }
    refresh();
}

void OverviewPage::refresh()
{
    if (!isVisible() && sender() == m_timer)
        return; // the countdown only matters on screen
    if (!m_session) {
        m_heading->setText(tr("<h2>No tenant</h2><p>Choose a tenant profile (Tenant → Tenant "
                              "profiles…) or use the demo tenant.</p>"));
        for (QLabel *l : {m_tenant, m_baseUrl, m_clientId, m_authStyle, m_token, m_granted,
                          m_requested, m_jobs})
            l->clear();
        m_demoBox->setVisible(false);
        return;
    }
    const Profile &profile = m_session->profile();
    const TokenManager *tokens = m_session->client()->tokens();
    m_heading->setText(tr("<h2>%1</h2>").arg(profile.name.toHtmlEscaped()));
    m_tenant->setText(m_session->isDemo()
                              ? tr("%1 (built-in simulator on this computer)").arg(profile.name)
                              : profile.name);
    m_baseUrl->setText(profile.baseUrl.toDisplayString());
    m_clientId->setText(profile.clientId);
    m_authStyle->setText(authStyleName(profile.authStyle));
    switch (tokens->state()) {
    case TokenManager::State::Empty:
        m_token->setText(tr("Not signed in yet"));
        break;
    case TokenManager::State::Refreshing:
        m_token->setText(tr("Signing in…"));
        break;
    case TokenManager::State::Failed:
        m_token->setText(tr("Sign-in failed: %1").arg(tokens->lastError()));
        break;
    case TokenManager::State::Valid: {
        const qint64 left = std::max<qint64>(0, tokens->secondsLeft());
        m_token->setText(tr("Valid for %1 min %2 s (lifetime %3 s, expires %4; %n refresh(es) "
                            "so far)",
                            "", tokens->refreshCount())
                                 .arg(left / 60)
                                 .arg(left % 60)
                                 .arg(tokens->lifetimeSeconds())
                                 .arg(QLocale().toString(tokens->expiresAt().toLocalTime().time(),
                                                         QLocale::ShortFormat)));
        break;
    }
    }
    const QStringList granted = tokens->grantedScopes();
    m_granted->setText(
            tokens->state() == TokenManager::State::Valid
                    ? (granted.isEmpty() ? tr("(the server named none)") : scopeLines(granted))
                    : tr("–"));
    m_requested->setText(scopeLines(profile.scopes));
    const int total = int(m_context->jobs()->jobs().size());
    m_jobs->setText(tr("%1 started, %2 running")
                            .arg(QLocale().toString(total),
                                 QLocale().toString(m_context->jobs()->runningCount())));

    const bool demo = m_session->isDemo() && m_context->isDemoRunning();
    m_demoBox->setVisible(demo);
    if (demo && sender() != m_timer) {
        const DemoFaults f = m_context->demoFaults();
        m_faults->setText(tr("429 rate %1 · 5xx rate %2 · dropped connections %3 · malformed "
                             "answers %4 · added latency %5 ms · Retry-After %6 s · token "
                             "lifetime %7 s")
                                  .arg(percent(f.faults.p429), percent(f.faults.p5xx),
                                       percent(f.faults.pDrop), percent(f.faults.pMalformed))
                                  .arg(f.faults.latencyMs)
                                  .arg(f.faults.retryAfterSeconds)
                                  .arg(f.tokenTtlSeconds));
    }
}

} // namespace cxone
