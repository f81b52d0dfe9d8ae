#include "models/connection/secretstore.h"

namespace ionos {

QString SecretStore::describe(const Outcome &outcome, bool saving)
{
    QString text;
    switch (outcome.problem) {
    case Problem::None:
        return {};
    case Problem::NoService:
        text = tr("No keychain service is running in this desktop session (no Secret Service on "
                  "the session bus), so the secret cannot be kept.");
        break;
    case Problem::Locked:
        text = saving ? tr("The keychain is locked and refused to save the secret. Unlock it "
                           "(for example by signing in to the desktop again) and try again.")
                      : tr("The keychain is locked. Unlock it and try again.");
        break;
    case Problem::NotFound:
        text = tr("No secret is stored for this profile yet (or the keychain is locked).");
        break;
    case Problem::TimedOut:
        text = tr("The keychain did not answer in time.");
        break;
    case Problem::Other:
        text = tr("The keychain reported an error.");
        break;
    }
    if (!outcome.detail.isEmpty() && outcome.problem != Problem::NotFound)
        text += QLatin1Char(' ') + tr("It said: %1").arg(outcome.detail);
    return text;
}

} // namespace ionos
