#include "ui/import/importdialog.h"

#include "models/access/accessengine.h"
#include "models/import/importreportmodel.h"
#include "models/restore/batchchange.h"
#include "models/restore/snapshottaker.h"
#include "models/workspace.h"
#include "network/offthread.h"
#include "ui/common/confirmation.h"
#include "ui/common/messagebanner.h"
#include "ui/common/savefilequestion.h"
#include "ui/common/tablecolumns.h"
#include "ui/common/tableexporter.h"
#include "ui/import/newpasswordsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ionos {
namespace {

using Action = ImportRow::Action;

const QString kFileTopic = QStringLiteral("importFile");
const QString kImportTopic = QStringLiteral("importRun");

// What the rows shown are filtered by: the action or the outcome, as the model's roles give them.
struct RowsShown
{
    const char *label;
    int role;
    const char *pattern;
};
const RowsShown kShown[] = {
    {QT_TRANSLATE_NOOP("ionos::ImportDialog", "All rows"), ImportReportModel::ActionRole, ""},
    {QT_TRANSLATE_NOOP("ionos::ImportDialog", "Rows that change something"),
     ImportReportModel::ActionRole, "^(0|1)$"},
    {QT_TRANSLATE_NOOP("ionos::ImportDialog", "Refused rows"), ImportReportModel::ActionRole,
     "^3$"},
    {QT_TRANSLATE_NOOP("ionos::ImportDialog", "Rows that failed"), ImportReportModel::OutcomeRole,
     "^(3|4)$"},
};
static_assert(int(Action::Create) == 0 && int(Action::Update) == 1 && int(Action::Refused) == 3);
static_assert(int(ItemOutcome::State::Failed) == 3 && int(ItemOutcome::State::Cancelled) == 4);

} // namespace

ImportDialog::ImportDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_banner(new MessageBanner(this))
    , m_file(new QLineEdit(this))
    , m_exactGroups(new QCheckBox(this))
    , m_generatePasswords(new QCheckBox(this))
    , m_summary(new QLabel(this))
    , m_show(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_report(new ImportReportModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_access(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_change(new BatchChange(workspace, this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Users"));
    m_banner->setObjectName(QStringLiteral("importBanner"));
    auto *intro = new QLabel(
        tr("Creates and updates users and their group memberships from a spreadsheet saved as "
           "CSV: a header row, then a row per user with the columns email, firstname, lastname, "
           "administrator, forceSecAuth, active (true or false), groups (names separated by ;) "
           "and password, in any order. An empty cell changes nothing. Nothing is sent before "
           "you confirm."),
        this);
    intro->setObjectName(QStringLiteral("importIntro"));
    intro->setWordWrap(true);

    m_file->setObjectName(QStringLiteral("importFileEdit"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    m_file->setAccessibleName(tr("File to import"));
    auto *choose = new QPushButton(tr("&Choose File…"), this);
    choose->setObjectName(QStringLiteral("chooseImportFileButton"));
    auto *saveTemplate = new QPushButton(tr("Save &Template…"), this);
    saveTemplate->setObjectName(QStringLiteral("saveImportTemplateButton"));
    saveTemplate->setToolTip(tr("Saves a CSV file with every column and two example rows, to "
                                "fill in a spreadsheet"));
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(saveTemplate, &QPushButton::clicked, this, &ImportDialog::chooseTemplateFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    fileRow->addWidget(saveTemplate);

    m_exactGroups->setObjectName(QStringLiteral("exactGroupsCheck"));
    m_exactGroups->setText(
        tr("Groups are &exact: users also leave the groups their row does not list"));
    m_exactGroups->setToolTip(tr("A row with an empty groups cell leaves the user's groups as "
                                 "they are"));
    m_generatePasswords->setObjectName(QStringLiteral("generatePasswordsCheck"));
    m_generatePasswords->setText(
        tr("&Generate passwords for new users whose row gives none (shown once at the end)"));
    for (QCheckBox *option : {m_exactGroups, m_generatePasswords}) {
        option->setAccessibleDescription(option->toolTip());
        connect(option, &QCheckBox::toggled, this, &ImportDialog::plan);
    }

    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_show->setObjectName(QStringLiteral("importRowsShown"));
    m_show->setAccessibleName(tr("Rows shown"));
    for (const RowsShown &shown : kShown)
        m_show->addItem(tr(shown.label));
    connect(m_show, &QComboBox::currentIndexChanged, this, &ImportDialog::showFilter);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_show);

    m_filter->setSourceModel(m_report);
    m_filter->setSortRole(ImportReportModel::SortRole);
    m_table->setObjectName(QStringLiteral("importTable"));
    m_table->setAccessibleName(tr("Rows of the file"));
    m_table->setAccessibleDescription(
        tr("What each row of the file does, and what became of it once it ran"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ImportReportModel::RowColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    using Kind = TableColumns::Kind;
    TableColumns::install(m_table,
                          {{ImportReportModel::RowColumn, Kind::Number},
                           {ImportReportModel::EmailColumn, Kind::Email},
                           {ImportReportModel::ActionColumn, Kind::Label},
                           {ImportReportModel::DetailsColumn, Kind::Text},
                           {ImportReportModel::OutcomeColumn, Kind::Text},
                           {ImportReportModel::RequestColumn, Kind::Id}},
                          QStringLiteral("views/importColumns"));
    TableExporter::install(m_table, QStringLiteral("import-report"));

    m_access->setObjectName(QStringLiteral("importAccess"));
    m_access->setWordWrap(true);
    m_access->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_access->hide();

    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->hide();

    m_import = m_buttons->addButton(tr("&Import…"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    m_import->setDefault(true);
    m_stop = m_buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("stopImportButton"));
    m_stop->setToolTip(tr("Writes not sent yet are dropped; those on their way end. What is "
                          "done stays done; run the file again for the rest."));
    m_stop->setEnabled(false);
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (!m_runAgain) {
            confirm();
            return;
        }
        m_runAgain = false;
        m_import->setText(tr("&Import…"));
        m_import->setToolTip({});
        plan();
    });
    connect(m_stop, &QPushButton::clicked, m_change, &BatchChange::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_change, &BatchChange::itemFinished, this, &ImportDialog::rowFinished);
    connect(m_change, &BatchChange::progress, this, [this](int done, int total) {
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2 writes").arg(done).arg(total));
    });
    connect(m_change, &BatchChange::finished, this, &ImportDialog::runFinished);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_exactGroups);
    layout->addWidget(m_generatePasswords);
    layout->addLayout(summaryRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_access);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(980, 620);
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::isRunning() const
{
    return m_change->isRunning();
}

void ImportDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Import Users From"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("CSV files (*.csv *.txt)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &ImportDialog::openFile);
    dialog->open();
}

void ImportDialog::chooseTemplateFile()
{
    SaveFileQuestion question;
    question.title = tr("Save Import Template");
    question.filter = tr("CSV files (*.csv)");
    question.suffix = QStringLiteral("csv");
    question.namePrefix = QStringLiteral("users-import");
    question.objectName = QStringLiteral("saveImportTemplateDialog");
    question.ask(this, this, [this](const QString &path) { saveTemplate(path); });
}

QString ImportDialog::saveTemplate(const QString &path)
{
    QFile file(path);
    QString problem;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        problem = file.errorString();
    else if (file.write(ImportPlan::templateCsv()) < 0 || !file.flush())
        problem = file.errorString();
    if (!problem.isEmpty()) {
        m_banner->post(MessageBanner::Tone::Error,
                       tr("The template could not be saved to %1: %2").arg(path, problem),
                       kFileTopic);
        return problem;
    }
    m_banner->post(MessageBanner::Tone::Success, tr("Template saved to %1.").arg(path), kFileTopic);
    return {};
}

void ImportDialog::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_banner->post(MessageBanner::Tone::Error,
                       tr("%1 cannot be read: %2").arg(path, file.errorString()), kFileTopic);
        return;
    }
    m_path = path;
    m_bytes = file.readAll();
    // The name says which file; where it is, the tool tip.
    m_file->setText(QFileInfo(path).fileName());
    m_file->setToolTip(QDir::toNativeSeparators(path));
    m_runAgain = false;
    m_import->setText(tr("&Import…"));
    plan();
}

void ImportDialog::plan()
{
    if (m_bytes.isNull() || isRunning())
        return;
    const quint64 planning = ++m_planning;
    m_import->setEnabled(false);
    m_summary->setText(tr("Working out what the file changes in the account as loaded…"));
    ImportPlan::Options options;
    options.exactGroups = m_exactGroups->isChecked();
    options.generatePasswords = m_generatePasswords->isChecked();
    SnapshotTaker::takeWhenLoaded(
        m_workspace, {}, this, [this, planning, options](const Result<AccountSnapshot> &now) {
            if (planning != m_planning)
                return;
            if (!now.ok()) {
                m_planned = planning;
                m_summary->clear();
                m_banner->showError(tr("The account could not be read to plan the import."),
                                    now.error(), kFileTopic);
                emit planned();
                return;
            }
            // Thousands of rows against thousands of users: off the main thread. The plan is
            // shown first; what it changes in effective access follows.
            runOffThread(
                this,
                [bytes = m_bytes, account = now.value().account, options] {
                    return ImportPlan::of(bytes, account, options);
                },
                [this, planning](const Result<ImportPlan> &plan) {
                    if (planning != m_planning)
                        return;
                    m_planned = planning;
                    showPlan(plan);
                    emit planned();
                    if (plan.ok() && plan.value().workCount() > 0)
                        showAccess(planning);
                });
        });
}

void ImportDialog::showAccess(quint64 planning)
{
    m_access->setText(tr("Working out what changes in effective access…"));
    m_access->show();
    runOffThread(
        this,
        [plan = m_report->plan(), access = m_workspace.accessEngine().latest()] {
            WhatIf preview(access);
            plan.stage(preview);
            return preview.difference().lines();
        },
        [this, planning](const QStringList &accessLines) {
            if (planning != m_planning)
                return;
            QStringList lines;
            if (accessLines.isEmpty()) {
                lines << tr("Nobody's effective access changes.");
            } else {
                constexpr int kShownLines = 5;
                lines << tr("What changes in effective access:");
                for (const QString &line :
                     accessLines.first(std::min<qsizetype>(accessLines.size(), kShownLines)))
                    lines << QStringLiteral("• ") + line;
                if (accessLines.size() > kShownLines)
                    lines << tr("and %n more, each listed when you press Import.", nullptr,
                                int(accessLines.size() - kShownLines));
            }
            m_access->setText(lines.join(QLatin1Char('\n')));
            m_accessShown = planning;
            emit accessShown();
        });
}

void ImportDialog::showPlan(const Result<ImportPlan> &plan)
{
    if (!plan.ok()) {
        m_report->show({});
        m_summary->clear();
        m_access->hide();
        m_banner->post(
            MessageBanner::Tone::Error,
            tr("%1 cannot be imported: %2").arg(QFileInfo(m_path).fileName(), plan.error().message),
            kFileTopic);
        return;
    }
    m_banner->settle(kFileTopic);
    m_report->show(plan.value());
    // The outcome comes with a run.
    m_table->setColumnHidden(ImportReportModel::OutcomeColumn, true);
    m_table->setColumnHidden(ImportReportModel::RequestColumn, true);
    TableColumns::fitOnce(m_table);
    m_summary->setText(plan.value().summary());
    m_access->setVisible(plan.value().workCount() > 0);
    m_import->setEnabled(plan.value().workCount() > 0);
}

void ImportDialog::showFilter()
{
    const RowsShown &shown = kShown[std::max(0, m_show->currentIndex())];
    m_filter->setFilterRole(shown.role);
    m_filter->setFilterKeyColumn(ImportReportModel::RowColumn);
    m_filter->setFilterRegularExpression(QString::fromLatin1(shown.pattern));
}

void ImportDialog::confirm()
{
    const ImportPlan &plan = m_report->plan();
    Confirmation c;
    c.objectName = QStringLiteral("confirmImport");
    c.title = windowTitle();
    c.question = tr("Create %1 and update %2 from %3?")
                     .arg(tr("%n user(s)", nullptr, plan.count(Action::Create)),
                          tr("%n user(s)", nullptr, plan.count(Action::Update)),
                          QFileInfo(m_path).fileName());
    for (int i = 0; i < plan.rows().size(); ++i) {
        if (plan.rows().at(i).action == Action::Create ||
            plan.rows().at(i).action == Action::Update)
            c.names << plan.rows().at(i).email;
    }
    c.consequence =
        plan.count(Action::Refused) > 0
            ? tr("%n refused row(s) are left out. Each write is in the Activity log with its "
                 "outcome.",
                 nullptr, plan.count(Action::Refused))
            : tr("Each write is in the Activity log with its outcome.");
    c.undo = tr("You can undo the import from the Activity log.");
    c.confirmText = tr("Import");
    c.destructive = std::any_of(plan.rows().begin(), plan.rows().end(),
                                [](const ImportRow &r) { return !r.leave.isEmpty(); });
    WhatIf preview = m_workspace.accessEngine().whatIf();
    plan.stage(preview);
    c.preview = preview;
    c.previewComplete = m_workspace.isEverythingLoaded();
    c.ask(this, [this] { run(); });
}

void ImportDialog::run()
{
    const ImportPlan &plan = m_report->plan();
    m_banner->settle(kImportTopic);
    const ImportPlan::Passwords passwords = plan.passwords();
    m_generated = passwords.generated;
    const ImportPlan::Writes writes = plan.writes();
    m_table->setColumnHidden(ImportReportModel::OutcomeColumn, false);
    m_table->setColumnHidden(ImportReportModel::RequestColumn, false);
    setBusy(true);
    m_change->run(int(plan.rows().size()), writes.steps, writes.rowOf, writes.descriptions,
                  tr("Import users from %1").arg(QFileInfo(m_path).fileName()),
                  passwords.byCreation);
}

void ImportDialog::rowFinished(int row)
{
    m_report->setOutcome(row, m_change->outcomes().at(row));
}

void ImportDialog::runFinished()
{
    setBusy(false);
    const int done = m_change->count(ItemOutcome::State::Done);
    const int left = m_change->count(ItemOutcome::State::Failed) +
                     m_change->count(ItemOutcome::State::Cancelled);
    if (left == 0)
        m_banner->post(MessageBanner::Tone::Success, tr("Imported: %n row(s) done.", nullptr, done),
                       kImportTopic);
    else
        m_banner->post(MessageBanner::Tone::Warning,
                       tr("%n row(s) done; ", nullptr, done) +
                           tr("%n left, each with the reason in the list. Run Again does what "
                              "is still missing.",
                              nullptr, left),
                       kImportTopic);
    if (left > 0)
        m_show->setCurrentIndex(int(std::size(kShown)) - 1);
    m_import->setText(tr("Run &Again…"));
    m_import->setToolTip(tr("Works out what the file still changes and imports that"));
    m_import->setEnabled(true);
    m_runAgain = true;
    showPasswords();
    emit imported();
}

void ImportDialog::showPasswords()
{
    QList<PasswordsFile::Entry> made;
    for (auto it = m_generated.constBegin(); it != m_generated.constEnd(); ++it) {
        if (m_change->outcomes().at(it.key()).state == ItemOutcome::State::Done)
            made << PasswordsFile::Entry{m_report->plan().rows().at(it.key()).email, it.value()};
    }
    m_generated.clear(); // those of users not created are dropped unseen
    if (made.isEmpty())
        return;
    std::sort(made.begin(), made.end(), [](const auto &a, const auto &b) {
        return a.email.compare(b.email, Qt::CaseInsensitive) < 0;
    });
    m_passwordsDialog = new NewPasswordsDialog(made, this);
    m_passwordsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_passwordsDialog, &QObject::destroyed, this, [this] { m_passwordsDialog = nullptr; });
    m_passwordsDialog->open();
}

void ImportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_stop->setEnabled(busy);
    m_import->setEnabled(!busy);
    m_exactGroups->setEnabled(!busy);
    m_generatePasswords->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!busy);
}

} // namespace ionos
