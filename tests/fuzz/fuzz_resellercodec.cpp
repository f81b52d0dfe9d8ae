// libFuzzer target: the Reseller API codec's readers on arbitrary bytes, and its writers on
// whatever they accept.
#include "network/resellercodec.h"

#include <cstddef>
#include <cstdint>

using namespace ionos;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const Result<Admin> a = resellercodec::admin(body); a.ok()) {
        AdminDraft draft;
        draft.firstName = a.value().firstName;
        draft.lastName = a.value().lastName;
        draft.email = a.value().email;
        (void)resellercodec::updateBody(draft);
    }
    (void)resellercodec::admins(body);
    return 0;
}
