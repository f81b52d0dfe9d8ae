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
    box->setInformativeText(consequence.isEmpty() ? afterwards
                                                  : consequence + QLatin1Char(' ') + afterwards);
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
