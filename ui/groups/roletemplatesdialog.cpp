#include "ui/groups/roletemplatesdialog.h"

#include "ui/common/messagebanner.h"
#include "ui/common/savefilequestion.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QVBoxLayout>

namespace ionos {
namespace {

const QString kFileTopic = QStringLiteral("roleTemplatesFile");

} // namespace

RoleTemplatesDialog::RoleTemplatesDialog(QWidget *parent)
    : QDialog(parent)
    , m_banner(new MessageBanner(this))
    , m_list(new QListWidget(this))
    , m_newGroup(new QPushButton(tr("&New Group…"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    setObjectName(QStringLiteral("roleTemplatesDialog"));
    setWindowTitle(tr("Role Templates"));
    m_banner->setObjectName(QStringLiteral("roleTemplatesBanner"));
    auto *intro = new QLabel(tr("Privilege sets to make groups from. Save a group's privileges "
                                "as a template on the Groups screen; export them to hand them "
                                "on, import those of a colleague."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("roleTemplatesList"));
    m_list->setAccessibleName(tr("Role templates"));
    m_newGroup->setObjectName(QStringLiteral("newGroupFromTemplateButton"));
    m_export->setObjectName(QStringLiteral("exportRoleTemplatesButton"));
    m_delete->setObjectName(QStringLiteral("deleteRoleTemplateButton"));
    auto *import = new QPushButton(tr("&Import…"), this);
    import->setObjectName(QStringLiteral("importRoleTemplatesButton"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_newGroup, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_newGroup, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_templates.size())
            emit newGroupRequested(m_templates.at(row));
    });
    connect(m_list, &QListWidget::itemActivated, m_newGroup, &QPushButton::click);
    connect(m_delete, &QPushButton::clicked, this, &RoleTemplatesDialog::deleteSelected);
    connect(m_export, &QPushButton::clicked, this, [this] {
        SaveFileQuestion question;
        question.title = tr("Export Role Templates");
        question.filter = tr("Role templates (*.json)");
        question.suffix = QStringLiteral("json");
        question.namePrefix = QStringLiteral("role-templates");
        question.objectName = QStringLiteral("exportRoleTemplatesDialog");
        question.ask(this, this, [this](const QString &path) { exportTo(path); });
    });
    connect(import, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Import Role Templates"));
        dialog->setObjectName(QStringLiteral("importRoleTemplatesDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilters({tr("Role templates (*.json)"), tr("All files (*)")});
        connect(dialog, &QFileDialog::fileSelected, this,
                [this](const QString &path) { importFrom(path); });
        dialog->open();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &RoleTemplatesDialog::selectionChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 380);
    showTemplates(RoleTemplates::load(QSettings()));
}

void RoleTemplatesDialog::showTemplates(const QList<RoleTemplate> &templates)
{
    m_templates = templates;
    m_list->clear();
    for (const RoleTemplate &t : templates)
        m_list->addItem(
            tr("%1 (%n privilege(s))", nullptr, t.privileges.grantedCount()).arg(t.name));
    if (!templates.isEmpty())
        m_list->setCurrentRow(0);
    selectionChanged();
}

void RoleTemplatesDialog::selectionChanged()
{
    const bool chosen = m_list->currentRow() >= 0;
    m_newGroup->setEnabled(chosen);
    m_delete->setEnabled(chosen);
    m_export->setEnabled(!m_templates.isEmpty());
}

void RoleTemplatesDialog::deleteSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_templates.size())
        return;
    QList<RoleTemplate> kept = m_templates;
    const QString name = kept.takeAt(row).name;
    QSettings settings;
    RoleTemplates::save(settings, kept);
    showTemplates(kept);
    m_banner->post(MessageBanner::Tone::Success, tr("The template %1 is deleted.").arg(name),
                   kFileTopic);
}

QString RoleTemplatesDialog::exportTo(const QString &path)
{
    QSaveFile file(path);
    QString problem;
    if (!file.open(QIODevice::WriteOnly) || file.write(RoleTemplates::toJson(m_templates)) < 0 ||
        !file.commit())
        problem = file.errorString();
    if (!problem.isEmpty()) {
        m_banner->post(MessageBanner::Tone::Error,
                       tr("The templates could not be written to %1: %2").arg(path, problem),
                       kFileTopic);
        return problem;
    }
    m_banner->post(MessageBanner::Tone::Success,
                   tr("%n template(s) written to %1.", nullptr, int(m_templates.size())).arg(path),
                   kFileTopic);
    return {};
}

QString RoleTemplatesDialog::importFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString problem = tr("%1 cannot be read: %2").arg(path, file.errorString());
        m_banner->post(MessageBanner::Tone::Error, problem, kFileTopic);
        return problem;
    }
    const Result<QList<RoleTemplate>> read = RoleTemplates::fromJson(file.readAll());
    if (!read.ok()) {
        const QString problem = tr("%1: %2").arg(path, read.error().message);
        m_banner->post(MessageBanner::Tone::Error, problem, kFileTopic);
        return problem;
    }
    QList<RoleTemplate> all = m_templates;
    for (const RoleTemplate &t : read.value())
        all = RoleTemplates::put(all, t);
    QSettings settings;
    RoleTemplates::save(settings, all);
    showTemplates(all);
    m_banner->post(MessageBanner::Tone::Success,
                   tr("%n template(s) imported.", nullptr, int(read.value().size())), kFileTopic);
    return {};
}

} // namespace ionos
