#pragma once

#include <QDialog>

class QTextBrowser;

namespace ionos {

// Help > Getting Started: signing in (with a token for accounts with 2-factor authentication),
// the screens, and the demo. A non-modal page the user can keep open beside the console.
class GettingStartedDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GettingStartedDialog(QWidget *parent = nullptr);
    QTextBrowser *page() const { return m_page; }

private:
    QTextBrowser *m_page;
};

} // namespace ionos
