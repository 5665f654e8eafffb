<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</context>
</TS>
