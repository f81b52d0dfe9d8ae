#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace ionos {

// The 25 privilege flags of a group, by the keys of the Privileges table.
class GroupPrivileges
{
public:
    GroupPrivileges();

    bool value(const QString &key) const;
    void set(const QString &key, bool granted);
    bool at(int index) const { return m_flags.at(index); }
    void setAt(int index, bool granted) { m_flags[index] = granted; }
    int grantedCount() const;
    QStringList grantedKeys() const;

    bool operator==(const GroupPrivileges &) const = default;

private:
    QList<bool> m_flags;
};

struct Group
{
    QString id;
    QString name;
    GroupPrivileges privileges;

    bool operator==(const Group &) const = default;
};

// A change to a group: a new name and the privileges to change; everything else is kept as the
// server has it.
struct GroupChange
{
    std::optional<QString> name;
    QMap<QString, bool> privileges;

    // Whether the group as read shows this change.
    bool isIn(const Group &group) const;
    bool operator==(const GroupChange &) const = default;
};

// A group as listed under a user (the spec types these items as Resource).
struct GroupRef
{
    QString id;
    QString name;

    bool operator==(const GroupRef &) const = default;
};

} // namespace ionos
