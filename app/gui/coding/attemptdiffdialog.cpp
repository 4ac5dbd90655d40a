#include "gui/coding/attemptdiffdialog.h"

#include "gui/coding/diffview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Starloop::Gui {

AttemptDiffDialog::AttemptDiffDialog(QVector<Candidate> candidates, const QString &mine, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("diffDialog"));
    setWindowTitle(tr("Compare Attempts"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Compare this attempt with:"), this));
    auto *against = new QComboBox(this);
    against->setObjectName(QStringLiteral("diffAgainst"));
    for (const Candidate &candidate : std::as_const(candidates))
        against->addItem(candidate.title);
    top->addWidget(against, 1);
    auto *sideBySide = new QCheckBox(tr("Side by side"), this);
    sideBySide->setObjectName(QStringLiteral("diffSideBySide"));
    sideBySide->setChecked(true);
    top->addWidget(sideBySide);
    layout->addLayout(top);
    auto *view = new DiffView(this);
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);

    auto refresh = [=] {
        const int index = against->currentIndex();
        if (index < 0) {
            view->setPlainText(tr("Nothing to compare with yet: no model solution and no other attempt."));
            return;
        }
        view->setTexts(candidates.at(index).title, candidates.at(index).code, tr("This attempt"), mine);
    };
    connect(against, qOverload<int>(&QComboBox::currentIndexChanged), this, refresh);
    connect(sideBySide, &QCheckBox::toggled, this,
        [view](bool on) { view->setMode(on ? DiffView::Mode::SideBySide : DiffView::Mode::Unified); });
    refresh();
    resize(900, 600);
}

} // namespace Starloop::Gui
