// CodeBlockHighlighter: colours the fenced code blocks of a Markdown QTextDocument with
// KSyntaxHighlighting, each block by its own language (QTextFormat::BlockCodeLanguage), with a
// light or dark theme following the palette. Without KSyntaxHighlighting it leaves code as the
// Markdown importer made it: plain monospace.
#pragma once

#include <QSyntaxHighlighter>

#include <memory>

namespace Starloop::Gui {

class CodeBlockHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit CodeBlockHighlighter(QTextDocument *document);
    ~CodeBlockHighlighter() override;

    // Picks the theme for this palette (or the named one, when set) and re-highlights.
    void setDarkTheme(bool dark);
    void setThemeName(const QString &name); // empty: follow the palette
    static bool isAvailable();
    // "python" -> "Python", "cpp" -> "C++", "" when the language is unknown (or no library).
    static QString definitionNameFor(const QString &language);
    static QStringList themeNames();

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Starloop::Gui
