#pragma once

#include "network/group.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace ionos {

class AccessEngine;
class GroupsController;
class MessageBanner;
struct ApiError;

// Creates a group or changes one: its name and its 25 privileges as labelled checkboxes grouped
// by area, each with a one-line explanation, and All / None per area. Saving a change of
// privileges first says what it does to the members' access. A failed save keeps the dialog open
// with everything chosen and the server's words.
class GroupDialog : public QDialog
{
    Q_OBJECT

public:
    // access: to say what a change of privileges does to the members before it is sent.
    GroupDialog(GroupsController &controller, AccessEngine &access, std::optional<Group> existing,
                QWidget *parent = nullptr);

    GroupPrivileges chosenPrivileges() const;
    // A new group starts with these privileges (a role template's), and its title says from
    // which template.
    void startFrom(const QString &templateName, const GroupPrivileges &privileges);
    QCheckBox *checkBoxFor(const QString &key) const { return m_boxes.value(key); }

signals:
    // The group was created or changed on the server.
    void saved(const QString &groupId);

private:
    void submit();
    void setBusy(bool busy);

    GroupsController &m_controller;
    AccessEngine &m_access;
    std::optional<Group> m_existing;
    MessageBanner *m_banner;
    QLineEdit *m_name;
    QMap<QString, QCheckBox *> m_boxes;
    QPushButton *m_save;
};

} // namespace ionos
