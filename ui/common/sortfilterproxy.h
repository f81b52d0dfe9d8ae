#pragma once

#include <QSortFilterProxyModel>

namespace ionos {

// An instant, case-insensitive filter over every column, sorting by the models' raw values.
class SortFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SortFilterProxy(int sortRole, QObject *parent = nullptr)
        : QSortFilterProxyModel(parent)
    {
        setFilterCaseSensitivity(Qt::CaseInsensitive);
        setFilterKeyColumn(-1);
        setSortRole(sortRole);
        setSortCaseSensitivity(Qt::CaseInsensitive);
    }
};

} // namespace ionos
