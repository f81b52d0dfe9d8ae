#pragma once

#include "network/group.h"
#include "network/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

namespace ionos {

// A named set of privileges to make groups from ("Developers", "Auditors").
struct RoleTemplate
{
    QString name;
    GroupPrivileges privileges;
    bool operator==(const RoleTemplate &) const = default;
};

// The role templates a person keeps, in their settings (names sorted, privileges by the API's
// keys), and as a JSON file to hand on: {"format": "ionos-admin-role-templates", "version": 1,
// "templates": [{"name", "privileges": [keys]}]}. Both spellings of createDatacenter are read.
class RoleTemplates
{
    Q_DECLARE_TR_FUNCTIONS(RoleTemplates)

public:
    static constexpr const char *kFormat = "ionos-admin-role-templates";

    static QList<RoleTemplate> load(const QSettings &settings);
    static void save(QSettings &settings, const QList<RoleTemplate> &templates);
    // Adds the template, or replaces the one with its name (of any case).
    static QList<RoleTemplate> put(QList<RoleTemplate> templates, const RoleTemplate &role);

    static QByteArray toJson(const QList<RoleTemplate> &templates);
    // The templates of a file as toJson writes it; why not, in plain words, when it is not one
    // (a privilege key that is not known is an error too).
    static Result<QList<RoleTemplate>> fromJson(const QByteArray &json);
};

} // namespace ionos
