#include "gui/widgets/codeblockhighlighter.h"

#include <QHash>
#include <QTextBlock>
#include <QTextDocument>

#include <functional>

#ifdef STARLOOP_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Starloop::Gui {

#ifdef STARLOOP_HAVE_KSYNTAXHIGHLIGHTING

namespace {

QString fileNameFor(const QString &language)
{
    static const QHash<QString, QString> extensions {
        {QStringLiteral("python"), QStringLiteral("x.py")},
        {QStringLiteral("py"), QStringLiteral("x.py")},
        {QStringLiteral("cpp"), QStringLiteral("x.cpp")},
        {QStringLiteral("c++"), QStringLiteral("x.cpp")},
        {QStringLiteral("c"), QStringLiteral("x.c")},
        {QStringLiteral("java"), QStringLiteral("x.java")},
        {QStringLiteral("bash"), QStringLiteral("x.sh")},
        {QStringLiteral("sh"), QStringLiteral("x.sh")},
        {QStringLiteral("shell"), QStringLiteral("x.sh")},
        {QStringLiteral("json"), QStringLiteral("x.json")},
        {QStringLiteral("yaml"), QStringLiteral("x.yaml")},
        {QStringLiteral("yml"), QStringLiteral("x.yaml")},
        {QStringLiteral("hcl"), QStringLiteral("x.tf")},
        {QStringLiteral("terraform"), QStringLiteral("x.tf")},
        {QStringLiteral("sql"), QStringLiteral("x.sql")},
        {QStringLiteral("javascript"), QStringLiteral("x.js")},
        {QStringLiteral("js"), QStringLiteral("x.js")},
        {QStringLiteral("typescript"), QStringLiteral("x.ts")},
        {QStringLiteral("ts"), QStringLiteral("x.ts")},
        {QStringLiteral("go"), QStringLiteral("x.go")},
        {QStringLiteral("rust"), QStringLiteral("x.rs")},
        {QStringLiteral("xml"), QStringLiteral("x.xml")},
        {QStringLiteral("kotlin"), QStringLiteral("x.kt")},
        {QStringLiteral("dockerfile"), QStringLiteral("Dockerfile")},
    };
    return extensions.value(language.trimmed().toLower());
}

} // namespace

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

// One line's colouring: AbstractHighlighter calls applyFormat, which we turn into setFormat.
class LineHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    explicit LineHighlighter(CodeBlockHighlighter *owner)
        : m_owner(owner)
    { }
    KSyntaxHighlighting::State run(const QString &text, const KSyntaxHighlighting::State &state)
    {
        return highlightLine(text, state);
    }
    std::function<void(int, int, const QTextCharFormat &)> apply;

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length == 0 || format.isDefaultTextStyle(theme()))
            return;
        QTextCharFormat f;
        if (format.hasTextColor(theme()))
            f.setForeground(format.textColor(theme()));
        if (format.isBold(theme()))
            f.setFontWeight(QFont::Bold);
        if (format.isItalic(theme()))
            f.setFontItalic(true);
        apply(offset, length, f);
    }

private:
    CodeBlockHighlighter *m_owner;
};

struct BlockState : public QTextBlockUserData
{
    KSyntaxHighlighting::State state;
    QString language;
};

struct CodeBlockHighlighter::Private
{
    std::unique_ptr<LineHighlighter> line;
    QString themeName;
    bool dark = false;
};

CodeBlockHighlighter::CodeBlockHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , d(std::make_unique<Private>())
{
    d->line = std::make_unique<LineHighlighter>(this);
    d->line->apply = [this](int offset, int length, const QTextCharFormat &format) {
        setFormat(offset, length, format);
    };
    setDarkTheme(false);
}

void CodeBlockHighlighter::setDarkTheme(bool dark)
{
    d->dark = dark;
    const auto named = repository().theme(d->themeName);
    d->line->setTheme(!d->themeName.isEmpty() && named.isValid()
            ? named
            : repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                             : KSyntaxHighlighting::Repository::LightTheme));
    rehighlight();
}

void CodeBlockHighlighter::setThemeName(const QString &name)
{
    d->themeName = name;
    setDarkTheme(d->dark);
}

bool CodeBlockHighlighter::isAvailable()
{
    return true;
}

QString CodeBlockHighlighter::definitionNameFor(const QString &language)
{
    const QString file = fileNameFor(language);
    if (file.isEmpty())
        return QString();
    return repository().definitionForFileName(file).name();
}

QStringList CodeBlockHighlighter::themeNames()
{
    QStringList names;
    const auto themes = repository().themes();
    for (const auto &theme : themes)
        names << theme.name();
    return names;
}

void CodeBlockHighlighter::highlightBlock(const QString &text)
{
    const QTextBlock block = currentBlock();
    const QString language = block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage);
    if (language.isEmpty())
        return;
    const QString file = fileNameFor(language);
    if (file.isEmpty())
        return;
    const auto definition = repository().definitionForFileName(file);
    if (!definition.isValid())
        return;
    if (d->line->definition() != definition)
        d->line->setDefinition(definition);
    KSyntaxHighlighting::State state;
    const QTextBlock previous = block.previous();
    if (previous.isValid()) {
        if (auto *data = dynamic_cast<BlockState *>(previous.userData()); data && data->language == language)
            state = data->state;
    }
    state = d->line->run(text, state);
    auto *data = dynamic_cast<BlockState *>(block.userData());
    if (!data) {
        data = new BlockState;
        setCurrentBlockUserData(data);
    }
    if (data->state != state || data->language != language) {
        data->state = state;
        data->language = language;
        setCurrentBlockState(currentBlockState() + 1); // ask Qt to re-highlight the next line
    }
}

#else

struct CodeBlockHighlighter::Private
{
};

CodeBlockHighlighter::CodeBlockHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , d(std::make_unique<Private>())
{ }

void CodeBlockHighlighter::setDarkTheme(bool)
{ }

void CodeBlockHighlighter::setThemeName(const QString &)
{ }

bool CodeBlockHighlighter::isAvailable()
{
    return false;
}

QString CodeBlockHighlighter::definitionNameFor(const QString &)
{
    return QString();
}

QStringList CodeBlockHighlighter::themeNames()
{
    return {};
}

void CodeBlockHighlighter::highlightBlock(const QString &)
{ }

#endif

CodeBlockHighlighter::~CodeBlockHighlighter() = default;

} // namespace Starloop::Gui
