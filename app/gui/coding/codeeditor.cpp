#include "gui/coding/codeeditor.h"

#include "core/vocabulary/language.h"
#include "gui/appsettings.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QTextBlock>

#ifdef STARLOOP_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Starloop::Gui {

#ifdef STARLOOP_HAVE_KSYNTAXHIGHLIGHTING
// The one Repository of the process, shared with the answer view (codeblockhighlighter.cpp).
KSyntaxHighlighting::Repository &repository();
#endif

namespace {

constexpr int IndentWidth = 4;

bool isMonospace(const QFont &font)
{
    const QFontMetrics metrics(font);
    return metrics.horizontalAdvance(QLatin1Char('i')) == metrics.horizontalAdvance(QLatin1Char('M'));
}

const QString Openers = QStringLiteral("([{");
const QString Closers = QStringLiteral(")]}");

} // namespace

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    { }
    QSize sizeHint() const override { return QSize(m_editor->lineNumberAreaWidth(), 0); }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    CodeEditor *m_editor;
};

struct CodeEditor::Highlighting
{
#ifdef STARLOOP_HAVE_KSYNTAXHIGHLIGHTING
    KSyntaxHighlighting::SyntaxHighlighter *highlighter = nullptr;
#endif
};

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this))
    , m_highlighting(std::make_unique<Highlighting>())
{
    setObjectName(QStringLiteral("codeEditor"));
    setAccessibleName(tr("Code"));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::Monospace);
    mono.setFixedPitch(true);
    if (!isMonospace(mono)) { // some platforms name a family that does not resolve
        for (const char *family : {"DejaVu Sans Mono", "Noto Mono", "Liberation Mono", "Courier New"}) {
            QFont candidate = mono;
            candidate.setFamily(QString::fromLatin1(family));
            if (isMonospace(candidate)) {
                mono = candidate;
                break;
            }
        }
    }
    if (AppSettings::fontPointSize() > 0)
        mono.setPointSize(AppSettings::fontPointSize());
    setFont(mono);
    setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(QLatin1Char(' ')) * IndentWidth);
#ifdef STARLOOP_HAVE_KSYNTAXHIGHLIGHTING
    m_highlighting->highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
#endif
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::updateExtraSelections);
    updateLineNumberAreaWidth();
    setLanguage(Languages::id(Language::Python));
}

CodeEditor::~CodeEditor() = default;

void CodeEditor::setLanguage(const QString &language)
{
    m_language = language;
#ifdef STARLOOP_HAVE_KSYNTAXHIGHLIGHTING
    const auto definition = repository().definitionForName(Languages::definitionName(language));
    m_highlighting->highlighter->setDefinition(definition);
    applyTheme();
#endif
}

QString CodeEditor::highlightingDefinition() const
{
#ifdef STARLOOP_HAVE_KSYNTAXHIGHLIGHTING
    const auto definition = m_highlighting->highlighter->definition();
    return definition.isValid() ? definition.name() : QString();
#else
    return QString();
#endif
}

QStringList CodeEditor::knownLanguages()
{
    QStringList names;
#ifdef STARLOOP_HAVE_KSYNTAXHIGHLIGHTING
    const auto definitions = repository().definitions();
    for (const auto &definition : definitions) {
        if (!definition.isHidden())
            names << definition.name();
    }
    names.sort(Qt::CaseInsensitive);
#endif
    return names;
}

void CodeEditor::applyTheme()
{
#ifdef STARLOOP_HAVE_KSYNTAXHIGHLIGHTING
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const auto named = repository().theme(AppSettings::codeTheme());
    const auto theme = !AppSettings::codeTheme().isEmpty() && named.isValid()
        ? named
        : repository().defaultTheme(
            dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
    m_highlighting->highlighter->setTheme(theme);
    m_highlighting->highlighter->rehighlight();
#endif
    updateExtraSelections();
}

void CodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

int CodeEditor::lineNumberAreaWidth() const
{
    const int digits = QString::number(qMax(1, blockCount())).size();
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(2, digits);
}

void CodeEditor::updateLineNumberAreaWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void CodeEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy != 0)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateLineNumberAreaWidth();
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_lineNumbers->setGeometry(QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void CodeEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    const QColor base = palette().color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    painter.fillRect(event->rect(), dark ? base.lighter(120) : base.darker(106));
    QColor number = palette().color(QPalette::Text);
    number.setAlphaF(0.45);
    const int current = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            QFont f = font();
            f.setBold(block.blockNumber() == current);
            painter.setFont(f);
            painter.setPen(block.blockNumber() == current ? palette().color(QPalette::Text) : number);
            painter.drawText(0, top, m_lineNumbers->width() - 6, fontMetrics().height(), Qt::AlignRight,
                QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

void CodeEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QColor base = palette().color(QPalette::Base);
    const bool dark = base.lightness() < 128;

    QTextEdit::ExtraSelection line;
    line.format.setBackground(dark ? base.lighter(125) : base.darker(104));
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    selections << line;

    // The bracket just before or after the cursor and its partner.
    m_brackets = {-1, -1};
    const QString text = document()->toPlainText();
    const int cursor = textCursor().position();
    int at = -1;
    if (cursor < text.size() && (Openers.contains(text.at(cursor)) || Closers.contains(text.at(cursor))))
        at = cursor;
    else if (cursor > 0 && (Openers.contains(text.at(cursor - 1)) || Closers.contains(text.at(cursor - 1))))
        at = cursor - 1;
    if (at >= 0) {
        const QChar c = text.at(at);
        const bool opening = Openers.contains(c);
        const QChar partner = opening ? Closers.at(Openers.indexOf(c)) : Openers.at(Closers.indexOf(c));
        const int step = opening ? 1 : -1;
        int depth = 0;
        int match = -1;
        for (int i = at; i >= 0 && i < text.size(); i += step) {
            if (text.at(i) == c)
                ++depth;
            else if (text.at(i) == partner && --depth == 0) {
                match = i;
                break;
            }
        }
        const QColor good = dark ? QColor(0x2e, 0x6b, 0x4a) : QColor(0xb8, 0xe6, 0xc4);
        const QColor bad = dark ? QColor(0x8a, 0x2c, 0x2c) : QColor(0xf4, 0xb4, 0xb4);
        for (const int position : {at, match}) {
            if (position < 0)
                continue;
            QTextEdit::ExtraSelection bracket;
            bracket.format.setBackground(match >= 0 ? good : bad);
            bracket.cursor = QTextCursor(document());
            bracket.cursor.setPosition(position);
            bracket.cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
            selections << bracket;
        }
        m_brackets = {at, match};
    }
    setExtraSelections(selections);
}

void CodeEditor::insertNewlineWithIndent()
{
    QTextCursor cursor = textCursor();
    const QString line = cursor.block().text().left(cursor.positionInBlock());
    int indent = 0;
    while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
        ++indent;
    const QString trimmed = line.trimmed();
    if (trimmed.endsWith(QLatin1Char(':')) || trimmed.endsWith(QLatin1Char('{')))
        indent += IndentWidth;
    cursor.beginEditBlock();
    cursor.insertText(QStringLiteral("\n") + QString(indent, QLatin1Char(' ')));
    cursor.endEditBlock();
    setTextCursor(cursor);
}

void CodeEditor::dedentAtCursor()
{
    QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    if (before.isEmpty() || !before.trimmed().isEmpty())
        return;
    const int remove = before.size() % IndentWidth == 0 ? IndentWidth : before.size() % IndentWidth;
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, qMin(remove, int(before.size())));
    cursor.removeSelectedText();
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    if (isReadOnly()) {
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Tab:
        if (event->modifiers() == Qt::NoModifier) {
            const int column = textCursor().positionInBlock();
            insertPlainText(QString(IndentWidth - column % IndentWidth, QLatin1Char(' ')));
            return;
        }
        break;
    case Qt::Key_Backtab:
        dedentAtCursor();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            insertNewlineWithIndent();
            return;
        }
        break;
    case Qt::Key_Backspace:
        if (event->modifiers() == Qt::NoModifier && !textCursor().hasSelection()) {
            const QTextCursor cursor = textCursor();
            const QString before = cursor.block().text().left(cursor.positionInBlock());
            if (before.size() >= IndentWidth && before.trimmed().isEmpty()) {
                dedentAtCursor();
                return;
            }
        }
        break;
    case Qt::Key_BraceRight: {
        // A closing brace typed on an empty line goes back one indent level.
        const QTextCursor cursor = textCursor();
        const QString before = cursor.block().text().left(cursor.positionInBlock());
        if (before.size() >= IndentWidth && before.trimmed().isEmpty())
            dedentAtCursor();
        break;
    }
    default:
        break;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace Starloop::Gui
