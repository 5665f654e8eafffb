<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityHeatmap</name>
    <message numerus="yes">
        <source>%1: %n minute(s)</source>
        <translation>
            <numerusform>%1: %n minute</numerusform>
            <numerusform>%1: %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n episode</numerusform>
            <numerusform>%n episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listened on %n day(s) of the last 26 weeks</source>
        <translation>
            <numerusform>Listened on %n day of the last 26 weeks</numerusform>
            <numerusform>Listened on %n days of the last 26 weeks</numerusform>
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
        <source>Most on %1: %n minute(s).</source>
        <translation>
            <numerusform>Most on %1: %n minute.</numerusform>
            <numerusform>Most on %1: %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddPodcastDialog</name>
    <message numerus="yes">
        <source>You already subscribe to this podcast (%n episode(s)).</source>
        <translation>
            <numerusform>You already subscribe to this podcast (%n episode).</numerusform>
            <numerusform>You already subscribe to this podcast (%n episodes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added, with %n episode(s).</source>
        <translation>
            <numerusform>Added, with %n episode.</numerusform>
            <numerusform>Added, with %n episodes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>Some catalog entries could not be loaded. The other episodes are available.

%n problem(s) found.</source>
        <translation>
            <numerusform>Some catalog entries could not be loaded. The other episodes are available.

%n problem found.</numerusform>
            <numerusform>Some catalog entries could not be loaded. The other episodes are available.

%n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n podcast(s) added</source>
        <translation>
            <numerusform>%n podcast added</numerusform>
            <numerusform>%n podcasts added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n already present</numerusform>
            <numerusform>%n already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from %1? Its %n episode(s) leave the library; what you listened to is kept in your history.</source>
        <translation>
            <numerusform>Unsubscribe from %1? Its %n episode leaves the library; what you listened to is kept in your history.</numerusform>
            <numerusform>Unsubscribe from %1? Its %n episodes leave the library; what you listened to is kept in your history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n subscription(s) to %1.</source>
        <translation>
            <numerusform>Exported %n subscription to %1.</numerusform>
            <numerusform>Exported %n subscriptions to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %1: %n episode(s).</source>
        <translation>
            <numerusform>Added %1: %n episode.</numerusform>
            <numerusform>Added %1: %n episodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) deleted.</source>
        <translation>
            <numerusform>%n download deleted.</numerusform>
            <numerusform>%n downloads deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message numerus="yes">
        <source>%1: valid, %n episode(s)</source>
        <translation>
            <numerusform>%1: valid, %n episode</numerusform>
            <numerusform>%1: valid, %n episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found</source>
        <translation>
            <numerusform>%1: %n problem found</numerusform>
            <numerusform>%1: %n problems found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) usable</source>
        <translation>
            <numerusform>%n episode usable</numerusform>
            <numerusform>%n episodes usable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not listed</source>
        <translation>
            <numerusform>%n more problem not listed</numerusform>
            <numerusform>%n more problems not listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadCoordinator</name>
    <message numerus="yes">
        <source>%n episode(s) queued for download.</source>
        <translation>
            <numerusform>%n episode queued for download.</numerusform>
            <numerusform>%n episodes queued for download.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportNotesDialog</name>
    <message numerus="yes">
        <source>%n note(s), %1 marked as flashcards.</source>
        <translation>
            <numerusform>%n note, %1 marked as flashcards.</numerusform>
            <numerusform>%n notes, %1 marked as flashcards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedFetcher</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server did not answer within %n second.</numerusform>
            <numerusform>The server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server redirected more than %n time(s).</source>
        <translation>
            <numerusform>The server redirected more than %n time.</numerusform>
            <numerusform>The server redirected more than %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message numerus="yes">
        <source>the document ends too early (truncated?); %n item(s) read before</source>
        <translation>
            <numerusform>the document ends too early (truncated?); %n item read before</numerusform>
            <numerusform>the document ends too early (truncated?); %n items read before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalIndicator</name>
    <message numerus="yes">
        <source>Daily goal reached: %n minute(s) listened today.</source>
        <translation>
            <numerusform>Daily goal reached: %n minute listened today.</numerusform>
            <numerusform>Daily goal reached: %n minutes listened today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n minute(s) listened today toward the daily goal.</source>
        <translation>
            <numerusform>%1 of %n minute listened today toward the daily goal.</numerusform>
            <numerusform>%1 of %n minutes listened today toward the daily goal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s).</source>
        <translation>
            <numerusform>Streak: %n day.</numerusform>
            <numerusform>Streak: %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryTreeModel</name>
    <message numerus="yes">
        <source>%1, %n episode(s)</source>
        <translation>
            <numerusform>%1, %n episode</numerusform>
            <numerusform>%1, %n episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n episode(s) finished</source>
        <translation>
            <numerusform>%1, %2 of %n episode finished</numerusform>
            <numerusform>%1, %2 of %n episodes finished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n note(s)</source>
        <translation>
            <numerusform>%1, %n note</numerusform>
            <numerusform>%1, %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%1 of %n episode(s)</source>
        <translation>
            <numerusform>%1 of %n episode</numerusform>
            <numerusform>%1 of %n episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %1 of %n podcast(s)</source>
        <translation>
            <numerusform>Refreshing %1 of %n podcast</numerusform>
            <numerusform>Refreshing %1 of %n podcasts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesCommands</name>
    <message numerus="yes">
        <source>Exported %n flashcard(s) to %1.</source>
        <translation>
            <numerusform>Exported %n flashcard to %1.</numerusform>
            <numerusform>Exported %n flashcards to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>Exported %n note to %1.</numerusform>
            <numerusform>Exported %n notes to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpmlReader</name>
    <message numerus="yes">
        <source>the document ends too early (truncated?); %n subscription(s) read before</source>
        <translation>
            <numerusform>the document ends too early (truncated?); %n subscription read before</numerusform>
            <numerusform>the document ends too early (truncated?); %n subscriptions read before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message numerus="yes">
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>In %n minute</numerusform>
            <numerusform>In %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back %n second(s)</source>
        <translation>
            <numerusform>Back %n second</numerusform>
            <numerusform>Back %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forward %n second(s)</source>
        <translation>
            <numerusform>Forward %n second</numerusform>
            <numerusform>Forward %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PodcastCommands</name>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n episode</numerusform>
            <numerusform>%n episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n already present</numerusform>
            <numerusform>%n already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n subscription(s) to %1.</source>
        <translation>
            <numerusform>Exported %n subscription to %1.</numerusform>
            <numerusform>Exported %n subscriptions to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressCommands</name>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n session added</numerusform>
            <numerusform>%n sessions added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the progress of %n episode(s) to %1.</source>
        <translation>
            <numerusform>Exported the progress of %n episode to %1.</numerusform>
            <numerusform>Exported the progress of %n episodes to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n episode(s) changed</source>
        <translation>
            <numerusform>%1: %n episode changed</numerusform>
            <numerusform>%1: %n episodes changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n already up to date</numerusform>
            <numerusform>%n already up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored the progress of %n episode(s) from %1.</source>
        <translation>
            <numerusform>Restored the progress of %n episode from %1.</numerusform>
            <numerusform>Restored the progress of %n episodes from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) added or updated</source>
        <translation>
            <numerusform>%n note added or updated</numerusform>
            <numerusform>%n notes added or updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>review schedule: %n change(s)</source>
        <translation>
            <numerusform>review schedule: %n change</numerusform>
            <numerusform>review schedule: %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadAlongCache</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server did not answer within %n second.</numerusform>
            <numerusform>The server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewForecastChart</name>
    <message numerus="yes">
        <source>%n review(s) done in the last 14 days.</source>
        <translation>
            <numerusform>%n review done in the last 14 days.</numerusform>
            <numerusform>%n reviews done in the last 14 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceCommands</name>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n episode</numerusform>
            <numerusform>%n episodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row with at least %1 minutes</source>
        <translation>
            <numerusform>Streak: %n day in a row with at least %1 minutes</numerusform>
            <numerusform>Streak: %n days in a row with at least %1 minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest: %n day(s)</source>
        <translation>
            <numerusform>longest: %n day</numerusform>
            <numerusform>longest: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>done in %n day(s) at your pace</source>
        <translation>
            <numerusform>done in %n day at your pace</numerusform>
            <numerusform>done in %n days at your pace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At your pace of the last 14 days you finish %1 in %n day(s).</source>
        <translation>
            <numerusform>At your pace of the last 14 days you finish %1 in %n day.</numerusform>
            <numerusform>At your pace of the last 14 days you finish %1 in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s).</source>
        <translation>
            <numerusform>%n session.</numerusform>
            <numerusform>%n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more topic(s), listened to less, are not shown.</source>
        <translation>
            <numerusform>%n more topic, listened to less, are not shown.</numerusform>
            <numerusform>%n more topics, listened to less, are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XmlInput</name>
    <message numerus="yes">
        <source>%n more unescaped &apos;&amp;&apos; read as &quot;&amp;amp;&quot;</source>
        <translation>
            <numerusform>%n more unescaped &apos;&amp;&apos; read as &quot;&amp;amp;&quot;</numerusform>
            <numerusform>%n more unescaped &apos;&amp;&apos; read as &quot;&amp;amp;&quot;</numerusform>
        </translation>
    </message>
</context>
</TS>
