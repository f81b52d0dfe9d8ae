#include "network/apiendpoints.h"

#include <gtest/gtest.h>

using ionos::ApiEndpoints;

TEST(ApiEndpoints, DefaultsAreTheIonosApis)
{
    EXPECT_EQ(ApiEndpoints::defaultCloudBase().toString(),
              QStringLiteral("https://api.ionos.com/cloudapi/v6"));
    EXPECT_EQ(ApiEndpoints::defaultResellerBase().toString(),
              QStringLiteral("https://api.ionos.com/reseller/v2"));
}

TEST(ApiEndpoints, AnOriginGetsTheApiPathAFullBaseIsKept)
{
    EXPECT_EQ(ApiEndpoints::cloudBaseFrom(QStringLiteral("https://api.example.com")).toString(),
              QStringLiteral("https://api.example.com/cloudapi/v6"));
    EXPECT_EQ(ApiEndpoints::resellerBaseFrom(QStringLiteral("https://api.example.com/")).toString(),
              QStringLiteral("https://api.example.com/reseller/v2"));
    EXPECT_EQ(
        ApiEndpoints::cloudBaseFrom(QStringLiteral("https://gw.example.com/custom/v6/")).toString(),
        QStringLiteral("https://gw.example.com/custom/v6"));
}

TEST(ApiEndpoints, PlainHttpOnlyForLoopback)
{
    EXPECT_TRUE(ApiEndpoints::cloudBaseFrom(QStringLiteral("http://127.0.0.1:8080")).isValid());
    EXPECT_TRUE(ApiEndpoints::cloudBaseFrom(QStringLiteral("http://localhost:8080")).isValid());
    EXPECT_TRUE(ApiEndpoints::cloudBaseFrom(QStringLiteral("http://[::1]:8080")).isValid());
    EXPECT_TRUE(ApiEndpoints::cloudBaseFrom(QStringLiteral("http://api.ionos.com")).isEmpty());
    EXPECT_TRUE(ApiEndpoints::cloudBaseFrom(QStringLiteral("http://10.0.0.5")).isEmpty());
    EXPECT_TRUE(ApiEndpoints::cloudBaseFrom(QStringLiteral("ftp://127.0.0.1")).isEmpty());
    EXPECT_TRUE(ApiEndpoints::cloudBaseFrom(QStringLiteral("not a url")).isEmpty());
    EXPECT_TRUE(
        ApiEndpoints::cloudBaseFrom(QStringLiteral("https://user:pw@api.ionos.com")).isEmpty())
        << "credentials never go into a URL";
}
