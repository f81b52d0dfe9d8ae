#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace ionos {

// Dates and times for people: the locale's short form, in local time, with the year in four
// digits ("5/7/2023", "07.05.2023"): a two-digit year reads as a day or a month too easily.
class DisplayTime
{
public:
    static QString date(const QDate &date, const QLocale &locale = QLocale());
    static QString dateTime(const QDateTime &time, const QLocale &locale = QLocale());
};

} // namespace ionos
