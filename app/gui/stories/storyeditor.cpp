#include "gui/stories/storyeditor.h"

#include "core/stories/storychecks.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Starloop::Gui {

using Stories::StoryChecks;

StoryEditor::StoryEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("storyEditor"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("storyEditorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);

    m_form = new QWidget(scroll);
    auto *layout = new QVBoxLayout(m_form);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->setSpacing(4);
    scroll->setWidget(m_form);

    m_title = new QLineEdit(m_form);
    m_title->setObjectName(QStringLiteral("storyTitle"));
    m_title->setAccessibleName(tr("Story title"));
    m_title->setPlaceholderText(tr("A title you will recognise: “Billing migration without downtime”"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto *facts = new QFormLayout;
    facts->setContentsMargins(0, 4, 0, 4);
    m_happenedOn = new QLineEdit(m_form);
    m_happenedOn->setObjectName(QStringLiteral("storyHappenedOn"));
    m_happenedOn->setAccessibleName(tr("When it happened"));
    m_happenedOn->setPlaceholderText(tr("YYYY-MM"));
    m_happenedOn->setMaxLength(10);
    m_role = new QLineEdit(m_form);
    m_role->setObjectName(QStringLiteral("storyRole"));
    m_role->setAccessibleName(tr("Role and team"));
    m_role->setPlaceholderText(tr("Your role and team at the time"));
    auto *factsRow = new QHBoxLayout;
    factsRow->addWidget(m_happenedOn, 1);
    auto *roleLabel = new QLabel(tr("&Role / team:"), m_form);
    roleLabel->setBuddy(m_role);
    factsRow->addWidget(roleLabel);
    factsRow->addWidget(m_role, 3);
    auto *whenLabel = new QLabel(tr("&When:"), m_form);
    whenLabel->setBuddy(m_happenedOn);
    facts->addRow(whenLabel, factsRow);
    layout->addLayout(facts);

    addTextField(&Stories::Story::situation, QStringLiteral("storySituation"), tr("&Situation"),
        tr("Where and when; what was at stake, and for whom. Keep it short: about a fifth of the story."),
        90);
    addTextField(&Stories::Story::task, QStringLiteral("storyTask"), tr("&Task"),
        tr("What you were responsible for, or the goal you set yourself."), 70);
    addTextField(&Stories::Story::action, QStringLiteral("storyAction"), tr("&Action"),
        tr("What you did, step by step, in the first person: the decisions, the trade-offs, the people you "
           "brought along. About half the story."),
        170);
    addTextField(&Stories::Story::result, QStringLiteral("storyResult"), tr("&Result"),
        tr("What changed, with numbers: %, money, time saved, customers helped."), 80);
    addTextField(&Stories::Story::reflection, QStringLiteral("storyReflection"), tr("Reflection / &learning"),
        tr("What you learned, and what you would do differently."), 70);

    auto *shortHeader = new QHBoxLayout;
    auto *shortLabel = new QLabel(tr("<b>Short version</b> (the 30–60 second telling)"), m_form);
    m_shortTiming = new QLabel(m_form);
    m_shortTiming->setObjectName(QStringLiteral("storyShortTiming"));
    shortHeader->addWidget(shortLabel);
    shortHeader->addStretch(1);
    shortHeader->addWidget(m_shortTiming);
    layout->addSpacing(8);
    layout->addLayout(shortHeader);
    m_shortVersion = new QPlainTextEdit(m_form);
    m_shortVersion->setObjectName(QStringLiteral("storyShortVersion"));
    m_shortVersion->setAccessibleName(tr("Short version"));
    m_shortVersion->setPlaceholderText(
        tr("One breath each for Situation and Task, the key Action, the Result with its number."));
    m_shortVersion->setTabChangesFocus(true);
    m_shortVersion->setMinimumHeight(80);
    shortLabel->setBuddy(m_shortVersion);
    layout->addWidget(m_shortVersion, 1);
    m_texts.append({&Stories::Story::shortVersion, m_shortVersion});
    createQuestionSection();

    for (QLineEdit *line : {m_title, m_happenedOn, m_role}) {
        connect(line, &QLineEdit::textEdited, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
    }
    for (const TextField &field : std::as_const(m_texts)) {
        connect(field.edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
    }
    connect(m_shortVersion, &QPlainTextEdit::textChanged, this, &StoryEditor::updateShortTiming);
    updateShortTiming();
}

void StoryEditor::addTextField(QString Stories::Story::*member, const QString &objectName,
    const QString &label, const QString &hint, int minimumHeight)
{
    auto *layout = static_cast<QVBoxLayout *>(m_form->layout());
    auto *caption = new QLabel(label, m_form);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    layout->addSpacing(6);
    layout->addWidget(caption);
    auto *edit = new QPlainTextEdit(m_form);
    edit->setObjectName(objectName);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    edit->setAccessibleDescription(hint);
    edit->setPlaceholderText(hint);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(minimumHeight);
    caption->setBuddy(edit);
    layout->addWidget(edit, minimumHeight);
    m_texts.append({member, edit});
}

void StoryEditor::setStory(const Stories::Story &story)
{
    m_loading = true;
    m_story = story;
    m_title->setText(story.title);
    m_happenedOn->setText(story.happenedOn);
    m_role->setText(story.role);
    // setPlainText also starts a fresh undo history for each field: undo never reaches into
    // the story shown before.
    for (const TextField &field : std::as_const(m_texts))
        field.edit->setPlainText(story.*field.member);
    m_loading = false;
}

Stories::Story StoryEditor::story() const
{
    // A QLineEdit holds at most maxLength() characters: a longer value that came from the
    // database (an import) is kept whole unless the user actually changed it.
    auto lineText = [](const QLineEdit *line, const QString &stored) {
        return line->text() == stored.left(line->maxLength()) ? stored : line->text();
    };
    Stories::Story story = m_story;
    story.title = lineText(m_title, m_story.title);
    story.happenedOn = lineText(m_happenedOn, m_story.happenedOn).trimmed();
    story.role = lineText(m_role, m_story.role);
    for (const TextField &field : m_texts)
        story.*field.member = field.edit->toPlainText();
    return story;
}

void StoryEditor::createQuestionSection()
{
    auto *layout = static_cast<QVBoxLayout *>(m_form->layout());
    auto *header = new QHBoxLayout;
    auto *caption = new QLabel(tr("<b>Questions this story answers</b>"), m_form);
    m_linkButton
        = new QPushButton(QIcon::fromTheme(QStringLiteral("insert-link")), tr("&Link a question…"), m_form);
    m_linkButton->setObjectName(QStringLiteral("storyLinkQuestionButton"));
    m_linkButton->setToolTip(tr("Link a leadership or company question this story answers"));
    m_unlinkButton = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("U&nlink"), m_form);
    m_unlinkButton->setObjectName(QStringLiteral("storyUnlinkQuestionButton"));
    m_unlinkButton->setToolTip(tr("Remove the link to the selected question"));
    header->addWidget(caption);
    header->addStretch(1);
    header->addWidget(m_linkButton);
    header->addWidget(m_unlinkButton);
    layout->addSpacing(8);
    layout->addLayout(header);

    m_questions = new QListWidget(m_form);
    m_questions->setObjectName(QStringLiteral("storyQuestions"));
    m_questions->setAccessibleName(tr("Questions this story answers"));
    m_questions->setWordWrap(true);
    m_questions->setMinimumHeight(60);
    m_questions->setMaximumHeight(130);
    caption->setBuddy(m_questions);
    layout->addWidget(m_questions);

    connect(m_linkButton, &QPushButton::clicked, this, &StoryEditor::linkQuestionRequested);
    connect(m_unlinkButton, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_questions->currentItem())
            Q_EMIT unlinkQuestionRequested(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_questions, &QListWidget::currentRowChanged, this, &StoryEditor::updateQuestionButtons);
    updateQuestionButtons();
}

void StoryEditor::setLinkedQuestions(const QVector<QPair<qint64, QString>> &questions)
{
    const qint64 current
        = m_questions->currentItem() ? m_questions->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_questions->clear();
    for (const auto &[id, title] : questions) {
        auto *item = new QListWidgetItem(title, m_questions);
        item->setData(Qt::UserRole, id);
        item->setToolTip(title);
        if (id == current)
            m_questions->setCurrentItem(item);
    }
    if (questions.isEmpty()) {
        auto *hint = new QListWidgetItem(
            tr("No question linked yet: link the prompts this story answers."), m_questions);
        hint->setFlags(Qt::NoItemFlags);
    } else if (!m_questions->currentItem()) {
        m_questions->setCurrentRow(0);
    }
    m_story.questionIds.clear();
    for (const auto &question : questions)
        m_story.questionIds << question.first;
    updateQuestionButtons();
}

void StoryEditor::updateQuestionButtons()
{
    const QListWidgetItem *item = m_questions->currentItem();
    m_unlinkButton->setEnabled(item && (item->flags() & Qt::ItemIsEnabled));
}

void StoryEditor::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

void StoryEditor::updateShortTiming()
{
    const int words = StoryChecks::wordCount(m_shortVersion->toPlainText());
    const int seconds = StoryChecks::speakingSeconds(words);
    const QString duration = StoryChecks::formatDuration(seconds);
    m_shortTiming->setText(words == 1 ? tr("1 word, about %1").arg(duration)
                                      : tr("%1 words, about %2").arg(words).arg(duration));
}

} // namespace Starloop::Gui
