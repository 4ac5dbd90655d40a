#include "gui/stories/questionpickerdialog.h"

#include "core/questions/questionrepository.h"
#include "core/stories/storyrepository.h"
#include "gui/widgets/clearbutton.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Starloop::Gui {

namespace {

constexpr int MaxResults = 200;

QString plainTitle(QString title)
{
    title.remove(QChar(Questions::MatchStart));
    title.remove(QChar(Questions::MatchEnd));
    return title;
}

} // namespace

QuestionPickerDialog::QuestionPickerDialog(Storage::Database &db, const QSet<qint64> &linked, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_linked(linked)
{
    setObjectName(QStringLiteral("questionPicker"));
    setWindowTitle(tr("Link a Question"));
    setAccessibleName(tr("Link a question"));
    resize(560, 480);

    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("Pick the behavioral question this story answers. Search the leadership and company "
                        "questions, e.g. “disagree” or “lp:ownership”."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("questionPickerSearch"));
    m_search->setAccessibleName(tr("Search questions"));
    m_search->setPlaceholderText(tr("Search questions"));
    enableClearButtonWithText(m_search);
    layout->addWidget(m_search);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("questionPickerList"));
    m_list->setAccessibleName(tr("Questions"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    layout->addWidget(m_list, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("questionPickerStatus"));
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("questionPickerLinkButton"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &QuestionPickerDialog::runSearch);
    connect(m_list, &QListWidget::currentItemChanged, this, &QuestionPickerDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item && (item->flags() & Qt::ItemIsEnabled))
            accept();
    });
    // The bank files each principle's own page under "leadership" too (uid "lp-<principle>"):
    // it describes the principle rather than asking a question, so it is not offered.
    if (const auto principles = Stories::StoryRepository(m_db).principles()) {
        for (const Stories::Principle &principle : principles.value())
            m_principlePages.insert(QStringLiteral("lp-") + principle.id);
    }
    runSearch();
    m_search->setFocus();
}

qint64 QuestionPickerDialog::questionId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && (item->flags() & Qt::ItemIsEnabled) ? item->data(Qt::UserRole).toLongLong() : 0;
}

QString QuestionPickerDialog::questionTitle() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole + 1).toString() : QString();
}

void QuestionPickerDialog::runSearch()
{
    const Questions::QuestionRepository repository(m_db);
    const auto query = Questions::SearchQuery::fromString(
        QStringLiteral("section:leadership section:company ") + m_search->text());
    const auto results = repository.search(query, MaxResults, QDateTime::currentSecsSinceEpoch());
    m_list->clear();
    if (!results) {
        m_status->setText(tr("The questions could not be searched: %1").arg(results.errorMessage()));
        updateButtons();
        return;
    }
    int shown = 0;
    for (const Questions::QuestionSummary &row : results.value()) {
        if (m_principlePages.contains(row.uid))
            continue;
        ++shown;
        const QString title = plainTitle(row.title);
        auto *item = new QListWidgetItem(title, m_list);
        item->setData(Qt::UserRole, row.id);
        item->setData(Qt::UserRole + 1, title);
        if (m_linked.contains(row.id)) {
            item->setText(tr("%1 (already linked)").arg(title));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
    }
    m_status->setText(
        shown == 0 ? tr("No leadership or company question matches.") : tr("%n question(s)", nullptr, shown));
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->flags() & Qt::ItemIsEnabled) {
            m_list->setCurrentRow(row);
            break;
        }
    }
    updateButtons();
}

void QuestionPickerDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(questionId() != 0);
}

} // namespace Starloop::Gui
