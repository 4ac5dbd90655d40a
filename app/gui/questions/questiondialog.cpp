#include "gui/questions/questiondialog.h"

#include "core/vocabulary/catalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Starloop::Gui {

QuestionDialog::QuestionDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_section(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_answer(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("addQuestionDialog"));
    setWindowTitle(tr("Add a Question"));
    m_title->setObjectName(QStringLiteral("newQuestionTitle"));
    m_section->setObjectName(QStringLiteral("newQuestionSection"));
    for (const QString &s : Catalog::sections())
        m_section->addItem(Catalog::sectionName(s), s);
    for (const QString &l : Catalog::levels())
        m_level->addItem(Catalog::levelName(l), l);
    m_level->setCurrentIndex(1);
    m_tags->setPlaceholderText(tr("comma, separated"));
    m_answer->setObjectName(QStringLiteral("newQuestionAnswer"));
    m_answer->setPlaceholderText(tr("Your answer, in Markdown"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Question:"), m_title);
    form->addRow(tr("Section:"), m_section);
    form->addRow(tr("Level:"), m_level);
    form->addRow(tr("Tags:"), m_tags);
    form->addRow(tr("Answer:"), m_answer);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(620, 480);
}

Questions::QuestionDraft QuestionDialog::draft() const
{
    Questions::QuestionDraft draft;
    draft.title = m_title->text();
    draft.section = m_section->currentData().toString();
    draft.level = m_level->currentData().toString();
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        draft.tags << tag.trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    draft.answerMd = m_answer->toPlainText();
    return draft;
}

} // namespace Starloop::Gui
