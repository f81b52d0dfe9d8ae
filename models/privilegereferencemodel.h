#pragma once

#include "models/keyedtablemodel.h"
#include "network/privileges.h"

namespace ionos {

// The 25 group privileges as a read-only table: label, area, JSON key and what each allows.
class PrivilegeReferenceModel : public KeyedTableModel<Privilege>
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

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace ionos
