#include "models/access/accessreport.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <utility>

namespace ionos::accessreport {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject userJson(const UserAccess &access)
{
    const User &u = access.user;
    QJsonObject privileges;
    for (auto it = access.privileges.constBegin(); it != access.privileges.constEnd(); ++it)
        privileges.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonArray resources;
    for (const ResourceAccess &r : access.resources) {
        QJsonArray via;
        for (const AccessPath &path : r.via) {
            switch (path.kind) {
            case AccessPath::Kind::Group:
                via.append(QJsonObject{{QStringLiteral("group"), path.groupId},
                                       {QStringLiteral("edit"), path.edit},
                                       {QStringLiteral("share"), path.share}});
                break;
            case AccessPath::Kind::Owner:
                via.append(QJsonObject{{QStringLiteral("owner"), true}});
                break;
            case AccessPath::Kind::Administrator:
                via.append(QJsonObject{{QStringLiteral("administrator"), true}});
                break;
            }
        }
        resources.append(QJsonObject{{QStringLiteral("type"), r.resource.type},
                                     {QStringLiteral("id"), r.resource.id},
                                     {QStringLiteral("name"), r.resource.name},
                                     {QStringLiteral("read"), r.read},
                                     {QStringLiteral("edit"), r.edit},
                                     {QStringLiteral("share"), r.share},
                                     {QStringLiteral("blockedBy2fa"), r.blockedBy2fa},
                                     {QStringLiteral("via"), via}});
    }
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("email"), u.email},
            {QStringLiteral("administrator"), u.administrator},
            {QStringLiteral("active"), u.active},
            {QStringLiteral("secAuthActive"), u.secAuthActive},
            {QStringLiteral("privileges"), privileges},
            {QStringLiteral("resources"), resources}};
}

void writeAccessJson(QIODevice &out, const EffectiveAccess &access, const QDateTime &asOf)
{
    out.write(R"({"asOf":")" + timeText(asOf).toUtf8() + R"(","users":[)");
    bool first = true;
    for (const User &u : access.facts().users) {
        if (!std::exchange(first, false))
            out.write(",\n");
        out.write(QJsonDocument(userJson(access.of(u))).toJson(QJsonDocument::Compact));
    }
    out.write("]}\n");
}

QJsonObject findingJson(const Finding &finding)
{
    QJsonObject o{{QStringLiteral("rule"), finding.rule},
                  {QStringLiteral("severity"), Finding::severityName(finding.severity)},
                  {QStringLiteral("detail"), finding.detail}};
    if (!finding.userId.isEmpty())
        o.insert(QStringLiteral("user"), finding.userId);
    if (!finding.groupId.isEmpty())
        o.insert(QStringLiteral("group"), finding.groupId);
    if (!finding.resourceId.isEmpty())
        o.insert(QStringLiteral("resource"), finding.resourceId);
    if (!finding.keyId.isEmpty())
        o.insert(QStringLiteral("key"), finding.keyId);
    return o;
}

QJsonObject findingsJson(const QList<Finding> &findings, const FindingsRules::Options &options)
{
    QJsonArray list;
    for (const Finding &f : findings)
        list.append(findingJson(f));
    return {{QStringLiteral("asOf"), timeText(options.asOf)},
            {QStringLiteral("inactiveDays"), options.inactiveDays},
            {QStringLiteral("keyMaxAgeDays"), options.keyMaxAgeDays},
            {QStringLiteral("findings"), list}};
}

} // namespace ionos::accessreport
