<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Exported to %1 with %n recording(s)</source>
        <translation>
            <numerusform>Exported to %1 with %n recording</numerusform>
            <numerusform>Exported to %1 with %n recordings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked recording(s) left out: missing, or outside the recordings folder</source>
        <translation>
            <numerusform>%n linked recording left out: missing, or outside the recordings folder</numerusform>
            <numerusform>%n linked recordings left out: missing, or outside the recordings folder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenderWindowCommand</name>
    <message numerus="yes">
        <source>%n icon(s) are blank: Qt&apos;s SVG plugins are missing (install qt6-svg-plugins or libqt6svg6).</source>
        <translation>
            <numerusform>%n icon is blank: Qt&apos;s SVG plugins are missing (install qt6-svg-plugins or libqt6svg6).</numerusform>
            <numerusform>%n icons are blank: Qt&apos;s SVG plugins are missing (install qt6-svg-plugins or libqt6svg6).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::AttemptsPanel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::DashboardPanel</name>
    <message numerus="yes">
        <source>%1: %n story(ies)</source>
        <translation>
            <numerusform>%1: %n story</numerusform>
            <numerusform>%1: %n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dashed line: the goal of %n stories per principle.</source>
        <translation>
            <numerusform>Dashed line: the goal of %n stories per principle.</numerusform>
            <numerusform>Dashed line: the goal of %n stories per principle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row with practice</source>
        <translation>
            <numerusform>%n day in a row with practice</numerusform>
            <numerusform>%n days in a row with practice</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::DataActions</name>
    <message numerus="yes">
        <source>Exported to %1 with %n recording(s)</source>
        <translation>
            <numerusform>Exported to %1 with %n recording</numerusform>
            <numerusform>Exported to %1 with %n recordings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked recording(s) left out: missing, or outside the recordings folder</source>
        <translation>
            <numerusform>%n linked recording left out: missing, or outside the recordings folder</numerusform>
            <numerusform>%n linked recordings left out: missing, or outside the recordings folder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::DiagramDrill</name>
    <message numerus="yes">
        <source>To recall: %n component(s)</source>
        <translation>
            <numerusform>To recall: %n component</numerusform>
            <numerusform>To recall: %n components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Graded %1. Next drill: %2 (in %n day(s)).</source>
        <translation>
            <numerusform>Graded %1. Next drill: %2 (in %n day).</numerusform>
            <numerusform>Graded %1. Next drill: %2 (in %n days).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::DiffView</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %n line(s) removed</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %n line removed</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %n lines removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n added</source>
        <translation>
            <numerusform>, %n added</numerusform>
            <numerusform>, %n added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::DuePanel</name>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) due today</source>
        <translation>
            <numerusform>%n question due today</numerusform>
            <numerusform>%n questions due today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::HeatMapWidget</name>
    <message numerus="yes">
        <source>%n day(s) with practice</source>
        <translation>
            <numerusform>%n day with practice</numerusform>
            <numerusform>%n days with practice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) in all</source>
        <translation>
            <numerusform>%n minute in all</numerusform>
            <numerusform>%n minutes in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::HistoryPanel</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of practice</source>
        <translation>
            <numerusform>%n minute of practice</numerusform>
            <numerusform>%n minutes of practice</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::LoopPlanView</name>
    <message numerus="yes">
        <source>Every round is covered, with %n story(s).</source>
        <translation>
            <numerusform>Every round is covered, with %n story.</numerusform>
            <numerusform>Every round is covered, with %n stories.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n principle(s) still uncovered across the rounds.</source>
        <translation>
            <numerusform>%n principle still uncovered across the rounds.</numerusform>
            <numerusform>%n principles still uncovered across the rounds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::MockLoopPanel</name>
    <message numerus="yes">
        <source>%1 complete: %n round(s)</source>
        <translation>
            <numerusform>%1 complete: %n round</numerusform>
            <numerusform>%1 complete: %n rounds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::PracticeWorkspace</name>
    <message numerus="yes">
        <source>%n session(s) still running when Starloop last closed: kept in History as interrupted.</source>
        <translation>
            <numerusform>%n session still running when Starloop last closed: kept in History as interrupted.</numerusform>
            <numerusform>%n sessions still running when Starloop last closed: kept in History as interrupted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answer (%n min)</source>
        <translation>
            <numerusform>Answer (%n min)</numerusform>
            <numerusform>Answer (%n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::PresetDialog</name>
    <message numerus="yes">
        <source>%n minute(s) in all</source>
        <translation>
            <numerusform>%n minute in all</numerusform>
            <numerusform>%n minutes in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::QuestionPickerDialog</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::QuestionsWorkspace</name>
    <message numerus="yes">
        <source>Next review in %n day(s)</source>
        <translation>
            <numerusform>Next review in %n day</numerusform>
            <numerusform>Next review in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::ReviewPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advice</source>
        <translation>
            <numerusform>%n advice</numerusform>
            <numerusform>%n advice</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::SchedulerSettings</name>
    <message numerus="yes">
        <source>Last fit on %1 from %n review(s): %2.</source>
        <translation>
            <numerusform>Last fit on %1 from %n review: %2.</numerusform>
            <numerusform>Last fit on %1 from %n reviews: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %1 reviews a day over the next %n days (%2 min a day) for what you have learnt so far.</source>
        <translation>
            <numerusform>About %1 reviews a day over the next day (%2 min a day) for what you have learnt so far.</numerusform>
            <numerusform>About %1 reviews a day over the next %n days (%2 min a day) for what you have learnt so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fitted to %n review(s): loss %1 before, %2 after. The new parameters are adopted.</source>
        <translation>
            <numerusform>Fitted to %n review: loss %1 before, %2 after. The new parameters are adopted.</numerusform>
            <numerusform>Fitted to %n reviews: loss %1 before, %2 after. The new parameters are adopted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fitted to %n review(s): loss %1 before, %2 after. Not better, so your parameters are kept.</source>
        <translation>
            <numerusform>Fitted to %n review: loss %1 before, %2 after. Not better, so your parameters are kept.</numerusform>
            <numerusform>Fitted to %n reviews: loss %1 before, %2 after. Not better, so your parameters are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::ScratchpadWidget</name>
    <message numerus="yes">
        <source>Running %n example(s)…</source>
        <translation>
            <numerusform>Running %n example…</numerusform>
            <numerusform>Running %n examples…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::SearchPane</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::SyncController</name>
    <message numerus="yes">
        <source> (%n change(s) came in)</source>
        <translation>
            <numerusform> (%n change came in)</numerusform>
            <numerusform> (%n changes came in)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n conflict copy(ies) to look at</source>
        <translation>
            <numerusform>, %n conflict copy to look at</numerusform>
            <numerusform>, %n conflict copies to look at</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::TodayPanel</name>
    <message numerus="yes">
        <source>%1 on %2 (in %n day(s))</source>
        <translation>
            <numerusform>%1 on %2 (in %n day)</numerusform>
            <numerusform>%1 on %2 (in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) to your %1</source>
        <translation>
            <numerusform>%n day to your %1</numerusform>
            <numerusform>%n days to your %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) planned for %1 were not done. The plan has been made again from today: they are spread over the days left.</source>
        <translation>
            <numerusform>%n task planned for %1 was not done. The plan has been made again from today: it is spread over the days left.</numerusform>
            <numerusform>%n tasks planned for %1 were not done. The plan has been made again from today: they are spread over the days left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of the plan saved. Open the file with your calendar to add them.</source>
        <translation>
            <numerusform>%n day of the plan saved. Open the file with your calendar to add it.</numerusform>
            <numerusform>%n days of the plan saved. Open the file with your calendar to add them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Practice::PlanCalendar</name>
    <message numerus="yes">
        <source>%n to learn</source>
        <translation>
            <numerusform>%n to learn</numerusform>
            <numerusform>%n to learn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mock round(s)</source>
        <translation>
            <numerusform>%n mock round</numerusform>
            <numerusform>%n mock rounds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Practice::StudyPlanner</name>
    <message numerus="yes">
        <source>No loop date after today: the next %n day(s) are planned.</source>
        <translation>
            <numerusform>No loop date after today: the next %n day is planned.</numerusform>
            <numerusform>No loop date after today: the next %n days are planned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) take longer to learn than the %1 minutes a day has.</source>
        <translation>
            <numerusform>%n item takes longer to learn than the %1 minutes a day has.</numerusform>
            <numerusform>%n items take longer to learn than the %1 minutes a day has.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) will not fit before %1 (%2): about %3 more hours to learn them.</source>
        <translation>
            <numerusform>%n new item will not fit before %1 (%2): about %3 more hours to learn it.</numerusform>
            <numerusform>%n new items will not fit before %1 (%2): about %3 more hours to learn them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due for review find no room before %1.</source>
        <translation>
            <numerusform>%n item due for review finds no room before %1.</numerusform>
            <numerusform>%n items due for review find no room before %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mock round(s) find no room in the week before the loop.</source>
        <translation>
            <numerusform>%n mock round finds no room in the week before the loop.</numerusform>
            <numerusform>%n mock rounds find no room in the week before the loop.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Rehearsal::SpokenChecks</name>
    <message numerus="yes">
        <source>%n silence(s) over 3 seconds (at %1): know what comes next in the story.</source>
        <translation>
            <numerusform>%n silence over 3 seconds (at %1): know what comes next in the story.</numerusform>
            <numerusform>%n silences over 3 seconds (at %1): know what comes next in the story.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Stories::LoopPlanner</name>
    <message numerus="yes">
        <source>A loop plan has at most %n round(s).</source>
        <translation>
            <numerusform>A loop plan has at most %n round.</numerusform>
            <numerusform>A loop plan has at most %n rounds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Sync::SyncEngine</name>
    <message numerus="yes">
        <source>This folder did not hold all of this device&apos;s changes: file %1 holds all of its data (%n record(s)).</source>
        <translation>
            <numerusform>This folder did not hold all of this device&apos;s changes: file %1 holds all of its data (%n record).</numerusform>
            <numerusform>This folder did not hold all of this device&apos;s changes: file %1 holds all of its data (%n records).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Sync::SyncReport</name>
    <message numerus="yes">
        <source>Out: %n change(s) in file %1 (%2)</source>
        <translation>
            <numerusform>Out: %n change in file %1 (%2)</numerusform>
            <numerusform>Out: %n changes in file %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In: %n change(s) from %1 (%2)</source>
        <translation>
            <numerusform>In: %n change from %1 (%2)</numerusform>
            <numerusform>In: %n changes from %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In: %n file(s) from %1, nothing new</source>
        <translation>
            <numerusform>In: %n file from %1, nothing new</numerusform>
            <numerusform>In: %n files from %1, nothing new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edited on two devices: %n conflict copy(ies) kept, see File &gt; Sync Conflicts</source>
        <translation>
            <numerusform>Edited on two devices: %n conflict copy kept, see File &gt; Sync Conflicts</numerusform>
            <numerusform>Edited on two devices: %n conflict copies kept, see File &gt; Sync Conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for what they refer to: %n change(s)</source>
        <translation>
            <numerusform>Waiting for what it refers to: %n change</numerusform>
            <numerusform>Waiting for what they refer to: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tidied: %n file(s) of this device replaced by one snapshot</source>
        <translation>
            <numerusform>Tidied: %n file of this device replaced by one snapshot</numerusform>
            <numerusform>Tidied: %n files of this device replaced by one snapshot</numerusform>
        </translation>
    </message>
</context>
</TS>
