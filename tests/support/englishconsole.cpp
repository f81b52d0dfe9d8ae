// The widget tests read the console as a person starting it in English sees it: in the console's
// own style and palette, with the English file installed that gives the %n texts their singular
// and plural ("1 user", "2 users").
#include "ui/common/consolestyle.h"
#include "ui/common/translations.h"

#include <gtest/gtest.h>

namespace {

class EnglishConsole : public ::testing::Environment
{
public:
    void SetUp() override
    {
        ionos::ConsoleStyle::install();
        ASSERT_TRUE(ionos::Translations::use(QStringLiteral("en")));
    }
};

const auto *const registered = ::testing::AddGlobalTestEnvironment(new EnglishConsole);

} // namespace
