<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import .txt, .md, .html, .docx or .pdf files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Article from &amp;Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an article from pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export claims as an XLSX or CSV report, a PDF dossier, JSON, ClaimReview or W3C Web Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;Unsaved Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the edits that could not be saved (for example on a full disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup copy of this database now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this database with one of its backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Claim from Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the selected text into a claim (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Selection to Current Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected text as another appearance of the current claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Selection to &amp;Claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected text as another appearance of a claim you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the current claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a source to the current claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the review list, or filter the library while reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and annotate the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort, filter and search all claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename and merge tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scales…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the workflow statuses and verdicts of this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour Highlights by &amp;Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour Highlights by &amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ClaimTracker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleClaimsList</name>
    <message>
        <source>Claims in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ not found in the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleController</name>
    <message>
        <source>Cannot Open Article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleLibrary</name>
    <message>
        <source>Filter by title, outlet or author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleModels</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <source>No articles yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import one with File › Import Articles (Ctrl+I) or drop files on this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an article in the library, or import one (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimTracker databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investigation.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON-LD files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimController</name>
    <message>
        <source>Edit statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit claim date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Published at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the sentence to turn into a claim first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a claim, then select its other appearance in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link selection to claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the passage to link to a claim first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage linked to the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a claim first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimInspector</name>
    <message>
        <source>Claim inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who makes the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL of the published fact-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the fact-check was published; ClaimReview exports need it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated; new tags are created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clai&amp;mant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a sentence in the article and press Ctrl+Enter to make it a claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimPickerDialog</name>
    <message>
        <source>Link Selection to Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search statements, claimants, quotes and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 most recently updated of %Ln claim(s); search to narrow them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>{name} is open read-only; changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record changed elsewhere while this edit was being saved; nothing was changed, look at the current version and edit again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be saved ({reason}); nothing was changed. Free some disk space, then retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is busy: another program is writing to it; nothing was saved, try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another analyst saved a change to the same records at the same moment; nothing was changed, look at the current version and edit again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be saved ({reason}); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output file named; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; name a file inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder {path} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a ClaimTracker database; it is never overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} belongs to a ClaimTracker database; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is the open database or one of its files; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is inside the database&apos;s backups folder; choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: the disk is full ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim {claim} was changed by {who} at {when} while you were editing it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup to restore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with the backup of %2?
The current file is kept beside it, renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the version saved elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left as they are, because they changed elsewhere since you chose them: %n claim(s) (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not saved: the version saved elsewhere was kept)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyResult</name>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims yet. Select a sentence in an article and press Ctrl+Enter to make it a claim.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Edit Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a source, or the name of a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. NATO press conference, 12 March 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not graded —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Reliability %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibility %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cred.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV report (Excel, LibreOffice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimTracker JSON (everything, for merging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimReview JSON-LD (claims with a verdict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (highlights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims in the review list&apos;s current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Selected claims (%Ln)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>XLSX report (Excel, LibreOffice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact-check dossier (PDF) for an editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings of the dossier; ClaimReview&apos;s language where an article has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report (XLSX, CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; ) for Spanish-locale Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel reads accents right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Welcome to ClaimTracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, recorded with every change you make (you can change it later in File › Preferences):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims in This Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open read-only: you can read and export, but changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [read-only] — ClaimTracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ClaimTracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n edit(s) not saved — Retry</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This claim&apos;s quote is no longer found in the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ClaimTracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimTracker %1
Track factual claims in news articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) could not be saved yet (the database is busy or cannot be written). Close anyway and lose them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing the work in progress…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteArticleDialog</name>
    <message>
        <source>New Article from Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the article text here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL</source>
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
        <source>Recorded with every change in the change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author of ClaimReview exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyst name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation &amp;web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups kept for each database; the oldest go first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when ClaimTracker next starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Interrupted Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left half-upgraded by an interrupted schema upgrade and cannot be opened.

Restore the backup made just before the upgrade, on %2?
The half-upgraded file is kept beside it, renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.

Restore the newest good backup, made %2?
The damaged file is kept beside it, renamed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveTermDialog</name>
    <message>
        <source>Move them to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term to move the claims to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear their verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them on it, retired (no longer offered)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set status of %n claim(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set verdict of %n claim(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add a tag to %n claim(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove a tag from %n claim(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n claim(s) with their highlights and evidence?
You can undo this with Edit › Undo.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rename tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge tags into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in claim and article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the article&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the article&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search claims and article text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also find claims whose article title or text matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims with a highlight no longer found in its article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the filters and the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Filters (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Default Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer this retired term for new choices again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New claims start in this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimReview rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict&apos;s place on ClaimReview&apos;s rating: 1 false … 5 true</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleModel</name>
    <message>
        <source>1 (false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 (mixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 (true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New claims start in this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on the claims that hold it; no longer offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimReview rating: 1 false … 5 true; none for the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScalesController</name>
    <message>
        <source>Add Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add verdict %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename verdict %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolour status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolour verdict %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move verdict %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 the default status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the rating of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) have the status “%1”. What should happen to them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) have the verdict “%1”. What should happen to them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove verdict %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScalesDialog</name>
    <message>
        <source>Verification Scales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each change is saved at once and can be undone (Ctrl+Z). Removing a term that claims hold asks what to do with them; a retired term stays readable on its claims but is no longer offered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Open the chosen claim in its article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move through the claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select several claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every listed claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryChart</name>
    <message>
        <source>Summary of the listed claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagChart</name>
    <message>
        <source>Claims by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merge %n tag(s) into:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>Official statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eyewitness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completely reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fabricated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unproven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checkable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: added %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some Files Were Not Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported with Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed on both sides. Both claim versions were kept; theirs are tagged “merge conflict”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimReview names the reviewing organisation: set it in File › Preferences first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exported with Warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>%1 (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>Claims per week by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims recorded per week, by their status now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %Ln claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Claims per week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
