#pragma once

#include "network/apierror.h"

#include <optional>
#include <utility>

namespace ionos {

// What an API call ends with: a value or one ApiError.
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(ApiError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

// The value of a call that only succeeds or fails.
struct Done
{};

} // namespace ionos
