#include "models/displaytime.h"

namespace ionos {
namespace {

QString withFullYear(QString format)
{
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

} // namespace

QString DisplayTime::date(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, withFullYear(locale.dateFormat(QLocale::ShortFormat)));
}

QString DisplayTime::dateTime(const QDateTime &time, const QLocale &locale)
{
    return locale.toString(time.toLocalTime(),
                           withFullYear(locale.dateTimeFormat(QLocale::ShortFormat)));
}

} // namespace ionos
