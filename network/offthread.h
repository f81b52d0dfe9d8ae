#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <utility>

namespace ionos {

// Work long enough to stall the window (reading a large answer, working out access for
// thousands of users), done on a worker thread. Its result is handed to `done` on the main
// thread, and only while `context` still exists: an answer for a closed dialog is dropped.
// `work` must own what it reads (copies or shared pointers to data nobody changes).
template <typename Work, typename Done> void runOffThread(QObject *context, Work work, Done done)
{
    QThreadPool::globalInstance()->start([context = QPointer<QObject>(context),
                                          work = std::move(work),
                                          done = std::move(done)]() mutable {
        auto result = work();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [context = std::move(context), done = std::move(done),
             result = std::move(result)]() mutable {
                if (context)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace ionos
