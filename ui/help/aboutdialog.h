#pragma once

#include <QDialog>

namespace ionos {

// Help > About: the version, the licence, and the APIs and versions the console speaks.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace ionos
