#pragma once

#include "models/access/accessfacts.h"
#include "models/import/csvtable.h"
#include "models/snapshot/restorestep.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace ionos {

class WhatIf;

// A property a row changes: the API's name, the value before (none for a user to create) and
// after, as JSON values (text or true/false).
struct ImportChange
{
    QString field;
    QJsonValue before;
    QJsonValue after;
    bool operator==(const ImportChange &) const = default;
};

// What one data row of an import does.
struct ImportRow
{
    enum class Action
    {
        Create,
        Update,
        Same,
        Refused,
    };

    int row = 0;  // data rows counted from 1
    int line = 0; // in the file
    QString email;
    Action action = Action::Refused;
    QString userId; // the user the e-mail names (update, same)
    QList<ImportChange> changes;
    QStringList join;              // group ids
    QStringList leave;             // group ids
    QString reason;                // refused: why, in plain words
    UserDraft draft;               // create and update: the user after the row (never a password)
    bool generatePassword = false; // create: the console makes the password

    static QString actionName(Action action); // create, update, same, refused
};

// An import of users and their memberships from a spreadsheet, planned against the account as
// loaded, before anything is sent: a row whose e-mail (of any case) exists changes the properties
// it gives (an empty cell changes nothing; a password is only for new users) and adds the user to
// the groups it lists, with exactGroups also removing them from the groups it does not list; a
// new e-mail creates the user, then the memberships. A row that cannot be done is refused with
// every reason: a bad e-mail, a group that does not exist, an e-mail on two rows, a value that is
// not true or false, a new user without a name, or without a password when none are generated.
class ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)

public:
    struct Options
    {
        bool exactGroups = false;
        bool generatePasswords = false; // for new users whose row gives none
    };

    // The columns an import reads, in the order of the template.
    static QStringList columns();
    // A file to start from: the header and two example rows.
    static QByteArray templateCsv();

    // The plan, or why the table cannot be imported at all (a column that is not known, twice,
    // or no e-mail column).
    static Result<ImportPlan> of(const CsvTable &table, const AccessFacts &account,
                                 const Options &options);
    static Result<ImportPlan> of(const QByteArray &csv, const AccessFacts &account,
                                 const Options &options);

    const QList<ImportRow> &rows() const { return m_rows; }
    const Options &options() const { return m_options; }
    int count(ImportRow::Action action) const;
    // Rows that change something (create or update).
    int workCount() const;
    // "12 rows: 3 to create, 4 to update, 4 with nothing to do, 1 refused."
    QString summary() const;
    // The password the file gives for the row at index; empty when none.
    QString passwordOf(int index) const { return m_passwords.value(index); }
    // The name of a group the plan joins or leaves.
    QString groupName(const QString &groupId) const { return m_groupNames.value(groupId); }

    // The writes, each with the index of its row and a line for the activity log; a user to
    // create is named by creationId(index) until the server gives its id.
    struct Writes
    {
        QList<RestoreStep> steps;
        QList<int> rowOf;
        QStringList descriptions;
    };
    Writes writes() const;
    static QString creationId(int index);
    // The passwords of the users to create, by creationId: the row's own, or one generated
    // now for a row that gives none (those also by row index in generated).
    struct Passwords
    {
        QHash<QString, QString> byCreation;
        QHash<int, QString> generated;
    };
    Passwords passwords() const;
    // Stages the plan on a what-if (a user to create by creationId), for its preview.
    void stage(WhatIf &whatIf) const;

    // The row for a person: "create: first name Ada, …; joins Developers".
    QString describe(int index) const;
    // The same without the action: "first name Ada, …; joins Developers"; why, when refused.
    QString details(int index) const;
    // The row as JSON: row, email, action, changes, join, leave, and reason when refused.
    QJsonObject rowJson(int index) const;

private:
    QList<ImportRow> m_rows;
    QHash<int, QString> m_passwords; // by row index; never written anywhere
    QHash<QString, QString> m_groupNames;
    Options m_options;
};

} // namespace ionos
