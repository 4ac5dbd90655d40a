<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next review in %n day(s)</source>
        <translation>
            <numerusform>Next review in %n day</numerusform>
            <numerusform>Next review in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::ScratchpadWidget</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running %n example(s)…</source>
        <translation>
            <numerusform>Running %n example…</numerusform>
            <numerusform>Running %n examples…</numerusform>
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
</TS>
