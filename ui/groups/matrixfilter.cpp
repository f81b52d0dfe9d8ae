#include "ui/groups/matrixfilter.h"

#include "models/groups/privilegematrixmodel.h"
#include "models/tableexport.h"

namespace ionos {

MatrixFilter::MatrixFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

void MatrixFilter::setGroupFilter(const QString &text)
{
    m_groups = text.trimmed();
    invalidateRowsFilter();
}

void MatrixFilter::setPrivilegeFilter(const QString &text)
{
    m_privileges = text.trimmed();
    invalidateColumnsFilter();
}

QString MatrixFilter::groupName(int sourceRow) const
{
    return sourceModel()->headerData(sourceRow, Qt::Vertical).toString();
}

bool MatrixFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_groups.isEmpty() || groupName(sourceRow).contains(m_groups, Qt::CaseInsensitive);
}

bool MatrixFilter::filterAcceptsColumn(int sourceColumn, const QModelIndex &) const
{
    if (m_privileges.isEmpty() || sourceColumn == PrivilegeMatrixModel::membersColumn())
        return true;
    // The label in the language shown, or the API's key.
    for (int role : {int(Qt::DisplayRole), int(ExportKeyRole)}) {
        if (sourceModel()
                ->headerData(sourceColumn, Qt::Horizontal, role)
                .toString()
                .contains(m_privileges, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool MatrixFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return QString::localeAwareCompare(groupName(left.row()).toCaseFolded(),
                                       groupName(right.row()).toCaseFolded()) < 0;
}

} // namespace ionos
