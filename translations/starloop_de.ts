<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the database and its search index for damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok (schema %2, %3 questions, integrity and search index verified)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use the database file at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starloop: an offline workbench for Amazon / AWS interview loops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command to run without the window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Known commands: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramTemplates</name>
    <message>
        <source>The template &quot;%1&quot; is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write everything you wrote to a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Merge a JSON export into the database (--dry-run to preview).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes, stars and review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsWorkspace</name>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search the questions, e.g. search &quot;dynamo* lp:dive-deep&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Bank::Catalog</name>
    <message>
        <source>Company &amp; culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object-oriented design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Diagrams</name>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an empty id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown kind &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no area (width and height must be positive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &quot;z&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unknown arrowheads &quot;%2&quot; (none, end or both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown routing &quot;%2&quot; (straight or orthogonal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &quot;dashed&quot; is not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram &quot;%1&quot; cannot be opened: %2 Your other diagrams are not affected; you can restore a saved version or delete this diagram.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Diagrams::DiagramDocument</name>
    <message>
        <source>The diagram is not valid JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not a Starloop diagram (format &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram has no valid version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram was written by a newer version of Starloop (format version %1; this one reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram has no list of nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram&apos;s list of edges is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two nodes share the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; is inside &quot;%2&quot;, which is not in the diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; is inside &quot;%2&quot;, which is not a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; is inside itself (its groups form a loop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge &quot;%1&quot; points to &quot;%2&quot;, which is not in the diagram.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Diagrams::DiagramRepository</name>
    <message>
        <source>The diagrams could not be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question&apos;s diagrams could not be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diagram is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several diagrams are called &quot;%1&quot; (ignoring case); use the exact title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram could not be renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question link could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version could not be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions could not be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Gui</name>
    <message>
        <source>The diagram could not be exported to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::AboutDialog</name>
    <message>
        <source>KSyntaxHighlighting %1 (code is coloured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available in this build (code is shown in plain monospace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starloop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax highlighting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Starloop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Starloop&lt;/h2&gt;&lt;p&gt;An offline workbench for Amazon / AWS interview loops: questions, STAR stories, system-design diagrams and timed practice, in one local file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::Application</name>
    <message>
        <source>Starloop cannot open this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Latest Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Another File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or Create a Starloop File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starloop files (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup; your previous file is kept as %1.before-restore.bak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::ChecksPanel</name>
    <message>
        <source>Story checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worth a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks&lt;/b&gt; · %1 of %2 fine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::CoverageView</name>
    <message>
        <source>Stories per leadership principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a principle to see its stories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap: no story yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap: 1 more needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap: %1 more needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leadership principles are not loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Every principle has %1 or more stories.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 principles need more stories&lt;/b&gt; (target %3–%4 each): %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::DiagramExporter</name>
    <message>
        <source>the file name must end in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scale must be between 0.05 and 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from Starloop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::DiagramPalette</name>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag onto the canvas, or double-click to add in the middle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::DiagramScene</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring to Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Arrowheads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Line Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::DiagramView</name>
    <message>
        <source>Diagram canvas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::DiagramsWorkspace</name>
    <message>
        <source>Architecture sketches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sketch system designs with components, groups and connectors, keep them with the question they answer, and export them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::MainWindow</name>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Everything I Wrote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Starloop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up / Down, J / K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the answer in self-test mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Starloop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Three things to try first&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Find a question in two keystrokes.&lt;/b&gt; Press Ctrl+F and type &lt;i&gt;dy&lt;/i&gt; for DynamoDB, &lt;i&gt;lp:ownership&lt;/i&gt; for a principle, or &lt;i&gt;-sql&lt;/i&gt; to leave a word out.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Test yourself.&lt;/b&gt; Turn on &lt;i&gt;Self-test&lt;/i&gt;, answer out loud, press Space to reveal the answer and rate how well you knew it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Write your first STAR story&lt;/b&gt; in Stories (Ctrl+2) and tag the principles it shows: the loop wants 2–3 stories for each of the 16.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Everything you write is saved as you type, in one file on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or Create a Starloop File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starloop files (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. Starloop takes one a day, kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 KiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current data with the backup taken on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything written since that backup will be replaced. The current file is kept beside it as a .before-restore.bak copy. Restore?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Everything I Wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in this file is already here.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import will make these changes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::MarkdownView</name>
    <message>
        <source>Copy Code Block</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::PracticeWorkspace</name>
    <message>
        <source>Timed practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the loop&apos;s clocks: 3-4 minutes per leadership answer, 45 minutes per coding round, 45-60 minutes per system design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::PrinciplePanel</name>
    <message>
        <source>Leadership principles this story shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Primary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Leadership principles&lt;/b&gt; · %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each principle the story shows; hover one to read its summary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::QuestionsWorkspace</name>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: dynamo, &quot;two pizza&quot;, -sql, lp:ownership, is:starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words match by prefix: dyna finds DynamoDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted phrase matches exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a leading minus excludes a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a leadership principle, e.g. lp:ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag, e.g. tag:dynamodb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beginner, intermediate or advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company, leadership, aws, system-design, coding, ood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questions you starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questions due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questions you added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a question of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the answer until you reveal it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer it against the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this question of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is hidden. Say your answer out loud, then reveal it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal Answer (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well did you recall it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes (saved as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you would say, numbers to remember, the story you would tell…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last rating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next review in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your note is not saved yet (%1). It is kept on screen and will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer, in Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::SaveStatus</name>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no KSyntaxHighlighting; code is shown in plain monospace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a sound at each phase change and when time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starloop files (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used from the next start; --database overrides it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::StoriesWorkspace</name>
    <message>
        <source>Your STAR stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Situation, Task, Action and Result for each story, tag the leadership principles it shows, and see which of the 16 principles still need a story. Press New to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leadership principles could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort stories by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show stories for principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New story (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the story (Edit &gt; Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story list could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story could not be saved (%1). Your text is kept in the editor and saving will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coverage could not be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story could not be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story could not be duplicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The principles could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::StoryEditor</name>
    <message>
        <source>Story title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title you will recognise: “Billing migration without downtime”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role and team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role and team at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role / team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and when; what was at stake, and for whom. Keep it short: about a fifth of the story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you were responsible for, or the goal you set yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did, step by step, in the first person: the decisions, the trade-offs, the people you brought along. About half the story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, with numbers: %, money, time saved, customers helped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection / &amp;learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you learned, and what you would do differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Short version&lt;/b&gt; (the 30–60 second telling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One breath each for Situation and Task, the key Action, the Result with its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 word, about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words, about %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::StoryListModel</name>
    <message>
        <source>Untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Last edited %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Practice::TimerPlan</name>
    <message>
        <source>Leadership answer (4 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding round (45 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System design (60 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarify requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-level design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep dive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System design (45 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone screen (60 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavioral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopwatch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starloop::Stories::StoryChecks</name>
    <message>
        <source>1 word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 to tell (%2 at %3 words a minute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to tell yet; aim for 2–4 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short for 2–4 minutes: add detail to the Action and Result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer than 4 minutes: trim the Situation and keep the Action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 2–4 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantified result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the Result, with a number: %, money, time saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Result has a number in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Result has no number: say how much (%, money, time, customers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“I” %1 times, “we” %2 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I versus we</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the Action: what you did, in the first person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Action never says who acted: say what “I” did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say more about what you did yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your part is clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAR parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation, Task, Action and Result are all there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S %1% · T %2% · A %3% · R %4%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to measure yet; aim for S 20% · T 15% · A 50% · R 15%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2%; aim for about %3%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close to 20 · 15 · 50 · 15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add when it happened (YYYY-MM) to judge how recent it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write YYYY-MM or YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 years ago; interviewers prefer stories from the last two years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month ago: recent enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months ago: recent enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your stories include a failure and what you learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your stories tells of a failure yet; interviewers ask for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a 30–60 second telling (about 70–140 words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short version takes about %1; aim for 0:30–1:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short version takes about %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
