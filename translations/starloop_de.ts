<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ArchitectureReview</name>
    <message>
        <source>Single point of failure</source>
        <translation>Single Point of Failure</translation>
    </message>
    <message>
        <source>Data store in one zone</source>
        <translation>Datenspeicher in nur einer Zone</translation>
    </message>
    <message>
        <source>No replica or backup</source>
        <translation>Kein Replikat und keine Sicherung</translation>
    </message>
    <message>
        <source>Service in one zone</source>
        <translation>Dienst in nur einer Zone</translation>
    </message>
    <message>
        <source>Fleet without a load balancer</source>
        <translation>Flotte ohne Load Balancer</translation>
    </message>
    <message>
        <source>Load balancer with one target</source>
        <translation>Load Balancer mit nur einem Ziel</translation>
    </message>
    <message>
        <source>Cross-Region call on the request path</source>
        <translation>Regionsübergreifender Aufruf im Anfragepfad</translation>
    </message>
    <message>
        <source>Queue without a dead-letter path</source>
        <translation>Warteschlange ohne Dead-Letter-Pfad</translation>
    </message>
    <message>
        <source>Queue nobody reads</source>
        <translation>Warteschlange, die niemand liest</translation>
    </message>
    <message>
        <source>Data store not private</source>
        <translation>Datenspeicher nicht privat</translation>
    </message>
    <message>
        <source>Clients reach a data store</source>
        <translation>Clients erreichen einen Datenspeicher</translation>
    </message>
    <message>
        <source>Read path without a cache</source>
        <translation>Lesepfad ohne Cache</translation>
    </message>
    <message>
        <source>Cache with nothing behind it</source>
        <translation>Cache ohne Datenquelle dahinter</translation>
    </message>
    <message>
        <source>API without identity</source>
        <translation>API ohne Identitätsprüfung</translation>
    </message>
    <message>
        <source>No monitoring</source>
        <translation>Keine Überwachung</translation>
    </message>
    <message>
        <source>Monitoring watches nothing</source>
        <translation>Überwachung ohne Ziel</translation>
    </message>
    <message>
        <source>Unlabelled edge on the request path</source>
        <translation>Unbeschriftete Kante im Anfragepfad</translation>
    </message>
    <message>
        <source>Component connected to nothing</source>
        <translation>Komponente ohne Verbindung</translation>
    </message>
    <message>
        <source>No clients</source>
        <translation>Keine Clients</translation>
    </message>
</context>
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
    <message>
        <source>%1: the field &quot;waypoints&quot; is not a list.</source>
        <translation>%1: Das Feld &quot;waypoints&quot; ist keine Liste.</translation>
    </message>
    <message>
        <source>%1 has %2 bend points; at most %3 are kept.</source>
        <translation>%1 hat %2 Knickpunkte; höchstens %3 werden behalten.</translation>
    </message>
    <message>
        <source>%1 has a bend point that is not a pair of numbers.</source>
        <translation>%1 hat einen Knickpunkt, der kein Zahlenpaar ist.</translation>
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
    <message>
        <source>The diagrams could not be read</source>
        <translation>Die Diagramme konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The diagram %1 could not be imported</source>
        <translation>Das Diagramm %1 konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>Diagram %1: the link to question %2 was skipped.</source>
        <translation>Diagramm %1: Die Verknüpfung mit Frage %2 wurde übersprungen.</translation>
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
    <name>DismissalRepository</name>
    <message>
        <source>A dismissal needs a rule and a reason, such as &quot;accepted: cost&quot;.</source>
        <translation>Zum Verwerfen eines Befunds sind eine Regel und ein Grund nötig, etwa &quot;akzeptiert: Kosten&quot;.</translation>
    </message>
    <message>
        <source>The dismissed findings could not be read</source>
        <translation>Die verworfenen Befunde konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The dismissal could not be saved</source>
        <translation>Das Verwerfen konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The diagram no longer exists.</source>
        <translation>Das Diagramm existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The finding could not be restored</source>
        <translation>Der Befund konnte nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>DrillRepository</name>
    <message>
        <source>A rating is 1 (again) to 4 (easy).</source>
        <translation>Eine Bewertung reicht von 1 (Nochmal) bis 4 (Einfach).</translation>
    </message>
    <message>
        <source>The drill could not be saved</source>
        <translation>Die Abrufübung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The diagram no longer exists.</source>
        <translation>Das Diagramm existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The drill schedule could not be read</source>
        <translation>Der Plan der Abrufübung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The drills due could not be read</source>
        <translation>Die fälligen Abrufübungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The drill schedule could not be removed</source>
        <translation>Der Plan der Abrufübung konnte nicht entfernt werden</translation>
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
    <message numerus="yes">
        <source>Exported to %1 with %n recording(s)</source>
        <translation>
            <numerusform>Nach %1 exportiert, mit %n Aufnahme</numerusform>
            <numerusform>Nach %1 exportiert, mit %n Aufnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked recording(s) left out: missing, or outside the recordings folder</source>
        <translation>
            <numerusform>%n verknüpfte Aufnahme ausgelassen: fehlt oder liegt außerhalb des Aufnahmeordners</numerusform>
            <numerusform>%n verknüpfte Aufnahmen ausgelassen: fehlen oder liegen außerhalb des Aufnahmeordners</numerusform>
        </translation>
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
    <message>
        <source>The title names a template of New Diagram (its id, e.g. news-feed, or its title), not one of your diagrams.</source>
        <translation>Der Titel bezeichnet eine Vorlage von „Neues Diagramm“ (ihre ID, z. B. news-feed, oder ihren Titel), nicht eines Ihrer Diagramme.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Merge a JSON export into the database (--dry-run to preview).</source>
        <translation>Einen JSON-Export in die Datenbank übernehmen (--dry-run für eine Vorschau).</translation>
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
    <name>PlanCommand</name>
    <message>
        <source>Print the study plan from today to the loop date.</source>
        <translation>Den Lernplan von heute bis zum Loop-Termin ausgeben.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Set the loop date (YYYY-MM-DD, an onsite; phone-screen:YYYY-MM-DD for a phone screen). Repeat for several; replaces the dates kept.</source>
        <translation>Den Loop-Termin festlegen (JJJJ-MM-TT für einen Onsite-Loop; phone-screen:JJJJ-MM-TT für ein Telefoninterview). Für mehrere wiederholen; ersetzt die gespeicherten Termine.</translation>
    </message>
    <message>
        <source>Set the hours a week you can study.</source>
        <translation>Die Stunden pro Woche festlegen, die Sie lernen können.</translation>
    </message>
    <message>
        <source>Also write the plan to &lt;file&gt; as an iCalendar file.</source>
        <translation>Den Plan zusätzlich als iCalendar-Datei nach &lt;file&gt; schreiben.</translation>
    </message>
    <message>
        <source>Plan as if today were &lt;date&gt; (YYYY-MM-DD).</source>
        <translation>So planen, als wäre heute &lt;date&gt; (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>--today needs a date such as 2026-03-02</source>
        <translation>--today benötigt ein Datum wie 2026-03-02</translation>
    </message>
    <message>
        <source>--loop-date needs a date such as 2026-04-01 or phone-screen:2026-03-02, not &quot;%1&quot;</source>
        <translation>--loop-date benötigt ein Datum wie 2026-04-01 oder phone-screen:2026-03-02, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--hours-per-week needs a number of hours from 0 to 168</source>
        <translation>--hours-per-week benötigt eine Stundenzahl von 0 bis 168</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PlanOutput</name>
    <message>
        <source>phone screen</source>
        <translation>Telefoninterview</translation>
    </message>
    <message>
        <source>onsite loop</source>
        <translation>Onsite-Loop</translation>
    </message>
    <message>
        <source> - a leech: rewrite its note</source>
        <translation> – ein Dauerproblem: Notiz neu schreiben</translation>
    </message>
    <message>
        <source>Readiness on %1 (target recall %2):
</source>
        <translation>Vorbereitungsstand am %1 (Ziel-Abrufquote %2):
</translation>
    </message>
    <message>
        <source>  %1  seen %2 of %3 (%4), recall %5  %6
</source>
        <translation>  %1  gesehen: %2 von %3 (%4), Abrufquote %5  %6
</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>unter dem Ziel</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>The problem list could not be read</source>
        <translation>Die Aufgabenliste konnte nicht gelesen werden</translation>
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
    <name>RenderWindowCommand</name>
    <message>
        <source>Draw the window to a PNG file and check its icons, e.g. render-window window.png.</source>
        <translation>Das Fenster in eine PNG-Datei zeichnen und seine Symbole prüfen, z. B. render-window window.png.</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>Die zu schreibende PNG-Datei.</translation>
    </message>
    <message>
        <source>questions, stories, diagrams or practice.</source>
        <translation>questions, stories, diagrams oder practice.</translation>
    </message>
    <message>
        <source>The window&apos;s size, e.g. 1280x820.</source>
        <translation>Die Größe des Fensters, z. B. 1280x820.</translation>
    </message>
    <message>
        <source>render-window needs the PNG file to write, e.g. render-window window.png</source>
        <translation>render-window benötigt die zu schreibende PNG-Datei, z. B. render-window window.png</translation>
    </message>
    <message>
        <source>--workspace is one of %1; --size is WIDTHxHEIGHT, e.g. 1280x820</source>
        <translation>--workspace ist eines von %1; --size ist BREITExHÖHE, z. B. 1280x820</translation>
    </message>
    <message>
        <source>Drawing the window needs a QApplication.</source>
        <translation>Zum Zeichnen des Fensters wird eine QApplication benötigt.</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 x %3); %4 of %5 workspace icons drawn.</source>
        <translation>%1 geschrieben (%2 x %3); %4 von %5 Arbeitsbereichssymbolen gezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n icon(s) are blank: Qt&apos;s SVG plugins are missing (install qt6-svg-plugins or libqt6svg6).</source>
        <translation>
            <numerusform>%n Symbol ist leer: Die SVG-Plugins von Qt fehlen (installieren Sie qt6-svg-plugins oder libqt6svg6).</numerusform>
            <numerusform>%n Symbole sind leer: Die SVG-Plugins von Qt fehlen (installieren Sie qt6-svg-plugins oder libqt6svg6).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDiagramCommand</name>
    <message>
        <source>Review of &quot;%1&quot;: %2 error(s), %3 warning(s), %4 advice</source>
        <translation>Prüfung von &quot;%1&quot;: Fehler: %2, Warnungen: %3, Hinweise: %4</translation>
    </message>
    <message>
        <source>see %1</source>
        <translation>siehe %1</translation>
    </message>
    <message>
        <source>dismissed %1 %2: %3</source>
        <translation>verworfen %1 %2: %3</translation>
    </message>
    <message>
        <source>Review a diagram as an interviewer would, e.g. review-diagram &quot;URL shortener&quot; --json.</source>
        <translation>Ein Diagramm prüfen, wie es ein Interviewer tun würde, z. B. review-diagram &quot;URL shortener&quot; --json.</translation>
    </message>
    <message>
        <source>The diagram&apos;s title (exact, or ignoring case), or a reference template&apos;s id or title.</source>
        <translation>Der Titel des Diagramms (exakt oder ohne Beachtung der Groß-/Kleinschreibung) oder die ID oder der Titel einer Referenzvorlage.</translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>Die Befunde als JSON ausgeben.</translation>
    </message>
    <message>
        <source>review-diagram needs one diagram title, e.g. review-diagram &quot;URL shortener&quot;</source>
        <translation>review-diagram benötigt einen Diagrammtitel, z. B. review-diagram &quot;URL shortener&quot;</translation>
    </message>
</context>
<context>
    <name>ReviewHistory</name>
    <message>
        <source>The review history could not be read</source>
        <translation>Der Wiederholungsverlauf konnte nicht gelesen werden</translation>
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
    <name>Starloop::Bank::BankSync</name>
    <message>
        <source>The question bank could not be updated</source>
        <translation>Die Fragensammlung konnte nicht aktualisiert werden</translation>
    </message>
</context>
<context>
    <name>Starloop::Catalog</name>
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
    <message>
        <source>Arrays &amp; hashing</source>
        <translation>Arrays &amp; Hashing</translation>
    </message>
    <message>
        <source>Two pointers</source>
        <translation>Zwei Zeiger</translation>
    </message>
    <message>
        <source>Sliding window</source>
        <translation>Gleitendes Fenster</translation>
    </message>
    <message>
        <source>Stack &amp; monotonic stack</source>
        <translation>Stack &amp; monotoner Stack</translation>
    </message>
    <message>
        <source>Binary search</source>
        <translation>Binäre Suche</translation>
    </message>
    <message>
        <source>Linked list</source>
        <translation>Verkettete Liste</translation>
    </message>
    <message>
        <source>Trees</source>
        <translation>Bäume</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tries</translation>
    </message>
    <message>
        <source>Heap &amp; priority queue</source>
        <translation>Heap &amp; Prioritätswarteschlange</translation>
    </message>
    <message>
        <source>Backtracking</source>
        <translation>Backtracking</translation>
    </message>
    <message>
        <source>Graphs</source>
        <translation>Graphen</translation>
    </message>
    <message>
        <source>Advanced graphs</source>
        <translation>Fortgeschrittene Graphen</translation>
    </message>
    <message>
        <source>1-D dynamic programming</source>
        <translation>Dynamische Programmierung (1D)</translation>
    </message>
    <message>
        <source>2-D dynamic programming</source>
        <translation>Dynamische Programmierung (2D)</translation>
    </message>
    <message>
        <source>Greedy</source>
        <translation>Greedy-Algorithmen</translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Math &amp; geometry</source>
        <translation>Mathematik &amp; Geometrie</translation>
    </message>
    <message>
        <source>Bit manipulation</source>
        <translation>Bitmanipulation</translation>
    </message>
    <message>
        <source>Concurrency &amp; class design</source>
        <translation>Nebenläufigkeit &amp; Klassenentwurf</translation>
    </message>
</context>
<context>
    <name>Starloop::Coding::AttemptRepository</name>
    <message>
        <source>The attempt could not be created</source>
        <translation>Der Versuch konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>The new attempt could not be read back.</source>
        <translation>Der neue Versuch konnte nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>The attempt could not be saved</source>
        <translation>Der Versuch konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The attempt no longer exists; it may have been deleted.</source>
        <translation>Der Versuch existiert nicht mehr; vielleicht wurde er gelöscht.</translation>
    </message>
    <message>
        <source>The attempt could not be loaded</source>
        <translation>Der Versuch konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>The attempts could not be listed</source>
        <translation>Die Versuche konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>The attempt could not be deleted</source>
        <translation>Der Versuch konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The attempts could not be read</source>
        <translation>Die Versuche konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The attempt %1 could not be imported</source>
        <translation>Der Versuch %1 konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>Attempt %1 was skipped: this database has no question %2.</source>
        <translation>Versuch %1 wurde übersprungen: Diese Datenbank hat keine Frage %2.</translation>
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
    <name>Starloop::Coding::CodingExamples</name>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation>Kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>The examples file must hold a JSON object.</source>
        <translation>Die Beispieldatei muss ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>Case %1 of %2 needs a &quot;call&quot; and an &quot;expected&quot;.</source>
        <translation>Fall %1 von %2 benötigt &quot;call&quot; und &quot;expected&quot;.</translation>
    </message>
</context>
<context>
    <name>Starloop::Coding::Toolchain</name>
    <message>
        <source>not sandboxed: install bubblewrap</source>
        <translation>keine Sandbox: Installieren Sie bubblewrap</translation>
    </message>
    <message>
        <source>not sandboxed: no temporary folder for the check</source>
        <translation>keine Sandbox: kein temporärer Ordner für die Prüfung</translation>
    </message>
    <message>
        <source>not sandboxed: bubblewrap did not start (%1)</source>
        <translation>keine Sandbox: bubblewrap ist nicht gestartet (%1)</translation>
    </message>
    <message>
        <source>not sandboxed: bubblewrap cannot start here (%1)</source>
        <translation>keine Sandbox: bubblewrap kann hier nicht starten (%1)</translation>
    </message>
    <message>
        <source>Running Python examples needs python3, which is not installed.</source>
        <translation>Zum Ausführen von Python-Beispielen wird python3 benötigt, das nicht installiert ist.</translation>
    </message>
    <message>
        <source>Running C++ examples needs g++, which is not installed.</source>
        <translation>Zum Ausführen von C++-Beispielen wird g++ benötigt, das nicht installiert ist.</translation>
    </message>
    <message>
        <source>Running Java examples needs javac (a JDK, e.g. the default-jdk-headless package), which is not installed.</source>
        <translation>Zum Ausführen von Java-Beispielen wird javac benötigt (ein JDK, z. B. das Paket default-jdk-headless), das nicht installiert ist.</translation>
    </message>
    <message>
        <source>Running examples works for Python, C++ and Java; %1 is for writing and diffing.</source>
        <translation>Beispiele lassen sich in Python, C++ und Java ausführen; %1 können Sie nur schreiben und vergleichen.</translation>
    </message>
</context>
<context>
    <name>Starloop::Diagrams::ArchitectureReview</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>What happens to a message from %1 that fails every time? Without a dead-letter queue or a bounded retry path it blocks the consumers or is lost: add a DLQ and an alarm on its depth.</source>
        <translation>Was passiert mit einer Nachricht aus %1, die jedes Mal fehlschlägt? Ohne Dead-Letter-Queue oder begrenzten Wiederholungspfad blockiert sie die Consumer oder geht verloren: Fügen Sie eine DLQ und einen Alarm auf ihre Länge hinzu.</translation>
    </message>
    <message>
        <source>Messages go into %1, but nothing reads them. Who consumes it, and how fast? A queue nobody drains only grows.</source>
        <translation>Nachrichten gehen in %1, aber nichts liest sie. Wer verarbeitet sie, und wie schnell? Eine Warteschlange, die niemand leert, wächst nur.</translation>
    </message>
    <message>
        <source>%1 sits in %2: one security-group mistake and the data is on the internet. Data stores go in private subnets, reached only from the app tier.</source>
        <translation>%1 liegt in %2: Ein Fehler in einer Sicherheitsgruppe, und die Daten sind im Internet. Datenspeicher gehören in private Subnetze, erreichbar nur aus der Anwendungsschicht.</translation>
    </message>
    <message>
        <source>%1 is in the VPC but in no subnet. Show it in a private subnet, so it is clear nothing on the internet can reach it.</source>
        <translation>%1 liegt in der VPC, aber in keinem Subnetz. Zeigen Sie %1 in einem privaten Subnetz, damit klar ist, dass nichts aus dem Internet darauf zugreifen kann.</translation>
    </message>
    <message>
        <source>You drew a VPC, but %1 is outside it. A database or cache belongs in the VPC&apos;s private subnets.</source>
        <translation>Sie haben eine VPC gezeichnet, aber %1 liegt außerhalb. Eine Datenbank oder ein Cache gehört in die privaten Subnetze der VPC.</translation>
    </message>
    <message>
        <source>%1 talks to %2 directly, so the store is open to its callers: no validation, no authorisation, no throttling. Put a service (or an API) in front of it.</source>
        <translation>%1 spricht direkt mit %2, also ist der Speicher für seine Aufrufer offen: keine Validierung, keine Autorisierung, keine Drosselung. Setzen Sie einen Dienst (oder eine API) davor.</translation>
    </message>
    <message>
        <source>Every read of %1 goes all the way to the store. If this path is read-heavy, where is the cache (or CDN), and what is its hit rate?</source>
        <translation>Jeder Lesezugriff von %1 geht bis zum Speicher. Wenn dieser Pfad leseintensiv ist: Wo ist der Cache (oder das CDN), und wie hoch ist seine Trefferquote?</translation>
    </message>
    <message>
        <source>On a miss, where does %1 get its data? No durable store feeds it or sits beside its callers, so a restart loses everything in it.</source>
        <translation>Woher bekommt %1 bei einem Fehlzugriff seine Daten? Kein dauerhafter Speicher versorgt ihn oder steht neben seinen Aufrufern, also verliert ein Neustart alles, was darin liegt.</translation>
    </message>
    <message>
        <source>Who is allowed to call %1? Nothing in the drawing authenticates the callers: add identity (Cognito, IAM, an authoriser on the gateway) in front of the API.</source>
        <translation>Wer darf %1 aufrufen? Nichts in der Zeichnung authentifiziert die Aufrufer: Setzen Sie eine Identitätsprüfung (Cognito, IAM, einen Authorizer am Gateway) vor die API.</translation>
    </message>
    <message>
        <source>How would you know this is broken before the customers tell you? Add monitoring (metrics, logs, alarms) with dashed edges from the services it watches.</source>
        <translation>Woran würden Sie merken, dass etwas kaputt ist, bevor die Kunden es Ihnen sagen? Fügen Sie Überwachung hinzu (Metriken, Logs, Alarme), mit gestrichelten Kanten von den Diensten, die sie beobachtet.</translation>
    </message>
    <message>
        <source>Nothing reports to %1. Draw dashed edges from the services and queues it watches, and say which signal pages someone.</source>
        <translation>Nichts meldet an %1. Zeichnen Sie gestrichelte Kanten von den überwachten Diensten und Warteschlangen, und sagen Sie, welches Signal jemanden alarmiert.</translation>
    </message>
    <message>
        <source>What travels from %1 to %2? Label the edge with the call or the data (&quot;GET /feed&quot;, &quot;enqueue job&quot;): it is how the interviewer follows a request.</source>
        <translation>Was fließt von %1 zu %2? Beschriften Sie die Kante mit dem Aufruf oder den Daten (&quot;GET /feed&quot;, &quot;enqueue job&quot;): So verfolgt der Interviewer eine Anfrage.</translation>
    </message>
    <message>
        <source>%1 is connected to nothing. Either show who calls it and what it calls, or leave it out.</source>
        <translation>%1 ist mit nichts verbunden. Zeigen Sie entweder, wer diese Komponente aufruft und was sie aufruft, oder lassen Sie sie weg.</translation>
    </message>
    <message>
        <source>Who calls this system? Start the drawing with the clients: the review follows requests from them, and so does the interviewer.</source>
        <translation>Wer ruft dieses System auf? Beginnen Sie die Zeichnung mit den Clients: Die Prüfung verfolgt Anfragen von ihnen aus, und der Interviewer tut es auch.</translation>
    </message>
    <message>
        <source>Every request from the clients to %1 goes through the one %2. What happens when that box dies? Run two or more behind a load balancer, in different availability zones.</source>
        <translation>Jede Anfrage von den Clients an %1 läuft über eine einzige Instanz von %2. Was passiert, wenn diese ausfällt? Betreiben Sie zwei oder mehr hinter einem Load Balancer, in verschiedenen Availability Zones.</translation>
    </message>
    <message>
        <source>%1 lives in %2 only. Lose that availability zone and you lose the data: add a standby or a replica in a second zone (Multi-AZ).</source>
        <translation>%1 liegt nur in %2. Fällt diese Availability Zone aus, sind die Daten verloren: Fügen Sie ein Standby oder ein Replikat in einer zweiten Zone hinzu (Multi-AZ).</translation>
    </message>
    <message>
        <source>%1 has no replica, no standby and no backup in the drawing. If its disk fails tonight, what do you restore from? Draw the replica (or say Multi-AZ) and where the backups go.</source>
        <translation>%1 hat in der Zeichnung kein Replikat, kein Standby und keine Sicherung. Wenn heute Nacht seine Festplatte ausfällt, woraus stellen Sie wieder her? Zeichnen Sie das Replikat ein (oder sagen Sie Multi-AZ) und wohin die Sicherungen gehen.</translation>
    </message>
    <message>
        <source>You drew several availability zones, but %1 runs only in %2. Put a copy in each zone so a zone outage leaves capacity behind.</source>
        <translation>Sie haben mehrere Availability Zones gezeichnet, aber %1 läuft nur in %2. Legen Sie in jede Zone eine Kopie, damit bei einem Zonenausfall Kapazität übrig bleibt.</translation>
    </message>
    <message>
        <source>%1 calls %2 directly. Nothing spreads the load or takes a sick instance out of rotation: put a load balancer or an API gateway in between.</source>
        <translation>%1 ruft %2 direkt auf. Nichts verteilt die Last oder nimmt eine kranke Instanz aus der Rotation: Setzen Sie einen Load Balancer oder ein API-Gateway dazwischen.</translation>
    </message>
    <message>
        <source>%1 picks one of %2 copies of %3 itself. Who health-checks them and drains one during a deploy? Put a load balancer in front of the fleet.</source>
        <translation>%1 wählt selbst eine von %2 Kopien von %3. Wer prüft ihren Zustand und nimmt eine während eines Deployments aus dem Betrieb? Setzen Sie einen Load Balancer vor die Flotte.</translation>
    </message>
    <message>
        <source>%1 sends everything to one %2: a load balancer in front of a single server balances nothing. Draw the fleet (an Auto Scaling group across zones).</source>
        <translation>%1 schickt alles an eine einzige Instanz von %2: Ein Load Balancer vor einem einzelnen Server verteilt nichts. Zeichnen Sie die Flotte (eine Auto-Scaling-Gruppe über mehrere Zonen).</translation>
    </message>
    <message>
        <source>A request waits on a call from %1 to %2 in another Region: tens of milliseconds added, and both Regions must be up. Serve it in-Region and replicate asynchronously.</source>
        <translation>Eine Anfrage wartet auf einen Aufruf von %1 an %2 in einer anderen Region: Das kostet zusätzlich einige zehn Millisekunden, und beide Regionen müssen verfügbar sein. Bedienen Sie die Anfrage innerhalb der Region und replizieren Sie asynchron.</translation>
    </message>
    <message>
        <source>The link from %1 to %2 crosses Regions and is drawn as synchronous. If it is replication, draw it dashed: asynchronous.</source>
        <translation>Die Verbindung von %1 zu %2 geht über Regionen hinweg und ist synchron gezeichnet. Wenn es eine Replikation ist, zeichnen Sie sie gestrichelt: asynchron.</translation>
    </message>
</context>
<context>
    <name>Starloop::Diagrams::DiagramSyncRecords</name>
    <message>
        <source>%1 names one diagram or one template</source>
        <translation>%1 nennt genau ein Diagramm oder eine Vorlage</translation>
    </message>
    <message>
        <source>The dismissed findings could not be read</source>
        <translation>Die verworfenen Befunde konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The dismissed finding could not be saved</source>
        <translation>Der verworfene Befund konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>A dismissed finding of a diagram this file does not have was skipped.</source>
        <translation>Ein verworfener Befund eines Diagramms, das diese Datei nicht enthält, wurde übersprungen.</translation>
    </message>
    <message>
        <source>The dismissed finding could not be restored</source>
        <translation>Der verworfene Befund konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>The drill schedules could not be read</source>
        <translation>Die Pläne der Abrufübungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The drill schedule could not be saved</source>
        <translation>Der Plan der Abrufübung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The drill of a diagram this file does not have was skipped.</source>
        <translation>Die Abrufübung eines Diagramms, das diese Datei nicht enthält, wurde übersprungen.</translation>
    </message>
    <message>
        <source>The drill reviews could not be read</source>
        <translation>Die Bewertungen der Abrufübungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The drill review could not be saved</source>
        <translation>Die Bewertung der Abrufübung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>A review of a drill this file does not have was skipped.</source>
        <translation>Eine Bewertung einer Abrufübung, die diese Datei nicht enthält, wurde übersprungen.</translation>
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
    <name>Starloop::Gui::AnswerPane</name>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
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
        <source>Your note</source>
        <translation>Ihre Notiz</translation>
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
        <source>Reference diagram. Diagram ▸ Open Reference Diagram copies it to your diagrams to change and extend.</source>
        <translation>Referenzdiagramm. Diagramm ▸ Referenzdiagramm öffnen kopiert es zu Ihren Diagrammen, damit Sie es ändern und erweitern können.</translation>
    </message>
    <message>
        <source>Reference diagram</source>
        <translation>Referenzdiagramm</translation>
    </message>
    <message>
        <source>Last rating: %1</source>
        <translation>Letzte Bewertung: %1</translation>
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
    <message>
        <source>Today&apos;s backup could not be taken: %1</source>
        <translation>Die heutige Sicherung konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::AttemptDiffDialog</name>
    <message>
        <source>Compare Attempts</source>
        <translation>Versuche vergleichen</translation>
    </message>
    <message>
        <source>Compare this attempt with:</source>
        <translation>Diesen Versuch vergleichen mit:</translation>
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
</context>
<context>
    <name>Starloop::Gui::AttemptsPanel</name>
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
</context>
<context>
    <name>Starloop::Gui::AutoSaver</name>
    <message>
        <source>%1 is not saved yet (%2). It is kept on screen and saving is retried.</source>
        <translation>%1 ist noch nicht gespeichert (%2). Der Inhalt bleibt auf dem Bildschirm, und das Speichern wird erneut versucht.</translation>
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
    <name>Starloop::Gui::ConflictsDialog</name>
    <message>
        <source>Sync Conflicts</source>
        <translation>Sync-Konflikte</translation>
    </message>
    <message>
        <source>These texts were edited on two devices before they synced. The newer edit is in place; the other is kept here for you to compare.</source>
        <translation>Diese Texte wurden auf zwei Geräten bearbeitet, bevor sie abgeglichen wurden. Die neuere Bearbeitung gilt; die andere wird hier zum Vergleichen aufbewahrt.</translation>
    </message>
    <message>
        <source>Conflict copies</source>
        <translation>Konfliktkopien</translation>
    </message>
    <message>
        <source>The kept copy</source>
        <translation>Die aufbewahrte Kopie</translation>
    </message>
    <message>
        <source>The text as it is now</source>
        <translation>Der Text, wie er jetzt ist</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Jetzt:</translation>
    </message>
    <message>
        <source>&amp;Use This Copy</source>
        <translation>Diese Kopie &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>%1 — conflict from %2 at %3</source>
        <translation>%1 — Konflikt von %2 um %3</translation>
    </message>
    <message>
        <source>Kept copy, from %1:</source>
        <translation>Aufbewahrte Kopie, von %1:</translation>
    </message>
    <message>
        <source>(deleted since)</source>
        <translation>(inzwischen gelöscht)</translation>
    </message>
    <message>
        <source>No conflict copies: nothing was edited on two computers at once.</source>
        <translation>Keine Konfliktkopien: Nichts wurde auf zwei Computern zugleich bearbeitet.</translation>
    </message>
    <message>
        <source>Puts this copy&apos;s text in place; the text it replaces is kept as a conflict copy.</source>
        <translation>Setzt den Text dieser Kopie ein; der ersetzte Text wird als Konfliktkopie aufbewahrt.</translation>
    </message>
    <message>
        <source>The copy&apos;s text is in place. The text it replaced is kept in this list as a conflict copy from this computer, so you can swap back.</source>
        <translation>Der Text der Kopie ist eingesetzt. Der ersetzte Text bleibt als Konfliktkopie von diesem Computer in dieser Liste, sodass Sie zurücktauschen können.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::ConnectorDrag</name>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Move Bend Point</source>
        <translation>Knickpunkt verschieben</translation>
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
    <name>Starloop::Gui::CurrentStory</name>
    <message>
        <source>Your STAR stories</source>
        <translation>Ihre STAR-Geschichten</translation>
    </message>
    <message>
        <source>Draft Situation, Task, Action and Result for each story, tag the leadership principles it shows, and see which of the 16 principles still need a story. Press New to start.</source>
        <translation>Entwerfen Sie für jede Geschichte Situation, Task, Action und Result, markieren Sie die Leadership Principles, die sie zeigt, und sehen Sie, welche der 16 Prinzipien noch eine Geschichte brauchen. Klicken Sie auf „Neu“, um zu beginnen.</translation>
    </message>
    <message>
        <source>The story</source>
        <translation>Die Geschichte</translation>
    </message>
    <message>
        <source>The story could not be opened</source>
        <translation>Die Geschichte konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The story&apos;s questions could not be read</source>
        <translation>Die Fragen der Geschichte konnten nicht gelesen werden</translation>
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
    <message>
        <source>Readiness on the loop date</source>
        <translation>Vorbereitungsstand am Loop-Tag</translation>
    </message>
    <message>
        <source>Readiness in four weeks (no loop date set)</source>
        <translation>Vorbereitungsstand in vier Wochen (kein Loop-Termin festgelegt)</translation>
    </message>
    <message>
        <source>Readiness on the loop date, %1</source>
        <translation>Vorbereitungsstand am Loop-Tag, %1</translation>
    </message>
    <message>
        <source>Bars: the recall predicted for that day if you stopped studying now; ◆ where the plan in Today leads. Dashed line: the target of %1% (the desired retention, in Settings). Thin blue bar: the share seen at least once. Stories count toward their principles.%2</source>
        <translation>Balken: die vorhergesagte Abrufquote für diesen Tag, wenn Sie jetzt aufhören zu lernen; ◆ wohin der Plan unter „Heute“ führt. Gestrichelte Linie: das Ziel von %1 % (die gewünschte Abrufquote, in den Einstellungen). Schmaler blauer Balken: der Anteil, der mindestens einmal gesehen wurde. Geschichten zählen zu ihren Prinzipien.%2</translation>
    </message>
    <message>
        <source> Set your loop date in Practice &gt; Today.</source>
        <translation> Legen Sie Ihren Loop-Termin unter Üben &gt; Heute fest.</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::DataActions</name>
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
        <source>Export with Recordings</source>
        <translation>Mit Aufnahmen exportieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1 with %n recording(s)</source>
        <translation>
            <numerusform>Nach %1 exportiert, mit %n Aufnahme</numerusform>
            <numerusform>Nach %1 exportiert, mit %n Aufnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked recording(s) left out: missing, or outside the recordings folder</source>
        <translation>
            <numerusform>%n verknüpfte Aufnahme ausgelassen: fehlt oder liegt außerhalb des Aufnahmeordners</numerusform>
            <numerusform>%n verknüpfte Aufnahmen ausgelassen: fehlen oder liegen außerhalb des Aufnahmeordners</numerusform>
        </translation>
    </message>
    <message>
        <source>Starloop exports (*.json *.zip)</source>
        <translation>Starloop-Exporte (*.json *.zip)</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::DiagramActions</name>
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
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <source>Remove Bend Points</source>
        <translation>Knickpunkte entfernen</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::DiagramDrill</name>
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
        <source>Recall drill</source>
        <translation>Abrufübung</translation>
    </message>
    <message>
        <source>What to recall</source>
        <translation>Was abgerufen wird</translation>
    </message>
    <message>
        <source>Redraw everything</source>
        <translation>Alles neu zeichnen</translation>
    </message>
    <message>
        <source>Fill in the frames</source>
        <translation>Die Rahmen ausfüllen</translation>
    </message>
    <message>
        <source>Draw the connections</source>
        <translation>Die Verbindungen zeichnen</translation>
    </message>
    <message>
        <source>Name the components</source>
        <translation>Die Komponenten benennen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Compare your drawing with the reference</source>
        <translation>Ihre Zeichnung mit der Vorlage vergleichen</translation>
    </message>
    <message>
        <source>End Drill</source>
        <translation>Übung beenden</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Wie lief es?</translation>
    </message>
    <message>
        <source>Redraw the chosen part</source>
        <translation>Den gewählten Teil neu zeichnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recall drill&lt;/b&gt; · %1: redraw what is hidden, then Score.</source>
        <translation>&lt;b&gt;Abrufübung&lt;/b&gt; · %1: Zeichnen Sie das Verborgene neu, dann „Bewerten“.</translation>
    </message>
    <message>
        <source>Nothing is hidden for this choice: pick another.</source>
        <translation>Bei dieser Auswahl ist nichts verborgen: Wählen Sie eine andere.</translation>
    </message>
    <message numerus="yes">
        <source>To recall: %n component(s)</source>
        <translation>
            <numerusform>Abzurufen: %n Komponente</numerusform>
            <numerusform>Abzurufen: %n Komponenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 recalled&lt;/b&gt; (%3 %) · components %4/%5 · connections %6/%7 · placements %8/%9</source>
        <translation>&lt;b&gt;%1 von %2 abgerufen&lt;/b&gt; (%3 %) · Komponenten %4/%5 · Verbindungen %6/%7 · Platzierungen %8/%9</translation>
    </message>
    <message>
        <source>Missed (ghosted in red): %1</source>
        <translation>Verpasst (rot angedeutet): %1</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (empfohlen)</translation>
    </message>
    <message>
        <source>Score the drill before grading it.</source>
        <translation>Bewerten Sie die Übung, bevor Sie sie einstufen.</translation>
    </message>
    <message numerus="yes">
        <source>Graded %1. Next drill: %2 (in %n day(s)).</source>
        <translation>
            <numerusform>Als %1 eingestuft. Nächste Übung: %2 (in %n Tag).</numerusform>
            <numerusform>Als %1 eingestuft. Nächste Übung: %2 (in %n Tagen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>Verpasst: %1</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::DiagramExportController</name>
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
    <name>Starloop::Gui::DiagramTopBar</name>
    <message>
        <source>&amp;Diagram:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Diagramme</translation>
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
</context>
<context>
    <name>Starloop::Gui::DiagramVersionsMenu</name>
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
        <source>No versions kept yet</source>
        <translation>Noch keine Versionen aufbewahrt</translation>
    </message>
    <message>
        <source>Kept versions</source>
        <translation>Aufbewahrte Versionen</translation>
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
        <source>Rename Diagram</source>
        <translation>Diagramm umbenennen</translation>
    </message>
    <message>
        <source>Delete Diagram</source>
        <translation>Diagramm löschen</translation>
    </message>
    <message>
        <source>Keep Version</source>
        <translation>Version aufbewahren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>New Diagram</source>
        <translation>Neues Diagramm</translation>
    </message>
    <message>
        <source>No diagram is open.</source>
        <translation>Kein Diagramm geöffnet.</translation>
    </message>
    <message>
        <source>Link to Question</source>
        <translation>Mit Frage verknüpfen</translation>
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
        <source>The diagram</source>
        <translation>Das Diagramm</translation>
    </message>
    <message>
        <source>The open diagram could not be saved, so it stays open.</source>
        <translation>Das geöffnete Diagramm konnte nicht gespeichert werden und bleibt daher geöffnet.</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Abrufübung</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Show or hide the interviewer&apos;s review of the diagram</source>
        <translation>Die Prüfung des Diagramms durch den Interviewer ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Drill This Diagram</source>
        <translation>Dieses Diagramm üben</translation>
    </message>
    <message>
        <source>Hide part of the diagram (the selection, if any) and redraw it from memory</source>
        <translation>Einen Teil des Diagramms (die Auswahl, falls vorhanden) ausblenden und aus dem Gedächtnis neu zeichnen</translation>
    </message>
    <message>
        <source>Drill: %1</source>
        <translation>Abrufübung: %1</translation>
    </message>
    <message>
        <source>The diagram could not be saved, so the drill did not start.</source>
        <translation>Das Diagramm konnte nicht gespeichert werden, daher wurde die Übung nicht gestartet.</translation>
    </message>
    <message>
        <source>The diagram is empty: draw it first, or drill a reference design.</source>
        <translation>Das Diagramm ist leer: Zeichnen Sie es zuerst oder üben Sie einen Referenzentwurf.</translation>
    </message>
    <message>
        <source>The open diagram could not be saved, so the drill did not start.</source>
        <translation>Das geöffnete Diagramm konnte nicht gespeichert werden, daher wurde die Übung nicht gestartet.</translation>
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
    <message>
        <source> · leech: forgotten again and again, rewrite your note</source>
        <translation> · Dauerproblem: immer wieder vergessen, schreiben Sie Ihre Notiz neu</translation>
    </message>
    <message>
        <source>A leech: reviewing it again rarely helps. Open it and rewrite your note in your own words, or split it into smaller points.</source>
        <translation>Ein Dauerproblem: Erneutes Wiederholen hilft selten. Öffnen Sie es und schreiben Sie Ihre Notiz in eigenen Worten neu oder teilen Sie sie in kleinere Punkte auf.</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::FacetTree</name>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
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
        <source>Coding patterns</source>
        <translation>Programmiermuster</translation>
    </message>
    <message>
        <source>Leadership principles</source>
        <translation>Leadership Principles</translation>
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
        <source>None among these questions</source>
        <translation>Keine unter diesen Fragen</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::FindBar</name>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Find in the answer</source>
        <translation>In der Antwort suchen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
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
    <message>
        <source>&amp;Play Recording…</source>
        <translation>Aufnahme &amp;abspielen…</translation>
    </message>
    <message>
        <source>The recording of this rehearsal with its spoken timings</source>
        <translation>Die Aufnahme dieses Probevortrags mit ihren gesprochenen Zeiten</translation>
    </message>
    <message>
        <source>&amp;Delete Entry…</source>
        <translation>Eintrag &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Compare Takes…</source>
        <translation>Aufnahmen &amp;vergleichen…</translation>
    </message>
    <message>
        <source>This recording beside the take of the same story before it</source>
        <translation>Diese Aufnahme neben der vorherigen Aufnahme derselben Geschichte</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Recording:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aufnahme:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Recording:&lt;/b&gt; %1 &lt;i&gt;(deleted or moved outside Starloop)&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aufnahme:&lt;/b&gt; %1 &lt;i&gt;(außerhalb von Starloop gelöscht oder verschoben)&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Take of %1</source>
        <translation>Aufnahme von %1</translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete the practice log entry “%1”?</source>
        <translation>Den Eintrag „%1“ im Übungsprotokoll löschen?</translation>
    </message>
    <message>
        <source>The entry had a recording, %1. Delete the recording file too?</source>
        <translation>Der Eintrag hatte eine Aufnahme, %1. Die Aufnahmedatei ebenfalls löschen?</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::InterviewerPanel</name>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Ask &amp;Follow-ups</source>
        <translation>&amp;Nachfragen stellen</translation>
    </message>
    <message>
        <source>When your answer is done: the interviewer&apos;s follow-up questions, one at a time</source>
        <translation>Wenn Ihre Antwort fertig ist: die Nachfragen des Interviewers, eine nach der anderen</translation>
    </message>
    <message>
        <source>The interviewer asks</source>
        <translation>Der Interviewer fragt</translation>
    </message>
    <message>
        <source>No follow-up questions for this one yet.</source>
        <translation>Dazu gibt es noch keine Nachfragen.</translation>
    </message>
    <message>
        <source>Which story did you tell this time?</source>
        <translation>Welche Geschichte haben Sie diesmal erzählt?</translation>
    </message>
    <message>
        <source>The other story you told</source>
        <translation>Die andere Geschichte, die Sie erzählt haben</translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation>&amp;Nächste Frage</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <source>Choose the story…</source>
        <translation>Geschichte wählen…</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Unbenannte Geschichte</translation>
    </message>
    <message>
        <source>That was the last follow-up question.</source>
        <translation>Das war die letzte Nachfrage.</translation>
    </message>
    <message>
        <source>Follow-up %1 of %2</source>
        <translation>Nachfrage %1 von %2</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::LoopGoalEditor</name>
    <message>
        <source>&amp;Phone screen on</source>
        <translation>&amp;Telefoninterview am</translation>
    </message>
    <message>
        <source>Phone screen date</source>
        <translation>Datum des Telefoninterviews</translation>
    </message>
    <message>
        <source>&amp;Onsite loop on</source>
        <translation>&amp;Onsite-Loop am</translation>
    </message>
    <message>
        <source>Onsite loop date</source>
        <translation>Datum des Onsite-Loops</translation>
    </message>
    <message>
        <source>&amp;Study time:</source>
        <translation>&amp;Lernzeit:</translation>
    </message>
    <message>
        <source>Hours a week you can study</source>
        <translation>Stunden pro Woche, die Sie lernen können</translation>
    </message>
    <message>
        <source> hours a week</source>
        <translation> Stunden pro Woche</translation>
    </message>
    <message>
        <source>&amp;Plan My Days</source>
        <translation>&amp;Meine Tage planen</translation>
    </message>
    <message>
        <source>The %1 is today: pick a day after today to plan toward.</source>
        <translation>%1: Der Termin ist heute. Wählen Sie einen Tag nach heute als Ziel.</translation>
    </message>
    <message>
        <source>The %1 date, %2, is in the past: pick a day after today.</source>
        <translation>%1: Das Datum %2 liegt in der Vergangenheit. Wählen Sie einen Tag nach heute.</translation>
    </message>
    <message>
        <source>phone screen</source>
        <translation>Telefoninterview</translation>
    </message>
    <message>
        <source>onsite loop</source>
        <translation>Onsite-Loop</translation>
    </message>
    <message>
        <source>Tick the phone screen or the onsite loop, and pick its date.</source>
        <translation>Wählen Sie das Telefoninterview oder den Onsite-Loop aus und legen Sie das Datum fest.</translation>
    </message>
    <message>
        <source>Set the hours a week you can study: with 0 hours nothing can be planned.</source>
        <translation>Legen Sie die Lernstunden pro Woche fest: Mit 0 Stunden lässt sich nichts planen.</translation>
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
    <message>
        <source>My design: %1</source>
        <translation>Mein Entwurf: %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Export with &amp;Recordings…</source>
        <translation>Mit &amp;Aufnahmen exportieren…</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Sync &amp;Conflicts…</source>
        <translation>Sync-&amp;Konflikte…</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Sync-Status</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Choose a folder that Syncthing, Nextcloud, Dropbox or a network share keeps the same on your computers in Settings &gt; Sync first.</source>
        <translation>Wählen Sie zuerst unter Einstellungen &gt; Synchronisieren einen Ordner, den Syncthing, Nextcloud, Dropbox oder eine Netzwerkfreigabe auf Ihren Computern gleich hält.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>&amp;Einstellungen öffnen</translation>
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
    <name>Starloop::Gui::PlaybackView</name>
    <message>
        <source>Recording and spoken timings</source>
        <translation>Aufnahme und gesprochene Zeiten</translation>
    </message>
    <message>
        <source>&lt;h2&gt;How the telling went&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Wie der Vortrag lief&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <source>1.5×</source>
        <translation>1,5×</translation>
    </message>
    <message>
        <source>Play at %1</source>
        <translation>Mit %1 abspielen</translation>
    </message>
    <message>
        <source>Checks on the spoken timings</source>
        <translation>Prüfungen der gesprochenen Zeiten</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>The recording %1 was deleted or moved outside Starloop, so it cannot be played. The practice log entry is kept as it was.</source>
        <translation>Die Aufnahme %1 wurde außerhalb von Starloop gelöscht oder verschoben und kann daher nicht abgespielt werden. Der Eintrag im Übungsprotokoll bleibt unverändert.</translation>
    </message>
    <message>
        <source>Analysing the recording…</source>
        <translation>Aufnahme wird analysiert…</translation>
    </message>
    <message>
        <source>Answer %1 · speaking %2 · silence %3&lt;br&gt;S %4 · T %5 · A %6 · R %7</source>
        <translation>Antwort %1 · Sprechen %2 · Stille %3&lt;br&gt;S %4 · T %5 · A %6 · R %7</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>Play Recording</source>
        <translation>Aufnahme abspielen</translation>
    </message>
    <message>
        <source>This practice session has no recording.</source>
        <translation>Diese Übungseinheit hat keine Aufnahme.</translation>
    </message>
    <message>
        <source>Recording: %1</source>
        <translation>Aufnahme: %1</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::PracticeWorkspace</name>
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
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Heute</translation>
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
    <name>Starloop::Gui::ProblemTable</name>
    <message>
        <source>Problem</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Letzter Versuch</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Your own</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>Nicht versucht</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Passed %1/%2</source>
        <translation>Bestanden: %1/%2</translation>
    </message>
    <message>
        <source>Failed %1/%2</source>
        <translation>Fehlgeschlagen: %1/%2</translation>
    </message>
    <message>
        <source>Did not compile</source>
        <translation>Kompilierfehler</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <source>‹ Questions</source>
        <translation>‹ Fragen</translation>
    </message>
    <message>
        <source>Back to the question list (Esc)</source>
        <translation>Zurück zur Fragenliste (Esc)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coding problems&lt;/b&gt;</source>
        <translation>&lt;b&gt;Programmieraufgaben&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Namen filtern</translation>
    </message>
    <message>
        <source>Filter problems by name</source>
        <translation>Aufgaben nach Namen filtern</translation>
    </message>
    <message>
        <source>Every pattern</source>
        <translation>Alle Muster</translation>
    </message>
    <message>
        <source>Unsolved only</source>
        <translation>Nur ungelöste</translation>
    </message>
    <message>
        <source>Next Unsolved (N)</source>
        <translation>Nächste ungelöste (N)</translation>
    </message>
    <message>
        <source>Coding problems</source>
        <translation>Programmieraufgaben</translation>
    </message>
    <message>
        <source>%1 of %2 problems solved · %3 shown</source>
        <translation>%1 von %2 Aufgaben gelöst · %3 angezeigt</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::QuestionDialog</name>
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
</context>
<context>
    <name>Starloop::Gui::QuestionHeader</name>
    <message>
        <source>Stories and diagrams linked to this question</source>
        <translation>Mit dieser Frage verknüpfte Geschichten und Diagramme</translation>
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
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Write and run your solution in the scratchpad</source>
        <translation>Lösung im Code-Notizblock schreiben und ausführen</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Draw this design on the canvas</source>
        <translation>Diesen Entwurf auf der Zeichenfläche zeichnen</translation>
    </message>
    <message>
        <source>Open Reference Diagram</source>
        <translation>Referenzdiagramm öffnen</translation>
    </message>
    <message>
        <source>Start from a Blank Canvas</source>
        <translation>Mit leerer Zeichenfläche beginnen</translation>
    </message>
    <message>
        <source>Use as a Starting Point</source>
        <translation>Als Ausgangspunkt verwenden</translation>
    </message>
    <message>
        <source>Start a story of your own from the worked example&apos;s structure</source>
        <translation>Eine eigene Geschichte nach der Struktur des ausgearbeiteten Beispiels beginnen</translation>
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
        <source>Pattern: %1</source>
        <translation>Muster: %1</translation>
    </message>
    <message>
        <source>Facts checked %1</source>
        <translation>Fakten geprüft am %1</translation>
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
        <source>Principles:</source>
        <translation>Prinzipien:</translation>
    </message>
    <message>
        <source>Principles: %1</source>
        <translation>Prinzipien: %1</translation>
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
        <source>★ Starred</source>
        <translation>★ Markiert</translation>
    </message>
    <message>
        <source>Rehearse Aloud</source>
        <translation>Laut proben</translation>
    </message>
    <message>
        <source>Answer out loud in the rehearsal studio, with the interviewer&apos;s follow-ups</source>
        <translation>Im Probestudio laut antworten, mit den Nachfragen des Interviewers</translation>
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
    <message numerus="yes">
        <source>Next review in %n day(s)</source>
        <translation>
            <numerusform>Nächste Wiederholung in %n Tag</numerusform>
            <numerusform>Nächste Wiederholung in %n Tagen</numerusform>
        </translation>
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
        <source>My story for: %1</source>
        <translation>Meine Geschichte zu: %1</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::ReadinessChart</name>
    <message>
        <source>Readiness on the loop date</source>
        <translation>Vorbereitungsstand am Loop-Tag</translation>
    </message>
    <message>
        <source>%1: recall %2, seen %3 of %4</source>
        <translation>%1: Abrufquote %2, gesehen %3 von %4</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Leadership principles (questions and stories)</source>
        <translation>Leadership Principles (Fragen und Geschichten)</translation>
    </message>
    <message>
        <source>Nothing to study yet.</source>
        <translation>Noch nichts zu lernen.</translation>
    </message>
    <message>
        <source>recall 100% · seen 100%</source>
        <translation>Abrufquote 100 % · gesehen 100 %</translation>
    </message>
    <message>
        <source>recall %1 · seen %2</source>
        <translation>Abrufquote %1 · gesehen %2</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
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
    <message>
        <source>&lt;p&gt;&lt;i&gt;Answer with one of your stories, in STAR order: Situation, Task, Action, Result. Aim for 2–4 minutes.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Antworten Sie mit einer Ihrer Geschichten in STAR-Reihenfolge: Situation, Task, Action, Result. Ziel: 2–4 Minuten.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rehearse question</source>
        <translation>Frage proben</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Aim for 2–4 minutes · actual %1</source>
        <translation>Ziel 2–4 Minuten · tatsächlich %1</translation>
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
    <name>Starloop::Gui::ReviewPanel</name>
    <message>
        <source>Architecture review</source>
        <translation>Architekturprüfung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review&lt;/b&gt; · no diagram open</source>
        <translation>&lt;b&gt;Prüfung&lt;/b&gt; · kein Diagramm geöffnet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review&lt;/b&gt; · nothing an interviewer would point out</source>
        <translation>&lt;b&gt;Prüfung&lt;/b&gt; · nichts, was ein Interviewer bemängeln würde</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review&lt;/b&gt; · %1 %2 · %3 %4 · %5 %6</source>
        <translation>&lt;b&gt;Prüfung&lt;/b&gt; · %1 %2 · %3 %4 · %5 %6</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advice</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Dismissed&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Verworfen&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>Verworfen: %1</translation>
    </message>
    <message>
        <source>Click to select the items on the canvas</source>
        <translation>Klicken, um die Elemente auf der Zeichenfläche auszuwählen</translation>
    </message>
    <message>
        <source>Why? %1</source>
        <translation>Warum? %1</translation>
    </message>
    <message>
        <source>Open the bank answer: %1</source>
        <translation>Antwort in der Sammlung öffnen: %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <source>Show this finding as open again</source>
        <translation>Diesen Befund wieder als offen anzeigen</translation>
    </message>
    <message>
        <source>Keep this as a deliberate choice, with the reason why</source>
        <translation>Dies als bewusste Entscheidung behalten, mit Begründung</translation>
    </message>
    <message>
        <source>Restore Finding</source>
        <translation>Befund wiederherstellen</translation>
    </message>
    <message>
        <source>Dismiss Finding</source>
        <translation>Befund verwerfen</translation>
    </message>
    <message>
        <source>Why is this a deliberate choice?
%1</source>
        <translation>Warum ist dies eine bewusste Entscheidung?
%1</translation>
    </message>
    <message>
        <source>accepted: </source>
        <translation>akzeptiert: </translation>
    </message>
    <message>
        <source>accepted:</source>
        <translation>akzeptiert:</translation>
    </message>
    <message>
        <source>Say why the finding is a deliberate choice, for example &quot;accepted: cost&quot;.</source>
        <translation>Begründen Sie, warum der Befund eine bewusste Entscheidung ist, etwa &quot;akzeptiert: Kosten&quot;.</translation>
    </message>
    <message>
        <source>No diagram is open.</source>
        <translation>Kein Diagramm geöffnet.</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::RunResultsView</name>
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
        <source>Sandboxed with bubblewrap; %1 ms.</source>
        <translation>In einer Sandbox mit bubblewrap; %1 ms.</translation>
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
    <name>Starloop::Gui::SchedulerSettings</name>
    <message>
        <source>Review scheduling</source>
        <translation>Planung der Wiederholungen</translation>
    </message>
    <message>
        <source>Desired retention</source>
        <translation>Gewünschte Abrufquote</translation>
    </message>
    <message>
        <source>How likely you should still recall a question when it comes back for review. Higher means more reviews.</source>
        <translation>Wie wahrscheinlich Sie eine Frage noch abrufen können sollten, wenn sie zur Wiederholung wiederkommt. Höher bedeutet mehr Wiederholungen.</translation>
    </message>
    <message>
        <source>Desired &amp;retention:</source>
        <translation>Gewünschte &amp;Abrufquote:</translation>
    </message>
    <message>
        <source>&amp;Optimize My Parameters</source>
        <translation>Meine Parameter &amp;optimieren</translation>
    </message>
    <message>
        <source>Fit the scheduler&apos;s 21 FSRS-6 parameters to your own reviews. The fit is only used when it predicts your reviews better.</source>
        <translation>Die 21 FSRS-6-Parameter des Wiederholungsplaners an Ihre eigenen Wiederholungen anpassen. Die Anpassung wird nur verwendet, wenn sie Ihre Wiederholungen besser vorhersagt.</translation>
    </message>
    <message>
        <source>Cancel Fit</source>
        <translation>Anpassung abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Last fit on %1 from %n review(s): %2.</source>
        <translation>
            <numerusform>Letzte Anpassung am %1 aus %n Wiederholung: %2.</numerusform>
            <numerusform>Letzte Anpassung am %1 aus %n Wiederholungen: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>not better, defaults kept</source>
        <translation>nicht besser, Standardwerte beibehalten</translation>
    </message>
    <message>
        <source>Using FSRS-6&apos;s default parameters.</source>
        <translation>Die Standardparameter von FSRS-6 werden verwendet.</translation>
    </message>
    <message>
        <source>%p% · loss %1</source>
        <translation>%p % · Verlust %1</translation>
    </message>
    <message numerus="yes">
        <source>About %1 reviews a day over the next %n days (%2 min a day) for what you have learnt so far.</source>
        <translation>
            <numerusform>Etwa %1 Wiederholungen pro Tag am nächsten Tag (%2 Min. pro Tag) für das bisher Gelernte.</numerusform>
            <numerusform>Etwa %1 Wiederholungen pro Tag in den nächsten %n Tagen (%2 Min. pro Tag) für das bisher Gelernte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fitting to your reviews…</source>
        <translation>Anpassung an Ihre Wiederholungen…</translation>
    </message>
    <message numerus="yes">
        <source>Fitted to %n review(s): loss %1 before, %2 after. The new parameters are adopted.</source>
        <translation>
            <numerusform>An %n Wiederholung angepasst: Verlust vorher %1, nachher %2. Die neuen Parameter werden übernommen.</numerusform>
            <numerusform>An %n Wiederholungen angepasst: Verlust vorher %1, nachher %2. Die neuen Parameter werden übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fitted to %n review(s): loss %1 before, %2 after. Not better, so your parameters are kept.</source>
        <translation>
            <numerusform>An %n Wiederholung angepasst: Verlust vorher %1, nachher %2. Nicht besser, daher bleiben Ihre Parameter erhalten.</numerusform>
            <numerusform>An %n Wiederholungen angepasst: Verlust vorher %1, nachher %2. Nicht besser, daher bleiben Ihre Parameter erhalten.</numerusform>
        </translation>
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
        <source>Run: Python, C++ and Java only</source>
        <translation>Ausführen: nur Python, C++ und Java</translation>
    </message>
    <message>
        <source>Your attempt</source>
        <translation>Ihr Versuch</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::SearchPane</name>
    <message>
        <source>Matching questions</source>
        <translation>Passende Fragen</translation>
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
        <source>▦</source>
        <translation>▦</translation>
    </message>
    <message>
        <source>Coding problems as a table (pattern, level, last attempt, due)</source>
        <translation>Programmieraufgaben als Tabelle (Muster, Stufe, letzter Versuch, fällig)</translation>
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
        <source>a coding pattern, e.g. pattern:sliding-window</source>
        <translation>ein Programmiermuster, z. B. pattern:sliding-window</translation>
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
        <source>☰</source>
        <translation>☰</translation>
    </message>
    <message>
        <source>Recent and saved searches</source>
        <translation>Letzte und gespeicherte Suchen</translation>
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
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>No sync</source>
        <translation>Keine Synchronisierung</translation>
    </message>
    <message>
        <source>Sync Folder</source>
        <translation>Sync-Ordner</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>This &amp;computer&apos;s name:</source>
        <translation>Name dieses &amp;Computers:</translation>
    </message>
    <message>
        <source>A folder that Syncthing, Nextcloud, Dropbox or a network share keeps the same on your computers. Each computer writes only its own files there.</source>
        <translation>Ein Ordner, den Syncthing, Nextcloud, Dropbox oder eine Netzwerkfreigabe auf Ihren Computern gleich hält. Jeder Computer schreibt dort nur seine eigenen Dateien.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Storage &amp;&amp; Sync</source>
        <translation>Speicher &amp;&amp; Sync</translation>
    </message>
    <message>
        <source>The sync folder %1 does not exist.</source>
        <translation>Der Sync-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Create it, or choose the folder your sync tool keeps the same on your computers.</source>
        <translation>Legen Sie ihn an oder wählen Sie den Ordner, den Ihr Sync-Programm auf Ihren Computern abgleicht.</translation>
    </message>
    <message>
        <source>&amp;Create Folder</source>
        <translation>Ordner &amp;anlegen</translation>
    </message>
    <message>
        <source>C&amp;hoose Another</source>
        <translation>Einen anderen &amp;wählen</translation>
    </message>
    <message>
        <source>Could not create %1. Check that you may write there.</source>
        <translation>%1 konnte nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::StoriesWorkspace</name>
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
        <source>New Story</source>
        <translation>Neue Geschichte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The coverage could not be counted</source>
        <translation>Die Abdeckung konnte nicht gezählt werden</translation>
    </message>
    <message>
        <source>&amp;Loop Plan</source>
        <translation>Loop-&amp;Plan</translation>
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
    <name>Starloop::Gui::StoryListPane</name>
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
        <source>Delete Story</source>
        <translation>Geschichte löschen</translation>
    </message>
    <message>
        <source>The story list could not be read</source>
        <translation>Die Liste der Geschichten konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::StorySteps</name>
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
        <source>New Story</source>
        <translation>Neue Geschichte</translation>
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
        <source>Delete Story</source>
        <translation>Geschichte löschen</translation>
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
        <source>Link “%1”</source>
        <translation>„%1“ verknüpfen</translation>
    </message>
    <message>
        <source>Unlink Question</source>
        <translation>Verknüpfung mit Frage aufheben</translation>
    </message>
    <message>
        <source>The question could not be linked</source>
        <translation>Die Frage konnte nicht verknüpft werden</translation>
    </message>
    <message>
        <source>The link could not be removed</source>
        <translation>Die Verknüpfung konnte nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::StudioPanel</name>
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
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>The move being told</source>
        <translation>Der erzählte Schritt</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;%1&lt;/b&gt; to mark the next move: Situation → Task → Action → Result</source>
        <translation>Drücken Sie &lt;b&gt;%1&lt;/b&gt;, um den nächsten Schritt zu markieren: Situation → Task → Action → Result</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Eingangspegel</translation>
    </message>
    <message>
        <source>Recorded time</source>
        <translation>Aufgenommene Zeit</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Aufnehmen</translation>
    </message>
    <message>
        <source>Record yourself telling the story</source>
        <translation>Nehmen Sie sich beim Erzählen der Geschichte auf</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>Use a WAV &amp;File…</source>
        <translation>WAV-&amp;Datei verwenden…</translation>
    </message>
    <message>
        <source>Record from a WAV recording of your answer instead of the microphone</source>
        <translation>Aus einer WAV-Aufnahme Ihrer Antwort statt vom Mikrofon aufnehmen</translation>
    </message>
    <message>
        <source>This rehearsal is not in the practice log, so it cannot be recorded.</source>
        <translation>Dieser Probevortrag ist nicht im Übungsprotokoll und kann daher nicht aufgenommen werden.</translation>
    </message>
    <message>
        <source>Recording as %1.</source>
        <translation>Aufnahme als %1.</translation>
    </message>
    <message>
        <source>Recording from %1 instead of the microphone.</source>
        <translation>Aufnahme aus %1 statt vom Mikrofon.</translation>
    </message>
    <message>
        <source>The recording could not be started</source>
        <translation>Die Aufnahme konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Recording. Tell the story; press %1 at each new move.</source>
        <translation>Aufnahme läuft. Erzählen Sie die Geschichte; drücken Sie bei jedem neuen Schritt %1.</translation>
    </message>
    <message>
        <source>Record from a WAV File</source>
        <translation>Aus einer WAV-Datei aufnehmen</translation>
    </message>
    <message>
        <source>WAV recordings (*.wav)</source>
        <translation>WAV-Aufnahmen (*.wav)</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Es wurde nichts aufgenommen.</translation>
    </message>
    <message>
        <source>The recording failed</source>
        <translation>Die Aufnahme ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The recording could not be linked to the practice log</source>
        <translation>Die Aufnahme konnte nicht mit dem Übungsprotokoll verknüpft werden</translation>
    </message>
    <message>
        <source>Saved %1 (%2, %3).</source>
        <translation>%1 gespeichert (%2, %3).</translation>
    </message>
    <message>
        <source>What was recorded before it is kept.</source>
        <translation>Was davor aufgenommen wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::SyncController</name>
    <message>
        <source>Synced %1; no other device yet</source>
        <translation>Synchronisiert %1; noch kein anderes Gerät</translation>
    </message>
    <message>
        <source>Synced %1 with %2</source>
        <translation>Synchronisiert %1 mit %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n change(s) came in)</source>
        <translation>
            <numerusform> (%n Änderung empfangen)</numerusform>
            <numerusform> (%n Änderungen empfangen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n conflict copy(ies) to look at</source>
        <translation>
            <numerusform>, %n Konfliktkopie zum Ansehen</numerusform>
            <numerusform>, %n Konfliktkopien zum Ansehen</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder cannot be written to, so nothing from here goes out</source>
        <translation>in den Ordner kann nicht geschrieben werden, daher geht von hier nichts hinaus</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Sync this file with %1?

Its data merges with that of every computer syncing there. Choose No for a restored backup or a file for trying things out.</source>
        <translation>Diese Datei mit %1 synchronisieren?

Ihre Daten werden mit denen aller Computer zusammengeführt, die dort synchronisieren. Wählen Sie Nein für eine wiederhergestellte Sicherung oder eine Datei zum Ausprobieren.</translation>
    </message>
    <message>
        <source>This file does not sync (your choice); File &gt; Sync Now syncs it</source>
        <translation>Diese Datei wird nicht synchronisiert (Ihre Wahl); Datei &gt; Jetzt synchronisieren synchronisiert sie</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::TakeComparisonView</name>
    <message>
        <source>Two takes side by side</source>
        <translation>Zwei Aufnahmen nebeneinander</translation>
    </message>
    <message>
        <source>The two takes&apos; figures</source>
        <translation>Die Kennzahlen der beiden Aufnahmen</translation>
    </message>
    <message>
        <source>Analysing the two recordings…</source>
        <translation>Die beiden Aufnahmen werden analysiert…</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>nicht markiert</translation>
    </message>
    <message>
        <source>S %1% · T %2% · A %3% · R %4%</source>
        <translation>S %1 % · T %2 % · A %3 % · R %4 %</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (longest %2)</source>
        <translation>%1 (längste %2)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Sprechen</translation>
    </message>
    <message>
        <source>S / T / A / R</source>
        <translation>S / T / A / R</translation>
    </message>
    <message>
        <source>Long pauses</source>
        <translation>Lange Pausen</translation>
    </message>
    <message>
        <source> (outside 2–4 min)</source>
        <translation> (außerhalb von 2–4 Min.)</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>The second take is nearer the targets.</source>
        <translation>Die zweite Aufnahme liegt näher an den Zielen.</translation>
    </message>
    <message>
        <source>The first take was nearer the targets.</source>
        <translation>Die erste Aufnahme lag näher an den Zielen.</translation>
    </message>
    <message>
        <source>Compare Takes</source>
        <translation>Aufnahmen vergleichen</translation>
    </message>
    <message>
        <source>Both takes need their recording to be compared; one of them was deleted or moved outside Starloop.</source>
        <translation>Zum Vergleichen brauchen beide Aufnahmen ihre Aufnahmedatei; eine davon wurde außerhalb von Starloop gelöscht oder verschoben.</translation>
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
    <name>Starloop::Gui::TodayPanel</name>
    <message>
        <source>phone screen</source>
        <translation>Telefoninterview</translation>
    </message>
    <message>
        <source>onsite loop</source>
        <translation>Onsite-Loop</translation>
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
        <source>Coding problem</source>
        <translation>Programmieraufgabe</translation>
    </message>
    <message>
        <source>STAR story</source>
        <translation>STAR-Geschichte</translation>
    </message>
    <message>
        <source>&amp;Change Dates…</source>
        <translation>Termine ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Export Plan to Calendar…</source>
        <translation>Plan in Kalender &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the plan as an .ics file for your calendar: one event per day to the loop date. Importing it again later updates the days.</source>
        <translation>Den Plan als .ics-Datei für Ihren Kalender speichern: ein Termin pro Tag bis zum Loop-Tag. Ein erneuter Import aktualisiert später die Tage.</translation>
    </message>
    <message>
        <source>Set the day of your phone screen or onsite loop and the hours a week you can study. Starloop then plans every day until then: what to learn, what to review, and mock loops in the last week.</source>
        <translation>Legen Sie den Tag Ihres Telefoninterviews oder Onsite-Loops und die Lernstunden pro Woche fest. Starloop plant dann jeden Tag bis dahin: was Sie lernen, was Sie wiederholen und Probe-Loops in der letzten Woche.</translation>
    </message>
    <message>
        <source>Today&apos;s study plan</source>
        <translation>Lernplan für heute</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Tick what you have done; it stays ticked for the day.</source>
        <translation>Haken Sie ab, was Sie erledigt haben; der Haken bleibt für den Tag.</translation>
    </message>
    <message>
        <source>The plan could not be made</source>
        <translation>Der Plan konnte nicht erstellt werden</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2 (in %n day(s))</source>
        <translation>
            <numerusform>%1 am %2 (in %n Tag)</numerusform>
            <numerusform>%1 am %2 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Today is your %1. Good luck!</source>
        <translation>Heute ist Ihr %1. Viel Erfolg!</translation>
    </message>
    <message>
        <source>Set the next interview here to plan toward it.</source>
        <translation>Legen Sie hier das nächste Interview fest, um darauf hinzuplanen.</translation>
    </message>
    <message>
        <source>When is your loop?</source>
        <translation>Wann ist Ihr Loop?</translation>
    </message>
    <message>
        <source>Your loop date has passed</source>
        <translation>Ihr Loop-Termin ist vorbei</translation>
    </message>
    <message>
        <source>Set the next interview to plan toward.</source>
        <translation>Legen Sie das nächste Interview fest, um darauf hinzuplanen.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) to your %1</source>
        <translation>
            <numerusform>Noch %n Tag bis zu Ihrem %1</numerusform>
            <numerusform>Noch %n Tage bis zu Ihrem %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) planned for %1 were not done. The plan has been made again from today: they are spread over the days left.</source>
        <translation>
            <numerusform>%n für %1 geplante Aufgabe wurde nicht erledigt. Der Plan wurde ab heute neu erstellt: Sie ist auf die verbleibenden Tage verteilt.</numerusform>
            <numerusform>%n für %1 geplante Aufgaben wurden nicht erledigt. Der Plan wurde ab heute neu erstellt: Sie sind auf die verbleibenden Tage verteilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;What will not fit:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Was nicht hineinpasst:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Fällige Wiederholungen</translation>
    </message>
    <message>
        <source>Mock loop rounds</source>
        <translation>Runden des Probe-Loops</translation>
    </message>
    <message>
        <source>New to learn</source>
        <translation>Neu zu lernen</translation>
    </message>
    <message>
        <source>Done earlier today</source>
        <translation>Heute bereits erledigt</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing planned: today is an interview day.</source>
        <translation>Nichts geplant: Heute ist ein Interviewtag.</translation>
    </message>
    <message>
        <source>Nothing planned today: everything is learnt or scheduled later.</source>
        <translation>Heute nichts geplant: Alles ist gelernt oder später eingeplant.</translation>
    </message>
    <message>
        <source>Mock round</source>
        <translation>Proberunde</translation>
    </message>
    <message>
        <source>Predicted recall now: %1%</source>
        <translation>Vorhergesagte Abrufquote jetzt: %1 %</translation>
    </message>
    <message>
        <source>Leech: forgotten again and again. Rewrite the story so it is easier to tell.</source>
        <translation>Dauerproblem: immer wieder vergessen. Schreiben Sie die Geschichte so um, dass sie leichter zu erzählen ist.</translation>
    </message>
    <message>
        <source>Leech: forgotten again and again. Rewrite your note in your own words.</source>
        <translation>Dauerproblem: immer wieder vergessen. Schreiben Sie Ihre Notiz in eigenen Worten neu.</translation>
    </message>
    <message>
        <source>%1  — leech: rewrite the %2</source>
        <translation>%1  — Dauerproblem: %2 neu schreiben</translation>
    </message>
    <message>
        <source>story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Today is an interview day: nothing else is planned.</source>
        <translation>Heute ist ein Interviewtag: Sonst ist nichts geplant.</translation>
    </message>
    <message>
        <source>%1 of %2 min planned for today · %3 min done</source>
        <translation>%1 von %2 Min. für heute geplant · %3 Min. erledigt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>The plan could not be saved to %1: %2</source>
        <translation>Der Plan konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Export Plan to Calendar</source>
        <translation>Plan in Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of the plan saved. Open the file with your calendar to add them.</source>
        <translation>
            <numerusform>%n Tag des Plans gespeichert. Öffnen Sie die Datei mit Ihrem Kalender, um ihn hinzuzufügen.</numerusform>
            <numerusform>%n Tage des Plans gespeichert. Öffnen Sie die Datei mit Ihrem Kalender, um sie hinzuzufügen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::WaveformView</name>
    <message>
        <source>Waveform of the recording</source>
        <translation>Wellenform der Aufnahme</translation>
    </message>
    <message>
        <source>Click to play from there</source>
        <translation>Klicken, um ab dort abzuspielen</translation>
    </message>
    <message>
        <source>T</source>
        <comment>the Task move, on the waveform</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>A</source>
        <comment>the Action move, on the waveform</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>R</source>
        <comment>the Result move, on the waveform</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>No recording</source>
        <translation>Keine Aufnahme</translation>
    </message>
    <message>
        <source>%1 s pause</source>
        <translation>%1 s Pause</translation>
    </message>
    <message>
        <source>S</source>
        <comment>the Situation move, on the waveform</comment>
        <translation>S</translation>
    </message>
</context>
<context>
    <name>Starloop::Gui::Workspace</name>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
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
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
</context>
<context>
    <name>Starloop::Media::EncoderSink</name>
    <message>
        <source>Ogg Opus</source>
        <translation>Ogg Opus</translation>
    </message>
    <message>
        <source>MPEG-4 AAC</source>
        <translation>MPEG-4 AAC</translation>
    </message>
    <message>
        <source>FLAC</source>
        <translation>FLAC</translation>
    </message>
    <message>
        <source>Ogg Vorbis</source>
        <translation>Ogg Vorbis</translation>
    </message>
    <message>
        <source>Saved as WAV: Qt %1 cannot record compressed audio reliably.</source>
        <translation>Als WAV gespeichert: Qt %1 kann komprimiertes Audio nicht zuverlässig aufnehmen.</translation>
    </message>
    <message>
        <source>Saved as WAV: no compressed audio encoder is installed.</source>
        <translation>Als WAV gespeichert: Es ist kein Encoder für komprimiertes Audio installiert.</translation>
    </message>
    <message>
        <source>The audio encoder failed.</source>
        <translation>Der Audio-Encoder ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Starloop::Media::FileAnalysis</name>
    <message>
        <source>The recording %1 is no longer there.</source>
        <translation>Die Aufnahme %1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The recording %1 holds no sound.</source>
        <translation>Die Aufnahme %1 enthält keinen Ton.</translation>
    </message>
    <message>
        <source>The recording %1 could not be decoded: %2</source>
        <translation>Die Aufnahme %1 konnte nicht dekodiert werden: %2</translation>
    </message>
</context>
<context>
    <name>Starloop::Media::InterviewerVoice</name>
    <message>
        <source>No speech engine is installed, so the questions are shown but not spoken (on Debian: qt6-speech-flite-plugin).</source>
        <translation>Es ist keine Sprachausgabe installiert, daher werden die Fragen angezeigt, aber nicht vorgelesen (unter Debian: qt6-speech-flite-plugin).</translation>
    </message>
    <message>
        <source>The speech engine has no voice, so the questions are shown but not spoken.</source>
        <translation>Die Sprachausgabe hat keine Stimme, daher werden die Fragen angezeigt, aber nicht vorgelesen.</translation>
    </message>
    <message>
        <source>The question could not be spoken: %1</source>
        <translation>Die Frage konnte nicht vorgelesen werden: %1</translation>
    </message>
    <message>
        <source>This build of Starloop has no speech (it needs Qt 6 TextToSpeech), so the questions are shown but not spoken.</source>
        <translation>Dieser Build von Starloop hat keine Sprachausgabe (dafür ist Qt 6 TextToSpeech nötig), daher werden die Fragen angezeigt, aber nicht vorgelesen.</translation>
    </message>
</context>
<context>
    <name>Starloop::Media::MediaSupport</name>
    <message>
        <source>WAV</source>
        <translation>WAV</translation>
    </message>
</context>
<context>
    <name>Starloop::Media::MicrophoneSource</name>
    <message>
        <source>No microphone was found. Connect one, or rehearse without recording.</source>
        <translation>Es wurde kein Mikrofon gefunden. Schließen Sie eines an oder üben Sie ohne Aufnahme.</translation>
    </message>
    <message>
        <source>The chosen microphone is not connected.</source>
        <translation>Das gewählte Mikrofon ist nicht angeschlossen.</translation>
    </message>
    <message>
        <source>The microphone offers no sound format Starloop can read.</source>
        <translation>Das Mikrofon bietet kein Tonformat, das Starloop lesen kann.</translation>
    </message>
    <message>
        <source>The microphone stopped delivering sound.</source>
        <translation>Das Mikrofon liefert keinen Ton mehr.</translation>
    </message>
    <message>
        <source>The microphone could not be opened: it may be in use by another program.</source>
        <translation>Das Mikrofon konnte nicht geöffnet werden: Möglicherweise wird es von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>The microphone “%1” was disconnected.</source>
        <translation>Die Verbindung zum Mikrofon „%1“ wurde getrennt.</translation>
    </message>
</context>
<context>
    <name>Starloop::Media::Player</name>
    <message>
        <source>The recording %1 is no longer there.</source>
        <translation>Die Aufnahme %1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The recording cannot be played: %1</source>
        <translation>Die Aufnahme kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <source>No sound output was found: connect speakers or headphones to listen.</source>
        <translation>Es wurde keine Tonausgabe gefunden: Schließen Sie Lautsprecher oder Kopfhörer an, um zuzuhören.</translation>
    </message>
</context>
<context>
    <name>Starloop::Media::Recorder</name>
    <message>
        <source>A recording is already running.</source>
        <translation>Es läuft bereits eine Aufnahme.</translation>
    </message>
    <message>
        <source>Choose a microphone or a WAV file to record from.</source>
        <translation>Wählen Sie ein Mikrofon oder eine WAV-Datei als Quelle für die Aufnahme.</translation>
    </message>
    <message>
        <source>Only %1 MB are free on the disk that holds %2: free some space to record.</source>
        <translation>Auf dem Datenträger mit %2 sind nur %1 MB frei: Geben Sie Speicherplatz frei, um aufzunehmen.</translation>
    </message>
    <message>
        <source>Saved as WAV: Qt %1 encodes compressed audio only from a microphone, not from a file.</source>
        <translation>Als WAV gespeichert: Qt %1 kodiert komprimiertes Audio nur von einem Mikrofon, nicht aus einer Datei.</translation>
    </message>
    <message>
        <source>Saved as WAV: the %1 encoder failed (%2).</source>
        <translation>Als WAV gespeichert: Der Encoder für %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>The disk is nearly full: the recording stopped at %1, and what was recorded is kept.</source>
        <translation>Der Datenträger ist fast voll: Die Aufnahme wurde bei %1 beendet; das bisher Aufgenommene bleibt erhalten.</translation>
    </message>
    <message>
        <source>The recording file was deleted while recording: %1</source>
        <translation>Die Aufnahmedatei wurde während der Aufnahme gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>Starloop::Media::WavSink</name>
    <message>
        <source>WAV</source>
        <translation>WAV</translation>
    </message>
</context>
<context>
    <name>Starloop::Portability::DataExport</name>
    <message>
        <source>The export could not read the database: %1</source>
        <translation>Der Export konnte die Datenbank nicht lesen: %1</translation>
    </message>
</context>
<context>
    <name>Starloop::Portability::DataImport</name>
    <message>
        <source>this is not a Starloop export (no &quot;format&quot;: &quot;starloop-export&quot;)</source>
        <translation>dies ist kein Starloop-Export (kein &quot;format&quot;: &quot;starloop-export&quot;)</translation>
    </message>
    <message>
        <source>version must be a whole number</source>
        <translation>version muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>the file was written by a newer Starloop (export version %1; this one reads up to %2)</source>
        <translation>die Datei wurde von einer neueren Starloop-Version geschrieben (Exportversion %1; diese liest bis %2)</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 muss eine Liste sein</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2). Nothing was imported.</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file is not a Starloop export. Nothing was imported.</source>
        <translation>Die Datei ist kein Starloop-Export. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1. Nothing was imported.</source>
        <translation>Die Datei kann nicht importiert werden: %1. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The import failed and was undone</source>
        <translation>Der Import ist fehlgeschlagen und wurde rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>Starloop::Portability::ExportArchive</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is a zip archive but not a Starloop export: it has no %2. Nothing was imported.</source>
        <translation>%1 ist ein Zip-Archiv, aber kein Starloop-Export: %2 fehlt. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 holds a recording with a name Starloop will not write: %2. Nothing was imported.</source>
        <translation>%1 enthält eine Aufnahme mit einem Namen, den Starloop nicht schreibt: %2. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Recordings need a database file to sit beside; this database is in memory.</source>
        <translation>Aufnahmen brauchen eine Datenbankdatei, neben der sie liegen; diese Datenbank liegt nur im Speicher.</translation>
    </message>
    <message>
        <source>The folder for recordings could not be created: %1</source>
        <translation>Der Ordner für Aufnahmen konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Recordings: %1 new, %2 already here</source>
        <translation>Aufnahmen: %1 neu, %2 schon vorhanden</translation>
    </message>
</context>
<context>
    <name>Starloop::Portability::ImportFile</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Starloop::Portability::RecordCheck</name>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1 muss %2 sein</translation>
    </message>
    <message>
        <source>%1[%2] must be text</source>
        <translation>%1[%2] muss Text sein</translation>
    </message>
    <message>
        <source>%1[%2]: unknown value &quot;%3&quot;</source>
        <translation>%1[%2]: unbekannter Wert &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: unknown value &quot;%2&quot;</source>
        <translation>%1: unbekannter Wert &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be %2 to %3</source>
        <translation>%1 muss zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1.section is not one that keeps conflict copies</source>
        <translation>%1.section ist keine Liste, die Konfliktkopien aufbewahrt</translation>
    </message>
</context>
<context>
    <name>Starloop::Portability::ZipReader</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a zip archive, or it is damaged.</source>
        <translation>%1 ist kein Zip-Archiv oder ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 is split over several files, which is not supported.</source>
        <translation>%1 ist auf mehrere Dateien verteilt; das wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>%1 is a Zip64 archive, which is not supported.</source>
        <translation>%1 ist ein Zip64-Archiv; das wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>%1 in %2 is compressed or encrypted; only archives written by Starloop (or stored without compression) can be read.</source>
        <translation>%1 in %2 ist komprimiert oder verschlüsselt; lesbar sind nur Archive, die Starloop geschrieben hat (oder ohne Kompression gespeicherte).</translation>
    </message>
    <message>
        <source>%1 in %2 is cut short.</source>
        <translation>%1 in %2 ist abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 in %2 is too large to read.</source>
        <translation>%1 in %2 ist zu groß zum Lesen.</translation>
    </message>
    <message>
        <source>%1 in %2 is damaged (its checksum does not match).</source>
        <translation>%1 in %2 ist beschädigt (die Prüfsumme stimmt nicht).</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Starloop::Portability::ZipWriter</name>
    <message>
        <source>The archive could not be written: %1</source>
        <translation>Das Archiv konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The archive is already closed.</source>
        <translation>Das Archiv ist bereits geschlossen.</translation>
    </message>
    <message>
        <source>The archive would be larger than 4 GiB or hold too many files; export fewer recordings.</source>
        <translation>Das Archiv würde größer als 4 GiB oder enthielte zu viele Dateien; exportieren Sie weniger Aufnahmen.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being archived.</source>
        <translation>%1 hat sich beim Archivieren geändert.</translation>
    </message>
    <message>
        <source>The archive would be larger than 4 GiB; export fewer recordings.</source>
        <translation>Das Archiv würde größer als 4 GiB; exportieren Sie weniger Aufnahmen.</translation>
    </message>
</context>
<context>
    <name>Starloop::Practice::FsrsOptimizer</name>
    <message>
        <source>Fitting the scheduler to your reviews needs at least %1 reviews; there are %2 so far.</source>
        <translation>Um den Wiederholungsplaner an Ihre Wiederholungen anzupassen, sind mindestens %1 Wiederholungen nötig; bisher sind es %2.</translation>
    </message>
    <message>
        <source>None of the reviews comes a day or more after an earlier one: nothing to fit.</source>
        <translation>Keine der Wiederholungen liegt einen Tag oder mehr nach einer früheren: Es gibt nichts anzupassen.</translation>
    </message>
    <message>
        <source>The fit was cancelled.</source>
        <translation>Die Anpassung wurde abgebrochen.</translation>
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
    <message>
        <source>The questions for a mock loop could not be read</source>
        <translation>Die Fragen für einen Probe-Loop konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Starloop::Practice::PlanCalendar</name>
    <message>
        <source>Learn: %1 (%2 min)</source>
        <translation>Lernen: %1 (%2 Min.)</translation>
    </message>
    <message>
        <source>Review: %1 (%2 min)</source>
        <translation>Wiederholen: %1 (%2 Min.)</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 Min.)</translation>
    </message>
    <message numerus="yes">
        <source>%n to learn</source>
        <translation>
            <numerusform>%n zu lernen</numerusform>
            <numerusform>%n zu lernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mock round(s)</source>
        <translation>
            <numerusform>%n Proberunde</numerusform>
            <numerusform>%n Proberunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Starloop: %1 min (%2)</source>
        <translation>Starloop: %1 Min. (%2)</translation>
    </message>
    <message>
        <source>Interview: phone screen</source>
        <translation>Interview: Telefoninterview</translation>
    </message>
    <message>
        <source>Interview: onsite loop</source>
        <translation>Interview: Onsite-Loop</translation>
    </message>
</context>
<context>
    <name>Starloop::Practice::PracticeLog</name>
    <message>
        <source>&quot;%1&quot; is not a kind of practice session.</source>
        <translation>&quot;%1&quot; ist keine Art von Übungssitzung.</translation>
    </message>
    <message>
        <source>The practice session could not be recorded</source>
        <translation>Die Übungssitzung konnte nicht erfasst werden</translation>
    </message>
    <message>
        <source>The practice session no longer exists.</source>
        <translation>Die Übungssitzung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This practice session was already closed.</source>
        <translation>Diese Übungssitzung wurde bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>A session rating is 1 to 5.</source>
        <translation>Eine Sitzungsbewertung reicht von 1 bis 5.</translation>
    </message>
    <message>
        <source>The practice session could not be saved</source>
        <translation>Die Übungssitzung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The time spent on the practice session could not be saved</source>
        <translation>Die Zeit für die Übungssitzung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Unfinished practice sessions could not be closed</source>
        <translation>Nicht beendete Übungssitzungen konnten nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>The practice session could not be read</source>
        <translation>Die Übungssitzung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The practice log could not be read</source>
        <translation>Das Übungsprotokoll konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The practice log could not be written: %1</source>
        <translation>Das Übungsprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The practice session %1 could not be imported</source>
        <translation>Die Übungssitzung %1 konnte nicht importiert werden</translation>
    </message>
</context>
<context>
    <name>Starloop::Practice::PresetStore</name>
    <message>
        <source>Your timer presets could not be read</source>
        <translation>Ihre Timer-Vorlagen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>A timer preset needs a name.</source>
        <translation>Eine Timer-Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>Two timer presets share the id &quot;%1&quot;.</source>
        <translation>Zwei Timer-Vorlagen haben dieselbe ID &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Your timer presets could not be saved</source>
        <translation>Ihre Timer-Vorlagen konnten nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>Starloop::Practice::ProgressRepository</name>
    <message>
        <source>The practice history could not be read</source>
        <translation>Der Übungsverlauf konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The progress by section could not be counted</source>
        <translation>Der Fortschritt nach Bereich konnte nicht gezählt werden</translation>
    </message>
</context>
<context>
    <name>Starloop::Practice::ReviewRepository</name>
    <message>
        <source>A rating is 1 (again) to 4 (easy).</source>
        <translation>Eine Bewertung reicht von 1 (Nochmal) bis 4 (Einfach).</translation>
    </message>
    <message>
        <source>The review could not be saved</source>
        <translation>Die Wiederholung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The question to rate no longer exists.</source>
        <translation>Die zu bewertende Frage existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The story to rate no longer exists.</source>
        <translation>Die zu bewertende Geschichte existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The questions due for review could not be read</source>
        <translation>Die zur Wiederholung fälligen Fragen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The questions due for review could not be counted</source>
        <translation>Die zur Wiederholung fälligen Fragen konnten nicht gezählt werden</translation>
    </message>
    <message>
        <source>The review state could not be read</source>
        <translation>Der Wiederholungsstand konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The review history could not be read</source>
        <translation>Der Wiederholungsverlauf konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>A review of %1 could not be imported</source>
        <translation>Eine Wiederholung von %1 konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>A review of %1 was skipped (no such item).</source>
        <translation>Eine Wiederholung von %1 wurde übersprungen (kein solcher Eintrag).</translation>
    </message>
</context>
<context>
    <name>Starloop::Practice::SchedulerStore</name>
    <message>
        <source>The scheduler settings could not be read</source>
        <translation>Die Einstellungen des Wiederholungsplaners konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The scheduler settings could not be saved</source>
        <translation>Die Einstellungen des Wiederholungsplaners konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The review schedule could not be brought up to date</source>
        <translation>Der Wiederholungsplan konnte nicht aktualisiert werden</translation>
    </message>
</context>
<context>
    <name>Starloop::Practice::StudyBank</name>
    <message>
        <source>Untitled story</source>
        <translation>Unbenannte Geschichte</translation>
    </message>
    <message>
        <source>The questions and stories to plan could not be read</source>
        <translation>Die zu planenden Fragen und Geschichten konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Starloop::Practice::StudyDayStore</name>
    <message>
        <source>Today&apos;s ticks could not be read</source>
        <translation>Die heutigen Haken konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Today&apos;s ticks could not be saved</source>
        <translation>Die heutigen Haken konnten nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>Starloop::Practice::StudyGoalStore</name>
    <message>
        <source>The loop dates could not be read</source>
        <translation>Die Loop-Termine konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The loop dates could not be saved</source>
        <translation>Die Loop-Termine konnten nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>Starloop::Practice::StudyPlanner</name>
    <message>
        <source>The loop date %1 is not after today; it is left out.</source>
        <translation>Der Loop-Termin %1 liegt nicht nach heute; er wird ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>No loop date after today: the next %n day(s) are planned.</source>
        <translation>
            <numerusform>Kein Loop-Termin nach heute: Der nächste %n Tag wird geplant.</numerusform>
            <numerusform>Kein Loop-Termin nach heute: Die nächsten %n Tage werden geplant.</numerusform>
        </translation>
    </message>
    <message>
        <source>No study time: set the hours a week you can study to plan anything.</source>
        <translation>Keine Lernzeit: Legen Sie die Stunden pro Woche fest, die Sie lernen können, damit etwas geplant werden kann.</translation>
    </message>
    <message>
        <source>stories</source>
        <translation>Geschichten</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) take longer to learn than the %1 minutes a day has.</source>
        <translation>
            <numerusform>%n Eintrag braucht zum Lernen länger als die %1 Minuten pro Tag.</numerusform>
            <numerusform>%n Einträge brauchen zum Lernen länger als die %1 Minuten pro Tag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) will not fit before %1 (%2): about %3 more hours to learn them.</source>
        <translation>
            <numerusform>%n neuer Eintrag passt nicht mehr vor %1 (%2): Zum Lernen wären etwa %3 Stunden mehr nötig.</numerusform>
            <numerusform>%n neue Einträge passen nicht mehr vor %1 (%2): Zum Lernen wären etwa %3 Stunden mehr nötig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due for review find no room before %1.</source>
        <translation>
            <numerusform>%n zur Wiederholung fälliger Eintrag findet vor %1 keinen Platz.</numerusform>
            <numerusform>%n zur Wiederholung fällige Einträge finden vor %1 keinen Platz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mock round(s) find no room in the week before the loop.</source>
        <translation>
            <numerusform>%n Proberunde findet in der Woche vor dem Loop keinen Platz.</numerusform>
            <numerusform>%n Proberunden finden in der Woche vor dem Loop keinen Platz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not covered at %1% predicted recall on %2: %3.</source>
        <translation>Bei %1 % vorhergesagter Abrufquote am %2 nicht abgedeckt: %3.</translation>
    </message>
    <message>
        <source>Mock phone screen</source>
        <translation>Probe-Telefoninterview</translation>
    </message>
    <message>
        <source>Mock coding 1</source>
        <translation>Probe-Programmierrunde 1</translation>
    </message>
    <message>
        <source>Mock coding 2</source>
        <translation>Probe-Programmierrunde 2</translation>
    </message>
    <message>
        <source>Mock system design</source>
        <translation>Probe-Systemdesign</translation>
    </message>
    <message>
        <source>Mock behavioral</source>
        <translation>Probe-Verhaltensrunde</translation>
    </message>
    <message>
        <source>Mock bar raiser</source>
        <translation>Probe-Bar-Raiser</translation>
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
    <message>
        <source>This timer plan cannot be read: %1</source>
        <translation>Dieser Timer-Plan kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>it was written by a newer Starloop or is damaged.</source>
        <translation>Er wurde von einer neueren Starloop-Version geschrieben oder ist beschädigt.</translation>
    </message>
    <message>
        <source>it has no name.</source>
        <translation>Er hat keinen Namen.</translation>
    </message>
    <message>
        <source>its id is not text.</source>
        <translation>Seine ID ist kein Text.</translation>
    </message>
    <message>
        <source>it has no list of phases.</source>
        <translation>Er hat keine Phasenliste.</translation>
    </message>
    <message>
        <source>it has more than %1 phases.</source>
        <translation>Er hat mehr als %1 Phasen.</translation>
    </message>
    <message>
        <source>phase %1 has no name.</source>
        <translation>Phase %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>phase &quot;%1&quot; needs a length of 1 second to 24 hours.</source>
        <translation>Phase &quot;%1&quot; braucht eine Länge zwischen 1 Sekunde und 24 Stunden.</translation>
    </message>
    <message>
        <source>its warning is not within the plan.</source>
        <translation>Seine Warnung liegt nicht innerhalb des Plans.</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>Er ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>Starloop::Questions::QuestionRepository</name>
    <message>
        <source>Counting the filters failed</source>
        <translation>Das Zählen der Filter ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>A question needs a title.</source>
        <translation>Eine Frage braucht einen Titel.</translation>
    </message>
    <message>
        <source>The question could not be saved</source>
        <translation>Die Frage konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Only your own questions can be edited.</source>
        <translation>Nur eigene Fragen können bearbeitet werden.</translation>
    </message>
    <message>
        <source>Questions from the bank cannot be deleted.</source>
        <translation>Fragen aus der Sammlung können nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The question could not be deleted</source>
        <translation>Die Frage konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The question could not be restored</source>
        <translation>Die Frage konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Your questions could not be read</source>
        <translation>Ihre Fragen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The question %1 could not be imported</source>
        <translation>Die Frage %1 konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>Question %1 clashes with a bank question and was skipped.</source>
        <translation>Frage %1 kollidiert mit einer Frage aus der Sammlung und wurde übersprungen.</translation>
    </message>
    <message>
        <source>Cannot read the question</source>
        <translation>Die Frage kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The question no longer exists.</source>
        <translation>Die Frage existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No question has the id &quot;%1&quot;.</source>
        <translation>Keine Frage hat die ID &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The star could not be saved</source>
        <translation>Die Markierung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The note could not be saved</source>
        <translation>Die Notiz konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Your notes and stars could not be read</source>
        <translation>Ihre Notizen und Markierungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Your notes on question %1 could not be imported</source>
        <translation>Ihre Notizen zu Frage %1 konnten nicht importiert werden</translation>
    </message>
    <message>
        <source>Notes and review state for question %1 were skipped: this database has no such question.</source>
        <translation>Notizen und Wiederholungsstand für Frage %1 wurden übersprungen: Diese Datenbank hat keine solche Frage.</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>Die Suche ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Starloop::Questions::SearchHistory</name>
    <message>
        <source>The search history could not be saved</source>
        <translation>Der Suchverlauf konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>A saved search needs a name and a query.</source>
        <translation>Eine gespeicherte Suche braucht einen Namen und eine Suchanfrage.</translation>
    </message>
    <message>
        <source>The search could not be saved</source>
        <translation>Die Suche konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The saved search could not be removed</source>
        <translation>Die gespeicherte Suche konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>The saved searches could not be read</source>
        <translation>Die gespeicherten Suchen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The saved search %1 could not be imported</source>
        <translation>Die gespeicherte Suche %1 konnte nicht importiert werden</translation>
    </message>
</context>
<context>
    <name>Starloop::Rehearsal::Interviewer</name>
    <message>
        <source>There is no question waiting for an answer.</source>
        <translation>Es wartet keine Frage auf eine Antwort.</translation>
    </message>
    <message>
        <source>Say which story you told: another time needs another story.</source>
        <translation>Sagen Sie, welche Geschichte Sie erzählt haben: Für „ein anderes Mal“ braucht es eine andere Geschichte.</translation>
    </message>
    <message>
        <source>Tell it with a different story: this one was already told in this rehearsal.</source>
        <translation>Erzählen Sie eine andere Geschichte: Diese wurde in diesem Probevortrag bereits erzählt.</translation>
    </message>
</context>
<context>
    <name>Starloop::Rehearsal::Probe</name>
    <message>
        <source>Tell me %1.</source>
        <translation>Erzählen Sie, %1.</translation>
    </message>
    <message>
        <source>Tell me about %1.</source>
        <translation>Erzählen Sie von %1.</translation>
    </message>
</context>
<context>
    <name>Starloop::Rehearsal::ProbePlanner</name>
    <message>
        <source>What exactly did you do yourself?</source>
        <translation>Was genau haben Sie selbst getan?</translation>
    </message>
    <message>
        <source>What data did you use to decide?</source>
        <translation>Auf welche Daten haben Sie Ihre Entscheidung gestützt?</translation>
    </message>
    <message>
        <source>What would you do differently?</source>
        <translation>Was würden Sie anders machen?</translation>
    </message>
    <message>
        <source>Tell me about another time. (Answer with a different story.)</source>
        <translation>Erzählen Sie von einem anderen Mal. (Antworten Sie mit einer anderen Geschichte.)</translation>
    </message>
</context>
<context>
    <name>Starloop::Rehearsal::ProbeSource</name>
    <message>
        <source>The follow-up questions could not be read</source>
        <translation>Die Nachfragen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The question %1 is not in the bank.</source>
        <translation>Die Frage %1 ist nicht in der Sammlung.</translation>
    </message>
    <message>
        <source>The story no longer exists.</source>
        <translation>Die Geschichte existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Starloop::Rehearsal::RecordingLinks</name>
    <message>
        <source>Recordings need a database file to sit beside; this database is in memory.</source>
        <translation>Aufnahmen brauchen eine Datenbankdatei, neben der sie liegen; diese Datenbank liegt nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The folder for recordings could not be created: %1</source>
        <translation>Der Ordner für Aufnahmen konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The practice session could not be read</source>
        <translation>Die Übungssitzung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The practice session no longer exists.</source>
        <translation>Die Übungssitzung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The recording could not be linked to the practice session</source>
        <translation>Die Aufnahme konnte nicht mit der Übungssitzung verknüpft werden</translation>
    </message>
    <message>
        <source>The marks could not be saved</source>
        <translation>Die Markierungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The recording could not be unlinked</source>
        <translation>Die Verknüpfung der Aufnahme konnte nicht aufgehoben werden</translation>
    </message>
    <message>
        <source>The recording&apos;s link could not be read</source>
        <translation>Die Verknüpfung der Aufnahme konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The recordings could not be listed</source>
        <translation>Die Aufnahmen konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>The practice session could not be deleted</source>
        <translation>Die Übungssitzung konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The recording %1 could not be deleted: %2</source>
        <translation>Die Aufnahme %1 konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>Starloop::Rehearsal::SpokenChecks</name>
    <message>
        <source>You spoke for %1.</source>
        <translation>Sie haben %1 lang gesprochen.</translation>
    </message>
    <message>
        <source>Spoken time</source>
        <translation>Gesprochene Zeit</translation>
    </message>
    <message>
        <source>Nothing was recorded yet.</source>
        <translation>Es wurde noch nichts aufgenommen.</translation>
    </message>
    <message>
        <source>Too short for 2–4 minutes: say more about what you did and what came of it.</source>
        <translation>Zu kurz für 2–4 Minuten: Erzählen Sie mehr darüber, was Sie getan haben und was daraus wurde.</translation>
    </message>
    <message>
        <source>Longer than 4 minutes: shorten the Situation and get to your Action sooner.</source>
        <translation>Länger als 4 Minuten: Kürzen Sie die Situation und kommen Sie schneller zu Ihrer Action.</translation>
    </message>
    <message>
        <source>Within 2–4 minutes.</source>
        <translation>Innerhalb von 2–4 Minuten.</translation>
    </message>
    <message>
        <source>Spoken proportions</source>
        <translation>Gesprochene Anteile</translation>
    </message>
    <message>
        <source>Mark each move (Situation → Task → Action → Result) while you speak to measure the proportions.</source>
        <translation>Markieren Sie beim Sprechen jeden Schritt (Situation → Task → Action → Result), um die Anteile zu messen.</translation>
    </message>
    <message>
        <source>Long pauses</source>
        <translation>Lange Pausen</translation>
    </message>
    <message>
        <source>No silence over 3 seconds.</source>
        <translation>Keine Stille über 3 Sekunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n silence(s) over 3 seconds (at %1): know what comes next in the story.</source>
        <translation>
            <numerusform>%n Stille über 3 Sekunden (bei %1): Prägen Sie sich ein, was als Nächstes in der Geschichte kommt.</numerusform>
            <numerusform>%n Stillen über 3 Sekunden (bei %1): Prägen Sie sich ein, was als Nächstes in der Geschichte kommt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Sprechzeit</translation>
    </message>
    <message>
        <source>You were speaking %1% of the answer: practise until the silences are short.</source>
        <translation>Sie haben %1 % der Antwortzeit gesprochen: Üben Sie, bis die Pausen kurz sind.</translation>
    </message>
    <message>
        <source>You were speaking %1% of the answer.</source>
        <translation>Sie haben %1 % der Antwortzeit gesprochen.</translation>
    </message>
</context>
<context>
    <name>Starloop::Rehearsal::TakeComparison</name>
    <message>
        <source>within 2–4 minutes</source>
        <translation>innerhalb von 2–4 Minuten</translation>
    </message>
    <message>
        <source>outside 2–4 minutes</source>
        <translation>außerhalb von 2–4 Minuten</translation>
    </message>
    <message>
        <source>Both takes last %1.</source>
        <translation>Beide Aufnahmen dauern %1.</translation>
    </message>
    <message>
        <source>The second take is %1 shorter (%2) and %3.</source>
        <translation>Die zweite Aufnahme ist %1 kürzer (%2) und liegt %3.</translation>
    </message>
    <message>
        <source>The second take is %1 longer (%2) and %3.</source>
        <translation>Die zweite Aufnahme ist %1 länger (%2) und liegt %3.</translation>
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
        <source>%1: %2% → %3% (aim for about %4%).</source>
        <translation>%1: %2 % → %3 % (Ziel: etwa %4 %).</translation>
    </message>
    <message>
        <source>Mark the S/T/A/R moves in both takes to compare the proportions.</source>
        <translation>Markieren Sie die S/T/A/R-Schritte in beiden Aufnahmen, um die Anteile zu vergleichen.</translation>
    </message>
    <message>
        <source>Long pauses: %1 → %2.</source>
        <translation>Lange Pausen: %1 → %2.</translation>
    </message>
</context>
<context>
    <name>Starloop::Rehearsal::WavReader</name>
    <message>
        <source>The recording %1 is no longer there.</source>
        <translation>Die Aufnahme %1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The recording %1 could not be opened: %2</source>
        <translation>Die Aufnahme %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a WAV file Starloop can read (PCM or float).</source>
        <translation>%1 ist keine WAV-Datei, die Starloop lesen kann (PCM oder Gleitkomma).</translation>
    </message>
</context>
<context>
    <name>Starloop::Rehearsal::WavWriter</name>
    <message>
        <source>The disk is full: %1</source>
        <translation>Der Datenträger ist voll: %1</translation>
    </message>
    <message>
        <source>The recording could not be written to %1: %2</source>
        <translation>Die Aufnahme konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The audio format is not valid.</source>
        <translation>Das Audioformat ist ungültig.</translation>
    </message>
    <message>
        <source>The recording file is not open.</source>
        <translation>Die Aufnahmedatei ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>Starloop::Storage::Backups</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The backup could not be written</source>
        <translation>Die Sicherung konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 is not a usable Starloop backup; nothing was changed.</source>
        <translation>%1 ist keine verwendbare Starloop-Sicherung; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 fails its integrity check; nothing was changed.</source>
        <translation>%1 besteht die Integritätsprüfung nicht; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); nothing was changed.</source>
        <translation>%1 kann nicht gelesen werden (%2); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the current file at %1; nothing was changed.</source>
        <translation>Unter %1 kann keine Kopie der aktuellen Datei aufbewahrt werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot copy %1; nothing was changed.</source>
        <translation>%1 kann nicht kopiert werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place; your previous file is at %1.</source>
        <translation>Die Sicherung kann nicht an ihren Platz gebracht werden; Ihre bisherige Datei liegt unter %1.</translation>
    </message>
</context>
<context>
    <name>Starloop::Storage::DataStore</name>
    <message>
        <source>The database could not switch to write-ahead logging (got %1)</source>
        <translation>Die Datenbank konnte nicht auf Write-Ahead-Logging umstellen (Ergebnis: %1)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Starloop database (it is not an SQLite file at all). It was left untouched.</source>
        <translation>%1 ist keine Starloop-Datenbank (überhaupt keine SQLite-Datei). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 cannot be opened here (%2): Starloop needs to write in its folder, where SQLite keeps the -wal and -shm files. It was left untouched; copy it to a folder you can write to, or choose another file.</source>
        <translation>%1 kann hier nicht geöffnet werden (%2): Starloop muss in den Ordner der Datei schreiben können, in dem SQLite die Dateien -wal und -shm ablegt. Die Datei wurde nicht verändert; kopieren Sie sie in einen beschreibbaren Ordner oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 looks like an SQLite file but cannot be read (%2). It was left untouched; restore a backup or choose another file.</source>
        <translation>%1 sieht wie eine SQLite-Datei aus, kann aber nicht gelesen werden (%2). Die Datei wurde nicht verändert; stellen Sie eine Sicherung wieder her oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The backup copy failed verification: %1</source>
        <translation>Die Sicherungskopie hat die Überprüfung nicht bestanden: %1</translation>
    </message>
    <message>
        <source>Cannot move the backup into place at %1</source>
        <translation>Die Sicherung kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another location.</source>
        <translation>Der Ordner %1 existiert nicht. Erstellen Sie ihn oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database that belongs to another application, not a Starloop file. It was left untouched.</source>
        <translation>%1 ist eine SQLite-Datenbank einer anderen Anwendung, keine Starloop-Datei. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Starloop (schema %2; this version knows up to %3). It was left untouched; update Starloop to open it.</source>
        <translation>%1 wurde von einer neueren Starloop-Version geschrieben (Schema %2; diese Version kennt bis %3). Die Datei wurde nicht verändert; aktualisieren Sie Starloop, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>%1 cannot be opened read-only: it is new or needs an upgrade, which writes to it.</source>
        <translation>%1 kann nicht schreibgeschützt geöffnet werden: Die Datei ist neu oder braucht eine Aktualisierung, die in sie schreibt.</translation>
    </message>
    <message>
        <source>%1 is read-only. Open it read-only to browse, or choose another file.</source>
        <translation>%1 ist schreibgeschützt. Öffnen Sie die Datei schreibgeschützt, um sie anzusehen, oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is already open in another Starloop window (process %2 on %3). Close that one first, or open a different file.</source>
        <translation>%1 ist bereits in einem anderen Starloop-Fenster geöffnet (Prozess %2 auf %3). Schließen Sie dieses zuerst oder öffnen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>Starloop cannot write in %1, so it cannot use %2 safely. Open it read-only, or choose a file in a writable folder.</source>
        <translation>Starloop kann nicht in %1 schreiben und %2 daher nicht sicher verwenden. Öffnen Sie die Datei schreibgeschützt oder wählen Sie eine Datei in einem beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>%1 could not be prepared: %2</source>
        <translation>%1 konnte nicht vorbereitet werden: %2</translation>
    </message>
</context>
<context>
    <name>Starloop::Storage::Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Starloop::Storage::HealthCheck</name>
    <message>
        <source>integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>foreign key: row %1 of %2 points at a missing %3</source>
        <translation>Fremdschlüssel: Zeile %1 in %2 verweist auf ein fehlendes %3</translation>
    </message>
    <message>
        <source>integrity check could not run: %1</source>
        <translation>Die Integritätsprüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>search index: %1 (rebuild it from Tools)</source>
        <translation>Suchindex: %1 (unter „Extras“ neu aufbauen)</translation>
    </message>
</context>
<context>
    <name>Starloop::Storage::Migrations</name>
    <message>
        <source>Schema migration %1 failed: %2</source>
        <translation>Schema-Migration %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Starloop::Storage::Statement</name>
    <message>
        <source>Cannot prepare statement</source>
        <translation>Die Anweisung kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Cannot run &quot;%1&quot;</source>
        <translation>&quot;%1&quot; kann nicht ausgeführt werden</translation>
    </message>
</context>
<context>
    <name>Starloop::Stories::LoopPlanStore</name>
    <message>
        <source>The loop plan could not be read</source>
        <translation>Der Loop-Plan konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>A loop plan has at most %1 rounds.</source>
        <translation>Ein Loop-Plan hat höchstens %1 Runden.</translation>
    </message>
    <message>
        <source>The loop plan could not be saved</source>
        <translation>Der Loop-Plan konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The stories could not be read</source>
        <translation>Die Geschichten konnten nicht gelesen werden</translation>
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
    <message>
        <source>The linked questions could not be read</source>
        <translation>Die verknüpften Fragen konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Starloop::Stories::StoryRepository</name>
    <message>
        <source>The story no longer exists; it may have been deleted.</source>
        <translation>Die Geschichte existiert nicht mehr; vielleicht wurde sie gelöscht.</translation>
    </message>
    <message>
        <source>The stories could not be listed</source>
        <translation>Die Geschichten konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>The story could not be read</source>
        <translation>Die Geschichte konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The story could not be created</source>
        <translation>Die Geschichte konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>The story could not be saved</source>
        <translation>Die Geschichte konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>(copy)</source>
        <translation>(Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>The story could not be deleted</source>
        <translation>Die Geschichte konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The story could not be restored</source>
        <translation>Die Geschichte konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>The story&apos;s principles could not be saved</source>
        <translation>Die Prinzipien der Geschichte konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The primary principle could not be saved</source>
        <translation>Das primäre Prinzip konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>There is no principle called &quot;%1&quot;.</source>
        <translation>Es gibt kein Prinzip namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The story could not be linked to the question</source>
        <translation>Die Geschichte konnte nicht mit der Frage verknüpft werden</translation>
    </message>
    <message>
        <source>The link could not be removed</source>
        <translation>Die Verknüpfung konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>The stories for this question could not be read</source>
        <translation>Die Geschichten zu dieser Frage konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The leadership principles could not be read</source>
        <translation>Die Leadership Principles konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The coverage could not be counted</source>
        <translation>Die Abdeckung konnte nicht gezählt werden</translation>
    </message>
    <message>
        <source>The stories could not be read</source>
        <translation>Die Geschichten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The story %1 could not be imported</source>
        <translation>Die Geschichte %1 konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>Story %1: the link to question %2 was skipped (no such question).</source>
        <translation>Geschichte %1: Die Verknüpfung mit Frage %2 wurde übersprungen (keine solche Frage).</translation>
    </message>
</context>
<context>
    <name>Starloop::Studio::Audio</name>
    <message>
        <source>This build of Starloop uses Qt 5; recording and playing back rehearsals needs the Qt 6 build with Qt Multimedia. Text-only rehearsal works as before.</source>
        <translation>Dieser Build von Starloop verwendet Qt 5; zum Aufnehmen und Abspielen von Probevorträgen ist der Qt-6-Build mit Qt Multimedia nötig. Probevorträge nur mit Text funktionieren wie bisher.</translation>
    </message>
    <message>
        <source>This build of Starloop was made without Qt Multimedia (qt6-multimedia-dev), so it cannot record or play back rehearsals. Text-only rehearsal works as before.</source>
        <translation>Dieser Build von Starloop wurde ohne Qt Multimedia (qt6-multimedia-dev) erstellt und kann daher keine Probevorträge aufnehmen oder abspielen. Probevorträge nur mit Text funktionieren wie bisher.</translation>
    </message>
    <message>
        <source>Starloop&apos;s audio module could not be loaded (%1), so it cannot record or play back rehearsals. Text-only rehearsal works as before.</source>
        <translation>Das Audiomodul von Starloop konnte nicht geladen werden (%1), daher kann es keine Probevorträge aufnehmen oder abspielen. Probevorträge nur mit Text funktionieren wie bisher.</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one to record, analyse a WAV recording instead, or rehearse without recording.</source>
        <translation>Es wurde kein Mikrofon gefunden. Schließen Sie eines an, um aufzunehmen, analysieren Sie stattdessen eine WAV-Aufnahme oder üben Sie ohne Aufnahme.</translation>
    </message>
    <message>
        <source>Starloop&apos;s audio module is missing (%1), so it cannot record or play back rehearsals. Reinstalling Starloop brings it back; text-only rehearsal works as before.</source>
        <translation>Das Audiomodul von Starloop fehlt (%1), daher kann es keine Probevorträge aufnehmen oder abspielen. Eine Neuinstallation von Starloop stellt es wieder her; Probevorträge nur mit Text funktionieren wie bisher.</translation>
    </message>
</context>
<context>
    <name>Starloop::Sync::ChangeFile</name>
    <message>
        <source>%1.section: &quot;%2&quot; is not a list this Starloop knows</source>
        <translation>%1.section: &quot;%2&quot; ist keine Liste, die dieses Starloop kennt</translation>
    </message>
    <message>
        <source>%1.version must map device ids to counters</source>
        <translation>%1.version muss Geräte-IDs Zählern zuordnen</translation>
    </message>
    <message>
        <source>%1.key is empty</source>
        <translation>%1.key ist leer</translation>
    </message>
    <message>
        <source>%1.key does not match its record</source>
        <translation>%1.key passt nicht zu seinem Datensatz</translation>
    </message>
    <message>
        <source>not complete or not JSON (%1 at byte %2)</source>
        <translation>unvollständig oder kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not a Starloop change file</source>
        <translation>keine Starloop-Änderungsdatei</translation>
    </message>
    <message>
        <source>written by a newer Starloop (version %1; this one reads up to %2)</source>
        <translation>von einem neueren Starloop geschrieben (Version %1; dieses liest bis %2)</translation>
    </message>
    <message>
        <source>its checksum does not match its contents</source>
        <translation>ihre Prüfsumme passt nicht zum Inhalt</translation>
    </message>
    <message>
        <source>it holds %1 changes where its header says %2</source>
        <translation>sie enthält %1 Änderungen, ihr Kopf nennt %2</translation>
    </message>
    <message>
        <source>its header names no device or sequence</source>
        <translation>ihr Kopf nennt kein Gerät und keine Folgenummer</translation>
    </message>
</context>
<context>
    <name>Starloop::Sync::SyncConflicts</name>
    <message>
        <source>The conflict copies could not be read</source>
        <translation>Die Konfliktkopien konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The conflict copy could not be dismissed</source>
        <translation>Die Konfliktkopie konnte nicht verworfen werden</translation>
    </message>
    <message>
        <source>This conflict copy belongs to a list this Starloop does not know.</source>
        <translation>Diese Konfliktkopie gehört zu einer Liste, die dieses Starloop nicht kennt.</translation>
    </message>
    <message>
        <source>The conflict copy could not be used</source>
        <translation>Die Konfliktkopie konnte nicht übernommen werden</translation>
    </message>
    <message>
        <source>The conflict copy could not be kept</source>
        <translation>Die Konfliktkopie konnte nicht aufbewahrt werden</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabenstellung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Vorgehen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>Short version</source>
        <translation>Kurzfassung</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Starloop::Sync::SyncEngine</name>
    <message>
        <source>The sync folder holds changes of this device that this database does not have (it was restored from a backup or copied from another computer). It now syncs as a new device and reads those changes like another device&apos;s.</source>
        <translation>Der Sync-Ordner enthält Änderungen dieses Geräts, die diese Datenbank nicht hat (sie wurde aus einer Sicherung wiederhergestellt oder von einem anderen Computer kopiert). Sie synchronisiert jetzt als neues Gerät und liest diese Änderungen wie die eines anderen Geräts.</translation>
    </message>
    <message>
        <source>Skipped %1: it cannot be read.</source>
        <translation>%1 übersprungen: Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Skipped %1: %2. It is read again next time.</source>
        <translation>%1 übersprungen: %2. Sie wird beim nächsten Mal erneut gelesen.</translation>
    </message>
    <message>
        <source>Skipped %1: it does not belong where it lies.</source>
        <translation>%1 übersprungen: Die Datei liegt nicht an ihrem Platz.</translation>
    </message>
    <message>
        <source>The sync folder %1 is missing; nothing was synced.</source>
        <translation>Der Sync-Ordner %1 fehlt; es wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <source>The sync failed and was undone</source>
        <translation>Die Synchronisierung ist fehlgeschlagen und wurde rückgängig gemacht</translation>
    </message>
    <message>
        <source>%1 Your changes stay here and are sent next time.</source>
        <translation>%1 Ihre Änderungen bleiben hier und werden beim nächsten Mal gesendet.</translation>
    </message>
    <message>
        <source>The sync status could not be read</source>
        <translation>Der Sync-Status konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The sync settings could not be read</source>
        <translation>Die Sync-Einstellungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The device name could not be saved</source>
        <translation>Der Gerätename konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>File %1 of %2 is missing; waiting for it.</source>
        <translation>Datei %1 von %2 fehlt; es wird auf sie gewartet.</translation>
    </message>
    <message numerus="yes">
        <source>This folder did not hold all of this device&apos;s changes: file %1 holds all of its data (%n record(s)).</source>
        <translation>
            <numerusform>Dieser Ordner enthielt nicht alle Änderungen dieses Geräts: Datei %1 enthält all seine Daten (%n Eintrag).</numerusform>
            <numerusform>Dieser Ordner enthielt nicht alle Änderungen dieses Geräts: Datei %1 enthält all seine Daten (%n Einträge).</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync settings could not be saved</source>
        <translation>Die Sync-Einstellungen konnten nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>Starloop::Sync::SyncFolder</name>
    <message>
        <source>The sync folder %1 cannot be written to.</source>
        <translation>In den Sync-Ordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The sync folder %1 cannot be written to: %2</source>
        <translation>In den Sync-Ordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The change file %1 could not be put in place.</source>
        <translation>Die Änderungsdatei %1 konnte nicht an ihren Platz gebracht werden.</translation>
    </message>
</context>
<context>
    <name>Starloop::Sync::SyncReport</name>
    <message numerus="yes">
        <source>Out: %n change(s) in file %1 (%2)</source>
        <translation>
            <numerusform>Gesendet: %n Änderung in Datei %1 (%2)</numerusform>
            <numerusform>Gesendet: %n Änderungen in Datei %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Out: nothing changed here</source>
        <translation>Gesendet: hier hat sich nichts geändert</translation>
    </message>
    <message numerus="yes">
        <source>In: %n change(s) from %1 (%2)</source>
        <translation>
            <numerusform>Empfangen: %n Änderung von %1 (%2)</numerusform>
            <numerusform>Empfangen: %n Änderungen von %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In: %n file(s) from %1, nothing new</source>
        <translation>
            <numerusform>Empfangen: %n Datei von %1, nichts Neues</numerusform>
            <numerusform>Empfangen: %n Dateien von %1, nichts Neues</numerusform>
        </translation>
    </message>
    <message>
        <source>In: nothing new</source>
        <translation>Empfangen: nichts Neues</translation>
    </message>
    <message numerus="yes">
        <source>Edited on two devices: %n conflict copy(ies) kept, see File &gt; Sync Conflicts</source>
        <translation>
            <numerusform>Auf zwei Geräten bearbeitet: %n Konfliktkopie aufbewahrt, siehe Datei &gt; Sync-Konflikte</numerusform>
            <numerusform>Auf zwei Geräten bearbeitet: %n Konfliktkopien aufbewahrt, siehe Datei &gt; Sync-Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for what they refer to: %n change(s)</source>
        <translation>
            <numerusform>Wartet auf das, worauf sie sich bezieht: %n Änderung</numerusform>
            <numerusform>Warten auf das, worauf sie sich beziehen: %n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tidied: %n file(s) of this device replaced by one snapshot</source>
        <translation>
            <numerusform>Aufgeräumt: %n Datei dieses Geräts durch einen Schnappschuss ersetzt</numerusform>
            <numerusform>Aufgeräumt: %n Dateien dieses Geräts durch einen Schnappschuss ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Out: the sync folder cannot be written to; nothing from here can go out</source>
        <translation>Gesendet: nichts, in den Sync-Ordner kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Starloop::Sync::SyncSettings</name>
    <message>
        <source>The settings could not be read</source>
        <translation>Die Einstellungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The setting %1 could not be saved</source>
        <translation>Die Einstellung %1 konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Sync once with a folder shared between your computers.</source>
        <translation>Einmal mit einem Ordner synchronisieren, den Ihre Computer teilen.</translation>
    </message>
</context>
</TS>
