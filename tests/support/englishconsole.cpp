// The widget tests read the console as a person starting it in English does: with the English
// file installed that gives the %n texts their singular and plural ("1 user", "2 users").
#include "ui/common/translations.h"

#include <gtest/gtest.h>

namespace {

class EnglishConsole : public ::testing::Environment
{
public:
    void SetUp() override { ASSERT_TRUE(ionos::Translations::use(QStringLiteral("en"))); }
};

const auto *const registered = ::testing::AddGlobalTestEnvironment(new EnglishConsole);

} // namespace
