#include "ui/common/confirmation.h"

#include "network/offthread.h"
#include "ui/common/icons.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace ionos {

QString Confirmation::listed(const QStringList &names)
{
    QStringList lines;
    for (int i = 0; i < names.size() && i < kMostNamed; ++i)
        lines << QStringLiteral("• ") + names.at(i);
    if (names.size() > kMostNamed)
        lines << QCoreApplication::translate("ionos::Confirmation", "and %n more", nullptr,
                                             int(names.size() - kMostNamed));
    return lines.join(QLatin1Char('\n'));
}

QString Confirmation::effectsText(const QStringList &effects, bool complete)
{
    QStringList lines;
    if (effects.isEmpty()) {
        lines << QCoreApplication::translate("ionos::Confirmation", "Nobody's access changes.");
    } else {
        lines << QCoreApplication::translate("ionos::Confirmation", "Who gains or loses access:");
        for (int i = 0; i < effects.size() && i < kMostEffects; ++i)
            lines << QStringLiteral("• ") + effects.at(i);
        if (effects.size() > kMostEffects)
            lines << QCoreApplication::translate("ionos::Confirmation",
                                                 "and %n more (Show Details…)", nullptr,
                                                 int(effects.size() - kMostEffects));
    }
    if (!complete)
        lines << QCoreApplication::translate("ionos::Confirmation",
                                             "The account is still loading: this may miss some.");
    return lines.join(QLatin1Char('\n'));
}

QString Confirmation::afterwards() const
{
    const QString undone = undo.isEmpty() ? QCoreApplication::translate("ionos::Confirmation",
                                                                        "This cannot be undone.")
                                          : undo;
    return consequence.isEmpty() ? undone : consequence + QLatin1Char(' ') + undone;
}

QMessageBox *Confirmation::ask(QWidget *parent, std::function<void()> confirmed) const
{
    QMessageBox *box = open(parent, std::move(confirmed), std::nullopt);
    if (!preview)
        return box;
    box->setProperty(kPreviewPending, true);
    runOffThread(
        box, [staged = *preview] { return staged.difference().lines(); },
        [box, text = afterwards(), complete = previewComplete](const QStringList &effects) {
            box->setInformativeText(text + QStringLiteral("\n\n") + effectsText(effects, complete));
            if (effects.size() > kMostEffects)
                box->setDetailedText(effects.join(QLatin1Char('\n')));
            box->setProperty(kPreviewPending, false);
        });
    return box;
}

void Confirmation::askIfAccessChanges(QWidget *parent, std::function<void()> confirmed,
                                      std::function<void()> settled) const
{
    Q_ASSERT(preview);
    runOffThread(
        parent, [staged = *preview] { return staged.difference().lines(); },
        [question = *this, parent, confirmed = std::move(confirmed),
         settled](const QStringList &effects) {
            if (settled)
                settled();
            if (effects.isEmpty())
                confirmed();
            else
                question.open(parent, confirmed, effects);
        });
}

QMessageBox *Confirmation::open(QWidget *parent, std::function<void()> confirmed,
                                const std::optional<QStringList> &effects) const
{
    auto *box = new QMessageBox(destructive ? QMessageBox::Warning : QMessageBox::Question, title,
                                question + QStringLiteral("\n\n") + listed(names),
                                QMessageBox::Cancel, parent);
    box->setObjectName(objectName);
    box->setTextFormat(Qt::PlainText);
    // The console's own drawing, not the platform's stock one.
    Icons::setMessageIcon(box, destructive ? QMessageBox::Warning : QMessageBox::Question);
    QString informative = afterwards();
    if (effects) {
        informative += QStringLiteral("\n\n") + effectsText(*effects, previewComplete);
        if (effects->size() > kMostEffects)
            box->setDetailedText(effects->join(QLatin1Char('\n')));
    } else if (preview) {
        informative += QStringLiteral("\n\n") +
                       QCoreApplication::translate("ionos::Confirmation",
                                                   "Working out who gains or loses access…");
    }
    box->setInformativeText(informative);
    QPushButton *confirm = box->addButton(confirmText, destructive ? QMessageBox::DestructiveRole
                                                                   : QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [confirm, confirmed = std::move(confirmed)](QAbstractButton *button) {
                         if (button == confirm)
                             confirmed();
                     });
    box->open();
    return box;
}

} // namespace ionos
