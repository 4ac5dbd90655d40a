#include "gui/questions/answerpane.h"

#include "core/diagrams/diagramtemplates.h"
#include "core/questions/questionrepository.h"
#include "core/storage/datastore.h"
#include "gui/coding/scratchpadwidget.h"
#include "gui/diagrams/diagramexporter.h"
#include "gui/savestatus.h"
#include "gui/widgets/autosaver.h"
#include "gui/widgets/findbar.h"
#include "gui/widgets/markdownview.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Starloop::Gui {

AnswerPane::AnswerPane(Storage::DataStore &store, Questions::QuestionRepository &repository,
    SaveStatus &saveStatus, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_repository(repository)
    , m_saveStatus(saveStatus)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *answerBox = new QWidget(this);
    auto *answerLayout = new QVBoxLayout(answerBox);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    answerLayout->setSpacing(0);
    m_answerStack = new QStackedWidget(answerBox);
    m_answer = new MarkdownView(m_answerStack);
    m_answer->setObjectName(QStringLiteral("answerView"));
    m_answer->setAccessibleName(tr("Answer"));
    connect(m_answer, &MarkdownView::questionLinkActivated, this, &AnswerPane::questionLinkActivated);
    m_answerStack->addWidget(m_answer);
    m_answerStack->addWidget(createHiddenPage());
    answerLayout->addWidget(m_answerStack, 1);
    m_findBar = new FindBar(m_answer, answerBox);
    connect(m_findBar, &FindBar::matchesChanged, m_answer, &MarkdownView::setFindMatches);
    answerLayout->addWidget(m_findBar);

    // The scratchpad sits under the answer for coding and design questions, on demand.
    m_answerSplit = new QSplitter(Qt::Vertical, this);
    m_answerSplit->setObjectName(QStringLiteral("answerSplitter"));
    m_answerSplit->addWidget(answerBox);
    layout->addWidget(m_answerSplit, 3);
    layout->addWidget(createRatingBar());

    m_noteLabel = new QLabel(tr("Your notes (saved as you type)"), this);
    layout->addWidget(m_noteLabel);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("questionNote"));
    m_note->setAccessibleName(tr("Your notes"));
    m_note->setPlaceholderText(tr("What you would say, numbers to remember, the story you would tell…"));
    m_note->setMaximumHeight(150);
    layout->addWidget(m_note, 1);
    m_noteSaver = new AutoSaver(
        &saveStatus,
        [this] {
            return m_repository.saveNote(
                m_questionId, m_note->toPlainText(), QDateTime::currentSecsSinceEpoch());
        },
        tr("Your note"), this);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loadingNote && m_questionId != 0)
            m_noteSaver->changed();
    });
}

AnswerPane::~AnswerPane()
{
    m_noteSaver->flush(); // never lose the last keystrokes
}

QWidget *AnswerPane::createHiddenPage()
{
    auto *hidden = new QWidget(m_answerStack);
    auto *layout = new QVBoxLayout(hidden);
    layout->addStretch();
    auto *text = new QLabel(tr("The answer is hidden. Say your answer out loud, then reveal it."), hidden);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_revealButton = new QPushButton(tr("Reveal Answer (Space)"), hidden);
    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    connect(m_revealButton, &QPushButton::clicked, this, &AnswerPane::reveal);
    layout->addWidget(m_revealButton, 0, Qt::AlignHCenter);
    layout->addStretch();
    return hidden;
}

QWidget *AnswerPane::createRatingBar()
{
    m_ratingBar = new QWidget(this);
    m_ratingBar->setObjectName(QStringLiteral("ratingBar"));
    auto *layout = new QHBoxLayout(m_ratingBar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("How well did you recall it?"), m_ratingBar));
    const QStringList ratings {tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    for (int i = 0; i < ratings.size(); ++i) {
        auto *button = new QPushButton(QStringLiteral("%1  (%2)").arg(ratings.at(i)).arg(i + 1), m_ratingBar);
        button->setObjectName(QStringLiteral("rate%1").arg(i + 1));
        connect(button, &QPushButton::clicked, this, [this, i] { Q_EMIT rated(i + 1); });
        layout->addWidget(button);
    }
    m_ratingLabel = new QLabel(m_ratingBar);
    m_ratingLabel->setObjectName(QStringLiteral("ratingLabel"));
    layout->addWidget(m_ratingLabel, 1);
    m_ratingBar->hide();
    return m_ratingBar;
}

// The reference diagram drawn into the answer, where the design is described.
QString AnswerPane::withReferenceDiagram(const Questions::Question &question, QString markdown)
{
    QHash<QString, QImage> images;
    if (!question.referenceDiagram.isEmpty()) {
        const auto diagram = Diagrams::DiagramTemplates::find(question.referenceDiagram);
        if (diagram) {
            const QSize natural = DiagramExporter::imageSize(diagram->document);
            const double fit = std::min(1.0, 760.0 / std::max(1, natural.width()));
            const qreal ratio = devicePixelRatioF();
            QImage image = DiagramExporter::renderImage(diagram->document, fit * ratio);
            image.setDevicePixelRatio(ratio);
            images.insert(question.referenceDiagram, image);
            const QString figure
                = QStringLiteral("\n![%1](starloop-image:%2)\n\n*%3*\n")
                      .arg(diagram->title, question.referenceDiagram,
                          tr("Reference diagram. Diagram ▸ Open Reference Diagram copies it to "
                             "your diagrams to change and extend."));
            int at = -1;
            for (const char *heading : {"\n## High-level design", "\n## Classes and responsibilities",
                     "\n## Class design", "\n## Core objects"}) {
                at = int(markdown.indexOf(QLatin1String(heading)));
                if (at >= 0)
                    break;
            }
            if (at >= 0) {
                const int lineEnd = int(markdown.indexOf(QLatin1Char('\n'), at + 1));
                markdown.insert(lineEnd < 0 ? markdown.size() : lineEnd + 1, figure);
            } else {
                markdown += QStringLiteral("\n\n## ") + tr("Reference diagram") + QLatin1Char('\n') + figure;
            }
        }
    }
    m_answer->setImages(images);
    return markdown;
}

void AnswerPane::showQuestion(const Questions::Question &question, const Questions::SearchQuery &search)
{
    saveNote();
    m_questionId = question.id;
    m_note->setEnabled(true);
    m_loadingNote = true;
    m_note->setPlainText(question.noteMd);
    m_loadingNote = false;
    m_ratingLabel->setText(question.lastRating ? tr("Last rating: %1").arg(*question.lastRating) : QString());
    const QString markdown = question.promptMd.isEmpty()
        ? question.answerMd
        : question.promptMd + QStringLiteral("\n\n") + question.answerMd;
    m_answer->setMarkedWords(search.highlightWords());
    m_answer->setMarkdownText(withReferenceDiagram(question, markdown));
    m_findBar->refresh();
    setSelfTest(m_selfTest);
}

void AnswerPane::showNoMatch()
{
    saveNote();
    m_questionId = 0;
    m_answer->setMarkdownText(QString());
    showScratchpad(false);
    m_loadingNote = true;
    m_note->clear();
    m_loadingNote = false;
    m_note->setEnabled(false);
}

bool AnswerPane::saveNote()
{
    return m_noteSaver->flush();
}

void AnswerPane::setSelfTest(bool on)
{
    m_selfTest = on;
    m_answerStack->setCurrentIndex(on ? 1 : 0);
    m_ratingBar->setVisible(false);
}

bool AnswerPane::isAnswerVisible() const
{
    return m_answerStack->currentIndex() == 0;
}

void AnswerPane::reveal()
{
    m_answerStack->setCurrentIndex(0);
    m_ratingBar->setVisible(m_selfTest);
}

bool AnswerPane::isRatingShown() const
{
    return m_ratingBar->isVisible();
}

void AnswerPane::setRatingText(const QString &text)
{
    m_ratingLabel->setText(text);
}

ScratchpadWidget *AnswerPane::scratchpad()
{
    if (!m_scratchpad) {
        m_scratchpad = new ScratchpadWidget(m_store, m_saveStatus, m_answerSplit);
        m_scratchpad->hide();
        m_answerSplit->addWidget(m_scratchpad);
        m_answerSplit->setStretchFactor(0, 1);
        m_answerSplit->setStretchFactor(1, 3);
    }
    return m_scratchpad;
}

void AnswerPane::showScratchpad(bool show)
{
    if (m_scratchpad)
        m_scratchpad->setVisible(show);
    // The scratchpad has notes per attempt; the question's own notes make room for it.
    m_noteLabel->setVisible(!show);
    m_note->setVisible(!show);
}

bool AnswerPane::isScratchpadVisible() const
{
    return m_scratchpad && !m_scratchpad->isHidden();
}

void AnswerPane::focusAnswer()
{
    if (m_selfTest && !isAnswerVisible())
        m_revealButton->setFocus();
    else
        m_answer->setFocus();
}

bool AnswerPane::isReading() const
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && (focus == m_answer || m_answer->isAncestorOf(focus) || m_findBar->isAncestorOf(focus));
}

void AnswerPane::openFind()
{
    if (!isAnswerVisible())
        return; // no peeking in self-test
    m_findBar->open();
}

} // namespace Starloop::Gui
