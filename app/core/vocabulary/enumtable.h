// inEnumOrder: checks at compile time that a vocabulary's table has one row per enumerator, in
// the enum's order, so that a row is found by index:
//
//   constexpr LanguageRow Table[] = {{Language::Python, "python", ...}, {Language::Cpp, ...}};
//   static_assert(inEnumOrder(Table, &LanguageRow::language), "one row per Language, in order");
//   const LanguageRow &row(Language language) { return Table[int(language)]; }
#pragma once

#include <cstddef>

namespace Starloop {

template<class Row, std::size_t Size, class Enum>
constexpr bool inEnumOrder(const Row (&table)[Size], Enum Row::*key)
{
    for (std::size_t i = 0; i < Size; ++i) {
        if (static_cast<std::size_t>(table[i].*key) != i)
            return false;
    }
    return true;
}

} // namespace Starloop
