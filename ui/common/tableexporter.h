#pragma once

#include <QObject>
#include <QString>

class QAbstractItemModel;
class QAbstractItemView;
class QAction;

namespace ionos {

// Export of one table as CSV or JSON, of all its rows or of the rows its filter shows. Installed
// on a view, it offers both in the view's context menu; the main window's File menu reaches the
// exporters of the current screen.
class TableExporter : public QObject
{
    Q_OBJECT
public:
    enum class Scope
    {
        AllRows,
        FilteredRows
    };

    // fileStem: the suggested file name without extension, e.g. "users".
    static TableExporter *install(QAbstractItemView *view, const QString &fileStem);

    QAbstractItemView *view() const { return m_view; }
    void setFileStem(const QString &fileStem) { m_fileStem = fileStem; }
    QAction *exportAllAction() const { return m_exportAll; }
    QAction *exportFilteredAction() const { return m_exportFiltered; }

    // The model the rows come from: the view's own (filtered, sorted) or the one below all
    // proxies.
    const QAbstractItemModel *model(Scope scope) const;
    // Writes the file (CSV unless the name ends in .json); false and a message when it failed.
    bool exportTo(const QString &path, Scope scope, QString *error = nullptr) const;
    // Asks for a file without blocking, then writes it and reports in the status bar or a
    // message box.
    void chooseFile(Scope scope);

    // The exporter of the focused view below root, else its first visible one.
    static TableExporter *current(const QWidget *root);

signals:
    void exported(const QString &path);
    // A file could not be written. A screen with its own banner listens; otherwise a message box
    // says it.
    void exportFailed(const QString &path, const QString &message);

private:
    TableExporter(QAbstractItemView *view, const QString &fileStem);
    void report(const QString &path, bool ok, const QString &error);

    QAbstractItemView *m_view;
    QString m_fileStem;
    QAction *m_exportAll;
    QAction *m_exportFiltered;
};

} // namespace ionos
