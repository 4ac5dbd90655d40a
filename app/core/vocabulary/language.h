// Language: the programming languages of the coding scratchpad, in one table: the id an attempt
// is stored with (and the key of the examples files), the name shown, the file suffix, the
// KSyntaxHighlighting definition, whether "Run examples" can run it and with which program, the
// comment a blank starter opens with, and the names a model solution's fenced block may carry.
//
//   Languages::fromId("cpp")          -> Language::Cpp
//   Languages::fromId("Go")           -> Language::Other: any KSyntaxHighlighting definition, stored
//                                        by its name; written, highlighted and diffed, never run
//   Languages::displayName("cpp")     -> "C++"        displayName("Go")    -> "Go"
//   Languages::definitionName("java") -> "Java"       fenceNames("python") -> python, py, python3
//   Languages::runnable()             -> Python, Cpp, Java: what the editor offers first
//
// Functions that take an id rather than a Language answer for an Other language with its own name.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace Starloop {

enum class Language { Python, Cpp, Java, Other };

class Languages
{
public:
    static const QVector<Language> &runnable(); // Python, C++, Java, in the editor's order
    static Language fromId(const QString &id); // Other for any id not in the table
    static QString id(Language language); // "cpp"; empty for Other

    static QString displayName(const QString &id); // "C++"; an Other language: its id
    static QString definitionName(const QString &id); // KSyntaxHighlighting's "C++"; Other: its id
    static QStringList fenceNames(const QString &id); // "cpp", "c++", "cxx"; Other: the id in lower case

    static QString fileSuffix(Language language); // "py", "cpp", "java"; "txt" for Other
    static bool canRun(Language language); // "Run examples" knows how (the program may be missing)
    static QString requiredProgram(Language language); // "python3", "g++", "javac"; empty for Other
    static QString commentPrefix(Language language); // "#" for Python, "//" otherwise
};

} // namespace Starloop
