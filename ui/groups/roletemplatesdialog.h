#pragma once

#include "models/groups/roletemplates.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace ionos {

class MessageBanner;

// Groups screen, Role Templates…: the privilege sets kept in the settings, each with its count;
// New Group… opens the group dialog with a template's privileges ticked; Export… writes them to
// a JSON file to hand on, Import… adds those of such a file (a template of the same name is
// replaced), Delete forgets one.
class RoleTemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RoleTemplatesDialog(QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // What Export… and Import… do once a file is chosen; empty when done, else why not.
    QString exportTo(const QString &path);
    QString importFrom(const QString &path);
    void deleteSelected();

signals:
    // New Group… on this template.
    void newGroupRequested(const RoleTemplate &role);

private:
    void showTemplates(const QList<RoleTemplate> &templates);
    void selectionChanged();

    QList<RoleTemplate> m_templates;
    MessageBanner *m_banner;
    QListWidget *m_list;
    QPushButton *m_newGroup;
    QPushButton *m_export;
    QPushButton *m_delete;
};

} // namespace ionos
