#include "gui/windowviewstate.h"

#include "core/practice/presetstore.h"
#include "gui/mainwindow.h"
#include "gui/practice/timercontroller.h"
#include "gui/workspace.h"

#include <algorithm>

namespace Starloop::Gui {

using Practice::TimerPlan;

namespace {

bool hasId(const QVector<TimerPlan> &plans, const QString &id)
{
    return std::any_of(plans.begin(), plans.end(), [&id](const TimerPlan &p) { return p.id() == id; });
}

} // namespace

WindowViewState WindowViewState::capture(const MainWindow &window)
{
    WindowViewState state;
    state.workspace = window.currentWorkspace();
    for (int i = 0; i < Workspace::KindCount; ++i) {
        const Workspace *built = window.builtWorkspace(i);
        state.workspaces.append(built ? built->viewState() : QVariantMap());
    }
    if (const TimerController *timer = window.timerController()) {
        state.hasPlan = true;
        state.plan = timer->plan();
        state.planKind = timer->kind();
        state.planRef = timer->ref();
        state.planTitle = timer->title() == timer->plan().name() ? QString() : timer->title();
    }
    return state;
}

void WindowViewState::restore(MainWindow &window, Storage::Database &db) const
{
    for (int i = 0; i < workspaces.size(); ++i) {
        if (!workspaces.at(i).isEmpty())
            window.workspace(i)->restoreViewState(workspaces.at(i));
    }
    window.showWorkspace(workspace);
    if (!hasPlan)
        return;
    // A plan of the user's own is taken as it is stored now (it may have been edited on the other
    // computer); one that is neither stored nor built in nor a question's was deleted: the
    // default plan stays.
    const auto stored = Practice::PresetStore(db).load();
    const QVector<TimerPlan> user = stored ? stored.value() : QVector<TimerPlan>();
    TimerPlan chosen = plan;
    const auto mine
        = std::find_if(user.begin(), user.end(), [this](const TimerPlan &p) { return p.id() == plan.id(); });
    if (mine != user.end())
        chosen = *mine;
    else if (planRef.isEmpty() && !plan.isStopwatch() && !hasId(TimerPlan::presets(), plan.id()))
        return;
    if (TimerController *timer = window.timerController())
        (void)timer->setPlan(chosen, planKind, planRef, planTitle);
}

} // namespace Starloop::Gui
