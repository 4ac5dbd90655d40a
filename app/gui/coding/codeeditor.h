// CodeEditor: the scratchpad's editor, like the one in a real coding interview: line numbers,
// auto-indent (keeps the previous line's indent, four more after ':' or '{'), Tab inserts four
// spaces, the bracket next to the cursor and its partner are highlighted, a monospace font, and
// syntax colours from KSyntaxHighlighting in the answer view's theme. No completion.
#pragma once

#include <QPlainTextEdit>

#include <memory>

namespace Starloop::Gui {

class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    // A Language id: "python", "cpp", "java" or any KSyntaxHighlighting definition name ("Go").
    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    // The KSyntaxHighlighting definition in use; empty without the library or for plain text.
    QString highlightingDefinition() const;
    // Every language KSyntaxHighlighting knows (definition names, sorted); empty without it.
    static QStringList knownLanguages();

    int lineNumberAreaWidth() const;
    // Where the bracket highlight is (cursor positions), -1 when none.
    QPair<int, int> matchedBrackets() const { return m_brackets; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void updateExtraSelections();
    void applyTheme();
    void insertNewlineWithIndent();
    void dedentAtCursor();

    QWidget *m_lineNumbers = nullptr;
    QString m_language;
    QPair<int, int> m_brackets {-1, -1};
    struct Highlighting;
    std::unique_ptr<Highlighting> m_highlighting;
};

} // namespace Starloop::Gui
