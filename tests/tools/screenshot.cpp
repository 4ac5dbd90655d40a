// screenshot: renders Starloop's window to a PNG for the README and the AppStream metainfo.
//
//   screenshot --database FILE --out questions.png [--workspace 1..4] [--search TEXT]
//              [--theme light|dark] [--language de] [--size 1400x900] [--scroll N]
//              [--question UID] [--problems] [--trigger OBJECTNAME]... [--scroll-to TEXT]
//
// It drives the real window (QWidget::grab), so what it shows is what a user sees.
#include "bankdata/embeddedbank.h"
#include "core/questions/questionrepository.h"
#include "core/storage/datastore.h"
#include "gui/application.h"
#include "gui/appsettings.h"
#include "gui/questions/questionsworkspace.h"
#include "gui/theme.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("StarloopScreenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("starloop-screenshots"));
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("database"), QStringLiteral("Database."), QStringLiteral("file")},
        {QStringLiteral("out"), QStringLiteral("PNG to write."), QStringLiteral("file")},
        {QStringLiteral("workspace"), QStringLiteral("1-4."), QStringLiteral("n"), QStringLiteral("1")},
        {QStringLiteral("search"), QStringLiteral("Search text."), QStringLiteral("text")},
        {QStringLiteral("theme"), QStringLiteral("light or dark."), QStringLiteral("name"),
            QStringLiteral("light")},
        {QStringLiteral("language"), QStringLiteral("de, en."), QStringLiteral("code")},
        {QStringLiteral("size"), QStringLiteral("WxH."), QStringLiteral("size"), QStringLiteral("1400x900")},
        {QStringLiteral("scroll"), QStringLiteral("Scroll the answer by N pixels."), QStringLiteral("n"),
            QStringLiteral("0")},
        {QStringLiteral("tab"), QStringLiteral("Show the tab with this title in the workspace."),
            QStringLiteral("title")},
        {QStringLiteral("select"), QStringLiteral("Select the first item of the list with this object name."),
            QStringLiteral("name")},
        {QStringLiteral("code"),
            QStringLiteral("Open the scratchpad on the shown question with this file's code (.py, .cpp, "
                           ".java), and run its examples."),
            QStringLiteral("file")},
        {QStringLiteral("question"), QStringLiteral("Open the bank question with this id."),
            QStringLiteral("uid")},
        {QStringLiteral("problems"), QStringLiteral("Show the coding problems as a table.")},
        {QStringLiteral("trigger"),
            QStringLiteral("Trigger the action or click the button with this object name."),
            QStringLiteral("name")},
        {QStringLiteral("scroll-to"),
            QStringLiteral("Scroll the answer to the first place this text appears."),
            QStringLiteral("text")}});
    parser.process(app);

    using namespace Starloop::Gui;
    AppSettings::setWelcomeShown(true);
    AppSettings::setCodeTheme(QString());
    Starloop::installTranslations(parser.value(QStringLiteral("language")).isEmpty()
            ? QStringLiteral("en")
            : parser.value(QStringLiteral("language")));
    applyAppearance(parser.value(QStringLiteral("theme")) == QLatin1String("dark")
            ? AppSettings::Theme::Dark
            : AppSettings::Theme::Light,
        0);
    Application application(Starloop::Bank::embeddedBankData());
    if (!application.start(parser.value(QStringLiteral("database"))))
        return 2;
    MainWindow *window = application.window();
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    window->resize(size.value(0).toInt(), size.value(1).toInt());
    window->showWorkspace(parser.value(QStringLiteral("workspace")).toInt() - 1);
    if (parser.isSet(QStringLiteral("search"))) {
        if (auto *questions = qobject_cast<QuestionsWorkspace *>(window->workspace(MainWindow::Questions)))
            questions->setSearchText(parser.value(QStringLiteral("search")));
    }
    if (parser.isSet(QStringLiteral("question"))) {
        const auto question = Starloop::Questions::QuestionRepository(application.store()->db())
                                  .loadByUid(parser.value(QStringLiteral("question")));
        if (auto *questions = qobject_cast<QuestionsWorkspace *>(window->workspace(MainWindow::Questions));
            questions && question)
            questions->openQuestion(question->id);
    }
    if (parser.isSet(QStringLiteral("problems"))) {
        if (auto *questions = qobject_cast<QuestionsWorkspace *>(window->workspace(MainWindow::Questions)))
            questions->showProblemTable(true);
    }
    for (const QString &name : parser.values(QStringLiteral("trigger"))) {
        QCoreApplication::processEvents();
        if (auto *action = window->findChild<QAction *>(name))
            action->trigger();
        else if (auto *button = window->findChild<QAbstractButton *>(name))
            button->click();
        else
            std::fprintf(stderr, "nothing named %s to trigger\n", qPrintable(name));
    }
    if (parser.isSet(QStringLiteral("scroll-to"))) {
        QCoreApplication::processEvents();
        if (auto *answer = window->findChild<QTextBrowser *>(QStringLiteral("answerView"))) {
            answer->moveCursor(QTextCursor::Start);
            answer->find(parser.value(QStringLiteral("scroll-to")));
            const QRect at = answer->cursorRect();
            answer->verticalScrollBar()->setValue(answer->verticalScrollBar()->value() + at.top() - 20);
        }
    }
    if (parser.isSet(QStringLiteral("tab"))) {
        for (QTabWidget *tabs : window->workspace(window->currentWorkspace())->findChildren<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabText(i).remove(QLatin1Char('&')) == parser.value(QStringLiteral("tab")))
                    tabs->setCurrentIndex(i);
            }
        }
    }
    if (parser.isSet(QStringLiteral("select"))) {
        if (auto *view = window->findChild<QAbstractItemView *>(parser.value(QStringLiteral("select"))))
            view->setCurrentIndex(view->model()->index(0, 0));
    }
    int settle = 300;
    if (parser.isSet(QStringLiteral("code"))) {
        auto *questions = qobject_cast<QuestionsWorkspace *>(window->workspace(MainWindow::Questions));
        questions->openScratchpad(questions->currentQuestionId());
        // The file's extension picks the language: .py, .cpp or .java.
        const QString suffix = QFileInfo(parser.value(QStringLiteral("code"))).suffix();
        const QString language = suffix == QLatin1String("py") ? QStringLiteral("python") : suffix;
        if (auto *languages = window->findChild<QComboBox *>(QStringLiteral("scratchpadLanguage"))) {
            const int index = languages->findData(language);
            if (index >= 0 && index != languages->currentIndex()) {
                languages->setCurrentIndex(index);
                Q_EMIT languages->activated(index);
            }
        }
        QFile code(parser.value(QStringLiteral("code")));
        if (auto *editor = window->findChild<QPlainTextEdit *>(QStringLiteral("codeEditor"));
            editor && code.open(QIODevice::ReadOnly))
            editor->setPlainText(QString::fromUtf8(code.readAll()));
        if (auto *run = window->findChild<QPushButton *>(QStringLiteral("runExamplesButton")))
            QTimer::singleShot(600, run, &QPushButton::click);
        settle = 4000; // the examples run in a child process
    }
    QTimer::singleShot(settle, &app, [&] {
        if (auto *answer = window->findChild<QTextBrowser *>(QStringLiteral("answerView"));
            answer && parser.isSet(QStringLiteral("scroll")))
            answer->verticalScrollBar()->setValue(parser.value(QStringLiteral("scroll")).toInt());
        QTimer::singleShot(200, &app, [&] {
            const bool saved = window->grab().save(parser.value(QStringLiteral("out")));
            std::printf("%s\n", saved ? "saved" : "could not save");
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
    return app.exec();
}
