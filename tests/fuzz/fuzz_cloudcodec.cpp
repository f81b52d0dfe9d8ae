// libFuzzer target: every reader of the Cloud API codec on arbitrary bytes, and the writers on
// whatever the readers accept. A crash, a leak or a sanitizer report is a finding.
#include "network/cloudcodec.h"

#include <cstddef>
#include <cstdint>

using namespace ionos;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const Result<User> u = cloudcodec::userFromBody(body); u.ok()) {
        UserDraft draft;
        draft.firstname = u.value().firstname;
        draft.lastname = u.value().lastname;
        draft.email = u.value().email;
        (void)cloudcodec::userUpdateBody(u.value().id, draft);
    }
    (void)cloudcodec::usersPage(body);
    (void)cloudcodec::users(body);
    if (const Result<Group> g = cloudcodec::groupFromBody(body); g.ok())
        (void)cloudcodec::groupBody(g.value().name, g.value().privileges);
    (void)cloudcodec::groups(body);
    (void)cloudcodec::groupRefs(body);
    if (const Result<GroupShare> s = cloudcodec::shareFromBody(body); s.ok())
        (void)cloudcodec::shareBody(s.value());
    (void)cloudcodec::shares(body);
    (void)cloudcodec::resourceFromBody(body);
    (void)cloudcodec::resources(body);
    (void)cloudcodec::requestStatus(body);
    return 0;
}
