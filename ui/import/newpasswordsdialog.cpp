#include "ui/import/newpasswordsdialog.h"

#include "ui/common/messagebanner.h"
#include "ui/common/savefilequestion.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ionos {
namespace {

const QString kSaveTopic = QStringLiteral("passwordsSave");

} // namespace

NewPasswordsDialog::NewPasswordsDialog(QList<PasswordsFile::Entry> passwords, QWidget *parent)
    : QDialog(parent)
    , m_passwords(std::move(passwords))
    , m_banner(new MessageBanner(this))
    , m_table(new QTableWidget(int(m_passwords.size()), 2, this))
    , m_copy(new QPushButton(tr("&Copy All"), this))
    , m_save(new QPushButton(tr("&Save to File…"), this))
{
    setObjectName(QStringLiteral("newPasswordsDialog"));
    setWindowTitle(tr("Passwords of the New Users"));
    m_banner->setObjectName(QStringLiteral("passwordsBanner"));
    auto *intro = new QLabel(
        tr("The console made these passwords. They are shown this once and kept nowhere: copy "
           "them or save them to a file before you close this window, and hand each to its "
           "user over a safe channel."),
        this);
    intro->setObjectName(QStringLiteral("passwordsIntro"));
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("passwordsTable"));
    m_table->setAccessibleName(tr("New users' passwords"));
    m_table->setHorizontalHeaderLabels({tr("E-mail"), tr("Password")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int i = 0; i < m_passwords.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(m_passwords.at(i).email));
        auto *password = new QTableWidgetItem(m_passwords.at(i).password);
        password->setFont(mono);
        m_table->setItem(i, 1, password);
    }
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(0, m_table->columnWidth(0) + fontMetrics().averageCharWidth() * 3);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_copy->setObjectName(QStringLiteral("copyPasswordsButton"));
    m_copy->setToolTip(tr("Copies a line per user, the e-mail and the password separated by a "
                          "tab, as a spreadsheet pastes it"));
    m_save->setObjectName(QStringLiteral("savePasswordsButton"));
    m_save->setToolTip(tr("Writes them to a new file that only you can read"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_copy, &QPushButton::clicked, this, &NewPasswordsDialog::copyAll);
    connect(m_save, &QPushButton::clicked, this, &NewPasswordsDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, &NewPasswordsDialog::forget);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

NewPasswordsDialog::~NewPasswordsDialog()
{
    forget();
}

void NewPasswordsDialog::copyAll()
{
    QApplication::clipboard()->setText(passwordsAsText(m_passwords));
    m_banner->post(MessageBanner::Tone::Success,
                   tr("%n password(s) copied.", nullptr, int(m_passwords.size())), kSaveTopic);
}

void NewPasswordsDialog::chooseFile()
{
    SaveFileQuestion question;
    question.title = tr("Save the Passwords");
    question.filter = tr("CSV files (*.csv)");
    question.suffix = QStringLiteral("csv");
    question.namePrefix = QStringLiteral("new-passwords");
    question.objectName = QStringLiteral("savePasswordsFileDialog");
    question.ask(this, this, [this](const QString &path) { saveTo(path); });
}

QString NewPasswordsDialog::saveTo(const QString &path)
{
    PasswordsFile file;
    QString problem = file.create(path);
    if (problem.isEmpty())
        problem = file.write(m_passwords);
    if (!problem.isEmpty()) {
        m_banner->post(MessageBanner::Tone::Error, problem, kSaveTopic);
        return problem;
    }
    m_banner->post(MessageBanner::Tone::Success,
                   tr("Saved to %1, readable by you alone.").arg(path), kSaveTopic);
    return {};
}

void NewPasswordsDialog::forget()
{
    for (PasswordsFile::Entry &e : m_passwords)
        e.password.fill(QLatin1Char(' '));
    m_passwords.clear();
    m_table->clearContents();
    m_table->setRowCount(0);
}

} // namespace ionos
