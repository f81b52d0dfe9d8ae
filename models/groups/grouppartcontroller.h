#pragma once

#include "models/accountcontroller.h"
#include "models/latestload.h"
#include "models/panelrows.h"

#include <QList>
#include <QString>

namespace ionos {

// The controller of one part of a group (its members, its shares) as the group's panel shows
// it: which group is shown, what the state knows of it at once, and the server's answer after,
// which goes to the state and from there to the panel.
class GroupPartController : public AccountController
{
public:
    using AccountController::AccountController;

    QString shownGroup() const { return m_shown; }
    // Shows what the state knows of the group at once, then reads the part again. Another
    // group, or an empty id, cancels the earlier read.
    void showGroup(const QString &groupId);
    // Whether that read is still on its way.
    bool isReadingShownGroup() const { return m_load.isRunning(); }

protected:
    // Puts the shown group's part, as the state has it now, in the panel's rows.
    virtual void showKnown() = 0;
    // Asks the server for the group's part; the answer goes to the state.
    virtual ApiCall *read(const QString &groupId) = 0;

    // The panel's rows now, as PanelRows puts them there.
    template <typename Rows, typename List> void showRows(Rows &rows, const List &now)
    {
        m_panel.show(rows, m_shown, now);
    }

    QString m_shown;

private:
    PanelRows m_panel;
    LatestLoad m_load;
};

} // namespace ionos
