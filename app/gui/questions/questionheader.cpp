#include "gui/questions/questionheader.h"

#include "core/vocabulary/catalog.h"
#include "core/vocabulary/section.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace Starloop::Gui {

QuestionHeader::QuestionHeader(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *titles = new QVBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("questionTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    titles->addWidget(m_title);
    m_meta = new QLabel(this);
    m_meta->setObjectName(QStringLiteral("questionMeta"));
    m_meta->setWordWrap(true);
    m_meta->setEnabled(false);
    titles->addWidget(m_meta);
    m_principles = new QLabel(this);
    m_principles->setObjectName(QStringLiteral("questionPrinciples"));
    m_principles->setTextFormat(Qt::RichText);
    m_principles->setWordWrap(true);
    titles->addWidget(m_principles);
    m_links = new QLabel(this);
    m_links->setObjectName(QStringLiteral("questionLinks"));
    m_links->setWordWrap(true);
    m_links->setTextFormat(Qt::RichText);
    m_links->setAccessibleName(tr("Stories and diagrams linked to this question"));
    connect(m_links, &QLabel::linkActivated, this, &QuestionHeader::linkActivated);
    titles->addWidget(m_links);
    layout->addLayout(titles, 1);

    m_buttons.star = addButton(QStringLiteral("starButton"), tr("☆ Star"), tr("Star this question"));
    m_buttons.star->setCheckable(true);
    connect(m_buttons.star, &QToolButton::clicked, this, &QuestionHeader::starToggled);
    m_buttons.selfTest = addButton(
        QStringLiteral("selfTestButton"), tr("Self-test"), tr("Hide the answer until you reveal it"));
    m_buttons.selfTest->setCheckable(true);
    connect(m_buttons.selfTest, &QToolButton::toggled, this, &QuestionHeader::selfTestToggled);
    m_buttons.practice
        = addButton(QStringLiteral("practiceButton"), tr("Practice this"), tr("Answer it against the clock"));
    connect(m_buttons.practice, &QToolButton::clicked, this, &QuestionHeader::practiceClicked);
    m_buttons.rehearse = addButton(QStringLiteral("rehearseQuestionButton"), tr("Rehearse Aloud"),
        tr("Answer out loud in the rehearsal studio, with the interviewer's follow-ups"));
    connect(m_buttons.rehearse, &QToolButton::clicked, this, &QuestionHeader::rehearseClicked);
    m_buttons.code = addButton(
        QStringLiteral("codeButton"), tr("Code"), tr("Write and run your solution in the scratchpad"));
    m_buttons.code->setCheckable(true);
    connect(m_buttons.code, &QToolButton::toggled, this, &QuestionHeader::codeToggled);

    m_buttons.diagram
        = addButton(QStringLiteral("diagramButton"), tr("Diagram"), tr("Draw this design on the canvas"));
    m_buttons.diagram->setPopupMode(QToolButton::InstantPopup);
    auto *diagramMenu = new QMenu(m_buttons.diagram);
    m_referenceAction = diagramMenu->addAction(
        tr("Open Reference Diagram"), this, &QuestionHeader::referenceDiagramClicked);
    m_referenceAction->setObjectName(QStringLiteral("actionOpenReferenceDiagram"));
    QAction *blank
        = diagramMenu->addAction(tr("Start from a Blank Canvas"), this, &QuestionHeader::blankCanvasClicked);
    blank->setObjectName(QStringLiteral("actionBlankCanvas"));
    m_buttons.diagram->setMenu(diagramMenu);

    m_buttons.example = addButton(QStringLiteral("useWorkedExampleButton"), tr("Use as a Starting Point"),
        tr("Start a story of your own from the worked example's structure"));
    connect(m_buttons.example, &QToolButton::clicked, this, &QuestionHeader::workedExampleClicked);
    m_buttons.remove = addButton(
        QStringLiteral("deleteQuestionButton"), tr("Delete"), tr("Delete this question of yours"));
    connect(m_buttons.remove, &QToolButton::clicked, this, &QuestionHeader::deleteClicked);
}

QToolButton *QuestionHeader::addButton(const QString &name, const QString &text, const QString &tip)
{
    auto *button = new QToolButton(this);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    static_cast<QHBoxLayout *>(layout())->addWidget(button, 0, Qt::AlignTop);
    return button;
}

void QuestionHeader::showQuestion(const Questions::Question &question, bool hasWorkedExample)
{
    m_title->setText(question.title);
    QStringList meta {Catalog::sectionName(question.section), Catalog::levelName(question.level)};
    if (!question.pattern.isEmpty())
        meta << tr("Pattern: %1").arg(Catalog::patternName(question.pattern));
    if (!question.checkedOn.isEmpty()) {
        const QDate checked = QDate::fromString(question.checkedOn, Qt::ISODate);
        meta << tr("Facts checked %1")
                    .arg(checked.isValid() ? QLocale().toString(checked, QLocale::ShortFormat)
                                           : question.checkedOn);
    }
    if (!question.tags.isEmpty())
        meta << tr("Tags: %1").arg(question.tags.join(QStringLiteral(", ")));
    if (!question.source.isEmpty())
        meta << tr("From: %1").arg(question.source);
    m_meta->setText(meta.join(QStringLiteral("  ·  ")));
    // Each principle in a chip of its own: "Are Right, A Lot" has a comma in its name.
    QStringList chips;
    const QString chipColour = palette().color(QPalette::AlternateBase).name();
    for (const QString &name : question.principleNames)
        chips << QStringLiteral("<span style='background-color:%1; white-space:nowrap'>&nbsp;%2&nbsp;</span>")
                     .arg(chipColour, name.toHtmlEscaped());
    m_principles->setText(chips.isEmpty()
            ? QString()
            : tr("Principles:") + QStringLiteral(" ") + chips.join(QStringLiteral(" &nbsp; ")));
    m_principles->setAccessibleName(
        tr("Principles: %1").arg(question.principleNames.join(QStringLiteral("; "))));
    m_principles->setVisible(!chips.isEmpty());

    setStarred(question.starred);
    m_buttons.star->show();
    m_buttons.practice->show();
    m_buttons.rehearse->setVisible(question.section == QLatin1String("leadership"));
    m_buttons.remove->setVisible(question.isMine());
    m_buttons.code->setVisible(Sections::hasCode(question.section));
    const std::optional<Section> section = Sections::fromId(question.section);
    const bool designs
        = section == Section::SystemDesign || section == Section::Ood || !question.referenceDiagram.isEmpty();
    m_buttons.diagram->setVisible(designs);
    m_referenceAction->setEnabled(!question.referenceDiagram.isEmpty());
    m_referenceAction->setVisible(!question.referenceDiagram.isEmpty());
    m_buttons.example->setVisible(hasWorkedExample);
}

void QuestionHeader::showNoMatch()
{
    m_title->setText(tr("No question matches"));
    m_meta->setText(tr("Try fewer or shorter words, or remove a filter. Words match by their beginning: "
                       "“dyna” finds DynamoDB."));
    m_principles->hide();
    m_links->hide();
    for (QToolButton *button : {m_buttons.star, m_buttons.practice, m_buttons.rehearse, m_buttons.remove,
             m_buttons.code, m_buttons.diagram, m_buttons.example})
        button->hide();
}

void QuestionHeader::setLinks(const QString &html)
{
    m_links->setText(html);
    m_links->setVisible(!html.isEmpty());
}

void QuestionHeader::setStarred(bool starred)
{
    m_buttons.star->setChecked(starred);
    m_buttons.star->setText(starred ? tr("★ Starred") : tr("☆ Star"));
}

bool QuestionHeader::isSelfTest() const
{
    return m_buttons.selfTest->isChecked();
}

void QuestionHeader::setSelfTest(bool on)
{
    m_buttons.selfTest->setChecked(on);
}

bool QuestionHeader::isCodeOn() const
{
    return m_buttons.code->isChecked() && m_buttons.code->isVisibleTo(this);
}

void QuestionHeader::setCodeOn(bool on)
{
    m_buttons.code->setChecked(on);
}

} // namespace Starloop::Gui
