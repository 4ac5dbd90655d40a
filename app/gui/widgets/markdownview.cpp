#include "markdownview.h"

#include "appsettings.h"
#include "codeblockhighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Starloop::Gui {

namespace {

bool isCodeBlock(const QTextBlock &block)
{
    return block.blockFormat().hasProperty(QTextFormat::BlockCodeFence)
        || block.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage);
}

} // namespace

MarkdownView::MarkdownView(QWidget *parent)
    : QTextBrowser(parent)
    , m_highlighter(new CodeBlockHighlighter(document()))
{
    setOpenExternalLinks(true);
    setOpenLinks(true);
    setReadOnly(true);
    document()->setDocumentMargin(18);
    m_highlighter->setThemeName(AppSettings::codeTheme());
    m_highlighter->setDarkTheme(isDarkPalette());
}

bool MarkdownView::isDarkPalette() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

void MarkdownView::setMarkdownText(const QString &markdown)
{
    document()->setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    decorateCodeBlocks();
    m_highlighter->rehighlight();
    moveCursor(QTextCursor::Start);
}

void MarkdownView::decorateCodeBlocks()
{
    const QColor base = palette().color(QPalette::Base);
    const QColor shade = isDarkPalette() ? base.lighter(135) : base.darker(104);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (!isCodeBlock(block))
            continue;
        cursor.setPosition(block.position());
        QTextBlockFormat format = block.blockFormat();
        format.setBackground(shade);
        format.setLeftMargin(8);
        format.setRightMargin(8);
        cursor.setBlockFormat(format);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat chars;
        chars.setFontFamilies({mono.family()});
        chars.setFontFixedPitch(true);
        cursor.mergeCharFormat(chars);
    }
    cursor.endEditBlock();
}

QString MarkdownView::codeBlockAt(int position) const
{
    QTextBlock block = document()->findBlock(position);
    if (!isCodeBlock(block))
        return QString();
    // A fenced block is several QTextBlocks with the same fence; walk to its first line.
    while (block.previous().isValid() && isCodeBlock(block.previous())
           && block.previous().blockFormat().stringProperty(QTextFormat::BlockCodeLanguage)
               == block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage))
        block = block.previous();
    QStringList lines;
    const QString language = block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage);
    for (; block.isValid() && isCodeBlock(block)
           && block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage) == language;
         block = block.next())
        lines << block.text();
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty()) // Qt 5 keeps the fence's last newline
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

QStringList MarkdownView::codeLanguages() const
{
    QStringList languages;
    bool inBlock = false;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const bool code = isCodeBlock(block);
        if (code && !inBlock)
            languages << block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage);
        inBlock = code;
    }
    return languages;
}

void MarkdownView::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    const QString code = codeBlockAt(cursorForPosition(event->pos()).position());
    if (!code.isEmpty()) {
        QAction *copy = new QAction(tr("Copy Code Block"), menu.get());
        copy->setObjectName(QStringLiteral("actionCopyCode"));
        connect(copy, &QAction::triggered, this, [code] { QApplication::clipboard()->setText(code); });
        menu->insertAction(menu->actions().value(0), copy);
        menu->insertSeparator(menu->actions().value(1));
    }
    menu->exec(event->globalPos());
}

void MarkdownView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setThemeName(AppSettings::codeTheme());
        m_highlighter->setDarkTheme(isDarkPalette());
        decorateCodeBlocks();
    }
}

} // namespace Starloop::Gui
