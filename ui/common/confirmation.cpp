#include "ui/common/confirmation.h"

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
        lines << QCoreApplication::translate("ionos::Confirmation",
                                             "What changes in who may do what:");
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

QMessageBox *Confirmation::ask(QWidget *parent, std::function<void()> confirmed) const
{
    auto *box = new QMessageBox(QMessageBox::Warning, title,
                                question + QStringLiteral("\n\n") + listed(names),
                                QMessageBox::Cancel, parent);
    box->setObjectName(objectName);
    box->setTextFormat(Qt::PlainText);
    const QString afterwards =
        undo.isEmpty()
            ? QCoreApplication::translate("ionos::Confirmation", "This cannot be undone.")
            : undo;
    QString informative =
        consequence.isEmpty() ? afterwards : consequence + QLatin1Char(' ') + afterwards;
    if (effects) {
        informative += QStringLiteral("\n\n") + effectsText(*effects, effectsComplete);
        if (effects->size() > kMostEffects)
            box->setDetailedText(effects->join(QLatin1Char('\n')));
    }
    box->setInformativeText(informative);
    QPushButton *confirm = box->addButton(confirmText, QMessageBox::DestructiveRole);
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
