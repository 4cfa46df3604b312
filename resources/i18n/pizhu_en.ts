<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DialogsMixin</name>
    <message numerus="yes">
        <source>%n change(s) made while the import was saving could not be saved.</source>
        <translation>
            <numerusform>%n change made while the import was saving could not be saved.</numerusform>
            <numerusform>%n changes made while the import was saving could not be saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockBatchRequests</name>
    <message numerus="yes">
        <source>Copied %n passage(s).</source>
        <translation>
            <numerusform>Copied %n passage.</numerusform>
            <numerusform>Copied %n passages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyLibraryHint</name>
    <message numerus="yes">
        <source>The trash holds %n collection(s).</source>
        <translation>
            <numerusform>The trash holds %n collection.</numerusform>
            <numerusform>The trash holds %n collections.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialogLayout</name>
    <message numerus="yes">
        <source>The %n &amp;selected speech(es)</source>
        <translation>
            <numerusform>The &amp;selected speech</numerusform>
            <numerusform>The %n &amp;selected speeches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n speech(es)</source>
        <translation>
            <numerusform> in %n speech</numerusform>
            <numerusform> in %n speeches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speech(es)</source>
        <translation>
            <numerusform>%n speech</numerusform>
            <numerusform>%n speeches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speech(es) with annotations</source>
        <translation>
            <numerusform>%n speech with annotations</numerusform>
            <numerusform>%n speeches with annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportTexts</name>
    <message numerus="yes">
        <source>%n annotation(s) exported to %1</source>
        <translation>
            <numerusform>%n annotation exported to %1</numerusform>
            <numerusform>%n annotations exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speech(es) exported to %1</source>
        <translation>
            <numerusform>%n speech exported to %1</numerusform>
            <numerusform>%n speeches exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported: their speech is not in the library</source>
        <translation>
            <numerusform>%n not imported: its speech is not in the library</numerusform>
            <numerusform>%n not imported: their speech is not in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported: %1 is not in the library</source>
        <translation>
            <numerusform>%n not imported: %1 is not in the library</numerusform>
            <numerusform>%n not imported: %1 is not in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported: %1 are not in the library</source>
        <translation>
            <numerusform>%n not imported: %1 are not in the library</numerusform>
            <numerusform>%n not imported: %1 are not in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) in the file:</source>
        <translation>
            <numerusform>%n annotation in the file:</numerusform>
            <numerusform>%n annotations in the file:</numerusform>
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
        <source>%n updated with a newer copy</source>
        <translation>
            <numerusform>%n updated with a newer copy</numerusform>
            <numerusform>%n updated with newer copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n already in the library</numerusform>
            <numerusform>%n already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept: the library&apos;s copy is newer</source>
        <translation>
            <numerusform>%n kept: the library&apos;s copy is newer</numerusform>
            <numerusform>%n kept: the library&apos;s copies are newer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them in the trash: File ▸ Trash… restores them</source>
        <translation>
            <numerusform>%n of them in the trash: File ▸ Trash… restores it</numerusform>
            <numerusform>%n of them in the trash: File ▸ Trash… restores them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placed by their words in a changed text</source>
        <translation>
            <numerusform>%n placed by its words in a changed text</numerusform>
            <numerusform>%n placed by their words in a changed text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found in the text, kept as orphans</source>
        <translation>
            <numerusform>%n not found in the text, kept as an orphan</numerusform>
            <numerusform>%n not found in the text, kept as orphans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported: “%1” is not in the library</source>
        <translation type="vanished">
            <numerusform>%n not imported: “%1” is not in the library</numerusform>
            <numerusform>%n not imported: “%1” is not in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) in %1:</source>
        <translation>
            <numerusform>%n annotation in %1:</numerusform>
            <numerusform>%n annotations in %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n file imported.</numerusform>
            <numerusform>%n files imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the library and unchanged.</source>
        <translation>
            <numerusform>%n file already in the library and unchanged.</numerusform>
            <numerusform>%n files already in the library and unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passage of %n annotation(s) was not found.</source>
        <translation>
            <numerusform>The passage of %n annotation was not found.</numerusform>
            <numerusform>The passages of %n annotations were not found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Speeches found: %n</source>
        <translation>
            <numerusform>Speeches found: %n</numerusform>
            <numerusform>Speeches found: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speech(es) added</source>
        <translation>
            <numerusform>%n speech added</numerusform>
            <numerusform>%n speeches added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept because annotated, though missing from the file</source>
        <translation>
            <numerusform>%n kept because annotated, though missing from the file</numerusform>
            <numerusform>%n kept because annotated, though missing from the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Noise removed: %n</source>
        <translation>
            <numerusform>Noise removed: %n</numerusform>
            <numerusform>Noise removed: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passage of %n annotation(s) in the trash was not found either.</source>
        <translation>
            <numerusform>The passage of %n annotation in the trash was not found either.</numerusform>
            <numerusform>The passages of %n annotations in the trash were not found either.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryTools</name>
    <message numerus="yes">
        <source>%n speech(es)</source>
        <translation>
            <numerusform>%n speech</numerusform>
            <numerusform>%n speeches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingStatusBar</name>
    <message numerus="yes">
        <source>%n change(s) saved when the import finishes</source>
        <translation>
            <numerusform>%n change saved when the import finishes</numerusform>
            <numerusform>%n changes saved when the import finishes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made during the import were placed where the new text has their words.</source>
        <translation>
            <numerusform>%n change made during the import was placed where the new text has its words.</numerusform>
            <numerusform>%n changes made during the import were placed where the new text has their words.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passage of %n change(s) made during the import was not found: kept with the quote and note, under “Passage not found” in the Annotations panel.</source>
        <translation>
            <numerusform>The passage of %n change made during the import was not found: kept with its quote and note, under “Passage not found” in the Annotations panel.</numerusform>
            <numerusform>The passages of %n changes made during the import were not found: kept with their quotes and notes, under “Passage not found” in the Annotations panel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagTexts</name>
    <message numerus="yes">
        <source>Merged “%1” into “%2” on %n annotation(s).</source>
        <translation>
            <numerusform>Merged “%1” into “%2” on %n annotation.</numerusform>
            <numerusform>Merged “%1” into “%2” on %n annotations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed “%1” to “%2” on %n annotation(s).</source>
        <translation>
            <numerusform>Renamed “%1” to “%2” on %n annotation.</numerusform>
            <numerusform>Renamed “%1” to “%2” on %n annotations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1” from %n annotation(s); the annotations stay.</source>
        <translation>
            <numerusform>Removed “%1” from %n annotation; the annotation stays.</numerusform>
            <numerusform>Removed “%1” from %n annotations; the annotations stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TitleFilterModel</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching speech(es)</source>
        <translation>
            <numerusform>%n matching speech</numerusform>
            <numerusform>%n matching speeches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>Delete the %n item(s) in the trash for good?</source>
        <translation>
            <numerusform>Delete the item in the trash for good?</numerusform>
            <numerusform>Delete the %n items in the trash for good?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashTexts</name>
    <message numerus="yes">
        <source>Collection of %n speech(es)</source>
        <translation>
            <numerusform>Collection of %n speech</numerusform>
            <numerusform>Collection of %n speeches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoTexts</name>
    <message numerus="yes">
        <source>Import %n Annotation(s)</source>
        <translation>
            <numerusform>Import %n Annotation</numerusform>
            <numerusform>Import %n Annotations</numerusform>
        </translation>
    </message>
</context>
</TS>
