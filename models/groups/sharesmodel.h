#pragma once

#include "models/keyedtablemodel.h"
#include "network/groupshare.h"

#include <functional>

namespace ionos {

// The shares of one group, as kept apart for the panel: each shared resource with Read (the share
// itself), Edit and Share. Edit and Share are checkboxes edited in place; the model only asks for
// the change (flagsEdited); the screen says what it does and has the controller make it.
class SharesModel : public KeyedTableModel<GroupShare>
{
    Q_OBJECT

public:
    enum Column
    {
        ResourceColumn,
        TypeColumn,
        ReadColumn,
        EditColumn,
        ShareColumn,
        ColumnCount
    };
    enum Role
    {
        ResourceIdRole = Qt::UserRole + 1,
        PendingRole
    };
    struct Label
    {
        QString name;
        QString type;
    };
    using Describe = std::function<Label(const QString &resourceId)>;

    explicit SharesModel(KeyedRows<GroupShare> &rows, QObject *parent = nullptr);

    void setDescribe(Describe describe) { m_describe = std::move(describe); }
    // A resource's name and type for a person; its id when nothing better is known.
    Label label(const QString &resourceId) const
    {
        return m_describe ? m_describe(resourceId) : Label{resourceId, {}};
    }
    std::optional<GroupShare> share(const QString &resourceId) const { return find(resourceId); }
    QList<GroupShare> shares() const { return allRows(); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void flagsEdited(const GroupShare &wanted);

private:
    Describe m_describe;
};

} // namespace ionos
