<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AppController</name>
    <message>
        <source>Earmark cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created. Choose another one with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Some catalog entries could not be loaded. The other episodes are available.

%n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the progress database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress database damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database was damaged and could not be used. It was moved aside, untouched, to
%1
and a new, empty one was started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message numerus="yes">
        <source>%1: %n problem(s) found; %2 episode(s) usable</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: valid, %n episode(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>missing required field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a format version like &quot;1.0&quot;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog format %1 is newer than this version of Earmark reads (%2.x); update Earmark to open this catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate topic id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate episode id %1; first defined at line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number of seconds, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large (%1 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid date; expected YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown topic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of strings, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from 1 up, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported URL scheme %1; use a relative path or an http(s) or file URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, not a catalog file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large (%1 MiB); the limit is %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate episode id %1; already defined in %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a text file (NUL byte); expected JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, got an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Add the episodes of catalog FILE to the bundled ones (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the progress database and settings in DIR (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate catalog FILE, print each problem as FILE:LINE:COLUMN: message and exit: 0 valid, 1 problems found, 2 unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the loaded episodes, one a line (id, title, duration in seconds, published, tags), tab-separated, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write listening progress and history as JSON to FILE (- for standard output) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge progress from a JSON export in FILE (newest change per episode wins), print what changed and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earmark: study AI-training concepts by ear. Browse, play and track short audio overviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use language CODE (de, fr, es, en) instead of the system&apos;s or the one chosen in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationProbe</name>
    <message>
        <source>Timed out while reading the audio length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio file is missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeCardDelegate</name>
    <message>
        <source>Audio error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show episodes tagged %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeListModel</name>
    <message>
        <source>%1, %2 min %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress, %1% listened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryTreeModel</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n episode(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n episode(s) finished</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Earmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics and tags with finished and total episode counts. Select one to filter the episodes; Ctrl-click several tags to see episodes that carry all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, summaries and tags (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in any order, matched against title, summary and tags. Press Down to move to the first episode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode cards. Enter plays the selected episode; the context menu has more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No episodes match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try other words, or remove a filter to see more episodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Earmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n episode(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down (in search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the first episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up (on the first episode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the selected episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause (not while typing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 10 s / forward 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower / faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Earmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Earmark %1&lt;/h3&gt;&lt;p&gt;Study AI-training concepts by ear: short audio overviews, browsed by topic and tag, with your listening progress kept.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the search words and tree selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybackController</name>
    <message>
        <source>“%1” has no audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio file of “%1” is missing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio of “%1” cannot be played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio of “%1” is in a format that cannot be played (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download the audio of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed to read the audio of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not play the audio of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of the episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the sleep timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing playing — pick an episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep at the end of the episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count as finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An episode counts as finished when less than this remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play the next unfinished episode when one ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip &amp;back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip &amp;forward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count as finished with &amp;less than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressCommands</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added: position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times played %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was damaged. It was moved aside to %2 and an empty progress database was started; run the command again to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported the progress of %n episode(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Earmark is using %1; quit it, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n episode(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressJson</name>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Earmark progress export (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export format version %1 is not supported (this Earmark reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episodes: must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.id: must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.sessions: must be an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Earmark (schema version %2; this one reads up to %3). It was left untouched; update Earmark or use another data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch %1 to WAL journal mode: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no progress database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged. Start Earmark with this data directory to move it aside and begin a fresh one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Earmark (schema version %2; this one reads up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an older format (schema version %2). Start Earmark with this data directory once to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and could not be moved aside to %2. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and was moved aside to %2, but %3 could not be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 aside to %2 before upgrading it: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to schema version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare a statement on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read progress in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session needs an episode and a start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot begin a transaction on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the import to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the lock file %1: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take the lock %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Earmark uses %1 but does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
