#include "keyringcheck.h"
#include "budgets.h"

#include "models/connection/keychainsecretstore.h"

#include <QTest>

bool secretServiceAvailable()
{
    static int known = -1;
    if (known >= 0)
        return known == 1;
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        known = 0;
        return false;
    }
    ionos::KeychainSecretStore store(QStringLiteral("ionos-admin-test-probe"), 5000);
    bool done = false;
    bool ok = false;
    store.write(QStringLiteral("probe"), QStringLiteral("probe"), nullptr,
                [&](const ionos::SecretStore::Outcome &o) {
                    ok = o.ok();
                    done = true;
                });
    [[maybe_unused]] const bool answered = QTest::qWaitFor([&] { return done; }, budget::kLocalMs);
    if (ok) {
        done = false;
        store.remove(QStringLiteral("probe"), nullptr,
                     [&](const ionos::SecretStore::Outcome &) { done = true; });
        [[maybe_unused]] const bool removed =
            QTest::qWaitFor([&] { return done; }, budget::kLocalMs);
    }
    known = ok ? 1 : 0;
    return ok;
}
