#include "ui/common/savefilequestion.h"

#include <QDateTime>
#include <QFileDialog>

namespace ionos {

void SaveFileQuestion::ask(QWidget *window, QObject *context,
                           std::function<void(const QString &)> chosen) const
{
    auto *dialog = new QFileDialog(window, title);
    dialog->setObjectName(objectName);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(filter);
    dialog->setDefaultSuffix(suffix);
    dialog->selectFile(
        QStringLiteral("%1-%2.%3")
            .arg(namePrefix,
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm")), suffix));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, context, std::move(chosen));
    dialog->open();
}

} // namespace ionos
