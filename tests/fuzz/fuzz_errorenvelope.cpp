// libFuzzer target: an error answer's body read as the IONOS error envelope (Cloud and Reseller
// API alike), for any status.
#include "network/apierror.h"

#include <QUrl>

#include <cstddef>
#include <cstdint>

using namespace ionos;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 400 + (data[0] | (data[1] << 8)) % 200;
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const ApiError error = ApiError::http(
        QUrl(QStringLiteral("https://api.ionos.com/cloudapi/v6/um/users")), status, body);
    (void)error.message;
    return 0;
}
