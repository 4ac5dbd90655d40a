// MarkdownView: a read-only view of an answer in Markdown: headings, lists, tables, code blocks
// shaded and highlighted per language, "Copy Code" in the context menu, links opened in the
// system browser only when clicked. A link to another question of the bank is written
// `[Sliding window](question:pattern-sliding-window)`; clicking it emits questionLinkActivated().
#pragma once

#include <QHash>
#include <QImage>
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
    // Pictures the Markdown names as `![...](starloop-image:NAME)`; set before setMarkdownText().
    void setImages(const QHash<QString, QImage> &images) { m_images = images; }
    // Marks where these words begin a word (the search that found the answer), lightly.
    void setMarkedWords(const QStringList &words);
    int markedCount() const { return int(m_marks.size()); }
    // The find bar's matches, the current one stronger.
    void setFindMatches(const QList<QTextCursor> &matches, int current);
    // The pictures of setImages(), then what QTextBrowser loads itself.
    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    // A `question:<uid>` link was clicked.
    void questionLinkActivated(const QString &uid);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void decorateCodeBlocks();
    void updateSelections();
    bool isDarkPalette() const;

    CodeBlockHighlighter *m_highlighter;
    QHash<QString, QImage> m_images;
    QStringList m_markedWords;
    QList<QTextEdit::ExtraSelection> m_marks;
    QList<QTextEdit::ExtraSelection> m_findMarks;
};

} // namespace Starloop::Gui
