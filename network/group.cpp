#include "network/group.h"

#include "network/privileges.h"

namespace ionos {

GroupPrivileges::GroupPrivileges()
    : m_flags(Privileges::all().size(), false)
{}

bool GroupPrivileges::value(const QString &key) const
{
    const int index = Privileges::indexOf(Privileges::canonicalKey(key));
    return index >= 0 && m_flags.at(index);
}

void GroupPrivileges::set(const QString &key, bool granted)
{
    const int index = Privileges::indexOf(Privileges::canonicalKey(key));
    if (index >= 0)
        m_flags[index] = granted;
}

int GroupPrivileges::grantedCount() const
{
    return int(m_flags.count(true));
}

QStringList GroupPrivileges::grantedKeys() const
{
    QStringList keys;
    for (qsizetype i = 0; i < m_flags.size(); ++i) {
        if (m_flags.at(i))
            keys << Privileges::all().at(i).key;
    }
    return keys;
}

bool GroupChange::isIn(const Group &group) const
{
    if (name && group.name != *name)
        return false;
    for (auto it = privileges.begin(); it != privileges.end(); ++it) {
        if (group.privileges.value(it.key()) != it.value())
            return false;
    }
    return true;
}

} // namespace ionos
