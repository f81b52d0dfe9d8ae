// Dates for people carry their year in four digits, in the locale's own order.
#include "models/displaytime.h"

#include <gtest/gtest.h>

using namespace ionos;

TEST(DisplayTime, DatesKeepTheLocalesOrderWithTheYearInFourDigits)
{
    const QDate date(2023, 5, 7);
    EXPECT_EQ(DisplayTime::date(date, QLocale(QLocale::English, QLocale::UnitedStates)),
              QStringLiteral("5/7/2023"));
    EXPECT_EQ(DisplayTime::date(date, QLocale(QLocale::German, QLocale::Germany)),
              QStringLiteral("07.05.2023"));
    const QDateTime time(date, QTime(14, 5));
    const QString german = DisplayTime::dateTime(time, QLocale(QLocale::German, QLocale::Germany));
    EXPECT_TRUE(german.contains(QStringLiteral("2023"))) << german.toStdString();
    const QString english =
        DisplayTime::dateTime(time, QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_TRUE(english.startsWith(QStringLiteral("5/7/2023"))) << english.toStdString();
}
