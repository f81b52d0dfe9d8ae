#pragma once

#include "network/objectstoragekey.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace ionos {

// Shows a new Object Storage key once: its access key and its secret, each with Copy, and that
// the secret will not be shown again. The secret lives in this dialog alone; it is wiped from
// the fields when the dialog closes and is never written anywhere. When the answer with the
// secret was lost, it says so and what to do instead.
class NewKeyDialog : public QDialog
{
    Q_OBJECT

public:
    NewKeyDialog(const NewObjectStorageKey &created, const QString &userName,
                 QWidget *parent = nullptr);

    QLineEdit *accessKeyField() const { return m_accessKey; }
    QLineEdit *secretField() const { return m_secret; }

protected:
    void done(int result) override;

private:
    QLineEdit *m_accessKey;
    QLineEdit *m_secret;
};

} // namespace ionos
