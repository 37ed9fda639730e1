<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ArticleChanges</name>
    <message numerus="yes">
        <source>%n quote(s) to review in this article.</source>
        <translation>
            <numerusform>%n quote to review in this article.</numerusform><numerusform>%n quotes to review in this article.</numerusform></translation>
    </message>
</context>
<context>
    <name>ArticleModels</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform><numerusform>%n claims</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform><numerusform>%n sources</numerusform></translation>
    </message>
</context>
<context>
    <name>ClaimPickerDialog</name>
    <message numerus="yes">
        <source>The %1 most recently updated of %Ln claim(s); search to narrow them.</source>
        <translation>
            <numerusform>The %1 most recently updated of %Ln claim; search to narrow them.</numerusform><numerusform>The %1 most recently updated of %Ln claims; search to narrow them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform><numerusform>%Ln claims</numerusform></translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message numerus="yes">
        <source>[… %n unchanged line(s) …]</source>
        <translation>
            <numerusform>[… %n unchanged line …]</numerusform><numerusform>[… %n unchanged lines …]</numerusform></translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message numerus="yes">
        <source>Left as they are, because they changed elsewhere since you chose them: %n claim(s) (%1)</source>
        <translation>
            <numerusform>Left as they are, because they changed elsewhere since you chose them: %n claim (%1)</numerusform><numerusform>Left as they are, because they changed elsewhere since you chose them: %n claims (%1)</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Selected claims (%Ln)</source>
        <translation>
            <numerusform>Selected claims (%Ln)</numerusform><numerusform>Selected claims (%Ln)</numerusform></translation>
    </message>
</context>
<context>
    <name>GroupController</name>
    <message numerus="yes">
        <source>Comparing %Ln claim(s)…</source>
        <translation>
            <numerusform>Comparing %Ln claim…</numerusform><numerusform>Comparing %Ln claims…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of claims that state the same thing.</source>
        <translation>
            <numerusform>%n group of claims that state the same thing.</numerusform><numerusform>%n groups of claims that state the same thing.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Compared: the %Ln selected claim(s).</source>
        <translation>
            <numerusform>Compared: the %Ln selected claim.</numerusform><numerusform>Compared: the %Ln selected claims.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Compared: the %Ln listed claim(s).</source>
        <translation>
            <numerusform>Compared: the %Ln listed claim.</numerusform><numerusform>Compared: the %Ln listed claims.</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>Claim %1: %n change(s), newest first</source>
        <translation>
            <numerusform>Claim %1: %n change, newest first</numerusform><numerusform>Claim %1: %n changes, newest first</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n edit(s) could not be saved yet (the database is busy or cannot be written). Close anyway and lose them?</source>
        <translation>
            <numerusform>%n edit could not be saved yet (the database is busy or cannot be written). Close anyway and lose them?</numerusform><numerusform>%n edits could not be saved yet (the database is busy or cannot be written). Close anyway and lose them?</numerusform></translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message numerus="yes">
        <source>Set status of %n claim(s) to %1</source>
        <translation>
            <numerusform>Set status of %n claim to %1</numerusform><numerusform>Set status of %n claims to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set verdict of %n claim(s) to %1</source>
        <translation>
            <numerusform>Set verdict of %n claim to %1</numerusform><numerusform>Set verdict of %n claims to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add a tag to %n claim(s):</source>
        <translation>
            <numerusform>Add a tag to %n claim:</numerusform><numerusform>Add a tag to %n claims:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove a tag from %n claim(s):</source>
        <translation>
            <numerusform>Remove a tag from %n claim:</numerusform><numerusform>Remove a tag from %n claims:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n claim(s) with their highlights and evidence?
You can undo this with Edit › Undo.</source>
        <translation>
            <numerusform>Delete %n claim with their highlights and evidence?
You can undo this with Edit › Undo.</numerusform><numerusform>Delete %n claims with their highlights and evidence?
You can undo this with Edit › Undo.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n claim(s)</source>
        <translation>
            <numerusform>Delete %n claim</numerusform><numerusform>Delete %n claims</numerusform></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message numerus="yes">
        <source>Filters (%n)</source>
        <translation>
            <numerusform>Filters (%n)</numerusform><numerusform>Filters (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform><numerusform>%Ln claims</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ claim(s)</source>
        <translation>
            <numerusform>%Ln+ claim</numerusform><numerusform>%Ln+ claims</numerusform></translation>
    </message>
</context>
<context>
    <name>ScalesController</name>
    <message numerus="yes">
        <source>%n claim(s) have the status “%1”. What should happen to them?</source>
        <translation>
            <numerusform>%n claim have the status “%1”. What should happen to them?</numerusform><numerusform>%n claims have the status “%1”. What should happen to them?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) have the verdict “%1”. What should happen to them?</source>
        <translation>
            <numerusform>%n claim have the verdict “%1”. What should happen to them?</numerusform><numerusform>%n claims have the verdict “%1”. What should happen to them?</numerusform></translation>
    </message>
</context>
<context>
    <name>SimilarGroups</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform><numerusform>%n claims</numerusform></translation>
    </message>
</context>
<context>
    <name>SuggestionController</name>
    <message numerus="yes">
        <source>%n sentence(s) worth checking underlined.</source>
        <translation>
            <numerusform>%n sentence worth checking underlined.</numerusform><numerusform>%n sentences worth checking underlined.</numerusform></translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message numerus="yes">
        <source>Merge %n tag(s) into:</source>
        <translation>
            <numerusform>Merge %n tag into:</numerusform><numerusform>Merge %n tags into:</numerusform></translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n article imported</numerusform><numerusform>%n articles imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n file could not be imported:</numerusform><numerusform>%n files could not be imported:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed on both sides. Both claim versions were kept; theirs are tagged “merge conflict”.</source>
        <translation>
            <numerusform>%n record were changed on both sides. Both claim versions were kept; theirs are tagged “merge conflict”.</numerusform><numerusform>%n records were changed on both sides. Both claim versions were kept; theirs are tagged “merge conflict”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform><numerusform>%n claims</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform><numerusform>%n sources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change log entry(ies)</source>
        <translation>
            <numerusform>%n change log entry</numerusform><numerusform>%n change log entries</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform><numerusform>Exported %Ln rows to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>VersionController</name>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n article imported</numerusform><numerusform>%n articles imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) could not be imported:</source>
        <translation>
            <numerusform>%n page could not be imported:</numerusform><numerusform>%n pages could not be imported:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n in place</source>
        <translation>
            <numerusform>%n in place</numerusform><numerusform>%n in place</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform><numerusform>%n moved</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n with changed wording</source>
        <translation>
            <numerusform>%n with changed wording</numerusform><numerusform>%n with changed wording</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n not found</numerusform><numerusform>%n not found</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete the article “%1” with its texts? Its %n claim(s) go with it, except claims that also appear in other articles, which only lose their appearances in it. You can undo this.</source>
        <translation>
            <numerusform>Delete the article “%1” with its texts? Its %n claim go with it, except claims that also appear in other articles, which only lose their appearances in it. You can undo this.</numerusform><numerusform>Delete the article “%1” with its texts? Its %n claims go with it, except claims that also appear in other articles, which only lose their appearances in it. You can undo this.</numerusform></translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message numerus="yes">
        <source>Week of %1: %Ln claim(s)</source>
        <translation>
            <numerusform>Week of %1: %Ln claim</numerusform><numerusform>Week of %1: %Ln claims</numerusform></translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message numerus="yes">
        <source>⚠ %n edit(s) not saved — Retry</source>
        <translation>
            <numerusform>⚠ %n edit not saved — Retry</numerusform><numerusform>⚠ %n edits not saved — Retry</numerusform></translation>
    </message>
</context>
</TS>