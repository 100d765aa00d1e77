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
    , m_pacer(new Pacer(m_options.pace, m_options.clock, this))
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

QByteArray BatchWriter::requestIdFor(int batch) const
{
    if (m_options.requestIdPrefix.isEmpty())
        return {};
    return m_options.requestIdPrefix + '-' + m_options.op.toUtf8() + '-'
           + QByteArray::number(batch);
}

bool BatchWriter::answerLost(const Result &result)
{
    return result.error == ErrorKind::Network || result.error == ErrorKind::Timeout
           || result.error == ErrorKind::Malformed;
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
    m_sends.assign(m_batches.size(), 0);
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
            m_hooks.prepare(batch, [this, batch](Prepared verdict, const QString &why,
                                                 const QList<ItemOutcome> &outcomes) {
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
                    QList<ItemOutcome> all = outcomes;
                    if (all.isEmpty())
                        all.fill({QStringLiteral("ok"), {}},
                                 qsizetype(m_batches[size_t(batch)].size()));
                    record(batch, Result{}, all, why);
                    return;
                }
                paced(batch);
            });
            continue;
        }
        m_state[size_t(batch)] = BatchState::Preparing;
        paced(batch);
    }
    finishIfIdle();
}

// Its turn in the pace: a batch goes when the pacer has room for it.
void BatchWriter::paced(int batch)
{
    m_pacer->acquire(int(m_batches[size_t(batch)].size()), this, [this, batch] { launch(batch); });
}

void BatchWriter::launch(int batch)
{
    if (m_halted) {
        m_state[size_t(batch)] = BatchState::Pending;
        --m_inFlight;
        finishIfIdle();
        return;
    }
    const QByteArray requestId = requestIdFor(batch);
    JsonWriter line(64 + 24 * qsizetype(m_batches[size_t(batch)].size()));
    line.beginObject()
            .member(QLatin1StringView("type"), QLatin1StringView("send"))
            .member(QLatin1StringView("op"), m_options.op)
            .member(QLatin1StringView("batch"), batch);
    if (!requestId.isEmpty())
        line.member(QLatin1StringView("requestId"), QString::fromLatin1(requestId));
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
    send(batch);
}

void BatchWriter::send(int batch)
{
    const int items = int(m_batches[size_t(batch)].size());
    // Only a batch's first send went when the pace allowed; what it met tells the pacer whether
    // the pace is too high. Sends after a lost answer and the pipeline's retries go at once.
    const bool first = m_sends[size_t(batch)]++ == 0;
    CallHandle *call = m_hooks.send(batch, requestIdFor(batch));
    m_calls.removeIf([](const QPointer<CallHandle> &c) { return c.isNull(); });
    m_calls.append(call);
    connect(call, &CallHandle::attemptFinished, this, [this, items, first](const Attempt &a) {
        if (a.error == ErrorKind::Cancelled)
            return;
        m_pacer->answered(items, m_pacer->nowMs() - a.latencyMs, a.httpStatus == 429,
                          first && a.number == 1);
    });
    connect(call, &CallHandle::retryScheduled, this,
            [this, items](int, int, qint64 waitMs, ErrorKind) {
                m_pacer->retrying(items, waitMs);
            });
    Q_EMIT callStarted(call);
    m_breaker.watch(call, this);
    connect(call, &CallHandle::finished, this,
            [this, batch](const Result &result) { onResult(batch, result); });
}

void BatchWriter::onResult(int batch, const Result &result)
{
    if (answerLost(result) && m_hooks.confirm) {
        m_hooks.confirm(batch, [this, batch, result](const QList<ItemOutcome> &outcomes,
                                                     const QString &why) {
            onConfirmed(batch, result, outcomes, why);
        });
        return;
    }
    record(batch, result, m_hooks.judge(batch, result), {});
}

void BatchWriter::onConfirmed(int batch, const Result &result, const QList<ItemOutcome> &outcomes,
                              const QString &why)
{
    if (!outcomes.isEmpty()) {
        record(batch, result, outcomes,
               QStringLiteral("the answer was lost; the tenant holds the batch's values"));
        return;
    }
    if (why.isEmpty() && !m_halted && m_sends[size_t(batch)] < std::max(1, m_options.maxSends)) {
        // It did not take effect (or not all of it): the same batch again, under the same
        // request id, so that a tenant that did get it answers what it did the first time; a
        // little later each time, as a retry would be.
        ++m_resent;
        const qint64 wait = std::min<qint64>(8000, qint64(500) << (m_sends[size_t(batch)] - 1));
        m_pacer->retrying(int(m_batches[size_t(batch)].size()), wait);
        PaceClock *clock = m_options.clock ? m_options.clock : PaceClock::steady();
        clock->callAfter(wait, this, [this, batch] {
            if (!m_halted) {
                send(batch);
                return;
            }
            // Read back as not taken, and stopped before it went again: not sent.
            Result stopped;
            stopped.error = ErrorKind::Local;
            stopped.errorText = tr("not sent again: %1").arg(m_haltReason);
            record(batch, stopped, m_hooks.judge(batch, stopped), {});
        });
        return;
    }
    Result unknown = result;
    if (!why.isEmpty())
        unknown.errorText = tr("%1; what the tenant holds could not be read back (%2)")
                                    .arg(result.errorText, why);
    record(batch, unknown, m_hooks.judge(batch, unknown), {});
}

void BatchWriter::record(int batch, const Result &result, QList<ItemOutcome> outcomes,
                         const QString &verified)
{
    --m_inFlight;
    ++m_done;
    if (!verified.isEmpty())
        ++m_verified;
    m_state[size_t(batch)] = BatchState::Done;
    const auto &items = m_batches[size_t(batch)];
    outcomes.resize(qsizetype(items.size()),
                    ItemOutcome{QStringLiteral("unknown"), result.errorText});
    JsonWriter line(64 + 48 * qsizetype(items.size()));
    line.beginObject()
            .member(QLatin1StringView("type"), QLatin1StringView("result"))
            .member(QLatin1StringView("op"), m_options.op)
            .member(QLatin1StringView("batch"), batch)
            .member(QLatin1StringView("status"), result.httpStatus);
    if (!verified.isEmpty())
        line.member(QLatin1StringView("verified"), verified);
    line.key(QLatin1StringView("items")).beginArray();
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
    Q_EMIT batchFinished(batch, result, outcomes, verified);
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
    m_pacer->releaseAll(); // batches waiting for their turn see the halt now
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
