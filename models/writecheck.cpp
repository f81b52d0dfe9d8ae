#include "writecheck.h"

#include <QPointer>
#include <QTimer>

#include <memory>

namespace ionos {
namespace {

void lookAgain(QPointer<QObject> context, const std::shared_ptr<WriteCheck::Look> &look,
               const std::shared_ptr<std::function<void(bool)>> &settle, int attempt, int looks,
               int firstWaitMs)
{
    if (!context)
        return;
    const int wait = attempt == 0 ? 0 : firstWaitMs << (attempt - 1);
    QTimer::singleShot(wait, context, [=] {
        (*look)([=](bool made) {
            if (made || attempt + 1 >= looks)
                (*settle)(made);
            else
                lookAgain(context, look, settle, attempt + 1, looks, firstWaitMs);
        });
    });
}

} // namespace

void WriteCheck::confirm(QObject *context, Look look, std::function<void(bool made)> settle,
                         int looks, int firstWaitMs)
{
    lookAgain(context, std::make_shared<Look>(std::move(look)),
              std::make_shared<std::function<void(bool)>>(std::move(settle)), 0, looks,
              firstWaitMs);
}

} // namespace ionos
