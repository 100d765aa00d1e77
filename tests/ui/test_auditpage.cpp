// The Audit page's answer to a trail replaced as a whole: Verify chain says so and shows
// Accept this trail…, which has a name for assistive technology, is reached with Tab and Alt+L,
// and asks first; accepted, the trail is intact and the acceptance is one of its entries.
#include "models/engine/audit/auditmodel.h"
#include "models/engine/audit/auditstore.h"
#include "ui/auditpage.h"
#include "ui/confirmdialog.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cxone;

class TestAuditPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void replacedTrailIsAcceptedFromThePage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
        const auto write = [](const QString &file, int n) {
            AuditStore store;
            QVERIFY(store.open(file));
            for (int i = 0; i < n; ++i) {
                AuditEntry e;
                e.tenant = QStringLiteral("acme");
                e.jobId = QStringLiteral("job-%1").arg(i);
                e.jobKind = QStringLiteral("segment-export");
                e.action = QStringLiteral("EXPORT_STARTED");
                e.target = QStringLiteral("segment-1");
                e.outcome = QStringLiteral("info");
                QVERIFY(store.append(e));
            }
        };
        write(path, 3);
        QVERIFY(QFile::remove(path));
        write(path, 4); // begun again by later jobs

        AuditStore store;
        QVERIFY(store.open(path));
        AuditPage page(&store);
        page.show();
        auto *verify = page.findChild<QPushButton *>(QStringLiteral("auditVerify"));
        auto *accept = page.findChild<QPushButton *>(QStringLiteral("auditAcceptTrail"));
        QVERIFY(verify && accept);
        QVERIFY(!accept->accessibleName().isEmpty());
        QVERIFY(!accept->isVisible());
        QTest::mouseClick(verify, Qt::LeftButton);
        QVERIFY2(page.verifyResultText().contains(u"not the one this machine recorded"),
                 qPrintable(page.verifyResultText()));
        QVERIFY(accept->isVisible());

        // Asked first: cancelled, nothing changes.
        QString asked;
        // Answers the confirmation once it is shown (a mnemonic clicks a moment after the key).
        const auto answer = [&asked](bool yes) {
            auto *poll = new QTimer;
            poll->setInterval(10);
            QObject::connect(poll, &QTimer::timeout, [poll, &asked, yes] {
                auto *dialog = qobject_cast<ConfirmDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                poll->stop();
                poll->deleteLater();
                asked = dialog->text();
                (yes ? dialog->actionButton() : dialog->cancelButton())->click();
            });
            poll->start();
        };
        answer(false);
        QTest::mouseClick(accept, Qt::LeftButton);
        QVERIFY2(asked.contains(u"Accept the trail as it is now"), qPrintable(asked));
        QVERIFY(!store.verify().ok());

        // Reached without a mouse: Tab comes to it, and the space bar on it asks the same
        // question.
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(accept->focusPolicy() & Qt::TabFocus);
        verify->setFocus();
        bool reached = false;
        for (int i = 0; i < 40 && !reached; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached = QApplication::focusWidget() == accept;
        }
        QVERIFY(reached);
        asked.clear();
        answer(false);
        QTest::keyClick(accept, Qt::Key_Space);
        QTRY_VERIFY2(asked.contains(u"Accept the trail as it is now"), qPrintable(asked));
        QVERIFY(!store.verify().ok());

        answer(true);
        QTest::mouseClick(accept, Qt::LeftButton);
        QVERIFY2(page.verifyResultText().contains(u"intact"), qPrintable(page.verifyResultText()));
        QVERIFY(!accept->isVisible());
        QTRY_COMPARE(page.model()->rowCount(), 5);
        const QList<AuditEntry> all = store.entries({.newestFirst = true});
        QCOMPARE(all.first().action, QStringLiteral("AUDIT_TRAIL_ACCEPTED"));
    }
};

QTEST_MAIN(TestAuditPage)
#include "test_auditpage.moc"
