#include "ui/overview/sincepanel.h"

#include "models/displaytime.h"
#include "models/watch/changesummary.h"
#include "ui/common/colorscheme.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ionos {

SincePanel::SincePanel(const SinceLastSession &since, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("sincePanel"));
    const QString when = DisplayTime::dateTime(since.since.toLocalTime());
    const QStringList phrases = ChangeSummary::phrases(since.changes, since.alerts);
    auto *summary = new QLabel(
        phrases.isEmpty()
            ? tr("Nothing changed since your last session (%1).").arg(when)
            : tr("Since your last session (%1): %2.").arg(when, phrases.join(QStringLiteral(", "))),
        this);
    summary->setObjectName(QStringLiteral("sinceSummary"));
    summary->setWordWrap(true);
    QFont bold = summary->font();
    bold.setBold(true);
    summary->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    const qsizetype shown = std::min<qsizetype>(since.alerts.size(), kAlertsShown);
    for (qsizetype i = 0; i < shown; ++i) {
        const WatchAlert &a = since.alerts.at(i);
        auto *line =
            new QLabel(QStringLiteral("%1 · %2: %3")
                           .arg(Finding::labelOf(a.severity), WatchRules::title(a.rule), a.detail),
                       this);
        line->setObjectName(QStringLiteral("sinceAlert"));
        line->setWordWrap(true);
        line->setToolTip(a.rule);
        layout->addWidget(line);
    }
    if (since.alerts.size() > shown) {
        auto *more = new QLabel(
            tr("and %n more alert(s).", nullptr, int(since.alerts.size() - shown)), this);
        more->setObjectName(QStringLiteral("sinceMoreAlerts"));
        layout->addWidget(more);
    }
    if (!since.changes.isEmpty()) {
        auto *show = new QPushButton(tr("Show These Changes"), this);
        show->setObjectName(QStringLiteral("showSinceChangesButton"));
        show->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        show->setAccessibleDescription(
            tr("Opens the Changes screen comparing the account at the end of your last session "
               "with the account now"));
        connect(show, &QPushButton::clicked, this,
                [this, path = since.path] { emit changesRequested(path); });
        layout->addWidget(show);
    }
    setAccessibleName(summary->text());
    restyle();
}

bool SincePanel::event(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        restyle();
    return QFrame::event(event);
}

void SincePanel::restyle()
{
    const ColorScheme::ToneColors c =
        ColorScheme::colors(ColorScheme::Tone::Info, QApplication::palette());
    setStyleSheet(QStringLiteral("QFrame#sincePanel{background:%1;border:1px solid %2;"
                                 "border-radius:4px;}QFrame#sincePanel QLabel{color:%3;}")
                      .arg(c.background.name(), c.border.name(), c.text.name()));
}

} // namespace ionos
