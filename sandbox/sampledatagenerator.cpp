#include "sandbox/sampledatagenerator.h"

#include "sandbox/privilegekeys.h"

#include <QSet>
#include <QTimeZone>

namespace sandbox {
namespace {

const QList<QString> kFirstNames = {
    QStringLiteral("Anna"),       QStringLiteral("Lukas"),  QStringLiteral("Sophie"),
    QStringLiteral("Maximilian"), QStringLiteral("Marie"),  QStringLiteral("Jonas"),
    QStringLiteral("Lea"),        QStringLiteral("Felix"),  QStringLiteral("Emma"),
    QStringLiteral("Paul"),       QStringLiteral("Hannah"), QStringLiteral("Leon"),
    QStringLiteral("Mia"),        QStringLiteral("Tobias"), QStringLiteral("Laura"),
    QStringLiteral("Julian"),     QStringLiteral("Clara"),  QStringLiteral("Moritz"),
    QStringLiteral("Jana"),       QStringLiteral("David"),  QStringLiteral("Katharina"),
    QStringLiteral("Simon"),      QStringLiteral("Nina"),   QStringLiteral("Fabian"),
    QStringLiteral("Olivia"),     QStringLiteral("James"),  QStringLiteral("Chloé"),
    QStringLiteral("Mateo"),      QStringLiteral("Zofia"),  QStringLiteral("Emre"),
    QStringLiteral("Aylin"),      QStringLiteral("Lars"),   QStringLiteral("Ingrid"),
    QStringLiteral("Pedro"),      QStringLiteral("Lucía"),  QStringLiteral("Giulia"),
    QStringLiteral("Marco"),      QStringLiteral("Priya"),  QStringLiteral("Arjun"),
    QStringLiteral("Yuki"),
};

const QList<QString> kLastNames = {
    QStringLiteral("Müller"),    QStringLiteral("Schmidt"), QStringLiteral("Schneider"),
    QStringLiteral("Fischer"),   QStringLiteral("Weber"),   QStringLiteral("Meyer"),
    QStringLiteral("Wagner"),    QStringLiteral("Becker"),  QStringLiteral("Schulz"),
    QStringLiteral("Hoffmann"),  QStringLiteral("Koch"),    QStringLiteral("Richter"),
    QStringLiteral("Klein"),     QStringLiteral("Wolf"),    QStringLiteral("Schröder"),
    QStringLiteral("Neumann"),   QStringLiteral("Schwarz"), QStringLiteral("Zimmermann"),
    QStringLiteral("Braun"),     QStringLiteral("Krüger"),  QStringLiteral("Hartmann"),
    QStringLiteral("Lange"),     QStringLiteral("Werner"),  QStringLiteral("Smith"),
    QStringLiteral("Dubois"),    QStringLiteral("García"),  QStringLiteral("Rossi"),
    QStringLiteral("Kowalski"),  QStringLiteral("Yılmaz"),  QStringLiteral("Jansen"),
    QStringLiteral("Andersson"), QStringLiteral("Novák"),   QStringLiteral("Silva"),
    QStringLiteral("Sharma"),    QStringLiteral("Tanaka"),  QStringLiteral("O'Brien"),
};

const QList<QString> kGroupNames = {
    QStringLiteral("Administrators Backup"),
    QStringLiteral("Developers"),
    QStringLiteral("Operations"),
    QStringLiteral("Network Team"),
    QStringLiteral("Storage Team"),
    QStringLiteral("Kubernetes Platform"),
    QStringLiteral("Database Admins"),
    QStringLiteral("Data Science"),
    QStringLiteral("Security"),
    QStringLiteral("Auditors"),
    QStringLiteral("Finance Viewers"),
    QStringLiteral("Support Level 1"),
    QStringLiteral("Support Level 2"),
    QStringLiteral("CI Pipelines"),
    QStringLiteral("Monitoring"),
    QStringLiteral("DNS Managers"),
    QStringLiteral("Web Shop"),
    QStringLiteral("Customer Portal"),
    QStringLiteral("Interns"),
    QStringLiteral("Contractors"),
};

const QList<QString> kLocations = {QStringLiteral("fra"), QStringLiteral("ber"),
                                   QStringLiteral("txl"), QStringLiteral("lhr"),
                                   QStringLiteral("par"), QStringLiteral("las")};
const QList<QString> kStages = {QStringLiteral("prod"), QStringLiteral("staging"),
                                QStringLiteral("test"), QStringLiteral("dev")};
const QList<QString> kSystems = {QStringLiteral("shop"),     QStringLiteral("crm"),
                                 QStringLiteral("billing"),  QStringLiteral("analytics"),
                                 QStringLiteral("intranet"), QStringLiteral("mail"),
                                 QStringLiteral("erp"),      QStringLiteral("web")};

QString asciiForMail(const QString &name)
{
    QString folded = name.normalized(QString::NormalizationForm_KD);
    QString ascii;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            ascii.append(c.toLower());
    }
    return ascii;
}

} // namespace

SampleDataGenerator::SampleDataGenerator(quint32 seed)
    : m_random(seed)
    , m_keyRandom(seed ^ 0x5334b3e7u)
{}

QString SampleDataGenerator::nextAccessKey()
{
    QString id;
    for (int i = 0; i < 20; ++i)
        id.append(QLatin1Char("0123456789abcdef"[m_keyRandom.bounded(16)]));
    return id;
}

QString SampleDataGenerator::newSecret()
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    QString secret;
    for (int i = 0; i < 40; ++i)
        secret.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(64)]));
    return secret;
}

QDateTime SampleDataGenerator::anchorDate()
{
    return QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
}

QString SampleDataGenerator::nextUuid()
{
    quint32 w[4];
    m_random.fillRange(w, 4);
    w[1] = (w[1] & 0xffff0fffu) | 0x00004000u; // version 4
    w[2] = (w[2] & 0x3fffffffu) | 0x80000000u; // variant 1
    return QStringLiteral("%1-%2-%3-%4-%5%6")
        .arg(w[0], 8, 16, QLatin1Char('0'))
        .arg(w[1] >> 16, 4, 16, QLatin1Char('0'))
        .arg(w[1] & 0xffffu, 4, 16, QLatin1Char('0'))
        .arg(w[2] >> 16, 4, 16, QLatin1Char('0'))
        .arg(w[2] & 0xffffu, 4, 16, QLatin1Char('0'))
        .arg(w[3], 8, 16, QLatin1Char('0'));
}

bool SampleDataGenerator::chance(double probability)
{
    return m_random.generateDouble() < probability;
}

Audit SampleDataGenerator::auditBefore(const QDateTime &latest, int maxDaysBack)
{
    Audit audit;
    audit.created = latest.addSecs(-qint64(m_random.bounded(maxDaysBack * 86400)));
    audit.createdBy = QStringLiteral("owner@example.com");
    audit.modified = audit.created.addSecs(m_random.bounded(30 * 86400));
    if (audit.modified > latest)
        audit.modified = latest;
    audit.modifiedBy = audit.createdBy;
    return audit;
}

void SampleDataGenerator::fill(SandboxState &state, const SampleSizes &sizes)
{
    addUsers(state, sizes.users);
    addGroups(state, sizes.groups);
    addResources(state, sizes.resourcesPerType);
    addMemberships(state);
    addShares(state);
    addContracts(state, sizes.contracts, sizes.adminsPerContract);
    addKeys(state);
}

void SampleDataGenerator::addUsers(SandboxState &state, int count)
{
    QSet<QString> emails;
    const QDateTime anchor = anchorDate();
    for (int i = 0; i < count; ++i) {
        SbUser u;
        u.id = nextUuid();
        u.firstname = pick(kFirstNames);
        u.lastname = pick(kLastNames);
        const QString base =
            asciiForMail(u.firstname) + QLatin1Char('.') + asciiForMail(u.lastname);
        QString email = base + QStringLiteral("@example.com");
        for (int n = 2; emails.contains(email); ++n)
            email = base + QString::number(n) + QStringLiteral("@example.com");
        emails.insert(email);
        u.email = email;
        u.administrator = chance(0.05);
        u.forceSecAuth = chance(0.15);
        u.secAuthActive = u.forceSecAuth ? chance(0.8) : chance(0.1);
        u.active = !chance(0.05);
        u.s3CanonicalUserId =
            QString::number(m_random.generate64(), 16).rightJustified(16, QLatin1Char('0'));
        u.audit = auditBefore(anchor, 3 * 365);
        if (!chance(0.1)) {
            QDateTime login = anchor.addSecs(-qint64(m_random.bounded(365 * 86400)));
            u.lastLogin = login < u.audit.created ? u.audit.created : login;
        }
        state.addUser(u);
    }
}

void SampleDataGenerator::addGroups(SandboxState &state, int count)
{
    const QDateTime anchor = anchorDate();
    for (int i = 0; i < count; ++i) {
        SbGroup g;
        g.id = nextUuid();
        g.name = kGroupNames.at(i % kGroupNames.size());
        if (i >= kGroupNames.size())
            g.name += QStringLiteral(" %1").arg(i / kGroupNames.size() + 1);
        // Some groups grant almost nothing, some a lot: a realistic spread for the matrix.
        const double density =
            (i % 4 == 0) ? 0.05 : (i % 4 == 1 ? 0.25 : (i % 4 == 2 ? 0.5 : 0.85));
        for (const QString &key : privilegeKeys())
            g.privileges.insert(key, chance(density));
        g.audit = auditBefore(anchor, 2 * 365);
        state.addGroup(g);
    }
}

void SampleDataGenerator::addResources(SandboxState &state, int perType)
{
    const QDateTime anchor = anchorDate();
    const QStringList &users = state.userOrder();
    const QList<QString> states = {QStringLiteral("AVAILABLE"), QStringLiteral("AVAILABLE"),
                                   QStringLiteral("AVAILABLE"), QStringLiteral("AVAILABLE"),
                                   QStringLiteral("BUSY"),      QStringLiteral("INACTIVE")};
    for (const QString &type : SandboxState::resourceTypes()) {
        for (int i = 0; i < perType; ++i) {
            SbResource r;
            r.id = nextUuid();
            r.type = type;
            r.name = QStringLiteral("%1-%2-%3-%4")
                         .arg(pick(kSystems), pick(kStages), pick(kLocations))
                         .arg(i + 1, 2, 10, QLatin1Char('0'));
            if (type == QStringLiteral("datacenter") || type == QStringLiteral("snapshot"))
                r.secAuthProtection = chance(0.15);
            r.state = pick(states);
            if (!users.isEmpty() && !chance(0.1))
                r.ownerId = users.at(m_random.bounded(users.size()));
            r.audit = auditBefore(anchor, 2 * 365);
            if (const SbUser *owner = state.user(r.ownerId)) {
                r.audit.createdBy = owner->email;
                r.audit.createdByUserId = owner->id;
                r.audit.modifiedBy = owner->email;
                r.audit.modifiedByUserId = owner->id;
            }
            state.addResource(r);
        }
    }
}

void SampleDataGenerator::addMemberships(SandboxState &state)
{
    const QStringList &users = state.userOrder();
    if (users.isEmpty())
        return;
    for (const QString &groupId : state.groupOrder()) {
        const int wanted = m_random.bounded(qMax(2, qMin(int(users.size()) / 5, 40)));
        for (int n = 0; n < wanted; ++n)
            state.addMember(groupId, users.at(m_random.bounded(users.size())));
    }
}

void SampleDataGenerator::addShares(SandboxState &state)
{
    const QStringList &resources = state.resourceOrder();
    if (resources.isEmpty())
        return;
    for (const QString &groupId : state.groupOrder()) {
        const int wanted = m_random.bounded(qMin(int(resources.size()), 12) + 1);
        for (int n = 0; n < wanted; ++n) {
            SbShare s;
            s.resourceId = resources.at(m_random.bounded(resources.size()));
            s.editPrivilege = chance(0.5);
            s.sharePrivilege = chance(0.3);
            if (!state.share(groupId, s.resourceId))
                state.putShare(groupId, s);
        }
    }
}

void SampleDataGenerator::addContracts(SandboxState &state, int contracts, int adminsPerContract)
{
    for (qint64 contract = 1; contract <= contracts; ++contract) {
        state.addContract(contract);
        for (int i = 0; i < adminsPerContract; ++i) {
            SbAdmin a;
            a.id = state.nextAdminId();
            a.firstName = pick(kFirstNames);
            a.lastName = pick(kLastNames);
            a.email = QStringLiteral("%1.%2@reseller%3.example.net")
                          .arg(asciiForMail(a.firstName), asciiForMail(a.lastName))
                          .arg(contract);
            if (i > 0)
                a.email.replace(QLatin1Char('@'), QStringLiteral("%1@").arg(i + 1));
            state.putAdmin(contract, a);
        }
    }
}

SbS3Key SampleDataGenerator::sampleKey(const SbUser &user, int maxDaysBack, bool active)
{
    SbS3Key k;
    k.id = nextAccessKey();
    k.userId = user.id;
    k.active = active;
    const QDateTime anchor = anchorDate();
    k.audit.created = anchor.addSecs(-qint64(m_keyRandom.bounded(qMax(1, maxDaysBack) * 86400)));
    if (k.audit.created < user.audit.created)
        k.audit.created = user.audit.created;
    k.audit.modified = k.audit.created;
    k.audit.createdBy = k.audit.modifiedBy = user.email;
    k.audit.createdByUserId = k.audit.modifiedByUserId = user.id;
    return k;
}

// Keys of every kind: none for most users, one or two for many, old and new, some turned off,
// active keys of deactivated users, and users at the limit of five.
void SampleDataGenerator::addKeys(SandboxState &state)
{
    const QStringList &users = state.userOrder();
    bool deactivatedWithKey = false;
    for (qsizetype i = 0; i < users.size(); ++i) {
        const SbUser &u = *state.user(users.at(i));
        const bool atCap = i % 37 == 5;
        int count = atCap ? SandboxState::kMaxKeysPerUser : 0;
        if (!atCap) {
            const quint32 roll = m_keyRandom.bounded(100);
            count = roll < 55 ? 0 : (roll < 85 ? 1 : 2);
        }
        if (!u.active && !deactivatedWithKey)
            count = qMax(count, 1);
        QList<SbS3Key> keys;
        for (int n = 0; n < count; ++n) {
            const bool old = m_keyRandom.bounded(100) < 40;
            const bool active =
                (!u.active && !deactivatedWithKey) || m_keyRandom.bounded(100) >= 20;
            keys.append(sampleKey(u, old ? 4 * 365 : 60, active));
        }
        std::sort(keys.begin(), keys.end(), [](const SbS3Key &a, const SbS3Key &b) {
            return a.audit.created < b.audit.created;
        });
        for (const SbS3Key &k : keys)
            state.putKey(k);
        if (!u.active && count > 0)
            deactivatedWithKey = true;
    }
}

} // namespace sandbox
