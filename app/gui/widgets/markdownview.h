// MarkdownView: a read-only view of an answer in Markdown: headings, lists, tables, code blocks
// shaded and highlighted per language, "Copy Code" in the context menu, links opened in the
// system browser only when clicked.
#pragma once

#include <QTextBrowser>

namespace Starloop::Gui {

class CodeBlockHighlighter;

class MarkdownView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit MarkdownView(QWidget *parent = nullptr);
    void setMarkdownText(const QString &markdown);
    // The text of the code block that contains `position` (empty when it is not in one).
    QString codeBlockAt(int position) const;
    // Every code block's language, in order (tests and the scratchpad use this).
    QStringList codeLanguages() const;

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void decorateCodeBlocks();
    bool isDarkPalette() const;

    CodeBlockHighlighter *m_highlighter;
};

} // namespace Starloop::Gui
