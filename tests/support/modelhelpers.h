#pragma once

// Helpers that let a test compare a model's rows, or the order in which an object signalled,
// in one QCOMPARE. Header-only.

#include <QAbstractItemModel>
#include <QMetaMethod>
#include <QObject>
#include <QStringList>

namespace cxone::testsupport {

// The texts of one column, top to bottom (flat models).
inline QStringList rowTexts(const QAbstractItemModel *model, int column = 0,
                            int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, column).data(role).toString();
    return out;
}

// Records, in order, the names of the signals an object emits — those its own classes declare
// (not QObject's). `names()` then reads as the sequence a person would describe:
// {"fileChanged", "planReady", "actionsChanged"}.
class SignalRecorder final : public QObject
{
public:
    explicit SignalRecorder(QObject *watched)
    {
        const QMetaObject *meta = watched->metaObject();
        const int own = QObject::staticMetaObject.methodCount();
        for (int i = own; i < meta->methodCount(); ++i) {
            const QMetaMethod m = meta->method(i);
            if (m.methodType() != QMetaMethod::Signal)
                continue;
            // Each signal reaches qt_metacall below under an id of its own past QObject's.
            QMetaObject::connect(watched, i, this, own + int(m_signals.size()),
                                 Qt::DirectConnection);
            m_signals << QString::fromLatin1(m.name());
        }
    }

    QStringList names() const { return m_seen; }
    // The names seen, each run of the same name counted once ("a", "a", "b" -> "a", "b").
    QStringList distinctRuns() const
    {
        QStringList out;
        for (const QString &n : m_seen) {
            if (out.isEmpty() || out.last() != n)
                out << n;
        }
        return out;
    }
    void clear() { m_seen.clear(); }

    int qt_metacall(QMetaObject::Call call, int id, void **args) override
    {
        id = QObject::qt_metacall(call, id, args);
        if (id < 0 || call != QMetaObject::InvokeMetaMethod)
            return id;
        if (id < m_signals.size())
            m_seen << m_signals[id];
        return -1;
    }

private:
    QStringList m_signals;
    QStringList m_seen;
};

} // namespace cxone::testsupport
