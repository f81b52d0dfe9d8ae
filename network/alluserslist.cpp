#include "network/alluserslist.h"

#include "network/cloudcodec.h"
#include "network/completion.h"
#include "network/servicecalls.h"

#include <QHash>
#include <QMap>
#include <QPointer>
#include <QSet>

#include <memory>

namespace ionos {
namespace {

class Load : public std::enable_shared_from_this<Load>
{
public:
    Load(ApiClient &client, ApiCall *call, Completion<QList<User>> complete,
         AllUsersList::PagesArrived arrived)
        : m_client(client)
        , m_call(call)
        , m_complete(std::move(complete))
        , m_arrived(std::move(arrived))
        , m_priority(ApiClient::currentPriority())
    {}

    void issueMore()
    {
        // Every page keeps the class the load began with.
        ApiClient::PriorityScope scope(m_priority);
        const int window = std::max(1, m_client.allowedConcurrency(ApiRequest::Api::Cloud));
        while (!m_complete.isFinished() && m_onTheWire.size() < window &&
               (m_lastPage < 0 || m_nextPage <= m_lastPage)) {
            const int page = m_nextPage++;
            std::weak_ptr<Load> weak = weak_from_this();
            // No context: a page past the end finishes on its own after the load is done, so
            // that the requests in flight stay what the server counts.
            ApiCall *pageCall = servicecalls::fetch<UsersPage>(
                m_client, requests::listUsers(page * requests::kUsersPageSize), nullptr,
                &cloudcodec::usersPage,
                [weak, page](const Result<UsersPage> &r) {
                    if (const std::shared_ptr<Load> self = weak.lock())
                        self->pageArrived(page, r);
                },
                [weak, page] {
                    // The next page goes out while this one is read.
                    if (const std::shared_ptr<Load> self = weak.lock()) {
                        self->m_onTheWire.remove(page);
                        self->issueMore();
                    }
                });
            m_inFlight.insert(page, pageCall);
            m_onTheWire.insert(page);
            m_call->adopt(pageCall);
        }
    }

    // Pages asked for from now on go in this class too (those waiting follow the call).
    void promote(RequestPriority priority) { m_priority = std::min(m_priority, priority); }

private:
    void pageArrived(int page, const Result<UsersPage> &result)
    {
        m_inFlight.remove(page);
        m_onTheWire.remove(page);
        if (m_complete.isFinished() || m_abandoned.contains(page))
            return;
        if (!result.ok()) {
            abandonAll();
            m_complete(result.error());
            return;
        }
        m_pages.insert(page, result.value().users);
        if (!result.value().hasNext && (m_lastPage < 0 || page < m_lastPage)) {
            m_lastPage = page;
            abandonPagesAfter(page);
        }
        deliverInOrder();
        if (m_lastPage >= 0) {
            emit m_call->progressed(pagesArrived(), m_lastPage + 1);
            if (haveAllPages()) {
                m_complete(m_users);
                return;
            }
        } else {
            emit m_call->progressed(pagesArrived(), 0);
        }
        issueMore();
    }

    // Takes the pages that now follow the ones taken, in the server's order, and hands them on.
    // A user created while the pages load can shift another user onto two pages: kept once.
    void deliverInOrder()
    {
        QList<User> users;
        while (m_pages.contains(m_delivered) && (m_lastPage < 0 || m_delivered <= m_lastPage)) {
            for (const User &u : m_pages.take(m_delivered)) {
                if (!m_seen.contains(u.id)) {
                    m_seen.insert(u.id);
                    users.append(u);
                }
            }
            ++m_delivered;
        }
        m_users += users;
        if (m_arrived && !users.isEmpty())
            m_arrived(users);
    }

    bool haveAllPages() const { return m_delivered > m_lastPage; }
    int pagesArrived() const { return m_delivered + int(m_pages.size()); }

    void abandonPagesAfter(int last)
    {
        // Pages past the end are left to finish and ignored: aborting them would free a slot
        // here while the server still counts them in flight, and a new request would meet a 429.
        const QList<int> pages = m_inFlight.keys();
        for (int p : pages) {
            if (p > last) {
                m_abandoned.insert(p);
                m_inFlight.remove(p);
            }
        }
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            it = it.key() > last ? m_pages.erase(it) : std::next(it);
        }
    }

    void abandonAll()
    {
        const QList<int> pages = m_inFlight.keys();
        for (int p : pages)
            abandon(p);
    }

    void abandon(int page)
    {
        m_abandoned.insert(page);
        const QPointer<ApiCall> call = m_inFlight.take(page);
        if (call)
            call->cancel();
    }

    ApiClient &m_client;
    ApiCall *m_call;
    Completion<QList<User>> m_complete;
    AllUsersList::PagesArrived m_arrived;
    RequestPriority m_priority;
    int m_delivered = 0; // pages taken into m_users
    QSet<QString> m_seen;
    QList<User> m_users;
    QMap<int, QList<User>> m_pages;           // arrived, not yet taken
    QHash<int, QPointer<ApiCall>> m_inFlight; // not yet read
    QSet<int> m_onTheWire;                    // not yet answered
    QSet<int> m_abandoned;
    int m_nextPage = 0;
    int m_lastPage = -1;
};

} // namespace

ApiCall *AllUsersList::start(ApiClient &client, QObject *context,
                             std::function<void(const Result<QList<User>> &)> done,
                             PagesArrived arrived)
{
    auto *call = new ApiCall(&client);
    auto load = std::make_shared<Load>(
        client, call, Completion<QList<User>>(call, context, std::move(done)), std::move(arrived));
    call->onPromote([weak = std::weak_ptr<Load>(load)](RequestPriority priority) {
        if (const std::shared_ptr<Load> self = weak.lock())
            self->promote(priority);
    });
    // The load lives as long as its call.
    QObject::connect(call, &QObject::destroyed, call, [load] {});
    load->issueMore();
    return call;
}

} // namespace ionos
