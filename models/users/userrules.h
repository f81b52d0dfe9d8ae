#pragma once

#include <QString>

namespace ionos {

// What the API asks of a user's properties, checked before anything is sent: the dialogs and the
// import use the same rules.
namespace UserRules {

constexpr int kMinimumPasswordLength = 8;

// name@example.com: a local part, a domain with at least one dot and a top level of letters.
bool isValidEmail(const QString &email);

// A strong password for a new user, from the system's random source: 20 characters with upper
// and lower case letters, digits and symbols, none that are easily misread (0 O o 1 l I).
QString generatePassword();

} // namespace UserRules

} // namespace ionos
