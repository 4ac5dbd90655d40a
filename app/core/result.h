// Result<T>: a value or an error message, the way errors travel from core to gui.
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Starloop {

struct Error
{
    QString message; // one or two sentences a user can read
    int code = 0; // a domain-specific reason, e.g. Storage::OpenFailure
};

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): a value converts to success
        : m_value(std::move(value))
    { }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Result<void> equivalent: success or an error.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) // NOLINT(google-explicit-constructor)
        : m_failed(true)
        , m_error(std::move(error))
    { }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace Starloop
