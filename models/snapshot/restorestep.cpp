#include "models/snapshot/restorestep.h"

namespace ionos {

QString RestoreStep::group() const
{
    return std::visit(
        [](const auto &a) {
            if constexpr (requires { a.group; })
                return a.group;
            else
                return QString();
        },
        m_action);
}

QString RestoreStep::user() const
{
    return std::visit(
        [](const auto &a) {
            if constexpr (requires { a.user; })
                return a.user;
            else
                return QString();
        },
        m_action);
}

} // namespace ionos
