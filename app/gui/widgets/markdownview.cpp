#include "gui/widgets/markdownview.h"

#include "gui/appsettings.h"
#include "gui/widgets/codeblockhighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QMenu>
#include <QRegularExpression>
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
    // Links are followed here, not by QTextBrowser: a question link stays in the window and a
    // web link opens in the system browser, never inside the view.
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("question"))
            Q_EMIT questionLinkActivated(url.path());
        else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
    });
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
    m_findMarks.clear();
    setMarkedWords(m_markedWords);
}

QVariant MarkdownView::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource && name.scheme() == QLatin1String("starloop-image"))
        return m_images.value(name.path());
    return QTextBrowser::loadResource(type, name);
}

void MarkdownView::setMarkedWords(const QStringList &words)
{
    m_markedWords = words;
    m_marks.clear();
    QTextCharFormat format;
    format.setBackground(isDarkPalette() ? QColor(0x6b, 0x55, 0x00) : QColor(0xff, 0xf1, 0xa8));
    for (const QString &word : words) {
        if (word.size() < 2)
            continue;
        const QRegularExpression pattern(QStringLiteral("\\b") + QRegularExpression::escape(word),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        QTextCursor cursor(document());
        // Enough to see where the answer talks about it, few enough to stay instant.
        while (m_marks.size() < 400) {
            cursor = document()->find(pattern, cursor);
            if (cursor.isNull())
                break;
            m_marks << QTextEdit::ExtraSelection {cursor, format};
        }
    }
    updateSelections();
}

void MarkdownView::setFindMatches(const QList<QTextCursor> &matches, int current)
{
    m_findMarks.clear();
    QTextCharFormat all;
    all.setBackground(isDarkPalette() ? QColor(0x1f, 0x4e, 0x79) : QColor(0xc8, 0xe1, 0xff));
    QTextCharFormat strong = all;
    strong.setBackground(palette().color(QPalette::Highlight));
    strong.setForeground(palette().color(QPalette::HighlightedText));
    for (int i = 0; i < matches.size(); ++i)
        m_findMarks << QTextEdit::ExtraSelection {matches.at(i), i == current ? strong : all};
    updateSelections();
}

void MarkdownView::updateSelections()
{
    setExtraSelections(m_marks + m_findMarks);
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
