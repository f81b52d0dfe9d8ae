#pragma once

#include <QAbstractTableModel>

namespace ionos {

// The 25 group privileges as a read-only table: label, area, JSON key and what each allows.
class PrivilegeReferenceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LabelColumn,
        AreaColumn,
        KeyColumn,
        ExplanationColumn,
        ColumnCount
    };

    explicit PrivilegeReferenceModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace ionos
