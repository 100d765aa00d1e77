#include "models/engine/jobs/batchwriter.h"

#include "models/engine/jobs/journal.h"
#include "network/apiclient.h"
#include "network/jsonwriter.h"

#include <QJsonArray>

namespace cxone {

BatchWriter::BatchWriter(JournalWriter *journal, Options options, Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_options(std::move(options))
    , m_hooks(std::move(hooks))
    , m_breaker(m_options.breakerThreshold)
{
    m_breaker.setOnTrip([this] { halt(m_breaker.text()); });
}

BatchWriter::~BatchWriter()
{
    for (const QPointer<CallHandle> &c : std::as_const(m_calls)) {
        if (c) {
            disconnect(c, nullptr, this, nullptr);
            c->cancel();
        }
    }
}

void BatchWriter::setBatches(std::vector<std::vector<qsizetype>> batches)
{
    m_batches = std::move(batches);
}

void BatchWriter::skipBatches(const QSet<int> &done)
{
    m_skip = done;
}

qint64 BatchWriter::itemCount() const
{
    qint64 n = 0;
    for (const auto &b : m_batches)
        n += qint64(b.size());
    return n;
}

void BatchWriter::writeIds(int batch, JsonWriter &w) const
{
    w.key(QLatin1StringView("ids")).beginArray();
    for (const qsizetype item : m_batches[size_t(batch)])
        w.string(m_hooks.idOf(item));
    w.endArray();
}

void BatchWriter::start()
{
    m_running = true;
    m_finished = false;
    m_state.assign(m_batches.size(), BatchState::Pending);
    for (const int b : std::as_const(m_skip)) {
        if (b >= 0 && b < int(m_batches.size())) {
            m_state[size_t(b)] = BatchState::Skipped;
            m_skippedItems += qint64(m_batches[size_t(b)].size());
        }
    }
    pump();
}

void BatchWriter::pump()
{
    while (m_running && !m_halted && m_inFlight < std::max(1, m_options.maxInFlight)
           && m_next < int(m_batches.size())) {
        const int batch = m_next++;
        if (m_state[size_t(batch)] != BatchState::Pending)
            continue;
        ++m_inFlight;
        if (m_hooks.prepare) {
            m_state[size_t(batch)] = BatchState::Preparing;
            m_hooks.prepare(batch, [this, batch](Prepared verdict, const QString &why) {
                if (verdict == Prepared::Halt || m_halted) {
                    // Never sent: accounted as not sent when the writer finishes.
                    m_state[size_t(batch)] = BatchState::Pending;
                    --m_inFlight;
                    if (verdict == Prepared::Halt)
                        halt(why);
                    finishIfIdle();
                    return;
                }
                if (verdict == Prepared::AlreadyDone) {
                    recordVerified(batch, why);
                    return;
                }
                launch(batch);
            });
            continue;
        }
        launch(batch);
    }
    finishIfIdle();
}

void BatchWriter::launch(int batch)
{
    JsonWriter line(64 + 24 * qsizetype(m_batches[size_t(batch)].size()));
    line.beginObject()
            .member(QLatin1StringView("type"), QLatin1StringView("send"))
            .member(QLatin1StringView("op"), m_options.op)
            .member(QLatin1StringView("batch"), batch);
    writeIds(batch, line);
    line.endObject();
    QString error;
    if (!m_journal->appendRaw(line.bytes(), &error)) {
        // Not written, not sent: this batch and every later one stay on this side.
        m_state[size_t(batch)] = BatchState::Pending;
        --m_inFlight;
        halt(tr("%1 Nothing more was sent.").arg(error));
        return;
    }
    m_state[size_t(batch)] = BatchState::Sent;
    ++m_sent;
    CallHandle *call = m_hooks.send(batch);
    m_calls.removeIf([](const QPointer<CallHandle> &c) { return c.isNull(); });
    m_calls.append(call);
    Q_EMIT callStarted(call);
    m_breaker.watch(call, this);
    connect(call, &CallHandle::finished, this,
            [this, batch](const Result &result) { onResult(batch, result); });
}

void BatchWriter::onResult(int batch, const Result &result)
{
    --m_inFlight;
    ++m_done;
    m_state[size_t(batch)] = BatchState::Done;
    QList<ItemOutcome> outcomes = m_hooks.judge(batch, result);
    const auto &items = m_batches[size_t(batch)];
    outcomes.resize(qsizetype(items.size()),
                    ItemOutcome{QStringLiteral("unknown"), result.errorText});
    JsonWriter line(64 + 48 * qsizetype(items.size()));
    line.beginObject()
            .member(QLatin1StringView("type"), QLatin1StringView("result"))
            .member(QLatin1StringView("op"), m_options.op)
            .member(QLatin1StringView("batch"), batch)
            .member(QLatin1StringView("status"), result.httpStatus)
            .key(QLatin1StringView("items"))
            .beginArray();
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const ItemOutcome &o = outcomes[i];
        line.beginObject()
                .member(QLatin1StringView("id"), m_hooks.idOf(items[size_t(i)]))
                .member(QLatin1StringView("outcome"), o.outcome);
        if (!o.error.isEmpty())
            line.member(QLatin1StringView("error"), o.error);
        line.endObject();
        ++m_outcomes[o.outcome];
        if (o.succeeded())
            ++m_ok;
        else if (o.outcome == u"unknown")
            ++m_unknown;
        else
            ++m_failed;
    }
    line.endArray().endObject();
    QString error;
    if (!m_journal->appendRaw(line.bytes(), &error))
        halt(tr("%1 Nothing more was sent.").arg(error));
    Q_EMIT batchFinished(batch, result, outcomes);
    pump();
}

void BatchWriter::recordVerified(int batch, const QString &note)
{
    --m_inFlight;
    ++m_done;
    ++m_verified;
    m_state[size_t(batch)] = BatchState::Done;
    const auto &items = m_batches[size_t(batch)];
    QJsonArray lines;
    QList<ItemOutcome> outcomes;
    for (const qsizetype item : items) {
        lines.append(QJsonObject{{QStringLiteral("id"), m_hooks.idOf(item)},
                                 {QStringLiteral("outcome"), QStringLiteral("ok")}});
        outcomes.append({QStringLiteral("ok"), {}});
    }
    m_ok += qint64(items.size());
    m_outcomes[QStringLiteral("ok")] += qint64(items.size());
    QString error;
    if (!m_journal->append({{QStringLiteral("type"), QStringLiteral("result")},
                            {QStringLiteral("op"), m_options.op},
                            {QStringLiteral("batch"), batch},
                            {QStringLiteral("verified"), note},
                            {QStringLiteral("items"), lines}},
                           &error))
        halt(tr("%1 Nothing more was sent.").arg(error));
    Q_EMIT batchFinished(batch, Result{}, outcomes);
    pump();
}

void BatchWriter::halt(const QString &why)
{
    if (m_halted)
        return;
    m_halted = true;
    m_haltReason = why;
    // Calls on the wire may be retried by the pipeline: stop those retries too.
    const QList<QPointer<CallHandle>> calls = m_calls;
    for (const QPointer<CallHandle> &c : calls) {
        if (c && !c->isFinished())
            c->cancel();
    }
    finishIfIdle();
}

void BatchWriter::finishIfIdle()
{
    if (m_finished || !m_running || m_inFlight > 0)
        return;
    if (m_next < int(m_batches.size()) && !m_halted)
        return;
    m_finished = true;
    m_running = false;
    // Whatever was never sent is written down too, so the journal accounts for every item.
    for (int b = 0; b < int(m_batches.size()); ++b) {
        if (m_state[size_t(b)] != BatchState::Pending)
            continue;
        m_notSent += qint64(m_batches[size_t(b)].size());
        m_outcomes[QStringLiteral("not-sent")] += qint64(m_batches[size_t(b)].size());
        if (m_journal->isOpen()) {
            JsonWriter line;
            line.beginObject()
                    .member(QLatin1StringView("type"), QLatin1StringView("not-sent"))
                    .member(QLatin1StringView("op"), m_options.op)
                    .member(QLatin1StringView("batch"), b);
            writeIds(b, line);
            m_journal->appendRaw(line.endObject().bytes());
        }
    }
    Q_EMIT finished();
}

bool BatchWriter::closeRun(JournalWriter *journal, QJsonObject summary, const QString &stopped,
                           QString *error)
{
    summary.insert(QStringLiteral("type"), QStringLiteral("end"));
    if (!stopped.isEmpty())
        summary.insert(QStringLiteral("stopped"), stopped);
    return journal->append(summary, error) && journal->sync(error);
}

void BatchWriter::scanLine(const QJsonObject &line, const QString &op, JournalState *state)
{
    if (line.value(u"op").toString() != op)
        return;
    const QString type = line.value(u"type").toString();
    const int batch = line.value(u"batch").toInt(-1);
    if (batch < 0)
        return;
    if (type == u"send") {
        state->uncertain.insert(batch);
    } else if (type == u"result") {
        state->uncertain.remove(batch);
        // A batch cancelled on the wire may have reached the tenant: it stays uncertain.
        bool unknown = false;
        for (const QJsonValue v : line.value(u"items").toArray())
            unknown = unknown || v.toObject().value(u"outcome").toString() == u"unknown";
        if (unknown)
            state->uncertain.insert(batch);
        else
            state->done.insert(batch);
    }
}

} // namespace cxone
