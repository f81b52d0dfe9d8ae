#include "models/account/resourcestates.h"

namespace ionos {
namespace {

struct StateName
{
    const char *state;
    const char *label;
};
constexpr StateName kStates[] = {
    {"AVAILABLE", QT_TRANSLATE_NOOP("ResourceStates", "Available")},
    {"ACTIVE", QT_TRANSLATE_NOOP("ResourceStates", "Active")},
    {"INACTIVE", QT_TRANSLATE_NOOP("ResourceStates", "Inactive")},
    {"BUSY", QT_TRANSLATE_NOOP("ResourceStates", "Busy")},
    {"DEPLOYING", QT_TRANSLATE_NOOP("ResourceStates", "Being deployed")},
    {"UPDATING", QT_TRANSLATE_NOOP("ResourceStates", "Being updated")},
    {"DESTROYING", QT_TRANSLATE_NOOP("ResourceStates", "Being deleted")},
    {"SUSPENDED", QT_TRANSLATE_NOOP("ResourceStates", "Suspended")},
    {"TERMINATED", QT_TRANSLATE_NOOP("ResourceStates", "Terminated")},
    {"FAILED", QT_TRANSLATE_NOOP("ResourceStates", "Failed")},
};

} // namespace

QString ResourceStates::label(const QString &state)
{
    for (const StateName &s : kStates) {
        if (QLatin1String(s.state) == state)
            return tr(s.label);
    }
    // A state this console does not know yet (FAILED_UPDATING, ...): its words, not its spelling.
    QString words = state.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

} // namespace ionos
