#include "ui/common/tableexporter.h"

#include "models/tableexport.h"
#include "ui/common/icons.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QAction>
#include <QFileDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QMetaMethod>
#include <QSaveFile>
#include <QStatusBar>

namespace ionos {

TableExporter::TableExporter(QAbstractItemView *view, const QString &fileStem)
    : QObject(view)
    , m_view(view)
    , m_fileStem(fileStem)
    , m_exportAll(new QAction(tr("Export All Rows…"), view))
    , m_exportFiltered(new QAction(tr("Export Shown Rows…"), view))
{
    setObjectName(view->objectName() + QStringLiteral("Exporter"));
    m_exportAll->setObjectName(view->objectName() + QStringLiteral("ExportAll"));
    m_exportAll->setToolTip(tr("Save every row of this table as CSV or JSON"));
    m_exportFiltered->setObjectName(view->objectName() + QStringLiteral("ExportShown"));
    m_exportFiltered->setToolTip(tr("Save the rows the filter shows, in their order, as CSV or "
                                    "JSON"));
    connect(m_exportAll, &QAction::triggered, this, [this] { chooseFile(Scope::AllRows); });
    connect(m_exportFiltered, &QAction::triggered, this,
            [this] { chooseFile(Scope::FilteredRows); });
    auto *separator = new QAction(view);
    separator->setSeparator(true);
    view->addActions({separator, m_exportAll, m_exportFiltered});
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

TableExporter *TableExporter::install(QAbstractItemView *view, const QString &fileStem)
{
    return new TableExporter(view, fileStem);
}

const QAbstractItemModel *TableExporter::model(Scope scope) const
{
    const QAbstractItemModel *model = m_view->model();
    if (scope == Scope::AllRows) {
        while (auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
            model = proxy->sourceModel();
    }
    return model;
}

bool TableExporter::exportTo(const QString &path, Scope scope, QString *error) const
{
    const QAbstractItemModel *rows = model(scope);
    QSaveFile file(path);
    if (!rows || !file.open(QIODevice::WriteOnly) ||
        file.write(exportTable(*rows, exportFormatForPath(path))) < 0 || !file.commit()) {
        if (error)
            *error = rows ? file.errorString() : tr("There is no table to export.");
        return false;
    }
    return true;
}

void TableExporter::chooseFile(Scope scope)
{
    const QString csv = tr("CSV files (*.csv)");
    const QString json = tr("JSON files (*.json)");
    auto *dialog = new QFileDialog(
        m_view->window(), scope == Scope::AllRows ? tr("Export All Rows") : tr("Export Shown Rows"),
        m_fileStem + QStringLiteral(".csv"), csv + QStringLiteral(";;") + json);
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, json](const QString &filter) {
        dialog->setDefaultSuffix(filter == json ? QStringLiteral("json") : QStringLiteral("csv"));
    });
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, scope](const QString &path) {
        QString error;
        const bool ok = exportTo(path, scope, &error);
        report(path, ok, error);
    });
    dialog->open();
}

void TableExporter::report(const QString &path, bool ok, const QString &error)
{
    if (ok) {
        if (auto *window = qobject_cast<QMainWindow *>(m_view->window()))
            window->statusBar()->showMessage(tr("Saved %1.").arg(path), 10000);
        emit exported(path);
        return;
    }
    if (isSignalConnected(QMetaMethod::fromSignal(&TableExporter::exportFailed))) {
        emit exportFailed(path, error);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Failed"),
                                tr("Could not write %1: %2").arg(path, error), QMessageBox::Ok,
                                m_view->window());
    Icons::setMessageIcon(box, QMessageBox::Warning);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

TableExporter *TableExporter::current(const QWidget *root)
{
    if (!root)
        return nullptr;
    TableExporter *firstVisible = nullptr;
    for (TableExporter *exporter : root->findChildren<TableExporter *>()) {
        if (exporter->view()->hasFocus())
            return exporter;
        if (!firstVisible && exporter->view()->isVisible())
            firstVisible = exporter;
    }
    return firstVisible;
}

} // namespace ionos
