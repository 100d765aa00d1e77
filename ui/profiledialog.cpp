#include "ui/profiledialog.h"

#include "models/engine/profiles/profilestore.h"
#include "models/engine/profiles/secretstore.h"
#include "models/engine/session/consolecontext.h"
#include "models/engine/session/tenantsession.h"
#include "network/apiclient.h"
#include "network/tokenmanager.h"
#include "ui/layoutbuilder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace cxone {

namespace {

QStringList splitScopes(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
}

} // namespace

ProfileDialog::ProfileDialog(ConsoleContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_banner(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_newButton(new QPushButton(tr("&New"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
    , m_name(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_tokenUrl(new QLineEdit(this))
    , m_authStyle(new QComboBox(this))
    , m_clientId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_secretHint(new QLabel(this))
    , m_scopes(new QPlainTextEdit(this))
    , m_problems(new QLabel(this))
    , m_result(new QLabel(this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_useButton(new QPushButton(tr("&Use this tenant"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Tenant profiles"));
    setObjectName(QStringLiteral("profileDialog"));
    setUpBanner();
    setUpControls();
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("profileSplitter"));
    splitter->addWidget(buildListSide());
    splitter->addWidget(buildEditor());
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    wire();
    updateBanner();
    const TenantSession *session = context->session();
    reloadList(session ? session->tenantName() : context->profiles()->lastUsed());
    resize(820, 520);
}

// A banner in the palette's tooltip colours: noticeable, yet readable in any theme.
void ProfileDialog::setUpBanner()
{
    m_banner->setObjectName(QStringLiteral("keychainBanner"));
    m_banner->setAccessibleName(tr("Secret storage warning"));
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    QPalette pal = m_banner->palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::ToolTipBase));
    pal.setColor(QPalette::WindowText, pal.color(QPalette::ToolTipText));
    m_banner->setPalette(pal);
}

// Names for assistive technology and the tests, placeholders and the choices.
void ProfileDialog::setUpControls()
{
    named(m_list, QStringLiteral("profileList"), tr("Profiles"));
    m_list->setMinimumWidth(180);
    named(m_newButton, QStringLiteral("newProfile"), tr("New profile"));
    named(m_deleteButton, QStringLiteral("deleteProfile"), tr("Delete profile"));
    named(m_name, QStringLiteral("profileName"), tr("Profile name"));
    named(m_baseUrl, QStringLiteral("profileBaseUrl"), tr("Base URL"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api-xx.niceincontact.com"));
    named(m_tokenUrl, QStringLiteral("profileTokenUrl"), tr("Token URL"));
    m_tokenUrl->setPlaceholderText(tr("default: {base URL}/oauth/token"));
    named(m_authStyle, QStringLiteral("profileAuthStyle"), tr("Authentication style"));
    m_authStyle->addItem(tr("Form, credentials in the body"), int(AuthStyle::FormBody));
    m_authStyle->addItem(tr("Form, credentials as HTTP Basic"), int(AuthStyle::FormBasic));
    m_authStyle->addItem(tr("JSON body"), int(AuthStyle::Json));
    named(m_clientId, QStringLiteral("profileClientId"), tr("Client id"));
    named(m_secret, QStringLiteral("profileSecret"), tr("Client secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("unchanged"));
    m_secretHint->setWordWrap(true);
    m_secretHint->setEnabled(false);
    named(m_scopes, QStringLiteral("profileScopes"), tr("Scopes"));
    m_scopes->setTabChangesFocus(true);
    m_scopes->setFixedHeight(m_scopes->fontMetrics().lineSpacing() * 4 + 12);
    named(m_problems, QStringLiteral("profileProblems"), tr("Problems with the profile"));
    m_problems->setWordWrap(true);
    named(m_result, QStringLiteral("testResult"), tr("Connection test result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    named(m_saveButton, QStringLiteral("saveProfile"), tr("Save profile"));
    named(m_testButton, QStringLiteral("testConnection"), tr("Test connection"));
    named(m_useButton, QStringLiteral("useProfile"), tr("Use this tenant"));
}

// The form of the profile being edited, its problems, its buttons and the test's result.
QWidget *ProfileDialog::buildEditor()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("To&ken URL:"), m_tokenUrl);
    form->addRow(tr("Credentials sent &as:"), m_authStyle);
    form->addRow(tr("&Client id:"), m_clientId);
    form->addRow(tr("Client se&cret:"), m_secret);
    form->addRow(QString(), m_secretHint);
    form->addRow(tr("Sc&opes:"), m_scopes);

    auto *editButtons = new QHBoxLayout;
    editButtons->addWidget(m_saveButton);
    editButtons->addWidget(m_testButton);
    editButtons->addStretch(1);
    editButtons->addWidget(m_useButton);

    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form);
    editorLayout->addWidget(m_problems);
    editorLayout->addLayout(editButtons);
    editorLayout->addWidget(m_result);
    editorLayout->addStretch(1);
    return editor;
}

QWidget *ProfileDialog::buildListSide()
{
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_deleteButton);
    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    listLayout->addLayout(listButtons);
    return listSide;
}

void ProfileDialog::wire()
{
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileDialog::loadSelected);
    connect(m_newButton, &QPushButton::clicked, this, &ProfileDialog::newProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ProfileDialog::deleteProfile);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfileDialog::saveProfile);
    connect(m_testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_useButton, &QPushButton::clicked, this, &ProfileDialog::useProfile);
    for (QLineEdit *edit : {m_name, m_baseUrl, m_tokenUrl, m_clientId, m_secret})
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::validate);
    connect(m_scopes, &QPlainTextEdit::textChanged, this, &ProfileDialog::validate);
    connect(m_authStyle, &QComboBox::currentIndexChanged, this, &ProfileDialog::validate);
    connect(m_context->secrets(), &SecretStore::persistenceChanged, this,
            &ProfileDialog::updateBanner);
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::updateBanner()
{
    const SecretStore *secrets = m_context->secrets();
    m_banner->setVisible(!secrets->isPersistent());
    m_banner->setText(secrets->statusText());
}

void ProfileDialog::reloadList(const QString &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const QString &n : m_context->profiles()->names()) {
        auto *item = new QListWidgetItem(n, m_list);
        item->setData(Qt::UserRole, n);
        if (ProfileStore::isDemo(n))
            item->setToolTip(tr("The built-in demo tenant: a simulator on this computer"));
    }
    int row = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == select)
            row = i;
    }
    m_list->setCurrentRow(row);
    loadSelected();
}

void ProfileDialog::selectProfile(const QString &name)
{
    reloadList(name);
}

QString ProfileDialog::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString ProfileDialog::testResultText() const
{
    return m_result->text();
}

void ProfileDialog::loadSelected()
{
    const QString selected = selectedName();
    m_isNew = false;
    m_editing = selected;
    m_result->clear();
    Profile p = m_context->profiles()->profile(selected);
    const bool demo = ProfileStore::isDemo(selected);
    if (demo && m_context->isDemoRunning()) {
        p.baseUrl = m_context->demoTenant()->baseUrl();
        p.clientId = m_context->demoTenant()->clientId();
    }
    const QSignalBlocker b1(m_name), b2(m_baseUrl), b3(m_tokenUrl), b4(m_clientId), b5(m_secret),
            b6(m_scopes), b7(m_authStyle);
    m_name->setText(p.name);
    m_baseUrl->setText(p.baseUrl.toString());
    m_tokenUrl->setText(p.tokenUrl.toString());
    m_authStyle->setCurrentIndex(std::max(0, m_authStyle->findData(int(p.authStyle))));
    m_clientId->setText(p.clientId);
    m_secret->clear();
    m_secret->setPlaceholderText(demo ? tr("from the simulator") : tr("unchanged"));
    m_scopes->setPlainText(p.scopes.join(u' '));
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_baseUrl, m_tokenUrl, m_authStyle,
                                                       m_clientId, m_secret, m_scopes})
        w->setEnabled(!demo);
    m_deleteButton->setEnabled(!demo && !selected.isEmpty());
    m_secretHint->setText(demo ? tr("The demo tenant's address and credentials come from the "
                                    "built-in simulator; it starts when you use it.")
                               : tr("Leave empty to keep the stored secret."));
    validate();
}

Profile ProfileDialog::profileFromFields() const
{
    Profile p;
    p.name = m_name->text().trimmed();
    p.baseUrl = QUrl(m_baseUrl->text().trimmed());
    p.tokenUrl = QUrl(m_tokenUrl->text().trimmed());
    p.authStyle = AuthStyle(m_authStyle->currentData().toInt());
    p.clientId = m_clientId->text().trimmed();
    p.scopes = splitScopes(m_scopes->toPlainText());
    const Profile stored = m_context->profiles()->profile(m_editing);
    if (!m_isNew && !stored.name.isEmpty())
        p.transferTimeout = stored.transferTimeout;
    return p;
}

void ProfileDialog::validate()
{
    const bool demo = !m_isNew && ProfileStore::isDemo(m_editing);
    if (demo) {
        m_problems->clear();
        m_saveButton->setEnabled(false);
        m_testButton->setEnabled(!isTesting());
        m_useButton->setEnabled(true);
        return;
    }
    QStringList problems = m_context->profiles()->saveProblems(profileFromFields(),
                                                               m_isNew ? QString() : m_editing);
    if (m_isNew && m_secret->text().isEmpty())
        problems.append(tr("Enter the client secret."));
    m_problems->setText(problems.isEmpty()
                                ? QString()
                                : QStringLiteral("• ") + problems.join(QStringLiteral("\n• ")));
    m_saveButton->setEnabled(problems.isEmpty());
    m_testButton->setEnabled(profileFromFields().problems().isEmpty() && !isTesting());
    m_useButton->setEnabled(!m_isNew && !m_editing.isEmpty());
}

void ProfileDialog::newProfile()
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
        m_list->setCurrentRow(-1);
    }
    m_isNew = true;
    m_editing.clear();
    const QSignalBlocker b1(m_name), b2(m_baseUrl), b3(m_tokenUrl), b4(m_clientId), b5(m_secret),
            b6(m_scopes), b7(m_authStyle);
    m_name->clear();
    m_baseUrl->clear();
    m_tokenUrl->clear();
    m_authStyle->setCurrentIndex(0);
    m_clientId->clear();
    m_secret->clear();
    m_secret->setPlaceholderText(tr("required"));
    m_scopes->setPlainText(allConsoleScopes().join(u' '));
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_baseUrl, m_tokenUrl, m_authStyle,
                                                       m_clientId, m_secret, m_scopes})
        w->setEnabled(true);
    m_deleteButton->setEnabled(false);
    m_secretHint->setText(m_context->secrets()->statusText());
    m_result->clear();
    validate();
    m_name->setFocus();
}

void ProfileDialog::saveProfile()
{
    const Profile profile = profileFromFields();
    const QString previous = m_isNew ? QString() : m_editing;
    QString error;
    if (!m_context->profiles()->save(profile, previous, &error)) {
        setResult(error, true);
        return;
    }
    SecretStore *secrets = m_context->secrets();
    const QByteArray secret = m_secret->text().toUtf8();
    const QString name = profile.name;
    if (!secret.isEmpty()) {
        secrets->write(name, secret, this, [this](const SecretReply &reply) {
            if (!reply.ok)
                setResult(tr("The profile was saved, but its secret was not: %1")
                                  .arg(reply.errorText),
                          true);
        });
        if (!previous.isEmpty() && previous != name)
            secrets->remove(previous, this, {});
    } else if (!previous.isEmpty() && previous != name) {
        // Renamed without a new secret: the stored one moves with the profile.
        secrets->read(previous, this, [this, previous, name](const SecretReply &reply) {
            if (!reply.ok)
                return;
            m_context->secrets()->write(name, reply.secret, this, {});
            m_context->secrets()->remove(previous, this, {});
        });
    }
    reloadList(name);
    setResult(m_context->secrets()->isPersistent()
                      ? tr("Saved “%1”.").arg(name)
                      : tr("Saved “%1”. Its secret is kept for this session only.").arg(name),
              false);
}

void ProfileDialog::deleteProfile()
{
    const QString name = selectedName();
    if (name.isEmpty() || ProfileStore::isDemo(name))
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete profile"),
                    tr("Delete the profile “%1” and forget its secret?").arg(name),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmDelete"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    m_context->profiles()->remove(name);
    m_context->secrets()->remove(name, this, {});
    reloadList(ProfileStore::demoProfileName());
    setResult(tr("Deleted “%1”.").arg(name), false);
}

void ProfileDialog::testConnection()
{
    const bool demo = !m_isNew && ProfileStore::isDemo(m_editing);
    if (demo) {
        if (!m_context->isDemoRunning()) {
            setResult(tr("Starting the demo tenant…"), false);
            m_context->activate(ProfileStore::demoProfileName());
        }
        if (!m_context->isDemoRunning()) {
            setResult(tr("The demo tenant did not start."), true);
            return;
        }
        Profile p = ProfileStore::demoProfile();
        p.baseUrl = m_context->demoTenant()->baseUrl();
        p.clientId = m_context->demoTenant()->clientId();
        runTest(p, m_context->demoTenant()->clientSecret());
        return;
    }
    const Profile profile = profileFromFields();
    if (const QStringList problems = profile.problems(); !problems.isEmpty()) {
        setResult(problems.join(u' '), true);
        return;
    }
    const QByteArray typed = m_secret->text().toUtf8();
    if (!typed.isEmpty() || m_isNew) {
        runTest(profile, typed);
        return;
    }
    setResult(tr("Reading the stored secret…"), false);
    m_context->secrets()->read(m_editing, this, [this, profile](const SecretReply &reply) {
        if (!reply.ok) {
            setResult(reply.notFound ? tr("No secret is stored for this profile; type it in the "
                                          "Client secret field.")
                                     : reply.errorText,
                      true);
            return;
        }
        runTest(profile, reply.secret);
    });
}

void ProfileDialog::runTest(const Profile &profile, const QByteArray &secret)
{
    if (secret.isEmpty()) {
        setResult(tr("Enter the client secret first."), true);
        return;
    }
    delete m_testClient.data();
    auto *client = new ApiClient(profile, ClientSecret(secret), this);
    m_testClient = client;
    TokenManager *tokens = client->tokens();
    connect(tokens, &TokenManager::refreshed, this, [this, client](qint64 lifetime) {
        const QStringList granted = client->tokens()->grantedScopes();
        const QStringList missing = [&] {
            QStringList m;
            for (const QString &s : client->profile().scopes) {
                if (!granted.isEmpty() && !granted.contains(s))
                    m.append(s);
            }
            return m;
        }();
        QString text = tr("Connected. The token is valid for %1 min %2 s.")
                               .arg(lifetime / 60)
                               .arg(lifetime % 60);
        text += u' '
                + (granted.isEmpty() ? tr("The server did not list the granted scopes.")
                                     : tr("Granted scopes: %1.").arg(granted.join(u' ')));
        if (!missing.isEmpty())
            text += u' ' + tr("Not granted: %1.").arg(missing.join(u' '));
        setResult(text, false);
        client->deleteLater();
        m_testClient = nullptr;
        validate();
    });
    connect(tokens, &TokenManager::failed, this, [this, client](const QString &error) {
        setResult(tr("Connection failed: %1").arg(error), true);
        client->deleteLater();
        m_testClient = nullptr;
        validate();
    });
    setResult(tr("Connecting to %1…")
                      .arg(profile.effectiveTokenUrl().toDisplayString(
                              QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)),
              false);
    m_testButton->setEnabled(false);
    tokens->refreshNow();
}

void ProfileDialog::useProfile()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (!m_secret->text().isEmpty() && !ProfileStore::isDemo(name)) {
        // Typed but not saved: keep it so that the session can sign in.
        ConsoleContext *context = m_context;
        context->secrets()->write(
                name, m_secret->text().toUtf8(), context,
                [context, name](const SecretReply &) { context->activate(name); });
    } else {
        m_context->activate(name);
    }
    accept();
}

void ProfileDialog::setResult(const QString &text, bool error)
{
    m_result->setText(text);
    QPalette pal = palette();
    if (error) {
        const bool dark = pal.color(QPalette::Window).lightness() < 128;
        pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x80, 0x80) : QColor(0xb0, 0, 0));
    }
    m_result->setPalette(pal);
}

} // namespace cxone
