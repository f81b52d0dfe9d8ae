// A token's expiry, read from the token itself (a JSON Web Token's "exp"), without a request.
#include "network/tokenexpiry.h"
#include "testtokens.h"

#include <gtest/gtest.h>

using namespace ionos;

TEST(TokenExpiry, IsReadFromTheTokensExpClaim)
{
    const QDateTime when(QDate(2026, 12, 21), QTime(8, 30), Qt::UTC);
    EXPECT_EQ(TokenExpiry::of(makeToken(when)), when);
    EXPECT_EQ(TokenExpiry::of(QStringLiteral("  ") + makeToken(when) + QStringLiteral("\n")), when);
}

TEST(TokenExpiry, ATokenThatDoesNotSayHasNone)
{
    EXPECT_FALSE(TokenExpiry::of(makeToken(QDateTime())));
    EXPECT_FALSE(TokenExpiry::of(QStringLiteral("demo-token")));
    EXPECT_FALSE(TokenExpiry::of(QStringLiteral("a.b.c")));
    EXPECT_FALSE(TokenExpiry::of(QStringLiteral("a..c")));
    EXPECT_FALSE(TokenExpiry::of(QStringLiteral("eyJhbGciOiJub25lIn0.!!!.x")));
    EXPECT_FALSE(TokenExpiry::of(QString()));
}
