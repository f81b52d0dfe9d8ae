// libFuzzer target: the sandbox's handling of a request (routing, query, authentication, body
// validation, state changes) on an arbitrary HTTP/1.1 request: a request line, header lines, an
// empty line and a body, split as Qt's server does before the sandbox sees it.
#include "sandbox/httpexchange.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QUrl>

#include <cstddef>
#include <cstdint>

using namespace sandbox;

namespace {

// Made once and kept to the end of the process: libFuzzer leaves through exit().
int appArgc = 1;
char appName[] = "fuzz-sandboxrequest";
char *appArgv[] = {appName, nullptr};
QCoreApplication *app = nullptr;
SandboxServer *server = nullptr;

HttpRequest parse(const QByteArray &raw)
{
    HttpRequest r;
    const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    const QByteArray head = headerEnd < 0 ? raw : raw.left(headerEnd);
    r.body = headerEnd < 0 ? QByteArray() : raw.mid(headerEnd + 4);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    r.method = requestLine.value(0).toUpper();
    const QUrl url(QStringLiteral("http://127.0.0.1") + QString::fromUtf8(requestLine.value(1)));
    r.path = url.path();
    r.query = QUrlQuery(url);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            r.headers.append(
                {lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    return r;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    app = new QCoreApplication(appArgc, appArgv);
    SandboxOptions o;
    o.users = 20;
    o.groups = 5;
    o.resourcesPerType = 2;
    o.contracts = 2;
    o.adminsPerContract = 2;
    o.requestDoneMs = 0;
    o.ratePerMinute = 1000000000;
    o.burst = 1000000;
    server = new SandboxServer(o);
    // The routes are set up when it listens (on a free loopback port; nothing connects there).
    QString error;
    if (!server->start(&error))
        qFatal("the sandbox does not start: %s", qPrintable(error));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    const HttpResponse response = server->answer(parse(raw));
    (void)response.serialize();
    // Let finished writes land in the state, as the event loop would.
    QCoreApplication::processEvents();
    return 0;
}
