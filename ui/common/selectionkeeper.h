#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAbstractItemModel;

namespace ionos {

// Keeps a screen's row selected through a reload of its model: the id shown before the reset is
// selected again after it, so the detail pane keeps following it.
class SelectionKeeper : public QObject
{
    Q_OBJECT

public:
    SelectionKeeper(QAbstractItemModel &model, std::function<QString()> shown,
                    std::function<void(const QString &)> select, QObject *parent);

private:
    QString m_kept;
};

} // namespace ionos
