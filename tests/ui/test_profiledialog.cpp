#include "tests/support/widgetlookup.h"
#include "tests/ui/uitest.h"

#include "app/simulator/embeddeddemotenant.h"
#include "app/simulator/embeddedsimulator.h"
#include "models/engine/profiles/profilestore.h"
#include "models/engine/profiles/secretstore.h"
#include "models/engine/session/consolecontext.h"
#include "ui/profiledialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace cxone;
using cxone::test::testTimeoutMs;

namespace {

// Finds the one widget a person would find by its spoken name.
using cxone::testsupport::widgetNamed;

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestProfileDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyControlHasAName();
    void createEditRenameDelete();
    void validatesAsTyped();
    void testConnectionWithGoodSecret();
    void testConnectionWithBadSecret();
    void demoProfileTestsTheSimulator();

private:
    void fillNewProfile(const QString &name, const QString &secret);

    QTemporaryDir m_dir;
    sim::EmbeddedSimulator m_simulator;
    MemorySecretStore *m_secrets = nullptr;
    ConsoleContext *m_context = nullptr;
    ProfileDialog *m_dialog = nullptr;
};

void TestProfileDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir);
    QString error;
    QVERIFY2(m_simulator.start(sim::SimConfig{}, &error), qPrintable(error));
}

void TestProfileDialog::init()
{
    QSettings().clear();
    m_secrets = new MemorySecretStore(this);
    m_context = new ConsoleContext(m_secrets, nullptr, this);
    m_context->setDemoTenant(new sim::EmbeddedDemoTenant());
    m_dialog = new ProfileDialog(m_context);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TestProfileDialog::cleanup()
{
    delete m_dialog;
    delete m_context;
    delete m_secrets;
}

void TestProfileDialog::everyControlHasAName()
{
    // The keychain is memory-only here: the dialog must say so.
    auto *banner = m_dialog->findChild<QLabel *>(QStringLiteral("keychainBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"session only"));
    for (QWidget *w : m_dialog->findChildren<QWidget *>()) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisible())
            continue;
        if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QListWidget *>(w)) {
            const QString name = w->accessibleName().isEmpty()
                                         ? (qobject_cast<QAbstractButton *>(w)
                                                    ? qobject_cast<QAbstractButton *>(w)->text()
                                                    : QString())
                                         : w->accessibleName();
            const QString what
                    = QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
            QVERIFY2(!name.isEmpty(), qPrintable(what));
        }
    }
}

void TestProfileDialog::fillNewProfile(const QString &name, const QString &secret)
{
    QTest::mouseClick(widgetNamed<QPushButton>(m_dialog, QStringLiteral("New profile")),
                      Qt::LeftButton);
    replaceText(widgetNamed<QLineEdit>(m_dialog, QStringLiteral("Profile name")), name);
    replaceText(widgetNamed<QLineEdit>(m_dialog, QStringLiteral("Base URL")),
                m_simulator.baseUrl().toString());
    replaceText(widgetNamed<QLineEdit>(m_dialog, QStringLiteral("Client id")),
                m_simulator.clientId());
    replaceText(widgetNamed<QLineEdit>(m_dialog, QStringLiteral("Client secret")), secret);
}

void TestProfileDialog::createEditRenameDelete()
{
    fillNewProfile(QStringLiteral("Acme"), QString::fromLatin1(m_simulator.clientSecret()));
    auto *save = widgetNamed<QPushButton>(m_dialog, QStringLiteral("Save profile"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    ProfileStore *store = m_context->profiles();
    QVERIFY(store->contains(QStringLiteral("Acme")));
    QCOMPARE(store->profile(QStringLiteral("Acme")).baseUrl, m_simulator.baseUrl());
    QTRY_VERIFY_WITH_TIMEOUT(m_secrets->contains(QStringLiteral("Acme")), testTimeoutMs);
    QCOMPARE(m_dialog->selectedName(), QStringLiteral("Acme"));

    // Edit: the client id changes, the secret (left empty) stays.
    replaceText(widgetNamed<QLineEdit>(m_dialog, QStringLiteral("Client id")),
                QStringLiteral("other-client"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(store->profile(QStringLiteral("Acme")).clientId, QStringLiteral("other-client"));
    QVERIFY(m_secrets->contains(QStringLiteral("Acme")));

    // Rename: the secret moves with the profile.
    replaceText(widgetNamed<QLineEdit>(m_dialog, QStringLiteral("Profile name")),
                QStringLiteral("Acme EU"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!store->contains(QStringLiteral("Acme")));
    QVERIFY(store->contains(QStringLiteral("Acme EU")));
    QTRY_VERIFY_WITH_TIMEOUT(m_secrets->contains(QStringLiteral("Acme EU")), testTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_secrets->contains(QStringLiteral("Acme")), testTimeoutMs);

    // Delete, confirming in the question box.
    bool confirmed = false;
    QTimer::singleShot(0, this, [&confirmed] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        confirmed = true;
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QTest::mouseClick(widgetNamed<QPushButton>(m_dialog, QStringLiteral("Delete profile")),
                      Qt::LeftButton);
    QVERIFY(confirmed);
    QVERIFY(!store->contains(QStringLiteral("Acme EU")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_secrets->contains(QStringLiteral("Acme EU")), testTimeoutMs);
    QCOMPARE(m_dialog->selectedName(), ProfileStore::demoProfileName());
}

void TestProfileDialog::validatesAsTyped()
{
    fillNewProfile(QStringLiteral("Remote"), QStringLiteral("x"));
    auto *save = widgetNamed<QPushButton>(m_dialog, QStringLiteral("Save profile"));
    auto *problems = widgetNamed<QLabel>(m_dialog, QStringLiteral("Problems with the profile"));
    QVERIFY(save->isEnabled());
    QVERIFY(problems->text().isEmpty());
    replaceText(widgetNamed<QLineEdit>(m_dialog, QStringLiteral("Base URL")),
                QStringLiteral("http://cxone.example.com"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(problems->text().contains(u"http", Qt::CaseInsensitive), qPrintable(problems->text()));
    replaceText(widgetNamed<QLineEdit>(m_dialog, QStringLiteral("Base URL")),
                QStringLiteral("https://cxone.example.com"));
    QVERIFY(save->isEnabled());
    replaceText(widgetNamed<QLineEdit>(m_dialog, QStringLiteral("Profile name")),
                ProfileStore::demoProfileName());
    QVERIFY(!save->isEnabled());
    QVERIFY(problems->text().contains(u"demo"));
}

void TestProfileDialog::testConnectionWithGoodSecret()
{
    fillNewProfile(QStringLiteral("Sim"), QString::fromLatin1(m_simulator.clientSecret()));
    QTest::mouseClick(widgetNamed<QPushButton>(m_dialog, QStringLiteral("Test connection")),
                      Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(m_dialog->testResultText().startsWith(u"Connected"),
                              qPrintable(m_dialog->testResultText()), testTimeoutMs);
    QVERIFY(m_dialog->testResultText().contains(u"valid for 60 min 0 s"));
    QVERIFY(m_dialog->testResultText().contains(u"contact:segments:read"));
    // Nothing was saved by testing.
    QVERIFY(!m_context->profiles()->contains(QStringLiteral("Sim")));
}

void TestProfileDialog::testConnectionWithBadSecret()
{
    fillNewProfile(QStringLiteral("Sim"), QStringLiteral("wrong-secret"));
    QTest::mouseClick(widgetNamed<QPushButton>(m_dialog, QStringLiteral("Test connection")),
                      Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(m_dialog->testResultText().startsWith(u"Connection failed"),
                              qPrintable(m_dialog->testResultText()), testTimeoutMs);
    QVERIFY(m_dialog->testResultText().size() > QStringLiteral("Connection failed: ").size() + 10);
    QTRY_VERIFY_WITH_TIMEOUT(
            widgetNamed<QPushButton>(m_dialog, QStringLiteral("Test connection"))->isEnabled(),
            testTimeoutMs);
}

void TestProfileDialog::demoProfileTestsTheSimulator()
{
    m_dialog->selectProfile(ProfileStore::demoProfileName());
    QVERIFY(!widgetNamed<QLineEdit>(m_dialog, QStringLiteral("Base URL"))->isEnabled());
    QTest::mouseClick(widgetNamed<QPushButton>(m_dialog, QStringLiteral("Test connection")),
                      Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(m_dialog->testResultText().startsWith(u"Connected"),
                              qPrintable(m_dialog->testResultText()), testTimeoutMs);
    QVERIFY(m_context->isDemoRunning());
}

QTEST_MAIN(TestProfileDialog)
#include "test_profiledialog.moc"
