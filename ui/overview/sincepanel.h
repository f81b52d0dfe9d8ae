#pragma once

#include "models/restore/sessionmemory.h"

#include <QFrame>

namespace ionos {

// What changed since the last session, above the Overview's figures: a sentence by kind ("Since
// 3 Dec 2026 14:20: 2 users added, 1 new administrator, 5 privileges granted"), the watch's
// alerts below it, most severe first, and a link that opens the Changes screen on exactly that
// comparison.
class SincePanel : public QFrame
{
    Q_OBJECT

public:
    static constexpr int kAlertsShown = 8;

    explicit SincePanel(const SinceLastSession &since, QWidget *parent = nullptr);

signals:
    // Show Changes: the snapshot of the last session against the account now.
    void changesRequested(const QString &snapshotPath);

protected:
    bool event(QEvent *event) override;

private:
    // The information tone's colours of the application's palette, light or dark.
    void restyle();
};

} // namespace ionos
