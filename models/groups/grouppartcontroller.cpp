#include "models/groups/grouppartcontroller.h"

namespace ionos {

void GroupPartController::showGroup(const QString &groupId)
{
    m_load.cancel();
    m_shown = groupId;
    showKnown(); // what is known at once; the server's answer follows
    if (!groupId.isEmpty())
        m_load = read(groupId);
}

} // namespace ionos
