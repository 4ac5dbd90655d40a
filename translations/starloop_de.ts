<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the database and its search index for damage.</source>
        <translation>Datenbank und Suchindex auf Schäden prüfen.</translation>
    </message>
    <message>
        <source>%1: ok (schema %2, %3 questions, integrity and search index verified)</source>
        <translation>%1: OK (Schema %2, %3 Fragen, Integrität und Suchindex geprüft)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use the database file at &lt;path&gt;.</source>
        <translation>Datenbankdatei unter &lt;path&gt; verwenden.</translation>
    </message>
    <message>
        <source>Starloop: an offline workbench for Amazon / AWS interview loops.</source>
        <translation>Starloop: eine Offline-Werkbank für Amazon-/AWS-Interview-Loops.</translation>
    </message>
    <message>
        <source>A command to run without the window:</source>
        <translation>Ein Befehl, der ohne Fenster ausgeführt wird:</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Known commands: %2.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;. Bekannte Befehle: %2.</translation>
    </message>
</context>
<context>
    <name>DiagramDocument</name>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>das Feld &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a number</source>
        <translation>das Feld &quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is out of range</source>
        <translation>das Feld &quot;%1&quot; liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not text</source>
        <translation>das Feld &quot;%1&quot; ist kein Text</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot;</source>
        <translation>Knoten &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has an empty id.</source>
        <translation>%1 hat eine leere ID.</translation>
    </message>
    <message>
        <source>%1 has an unknown kind &quot;%2&quot;.</source>
        <translation>%1 hat einen unbekannten Typ &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 has no area (width and height must be positive).</source>
        <translation>%1 hat keine Fläche (Breite und Höhe müssen positiv sein).</translation>
    </message>
    <message>
        <source>%1: the field &quot;z&quot; is not a whole number.</source>
        <translation>%1: Das Feld &quot;z&quot; ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Edge %1</source>
        <translation>Kante %1</translation>
    </message>
    <message>
        <source>Edge &quot;%1&quot;</source>
        <translation>Kante &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has unknown arrowheads &quot;%2&quot; (none, end or both).</source>
        <translation>%1 hat unbekannte Pfeilspitzen &quot;%2&quot; (none, end oder both).</translation>
    </message>
    <message>
        <source>%1 has an unknown routing &quot;%2&quot; (straight or orthogonal).</source>
        <translation>%1 hat eine unbekannte Linienführung &quot;%2&quot; (straight oder orthogonal).</translation>
    </message>
    <message>
        <source>%1: the field &quot;dashed&quot; is not true or false.</source>
        <translation>%1: Das Feld &quot;dashed&quot; ist weder true noch false.</translation>
    </message>
    <message>
        <source>The diagram is not valid JSON (%1 at character %2).</source>
        <translation>Das Diagramm ist kein gültiges JSON (%1 bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The diagram is not a JSON object.</source>
        <translation>Das Diagramm ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The document is not a Starloop diagram (format &quot;%1&quot;).</source>
        <translation>Das Dokument ist kein Starloop-Diagramm (Format &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The diagram has no valid version number.</source>
        <translation>Das Diagramm hat keine gültige Versionsnummer.</translation>
    </message>
    <message>
        <source>The diagram was written by a newer version of Starloop (format version %1; this one reads up to %2).</source>
        <translation>Das Diagramm wurde von einer neueren Starloop-Version geschrieben (Formatversion %1; diese Version liest bis %2).</translation>
    </message>
    <message>
        <source>The diagram has no list of nodes.</source>
        <translation>Das Diagramm hat keine Knotenliste.</translation>
    </message>
    <message>
        <source>The diagram&apos;s list of edges is not a list.</source>
        <translation>Die Kantenliste des Diagramms ist keine Liste.</translation>
    </message>
    <message>
        <source>Two nodes share the id &quot;%1&quot;.</source>
        <translation>Zwei Knoten haben dieselbe ID &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; is inside &quot;%2&quot;, which is not in the diagram.</source>
        <translation>Knoten &quot;%1&quot; liegt in &quot;%2&quot;, das nicht im Diagramm enthalten ist.</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; is inside &quot;%2&quot;, which is not a group.</source>
        <translation>Knoten &quot;%1&quot; liegt in &quot;%2&quot;, das keine Gruppe ist.</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; is inside itself (its groups form a loop).</source>
        <translation>Knoten &quot;%1&quot; liegt in sich selbst (seine Gruppen bilden eine Schleife).</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is used twice.</source>
        <translation>Die ID &quot;%1&quot; wird zweimal verwendet.</translation>
    </message>
    <message>
        <source>Edge &quot;%1&quot; points to &quot;%2&quot;, which is not in the diagram.</source>
        <translation>Kante &quot;%1&quot; zeigt auf &quot;%2&quot;, das nicht im Diagramm enthalten ist.</translation>
    </message>
</context>
<context>
    <name>DiagramExporter</name>
    <message>
        <source>The diagram could not be exported to %1: %2</source>
        <translation>Das Diagramm konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>the file name must end in .png, .svg or .pdf.</source>
        <translation>der Dateiname muss auf .png, .svg oder .pdf enden.</translation>
    </message>
    <message>
        <source>the scale must be between 0.05 and 8.</source>
        <translation>der Maßstab muss zwischen 0.05 und 8 liegen.</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Exported from Starloop</source>
        <translation>Aus Starloop exportiert</translation>
    </message>
    <message>
        <source>the PDF could not be started.</source>
        <translation>die PDF-Ausgabe konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>unknown format.</source>
        <translation>unbekanntes Format.</translation>
    </message>
</context>
<context>
    <name>DiagramRepository</name>
    <message>
        <source>The diagram no longer exists.</source>
        <translation>Das Diagramm existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Untitled diagram</source>
        <translation>Unbenanntes Diagramm</translation>
    </message>
    <message>
        <source>The diagram &quot;%1&quot; cannot be opened: %2 Your other diagrams are not affected; you can restore a saved version or delete this diagram.</source>
        <translation>Das Diagramm &quot;%1&quot; kann nicht geöffnet werden: %2 Ihre anderen Diagramme sind nicht betroffen; Sie können eine gespeicherte Version wiederherstellen oder dieses Diagramm löschen.</translation>
    </message>
    <message>
        <source>The diagrams could not be listed</source>
        <translation>Die Diagramme konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>The question&apos;s diagrams could not be listed</source>
        <translation>Die Diagramme der Frage konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>The diagram could not be created</source>
        <translation>Das Diagramm konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>The diagram could not be read</source>
        <translation>Das Diagramm konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>No diagram is called &quot;%1&quot;.</source>
        <translation>Kein Diagramm heißt &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Several diagrams are called &quot;%1&quot; (ignoring case); use the exact title.</source>
        <translation>Mehrere Diagramme heißen &quot;%1&quot; (ohne Beachtung der Groß-/Kleinschreibung); verwenden Sie den exakten Titel.</translation>
    </message>
    <message>
        <source>The diagram could not be saved</source>
        <translation>Das Diagramm konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The diagram could not be renamed</source>
        <translation>Das Diagramm konnte nicht umbenannt werden</translation>
    </message>
    <message>
        <source>The question link could not be saved</source>
        <translation>Die Verknüpfung mit der Frage konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The diagram could not be deleted</source>
        <translation>Das Diagramm konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>The version could not be kept</source>
        <translation>Die Version konnte nicht aufbewahrt werden</translation>
    </message>
    <message>
        <source>The versions could not be listed</source>
        <translation>Die Versionen konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>The version no longer exists.</source>
        <translation>Die Version existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The version could not be read</source>
        <translation>Die Version konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The version could not be deleted</source>
        <translation>Die Version konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>DiagramTemplates</name>
    <message>
        <source>The template &quot;%1&quot; is not a JSON object.</source>
        <translation>Die Vorlage &quot;%1&quot; ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is damaged: %2</source>
        <translation>Die Vorlage &quot;%1&quot; ist beschädigt: %2</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;.</source>
        <translation>Es gibt keine Vorlage &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write everything you wrote to a JSON file.</source>
        <translation>Alle eigenen Inhalte in eine JSON-Datei schreiben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
</context>
<context>
    <name>ExportDiagramCommand</name>
    <message>
        <source>Export a diagram to PNG, SVG, PDF or Mermaid, e.g. export-diagram &quot;URL shortener&quot; out.svg.</source>
        <translation>Ein Diagramm als PNG, SVG, PDF oder Mermaid exportieren, z. B. export-diagram &quot;URL shortener&quot; out.svg.</translation>
    </message>
    <message>
        <source>The diagram&apos;s title (exact, or ignoring case).</source>
        <translation>Der Titel des Diagramms (exakt oder ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>Where to write it: .png, .svg, .pdf, .mmd or .md.</source>
        <translation>Zieldatei: .png, .svg, .pdf, .mmd oder .md.</translation>
    </message>
    <message>
        <source>Pixels per diagram unit for PNG (default 1).</source>
        <translation>Pixel pro Diagrammeinheit für PNG (Standard: 1).</translation>
    </message>
    <message>
        <source>Mermaid: write architecture-beta instead of a flowchart.</source>
        <translation>Mermaid: architecture-beta statt eines Flussdiagramms schreiben.</translation>
    </message>
    <message>
        <source>export-diagram needs a diagram title and an output file, e.g. export-diagram &quot;URL shortener&quot; out.svg</source>
        <translation>export-diagram benötigt einen Diagrammtitel und eine Ausgabedatei, z. B. export-diagram &quot;URL shortener&quot; out.svg</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;: use .png, .svg, .pdf, .mmd or .md.</source>
        <translation>Unbekanntes Ausgabeformat &quot;%1&quot;: Verwenden Sie .png, .svg, .pdf, .mmd oder .md.</translation>
    </message>
    <message>
        <source>--scale needs a number between 0.05 and 8</source>
        <translation>--scale benötigt eine Zahl zwischen 0.05 und 8</translation>
    </message>
    <message>
        <source>Drawing a diagram needs a graphical application object (QGuiApplication).</source>
        <translation>Zum Zeichnen eines Diagramms wird ein grafisches Anwendungsobjekt (QGuiApplication) benötigt.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote &quot;%1&quot; to %2</source>
        <translation>&quot;%1&quot; nach %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Merge a JSON export into the database (--dry-run to preview).</source>
        <translation>Einen JSON-Export in die Datenbank übernehmen (--dry-run für eine Vorschau).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importiert.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged</source>
        <translation>%1: %2 neu, %3 aktualisiert, %4 unverändert</translation>
    </message>
    <message>
        <source>Your questions</source>
        <translation>Ihre Fragen</translation>
    </message>
    <message>
        <source>Notes, stars and review state</source>
        <translation>Notizen, Markierungen und Wiederholungsstand</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>Wiederholungsverlauf</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Practice sessions</source>
        <translation>Übungssitzungen</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Coding attempts</source>
        <translation>Programmierversuche</translation>
    </message>
</context>
<context>
    <name>QuestionsWorkspace</name>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search the questions, e.g. search &quot;dynamo* lp:dive-deep&quot;.</source>
        <translation>Fragen durchsuchen, z. B. search &quot;dynamo* lp:dive-deep&quot;.</translation>
    </message>
    <message>
        <source>No questions match.</source>
        <translation>Keine passenden Fragen.</translation>
    </message>
</context>
<context>
    <name>Starloop::Bank::Catalog</name>
    <message>
        <source>Company &amp; culture</source>
        <translation>Unternehmen &amp; Kultur</translation>
    </message>
    <message>
        <source>Leadership principles</source>
        <translation>Leadership Principles</translation>
    </message>
    <message>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <source>System design</source>
        <translation>Systemdesign</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Programmieren</translation>
    </message>
    <message>
        <source>Object-oriented design</source>
        <translation>Objektorientiertes Design</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Einsteiger</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Mittelstufe</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Fortgeschritten</translation>
    </message>
</context>
<context>
    <name>Starloop::Coding::CodeRunner</name>
    <message>
        <source>This question has no examples to run.</source>
        <translation>Diese Frage hat keine Beispiele zum Ausführen.</translation>
    </message>
    <message>
        <source>No temporary folder for the run: %1</source>
        <translation>Kein temporärer Ordner für die Ausführung: %1</translation>
    </message>
    <message>
        <source>The run&apos;s files could not be written to %1.</source>
        <translation>Die Dateien für die Ausführung konnten nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>not sandboxed: turned off</source>
        <translation>keine Sandbox: ausgeschaltet</translation>
    </message>
    <message>
        <source>Stopped after %1 s: the compiler did not finish.</source>
        <translation>Nach %1 s gestoppt: Der Compiler wurde nicht fertig.</translation>
    </message>
    <message>
        <source>Stopped after %1 s: the code did not finish (an endless loop?)</source>
        <translation>Nach %1 s gestoppt: Der Code wurde nicht fertig (eine Endlosschleife?)</translation>
    </message>
    <message>
        <source>Stopped: the program printed more than %1</source>
        <translation>Gestoppt: Das Programm hat mehr als %1 ausgegeben</translation>
    </message>
    <message>
        <source>The run could not start: %1</source>
        <translation>Die Ausführung konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The code does not compile: %1</source>
        <translation>Der Code lässt sich nicht kompilieren: %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>The code does not compile: line %1: %2</source>
        <translation>Der Code lässt sich nicht kompilieren: Zeile %1: %2</translation>
    </message>
    <message>
        <source>The code stopped with an error before the examples ran: %1</source>
        <translation>Der Code brach mit einem Fehler ab, bevor die Beispiele liefen: %1</translation>
    </message>
    <message>
        <source>%1 of %2 examples passed.</source>
        <translation>%1 von %2 Beispielen bestanden.</translation>
    </message>
    <message>
        <source>it was killed: a crash or a resource limit</source>
        <translation>es wurde zwangsweise beendet: ein Absturz oder ein Ressourcenlimit</translation>
    </message>
    <message>
        <source>The program ended before the examples finished (%1).</source>
        <translation>Das Programm endete, bevor die Beispiele fertig waren (%1).</translation>
    </message>
    <message>
        <source>Rename the class StarloopHarness: the examples run in a class of that name.</source>
        <translation>Benennen Sie die Klasse StarloopHarness um: Die Beispiele laufen in einer Klasse dieses Namens.</translation>
    </message>
    <message>
        <source>The examples cannot call your code; check the names and parameters the question asks for: %1</source>
        <translation>Die Beispiele können Ihren Code nicht aufrufen; prüfen Sie die Namen und Parameter, die die Frage verlangt: %1</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::AboutDialog</name>
    <message>
        <source>KSyntaxHighlighting %1 (code is coloured)</source>
        <translation>KSyntaxHighlighting %1 (Code wird farbig dargestellt)</translation>
    </message>
    <message>
        <source>not available in this build (code is shown in plain monospace)</source>
        <translation>in diesem Build nicht verfügbar (Code wird in schlichter Festbreitenschrift angezeigt)</translation>
    </message>
    <message>
        <source>Starloop: %1</source>
        <translation>Starloop: %1</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <source>Syntax highlighting: %1</source>
        <translation>Syntaxhervorhebung: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>About Starloop</source>
        <translation>Über Starloop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Starloop&lt;/h2&gt;&lt;p&gt;An offline workbench for Amazon / AWS interview loops: questions, STAR stories, system-design diagrams and timed practice, in one local file.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Starloop&lt;/h2&gt;&lt;p&gt;Eine Offline-Werkbank für Amazon-/AWS-Interview-Loops: Fragen, STAR-Geschichten, Systemdesign-Diagramme und Übungen mit Zeitmessung – in einer lokalen Datei.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::Application</name>
    <message>
        <source>Starloop cannot open this file</source>
        <translation>Starloop kann diese Datei nicht öffnen</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Restore Latest Backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose Another File…</source>
        <translation>Andere Datei wählen…</translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Choose or Create a Starloop File</source>
        <translation>Starloop-Datei wählen oder erstellen</translation>
    </message>
    <message>
        <source>Starloop files (*.sqlite)</source>
        <translation>Starloop-Dateien (*.sqlite)</translation>
    </message>
    <message>
        <source>Restored the backup; your previous file is kept as %1.before-restore.bak</source>
        <translation>Sicherung wiederhergestellt; Ihre bisherige Datei wurde als %1.before-restore.bak aufbewahrt</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::ChecksPanel</name>
    <message>
        <source>Story checks</source>
        <translation>Prüfungen der Geschichte</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>worth a look</source>
        <translation>einen Blick wert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks&lt;/b&gt; · %1 of %2 fine</source>
        <translation>&lt;b&gt;Prüfungen&lt;/b&gt; · %1 von %2 in Ordnung</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::CodeEditor</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::CompactTimer</name>
    <message>
        <source>Practice time</source>
        <translation>Übungszeit</translation>
    </message>
    <message>
        <source>Open the Practice workspace</source>
        <translation>Arbeitsbereich „Üben“ öffnen</translation>
    </message>
    <message>
        <source>Practice phase</source>
        <translation>Übungsphase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 Min.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Paused · %1</source>
        <translation>Pausiert · %1</translation>
    </message>
    <message>
        <source>Stopped: rate it in Practice</source>
        <translation>Gestoppt: unter „Üben“ bewerten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::CoverageView</name>
    <message>
        <source>Stories per leadership principle</source>
        <translation>Geschichten pro Leadership Principle</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Prinzip</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>Primary in</source>
        <translation>Primär in</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Double-click a principle to see its stories.</source>
        <translation>Doppelklicken Sie auf ein Prinzip, um seine Geschichten zu sehen.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Gap: no story yet</source>
        <translation>Lücke: noch keine Geschichte</translation>
    </message>
    <message>
        <source>Gap: 1 more needed</source>
        <translation>Lücke: 1 weitere nötig</translation>
    </message>
    <message>
        <source>Gap: %1 more needed</source>
        <translation>Lücke: %1 weitere nötig</translation>
    </message>
    <message>
        <source>More than enough</source>
        <translation>Mehr als genug</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Abgedeckt</translation>
    </message>
    <message>
        <source>The leadership principles are not loaded yet.</source>
        <translation>Die Leadership Principles sind noch nicht geladen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Every principle has %1 or more stories.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jedes Prinzip hat %1 oder mehr Geschichten.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 principles need more stories&lt;/b&gt; (target %3–%4 each): %5</source>
        <translation>&lt;b&gt;%1 von %2 Prinzipien brauchen mehr Geschichten&lt;/b&gt; (Ziel: je %3–%4): %5</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::DashboardPanel</name>
    <message>
        <source>Story coverage by principle</source>
        <translation>Abdeckung der Prinzipien durch Geschichten</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n story(ies)</source>
        <translation>
            <numerusform>%1: %n Geschichte</numerusform>
            <numerusform>%1: %n Geschichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>day streak</source>
        <translation>Tage in Folge</translation>
    </message>
    <message>
        <source>practised today</source>
        <translation>heute geübt</translation>
    </message>
    <message>
        <source>in the last 30 days</source>
        <translation>in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>Practice per day</source>
        <translation>Übung pro Tag</translation>
    </message>
    <message>
        <source>Questions by section</source>
        <translation>Fragen nach Bereich</translation>
    </message>
    <message>
        <source>Questions seen, due and mastered by section</source>
        <translation>Gesehene, fällige und beherrschte Fragen nach Bereich</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Mastered</source>
        <translation>Beherrscht</translation>
    </message>
    <message>
        <source>Mastered: the next review is three weeks or more away (FSRS stability of 21 days or more).</source>
        <translation>Beherrscht: Die nächste Wiederholung ist drei Wochen oder mehr entfernt (FSRS-Stabilität von 21 Tagen oder mehr).</translation>
    </message>
    <message>
        <source>Seen: rated at least once in self-test. Due: its next review has come. Mastered: the next review is three weeks or more away.</source>
        <translation>Gesehen: im Selbsttest mindestens einmal bewertet. Fällig: Die nächste Wiederholung ist erreicht. Beherrscht: Die nächste Wiederholung ist drei Wochen oder mehr entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Dashed line: the goal of %n stories per principle.</source>
        <translation>
            <numerusform>Gestrichelte Linie: das Ziel von %n Geschichte pro Prinzip.</numerusform>
            <numerusform>Gestrichelte Linie: das Ziel von %n Geschichten pro Prinzip.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row with practice</source>
        <translation>
            <numerusform>%n Tag in Folge mit Übung</numerusform>
            <numerusform>%n Tage in Folge mit Übung</numerusform>
        </translation>
    </message>
    <message>
        <source>due for review</source>
        <translation>zur Wiederholung fällig</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::DiagramPalette</name>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Drag onto the canvas, or double-click to add in the middle</source>
        <translation>Auf die Zeichenfläche ziehen oder doppelklicken, um in der Mitte einzufügen</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::DiagramScene</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Ausrichten</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>Verteilen</translation>
    </message>
    <message>
        <source>Bring to Front</source>
        <translation>In den Vordergrund</translation>
    </message>
    <message>
        <source>Send to Back</source>
        <translation>In den Hintergrund</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppieren</translation>
    </message>
    <message>
        <source>Change Arrowheads</source>
        <translation>Pfeilspitzen ändern</translation>
    </message>
    <message>
        <source>Change Routing</source>
        <translation>Linienführung ändern</translation>
    </message>
    <message>
        <source>Change Line Style</source>
        <translation>Linienstil ändern</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::DiagramView</name>
    <message>
        <source>Diagram canvas</source>
        <translation>Diagramm-Zeichenfläche</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::DiagramsWorkspace</name>
    <message>
        <source>Diagrams</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Diagram tools</source>
        <translation>Diagrammwerkzeuge</translation>
    </message>
    <message>
        <source>Diagram message</source>
        <translation>Diagrammmeldung</translation>
    </message>
    <message>
        <source>No diagrams yet. Choose New to start from a classic design or an empty canvas.</source>
        <translation>Noch keine Diagramme. Wählen Sie „Neu“, um mit einem klassischen Entwurf oder einer leeren Zeichenfläche zu beginnen.</translation>
    </message>
    <message>
        <source>&amp;Diagram:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New diagram</source>
        <translation>Neues Diagramm</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Rename diagram</source>
        <translation>Diagramm umbenennen</translation>
    </message>
    <message>
        <source>Rename Diagram</source>
        <translation>Diagramm umbenennen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete diagram</source>
        <translation>Diagramm löschen</translation>
    </message>
    <message>
        <source>Delete Diagram</source>
        <translation>Diagramm löschen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and its kept versions? This cannot be undone.</source>
        <translation>&quot;%1&quot; und die aufbewahrten Versionen löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Link to Question…</source>
        <translation>Mit Frage verknüpfen…</translation>
    </message>
    <message>
        <source>Linked question</source>
        <translation>Verknüpfte Frage</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Kept versions</source>
        <translation>Aufbewahrte Versionen</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Select and move (V)</source>
        <translation>Auswählen und verschieben (V)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Drag from one item to another to connect them (C)</source>
        <translation>Von einem Element zu einem anderen ziehen, um sie zu verbinden (C)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Edit Label</source>
        <translation>Beschriftung bearbeiten</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Zoom to fit the whole diagram (Ctrl+Shift+0)</source>
        <translation>Zoomen, bis das ganze Diagramm hineinpasst (Strg+Umschalt+0)</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual size (Ctrl+0)</source>
        <translation>Originalgröße (Strg+0)</translation>
    </message>
    <message>
        <source>Align Left</source>
        <translation>Links ausrichten</translation>
    </message>
    <message>
        <source>Align Centres Horizontally</source>
        <translation>Mittelpunkte horizontal ausrichten</translation>
    </message>
    <message>
        <source>Align Right</source>
        <translation>Rechts ausrichten</translation>
    </message>
    <message>
        <source>Align Top</source>
        <translation>Oben ausrichten</translation>
    </message>
    <message>
        <source>Align Centres Vertically</source>
        <translation>Mittelpunkte vertikal ausrichten</translation>
    </message>
    <message>
        <source>Align Bottom</source>
        <translation>Unten ausrichten</translation>
    </message>
    <message>
        <source>Distribute Horizontally</source>
        <translation>Horizontal verteilen</translation>
    </message>
    <message>
        <source>Distribute Vertically</source>
        <translation>Vertikal verteilen</translation>
    </message>
    <message>
        <source>Bring to Front</source>
        <translation>In den Vordergrund</translation>
    </message>
    <message>
        <source>Send to Back</source>
        <translation>In den Hintergrund</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppieren</translation>
    </message>
    <message>
        <source>Snap to Grid</source>
        <translation>Am Raster ausrichten</translation>
    </message>
    <message>
        <source>No Arrowheads</source>
        <translation>Keine Pfeilspitzen</translation>
    </message>
    <message>
        <source>Arrowhead at the End</source>
        <translation>Pfeilspitze am Ende</translation>
    </message>
    <message>
        <source>Arrowheads at Both Ends</source>
        <translation>Pfeilspitzen an beiden Enden</translation>
    </message>
    <message>
        <source>Straight Line</source>
        <translation>Gerade Linie</translation>
    </message>
    <message>
        <source>Right-Angled Line</source>
        <translation>Rechtwinklige Linie</translation>
    </message>
    <message>
        <source>Dashed Line</source>
        <translation>Gestrichelte Linie</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Export Selection as PNG…</source>
        <translation>Auswahl als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export Selection as SVG…</source>
        <translation>Auswahl als SVG exportieren…</translation>
    </message>
    <message>
        <source>Export Selection as PDF…</source>
        <translation>Auswahl als PDF exportieren…</translation>
    </message>
    <message>
        <source>Copy Mermaid Flowchart</source>
        <translation>Mermaid-Flussdiagramm kopieren</translation>
    </message>
    <message>
        <source>Copy Mermaid Architecture</source>
        <translation>Mermaid-Architektur kopieren</translation>
    </message>
    <message>
        <source>Save Mermaid Flowchart…</source>
        <translation>Mermaid-Flussdiagramm speichern…</translation>
    </message>
    <message>
        <source>Save Mermaid Architecture…</source>
        <translation>Mermaid-Architektur speichern…</translation>
    </message>
    <message>
        <source>Keep Version…</source>
        <translation>Version aufbewahren…</translation>
    </message>
    <message>
        <source>Keep a named copy of the diagram as it is now</source>
        <translation>Eine benannte Kopie des Diagramms im jetzigen Zustand aufbewahren</translation>
    </message>
    <message>
        <source>Keep Version</source>
        <translation>Version aufbewahren</translation>
    </message>
    <message>
        <source>Name of this version:</source>
        <translation>Name dieser Version:</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Empty Diagram…</source>
        <translation>Leeres Diagramm…</translation>
    </message>
    <message>
        <source>New Diagram</source>
        <translation>Neues Diagramm</translation>
    </message>
    <message>
        <source>Untitled diagram</source>
        <translation>Unbenanntes Diagramm</translation>
    </message>
    <message>
        <source>From a classic design</source>
        <translation>Aus einem klassischen Entwurf</translation>
    </message>
    <message>
        <source>The diagram &quot;%1&quot; was not saved: %2 The canvas still has your changes; free some disk space or choose Keep Version to try again.</source>
        <translation>Das Diagramm &quot;%1&quot; wurde nicht gespeichert: %2 Die Zeichenfläche enthält Ihre Änderungen weiterhin; geben Sie Speicherplatz frei oder wählen Sie „Version aufbewahren“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>No diagram is open.</source>
        <translation>Kein Diagramm geöffnet.</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Frage: %1</translation>
    </message>
    <message>
        <source>Link to Question</source>
        <translation>Mit Frage verknüpfen</translation>
    </message>
    <message>
        <source>(No question)</source>
        <translation>(Keine Frage)</translation>
    </message>
    <message>
        <source>The question this diagram answers:</source>
        <translation>Die Frage, die dieses Diagramm beantwortet:</translation>
    </message>
    <message>
        <source>The diagram could not be saved, so no version was kept.</source>
        <translation>Das Diagramm konnte nicht gespeichert werden, daher wurde keine Version aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <source>No versions kept yet</source>
        <translation>Noch keine Versionen aufbewahrt</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Ansehen…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>View Version</source>
        <translation>Version ansehen</translation>
    </message>
    <message>
        <source>Version &quot;%1&quot; of %2</source>
        <translation>Version &quot;%1&quot; von %2</translation>
    </message>
    <message>
        <source>Restore This Version</source>
        <translation>Diese Version wiederherstellen</translation>
    </message>
    <message>
        <source>Select the items to export first.</source>
        <translation>Wählen Sie zuerst die zu exportierenden Elemente aus.</translation>
    </message>
    <message>
        <source>The diagram is empty.</source>
        <translation>Das Diagramm ist leer.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Save Mermaid</source>
        <translation>Mermaid speichern</translation>
    </message>
    <message>
        <source>Mermaid files (*.mmd *.md)</source>
        <translation>Mermaid-Dateien (*.mmd *.md)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::DiffView</name>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %n line(s) removed</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %n Zeile entfernt</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %n Zeilen entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n added</source>
        <translation>
            <numerusform>, %n hinzugefügt</numerusform>
            <numerusform>, %n hinzugefügt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::DuePanel</name>
    <message>
        <source>Answer out loud, then rate how well you knew it. The rating schedules the next review: Again soon, Easy much later.</source>
        <translation>Antworten Sie laut und bewerten Sie dann, wie gut Sie es wussten. Die Bewertung plant die nächste Wiederholung: Nochmal bald, Einfach viel später.</translation>
    </message>
    <message>
        <source>Questions due for review</source>
        <translation>Zur Wiederholung fällige Fragen</translation>
    </message>
    <message>
        <source>&amp;Open in Questions</source>
        <translation>In &amp;Fragen öffnen</translation>
    </message>
    <message>
        <source>&amp;Practice with Timer</source>
        <translation>Mit Timer &amp;üben</translation>
    </message>
    <message>
        <source>I knew it:</source>
        <translation>Ich wusste es:</translation>
    </message>
    <message>
        <source>&amp;1 Again</source>
        <translation>&amp;1 Nochmal</translation>
    </message>
    <message>
        <source>&amp;2 Hard</source>
        <translation>&amp;2 Schwer</translation>
    </message>
    <message>
        <source>&amp;3 Good</source>
        <translation>&amp;3 Gut</translation>
    </message>
    <message>
        <source>&amp;4 Easy</source>
        <translation>&amp;4 Einfach</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>seit %n Tag überfällig</numerusform>
            <numerusform>seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Nothing is due today. Rate questions in self-test to build the queue.</source>
        <translation>Heute ist nichts fällig. Bewerten Sie Fragen im Selbsttest, um die Warteschlange zu füllen.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) due today</source>
        <translation>
            <numerusform>%n Frage heute fällig</numerusform>
            <numerusform>%n Fragen heute fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Wiederholung</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::HeatMapWidget</name>
    <message>
        <source>Practice per day</source>
        <translation>Übung pro Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with practice</source>
        <translation>
            <numerusform>%n Tag mit Übung</numerusform>
            <numerusform>%n Tage mit Übung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) in all</source>
        <translation>
            <numerusform>%n Minute insgesamt</numerusform>
            <numerusform>%n Minuten insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Today is outlined</source>
        <translation>Heute ist umrandet</translation>
    </message>
    <message>
        <source>%1: no practice</source>
        <translation>%1: keine Übung</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::HistoryPanel</name>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Programmieren</translation>
    </message>
    <message>
        <source>System design</source>
        <translation>Systemdesign</translation>
    </message>
    <message>
        <source>Mock loop</source>
        <translation>Probe-Loop</translation>
    </message>
    <message>
        <source>Free timer</source>
        <translation>Freier Timer</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Kind of practice</source>
        <translation>Art der Übung</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Practice sessions</source>
        <translation>Übungssitzungen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Sitzungsdetails</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of practice</source>
        <translation>
            <numerusform>%n Minute Übung</numerusform>
            <numerusform>%n Minuten Übung</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No practice in this period yet. Every timed session lands here: what you practised, planned against actual time per phase, your rating and notes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In diesem Zeitraum noch keine Übung. Jede Sitzung mit Timer landet hier: was Sie geübt haben, geplante und tatsächliche Zeit pro Phase, Ihre Bewertung und Ihre Notizen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Überzogen</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Interrupted: Starloop was closed while this session ran.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Unterbrochen: Starloop wurde geschlossen, während diese Sitzung lief.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export Practice Log</source>
        <translation>Übungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The practice log could not be written to %1: %2</source>
        <translation>Das Übungsprotokoll konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::LoopPlanView</name>
    <message>
        <source>Plan which story to tell in which round: no story twice in one loop, and every principle a round probes backed by a story. Double-click a round&apos;s name to rename it.</source>
        <translation>Planen Sie, welche Geschichte Sie in welcher Runde erzählen: keine Geschichte zweimal in einem Loop, und jedes Prinzip, das eine Runde prüft, durch eine Geschichte abgedeckt. Doppelklicken Sie auf den Namen einer Runde, um sie umzubenennen.</translation>
    </message>
    <message>
        <source>Loop plan</source>
        <translation>Loop-Plan</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>Prüft</translation>
    </message>
    <message>
        <source>Stories to tell</source>
        <translation>Zu erzählende Geschichten</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>&amp;Edit Principles…</source>
        <translation>Prinzipien b&amp;earbeiten…</translation>
    </message>
    <message>
        <source>Choose the principles the selected round probes</source>
        <translation>Die Prinzipien wählen, die die ausgewählte Runde prüft</translation>
    </message>
    <message>
        <source>&amp;Re-plan</source>
        <translation>&amp;Neu planen</translation>
    </message>
    <message>
        <source>Assign the stories to the rounds again</source>
        <translation>Die Geschichten den Runden neu zuordnen</translation>
    </message>
    <message>
        <source>&amp;Typical Loop</source>
        <translation>&amp;Typischer Loop</translation>
    </message>
    <message>
        <source>Go back to the five rounds of a typical onsite loop</source>
        <translation>Zu den fünf Runden eines typischen Onsite-Loops zurückkehren</translation>
    </message>
    <message>
        <source>The stories could not be read for the loop plan</source>
        <translation>Die Geschichten für den Loop-Plan konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Principles for “%1”</source>
        <translation>Prinzipien für „%1“</translation>
    </message>
    <message>
        <source>Principles this round probes</source>
        <translation>Prinzipien, die diese Runde prüft</translation>
    </message>
    <message>
        <source>The loop plan could not be saved</source>
        <translation>Der Loop-Plan konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Unbenannte Geschichte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No story assigned</source>
        <translation>Keine Geschichte zugeordnet</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Abgedeckt</translation>
    </message>
    <message>
        <source>No story in this loop covers these principles: write or tag one, or re-plan.</source>
        <translation>Keine Geschichte in diesem Loop deckt diese Prinzipien ab: Schreiben oder markieren Sie eine, oder planen Sie neu.</translation>
    </message>
    <message numerus="yes">
        <source>Every round is covered, with %n story(s).</source>
        <translation>
            <numerusform>Jede Runde ist abgedeckt, mit %n Geschichte.</numerusform>
            <numerusform>Jede Runde ist abgedeckt, mit %n Geschichten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n principle(s) still uncovered across the rounds.</source>
        <translation>
            <numerusform>%n Prinzip ist in den Runden noch nicht abgedeckt.</numerusform>
            <numerusform>%n Prinzipien sind in den Runden noch nicht abgedeckt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::MainWindow</name>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Datenbank öffnen…</translation>
    </message>
    <message>
        <source>&amp;Export Everything I Wrote…</source>
        <translation>Alle eigenen Inhalte e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>&amp;Seitenleiste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbildmodus</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>&amp;About Starloop</source>
        <translation>Ü&amp;ber Starloop</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source> or /</source>
        <translation> oder /</translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation>Fragen durchsuchen</translation>
    </message>
    <message>
        <source>Up / Down, J / K</source>
        <translation>Hoch / Runter, J / K</translation>
    </message>
    <message>
        <source>Next / previous result</source>
        <translation>Nächstes / vorheriges Ergebnis</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Reveal the answer in self-test mode</source>
        <translation>Antwort im Selbsttest aufdecken</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Welcome to Starloop</source>
        <translation>Willkommen bei Starloop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Three things to try first&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Find a question in two keystrokes.&lt;/b&gt; Press Ctrl+F and type &lt;i&gt;dy&lt;/i&gt; for DynamoDB, &lt;i&gt;lp:ownership&lt;/i&gt; for a principle, or &lt;i&gt;-sql&lt;/i&gt; to leave a word out.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Test yourself.&lt;/b&gt; Turn on &lt;i&gt;Self-test&lt;/i&gt;, answer out loud, press Space to reveal the answer and rate how well you knew it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Write your first STAR story&lt;/b&gt; in Stories (Ctrl+2) and tag the principles it shows: the loop wants 2–3 stories for each of the 16.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Everything you write is saved as you type, in one file on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Drei Dinge für den Anfang&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Eine Frage mit zwei Tastendrücken finden.&lt;/b&gt; Drücken Sie Strg+F und tippen Sie &lt;i&gt;dy&lt;/i&gt; für DynamoDB, &lt;i&gt;lp:ownership&lt;/i&gt; für ein Prinzip oder &lt;i&gt;-sql&lt;/i&gt;, um ein Wort auszuschließen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sich selbst testen.&lt;/b&gt; Schalten Sie den &lt;i&gt;Selbsttest&lt;/i&gt; ein, antworten Sie laut, drücken Sie die Leertaste, um die Antwort aufzudecken, und bewerten Sie, wie gut Sie sie wussten.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Schreiben Sie Ihre erste STAR-Geschichte&lt;/b&gt; unter „Geschichten“ (Strg+2) und markieren Sie die Prinzipien, die sie zeigt: Der Loop erwartet 2–3 Geschichten für jedes der 16.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Alles, was Sie schreiben, wird schon beim Tippen gespeichert – in einer Datei auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Die neue Sprache wird ab dem nächsten Start verwendet.</translation>
    </message>
    <message>
        <source>Open or Create a Starloop File</source>
        <translation>Starloop-Datei öffnen oder erstellen</translation>
    </message>
    <message>
        <source>Starloop files (*.sqlite)</source>
        <translation>Starloop-Dateien (*.sqlite)</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups yet. Starloop takes one a day, kept in %1.</source>
        <translation>Es gibt noch keine Sicherungen. Starloop erstellt täglich eine, abgelegt in %1.</translation>
    </message>
    <message>
        <source>%1 (%2 KiB)</source>
        <translation>%1 (%2 KiB)</translation>
    </message>
    <message>
        <source>Replace the current data with the backup taken on:</source>
        <translation>Aktuelle Daten durch die Sicherung ersetzen, erstellt am:</translation>
    </message>
    <message>
        <source>Everything written since that backup will be replaced. The current file is kept beside it as a .before-restore.bak copy. Restore?</source>
        <translation>Alles, was seit dieser Sicherung geschrieben wurde, wird ersetzt. Die aktuelle Datei wird daneben als .before-restore.bak-Kopie aufbewahrt. Wiederherstellen?</translation>
    </message>
    <message>
        <source>Export Everything I Wrote</source>
        <translation>Alle eigenen Inhalte exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Everything in this file is already here.

%1</source>
        <translation>Alles aus dieser Datei ist bereits vorhanden.

%1</translation>
    </message>
    <message>
        <source>This import will make these changes:</source>
        <translation>Dieser Import nimmt folgende Änderungen vor:</translation>
    </message>
    <message>
        <source>Practice Timer</source>
        <translation>Übungs-Timer</translation>
    </message>
    <message>
        <source>&amp;Mini Timer</source>
        <translation>&amp;Mini-Timer</translation>
    </message>
    <message>
        <source>Before %1 (%2)</source>
        <translation>Vor %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::MarkdownView</name>
    <message>
        <source>Copy Code Block</source>
        <translation>Codeblock kopieren</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::MiniTimerWindow</name>
    <message>
        <source>Starloop Timer</source>
        <translation>Starloop-Timer</translation>
    </message>
    <message>
        <source>Mini timer</source>
        <translation>Mini-Timer</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::MockLoopPanel</name>
    <message>
        <source>Starloop picks the questions for each round, favouring questions due for review and principles with the fewest stories. Run each round on the timer, rate it, and see the whole loop at the end.</source>
        <translation>Starloop wählt die Fragen für jede Runde aus und bevorzugt dabei zur Wiederholung fällige Fragen und Prinzipien mit den wenigsten Geschichten. Führen Sie jede Runde mit dem Timer durch, bewerten Sie sie und sehen Sie am Ende den ganzen Loop.</translation>
    </message>
    <message>
        <source>Kind of loop</source>
        <translation>Art des Loops</translation>
    </message>
    <message>
        <source>Phone screen (1 round, 60 min)</source>
        <translation>Telefoninterview (1 Runde, 60 Min.)</translation>
    </message>
    <message>
        <source>Onsite: coding ×2, system design, behavioral ×2, bar raiser</source>
        <translation>Onsite: Programmieren ×2, Systemdesign, Verhaltensrunde ×2, Bar Raiser</translation>
    </message>
    <message>
        <source>Onsite: coding ×2, system design, behavioral ×3, bar raiser</source>
        <translation>Onsite: Programmieren ×2, Systemdesign, Verhaltensrunde ×3, Bar Raiser</translation>
    </message>
    <message>
        <source>Pick &amp;Questions</source>
        <translation>&amp;Fragen auswählen</translation>
    </message>
    <message>
        <source>Start &amp;Round</source>
        <translation>&amp;Runde starten</translation>
    </message>
    <message>
        <source>Loop:</source>
        <translation>Loop:</translation>
    </message>
    <message>
        <source>Rounds of the loop</source>
        <translation>Runden des Loops</translation>
    </message>
    <message>
        <source>Round and questions</source>
        <translation>Runde und Fragen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Summary of the loop</source>
        <translation>Zusammenfassung des Loops</translation>
    </message>
    <message>
        <source>Choose a loop and pick its questions.</source>
        <translation>Wählen Sie einen Loop und klicken Sie auf „Fragen auswählen“.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Finish the session on the timer first.</source>
        <translation>Beenden Sie zuerst die Sitzung im Timer.</translation>
    </message>
    <message>
        <source>%1 · %2/5</source>
        <translation>%1 · %2/5</translation>
    </message>
    <message>
        <source>on the timer</source>
        <translation>im Timer</translation>
    </message>
    <message>
        <source>next</source>
        <translation>als Nächstes</translation>
    </message>
    <message>
        <source>Double-click to open the question</source>
        <translation>Doppelklicken, um die Frage zu öffnen</translation>
    </message>
    <message>
        <source>due for review</source>
        <translation>zur Wiederholung fällig</translation>
    </message>
    <message>
        <source>No question left in the bank for this round: bring your own.</source>
        <translation>Für diese Runde ist keine Frage mehr in der Sammlung: Bringen Sie eine eigene mit.</translation>
    </message>
    <message>
        <source>%1: round %2 of %3, %4</source>
        <translation>%1: Runde %2 von %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 complete: %n round(s)</source>
        <translation>
            <numerusform>%1 abgeschlossen: %n Runde</numerusform>
            <numerusform>%1 abgeschlossen: %n Runden</numerusform>
        </translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>%1: summary</source>
        <translation>%1: Zusammenfassung</translation>
    </message>
    <message>
        <source>Planned %1, took %2.</source>
        <translation>Geplant: %1, benötigt: %2.</translation>
    </message>
    <message>
        <source>Average rating %1 of 5.</source>
        <translation>Durchschnittliche Bewertung: %1 von 5.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::PracticeWorkspace</name>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <source>&amp;Due Today</source>
        <translation>&amp;Heute fällig</translation>
    </message>
    <message>
        <source>&amp;Mock Loop</source>
        <translation>&amp;Probe-Loop</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>D&amp;ashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Due Today (%1)</source>
        <translation>&amp;Heute fällig (%1)</translation>
    </message>
    <message>
        <source>Finish or reset the current session before starting &quot;%1&quot;.</source>
        <translation>Beenden Sie die aktuelle Sitzung oder setzen Sie sie zurück, bevor Sie &quot;%1&quot; starten.</translation>
    </message>
    <message numerus="yes">
        <source>Answer (%n min)</source>
        <translation>
            <numerusform>Antwort (%n Min.)</numerusform>
            <numerusform>Antwort (%n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) still running when Starloop last closed: kept in History as interrupted.</source>
        <translation>
            <numerusform>%n Sitzung lief noch, als Starloop zuletzt geschlossen wurde: im Verlauf als unterbrochen aufbewahrt.</numerusform>
            <numerusform>%n Sitzungen liefen noch, als Starloop zuletzt geschlossen wurde: im Verlauf als unterbrochen aufbewahrt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::PresetDialog</name>
    <message>
        <source>Timer Preset</source>
        <translation>Timer-Vorlage</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>&amp;Add Phase</source>
        <translation>Phase &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Phase</source>
        <translation>Phase &amp;entfernen</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>No warning</source>
        <translation>Keine Warnung</translation>
    </message>
    <message>
        <source> min from the start</source>
        <translation> Min. nach Beginn</translation>
    </message>
    <message>
        <source>&amp;Warn at:</source>
        <translation>&amp;Warnen bei:</translation>
    </message>
    <message>
        <source>Give the preset a name.</source>
        <translation>Geben Sie der Vorlage einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) in all</source>
        <translation>
            <numerusform>%n Minute insgesamt</numerusform>
            <numerusform>%n Minuten insgesamt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::PrinciplePanel</name>
    <message>
        <source>Leadership principles this story shows</source>
        <translation>Leadership Principles, die diese Geschichte zeigt</translation>
    </message>
    <message>
        <source>&amp;Primary:</source>
        <translation>&amp;Primär:</translation>
    </message>
    <message>
        <source>Primary principle</source>
        <translation>Primäres Prinzip</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Leadership principles&lt;/b&gt; · %1 of %2</source>
        <translation>&lt;b&gt;Leadership Principles&lt;/b&gt; · %1 von %2</translation>
    </message>
    <message>
        <source>Tick each principle the story shows; hover one to read its summary.</source>
        <translation>Haken Sie jedes Prinzip ab, das die Geschichte zeigt; zeigen Sie mit der Maus darauf, um die Zusammenfassung zu lesen.</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::QuestionPickerDialog</name>
    <message>
        <source>Link a Question</source>
        <translation>Frage verknüpfen</translation>
    </message>
    <message>
        <source>Link a question</source>
        <translation>Frage verknüpfen</translation>
    </message>
    <message>
        <source>Pick the behavioral question this story answers. Search the leadership and company questions, e.g. “disagree” or “lp:ownership”.</source>
        <translation>Wählen Sie die Verhaltensfrage, die diese Geschichte beantwortet. Durchsuchen Sie die Leadership- und Unternehmensfragen, z. B. „disagree“ oder „lp:ownership“.</translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation>Fragen durchsuchen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <source>The questions could not be searched: %1</source>
        <translation>Die Fragen konnten nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>%1 (already linked)</source>
        <translation>%1 (bereits verknüpft)</translation>
    </message>
    <message>
        <source>No leadership or company question matches.</source>
        <translation>Keine passende Leadership- oder Unternehmensfrage.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::QuestionsWorkspace</name>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation>Fragen durchsuchen</translation>
    </message>
    <message>
        <source>Search: dynamo, &quot;two pizza&quot;, -sql, lp:ownership, is:starred</source>
        <translation>Suche: dynamo, &quot;two pizza&quot;, -sql, lp:ownership, is:starred</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Suchsyntax</translation>
    </message>
    <message>
        <source>words match by prefix: dyna finds DynamoDB</source>
        <translation>Wörter passen als Präfix: dyna findet DynamoDB</translation>
    </message>
    <message>
        <source>a quoted phrase matches exactly</source>
        <translation>eine Phrase in Anführungszeichen passt exakt</translation>
    </message>
    <message>
        <source>a leading minus excludes a word</source>
        <translation>ein vorangestelltes Minus schließt ein Wort aus</translation>
    </message>
    <message>
        <source>a leadership principle, e.g. lp:ownership</source>
        <translation>ein Leadership Principle, z. B. lp:ownership</translation>
    </message>
    <message>
        <source>a tag, e.g. tag:dynamodb</source>
        <translation>ein Schlagwort, z. B. tag:dynamodb</translation>
    </message>
    <message>
        <source>beginner, intermediate or advanced</source>
        <translation>beginner, intermediate oder advanced</translation>
    </message>
    <message>
        <source>company, leadership, aws, system-design, coding, ood</source>
        <translation>company, leadership, aws, system-design, coding, ood</translation>
    </message>
    <message>
        <source>questions you starred</source>
        <translation>Fragen, die Sie markiert haben</translation>
    </message>
    <message>
        <source>questions due for review</source>
        <translation>zur Wiederholung fällige Fragen</translation>
    </message>
    <message>
        <source>questions you added</source>
        <translation>Fragen, die Sie hinzugefügt haben</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add a question of your own</source>
        <translation>Eigene Frage hinzufügen</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Matching questions</source>
        <translation>Passende Fragen</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ Markieren</translation>
    </message>
    <message>
        <source>Star this question</source>
        <translation>Diese Frage markieren</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>Selbsttest</translation>
    </message>
    <message>
        <source>Hide the answer until you reveal it</source>
        <translation>Antwort verbergen, bis Sie sie aufdecken</translation>
    </message>
    <message>
        <source>Practice this</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Answer it against the clock</source>
        <translation>Gegen die Uhr beantworten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this question of yours</source>
        <translation>Diese eigene Frage löschen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>The answer is hidden. Say your answer out loud, then reveal it.</source>
        <translation>Die Antwort ist verborgen. Sprechen Sie Ihre Antwort laut aus und decken Sie sie dann auf.</translation>
    </message>
    <message>
        <source>Reveal Answer (Space)</source>
        <translation>Antwort aufdecken (Leertaste)</translation>
    </message>
    <message>
        <source>How well did you recall it?</source>
        <translation>Wie gut haben Sie sich erinnert?</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>Your notes (saved as you type)</source>
        <translation>Ihre Notizen (werden beim Tippen gespeichert)</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Ihre Notizen</translation>
    </message>
    <message>
        <source>What you would say, numbers to remember, the story you would tell…</source>
        <translation>Was Sie sagen würden, Zahlen zum Merken, die Geschichte, die Sie erzählen würden…</translation>
    </message>
    <message>
        <source>The first %1 matches</source>
        <translation>Die ersten %1 Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Leadership principles</source>
        <translation>Leadership Principles</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Zur Wiederholung fällig</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Principles: %1</source>
        <translation>Prinzipien: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Markiert</translation>
    </message>
    <message>
        <source>Last rating: %1</source>
        <translation>Letzte Bewertung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Next review in %n day(s)</source>
        <translation>
            <numerusform>Nächste Wiederholung in %n Tag</numerusform>
            <numerusform>Nächste Wiederholung in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Your note is not saved yet (%1). It is kept on screen and will be retried.</source>
        <translation>Ihre Notiz ist noch nicht gespeichert (%1). Sie bleibt auf dem Bildschirm, und das Speichern wird erneut versucht.</translation>
    </message>
    <message>
        <source>Add a Question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>durch Komma getrennt</translation>
    </message>
    <message>
        <source>Your answer, in Markdown</source>
        <translation>Ihre Antwort, in Markdown</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Frage:</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>☰</source>
        <translation>☰</translation>
    </message>
    <message>
        <source>Recent and saved searches</source>
        <translation>Letzte und gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Save This Search…</source>
        <translation>Diese Suche speichern…</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Letzte Suchen</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Name for “%1”:</source>
        <translation>Name für „%1“:</translation>
    </message>
    <message>
        <source>Stories and diagrams linked to this question</source>
        <translation>Mit dieser Frage verknüpfte Geschichten und Diagramme</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Write and run your solution in the scratchpad</source>
        <translation>Lösung im Code-Notizblock schreiben und ausführen</translation>
    </message>
    <message>
        <source>Your stories: %1</source>
        <translation>Ihre Geschichten: %1</translation>
    </message>
    <message>
        <source>Your diagrams: %1</source>
        <translation>Ihre Diagramme: %1</translation>
    </message>
    <message>
        <source>No question matches</source>
        <translation>Keine Frage passt</translation>
    </message>
    <message>
        <source>Try fewer or shorter words, or remove a filter. Words match by their beginning: “dyna” finds DynamoDB.</source>
        <translation>Versuchen Sie weniger oder kürzere Wörter, oder entfernen Sie einen Filter. Wörter passen über ihren Anfang: „dyna“ findet DynamoDB.</translation>
    </message>
    <message>
        <source>None among these questions</source>
        <translation>Keine unter diesen Fragen</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::RehearseDialog</name>
    <message>
        <source>Rehearse story</source>
        <translation>Probevortrag der Geschichte</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Unbenannte Geschichte</translation>
    </message>
    <message>
        <source>Rehearse: %1</source>
        <translation>Probevortrag: %1</translation>
    </message>
    <message>
        <source>Story text</source>
        <translation>Text der Geschichte</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>&lt;i&gt;(not written yet)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(noch nicht geschrieben)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>St&amp;opp</translation>
    </message>
    <message>
        <source>Stop the clock and rate how the telling went</source>
        <translation>Uhr anhalten und bewerten, wie das Erzählen lief</translation>
    </message>
    <message>
        <source>How did it go? (1 = rough, 5 = interview-ready)</source>
        <translation>Wie lief es? (1 = holprig, 5 = bereit fürs Interview)</translation>
    </message>
    <message>
        <source>Rating %1 of 5</source>
        <translation>Bewertung %1 von 5</translation>
    </message>
    <message>
        <source>Notes on this rehearsal</source>
        <translation>Notizen zu diesem Probevortrag</translation>
    </message>
    <message>
        <source>What to tighten next time</source>
        <translation>Was Sie beim nächsten Mal straffen</translation>
    </message>
    <message>
        <source>S&amp;ave to Practice Log</source>
        <translation>Im Übungsproto&amp;koll speichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Estimated %1 · actual %2</source>
        <translation>Geschätzt %1 · tatsächlich %2</translation>
    </message>
    <message>
        <source>The rehearsal could not be saved to the practice log</source>
        <translation>Der Probevortrag konnte nicht im Übungsprotokoll gespeichert werden</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::ResultModel</name>
    <message>
        <source> · yours</source>
        <translation> · eigene</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::SaveStatus</name>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::ScratchpadWidget</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>New Attempt</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <source>Start again from a blank page; this attempt stays in the list</source>
        <translation>Mit einer leeren Seite neu beginnen; dieser Versuch bleibt in der Liste</translation>
    </message>
    <message>
        <source>Time spent on this attempt</source>
        <translation>Zeit für diesen Versuch</translation>
    </message>
    <message>
        <source>Run Examples</source>
        <translation>Beispiele ausführen</translation>
    </message>
    <message>
        <source>Diff…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Compare this attempt with the model solution or another attempt</source>
        <translation>Diesen Versuch mit der Musterlösung oder einem anderen Versuch vergleichen</translation>
    </message>
    <message>
        <source>Example results</source>
        <translation>Ergebnisse der Beispiele</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Got</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Your attempts at this question</source>
        <translation>Ihre Versuche zu dieser Frage</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Wie lief es?</translation>
    </message>
    <message>
        <source>Self-rating</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>1 – stuck</source>
        <translation>1 – festgefahren</translation>
    </message>
    <message>
        <source>2 – needed hints</source>
        <translation>2 – Hinweise gebraucht</translation>
    </message>
    <message>
        <source>3 – solved, slowly</source>
        <translation>3 – gelöst, aber langsam</translation>
    </message>
    <message>
        <source>4 – solved cleanly</source>
        <translation>4 – sauber gelöst</translation>
    </message>
    <message>
        <source>5 – interview-ready</source>
        <translation>5 – bereit fürs Interview</translation>
    </message>
    <message>
        <source>Notes on this attempt</source>
        <translation>Notizen zu diesem Versuch</translation>
    </message>
    <message>
        <source>What went wrong, what to remember…</source>
        <translation>Was schiefging, was Sie sich merken sollten…</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 passed</source>
        <translation>%1/%2 bestanden</translation>
    </message>
    <message>
        <source>Your attempt is not saved yet (%1). It is kept on screen and will be retried.</source>
        <translation>Ihr Versuch ist noch nicht gespeichert (%1). Er bleibt auf dem Bildschirm, und das Speichern wird erneut versucht.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation>Ausführung stoppen</translation>
    </message>
    <message>
        <source>Run needs %1</source>
        <translation>Ausführen benötigt %1</translation>
    </message>
    <message>
        <source>This question has no examples to run.</source>
        <translation>Diese Frage hat keine Beispiele zum Ausführen.</translation>
    </message>
    <message>
        <source>No examples to run</source>
        <translation>Keine Beispiele zum Ausführen</translation>
    </message>
    <message>
        <source>Run your code against the question&apos;s examples (Ctrl+Enter)</source>
        <translation>Ihren Code mit den Beispielen der Frage ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n example(s)…</source>
        <translation>
            <numerusform>%n Beispiel wird ausgeführt…</numerusform>
            <numerusform>%n Beispiele werden ausgeführt…</numerusform>
        </translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sandboxed with bubblewrap; %1 ms.</source>
        <translation>In einer Sandbox mit bubblewrap; %1 ms.</translation>
    </message>
    <message>
        <source>Compare Attempts</source>
        <translation>Versuche vergleichen</translation>
    </message>
    <message>
        <source>Compare this attempt with:</source>
        <translation>Diesen Versuch vergleichen mit:</translation>
    </message>
    <message>
        <source>Model solution (%1)</source>
        <translation>Musterlösung (%1)</translation>
    </message>
    <message>
        <source>Attempt of %1</source>
        <translation>Versuch: %1</translation>
    </message>
    <message>
        <source>Model solution (Python)</source>
        <translation>Musterlösung (Python)</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Nothing to compare with yet: no model solution and no other attempt.</source>
        <translation>Noch nichts zum Vergleichen: keine Musterlösung und kein anderer Versuch.</translation>
    </message>
    <message>
        <source>This attempt</source>
        <translation>Dieser Versuch</translation>
    </message>
    <message>
        <source>Run: Python, C++ and Java only</source>
        <translation>Ausführen: nur Python, C++ und Java</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung verwenden</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Match the theme</source>
        <translation>Wie Farbschema</translation>
    </message>
    <message>
        <source>This build has no KSyntaxHighlighting; code is shown in plain monospace.</source>
        <translation>Dieser Build enthält kein KSyntaxHighlighting; Code wird in schlichter Festbreitenschrift angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Code colours:</source>
        <translation>&amp;Code-Farben:</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Systemgröße</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Schriftgröße:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Play a sound at each phase change and when time is up</source>
        <translation>Bei jedem Phasenwechsel und bei Zeitablauf einen Ton abspielen</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>The default location</source>
        <translation>Standardort</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>Starloop files (*.sqlite)</source>
        <translation>Starloop-Dateien (*.sqlite)</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>&amp;Datenbankdatei:</translation>
    </message>
    <message>
        <source>Used from the next start; --database overrides it.</source>
        <translation>Wird ab dem nächsten Start verwendet; --database hat Vorrang.</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::StoriesWorkspace</name>
    <message>
        <source>Your STAR stories</source>
        <translation>Ihre STAR-Geschichten</translation>
    </message>
    <message>
        <source>Draft Situation, Task, Action and Result for each story, tag the leadership principles it shows, and see which of the 16 principles still need a story. Press New to start.</source>
        <translation>Entwerfen Sie für jede Geschichte Situation, Task, Action und Result, markieren Sie die Leadership Principles, die sie zeigt, und sehen Sie, welche der 16 Prinzipien noch eine Geschichte brauchen. Klicken Sie auf „Neu“, um zu beginnen.</translation>
    </message>
    <message>
        <source>&amp;Stories</source>
        <translation>&amp;Geschichten</translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation>A&amp;bdeckung</translation>
    </message>
    <message>
        <source>Change Principles</source>
        <translation>Prinzipien ändern</translation>
    </message>
    <message>
        <source>The leadership principles could not be read</source>
        <translation>Die Leadership Principles konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation>Geschichten durchsuchen</translation>
    </message>
    <message>
        <source>Sort stories by</source>
        <translation>Geschichten sortieren nach</translation>
    </message>
    <message>
        <source>Recently edited</source>
        <translation>Zuletzt bearbeitet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Most principles</source>
        <translation>Meiste Prinzipien</translation>
    </message>
    <message>
        <source>Show stories for principle</source>
        <translation>Geschichten für Prinzip anzeigen</translation>
    </message>
    <message>
        <source>All principles</source>
        <translation>Alle Prinzipien</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New story (%1)</source>
        <translation>Neue Geschichte (%1)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the story (Edit &gt; Undo brings it back)</source>
        <translation>Geschichte löschen (Bearbeiten &gt; Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>New Story</source>
        <translation>Neue Geschichte</translation>
    </message>
    <message>
        <source>Delete Story</source>
        <translation>Geschichte löschen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The story list could not be read</source>
        <translation>Die Liste der Geschichten konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The story could not be opened</source>
        <translation>Die Geschichte konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The story could not be saved (%1). Your text is kept in the editor and saving will be retried.</source>
        <translation>Die Geschichte konnte nicht gespeichert werden (%1). Ihr Text bleibt im Editor, und das Speichern wird erneut versucht.</translation>
    </message>
    <message>
        <source>The coverage could not be counted</source>
        <translation>Die Abdeckung konnte nicht gezählt werden</translation>
    </message>
    <message>
        <source>The story could not be restored</source>
        <translation>Die Geschichte konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>The story could not be created</source>
        <translation>Die Geschichte konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>The story could not be removed</source>
        <translation>Die Geschichte konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>The story could not be duplicated</source>
        <translation>Die Geschichte konnte nicht dupliziert werden</translation>
    </message>
    <message>
        <source>The copy could not be removed</source>
        <translation>Die Kopie konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Duplicate Story</source>
        <translation>Geschichte duplizieren</translation>
    </message>
    <message>
        <source>The story could not be deleted</source>
        <translation>Die Geschichte konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>The story could not be read</source>
        <translation>Die Geschichte konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The principles could not be saved</source>
        <translation>Die Prinzipien konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>&amp;Loop Plan</source>
        <translation>Loop-&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Rehearse…</source>
        <translation>Probe&amp;vortrag…</translation>
    </message>
    <message>
        <source>Tell the story against a 4-minute clock and log the session</source>
        <translation>Die Geschichte gegen eine 4-Minuten-Uhr erzählen und die Sitzung protokollieren</translation>
    </message>
    <message>
        <source>E&amp;xport Stories…</source>
        <translation>Geschichten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save every story, grouped by principle, as Markdown or PDF</source>
        <translation>Alle Geschichten nach Prinzip gruppiert als Markdown oder PDF speichern</translation>
    </message>
    <message>
        <source>The story&apos;s questions could not be read</source>
        <translation>Die Fragen der Geschichte konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The question could not be linked</source>
        <translation>Die Frage konnte nicht verknüpft werden</translation>
    </message>
    <message>
        <source>The link could not be removed</source>
        <translation>Die Verknüpfung konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Link “%1”</source>
        <translation>„%1“ verknüpfen</translation>
    </message>
    <message>
        <source>Unlink Question</source>
        <translation>Verknüpfung mit Frage aufheben</translation>
    </message>
    <message>
        <source>The stories could not be exported</source>
        <translation>Die Geschichten konnten nicht exportiert werden</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Stories</source>
        <translation>Geschichten exportieren</translation>
    </message>
    <message>
        <source>stories.md</source>
        <translation>geschichten.md</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::StoryEditor</name>
    <message>
        <source>Story title</source>
        <translation>Titel der Geschichte</translation>
    </message>
    <message>
        <source>A title you will recognise: “Billing migration without downtime”</source>
        <translation>Ein Titel, den Sie wiedererkennen: „Abrechnungsmigration ohne Ausfallzeit“</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>JJJJ-MM</translation>
    </message>
    <message>
        <source>Role and team</source>
        <translation>Rolle und Team</translation>
    </message>
    <message>
        <source>Your role and team at the time</source>
        <translation>Ihre Rolle und Ihr Team zu der Zeit</translation>
    </message>
    <message>
        <source>&amp;Role / team:</source>
        <translation>R&amp;olle / Team:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation>&amp;Situation</translation>
    </message>
    <message>
        <source>Where and when; what was at stake, and for whom. Keep it short: about a fifth of the story.</source>
        <translation>Wo und wann; was auf dem Spiel stand und für wen. Kurz halten: etwa ein Fünftel der Geschichte.</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Task</translation>
    </message>
    <message>
        <source>What you were responsible for, or the goal you set yourself.</source>
        <translation>Wofür Sie verantwortlich waren oder welches Ziel Sie sich gesetzt haben.</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>What you did, step by step, in the first person: the decisions, the trade-offs, the people you brought along. About half the story.</source>
        <translation>Was Sie getan haben, Schritt für Schritt, in der Ich-Form: die Entscheidungen, die Abwägungen, die Menschen, die Sie mitgenommen haben. Etwa die Hälfte der Geschichte.</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Result</translation>
    </message>
    <message>
        <source>What changed, with numbers: %, money, time saved, customers helped.</source>
        <translation>Was sich geändert hat, mit Zahlen: %, Geld, eingesparte Zeit, Kunden, denen geholfen wurde.</translation>
    </message>
    <message>
        <source>Reflection / &amp;learning</source>
        <translation>Reflexion / &amp;Erkenntnisse</translation>
    </message>
    <message>
        <source>What you learned, and what you would do differently.</source>
        <translation>Was Sie gelernt haben und was Sie anders machen würden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Short version&lt;/b&gt; (the 30–60 second telling)</source>
        <translation>&lt;b&gt;Kurzfassung&lt;/b&gt; (die 30–60-Sekunden-Version)</translation>
    </message>
    <message>
        <source>Short version</source>
        <translation>Kurzfassung</translation>
    </message>
    <message>
        <source>One breath each for Situation and Task, the key Action, the Result with its number.</source>
        <translation>Je ein Atemzug für Situation und Task, die entscheidende Action, das Result mit seiner Zahl.</translation>
    </message>
    <message>
        <source>1 word, about %1</source>
        <translation>1 Wort, etwa %1</translation>
    </message>
    <message>
        <source>%1 words, about %2</source>
        <translation>%1 Wörter, etwa %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Questions this story answers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fragen, die diese Geschichte beantwortet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Link a question…</source>
        <translation>Frage ver&amp;knüpfen…</translation>
    </message>
    <message>
        <source>Link a leadership or company question this story answers</source>
        <translation>Eine Leadership- oder Unternehmensfrage verknüpfen, die diese Geschichte beantwortet</translation>
    </message>
    <message>
        <source>U&amp;nlink</source>
        <translation>Verknüpfung auf&amp;heben</translation>
    </message>
    <message>
        <source>Remove the link to the selected question</source>
        <translation>Verknüpfung mit der ausgewählten Frage entfernen</translation>
    </message>
    <message>
        <source>Questions this story answers</source>
        <translation>Fragen, die diese Geschichte beantwortet</translation>
    </message>
    <message>
        <source>No question linked yet: link the prompts this story answers.</source>
        <translation>Noch keine Frage verknüpft: Verknüpfen Sie die Fragen, die diese Geschichte beantwortet.</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::StoryExporter</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Starloop stories</source>
        <translation>Starloop-Geschichten</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 could not be replaced; is it open in another program?</source>
        <translation>%1 konnte nicht ersetzt werden; ist die Datei in einem anderen Programm geöffnet?</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::StoryListModel</name>
    <message>
        <source>Untitled story</source>
        <translation>Unbenannte Geschichte</translation>
    </message>
    <message>
        <source>1 principle</source>
        <translation>1 Prinzip</translation>
    </message>
    <message>
        <source>%1 principles</source>
        <translation>%1 Prinzipien</translation>
    </message>
    <message>
        <source>%1
Last edited %2</source>
        <translation>%1
Zuletzt bearbeitet: %2</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::TimerController</name>
    <message>
        <source>Time for %1 (phase %2 of %3)</source>
        <translation>Zeit für %1 (Phase %2 von %3)</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Noch %1</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <source>Reset before the end.</source>
        <translation>Vor dem Ende zurückgesetzt.</translation>
    </message>
    <message>
        <source>There is no practice session to save.</source>
        <translation>Es gibt keine Übungssitzung zum Speichern.</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::TimerPanel</name>
    <message>
        <source>&amp;Plan:</source>
        <translation>Pl&amp;an:</translation>
    </message>
    <message>
        <source>Timer plan</source>
        <translation>Timer-Plan</translation>
    </message>
    <message>
        <source>Save as Preset…</source>
        <translation>Als Vorlage speichern…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Timer notice</source>
        <translation>Timer-Hinweis</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>+1 &amp;Minute</source>
        <translation>+1 &amp;Minute</translation>
    </message>
    <message>
        <source>Ne&amp;xt Phase</source>
        <translation>&amp;Nächste Phase</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>St&amp;opp</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Wie lief es?</translation>
    </message>
    <message>
        <source>Your rating:</source>
        <translation>Ihre Bewertung:</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Great</source>
        <translation>Sehr gut</translation>
    </message>
    <message>
        <source>Rate %1 of 5</source>
        <translation>Mit %1 von 5 bewerten</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Sitzungsnotizen</translation>
    </message>
    <message>
        <source>What went well, what to tighten next time…</source>
        <translation>Was gut lief, was Sie beim nächsten Mal straffen…</translation>
    </message>
    <message>
        <source>Save to &amp;Practice Log</source>
        <translation>Im Übungsproto&amp;koll speichern</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (eigene)</translation>
    </message>
    <message>
        <source>%1 · %2 left in this phase</source>
        <translation>%1 · noch %2 in dieser Phase</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>als Nächstes: %1</translation>
    </message>
    <message>
        <source>last phase</source>
        <translation>letzte Phase</translation>
    </message>
    <message>
        <source>Stopwatch</source>
        <translation>Stoppuhr</translation>
    </message>
    <message>
        <source>no limit: counts up until you stop</source>
        <translation>ohne Limit: zählt hoch, bis Sie stoppen</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>%1 (mine)</source>
        <translation>%1 (eigene)</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>Die Vorlage &quot;%1&quot; löschen?</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
</context>
<context>
    <name>Starloop::Practice::MockLoopPlanner</name>
    <message>
        <source>Introductions</source>
        <translation>Vorstellung</translation>
    </message>
    <message>
        <source>Story %1</source>
        <translation>Geschichte %1</translation>
    </message>
    <message>
        <source>Your questions</source>
        <translation>Ihre Fragen</translation>
    </message>
    <message>
        <source>Bar raiser</source>
        <translation>Bar Raiser</translation>
    </message>
    <message>
        <source>Behavioral round</source>
        <translation>Verhaltensrunde</translation>
    </message>
    <message>
        <source>Phone screen</source>
        <translation>Telefoninterview</translation>
    </message>
    <message>
        <source>Onsite loop</source>
        <translation>Onsite-Loop</translation>
    </message>
    <message>
        <source>Coding 1</source>
        <translation>Programmieren 1</translation>
    </message>
    <message>
        <source>Coding 2</source>
        <translation>Programmieren 2</translation>
    </message>
    <message>
        <source>System design</source>
        <translation>Systemdesign</translation>
    </message>
    <message>
        <source>Behavioral %1</source>
        <translation>Verhaltensrunde %1</translation>
    </message>
</context>
<context>
    <name>Starloop::Practice::TimerPlan</name>
    <message>
        <source>Leadership answer (4 min)</source>
        <translation>Leadership-Antwort (4 Min.)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Coding round (45 min)</source>
        <translation>Programmierrunde (45 Min.)</translation>
    </message>
    <message>
        <source>Clarify</source>
        <translation>Klären</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Ansatz</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>System design (60 min)</source>
        <translation>Systemdesign (60 Min.)</translation>
    </message>
    <message>
        <source>Clarify requirements</source>
        <translation>Anforderungen klären</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Abschätzen</translation>
    </message>
    <message>
        <source>High-level design</source>
        <translation>Grobentwurf</translation>
    </message>
    <message>
        <source>Deep dive</source>
        <translation>Vertiefung</translation>
    </message>
    <message>
        <source>System design (45 min)</source>
        <translation>Systemdesign (45 Min.)</translation>
    </message>
    <message>
        <source>Phone screen (60 min)</source>
        <translation>Telefoninterview (60 Min.)</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Vorstellung</translation>
    </message>
    <message>
        <source>Behavioral</source>
        <translation>Verhaltensfragen</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Programmieren</translation>
    </message>
    <message>
        <source>Your questions</source>
        <translation>Ihre Fragen</translation>
    </message>
    <message>
        <source>Stopwatch</source>
        <translation>Stoppuhr</translation>
    </message>
</context>
<context>
    <name>Starloop::Stories::LoopPlanner</name>
    <message>
        <source>Hiring manager</source>
        <translation>Hiring Manager</translation>
    </message>
    <message>
        <source>Coding 1</source>
        <translation>Programmieren 1</translation>
    </message>
    <message>
        <source>Coding 2</source>
        <translation>Programmieren 2</translation>
    </message>
    <message>
        <source>System design</source>
        <translation>Systemdesign</translation>
    </message>
    <message>
        <source>Bar raiser</source>
        <translation>Bar Raiser</translation>
    </message>
    <message>
        <source>The loop plan is not valid JSON.</source>
        <translation>Der Loop-Plan ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The loop plan has no version.</source>
        <translation>Der Loop-Plan hat keine Version.</translation>
    </message>
    <message>
        <source>The loop plan was saved by a newer Starloop (format %1).</source>
        <translation>Der Loop-Plan wurde von einer neueren Starloop-Version gespeichert (Format %1).</translation>
    </message>
    <message numerus="yes">
        <source>A loop plan has at most %n round(s).</source>
        <translation>
            <numerusform>Ein Loop-Plan hat höchstens %n Runde.</numerusform>
            <numerusform>Ein Loop-Plan hat höchstens %n Runden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every round of the loop plan needs a name.</source>
        <translation>Jede Runde des Loop-Plans braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>Starloop::Stories::StoryChecks</name>
    <message>
        <source>1 word</source>
        <translation>1 Wort</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 Wörter</translation>
    </message>
    <message>
        <source>About %1 to tell (%2 at %3 words a minute).</source>
        <translation>Etwa %1 Erzählzeit (%2 bei %3 Wörtern pro Minute).</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Sprechzeit</translation>
    </message>
    <message>
        <source>Nothing to tell yet; aim for 2–4 minutes.</source>
        <translation>Noch nichts zu erzählen; Ziel sind 2–4 Minuten.</translation>
    </message>
    <message>
        <source>Too short for 2–4 minutes: add detail to the Action and Result.</source>
        <translation>Zu kurz für 2–4 Minuten: Ergänzen Sie Details bei Action und Result.</translation>
    </message>
    <message>
        <source>Longer than 4 minutes: trim the Situation and keep the Action.</source>
        <translation>Länger als 4 Minuten: Kürzen Sie die Situation und behalten Sie die Action.</translation>
    </message>
    <message>
        <source>Within 2–4 minutes.</source>
        <translation>Innerhalb von 2–4 Minuten.</translation>
    </message>
    <message>
        <source>Quantified result</source>
        <translation>Ergebnis mit Zahlen</translation>
    </message>
    <message>
        <source>Write the Result, with a number: %, money, time saved.</source>
        <translation>Schreiben Sie das Result, mit einer Zahl: %, Geld, eingesparte Zeit.</translation>
    </message>
    <message>
        <source>The Result has a number in it.</source>
        <translation>Das Result enthält eine Zahl.</translation>
    </message>
    <message>
        <source>The Result has no number: say how much (%, money, time, customers).</source>
        <translation>Das Result enthält keine Zahl: Sagen Sie, wie viel (%, Geld, Zeit, Kunden).</translation>
    </message>
    <message>
        <source>“I” %1 times, “we” %2 times.</source>
        <translation>„I“ %1-mal, „we“ %2-mal.</translation>
    </message>
    <message>
        <source>I versus we</source>
        <translation>„I“ oder „we“</translation>
    </message>
    <message>
        <source>Write the Action: what you did, in the first person.</source>
        <translation>Schreiben Sie die Action: was Sie getan haben, in der Ich-Form.</translation>
    </message>
    <message>
        <source>The Action never says who acted: say what “I” did.</source>
        <translation>Die Action sagt nie, wer gehandelt hat: Beschreiben Sie, was Sie („I“) getan haben.</translation>
    </message>
    <message>
        <source>Say more about what you did yourself.</source>
        <translation>Beschreiben Sie genauer, was Sie selbst getan haben.</translation>
    </message>
    <message>
        <source>Your part is clear.</source>
        <translation>Ihr Anteil ist klar.</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>STAR parts</source>
        <translation>STAR-Teile</translation>
    </message>
    <message>
        <source>Situation, Task, Action and Result are all there.</source>
        <translation>Situation, Task, Action und Result sind alle vorhanden.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Fehlt: %1.</translation>
    </message>
    <message>
        <source>S %1% · T %2% · A %3% · R %4%</source>
        <translation>S %1 % · T %2 % · A %3 % · R %4 %</translation>
    </message>
    <message>
        <source>Proportions</source>
        <translation>Anteile</translation>
    </message>
    <message>
        <source>Nothing to measure yet; aim for S 20% · T 15% · A 50% · R 15%.</source>
        <translation>Noch nichts zu messen; Ziel: S 20 % · T 15 % · A 50 % · R 15 %.</translation>
    </message>
    <message>
        <source>%1 is %2%; aim for about %3%.</source>
        <translation>%1 hat %2 %; Ziel sind etwa %3 %.</translation>
    </message>
    <message>
        <source>Close to 20 · 15 · 50 · 15.</source>
        <translation>Nahe an 20 · 15 · 50 · 15.</translation>
    </message>
    <message>
        <source>Recency</source>
        <translation>Aktualität</translation>
    </message>
    <message>
        <source>Add when it happened (YYYY-MM) to judge how recent it is.</source>
        <translation>Geben Sie an, wann es passiert ist (JJJJ-MM), um die Aktualität zu beurteilen.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write YYYY-MM or YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie JJJJ-MM oder JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>That date is in the future.</source>
        <translation>Dieses Datum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>About %1 years ago; interviewers prefer stories from the last two years.</source>
        <translation>Vor etwa %1 Jahren; Interviewer bevorzugen Geschichten aus den letzten zwei Jahren.</translation>
    </message>
    <message>
        <source>1 month ago: recent enough.</source>
        <translation>Vor 1 Monat: aktuell genug.</translation>
    </message>
    <message>
        <source>%1 months ago: recent enough.</source>
        <translation>Vor %1 Monaten: aktuell genug.</translation>
    </message>
    <message>
        <source>Failure story</source>
        <translation>Geschichte über einen Misserfolg</translation>
    </message>
    <message>
        <source>Your stories include a failure and what you learned.</source>
        <translation>Ihre Geschichten enthalten einen Misserfolg und was Sie daraus gelernt haben.</translation>
    </message>
    <message>
        <source>None of your stories tells of a failure yet; interviewers ask for one.</source>
        <translation>Noch keine Ihrer Geschichten erzählt von einem Misserfolg; Interviewer fragen danach.</translation>
    </message>
    <message>
        <source>Short version</source>
        <translation>Kurzfassung</translation>
    </message>
    <message>
        <source>Write a 30–60 second telling (about 70–140 words).</source>
        <translation>Schreiben Sie eine 30–60-Sekunden-Version (etwa 70–140 Wörter).</translation>
    </message>
    <message>
        <source>The short version takes about %1; aim for 0:30–1:00.</source>
        <translation>Die Kurzfassung dauert etwa %1; Ziel: 0:30–1:00.</translation>
    </message>
    <message>
        <source>The short version takes about %1.</source>
        <translation>Die Kurzfassung dauert etwa %1.</translation>
    </message>
</context>
<context>
    <name>Starloop::Stories::StoryExport</name>
    <message>
        <source>Untitled story</source>
        <translation>Unbenannte Geschichte</translation>
    </message>
    <message>
        <source>Starloop stories</source>
        <translation>Starloop-Geschichten</translation>
    </message>
    <message>
        <source>Exported %1 · stories: %2</source>
        <translation>Exportiert am %1 · Geschichten: %2</translation>
    </message>
    <message>
        <source>about %1 to tell</source>
        <translation>etwa %1 Erzählzeit</translation>
    </message>
    <message>
        <source>Also shows:</source>
        <translation>Zeigt außerdem:</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>Short version</source>
        <translation>Kurzfassung</translation>
    </message>
    <message>
        <source>Questions it answers</source>
        <translation>Beantwortete Fragen</translation>
    </message>
    <message>
        <source>see %1</source>
        <translation>siehe %1</translation>
    </message>
    <message>
        <source>Also told for this principle:</source>
        <translation>Ebenfalls für dieses Prinzip erzählt:</translation>
    </message>
    <message>
        <source>No story yet.</source>
        <translation>Noch keine Geschichte.</translation>
    </message>
    <message>
        <source>Not yet tagged</source>
        <translation>Noch keinem Prinzip zugeordnet</translation>
    </message>
</context>
</TS>
