#pragma once

#include <QSortFilterProxyModel>

namespace ionos {

// The privilege matrix as the person wants to read it: groups sorted by name as on the Groups
// screen, only the groups and the privileges whose names contain what was typed; the members
// column always stays.
class MatrixFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MatrixFilter(QObject *parent = nullptr);

    void setGroupFilter(const QString &text);
    void setPrivilegeFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString groupName(int sourceRow) const;

    QString m_groups;
    QString m_privileges;
};

} // namespace ionos
