<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
</context>
</TS>
