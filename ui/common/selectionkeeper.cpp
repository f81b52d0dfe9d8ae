#include "ui/common/selectionkeeper.h"

#include <QAbstractItemModel>

#include <utility>

namespace ionos {

SelectionKeeper::SelectionKeeper(QAbstractItemModel &model, std::function<QString()> shown,
                                 std::function<void(const QString &)> select, QObject *parent)
    : QObject(parent)
{
    connect(&model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this, shown = std::move(shown)] { m_kept = shown(); });
    connect(&model, &QAbstractItemModel::modelReset, this, [this, select = std::move(select)] {
        const QString kept = std::exchange(m_kept, QString());
        if (!kept.isEmpty())
            select(kept);
    });
}

} // namespace ionos
