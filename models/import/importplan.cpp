#include "models/import/importplan.h"

#include "models/access/whatif.h"
#include "models/users/userrules.h"

#include <QJsonArray>
#include <QSet>

namespace ionos {
namespace {

using Action = ImportRow::Action;

const QString kEmail = QStringLiteral("email");
const QString kFirstname = QStringLiteral("firstname");
const QString kLastname = QStringLiteral("lastname");
const QString kAdministrator = QStringLiteral("administrator");
const QString kForceSecAuth = QStringLiteral("forceSecAuth");
const QString kActive = QStringLiteral("active");
const QString kGroups = QStringLiteral("groups");
const QString kPassword = QStringLiteral("password");

// A header cell as a column name: "First Name", "first_name" and "E-Mail" name firstname and
// email.
QString folded(QString name)
{
    name = name.toLower();
    name.remove(QLatin1Char(' '));
    name.remove(QLatin1Char('_'));
    name.remove(QLatin1Char('-'));
    return name;
}

QString fieldLabel(const QString &field)
{
    if (field == kEmail)
        return ImportPlan::tr("e-mail");
    if (field == kFirstname)
        return ImportPlan::tr("first name");
    if (field == kLastname)
        return ImportPlan::tr("last name");
    if (field == kAdministrator)
        return ImportPlan::tr("administrator");
    if (field == kForceSecAuth)
        return ImportPlan::tr("2-factor authentication required");
    return ImportPlan::tr("active");
}

QString shownValue(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? ImportPlan::tr("yes") : ImportPlan::tr("no");
    return value.toString();
}

// The account's groups by name, and each user's groups.
struct AccountIndex
{
    explicit AccountIndex(const AccessFacts &account)
    {
        for (const User &u : account.users)
            userByEmail.insert(u.email.toLower(), &u);
        for (const Group &g : account.groups) {
            groupsByName[g.name] << g.id;
            groupsByFoldedName[g.name.toLower()] << g.id;
        }
        for (auto it = account.members.constBegin(); it != account.members.constEnd(); ++it) {
            for (const QString &user : it.value())
                groupsOfUser[user].insert(it.key());
        }
    }

    QHash<QString, const User *> userByEmail;
    QHash<QString, QStringList> groupsByName;
    QHash<QString, QStringList> groupsByFoldedName;
    QHash<QString, QSet<QString>> groupsOfUser;
};

// One row read against the account.
class RowReader
{
public:
    RowReader(const QHash<QString, int> &columns, const QStringList &cells,
              const AccountIndex &index)
        : m_columns(columns)
        , m_cells(cells)
        , m_index(index)
    {}

    QString cell(const QString &column) const
    {
        const int at = m_columns.value(column, -1);
        return at < 0 ? QString() : m_cells.at(at).trimmed();
    }

    // The flag the column gives; none when its cell is empty; a problem when it is not true or
    // false (of any case, as spreadsheets write TRUE).
    std::optional<bool> flag(const QString &column, QStringList &problems) const
    {
        const QString text = cell(column);
        if (text.isEmpty())
            return std::nullopt;
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
        problems << ImportPlan::tr("%1 is \"%2\", not true or false").arg(column, text);
        return std::nullopt;
    }

    // The group ids the groups cell names (separated by ;); unknown and ambiguous names are
    // problems.
    QStringList groups(QStringList &problems, bool &given) const
    {
        QStringList ids;
        const QString text = cell(kGroups);
        given = !text.isEmpty();
        for (QString name : text.split(QLatin1Char(';'))) {
            name = name.trimmed();
            if (name.isEmpty())
                continue;
            QStringList found = m_index.groupsByName.value(name);
            if (found.isEmpty())
                found = m_index.groupsByFoldedName.value(name.toLower());
            if (found.isEmpty())
                problems << ImportPlan::tr("there is no group \"%1\"").arg(name);
            else if (found.size() > 1)
                problems << ImportPlan::tr("%n groups are called \"%1\"", nullptr,
                                           int(found.size()))
                                .arg(name);
            else if (!ids.contains(found.first()))
                ids << found.first();
        }
        return ids;
    }

private:
    const QHash<QString, int> &m_columns;
    const QStringList &m_cells;
    const AccountIndex &m_index;
};

void addChange(ImportRow &row, const QString &field, const QJsonValue &before,
               const QJsonValue &after)
{
    if (before != after)
        row.changes << ImportChange{field, before, after};
}

} // namespace

QString ImportRow::actionName(Action action)
{
    switch (action) {
    case Action::Create:
        return QStringLiteral("create");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Same:
        return QStringLiteral("same");
    case Action::Refused:
        break;
    }
    return QStringLiteral("refused");
}

QStringList ImportPlan::columns()
{
    return {kEmail,        kFirstname, kLastname, kAdministrator,
            kForceSecAuth, kActive,    kGroups,   kPassword};
}

QByteArray ImportPlan::templateCsv()
{
    return QByteArrayLiteral(
        "email,firstname,lastname,administrator,forceSecAuth,active,groups,password\r\n"
        "ada.lovelace@example.com,Ada,Lovelace,false,true,true,Developers;Operators,\r\n"
        "alan.turing@example.com,Alan,Turing,false,true,true,Developers,\r\n");
}

int ImportPlan::count(Action action) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [action](const ImportRow &r) { return r.action == action; }));
}

int ImportPlan::workCount() const
{
    return count(Action::Create) + count(Action::Update);
}

QString ImportPlan::summary() const
{
    return tr("%n row(s): ", nullptr, int(m_rows.size())) +
           tr("%n to create, ", nullptr, count(Action::Create)) +
           tr("%n to update, ", nullptr, count(Action::Update)) +
           tr("%n with nothing to do, ", nullptr, count(Action::Same)) +
           tr("%n refused.", nullptr, count(Action::Refused));
}

Result<ImportPlan> ImportPlan::of(const QByteArray &csv, const AccessFacts &account,
                                  const Options &options)
{
    const Result<CsvTable> table = CsvTable::parse(csv);
    if (!table.ok())
        return table.error();
    return of(table.value(), account, options);
}

Result<ImportPlan> ImportPlan::of(const CsvTable &table, const AccessFacts &account,
                                  const Options &options)
{
    const auto refuse = [](const QString &why) {
        ApiError e;
        e.kind = ApiError::Kind::Parse;
        e.message = why;
        return e;
    };
    QHash<QString, QString> known;
    for (const QString &c : columns())
        known.insert(folded(c), c);
    QHash<QString, int> columnAt;
    for (int i = 0; i < table.header.size(); ++i) {
        const QString name = table.header.at(i);
        if (name.isEmpty())
            continue;
        const QString column = known.value(folded(name));
        if (column.isEmpty())
            return refuse(tr("The column \"%1\" is not known. The columns are: %2.")
                              .arg(name, columns().join(QStringLiteral(", "))));
        if (columnAt.contains(column))
            return refuse(tr("The column \"%1\" is there twice.").arg(column));
        columnAt.insert(column, i);
    }
    if (!columnAt.contains(kEmail))
        return refuse(tr("The file has no email column; the header row names the columns, "
                         "such as email,firstname,lastname,groups."));

    const AccountIndex index(account);
    ImportPlan plan;
    plan.m_options = options;
    for (const Group &g : account.groups)
        plan.m_groupNames.insert(g.id, g.name);

    // Rows by e-mail, to refuse an e-mail on two rows.
    QHash<QString, QList<int>> rowsByEmail;
    for (int r = 0; r < table.rows.size(); ++r) {
        const QString email = table.rows.at(r).at(columnAt.value(kEmail)).trimmed().toLower();
        if (!email.isEmpty())
            rowsByEmail[email] << r + 1;
    }

    plan.m_rows.reserve(table.rows.size());
    for (int r = 0; r < table.rows.size(); ++r) {
        const RowReader cells(columnAt, table.rows.at(r), index);
        ImportRow row;
        row.row = r + 1;
        row.line = table.lines.value(r);
        row.email = cells.cell(kEmail);
        QStringList problems;
        if (row.email.isEmpty())
            problems << tr("the e-mail is empty");
        else if (!UserRules::isValidEmail(row.email))
            problems << tr("\"%1\" is not a valid e-mail address").arg(row.email);
        const QList<int> same = rowsByEmail.value(row.email.toLower());
        if (same.size() > 1) {
            QStringList others;
            for (const int n : same) {
                if (n != row.row)
                    others << QString::number(n);
            }
            problems << tr("the e-mail is also on row %1").arg(others.join(QStringLiteral(", ")));
        }
        const std::optional<bool> administrator = cells.flag(kAdministrator, problems);
        const std::optional<bool> forceSecAuth = cells.flag(kForceSecAuth, problems);
        const std::optional<bool> active = cells.flag(kActive, problems);
        bool groupsGiven = false;
        const QStringList groups = cells.groups(problems, groupsGiven);
        const QString firstname = cells.cell(kFirstname);
        const QString lastname = cells.cell(kLastname);

        const User *existing = index.userByEmail.value(row.email.toLower());
        if (existing) {
            row.userId = existing->id;
            UserDraft d = UserDraft::of(*existing);
            if (!firstname.isEmpty())
                d.firstname = firstname;
            if (!lastname.isEmpty())
                d.lastname = lastname;
            d.administrator = administrator.value_or(d.administrator);
            d.forceSecAuth = forceSecAuth.value_or(d.forceSecAuth);
            d.active = active.value_or(d.active);
            addChange(row, kFirstname, existing->firstname, d.firstname);
            addChange(row, kLastname, existing->lastname, d.lastname);
            addChange(row, kAdministrator, existing->administrator, d.administrator);
            addChange(row, kForceSecAuth, existing->forceSecAuth, d.forceSecAuth);
            addChange(row, kActive, existing->active, d.active);
            row.draft = d;
            const QSet<QString> now = index.groupsOfUser.value(existing->id);
            for (const QString &g : groups) {
                if (!now.contains(g))
                    row.join << g;
            }
            if (options.exactGroups && groupsGiven) {
                for (const Group &g : account.groups) {
                    if (now.contains(g.id) && !groups.contains(g.id))
                        row.leave << g.id;
                }
            }
            row.action = row.changes.isEmpty() && row.join.isEmpty() && row.leave.isEmpty()
                             ? Action::Same
                             : Action::Update;
        } else {
            if (firstname.isEmpty() || lastname.isEmpty())
                problems << tr("a new user needs a first and a last name");
            const QString password = cells.cell(kPassword);
            if (!password.isEmpty() && password.size() < UserRules::kMinimumPasswordLength)
                problems << tr("the password has fewer than %1 characters")
                                .arg(UserRules::kMinimumPasswordLength);
            else if (password.isEmpty() && !options.generatePasswords)
                problems << tr("a new user needs a password: give one in the password column "
                               "or have the console generate them");
            UserDraft d;
            d.email = row.email;
            d.firstname = firstname;
            d.lastname = lastname;
            d.administrator = administrator.value_or(false);
            d.forceSecAuth = forceSecAuth.value_or(false);
            d.active = active.value_or(true);
            row.draft = d;
            for (const auto &[field, value] : {std::pair{kEmail, QJsonValue(d.email)},
                                               {kFirstname, QJsonValue(d.firstname)},
                                               {kLastname, QJsonValue(d.lastname)},
                                               {kAdministrator, QJsonValue(d.administrator)},
                                               {kForceSecAuth, QJsonValue(d.forceSecAuth)},
                                               {kActive, QJsonValue(d.active)}})
                row.changes << ImportChange{field, QJsonValue::Null, value};
            row.join = groups;
            row.generatePassword = password.isEmpty();
            if (!password.isEmpty())
                plan.m_passwords.insert(r, password);
            row.action = Action::Create;
        }
        if (!problems.isEmpty()) {
            row.action = Action::Refused;
            row.reason = problems.join(QStringLiteral("; "));
            row.changes.clear();
            row.join.clear();
            row.leave.clear();
            row.generatePassword = false;
            plan.m_passwords.remove(r);
        }
        plan.m_rows << row;
    }
    return plan;
}

QString ImportPlan::creationId(int index)
{
    return QStringLiteral("import-row-%1").arg(index + 1);
}

ImportPlan::Passwords ImportPlan::passwords() const
{
    Passwords p;
    for (int i = 0; i < m_rows.size(); ++i) {
        const ImportRow &r = m_rows.at(i);
        if (r.action != Action::Create)
            continue;
        QString password = passwordOf(i);
        if (r.generatePassword) {
            password = UserRules::generatePassword();
            p.generated.insert(i, password);
        }
        p.byCreation.insert(creationId(i), password);
    }
    return p;
}

ImportPlan::Writes ImportPlan::writes() const
{
    Writes w;
    const auto add = [&w](int index, RestoreStep step, const QString &description) {
        w.steps << std::move(step);
        w.rowOf << index;
        w.descriptions << description;
    };
    for (int i = 0; i < m_rows.size(); ++i) {
        const ImportRow &r = m_rows.at(i);
        QString user = r.userId;
        if (r.action == Action::Create) {
            user = creationId(i);
            add(i, restore::CreateUser{user, r.draft}, tr("Create %1").arg(r.email));
        } else if (r.action == Action::Update && !r.changes.isEmpty()) {
            add(i, restore::UpdateUser{user, r.draft}, tr("Change %1").arg(r.email));
        } else if (r.action != Action::Update) {
            continue;
        }
        for (const QString &g : r.join)
            add(i, restore::AddMember{g, user}, tr("Add %1 to %2").arg(r.email, groupName(g)));
        for (const QString &g : r.leave)
            add(i, restore::RemoveMember{g, user},
                tr("Remove %1 from %2").arg(r.email, groupName(g)));
    }
    return w;
}

void ImportPlan::stage(WhatIf &whatIf) const
{
    QHash<QString, QStringList> joins;
    QHash<QString, QStringList> leaves;
    for (int i = 0; i < m_rows.size(); ++i) {
        const ImportRow &r = m_rows.at(i);
        QString user = r.userId;
        if (r.action == Action::Create) {
            user = creationId(i);
            User u;
            u.id = user;
            r.draft.applyTo(u);
            whatIf.createUser(u);
        } else if (r.action == Action::Update) {
            if (!r.changes.isEmpty())
                whatIf.changeUser(user, r.draft);
        } else {
            continue;
        }
        for (const QString &g : r.join)
            joins[g] << user;
        for (const QString &g : r.leave)
            leaves[g] << user;
    }
    for (auto it = joins.constBegin(); it != joins.constEnd(); ++it)
        whatIf.addMembers(it.key(), it.value());
    for (auto it = leaves.constBegin(); it != leaves.constEnd(); ++it)
        whatIf.removeMembers(it.key(), it.value());
}

QString ImportPlan::details(int index) const
{
    const ImportRow &r = m_rows.at(index);
    if (r.action == Action::Refused)
        return r.reason;
    QStringList parts;
    QStringList fields;
    for (const ImportChange &c : r.changes) {
        if (r.action == Action::Create) {
            // A new user's e-mail is the row's own, and flags as a new user has them go
            // without saying.
            const bool asUsual = c.field == kEmail ||
                                 (c.field == kActive && c.after == QJsonValue(true)) ||
                                 ((c.field == kAdministrator || c.field == kForceSecAuth) &&
                                  c.after == QJsonValue(false));
            if (!asUsual)
                fields << tr("%1 %2").arg(fieldLabel(c.field), shownValue(c.after));
        } else {
            fields << tr("%1 %2 → %3")
                          .arg(fieldLabel(c.field), shownValue(c.before), shownValue(c.after));
        }
    }
    if (!fields.isEmpty())
        parts << fields.join(QStringLiteral(", "));
    if (r.generatePassword)
        parts << tr("password generated");
    QStringList joined;
    for (const QString &g : r.join)
        joined << groupName(g);
    QStringList left;
    for (const QString &g : r.leave)
        left << groupName(g);
    if (!joined.isEmpty())
        parts << tr("joins %1").arg(joined.join(QStringLiteral(", ")));
    if (!left.isEmpty())
        parts << tr("leaves %1").arg(left.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

QString ImportPlan::describe(int index) const
{
    const QString what = details(index);
    switch (m_rows.at(index).action) {
    case Action::Create:
        return tr("create: %1").arg(what);
    case Action::Update:
        return tr("update: %1").arg(what);
    case Action::Same:
        return tr("nothing to do");
    case Action::Refused:
        break;
    }
    return tr("refused: %1").arg(what);
}

QJsonObject ImportPlan::rowJson(int index) const
{
    const ImportRow &r = m_rows.at(index);
    QJsonArray changes;
    for (const ImportChange &c : r.changes)
        changes << QJsonObject{{QStringLiteral("field"), c.field},
                               {QStringLiteral("before"), c.before},
                               {QStringLiteral("after"), c.after}};
    QJsonObject o{{QStringLiteral("row"), r.row},
                  {QStringLiteral("email"), r.email},
                  {QStringLiteral("action"), ImportRow::actionName(r.action)},
                  {QStringLiteral("changes"), changes},
                  {QStringLiteral("join"), QJsonArray::fromStringList(r.join)},
                  {QStringLiteral("leave"), QJsonArray::fromStringList(r.leave)}};
    if (r.action == Action::Refused)
        o.insert(QStringLiteral("reason"), r.reason);
    return o;
}

} // namespace ionos
