<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CompareWindow</name>
    <message numerus="yes">
        <source>%Ln change(s): %1 added, %2 removed</source>
        <translation>
            <numerusform>%Ln change: %1 added, %2 removed</numerusform>
            <numerusform>%Ln changes: %1 added, %2 removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) copied: paste them into Word, WPS or a Markdown editor</source>
        <translation>
            <numerusform>%Ln change copied: paste it into Word, WPS or a Markdown editor</numerusform>
            <numerusform>%Ln changes copied: paste them into Word, WPS or a Markdown editor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogsMixin</name>
    <message numerus="yes">
        <source>%Ln change(s) made while the import was saving could not be saved.</source>
        <translation>
            <numerusform>%Ln change made while the import was saving could not be saved.</numerusform>
            <numerusform>%Ln changes made while the import was saving could not be saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockBatchRequests</name>
    <message numerus="yes">
        <source>Copied %Ln passage(s).</source>
        <translation>
            <numerusform>Copied %Ln passage.</numerusform>
            <numerusform>Copied %Ln passages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln annotation(s) “%1”. Undo with %2.</source>
        <translation>
            <numerusform>Tagged %Ln annotation “%1”. Undo with %2.</numerusform>
            <numerusform>Tagged %Ln annotations “%1”. Undo with %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyLibraryHint</name>
    <message numerus="yes">
        <source>The trash holds %Ln collection(s).</source>
        <translation>
            <numerusform>The trash holds %Ln collection.</numerusform>
            <numerusform>The trash holds %Ln collections.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialogLayout</name>
    <message numerus="yes">
        <source>&amp;Just the %Ln selected speech(es)</source>
        <translation>
            <numerusform>&amp;Just the selected speech</numerusform>
            <numerusform>&amp;Just the %Ln selected speeches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %Ln speech(es)</source>
        <translation>
            <numerusform> in %Ln speech</numerusform>
            <numerusform> in %Ln speeches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speech(es)</source>
        <translation>
            <numerusform>%Ln speech</numerusform>
            <numerusform>%Ln speeches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speech(es) with annotations</source>
        <translation>
            <numerusform>%Ln speech with annotations</numerusform>
            <numerusform>%Ln speeches with annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportTexts</name>
    <message numerus="yes">
        <source>%Ln annotation(s) exported to %1</source>
        <translation>
            <numerusform>%Ln annotation exported to %1</numerusform>
            <numerusform>%Ln annotations exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speech(es) exported to %1</source>
        <translation>
            <numerusform>%Ln speech exported to %1</numerusform>
            <numerusform>%Ln speeches exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not imported: their speech is not in the library</source>
        <translation>
            <numerusform>%Ln not imported: its speech is not in the library</numerusform>
            <numerusform>%Ln not imported: their speech is not in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not imported: %1 is not in the library</source>
        <translation>
            <numerusform>%Ln not imported: %1 is not in the library</numerusform>
            <numerusform>%Ln not imported: %1 is not in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not imported: %1 are not in the library</source>
        <translation>
            <numerusform>%Ln not imported: %1 are not in the library</numerusform>
            <numerusform>%Ln not imported: %1 are not in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) in the file:</source>
        <translation>
            <numerusform>%Ln annotation in the file:</numerusform>
            <numerusform>%Ln annotations in the file:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln added</numerusform>
            <numerusform>%Ln added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated with a newer copy</source>
        <translation>
            <numerusform>%Ln updated with a newer copy</numerusform>
            <numerusform>%Ln updated with newer copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln already in the library</numerusform>
            <numerusform>%Ln already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept: the library&apos;s copy is newer</source>
        <translation>
            <numerusform>%Ln kept: the library&apos;s copy is newer</numerusform>
            <numerusform>%Ln kept: the library&apos;s copies are newer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them in the trash: File ▸ Trash… restores them</source>
        <translation>
            <numerusform>%Ln of them in the trash: File ▸ Trash… restores it</numerusform>
            <numerusform>%Ln of them in the trash: File ▸ Trash… restores them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln placed by their words in a changed text</source>
        <translation>
            <numerusform>%Ln placed by its words in a changed text</numerusform>
            <numerusform>%Ln placed by their words in a changed text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not found in the text, kept as orphans</source>
        <translation>
            <numerusform>%Ln not found in the text, kept as an orphan</numerusform>
            <numerusform>%Ln not found in the text, kept as orphans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) in %1:</source>
        <translation>
            <numerusform>%Ln annotation in %1:</numerusform>
            <numerusform>%Ln annotations in %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <source>%Ln file(s) imported.</source>
        <translation>
            <numerusform>%Ln file imported.</numerusform>
            <numerusform>%Ln files imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) already in the library and unchanged.</source>
        <translation>
            <numerusform>%Ln file already in the library and unchanged.</numerusform>
            <numerusform>%Ln files already in the library and unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be imported.</source>
        <translation>
            <numerusform>%Ln file could not be imported.</numerusform>
            <numerusform>%Ln files could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speech(es) already in the library were not imported.</source>
        <translation>
            <numerusform>%Ln speech already in the library was not imported.</numerusform>
            <numerusform>%Ln speeches already in the library were not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passage of %Ln annotation(s) was not found.</source>
        <translation>
            <numerusform>The passage of %Ln annotation was not found.</numerusform>
            <numerusform>The passages of %Ln annotations were not found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Speeches found: %Ln</source>
        <translation>
            <numerusform>Speeches found: %Ln</numerusform>
            <numerusform>Speeches found: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speech(es) added</source>
        <translation>
            <numerusform>%Ln speech added</numerusform>
            <numerusform>%Ln speeches added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln changed</numerusform>
            <numerusform>%Ln changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln removed</numerusform>
            <numerusform>%Ln removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept: no longer in the file, but annotated</source>
        <translation>
            <numerusform>%Ln kept: no longer in the file, but annotated</numerusform>
            <numerusform>%Ln kept: no longer in the file, but annotated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Noise removed: %Ln</source>
        <translation>
            <numerusform>Noise removed: %Ln</numerusform>
            <numerusform>Noise removed: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passage of %Ln annotation(s) in the trash was not found either.</source>
        <translation>
            <numerusform>The passage of %Ln annotation in the trash was not found either.</numerusform>
            <numerusform>The passages of %Ln annotations in the trash were not found either.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryTools</name>
    <message numerus="yes">
        <source>%Ln speech(es)</source>
        <translation>
            <numerusform>%Ln speech</numerusform>
            <numerusform>%Ln speeches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteSaving</name>
    <message numerus="yes">
        <source>Changes to %Ln annotation(s) could not be saved.</source>
        <translation>
            <numerusform>Changes to %Ln annotation could not be saved.</numerusform>
            <numerusform>Changes to %Ln annotations could not be saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingStatusBar</name>
    <message numerus="yes">
        <source>%Ln change(s) saved when the import finishes</source>
        <translation>
            <numerusform>%Ln change saved when the import finishes</numerusform>
            <numerusform>%Ln changes saved when the import finishes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) made during the import were placed where their words are in the new text.</source>
        <translation>
            <numerusform>%Ln change made during the import was placed where its words are in the new text.</numerusform>
            <numerusform>%Ln changes made during the import were placed where their words are in the new text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passage of %Ln change(s) made during the import was not found: kept with the quote and note, under “Passage not found” in the Annotations pane.</source>
        <translation>
            <numerusform>The passage of %Ln change made during the import was not found: kept with its quote and note, under “Passage not found” in the Annotations pane.</numerusform>
            <numerusform>The passages of %Ln changes made during the import were not found: kept with their quotes and notes, under “Passage not found” in the Annotations pane.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagTexts</name>
    <message numerus="yes">
        <source>Merged “%1” into “%2” on %Ln annotation(s).</source>
        <translation>
            <numerusform>Merged “%1” into “%2” on %Ln annotation.</numerusform>
            <numerusform>Merged “%1” into “%2” on %Ln annotations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed “%1” to “%2” on %Ln annotation(s).</source>
        <translation>
            <numerusform>Renamed “%1” to “%2” on %Ln annotation.</numerusform>
            <numerusform>Renamed “%1” to “%2” on %Ln annotations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1” from %Ln annotation(s); the annotations stay.</source>
        <translation>
            <numerusform>Removed “%1” from %Ln annotation; the annotation stays.</numerusform>
            <numerusform>Removed “%1” from %Ln annotations; the annotations stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TitleFilterModel</name>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching speech(es)</source>
        <translation>
            <numerusform>%Ln matching speech</numerusform>
            <numerusform>%Ln matching speeches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>Delete the %Ln chosen item(s) for good?</source>
        <translation>
            <numerusform>Delete the chosen item for good?</numerusform>
            <numerusform>Delete the %Ln chosen items for good?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln item(s) in the trash for good?</source>
        <translation>
            <numerusform>Delete the item in the trash for good?</numerusform>
            <numerusform>Delete the %Ln items in the trash for good?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashTexts</name>
    <message numerus="yes">
        <source>Collection of %Ln speech(es)</source>
        <translation>
            <numerusform>Collection of %Ln speech</numerusform>
            <numerusform>Collection of %Ln speeches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoTexts</name>
    <message numerus="yes">
        <source>Import %Ln Annotation(s)</source>
        <translation>
            <numerusform>Import %Ln Annotation</numerusform>
            <numerusform>Import %Ln Annotations</numerusform>
        </translation>
    </message>
</context>
</TS>
