#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <functional>
#include <iostream>
#include <limits>
#include <list>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <queue>
#include <random>
#include <set>
#include <sstream>
#include <stack>
#include <string>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#define main starloop_user_main
#include "attempt.cpp"
#undef main

namespace starloop {

template <class T> struct is_vector : std::false_type {};
template <class T, class A> struct is_vector<std::vector<T, A>> : std::true_type {};
template <class T> struct is_pair : std::false_type {};
template <class A, class B> struct is_pair<std::pair<A, B>> : std::true_type {};
template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};

inline std::string quote(const std::string &s)
{
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "\"";
}

template <class T> std::string show(const T &value)
{
    if constexpr (std::is_same_v<T, bool>) {
        return value ? "true" : "false";
    } else if constexpr (std::is_same_v<T, char>) {
        return std::string("'") + value + "'";
    } else if constexpr (std::is_integral_v<T>) {
        return std::to_string(value);
    } else if constexpr (std::is_floating_point_v<T>) {
        std::ostringstream out;
        out << value;
        std::string text = out.str();
        if (text.find_first_of(".ein") == std::string::npos)
            text += ".0";
        return text;
    } else if constexpr (std::is_convertible_v<T, std::string>) {
        return quote(std::string(value));
    } else if constexpr (is_vector<T>::value) {
        std::string out = "{";
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (i)
                out += ", ";
            if constexpr (std::is_same_v<typename T::value_type, bool>)
                out += show(bool(value[i]));
            else
                out += show(value[i]);
        }
        return out + "}";
    } else if constexpr (is_pair<T>::value) {
        return "{" + show(value.first) + ", " + show(value.second) + "}";
    } else if constexpr (is_optional<T>::value) {
        return value ? show(*value) : std::string("nullopt");
    } else if constexpr (std::is_pointer_v<T> || std::is_null_pointer_v<T>) {
        return value ? "(pointer)" : "nullptr";
    } else {
        return "(value)";
    }
}

inline std::string json(const std::string &s)
{
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
            out += escaped;
        } else {
            out += char(c);
        }
    }
    return out + "\"";
}

inline void report(const char *token, int index, const std::string &actual, bool passed)
{
    std::cout << "\n" << token << " {\"case\": " << index << ", \"actual\": " << json(actual.substr(0, 2000))
              << ", \"passed\": " << (passed ? "true" : "false") << "}\n" << std::flush;
}

} // namespace starloop

