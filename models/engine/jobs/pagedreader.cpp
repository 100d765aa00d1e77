#include "models/engine/jobs/pagedreader.h"

#include <QEventLoop>

namespace cxone {

PagedReader::PagedReader(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

PagedReader::~PagedReader()
{
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->cancel();
    }
}

void PagedReader::start(Request first, Step step)
{
    m_step = std::move(step);
    m_pages = 0;
    m_error.clear();
    m_errorKind = ErrorKind::None;
    m_running = true;
    m_firstUrl = m_client->resolve(first.url);
    send(std::move(first));
}

void PagedReader::cancel()
{
    if (!m_running)
        return;
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->cancel();
        m_call = nullptr;
    }
    end(false, ErrorKind::Cancelled, tr("Cancelled after %n page(s).", nullptr, m_pages));
}

void PagedReader::send(Request request)
{
    m_lastUrl = m_client->resolve(request.url);
    m_lastBody = request.body;
    m_call = m_client->send(std::move(request));
    if (m_observer)
        m_observer(m_call);
    connect(m_call, &CallHandle::finished, this, &PagedReader::onPage);
}

void PagedReader::onPage(const Result &result)
{
    m_call = nullptr;
    if (!m_running)
        return;
    if (!result.ok()) {
        end(false, result.error,
            m_pages == 0 ? result.errorText
                         : tr("Page %1: %2").arg(m_pages + 1).arg(result.errorText));
        return;
    }
    std::optional<Request> next;
    QString error;
    if (!m_step(result, &next, &error)) {
        end(false, ErrorKind::Malformed,
            tr("Page %1 is not what the API promises: %2").arg(m_pages + 1).arg(error));
        return;
    }
    ++m_pages;
    Q_EMIT pageRead(m_pages);
    if (!m_running) // the step's owner cancelled from its handler
        return;
    if (!next) {
        end(true);
        return;
    }
    const QUrl nextUrl = m_client->resolve(next->url);
    // The origin is the pipeline's to judge (the token goes only to the tenant); the path is this
    // collection's: a next page elsewhere would mix another list into this one.
    if (nextUrl.path(QUrl::FullyEncoded) != m_firstUrl.path(QUrl::FullyEncoded)) {
        end(false, ErrorKind::Malformed,
            tr("Page %1 names a next page at %2, which is not the collection being read (%3); "
               "a next page may only change the query. Stopping rather than mix in other "
               "records.")
                    .arg(m_pages)
                    .arg(nextUrl.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo
                                                 | QUrl::RemoveScheme | QUrl::RemoveAuthority),
                         m_firstUrl.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo
                                                    | QUrl::RemoveScheme | QUrl::RemoveAuthority)));
        return;
    }
    if (nextUrl == m_lastUrl && next->body == m_lastBody) {
        end(false, ErrorKind::Malformed,
            tr("The server answered page %1 with the same paging token it was asked with; "
               "stopping rather than loop.")
                    .arg(m_pages));
        return;
    }
    if (m_pages >= m_maxPages) {
        end(false, ErrorKind::Malformed,
            tr("Stopped after %1 pages: the collection does not end.").arg(m_pages));
        return;
    }
    send(std::move(*next));
}

void PagedReader::end(bool ok, ErrorKind kind, const QString &error)
{
    m_running = false;
    m_errorKind = kind;
    m_error = error;
    Q_EMIT finished(ok);
}

QString PagedReader::readAll(ApiClient *client, Request first, Step step,
                             std::function<void(CallHandle *)> observer)
{
    PagedReader reader(client);
    reader.setCallObserver(std::move(observer));
    QEventLoop loop;
    bool done = false;
    connect(&reader, &PagedReader::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    reader.start(std::move(first), std::move(step));
    if (!done)
        loop.exec();
    return reader.errorText();
}

} // namespace cxone
