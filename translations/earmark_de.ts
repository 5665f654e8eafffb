<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActivityHeatmap</name>
    <message>
        <source>Activity over the last 26 weeks</source>
        <translation>Aktivität der letzten 26 Wochen</translation>
    </message>
    <message>
        <source>%1: nothing listened</source>
        <translation>%1: nichts gehört</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n minute(s)</source>
        <translation>
            <numerusform>%1: %n Minute</numerusform>
            <numerusform>%1: %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n Folge</numerusform>
            <numerusform>%n Folgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing listened in the last 26 weeks.</source>
        <translation>In den letzten 26 Wochen nichts gehört.</translation>
    </message>
    <message numerus="yes">
        <source>Listened on %n day(s) of the last 26 weeks</source>
        <translation>
            <numerusform>An %n Tag der letzten 26 Wochen gehört</numerusform>
            <numerusform>An %n Tagen der letzten 26 Wochen gehört</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) in all</source>
        <translation>
            <numerusform>%n Minute insgesamt</numerusform>
            <numerusform>%n Minuten insgesamt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most on %1: %n minute(s).</source>
        <translation>
            <numerusform>Am meisten am %1: %n Minute.</numerusform>
            <numerusform>Am meisten am %1: %n Minuten.</numerusform>
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
</context>
<context>
    <name>AddPodcastDialog</name>
    <message>
        <source>Add podcast</source>
        <translation>Podcast hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Feed address, web page or feed file:</source>
        <translation>&amp;Feed-Adresse, Webseite oder Feed-Datei:</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Feed-Adresse</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Choose a feed file</source>
        <translation>Feed-Datei wählen</translation>
    </message>
    <message>
        <source>Feeds (*.xml *.rss *.atom);;All files (*)</source>
        <translation>Feeds (*.xml *.rss *.atom);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Podcast artwork</source>
        <translation>Podcast-Cover</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Enter an http or https address, or choose a feed file.</source>
        <translation>Geben Sie eine http- oder https-Adresse ein, oder wählen Sie eine Feed-Datei.</translation>
    </message>
    <message>
        <source>Fetching the feed…</source>
        <translation>Feed wird abgerufen…</translation>
    </message>
    <message numerus="yes">
        <source>You already subscribe to this podcast (%n episode(s)).</source>
        <translation>
            <numerusform>Sie haben diesen Podcast bereits abonniert (%n Folge).</numerusform>
            <numerusform>Sie haben diesen Podcast bereits abonniert (%n Folgen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added, with %n episode(s).</source>
        <translation>
            <numerusform>Hinzugefügt, mit %n Folge.</numerusform>
            <numerusform>Hinzugefügt, mit %n Folgen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Earmark cannot start</source>
        <translation>Earmark kann nicht starten</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created. Choose another one with --data-dir.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden. Wählen Sie mit --data-dir einen anderen.</translation>
    </message>
    <message>
        <source>Catalog problems</source>
        <translation>Probleme im Katalog</translation>
    </message>
    <message numerus="yes">
        <source>Some catalog entries could not be loaded. The other episodes are available.

%n problem(s) found.</source>
        <translation>
            <numerusform>Einige Katalogeinträge konnten nicht geladen werden. Die übrigen Folgen sind verfügbar.

%n Problem gefunden.</numerusform>
            <numerusform>Einige Katalogeinträge konnten nicht geladen werden. Die übrigen Folgen sind verfügbar.

%n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the progress database</source>
        <translation>Die Fortschrittsdatenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Progress database damaged</source>
        <translation>Fortschrittsdatenbank beschädigt</translation>
    </message>
    <message>
        <source>The progress database was damaged and could not be used. It was moved aside, untouched, to
%1
and a new, empty one was started.</source>
        <translation>Die Fortschrittsdatenbank war beschädigt und konnte nicht verwendet werden. Sie wurde unverändert nach
%1
verschoben, und eine neue, leere wurde angelegt.</translation>
    </message>
    <message>
        <source>Refresh cancelled.</source>
        <translation>Aktualisierung abgebrochen.</translation>
    </message>
    <message>
        <source>There are no podcasts to refresh.</source>
        <translation>Es gibt keine Podcasts zum Aktualisieren.</translation>
    </message>
    <message>
        <source>Import subscriptions</source>
        <translation>Abonnements importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n podcast(s) added</source>
        <translation>
            <numerusform>%n Podcast hinzugefügt</numerusform>
            <numerusform>%n Podcasts hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n bereits vorhanden</numerusform>
            <numerusform>%n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abonnement beenden</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from %1? Its %n episode(s) leave the library; what you listened to is kept in your history.</source>
        <translation>
            <numerusform>Abonnement von %1 beenden? %n Folge verschwindet aus der Bibliothek; was Sie gehört haben, bleibt in Ihrem Verlauf erhalten.</numerusform>
            <numerusform>Abonnement von %1 beenden? %n Folgen verschwinden aus der Bibliothek; was Sie gehört haben, bleibt in Ihrem Verlauf erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsubscribed from %1.</source>
        <translation>Abonnement von %1 beendet.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: not an http(s) feed address, skipped</source>
        <translation>%1: keine http(s)-Feed-Adresse, übersprungen</translation>
    </message>
    <message>
        <source>%1 lists no podcast feeds.</source>
        <translation>%1 enthält keine Podcast-Feeds.</translation>
    </message>
    <message>
        <source>Earmark subscriptions</source>
        <translation>Earmark-Abonnements</translation>
    </message>
    <message>
        <source>Export subscriptions</source>
        <translation>Abonnements exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n subscription(s) to %1.</source>
        <translation>
            <numerusform>%n Abonnement nach %1 exportiert.</numerusform>
            <numerusform>%n Abonnements nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress is not being saved</source>
        <translation>Fortschritt wird nicht gespeichert</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>Your progress is back as it was in %1.
The progress from before the restore was backed up to
%2</source>
        <translation>Ihr Fortschritt ist wieder so wie in %1.
Der Fortschritt von vor der Wiederherstellung wurde gesichert unter
%2</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Sicherung nicht wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <source>Added %1: %n episode(s).</source>
        <translation>
            <numerusform>%1 hinzugefügt: %n Folge.</numerusform>
            <numerusform>%1 hinzugefügt: %n Folgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is already in the library.</source>
        <translation>%1 ist bereits in der Bibliothek.</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>%1 wird durchsucht…</translation>
    </message>
    <message>
        <source>Add catalog</source>
        <translation>Katalog hinzufügen</translation>
    </message>
    <message>
        <source>%1 was not added: it has no episode that can be used.</source>
        <translation>%1 wurde nicht hinzugefügt: Er enthält keine verwendbare Folge.</translation>
    </message>
    <message>
        <source>Removed %1 from the library; your progress is kept.</source>
        <translation>%1 aus der Bibliothek entfernt; Ihr Fortschritt bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) deleted.</source>
        <translation>
            <numerusform>%n Download gelöscht.</numerusform>
            <numerusform>%n Downloads gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudioTagReader</name>
    <message>
        <source>the file cannot be read (no permission)</source>
        <translation>die Datei kann nicht gelesen werden (keine Berechtigung)</translation>
    </message>
    <message>
        <source>not a valid %1 file: no audio stream found</source>
        <translation>keine gültige %1-Datei: kein Audiostrom gefunden</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message numerus="yes">
        <source>%1: valid, %n episode(s)</source>
        <translation>
            <numerusform>%1: gültig, %n Folge</numerusform>
            <numerusform>%1: gültig, %n Folgen</numerusform>
        </translation>
    </message>
    <message>
        <source>missing required field %1</source>
        <translation>Pflichtfeld %1 fehlt</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>Zeichenkette erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected a format version like &quot;1.0&quot;, got %1</source>
        <translation>Formatversion wie &quot;1.0&quot; erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>catalog format %1 is newer than this version of Earmark reads (%2.x); update Earmark to open this catalog</source>
        <translation>Katalogformat %1 ist neuer als das, was diese Earmark-Version liest (%2.x); aktualisieren Sie Earmark, um diesen Katalog zu öffnen</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>Array erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>Objekt erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>duplicate topic id %1</source>
        <translation>doppelte Themen-ID %1</translation>
    </message>
    <message>
        <source>duplicate episode id %1; first defined at line %2</source>
        <translation>doppelte Folgen-ID %1; zuerst definiert in Zeile %2</translation>
    </message>
    <message>
        <source>expected a number of seconds, got %1</source>
        <translation>Sekundenzahl erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>must not be negative, got %1</source>
        <translation>darf nicht negativ sein, %1 erhalten</translation>
    </message>
    <message>
        <source>is too large (%1 seconds)</source>
        <translation>ist zu groß (%1 Sekunden)</translation>
    </message>
    <message>
        <source>%1 is not a valid date; expected YYYY-MM-DD</source>
        <translation>%1 ist kein gültiges Datum; erwartet wird YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unknown topic %1</source>
        <translation>unbekanntes Thema %1</translation>
    </message>
    <message>
        <source>expected an array of strings, got %1</source>
        <translation>Array von Zeichenketten erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected a whole number from 1 up, got %1</source>
        <translation>ganze Zahl ab 1 erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>unsupported URL scheme %1; use a relative path or an http(s) or file URL</source>
        <translation>nicht unterstütztes URL-Schema %1; verwenden Sie einen relativen Pfad oder eine http(s)- oder file-URL</translation>
    </message>
    <message>
        <source>%1 is not a valid URL</source>
        <translation>%1 ist keine gültige URL</translation>
    </message>
    <message>
        <source>is a directory, not a catalog file</source>
        <translation>ist ein Ordner, keine Katalogdatei</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is too large (%1 MiB); the limit is %2 MiB</source>
        <translation>die Datei ist zu groß (%1 MiB); die Grenze liegt bei %2 MiB</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>duplicate episode id %1; already defined in %2:%3</source>
        <translation>doppelte Folgen-ID %1; bereits definiert in %2:%3</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation>die Datei ist leer; erwartet wird ein JSON-Objekt</translation>
    </message>
    <message>
        <source>this is not a text file (NUL byte); expected JSON</source>
        <translation>dies ist keine Textdatei (NUL-Byte); erwartet wird JSON</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, got an array</source>
        <translation>auf oberster Ebene wird ein JSON-Objekt erwartet, erhalten wurde ein Array</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found</source>
        <translation>
            <numerusform>%1: %n Problem gefunden</numerusform>
            <numerusform>%1: %n Probleme gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) usable</source>
        <translation>
            <numerusform>%n Folge verwendbar</numerusform>
            <numerusform>%n Folgen verwendbar</numerusform>
        </translation>
    </message>
    <message>
        <source>unsupported transcript type %1; expected text/vtt, application/x-subrip, application/json, text/html or text/plain</source>
        <translation>nicht unterstützter Transkripttyp %1; erwartet: text/vtt, application/x-subrip, application/json, text/html oder text/plain</translation>
    </message>
    <message>
        <source>given without a &quot;transcript&quot;</source>
        <translation>angegeben ohne &quot;transcript&quot;</translation>
    </message>
    <message>
        <source>expected seconds or a time like &quot;MM:SS&quot; or &quot;H:MM:SS&quot;, got %1</source>
        <translation>Sekunden oder eine Zeit wie &quot;MM:SS&quot; oder &quot;H:MM:SS&quot; erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected a number of seconds or a time string, got %1</source>
        <translation>Sekundenzahl oder Zeitangabe als Zeichenkette erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected an array of chapters, got %1</source>
        <translation>Array von Kapiteln erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected an object with &quot;start&quot; and &quot;title&quot;, got %1</source>
        <translation>Objekt mit &quot;start&quot; und &quot;title&quot; erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>starts at the same time as chapters[%1]</source>
        <translation>beginnt zur selben Zeit wie chapters[%1]</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not listed</source>
        <translation>
            <numerusform>%n weiteres Problem nicht aufgeführt</numerusform>
            <numerusform>%n weitere Probleme nicht aufgeführt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChapterListParser</name>
    <message>
        <source>the file is too large (%1 MiB); the limit is %2 MiB</source>
        <translation>die Datei ist zu groß (%1 MiB); die Grenze liegt bei %2 MiB</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object with &quot;chapters&quot;</source>
        <translation>die Datei ist leer; erwartet wird ein JSON-Objekt mit &quot;chapters&quot;</translation>
    </message>
    <message>
        <source>this is not a text file (NUL byte); expected JSON</source>
        <translation>dies ist keine Textdatei (NUL-Byte); erwartet wird JSON</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;chapters&quot;</source>
        <translation>erwartet wird ein JSON-Objekt mit &quot;chapters&quot;</translation>
    </message>
    <message>
        <source>expected a &quot;chapters&quot; array</source>
        <translation>erwartet wird ein Array &quot;chapters&quot;</translation>
    </message>
    <message>
        <source>more than %1 chapters; the rest are left out</source>
        <translation>mehr als %1 Kapitel; der Rest wird ausgelassen</translation>
    </message>
    <message>
        <source>a chapter must be an object; skipped</source>
        <translation>ein Kapitel muss ein Objekt sein; übersprungen</translation>
    </message>
    <message>
        <source>a chapter needs &quot;startTime&quot;; skipped</source>
        <translation>ein Kapitel braucht &quot;startTime&quot;; übersprungen</translation>
    </message>
    <message>
        <source>&quot;startTime&quot; must be a number of seconds from 0 to %1; skipped</source>
        <translation>&quot;startTime&quot; muss eine Zahl von Sekunden zwischen 0 und %1 sein; übersprungen</translation>
    </message>
    <message>
        <source>a chapter needs a &quot;title&quot; text; skipped</source>
        <translation>ein Kapitel braucht einen Text &quot;title&quot;; übersprungen</translation>
    </message>
    <message>
        <source>more problems; the rest are not listed</source>
        <translation>weitere Probleme; der Rest wird nicht aufgeführt</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Add the episodes of catalog FILE to the bundled ones (repeatable).</source>
        <translation>Die Folgen aus Katalog DATEI zu den mitgelieferten hinzufügen (wiederholbar).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Keep the progress database and settings in DIR (default: %1).</source>
        <translation>Fortschrittsdatenbank und Einstellungen in ORDNER ablegen (Standard: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Validate catalog FILE, print each problem as FILE:LINE:COLUMN: message and exit: 0 valid, 1 problems found, 2 unreadable.</source>
        <translation>Katalog DATEI prüfen, jedes Problem als DATEI:ZEILE:SPALTE: Meldung ausgeben und beenden: 0 gültig, 1 Probleme gefunden, 2 nicht lesbar.</translation>
    </message>
    <message>
        <source>Write listening progress and history as JSON to FILE (- for standard output) and exit.</source>
        <translation>Hörfortschritt und Verlauf als JSON in DATEI schreiben (- für die Standardausgabe) und beenden.</translation>
    </message>
    <message>
        <source>Merge progress from a JSON export in FILE (newest change per episode wins), print what changed and exit.</source>
        <translation>Fortschritt aus einem JSON-Export in DATEI zusammenführen (die neueste Änderung je Folge gilt), Änderungen ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Earmark: study AI-training concepts by ear. Browse, play and track short audio overviews.</source>
        <translation>Earmark: KI-Trainingskonzepte mit dem Ohr lernen. Kurze Audio-Überblicke durchsuchen, abspielen und den Fortschritt verfolgen.</translation>
    </message>
    <message>
        <source>Use language CODE (de, fr, es, en) instead of the system&apos;s or the one chosen in the settings.</source>
        <translation>Sprache CODE (de, fr, es, en) statt der des Systems oder der in den Einstellungen gewählten verwenden.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Print the loaded episodes, one a line (id, title, duration in seconds, published, tags, topic, audio URL), tab-separated, and exit.</source>
        <translation>Die geladenen Folgen ausgeben, eine pro Zeile (ID, Titel, Dauer in Sekunden, Veröffentlichung, Tags, Thema, Audio-URL), durch Tabulatoren getrennt, und beenden.</translation>
    </message>
    <message>
        <source>Subscribe to the podcast feed at URL (http, https) or in FILE, fetch it, print its title and episode count and exit (repeatable).</source>
        <translation>Den Podcast-Feed unter URL (http, https) oder in DATEI abonnieren, abrufen, seinen Titel und die Zahl der Folgen ausgeben und beenden (wiederholbar).</translation>
    </message>
    <message>
        <source>URL_OR_FILE</source>
        <translation>URL_ODER_DATEI</translation>
    </message>
    <message>
        <source>Refresh every podcast, print what changed and exit.</source>
        <translation>Alle Podcasts aktualisieren, Änderungen ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Subscribe to every feed of the OPML file FILE and exit.</source>
        <translation>Alle Feeds der OPML-Datei DATEI abonnieren und beenden.</translation>
    </message>
    <message>
        <source>Write the subscriptions as OPML to FILE (- for standard output) and exit.</source>
        <translation>Die Abonnements als OPML in DATEI schreiben (- für die Standardausgabe) und beenden.</translation>
    </message>
    <message>
        <source>Play with engine NAME: gstreamer (keeps the pitch at every speed, the default) or qtmultimedia, instead of the one chosen in the settings.</source>
        <translation>Mit der Wiedergabe-Engine NAME abspielen: gstreamer (hält die Tonhöhe bei jeder Geschwindigkeit, die Voreinstellung) oder qtmultimedia, statt der in den Einstellungen gewählten.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Replace the progress database with the backup in FILE (a path, or a name in the backups folder of the data directory); the current one is backed up first. Then exit.</source>
        <translation>Die Fortschrittsdatenbank durch die Sicherung in DATEI ersetzen (ein Pfad oder ein Name im Sicherungsordner des Datenordners); die aktuelle wird vorher gesichert. Dann beenden.</translation>
    </message>
    <message>
        <source>Add the audio files under folder DIR to the library, remembered for the next starts, print its episode count and exit (repeatable).</source>
        <translation>Die Audiodateien im Ordner ORDNER zur Bibliothek hinzufügen, für die nächsten Starts gemerkt, die Zahl der Folgen ausgeben und beenden (wiederholbar).</translation>
    </message>
    <message>
        <source>Add catalog FILE to the library, remembered for the next starts (unlike --catalog), print its episode count and exit (repeatable).</source>
        <translation>Katalog DATEI zur Bibliothek hinzufügen, für die nächsten Starts gemerkt (anders als --catalog), die Zahl der Folgen ausgeben und beenden (wiederholbar).</translation>
    </message>
    <message>
        <source>Write the study notes as FORMAT (markdown or anki) to FILE, given after the option, and exit. Markdown to a folder (an existing one, or FILE ending in /) writes one file per episode; anki writes the notes marked as flashcards.</source>
        <translation>Die Lernnotizen im FORMAT (markdown oder anki) in DATEI schreiben, die nach der Option folgt, und beenden. Markdown in einen Ordner (einen vorhandenen oder DATEI mit / am Ende) schreibt eine Datei je Folge; anki schreibt die als Karteikarten markierten Notizen.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Download episode ID (see --list) into the data directory, resuming an interrupted download, print the file and exit: 0 when complete (repeatable).</source>
        <translation>Die Episode ID (siehe --list) in das Datenverzeichnis herunterladen, einen unterbrochenen Download fortsetzen, die Datei ausgeben und beenden: 0, wenn sie vollständig ist (wiederholbar).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>DatabaseBackups</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot back up %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 gesichert werden: %3</translation>
    </message>
    <message>
        <source>Cannot back up %1: %2 could not be renamed to %3.</source>
        <translation>%1 kann nicht gesichert werden: %2 konnte nicht in %3 umbenannt werden.</translation>
    </message>
    <message>
        <source>%1 is not a usable backup: %2</source>
        <translation>%1 ist keine brauchbare Sicherung: %2</translation>
    </message>
    <message>
        <source>Nothing was restored: the current data could not be backed up first. %1</source>
        <translation>Nichts wurde wiederhergestellt: Die aktuellen Daten konnten nicht vorher gesichert werden. %1</translation>
    </message>
    <message>
        <source>Cannot open %1 to restore into it: %2</source>
        <translation>%1 kann zum Wiederherstellen nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot restore %1 into %2: %3</source>
        <translation>%1 kann nicht in %2 wiederhergestellt werden: %3</translation>
    </message>
</context>
<context>
    <name>DownloadBadge</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Paused %1%</source>
        <translation>Angehalten %1 %</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Download fehlgeschlagen</translation>
    </message>
    <message>
        <source>Waiting to download.</source>
        <translation>Wartet auf den Download.</translation>
    </message>
    <message>
        <source>Downloaded %1 of %2.</source>
        <translation>%1 von %2 heruntergeladen.</translation>
    </message>
    <message>
        <source>Downloaded %1.</source>
        <translation>%1 heruntergeladen.</translation>
    </message>
    <message>
        <source>Downloaded: plays from disk.</source>
        <translation>Heruntergeladen: wird von der Festplatte abgespielt.</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>Download fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>DownloadCommands</name>
    <message>
        <source>No episode has the id %1 (see --list).</source>
        <translation>Keine Episode hat die ID %1 (siehe --list).</translation>
    </message>
    <message>
        <source>%1 is not on the web (%2): there is nothing to download.</source>
        <translation>%1 ist nicht im Web (%2): Es gibt nichts herunterzuladen.</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%1 % von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>DownloadCoordinator</name>
    <message>
        <source>Downloads stopped: %1</source>
        <translation>Downloads angehalten: %1</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>Pa&amp;use download</source>
        <translation>Download an&amp;halten</translation>
    </message>
    <message>
        <source>Cancel do&amp;wnload</source>
        <translation>Download a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Resume do&amp;wnload</source>
        <translation>Download &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Re&amp;try download</source>
        <translation>Download &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Delete download</source>
        <translation>Download &amp;löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) queued for download.</source>
        <translation>
            <numerusform>%n Episode zum Herunterladen eingereiht.</numerusform>
            <numerusform>%n Episoden zum Herunterladen eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All episodes</source>
        <translation>&amp;Alle Episoden</translation>
    </message>
    <message>
        <source>All &amp;unfinished episodes</source>
        <translation>Alle &amp;unbeendeten Episoden</translation>
    </message>
    <message>
        <source>The &amp;newest…</source>
        <translation>Die &amp;neuesten …</translation>
    </message>
    <message>
        <source>Download the newest episodes</source>
        <translation>Die neuesten Episoden herunterladen</translation>
    </message>
    <message>
        <source>How many of the newest episodes?</source>
        <translation>Wie viele der neuesten Episoden?</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <source>Cannot delete %1.</source>
        <translation>%1 kann nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>DownloadStore</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 has no download tables; open it with Earmark once to upgrade it.</source>
        <translation>%1 hat keine Download-Tabellen; öffnen Sie die Datei einmal mit Earmark, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>The download store is not open.</source>
        <translation>Der Download-Speicher ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>DownloadTransfer</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Another Earmark is downloading this episode.</source>
        <translation>Ein anderes Earmark lädt diese Episode herunter.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The disk is full: %1 cannot be written.</source>
        <translation>Die Festplatte ist voll: %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The server does not send the file consistently.</source>
        <translation>Der Server liefert die Datei nicht einheitlich.</translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation>Der Server antwortete %1 %2.</translation>
    </message>
    <message>
        <source>The download broke off: %1</source>
        <translation>Der Download brach ab: %1</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Der Server antwortete %1.</translation>
    </message>
    <message>
        <source>The server sent %1 of %2 bytes.</source>
        <translation>Der Server sandte %1 von %2 Bytes.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into place: %2</source>
        <translation>%1 kann nicht an seinen Platz verschoben werden: %2</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Retrying: %1</source>
        <translation>Neuer Versuch: %1</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Each download with its state, progress, speed and remaining size.</source>
        <translation>Jeder Download mit Zustand, Fortschritt, Geschwindigkeit und verbleibender Größe.</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episode</translation>
    </message>
    <message>
        <source>Podcast or topic</source>
        <translation>Podcast oder Thema</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Download-Status</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Pause the selected download</source>
        <translation>Den ausgewählten Download anhalten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume or retry the selected download</source>
        <translation>Den ausgewählten Download fortsetzen oder wiederholen</translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation>Download a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected download</source>
        <translation>Den ausgewählten Download abbrechen</translation>
    </message>
    <message>
        <source>Pause &amp;all</source>
        <translation>&amp;Alle anhalten</translation>
    </message>
    <message>
        <source>Pause all downloads</source>
        <translation>Alle Downloads anhalten</translation>
    </message>
    <message>
        <source>Resume a&amp;ll</source>
        <translation>A&amp;lle fortsetzen</translation>
    </message>
    <message>
        <source>Resume all downloads</source>
        <translation>Alle Downloads fortsetzen</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>Alle abbrechen</translation>
    </message>
    <message>
        <source>Cancel all unfinished downloads</source>
        <translation>Alle unfertigen Downloads abbrechen</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%1 % von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Downloaded: %1</source>
        <translation>Heruntergeladen: %1</translation>
    </message>
    <message>
        <source>Downloads stopped: %1 Make room, then press Resume all.</source>
        <translation>Downloads angehalten: %1 Schaffen Sie Platz und drücken Sie dann „Alle fortsetzen“.</translation>
    </message>
    <message>
        <source>Close the downloads</source>
        <translation>Downloads schließen</translation>
    </message>
</context>
<context>
    <name>DownloadsPreferences</name>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Downloads at once</source>
        <translation>Gleichzeitige Downloads</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Days after finishing</source>
        <translation>Tage nach dem Beenden</translation>
    </message>
    <message>
        <source>Space taken by downloads</source>
        <translation>Von Downloads belegter Platz</translation>
    </message>
    <message>
        <source>&amp;Delete downloads of finished episodes</source>
        <translation>Downloads beendeter Episoden &amp;löschen</translation>
    </message>
    <message>
        <source>Delete downloads of finished episodes</source>
        <translation>Downloads beendeter Episoden löschen</translation>
    </message>
    <message>
        <source>Your progress and history stay.</source>
        <translation>Fortschritt und Verlauf bleiben erhalten.</translation>
    </message>
    <message>
        <source>Downloads &amp;at once:</source>
        <translation>&amp;Gleichzeitige Downloads:</translation>
    </message>
    <message>
        <source>On disk:</source>
        <translation>Auf der Festplatte:</translation>
    </message>
    <message>
        <source>Delete downloads of finished episodes af&amp;ter</source>
        <translation>Downloads beendeter Episoden löschen &amp;nach</translation>
    </message>
</context>
<context>
    <name>DurationProbe</name>
    <message>
        <source>Timed out while reading the audio length.</source>
        <translation>Zeitüberschreitung beim Lesen der Audiolänge.</translation>
    </message>
    <message>
        <source>The audio cannot be read.</source>
        <translation>Das Audio kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The audio file is missing: %1</source>
        <translation>Die Audiodatei fehlt: %1</translation>
    </message>
</context>
<context>
    <name>EmbeddedChapterReader</name>
    <message>
        <source>%1: cannot read the time &quot;%2&quot;</source>
        <translation>%1: die Zeit „%2“ ist nicht lesbar</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not an audio file the tag reader knows</source>
        <translation>keine Audiodatei, die der Tag-Leser kennt</translation>
    </message>
</context>
<context>
    <name>EpisodeCardDelegate</name>
    <message>
        <source>Audio error</source>
        <translation>Audiofehler</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Now playing</source>
        <translation>Wird abgespielt</translation>
    </message>
    <message>
        <source>Show episodes tagged %1</source>
        <translation>Folgen mit Tag %1 anzeigen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>EpisodeFilterModel</name>
    <message>
        <source>Found in the transcript</source>
        <translation>Im Transkript gefunden</translation>
    </message>
    <message>
        <source>Found in transcript: %1</source>
        <translation>Im Transkript gefunden: %1</translation>
    </message>
    <message>
        <source>Found in the show notes</source>
        <translation>In den Shownotes gefunden</translation>
    </message>
    <message>
        <source>Found in show notes: %1</source>
        <translation>In den Shownotes gefunden: %1</translation>
    </message>
</context>
<context>
    <name>EpisodeListModel</name>
    <message>
        <source>%1, %2 min %3 s</source>
        <translation>%1, %2 min %3 s</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>in progress, %1% listened</source>
        <translation>begonnen, %1 % gehört</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>now playing</source>
        <translation>wird abgespielt</translation>
    </message>
    <message>
        <source>audio error: %1</source>
        <translation>Audiofehler: %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
</context>
<context>
    <name>EpisodeNotesView</name>
    <message>
        <source>Notes of this episode</source>
        <translation>Notizen dieser Folge</translation>
    </message>
    <message>
        <source>No notes yet. Press B while listening to bookmark the last half minute, Shift+B to write a note.</source>
        <translation>Noch keine Notizen. Drücken Sie beim Hören B, um die letzte halbe Minute als Lesezeichen zu speichern, Umschalt+B für eine Notiz.</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>Notiz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a note without a time</source>
        <translation>Notiz ohne Zeitpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Play clip</source>
        <translation>Ausschnitt abspielen</translation>
    </message>
    <message>
        <source>Play this clip</source>
        <translation>Diesen Ausschnitt abspielen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the note</source>
        <translation>Notiz löschen</translation>
    </message>
</context>
<context>
    <name>EpisodePage</name>
    <message>
        <source>Episode page</source>
        <translation>Folgenseite</translation>
    </message>
    <message>
        <source>Show notes</source>
        <translation>Shownotes</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Enter or a click plays from the chapter&apos;s start.</source>
        <translation>Eingabe oder ein Klick spielt ab dem Anfang des Kapitels.</translation>
    </message>
    <message>
        <source>No chapters.</source>
        <translation>Keine Kapitel.</translation>
    </message>
    <message>
        <source>Find in the transcript</source>
        <translation>Im Transkript suchen</translation>
    </message>
    <message>
        <source>Close the find field</source>
        <translation>Suchfeld schließen</translation>
    </message>
    <message>
        <source>Show &amp;notes</source>
        <translation>Show&amp;notes</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Transkript</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Back to the episodes (Esc, Alt+Left)</source>
        <translation>Zurück zu den Folgen (Esc, Alt+Links)</translation>
    </message>
    <message>
        <source>Back to the episodes</source>
        <translation>Zurück zu den Folgen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Loading the transcript…</source>
        <translation>Transkript wird geladen …</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>%1 of %2 listened</source>
        <translation>%1 von %2 gehört</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Play again</source>
        <translation>Noch&amp;mal abspielen</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Ab&amp;spielen</translation>
    </message>
    <message>
        <source>%1: the transcript is on the web and was not downloaded</source>
        <translation>%1: Das Transkript liegt im Netz und wurde nicht heruntergeladen</translation>
    </message>
    <message>
        <source>No transcript for this episode.</source>
        <translation>Kein Transkript für diese Folge.</translation>
    </message>
    <message>
        <source>%1 (playing)</source>
        <translation>%1 (läuft)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>&amp;Chapters</source>
        <translation>&amp;Kapitel</translation>
    </message>
</context>
<context>
    <name>ExportNotesDialog</name>
    <message>
        <source>Export notes</source>
        <translation>Notizen exportieren</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Markdown (Obsidian, Logseq)</source>
        <translation>Markdown (Obsidian, Logseq)</translation>
    </message>
    <message>
        <source>Anki flashcards (text file)</source>
        <translation>Anki-Karteikarten (Textdatei)</translation>
    </message>
    <message>
        <source>One file for all episodes</source>
        <translation>Eine Datei für alle Folgen</translation>
    </message>
    <message>
        <source>One file per episode, in a folder</source>
        <translation>Eine Datei je Folge, in einem Ordner</translation>
    </message>
    <message>
        <source>One file per episode</source>
        <translation>Eine Datei je Folge</translation>
    </message>
    <message>
        <source>File or folder to export to</source>
        <translation>Zieldatei oder -ordner des Exports</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the file or folder</source>
        <translation>Datei oder Ordner wählen</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export the notes</source>
        <translation>Die Notizen exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s), %1 marked as flashcards.</source>
        <translation>
            <numerusform>%n Notiz, davon %1 als Karteikarten markiert.</numerusform>
            <numerusform>%n Notizen, davon %1 als Karteikarten markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export notes to folder</source>
        <translation>Notizen in Ordner exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Choose where to export to.</source>
        <translation>Wählen Sie, wohin exportiert werden soll.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>FeedFetcher</name>
    <message>
        <source>The feed is larger than %1 and was refused.</source>
        <translation>Der Feed ist größer als %1 und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a feed address: %1</source>
        <translation>Keine Feed-Adresse: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server redirected to an address that is not a feed address.</source>
        <translation>Der Server hat auf eine Adresse umgeleitet, die keine Feed-Adresse ist.</translation>
    </message>
    <message>
        <source>The server redirects in a loop (at %1).</source>
        <translation>Der Server leitet in einer Schleife um (bei %1).</translation>
    </message>
    <message numerus="yes">
        <source>The server redirected more than %n time(s).</source>
        <translation>
            <numerusform>Der Server hat mehr als %n Mal umgeleitet.</numerusform>
            <numerusform>Der Server hat mehr als %n Mal umgeleitet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2.</source>
        <translation>Der Server antwortete mit HTTP %1 %2.</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>elements nested deeper than %1</source>
        <translation>Elemente tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>cannot read the URL &quot;%1&quot;; ignored</source>
        <translation>die URL „%1“ ist nicht lesbar; ignoriert</translation>
    </message>
    <message>
        <source>a feed from the web may only point at http and https URLs; &quot;%1&quot; ignored</source>
        <translation>ein Feed aus dem Netz darf nur auf http- und https-URLs verweisen; „%1“ ignoriert</translation>
    </message>
    <message>
        <source>too many problems; no more are listed</source>
        <translation>zu viele Probleme; weitere werden nicht aufgeführt</translation>
    </message>
    <message>
        <source>unknown entity &quot;&amp;%1;&quot;; kept as text</source>
        <translation>unbekannte Entität „&amp;%1;“; als Text belassen</translation>
    </message>
    <message>
        <source>HTML entity &quot;&amp;%1;&quot; is not defined in XML; read as &quot;%2&quot;</source>
        <translation>die HTML-Entität „&amp;%1;“ ist in XML nicht definiert; als „%2“ gelesen</translation>
    </message>
    <message>
        <source>this is a web page, not a feed, and it links no feed</source>
        <translation>dies ist eine Webseite, kein Feed, und sie verweist auf keinen Feed</translation>
    </message>
    <message>
        <source>not a podcast feed: the document is &lt;%1&gt;, expected &lt;rss&gt; or an Atom &lt;feed&gt;</source>
        <translation>kein Podcast-Feed: das Dokument ist &lt;%1&gt;, erwartet wird &lt;rss&gt; oder ein Atom-&lt;feed&gt;</translation>
    </message>
    <message numerus="yes">
        <source>the document ends too early (truncated?); %n item(s) read before</source>
        <translation>
            <numerusform>das Dokument endet zu früh (abgeschnitten?); %n Eintrag davor gelesen</numerusform>
            <numerusform>das Dokument endet zu früh (abgeschnitten?); %n Einträge davor gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the chapter start &quot;%1&quot;; chapter ignored</source>
        <translation>der Kapitelbeginn „%1“ ist nicht lesbar; Kapitel ignoriert</translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot;; left empty</source>
        <translation>das Datum „%1“ ist nicht lesbar; bleibt leer</translation>
    </message>
    <message>
        <source>cannot read the duration &quot;%1&quot;; left empty</source>
        <translation>die Dauer „%1“ ist nicht lesbar; bleibt leer</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>das Dokument ist leer</translation>
    </message>
</context>
<context>
    <name>FolderScanner</name>
    <message>
        <source>not a regular file (a pipe, socket or device)</source>
        <translation>keine reguläre Datei (eine Pipe, ein Socket oder ein Gerät)</translation>
    </message>
    <message>
        <source>a link to a file that does not exist</source>
        <translation>ein Verweis auf eine Datei, die es nicht gibt</translation>
    </message>
    <message>
        <source>the file cannot be read (no permission)</source>
        <translation>die Datei kann nicht gelesen werden (keine Berechtigung)</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>the folder cannot be read (no permission)</source>
        <translation>der Ordner kann nicht gelesen werden (keine Berechtigung)</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>die Datei ist leer (0 Bytes)</translation>
    </message>
</context>
<context>
    <name>GoalIndicator</name>
    <message>
        <source>Daily goal</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <source>%1 / %2 min</source>
        <translation>%1 / %2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>Daily goal reached: %n minute(s) listened today.</source>
        <translation>
            <numerusform>Tagesziel erreicht: heute %n Minute gehört.</numerusform>
            <numerusform>Tagesziel erreicht: heute %n Minuten gehört.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n minute(s) listened today toward the daily goal.</source>
        <translation>
            <numerusform>Heute %1 von %n Minute des Tagesziels gehört.</numerusform>
            <numerusform>Heute %1 von %n Minuten des Tagesziels gehört.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s).</source>
        <translation>
            <numerusform>Serie: %n Tag.</numerusform>
            <numerusform>Serie: %n Tage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GstPlayEngine</name>
    <message>
        <source>The audio cannot be read.</source>
        <translation>Das Audio kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>JsonLimits</name>
    <message>
        <source>a string longer than %1 MiB; refused to keep memory bounded</source>
        <translation>eine Zeichenkette länger als %1 MiB; abgelehnt, um den Speicherbedarf zu begrenzen</translation>
    </message>
    <message>
        <source>more than %1 arrays and objects; refused to keep memory bounded</source>
        <translation>mehr als %1 Arrays und Objekte; abgelehnt, um den Speicherbedarf zu begrenzen</translation>
    </message>
    <message>
        <source>more than %1 values; refused to keep memory bounded</source>
        <translation>mehr als %1 Werte; abgelehnt, um den Speicherbedarf zu begrenzen</translation>
    </message>
</context>
<context>
    <name>LibraryTreeModel</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>All episodes</source>
        <translation>Alle Folgen</translation>
    </message>
    <message>
        <source>Continue listening</source>
        <translation>Weiterhören</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n episode(s)</source>
        <translation>
            <numerusform>%1, %n Folge</numerusform>
            <numerusform>%1, %n Folgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n episode(s) finished</source>
        <translation>
            <numerusform>%1, %2 von %n Folge abgeschlossen</numerusform>
            <numerusform>%1, %2 von %n Folgen abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Podcasts</source>
        <translation>Podcasts</translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>Letzte Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n note(s)</source>
        <translation>
            <numerusform>%1, %n Notiz</numerusform>
            <numerusform>%1, %n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>ListeningStatistics</name>
    <message>
        <source>Cannot read the listening statistics: %1</source>
        <translation>Die Hörstatistik kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Earmark</source>
        <translation>Earmark</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Topics and tags with finished and total episode counts. Select one to filter the episodes; Ctrl-click several tags to see episodes that carry all of them.</source>
        <translation>Themen und Tags mit der Zahl abgeschlossener und aller Folgen. Wählen Sie einen Eintrag, um die Folgen zu filtern; mit Strg-Klick auf mehrere Tags sehen Sie die Folgen, die alle davon tragen.</translation>
    </message>
    <message>
        <source>Search episodes</source>
        <translation>Folgen durchsuchen</translation>
    </message>
    <message>
        <source>Sort episodes</source>
        <translation>Folgen sortieren</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Course order</source>
        <translation>Kursreihenfolge</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Recently played</source>
        <translation>Zuletzt gehört</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>&amp;Sortierung:</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Episode cards. Enter plays the selected episode; the context menu has more.</source>
        <translation>Folgenkarten. Enter spielt die ausgewählte Folge ab; weitere Aktionen bietet das Kontextmenü.</translation>
    </message>
    <message>
        <source>No episodes match</source>
        <translation>Keine passenden Folgen</translation>
    </message>
    <message>
        <source>Try other words, or remove a filter to see more episodes.</source>
        <translation>Versuchen Sie andere Wörter, oder entfernen Sie einen Filter, um mehr Folgen zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Earmark</source>
        <translation>Ü&amp;ber Earmark</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Wie im &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
    <message>
        <source>Continue listening</source>
        <translation>Weiterhören</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n episode(s)</source>
        <translation>
            <numerusform>%1 von %n Folge</numerusform>
            <numerusform>%1 von %n Folgen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>Mark as &amp;unfinished</source>
        <translation>Als &amp;nicht abgeschlossen markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;finished</source>
        <translation>Als a&amp;bgeschlossen markieren</translation>
    </message>
    <message>
        <source>&amp;Reset progress</source>
        <translation>&amp;Fortschritt zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Copy title</source>
        <translation>Titel &amp;kopieren</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Down (in search)</source>
        <translation>Herunter (in der Suche)</translation>
    </message>
    <message>
        <source>Move to the first episode</source>
        <translation>Zur ersten Folge wechseln</translation>
    </message>
    <message>
        <source>Up (on the first episode)</source>
        <translation>Hoch (auf der ersten Folge)</translation>
    </message>
    <message>
        <source>Back to the search field</source>
        <translation>Zurück zum Suchfeld</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Play the selected episode</source>
        <translation>Ausgewählte Folge abspielen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Play or pause (not while typing)</source>
        <translation>Abspielen oder pausieren (nicht beim Tippen)</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>Links / Rechts</translation>
    </message>
    <message>
        <source>Back 10 s / forward 30 s</source>
        <translation>10 s zurück / 30 s vor</translation>
    </message>
    <message>
        <source>Slower / faster</source>
        <translation>Langsamer / schneller</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm schalten</translation>
    </message>
    <message>
        <source>Next / previous episode</source>
        <translation>Nächste / vorherige Folge</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>About Earmark</source>
        <translation>Über Earmark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Earmark %1&lt;/h3&gt;&lt;p&gt;Study AI-training concepts by ear: short audio overviews, browsed by topic and tag, with your listening progress kept.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Earmark %1&lt;/h3&gt;&lt;p&gt;KI-Trainingskonzepte mit dem Ohr lernen: kurze Audio-Überblicke, nach Thema und Tag geordnet, mit gespeichertem Hörfortschritt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Episodes shown</source>
        <translation>Angezeigte Folgen</translation>
    </message>
    <message>
        <source>Removes the search words and tree selection</source>
        <translation>Entfernt die Suchwörter und die Auswahl im Baum</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Fortschritt der Aktualisierung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the refresh</source>
        <translation>Aktualisierung abbrechen</translation>
    </message>
    <message>
        <source>Add &amp;podcast…</source>
        <translation>&amp;Podcast hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Import subscriptions…</source>
        <translation>Abonnements &amp;importieren…</translation>
    </message>
    <message>
        <source>Import subscriptions</source>
        <translation>Abonnements importieren</translation>
    </message>
    <message>
        <source>OPML subscription lists (*.opml *.xml);;All files (*)</source>
        <translation>OPML-Abonnementlisten (*.opml *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Export subscriptions…</source>
        <translation>Abonnements &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export subscriptions</source>
        <translation>Abonnements exportieren</translation>
    </message>
    <message>
        <source>OPML subscription lists (*.opml)</source>
        <translation>OPML-Abonnementlisten (*.opml)</translation>
    </message>
    <message>
        <source>&amp;Refresh podcasts</source>
        <translation>Podcasts &amp;aktualisieren</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %1 of %n podcast(s)</source>
        <translation>
            <numerusform>Aktualisierung: %1 von %n Podcast</numerusform>
            <numerusform>Aktualisierung: %1 von %n Podcasts</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Mark all as &amp;finished</source>
        <translation>Alle als abgeschlossen &amp;markieren</translation>
    </message>
    <message>
        <source>Copy feed &amp;URL</source>
        <translation>Feed-&amp;URL kopieren</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>Abonnement &amp;beenden…</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <source>Add a podcast</source>
        <translation>Podcast hinzufügen</translation>
    </message>
    <message>
        <source>Refresh podcasts</source>
        <translation>Podcasts aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;catalog…</source>
        <translation>&amp;Katalog hinzufügen…</translation>
    </message>
    <message>
        <source>Add catalog</source>
        <translation>Katalog hinzufügen</translation>
    </message>
    <message>
        <source>Earmark catalogs (*.json);;All files (*)</source>
        <translation>Earmark-Kataloge (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Remove folder from library</source>
        <translation>Ordner aus der Bibliothek &amp;entfernen</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Add a catalog file</source>
        <translation>Katalogdatei hinzufügen</translation>
    </message>
    <message>
        <source>Export &amp;notes…</source>
        <translation>&amp;Notizen exportieren…</translation>
    </message>
    <message>
        <source>Bookmark the last 30 seconds (not while typing)</source>
        <translation>Die letzten 30 Sekunden als Lesezeichen (nicht beim Tippen)</translation>
    </message>
    <message>
        <source>Write a note on the last 30 seconds</source>
        <translation>Notiz zu den letzten 30 Sekunden schreiben</translation>
    </message>
    <message>
        <source>Undo the last bookmark or deleted note</source>
        <translation>Letztes Lesezeichen oder Löschen einer Notiz rückgängig machen</translation>
    </message>
    <message>
        <source>Search episodes, show notes and transcripts (Ctrl+F)</source>
        <translation>Folgen, Shownotes und Transkripte durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Words in any order, matched against title, summary and tags, or as the start of words in show notes and transcripts. Press Down to move to the first episode.</source>
        <translation>Wörter in beliebiger Reihenfolge, gesucht in Titel, Zusammenfassung und Tags oder als Wortanfang in Shownotes und Transkripten. Mit der Pfeiltaste nach unten gelangen Sie zur ersten Folge.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Play ne&amp;xt</source>
        <translation>Als &amp;Nächstes abspielen</translation>
    </message>
    <message>
        <source>Add to Up &amp;Next</source>
        <translation>Zu „Als Nächstes“ &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the selected episode to Up Next</source>
        <translation>Die ausgewählte Folge zu „Als Nächstes“ hinzufügen</translation>
    </message>
    <message>
        <source>Play the selected episode next</source>
        <translation>Die ausgewählte Folge als Nächstes abspielen</translation>
    </message>
    <message>
        <source>Show or hide Up Next</source>
        <translation>„Als Nächstes“ ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>&amp;Episode page</source>
        <translation>F&amp;olgenseite</translation>
    </message>
    <message>
        <source>&amp;Open episode page</source>
        <translation>Folgenseite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the episode page of the selected episode</source>
        <translation>Die Seite der gewählten Folge öffnen</translation>
    </message>
    <message>
        <source>Esc, Alt+Left</source>
        <translation>Esc, Alt+Links</translation>
    </message>
    <message>
        <source>Episode page: back to the episodes</source>
        <translation>Folgenseite: zurück zu den Folgen</translation>
    </message>
    <message>
        <source> (on the page)</source>
        <translation> (auf der Folgenseite)</translation>
    </message>
    <message>
        <source>Find in the transcript (Enter: next, Shift+Enter: previous)</source>
        <translation>Im Transkript suchen (Eingabe: nächste, Umschalt+Eingabe: vorige Stelle)</translation>
    </message>
    <message>
        <source>Up / Down, Enter (in the transcript)</source>
        <translation>Hoch / Runter, Eingabe (im Transkript)</translation>
    </message>
    <message>
        <source>Pick a line, play from there</source>
        <translation>Eine Zeile wählen, ab dort abspielen</translation>
    </message>
    <message>
        <source>Next chapter / start of the chapter (twice: previous chapter)</source>
        <translation>Nächstes Kapitel / Anfang des Kapitels (zweimal: voriges Kapitel)</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Downloads</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Show or hide the Notes panel</source>
        <translation>Notizbereich ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>NoteEditorDialog</name>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Transcript of the bookmark</source>
        <translation>Transkript des Lesezeichens</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What did you learn? (Markdown: **bold**, *italic*, - lists)</source>
        <translation>Was haben Sie gelernt? (Markdown: **fett**, *kursiv*, - Listen)</translation>
    </message>
    <message>
        <source>Make &amp;flashcard</source>
        <translation>Als &amp;Karteikarte</translation>
    </message>
    <message>
        <source>Make flashcard</source>
        <translation>Als Karteikarte</translation>
    </message>
    <message>
        <source>Flashcard front</source>
        <translation>Vorderseite der Karteikarte</translation>
    </message>
    <message>
        <source>The question (empty: the note&apos;s first line)</source>
        <translation>Die Frage (leer: die erste Zeile der Notiz)</translation>
    </message>
    <message>
        <source>Flashcard back</source>
        <translation>Rückseite der Karteikarte</translation>
    </message>
    <message>
        <source>The answer (empty: the rest of the note)</source>
        <translation>Die Antwort (leer: der Rest der Notiz)</translation>
    </message>
    <message>
        <source>Front:</source>
        <translation>Vorderseite:</translation>
    </message>
    <message>
        <source>Back:</source>
        <translation>Rückseite:</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Discard the note</source>
        <translation>Notiz verwerfen</translation>
    </message>
</context>
<context>
    <name>NotesAnkiExporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>NotesCommands</name>
    <message>
        <source>--export-notes: unknown format &quot;%1&quot;; use markdown or anki</source>
        <translation>--export-notes: unbekanntes Format „%1“; verwenden Sie markdown oder anki</translation>
    </message>
    <message>
        <source>--export-notes: give the file to write after the format</source>
        <translation>--export-notes: geben Sie nach dem Format die zu schreibende Datei an</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n flashcard(s) to %1.</source>
        <translation>
            <numerusform>%n Karteikarte nach %1 exportiert.</numerusform>
            <numerusform>%n Karteikarten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>%n Notiz nach %1 exportiert.</numerusform>
            <numerusform>%n Notizen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <source>A note you were writing was recovered.</source>
        <translation>Eine Notiz, die Sie gerade schrieben, wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The bookmark could not be saved: %1</source>
        <translation>Das Lesezeichen konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Bookmark removed.</source>
        <translation>Lesezeichen entfernt.</translation>
    </message>
    <message>
        <source>Bookmarked %1–%2. %3 undoes it, Shift+B adds a note.</source>
        <translation>Lesezeichen %1–%2 gesetzt. %3 macht es rückgängig, Umschalt+B fügt eine Notiz hinzu.</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>Die Notiz konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <source>Note restored.</source>
        <translation>Notiz wiederhergestellt.</translation>
    </message>
    <message>
        <source>Note deleted. %1 undoes it.</source>
        <translation>Notiz gelöscht. %1 macht es rückgängig.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Alle Notizen</translation>
    </message>
    <message>
        <source>Click a note to play its clip; press Enter to edit it.</source>
        <translation>Klicken Sie auf eine Notiz, um ihren Ausschnitt abzuspielen; Enter bearbeitet sie.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes of the episode</source>
        <translation>Notizen der Folge</translation>
    </message>
    <message>
        <source>Play an episode to bookmark it.</source>
        <translation>Spielen Sie eine Folge ab, um ein Lesezeichen zu setzen.</translation>
    </message>
    <message>
        <source>&amp;Notes panel</source>
        <translation>&amp;Notizbereich</translation>
    </message>
</context>
<context>
    <name>NotesListModel</name>
    <message>
        <source>Bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 bei %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>NotesMarkdownExporter</name>
    <message>
        <source>Earmark notes</source>
        <translation>Earmark-Notizen</translation>
    </message>
    <message>
        <source>Podcast: %1</source>
        <translation>Podcast: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>NotesStore</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 has no notes table; open it with Earmark once to upgrade it.</source>
        <translation>%1 hat keine Notiztabelle; öffnen Sie die Datei einmal mit Earmark, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>The note is no longer there.</source>
        <translation>Die Notiz ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>A note needs an episode.</source>
        <translation>Eine Notiz braucht eine Folge.</translation>
    </message>
</context>
<context>
    <name>OpmlReader</name>
    <message>
        <source>unknown entity &quot;&amp;%1;&quot;; kept as text</source>
        <translation>unbekannte Entität „&amp;%1;“; als Text belassen</translation>
    </message>
    <message>
        <source>HTML entity &quot;&amp;%1;&quot; is not defined in XML; read as &quot;%2&quot;</source>
        <translation>die HTML-Entität „&amp;%1;“ ist in XML nicht definiert; als „%2“ gelesen</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>das Dokument ist leer</translation>
    </message>
    <message>
        <source>an outline of type &quot;rss&quot; without an xmlUrl; skipped</source>
        <translation>ein outline vom Typ „rss“ ohne xmlUrl; übersprungen</translation>
    </message>
    <message>
        <source>elements nested deeper than %1</source>
        <translation>Elemente tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>not an OPML file: the document is &lt;%1&gt;, expected &lt;opml&gt;</source>
        <translation>keine OPML-Datei: das Dokument ist &lt;%1&gt;, erwartet wird &lt;opml&gt;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a feed URL; skipped</source>
        <translation>„%1“ ist keine Feed-URL; übersprungen</translation>
    </message>
    <message>
        <source>the same feed as the outline on line %1; kept once</source>
        <translation>derselbe Feed wie im outline in Zeile %1; nur einmal übernommen</translation>
    </message>
    <message numerus="yes">
        <source>the document ends too early (truncated?); %n subscription(s) read before</source>
        <translation>
            <numerusform>das Dokument endet zu früh (abgeschnitten?); %n Abonnement davor gelesen</numerusform>
            <numerusform>das Dokument endet zu früh (abgeschnitten?); %n Abonnements davor gelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybackController</name>
    <message>
        <source>“%1” has no audio.</source>
        <translation>„%1“ hat kein Audio.</translation>
    </message>
    <message>
        <source>The audio file of “%1” is missing: %2</source>
        <translation>Die Audiodatei von „%1“ fehlt: %2</translation>
    </message>
    <message>
        <source>The audio of “%1” cannot be played.</source>
        <translation>Das Audio von „%1“ kann nicht abgespielt werden.</translation>
    </message>
    <message>
        <source>The audio of “%1” is in a format that cannot be played (%2).</source>
        <translation>Das Audio von „%1“ liegt in einem Format vor, das nicht abgespielt werden kann (%2).</translation>
    </message>
    <message>
        <source>Could not download the audio of “%1”: %2</source>
        <translation>Das Audio von „%1“ konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>Not allowed to read the audio of “%1”: %2</source>
        <translation>Keine Berechtigung, das Audio von „%1“ zu lesen: %2</translation>
    </message>
    <message>
        <source>Could not play the audio of “%1”: %2</source>
        <translation>Das Audio von „%1“ konnte nicht abgespielt werden: %2</translation>
    </message>
</context>
<context>
    <name>PlaybackEngineFactory</name>
    <message>
        <source>GStreamer (keeps the pitch at every speed)</source>
        <translation>GStreamer (hält die Tonhöhe bei jeder Geschwindigkeit)</translation>
    </message>
    <message>
        <source>Qt Multimedia (keeps the pitch at every speed)</source>
        <translation>Qt Multimedia (hält die Tonhöhe bei jeder Geschwindigkeit)</translation>
    </message>
    <message>
        <source>Qt Multimedia (the pitch follows the speed)</source>
        <translation>Qt Multimedia (die Tonhöhe folgt der Geschwindigkeit)</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <source>Player</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Now playing</source>
        <translation>Wird abgespielt</translation>
    </message>
    <message>
        <source>Playback error</source>
        <translation>Wiedergabefehler</translation>
    </message>
    <message>
        <source>Sleep timer</source>
        <translation>Schlaftimer</translation>
    </message>
    <message>
        <source>Previous episode</source>
        <translation>Vorherige Folge</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurückspringen</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorspringen</translation>
    </message>
    <message>
        <source>Next episode</source>
        <translation>Nächste Folge</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <source>Remaining time</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Position in the episode</source>
        <translation>Position in der Folge</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm schalten</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Geschwindigkeit:</translation>
    </message>
    <message>
        <source>Custom playback speed</source>
        <translation>Eigene Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>At the end of the episode</source>
        <translation>Am Ende der Folge</translation>
    </message>
    <message>
        <source>Cancel the sleep timer</source>
        <translation>Schlaftimer abbrechen</translation>
    </message>
    <message>
        <source>Nothing playing — pick an episode</source>
        <translation>Keine Wiedergabe – wählen Sie eine Folge</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ton einschalten</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Playback speed: %1</source>
        <translation>Wiedergabegeschwindigkeit: %1</translation>
    </message>
    <message>
        <source>Sleep at the end of the episode</source>
        <translation>Stopp am Ende der Folge</translation>
    </message>
    <message>
        <source>Sleep in %1</source>
        <translation>Stopp in %1</translation>
    </message>
    <message numerus="yes">
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>In %n Minute</numerusform>
            <numerusform>In %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back %n second(s)</source>
        <translation>
            <numerusform>%n Sekunde zurück</numerusform>
            <numerusform>%n Sekunden zurück</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forward %n second(s)</source>
        <translation>
            <numerusform>%n Sekunde vor</numerusform>
            <numerusform>%n Sekunden vor</numerusform>
        </translation>
    </message>
    <message>
        <source>The pitch rises with the speed (see Preferences)</source>
        <translation>Die Tonhöhe steigt mit der Geschwindigkeit (siehe Einstellungen)</translation>
    </message>
    <message>
        <source>Bookmark the last 30 seconds (B)</source>
        <translation>Die letzten 30 Sekunden als Lesezeichen (B)</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Chapter: %1</source>
        <translation>Kapitel: %1</translation>
    </message>
    <message>
        <source>From disk</source>
        <translation>Von der Festplatte</translation>
    </message>
    <message>
        <source>Plays from disk</source>
        <translation>Wird von der Festplatte abgespielt</translation>
    </message>
    <message>
        <source>The episode plays from a file on this computer.</source>
        <translation>Die Episode wird aus einer Datei auf diesem Computer abgespielt.</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <source>Streams from the web</source>
        <translation>Wird aus dem Web gestreamt</translation>
    </message>
    <message>
        <source>The episode streams from the web; download it to listen offline.</source>
        <translation>Die Episode wird aus dem Web gestreamt; laden Sie sie herunter, um offline zu hören.</translation>
    </message>
</context>
<context>
    <name>PodcastCommands</name>
    <message>
        <source>%1 is neither an http(s) address nor a feed file.</source>
        <translation>%1 ist weder eine http(s)-Adresse noch eine Feed-Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n Folge</numerusform>
            <numerusform>%n Folgen</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not modified</source>
        <translation>unverändert</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: not an http(s) feed address, skipped</source>
        <translation>%1: keine http(s)-Feed-Adresse, übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n bereits vorhanden</numerusform>
            <numerusform>%n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Earmark subscriptions</source>
        <translation>Earmark-Abonnements</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>kann nicht auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n subscription(s) to %1.</source>
        <translation>
            <numerusform>%n Abonnement nach %1 exportiert.</numerusform>
            <numerusform>%n Abonnements nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PodcastPropertiesDialog</name>
    <message>
        <source>Properties of %1</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Feed address:</source>
        <translation>Feed-Adresse:</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Feed-Adresse</translation>
    </message>
    <message>
        <source>Web page:</source>
        <translation>Webseite:</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Episodes:</source>
        <translation>Folgen:</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Subscribed:</source>
        <translation>Abonniert seit:</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonniert seit</translation>
    </message>
    <message>
        <source>Last refresh:</source>
        <translation>Letzte Aktualisierung:</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Result of the last refresh</source>
        <translation>Ergebnis der letzten Aktualisierung</translation>
    </message>
    <message>
        <source>&amp;Refresh automatically</source>
        <translation>&amp;Automatisch aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Download new episodes automatically</source>
        <translation>Neue Episoden automatisch &amp;herunterladen</translation>
    </message>
    <message>
        <source>After each refresh, the episodes it brought are downloaded for offline listening.</source>
        <translation>Nach jeder Aktualisierung werden die neuen Episoden zum Offline-Hören heruntergeladen.</translation>
    </message>
</context>
<context>
    <name>PodcastRefresher</name>
    <message>
        <source>%1 is a web page, not a feed.</source>
        <translation>%1 ist eine Webseite, kein Feed.</translation>
    </message>
    <message>
        <source>%1: not a podcast feed.</source>
        <translation>%1: kein Podcast-Feed.</translation>
    </message>
</context>
<context>
    <name>PodcastStore</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 has no podcast tables; open it with Earmark once to upgrade it.</source>
        <translation>%1 hat keine Podcast-Tabellen; öffnen Sie die Datei einmal mit Earmark, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>No such podcast: %1</source>
        <translation>Podcast nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Another subscription already has the address %1.</source>
        <translation>Ein anderes Abonnement hat bereits die Adresse %1.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Skip back</source>
        <translation>Zurückspringen</translation>
    </message>
    <message>
        <source>Skip forward</source>
        <translation>Vorspringen</translation>
    </message>
    <message>
        <source>Count as finished</source>
        <translation>Als abgeschlossen zählen</translation>
    </message>
    <message>
        <source>An episode counts as finished when less than this remains.</source>
        <translation>Eine Folge gilt als abgeschlossen, wenn weniger als diese Zeit übrig ist.</translation>
    </message>
    <message>
        <source>&amp;Play the next unfinished episode when one ends</source>
        <translation>&amp;Nach dem Ende einer Folge die nächste nicht abgeschlossene abspielen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Skip &amp;back:</source>
        <translation>&amp;Zurückspringen:</translation>
    </message>
    <message>
        <source>Skip &amp;forward:</source>
        <translation>&amp;Vorspringen:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Count as finished with less than:</source>
        <translation>Abgeschlossen bei &amp;weniger als:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Refresh podcasts every</source>
        <translation>Podcasts aktualisieren alle</translation>
    </message>
    <message>
        <source>Hours between automatic refreshes of the podcasts; 0 refreshes only on request.</source>
        <translation>Stunden zwischen den automatischen Aktualisierungen der Podcasts; bei 0 wird nur auf Anforderung aktualisiert.</translation>
    </message>
    <message>
        <source>&amp;Refresh podcasts every:</source>
        <translation>Podcasts &amp;aktualisieren alle:</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Playback engine</source>
        <translation>Wiedergabe-Engine</translation>
    </message>
    <message>
        <source>In use: %1.</source>
        <translation>In Gebrauch: %1.</translation>
    </message>
    <message>
        <source>Switches when you press OK; the episode goes on where it was.</source>
        <translation>Wechselt, sobald Sie OK drücken; die Folge läuft an derselben Stelle weiter.</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>Audioausgabe</translation>
    </message>
    <message>
        <source>The system&apos;s default output</source>
        <translation>Die Standardausgabe des Systems</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht verbunden)</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>&amp;Ausgabe:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Sources in the library</source>
        <translation>Quellen in der Bibliothek</translation>
    </message>
    <message>
        <source>Catalog files, folders and podcasts you added. Removing a catalog or folder keeps your progress; removing a podcast unsubscribes from it.</source>
        <translation>Katalogdateien, Ordner und Podcasts, die Sie hinzugefügt haben. Wenn Sie einen Katalog oder Ordner entfernen, bleibt Ihr Fortschritt erhalten; einen Podcast zu entfernen beendet sein Abonnement.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected source</source>
        <translation>Ausgewählte Quelle entfernen</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Podcast</source>
        <translation>Podcast</translation>
    </message>
    <message>
        <source>Nothing added yet: File &gt; Add folder…, Add catalog…, Add podcast…</source>
        <translation>Noch nichts hinzugefügt: Datei &gt; Ordner hinzufügen…, Katalog hinzufügen…, Podcast hinzufügen…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Daily listening goal in minutes</source>
        <translation>Tägliches Hörziel in Minuten</translation>
    </message>
    <message>
        <source>&amp;Daily goal:</source>
        <translation>&amp;Tagesziel:</translation>
    </message>
</context>
<context>
    <name>ProgressCommands</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>added: position %1</source>
        <translation>hinzugefügt: Position %1</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>position %1 -&gt; %2</source>
        <translation>Position %1 -&gt; %2</translation>
    </message>
    <message>
        <source>duration %1 -&gt; %2</source>
        <translation>Dauer %1 -&gt; %2</translation>
    </message>
    <message>
        <source>finished %1 -&gt; %2</source>
        <translation>abgeschlossen %1 -&gt; %2</translation>
    </message>
    <message>
        <source>times played %1 -&gt; %2</source>
        <translation>Wiedergaben %1 -&gt; %2</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <source>updated: %1</source>
        <translation>aktualisiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n Sitzung hinzugefügt</numerusform>
            <numerusform>%n Sitzungen hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was damaged. It was moved aside to %2 and an empty progress database was started; run the command again to use it.</source>
        <translation>%1 war beschädigt. Die Datei wurde nach %2 verschoben und eine leere Fortschrittsdatenbank angelegt; führen Sie den Befehl erneut aus, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>kann nicht auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported the progress of %n episode(s) to %1.</source>
        <translation>
            <numerusform>Fortschritt von %n Folge nach %1 exportiert.</numerusform>
            <numerusform>Fortschritt von %n Folgen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>another Earmark is using %1; quit it, then import again.</source>
        <translation>eine andere Earmark-Instanz verwendet %1; beenden Sie sie und importieren Sie dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n episode(s) changed</source>
        <translation>
            <numerusform>%1: %n Folge geändert</numerusform>
            <numerusform>%1: %n Folgen geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n bereits aktuell</numerusform>
            <numerusform>%n bereits aktuell</numerusform>
        </translation>
    </message>
    <message>
        <source>another Earmark is using %1; quit it and restore again, or use File &gt; Restore from backup in its window.</source>
        <translation>eine andere Earmark-Instanz verwendet %1; beenden Sie sie und stellen Sie dann wieder her, oder verwenden Sie Datei &gt; Aus Sicherung wiederherstellen in ihrem Fenster.</translation>
    </message>
    <message numerus="yes">
        <source>Restored the progress of %n episode(s) from %1.</source>
        <translation>
            <numerusform>Fortschritt von %n Folge aus %1 wiederhergestellt.</numerusform>
            <numerusform>Fortschritt von %n Folgen aus %1 wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The progress before was backed up to %1.</source>
        <translation>Der bisherige Fortschritt wurde unter %1 gesichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) added or updated</source>
        <translation>
            <numerusform>%n Notiz hinzugefügt oder aktualisiert</numerusform>
            <numerusform>%n Notizen hinzugefügt oder aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>review schedule: %n change(s)</source>
        <translation>
            <numerusform>Wiederholungsplan: %n Änderung</numerusform>
            <numerusform>Wiederholungsplan: %n Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressJson</name>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <source>must be a number greater than 0</source>
        <translation>muss eine Zahl größer als 0 sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time%1</source>
        <translation>muss ein Datum mit Uhrzeit nach ISO 8601 sein%1</translation>
    </message>
    <message>
        <source> or null</source>
        <translation> oder null</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <source>not an Earmark progress export (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>kein Earmark-Fortschrittsexport (&quot;format&quot; muss &quot;%1&quot; sein)</translation>
    </message>
    <message>
        <source>export format version %1 is not supported (this Earmark reads up to %2)</source>
        <translation>Exportformat-Version %1 wird nicht unterstützt (diese Earmark-Version liest bis %2)</translation>
    </message>
    <message>
        <source>episodes: must be an array</source>
        <translation>episodes: muss ein Array sein</translation>
    </message>
    <message>
        <source>: must be an object</source>
        <translation>: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>.id: must not be empty</source>
        <translation>.id: darf nicht leer sein</translation>
    </message>
    <message>
        <source>.sessions: must be an array</source>
        <translation>.sessions: muss ein Array sein</translation>
    </message>
    <message>
        <source>the file is too large (%1 MiB); the limit is %2 MiB</source>
        <translation>die Datei ist zu groß (%1 MiB); die Grenze liegt bei %2 MiB</translation>
    </message>
    <message>
        <source>refused at offset %1: %2</source>
        <translation>abgelehnt bei Position %1: %2</translation>
    </message>
    <message>
        <source>notes: must be an array</source>
        <translation>notes: muss ein Array sein</translation>
    </message>
    <message>
        <source>.episodeId: must not be empty</source>
        <translation>.episodeId: darf nicht leer sein</translation>
    </message>
    <message>
        <source>.endMs: must not be before startMs</source>
        <translation>.endMs: darf nicht vor startMs liegen</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Earmark (schema version %2; this one reads up to %3). It was left untouched; update Earmark or use another data directory.</source>
        <translation>%1 wurde von einer neueren Earmark-Version geschrieben (Schemaversion %2; diese Version liest bis %3). Die Datei wurde nicht verändert; aktualisieren Sie Earmark oder verwenden Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>Cannot switch %1 to WAL journal mode: %2</source>
        <translation>%1 kann nicht in den WAL-Journalmodus versetzt werden: %2</translation>
    </message>
    <message>
        <source>Cannot set up %1: %2</source>
        <translation>%1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>There is no progress database at %1.</source>
        <translation>Unter %1 gibt es keine Fortschrittsdatenbank.</translation>
    </message>
    <message>
        <source>%1 is damaged. Start Earmark with this data directory to move it aside and begin a fresh one.</source>
        <translation>%1 ist beschädigt. Starten Sie Earmark mit diesem Datenordner, um die Datei beiseitezulegen und eine neue zu beginnen.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Earmark (schema version %2; this one reads up to %3).</source>
        <translation>%1 wurde von einer neueren Earmark-Version geschrieben (Schemaversion %2; diese Version liest bis %3).</translation>
    </message>
    <message>
        <source>%1 has an older format (schema version %2). Start Earmark with this data directory once to upgrade it.</source>
        <translation>%1 hat ein älteres Format (Schemaversion %2). Starten Sie Earmark einmal mit diesem Datenordner, um die Datei zu aktualisieren.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not available.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and could not be moved aside to %2. It was left as it is.</source>
        <translation>%1 ist beschädigt und konnte nicht nach %2 verschoben werden. Die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>%1 is damaged and was moved aside to %2, but %3 could not be moved.</source>
        <translation>%1 ist beschädigt und wurde nach %2 verschoben, aber %3 konnte nicht verschoben werden.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation>%1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to schema version %2: %3</source>
        <translation>%1 kann nicht auf Schemaversion %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>Cannot prepare a statement on %1: %2</source>
        <translation>Anweisung für %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Cannot %1 in %2: %3</source>
        <translation>Fehler bei „%1“ in %2: %3</translation>
    </message>
    <message>
        <source>The progress database is not open.</source>
        <translation>Die Fortschrittsdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read progress in %1: %2</source>
        <translation>Fortschritt in %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>A session needs an episode and a start time.</source>
        <translation>Eine Sitzung braucht eine Folge und eine Startzeit.</translation>
    </message>
    <message>
        <source>Cannot begin a transaction on %1.</source>
        <translation>Für %1 kann keine Transaktion begonnen werden.</translation>
    </message>
    <message>
        <source>Cannot commit the import to %1.</source>
        <translation>Der Import kann nicht in %1 festgeschrieben werden.</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>Es gibt keine Sicherungsdatei %1.</translation>
    </message>
    <message>
        <source>%1 is not a backup of Earmark&apos;s progress.</source>
        <translation>%1 ist keine Sicherung des Earmark-Fortschritts.</translation>
    </message>
    <message>
        <source>Cannot copy %1 aside before upgrading it: %2</source>
        <translation>%1 kann vor der Aktualisierung nicht beiseitekopiert werden: %2</translation>
    </message>
    <message>
        <source>The disk that holds your progress (%1) is full. Earmark keeps playing and saves again as soon as there is space; nothing saved before is lost.</source>
        <translation>Der Datenträger mit Ihrem Fortschritt (%1) ist voll. Earmark spielt weiter und speichert wieder, sobald Platz frei ist; bereits Gespeichertes geht nicht verloren.</translation>
    </message>
    <message>
        <source>Your progress cannot be saved: %1 is read-only. Earmark keeps playing and saves again as soon as it can write; nothing saved before is lost.</source>
        <translation>Ihr Fortschritt kann nicht gespeichert werden: %1 ist schreibgeschützt. Earmark spielt weiter und speichert wieder, sobald es schreiben kann; bereits Gespeichertes geht nicht verloren.</translation>
    </message>
    <message>
        <source>Your progress cannot be saved: writing %1 fails (%2). Earmark keeps playing and tries again; nothing saved before is lost.</source>
        <translation>Ihr Fortschritt kann nicht gespeichert werden: Das Schreiben von %1 schlägt fehl (%2). Earmark spielt weiter und versucht es erneut; bereits Gespeichertes geht nicht verloren.</translation>
    </message>
    <message>
        <source>Cannot add a session in %1: %2</source>
        <translation>In %1 kann keine Sitzung hinzugefügt werden: %2</translation>
    </message>
</context>
<context>
    <name>ReadAlongCache</name>
    <message>
        <source>The file is larger than %1 and was refused.</source>
        <translation>Die Datei ist größer als %1 und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Not an address Earmark can read: %1</source>
        <translation>Keine Adresse, die Earmark lesen kann: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2.</source>
        <translation>Der Server antwortete mit HTTP %1 %2.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups yet. Earmark backs up your progress once a day while it runs, and before it upgrades or restores the database.</source>
        <translation>Es gibt noch keine Sicherungen. Earmark sichert Ihren Fortschritt einmal täglich, während es läuft, und bevor es die Datenbank aktualisiert oder wiederherstellt.</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Your progress as it is now is backed up first, so this can be undone.</source>
        <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Ihr aktueller Fortschritt wird vorher gesichert, das lässt sich also rückgängig machen.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Ausgewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>ReviewForecastChart</name>
    <message>
        <source>Reviews done and due</source>
        <translation>Erledigte und fällige Wiederholungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) done in the last 14 days.</source>
        <translation>
            <numerusform>%n Wiederholung in den letzten 14 Tagen.</numerusform>
            <numerusform>%n Wiederholungen in den letzten 14 Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due in the next 14 days.</source>
        <translation>In den nächsten 14 Tagen ist nichts fällig.</translation>
    </message>
    <message>
        <source>Due: %1.</source>
        <translation>Fällig: %1.</translation>
    </message>
    <message>
        <source>Done, last 14 days</source>
        <translation>Erledigt, letzte 14 Tage</translation>
    </message>
    <message>
        <source>Due, next 14 days</source>
        <translation>Fällig, nächste 14 Tage</translation>
    </message>
</context>
<context>
    <name>ReviewPrompt</name>
    <message>
        <source>Review</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>&amp;Sitzt</translation>
    </message>
    <message>
        <source>Got it: review again later</source>
        <translation>Sitzt: später wiederholen</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Nochmal</translation>
    </message>
    <message>
        <source>Again: review again tomorrow</source>
        <translation>Nochmal: morgen wiederholen</translation>
    </message>
    <message>
        <source>Review of “%1”: did it stick?</source>
        <translation>Wiederholung von „%1“: Sitzt es?</translation>
    </message>
</context>
<context>
    <name>ReviewSchedule</name>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>muss 1 sein</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>muss eine ganze Zahl von 0 bis %1 sein</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>muss ein Datum sein (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time or null</source>
        <translation>muss Datum und Uhrzeit nach ISO 8601 oder null sein</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time</source>
        <translation>muss Datum und Uhrzeit nach ISO 8601 sein</translation>
    </message>
    <message>
        <source>must be &quot;got-it&quot; or &quot;again&quot;</source>
        <translation>muss &quot;got-it&quot; oder &quot;again&quot; sein</translation>
    </message>
    <message>
        <source>Cannot save the review schedule: %1</source>
        <translation>Der Wiederholungsplan kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the review schedule: %1</source>
        <translation>Der Wiederholungsplan kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SessionHistoryModel</name>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Folge</translation>
    </message>
    <message>
        <source>From–to</source>
        <translation>Von–bis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the lock file %1: permission denied.</source>
        <translation>Die Sperrdatei %1 kann nicht geschrieben werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Cannot take the lock %1.</source>
        <translation>Die Sperre %1 kann nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>Another Earmark uses %1 but does not answer.</source>
        <translation>Eine andere Earmark-Instanz verwendet %1, antwortet aber nicht.</translation>
    </message>
</context>
<context>
    <name>SourceCommands</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>der Datenordner %1 kann nicht angelegt werden</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n Folge</numerusform>
            <numerusform>%n Folgen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no usable episode; not added.</source>
        <translation>%1 enthält keine verwendbare Folge; nicht hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>SourceLoader</name>
    <message>
        <source>episode id &quot;%1&quot; is already in the library; this one is left out</source>
        <translation>Folgen-ID „%1“ ist bereits in der Bibliothek; diese wird ausgelassen</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <source>Listened</source>
        <translation>Gehört</translation>
    </message>
    <message>
        <source>Media time</source>
        <translation>Medienzeit</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Average speed</source>
        <translation>Mittleres Tempo</translation>
    </message>
    <message>
        <source>Topics and tags</source>
        <translation>Themen und Schlagwörter</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Filter by episode</source>
        <translation>Nach Folge filtern</translation>
    </message>
    <message>
        <source>Filter the history by episode</source>
        <translation>Den Verlauf nach Folge filtern</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the history as CSV</source>
        <translation>Den Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>Listening history</source>
        <translation>Hörverlauf</translation>
    </message>
    <message>
        <source>Export listening history</source>
        <translation>Hörverlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Adding up your listening…</source>
        <translation>Dein Hören wird zusammengezählt…</translation>
    </message>
    <message>
        <source>time listened</source>
        <translation>gehörte Zeit</translation>
    </message>
    <message>
        <source>media time</source>
        <translation>Medienzeit</translation>
    </message>
    <message>
        <source>episodes finished</source>
        <translation>beendete Folgen</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>average speed</source>
        <translation>mittleres Tempo</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row with at least %1 minutes</source>
        <translation>
            <numerusform>Serie: %n Tag in Folge mit mindestens %1 Minuten</numerusform>
            <numerusform>Serie: %n Tage in Folge mit mindestens %1 Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest: %n day(s)</source>
        <translation>
            <numerusform>längste: %n Tag</numerusform>
            <numerusform>längste: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>today&apos;s goal is reached</source>
        <translation>das heutige Ziel ist erreicht</translation>
    </message>
    <message>
        <source>%1 of %2 minutes today</source>
        <translation>heute %1 von %2 Minuten</translation>
    </message>
    <message>
        <source>Your pace over the last 14 days: %1 of recordings a day.</source>
        <translation>Dein Tempo der letzten 14 Tage: %1 Aufnahmen am Tag.</translation>
    </message>
    <message>
        <source>No listening in the last 14 days, so no projection yet.</source>
        <translation>In den letzten 14 Tagen nichts gehört, daher noch keine Prognose.</translation>
    </message>
    <message>
        <source>%1 of %2 finished</source>
        <translation>%1 von %2 beendet</translation>
    </message>
    <message>
        <source>all done</source>
        <translation>alles erledigt</translation>
    </message>
    <message numerus="yes">
        <source>done in %n day(s) at your pace</source>
        <translation>
            <numerusform>in %n Tag fertig bei deinem Tempo</numerusform>
            <numerusform>in %n Tagen fertig bei deinem Tempo</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: mastery %2 percent, %3</source>
        <translation>%1: beherrscht zu %2 Prozent, %3</translation>
    </message>
    <message numerus="yes">
        <source>At your pace of the last 14 days you finish %1 in %n day(s).</source>
        <translation>
            <numerusform>Bei deinem Tempo der letzten 14 Tage bist du mit %1 in %n Tag fertig.</numerusform>
            <numerusform>Bei deinem Tempo der letzten 14 Tage bist du mit %1 in %n Tagen fertig.</numerusform>
        </translation>
    </message>
    <message>
        <source>No topics in the library yet.</source>
        <translation>Noch keine Themen in der Bibliothek.</translation>
    </message>
    <message>
        <source>The newest %1 sessions are shown; Export CSV writes all.</source>
        <translation>Die neuesten %1 Sitzungen werden gezeigt; „CSV exportieren“ schreibt alle.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s).</source>
        <translation>
            <numerusform>%n Sitzung.</numerusform>
            <numerusform>%n Sitzungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more topic(s), listened to less, are not shown.</source>
        <translation>
            <numerusform>%n weiteres, weniger gehörtes Thema wird nicht gezeigt.</numerusform>
            <numerusform>%n weitere, weniger gehörte Themen werden nicht gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spaced &amp;review for these topics:</source>
        <translation>&amp;Verteilte Wiederholung für diese Themen:</translation>
    </message>
    <message>
        <source>Topics with spaced review</source>
        <translation>Themen mit verteilter Wiederholung</translation>
    </message>
</context>
<context>
    <name>StudyConnection</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 has no study tables; open it with Earmark once to upgrade it.</source>
        <translation>%1 hat keine Lerntabellen; öffne die Datei einmal mit Earmark, um sie zu aktualisieren.</translation>
    </message>
</context>
<context>
    <name>StudyController</name>
    <message>
        <source>Up Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>&amp;Up Next</source>
        <translation>Als &amp;Nächstes</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistik</translation>
    </message>
    <message>
        <source>Added to Up Next: %1</source>
        <translation>Zu „Als Nächstes“ hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Already in Up Next: %1</source>
        <translation>Schon in „Als Nächstes“: %1</translation>
    </message>
    <message>
        <source>Plays next: %1</source>
        <translation>Kommt als Nächstes: %1</translation>
    </message>
    <message>
        <source>Next review on %1.</source>
        <translation>Nächste Wiederholung am %1.</translation>
    </message>
    <message>
        <source>Exported the listening history to %1.</source>
        <translation>Hörverlauf nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Cannot export the history: %1</source>
        <translation>Der Verlauf kann nicht exportiert werden: %1</translation>
    </message>
</context>
<context>
    <name>TranscriptParser</name>
    <message>
        <source>more problems; the rest are not listed</source>
        <translation>weitere Probleme; der Rest wird nicht aufgeführt</translation>
    </message>
    <message>
        <source>this is not a text file (NUL byte); expected a transcript</source>
        <translation>dies ist keine Textdatei (NUL-Byte); erwartet wird ein Transkript</translation>
    </message>
    <message>
        <source>not valid UTF-8; read as Latin-1</source>
        <translation>kein gültiges UTF-8; als Latin-1 gelesen</translation>
    </message>
    <message>
        <source>this is not a text file (NUL character); expected a transcript</source>
        <translation>dies ist keine Textdatei (NUL-Zeichen); erwartet wird ein Transkript</translation>
    </message>
    <message>
        <source>text outside a cue (no &quot;--&gt;&quot; timing line before it); skipped</source>
        <translation>Text außerhalb eines Untertitels (keine Zeitzeile mit &quot;--&gt;&quot; davor); übersprungen</translation>
    </message>
    <message>
        <source>expected &quot;WEBVTT&quot; on the first line; read as WebVTT anyway</source>
        <translation>erwartet wird &quot;WEBVTT&quot; in der ersten Zeile; trotzdem als WebVTT gelesen</translation>
    </message>
    <message>
        <source>malformed start time &quot;%1&quot;; expected hh:mm:ss.mmm; cue skipped</source>
        <translation>ungültige Startzeit &quot;%1&quot;; erwartet wird hh:mm:ss.mmm; Untertitel übersprungen</translation>
    </message>
    <message>
        <source>malformed end time &quot;%1&quot;; expected hh:mm:ss.mmm; cue skipped</source>
        <translation>ungültige Endzeit &quot;%1&quot;; erwartet wird hh:mm:ss.mmm; Untertitel übersprungen</translation>
    </message>
    <message>
        <source>more than %1 cues; the rest are left out</source>
        <translation>mehr als %1 Untertitel; der Rest wird ausgelassen</translation>
    </message>
    <message>
        <source>the cue ends before it starts; its end is taken as its start</source>
        <translation>der Untertitel endet, bevor er beginnt; als Ende gilt sein Anfang</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;segments&quot;</source>
        <translation>erwartet wird ein JSON-Objekt mit &quot;segments&quot;</translation>
    </message>
    <message>
        <source>expected a &quot;segments&quot; array</source>
        <translation>erwartet wird ein Array &quot;segments&quot;</translation>
    </message>
    <message>
        <source>a segment must be an object; skipped</source>
        <translation>ein Segment muss ein Objekt sein; übersprungen</translation>
    </message>
    <message>
        <source>the segment ends before it starts; its end is taken as its start</source>
        <translation>das Segment endet, bevor es beginnt; als Ende gilt sein Anfang</translation>
    </message>
    <message>
        <source>a segment needs a &quot;body&quot; string; skipped</source>
        <translation>ein Segment braucht einen Text &quot;body&quot;; übersprungen</translation>
    </message>
    <message>
        <source>more than %1 segments; the rest are left out</source>
        <translation>mehr als %1 Segmente; der Rest wird ausgelassen</translation>
    </message>
    <message>
        <source>a segment needs &quot;%1&quot;; skipped</source>
        <translation>ein Segment braucht &quot;%1&quot;; übersprungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number of seconds from 0 to %2; skipped</source>
        <translation>&quot;%1&quot; muss eine Zahl von Sekunden zwischen 0 und %2 sein; übersprungen</translation>
    </message>
    <message>
        <source>the file is too large (%1 MiB); the limit is %2 MiB</source>
        <translation>die Datei ist zu groß (%1 MiB); die Grenze liegt bei %2 MiB</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Follows playback. Click a line, or pick one with Up and Down and press Enter, to play from there.</source>
        <translation>Folgt der Wiedergabe. Eine Zeile anklicken oder mit Hoch und Runter wählen und Eingabe drücken, um ab dort abzuspielen.</translation>
    </message>
</context>
<context>
    <name>UnixSignalWatcher</name>
    <message>
        <source>Cannot create the socket pair for signals: %1</source>
        <translation>Das Socket-Paar für Signale kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Signal %1 cannot be watched.</source>
        <translation>Signal %1 kann nicht überwacht werden.</translation>
    </message>
    <message>
        <source>Cannot handle signal %1: %2</source>
        <translation>Signal %1 kann nicht behandelt werden: %2</translation>
    </message>
</context>
<context>
    <name>UpNextModel</name>
    <message>
        <source>%1, number %2 of %3 in Up Next</source>
        <translation>%1, Nummer %2 von %3 in „Als Nächstes“</translation>
    </message>
</context>
<context>
    <name>UpNextPanel</name>
    <message>
        <source>Up Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Episodes to play next, in order. Drag to reorder; Delete removes one; Enter plays it.</source>
        <translation>Folgen, die als Nächstes kommen, der Reihe nach. Ziehen ordnet um; Entf entfernt eine; Eingabe spielt sie ab.</translation>
    </message>
    <message>
        <source>Nothing queued. Add episodes with Q (at the end) or Shift+Q (next), or from a card&apos;s menu.</source>
        <translation>Nichts vorgemerkt. Folgen mit Q (ans Ende) oder Umschalt+Q (als Nächstes) hinzufügen oder über das Menü einer Karte.</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>Play the selected queued episode</source>
        <translation>Die ausgewählte vorgemerkte Folge abspielen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected episode from Up Next</source>
        <translation>Die ausgewählte Folge aus „Als Nächstes“ entfernen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear Up Next</source>
        <translation>„Als Nächstes“ leeren</translation>
    </message>
</context>
<context>
    <name>UpNextQueue</name>
    <message>
        <source>Cannot read the Up Next queue: %1</source>
        <translation>Die Liste „Als Nächstes“ kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The Up Next queue is not open.</source>
        <translation>Die Liste „Als Nächstes“ ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot save the Up Next queue: %1</source>
        <translation>Die Liste „Als Nächstes“ kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>XmlInput</name>
    <message>
        <source>the document is larger than %1 MiB; refused</source>
        <translation>das Dokument ist größer als %1 MiB; abgelehnt</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;; read as UTF-8</source>
        <translation>unbekannte Kodierung „%1“; als UTF-8 gelesen</translation>
    </message>
    <message>
        <source>not valid UTF-8; the document is read as windows-1252</source>
        <translation>kein gültiges UTF-8; das Dokument wird als windows-1252 gelesen</translation>
    </message>
    <message>
        <source>white space before the XML declaration; ignored</source>
        <translation>Leerraum vor der XML-Deklaration; ignoriert</translation>
    </message>
    <message>
        <source>namespace prefixes used without a declaration: %1; read as the well-known namespaces</source>
        <translation>Namensraum-Präfixe ohne Deklaration verwendet: %1; als die bekannten Namensräume gelesen</translation>
    </message>
    <message>
        <source>unescaped &apos;&amp;&apos;; read as &quot;&amp;amp;&quot;</source>
        <translation>nicht maskiertes „&amp;“; als „&amp;amp;“ gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%n more unescaped &apos;&amp;&apos; read as &quot;&amp;amp;&quot;</source>
        <translation>
            <numerusform>%n weiteres nicht maskiertes „&amp;“ als „&amp;amp;“ gelesen</numerusform>
            <numerusform>%n weitere nicht maskierte „&amp;“ als „&amp;amp;“ gelesen</numerusform>
        </translation>
    </message>
</context>
</TS>
