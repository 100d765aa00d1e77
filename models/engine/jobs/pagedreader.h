#pragma once

#include "network/apiclient.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace cxone {

// Reads a paged collection to its end, whatever the API's paging style: a continuation token in
// the query or the body, a nextPageUri, a cursor. The caller's step reads each page (keeping its
// items) and says which request comes next; the reader sends it, refuses to loop (a page that
// names the request it came from) and to leave the collection (a next page on another path than
// the first page's: only the query may change), bounds the page count and can be cancelled
// between pages.
class PagedReader final : public QObject
{
    Q_OBJECT
public:
    // Reads one page; sets *next to the following request, or leaves it empty at the end.
    // Returns false and says why in *error when the page is not what the API promises.
    using Step
            = std::function<bool(const Result &page, std::optional<Request> *next, QString *error)>;

    explicit PagedReader(ApiClient *client, QObject *parent = nullptr);
    ~PagedReader() override;

    // Every call the reader makes goes here first (a job watches it).
    void setCallObserver(std::function<void(CallHandle *)> observer)
    {
        m_observer = std::move(observer);
    }
    void setMaxPages(int pages) { m_maxPages = pages; }

    void start(Request first, Step step);
    void cancel();
    bool isRunning() const { return m_running; }
    int pages() const { return m_pages; }
    QString errorText() const { return m_error; }
    ErrorKind error() const { return m_errorKind; }

    // Runs a reader to its end in a local event loop (the command line); returns its error text,
    // empty on success.
    static QString readAll(ApiClient *client, Request first, Step step,
                           std::function<void(CallHandle *)> observer = {});

Q_SIGNALS:
    void pageRead(int pages);
    // ok false: errorText() says why (cancelled: error() is Cancelled).
    void finished(bool ok);

private:
    void send(Request request);
    void onPage(const Result &result);
    void end(bool ok, ErrorKind kind = ErrorKind::None, const QString &error = {});

    ApiClient *m_client;
    Step m_step;
    std::function<void(CallHandle *)> m_observer;
    QPointer<CallHandle> m_call;
    QUrl m_firstUrl;
    QUrl m_lastUrl;
    QByteArray m_lastBody;
    int m_pages = 0;
    int m_maxPages = 100000;
    bool m_running = false;
    QString m_error;
    ErrorKind m_errorKind = ErrorKind::None;
};

} // namespace cxone
