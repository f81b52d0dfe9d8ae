#pragma once

#include <QString>

namespace ionos {

// Whose rows a detail panel holds (a group's members, a user's keys), and how rows reach it:
// row by row while the same owner stays shown, so that a selection stays; all anew for another
// owner, and into an empty table in one reset, so that its columns fit all rows at once.
class PanelRows
{
public:
    template <typename Rows, typename List>
    void show(Rows &rows, const QString &owner, const List &now)
    {
        if (m_owner == owner && rows.size() > 0) {
            rows.replaceAll(now);
            return;
        }
        m_owner = owner;
        rows.reset(now);
    }

    QString owner() const { return m_owner; }

private:
    QString m_owner;
};

} // namespace ionos
