#pragma once

#include <QPointer>

#include "models/engine/session/tenantsession.h"
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace cxone {

class ConsoleContext;
class TenantSession;

// The tenant at a glance: who we talk to, the token and its scopes, and on the demo tenant the
// simulator's fault settings. Everything shown is read from the live session.
class OverviewPage final : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(ConsoleContext *context, QWidget *parent = nullptr);
    ~OverviewPage() override;

private:
    void setSession(TenantSession *session);
    void refresh();

    ConsoleContext *m_context;
    QPointer<TenantSession> m_session;
    QLabel *m_heading;
    QLabel *m_tenant;
    QLabel *m_baseUrl;
    QLabel *m_clientId;
    QLabel *m_authStyle;
    QLabel *m_token;
    QLabel *m_granted;
    QLabel *m_requested;
    QLabel *m_jobs;
    QWidget *m_demoBox;
    QLabel *m_faults;
    QPushButton *m_refreshToken;
    QTimer *m_timer;
};

} // namespace cxone
