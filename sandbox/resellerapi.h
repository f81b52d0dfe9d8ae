#pragma once

#include "sandbox/httpexchange.h"

#include <QStringList>

namespace sandbox {

class SandboxState;
struct SbAdmin;

// The Reseller API v2 admin operations. Its objects are flat and camelCase, its writes are
// synchronous (201, 200, 204), and contracts are separate: an admin of one contract is invisible
// under another. Paths given to handle() are relative to /reseller/v2.
class ResellerApi
{
public:
    ResellerApi(SandboxState &state, QString baseUrl);

    HttpResponse handle(const HttpRequest &request, const QStringList &segments) const;

private:
    HttpResponse list(qint64 contract) const;
    HttpResponse create(const HttpRequest &request, qint64 contract) const;
    HttpResponse find(qint64 contract, qint64 adminId) const;
    HttpResponse update(const HttpRequest &request, qint64 contract, qint64 adminId) const;
    HttpResponse remove(qint64 contract, qint64 adminId) const;

    QJsonObject adminJson(qint64 contract, const SbAdmin &admin) const;
    QString adminUrl(qint64 contract, qint64 adminId) const;
    bool emailTaken(qint64 contract, const QString &email, qint64 exceptId) const;

    SandboxState &m_state;
    QString m_baseUrl;
};

} // namespace sandbox
