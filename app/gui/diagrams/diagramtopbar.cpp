#include "gui/diagrams/diagramtopbar.h"

#include "core/diagrams/diagramtemplates.h"
#include "core/questions/questionrepository.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>

namespace Starloop::Gui {

DiagramTopBar::DiagramTopBar(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    auto *label = new QLabel(tr("&Diagram:"), this);
    m_list = new QComboBox(this);
    m_list->setObjectName(QStringLiteral("diagramList"));
    m_list->setAccessibleName(tr("Diagrams"));
    m_list->setMinimumContentsLength(28);
    m_list->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    label->setBuddy(m_list);
    connect(m_list, QOverload<int>::of(&QComboBox::activated), this, [this](int index) {
        const qint64 id = m_list->itemData(index).toLongLong();
        if (id && id != m_current.id)
            Q_EMIT diagramChosen(id);
    });

    QToolButton *newButton = addButton(QStringLiteral("diagramNewButton"), tr("New"), tr("New diagram"));
    m_newMenu = new QMenu(newButton);
    m_newMenu->setObjectName(QStringLiteral("diagramNewMenu"));
    newButton->setMenu(m_newMenu);
    newButton->setPopupMode(QToolButton::InstantPopup);
    connect(m_newMenu, &QMenu::aboutToShow, this, &DiagramTopBar::populateNewMenu);
    populateNewMenu();
    m_renameButton = addButton(QStringLiteral("diagramRenameButton"), tr("Rename…"), tr("Rename diagram"));
    connect(m_renameButton, &QToolButton::clicked, this, [this] {
        bool ok = false;
        const QString title = QInputDialog::getText(
            this, tr("Rename Diagram"), tr("Title:"), QLineEdit::Normal, m_current.title, &ok);
        if (ok)
            Q_EMIT renameRequested(title);
    });
    m_deleteButton = addButton(QStringLiteral("diagramDeleteButton"), tr("Delete…"), tr("Delete diagram"));
    connect(m_deleteButton, &QToolButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(this, tr("Delete Diagram"),
            tr("Delete \"%1\" and its kept versions? This cannot be undone.").arg(m_current.title));
        if (answer == QMessageBox::Yes)
            Q_EMIT removeRequested();
    });
    m_questionButton
        = addButton(QStringLiteral("diagramQuestionButton"), tr("Link to Question…"), tr("Linked question"));
    connect(m_questionButton, &QToolButton::clicked, this, &DiagramTopBar::chooseQuestion);
    m_versionsButton
        = addButton(QStringLiteral("diagramVersionsButton"), tr("Versions"), tr("Kept versions"));
    m_versionsButton->setPopupMode(QToolButton::InstantPopup);

    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(newButton);
    layout->addWidget(m_renameButton);
    layout->addWidget(m_deleteButton);
    layout->addSpacing(12);
    layout->addWidget(m_questionButton);
    layout->addWidget(m_versionsButton);
    setCurrent(Diagrams::DiagramSummary {});
}

QToolButton *DiagramTopBar::addActionButton(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout()->addWidget(button);
    return button;
}

QToolButton *DiagramTopBar::addButton(
    const QString &objectName, const QString &text, const QString &accessibleName)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setText(text);
    button->setAccessibleName(accessibleName);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    return button;
}

void DiagramTopBar::setVersionsMenu(QMenu *menu)
{
    m_versionsButton->setMenu(menu);
}

void DiagramTopBar::populateNewMenu()
{
    m_newMenu->clear();
    QAction *empty = m_newMenu->addAction(tr("Empty Diagram…"));
    empty->setObjectName(QStringLiteral("diagramNewEmpty"));
    connect(empty, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString title = QInputDialog::getText(
            this, tr("New Diagram"), tr("Title:"), QLineEdit::Normal, tr("Untitled diagram"), &ok);
        if (ok)
            Q_EMIT newRequested(title, QString());
    });
    m_newMenu->addSection(tr("From a classic design"));
    const auto templates = Diagrams::DiagramTemplates::all();
    for (const auto &t : templates) {
        QAction *action = m_newMenu->addAction(t.title);
        action->setObjectName(QStringLiteral("diagramNewTemplate-") + t.id);
        action->setToolTip(t.description);
        action->setStatusTip(t.description);
        const QString id = t.id;
        const QString title = t.title;
        connect(action, &QAction::triggered, this, [this, id, title] { Q_EMIT newRequested(title, id); });
    }
}

void DiagramTopBar::setDiagrams(const QVector<Diagrams::DiagramSummary> &diagrams, qint64 select)
{
    m_list->clear();
    for (const auto &d : diagrams)
        m_list->addItem(d.title, d.id);
    const int index = m_list->findData(select);
    if (index >= 0)
        m_list->setCurrentIndex(index);
}

int DiagramTopBar::diagramCount() const
{
    return m_list->count();
}

qint64 DiagramTopBar::diagramAt(int index) const
{
    return m_list->itemData(index).toLongLong();
}

bool DiagramTopBar::contains(qint64 id) const
{
    return m_list->findData(id) >= 0;
}

QString DiagramTopBar::titleOf(qint64 id) const
{
    const int index = m_list->findData(id);
    return index >= 0 ? m_list->itemText(index) : QString();
}

void DiagramTopBar::setCurrent(const Diagrams::DiagramSummary &current)
{
    m_current = current;
    const int index = m_list->findData(current.id);
    if (index >= 0)
        m_list->setCurrentIndex(index);
    const bool open = current.id != 0;
    for (QToolButton *button : {m_renameButton, m_deleteButton, m_questionButton, m_versionsButton})
        button->setEnabled(open);
    showQuestion();
}

void DiagramTopBar::showQuestion()
{
    QString text = tr("Link to Question…");
    if (m_current.questionId) {
        const auto question = Questions::QuestionRepository(m_db).load(*m_current.questionId);
        if (question)
            text = tr("Question: %1").arg(fontMetrics().elidedText(question->title, Qt::ElideRight, 260));
    }
    m_questionButton->setText(text);
}

void DiagramTopBar::chooseQuestion()
{
    if (!m_current.id)
        return;
    const auto all = Questions::QuestionRepository(m_db).search(
        Questions::SearchQuery::fromString(QString()), 5000, QDateTime::currentSecsSinceEpoch());
    if (!all) {
        QMessageBox::warning(this, tr("Link to Question"), all.errorMessage());
        return;
    }
    QStringList titles {tr("(No question)")};
    QVector<qint64> ids {0};
    int current = 0;
    for (const auto &q : all.value()) {
        titles << q.title;
        ids << q.id;
        if (m_current.questionId && *m_current.questionId == q.id)
            current = int(ids.size()) - 1;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Link to Question"), tr("The question this diagram answers:"), titles, current, false, &ok);
    if (!ok)
        return;
    const qint64 id = ids.value(int(titles.indexOf(chosen)));
    Q_EMIT questionChosen(id ? std::optional<qint64>(id) : std::nullopt);
}

} // namespace Starloop::Gui
