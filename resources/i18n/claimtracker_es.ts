<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>Create a new, empty database</source>
        <translation>Crear una base de datos nueva y vacía</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Abrir otra base de datos</translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation>&amp;Importar artículos…</translation>
    </message>
    <message>
        <source>Import .txt, .md, .html, .docx or .pdf files</source>
        <translation>Importar archivos .txt, .md, .html, .docx o .pdf</translation>
    </message>
    <message>
        <source>Import from &amp;URL…</source>
        <translation>Importar desde &amp;URL…</translation>
    </message>
    <message>
        <source>Fetch web pages and import their articles</source>
        <translation>Descargar páginas web e importar sus artículos</translation>
    </message>
    <message>
        <source>New Article from &amp;Text…</source>
        <translation>Nuevo artículo desde &amp;texto…</translation>
    </message>
    <message>
        <source>Create an article from pasted text</source>
        <translation>Crear un artículo a partir de un texto pegado</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export claims as an XLSX or CSV report, a PDF dossier, JSON, ClaimReview or W3C Web Annotations</source>
        <translation>Exportar afirmaciones como informe XLSX o CSV, dosier en PDF, JSON, ClaimReview o W3C Web Annotations</translation>
    </message>
    <message>
        <source>Retry &amp;Unsaved Edits</source>
        <translation>Reintentar cambios sin &amp;guardar</translation>
    </message>
    <message>
        <source>Save the edits that could not be saved (for example on a full disk)</source>
        <translation>Guardar los cambios que no se pudieron guardar (por ejemplo, con el disco lleno)</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Make a backup copy of this database now</source>
        <translation>Hacer ahora una copia de seguridad de esta base de datos</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Restaurar &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>Replace this database with one of its backups</source>
        <translation>Reemplazar esta base de datos por una de sus copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Your name, the organisation of ClaimReviews, backups, language</source>
        <translation>Nombre del analista, organización de ClaimReview, copias de seguridad, idioma</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;New Claim from Selection</source>
        <translation>&amp;Nueva afirmación desde la selección</translation>
    </message>
    <message>
        <source>Turn the selected text into a claim (Ctrl+Enter)</source>
        <translation>Convertir el texto seleccionado en una afirmación (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>D&amp;ismiss Suggestion</source>
        <translation>&amp;Descartar sugerencia</translation>
    </message>
    <message>
        <source>Stop suggesting this sentence of the article</source>
        <translation>Dejar de sugerir esta frase del artículo</translation>
    </message>
    <message>
        <source>&amp;Link Selection to Current Claim</source>
        <translation>&amp;Vincular la selección a la afirmación actual</translation>
    </message>
    <message>
        <source>Mark the selected text as another appearance of the current claim</source>
        <translation>Marcar el texto seleccionado como otra aparición de la afirmación actual</translation>
    </message>
    <message>
        <source>Link Selection to &amp;Claim…</source>
        <translation>Vincular la selección a una &amp;afirmación…</translation>
    </message>
    <message>
        <source>Mark the selected text as another appearance of a claim you choose</source>
        <translation>Marcar el texto seleccionado como otra aparición de una afirmación que se elija</translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation>&amp;Eliminar afirmación</translation>
    </message>
    <message>
        <source>Delete the current claim</source>
        <translation>Eliminar la afirmación actual</translation>
    </message>
    <message>
        <source>Add &amp;Evidence…</source>
        <translation>Añadir &amp;prueba…</translation>
    </message>
    <message>
        <source>Add a source to the current claim</source>
        <translation>Añadir una fuente a la afirmación actual</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search the review list, find in the article, or filter the library</source>
        <translation>Buscar en la lista de revisión o en el artículo, o filtrar la biblioteca</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>The next match in the article</source>
        <translation>La siguiente coincidencia en el artículo</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>The previous match in the article</source>
        <translation>La coincidencia anterior en el artículo</translation>
    </message>
    <message>
        <source>&amp;Edit Article…</source>
        <translation>&amp;Editar artículo…</translation>
    </message>
    <message>
        <source>Correct the title, outlet, author, publication date, URL or language</source>
        <translation>Corregir el título, el medio, el autor, la fecha de publicación, la URL o el idioma</translation>
    </message>
    <message>
        <source>Check for &amp;Updates</source>
        <translation>Buscar act&amp;ualizaciones</translation>
    </message>
    <message>
        <source>Fetch the article&apos;s web page again; a changed page is a new version</source>
        <translation>Volver a descargar la página web del artículo; si ha cambiado, se guarda como una versión nueva</translation>
    </message>
    <message>
        <source>Update from &amp;File…</source>
        <translation>Actualizar desde &amp;archivo…</translation>
    </message>
    <message>
        <source>Store a newer text of the article from a file</source>
        <translation>Guardar un texto más reciente del artículo a partir de un archivo</translation>
    </message>
    <message>
        <source>&amp;Versions and Differences…</source>
        <translation>&amp;Versiones y diferencias…</translation>
    </message>
    <message>
        <source>The texts of the article and what changed between them</source>
        <translation>Los textos del artículo y lo que cambió entre ellos</translation>
    </message>
    <message>
        <source>Review &amp;Changed Quotes</source>
        <translation>Revisar &amp;citas modificadas</translation>
    </message>
    <message>
        <source>Quotes whose words changed in a newer version, or are no longer found</source>
        <translation>Citas cuya redacción cambió en una versión más reciente o que ya no se encuentran</translation>
    </message>
    <message>
        <source>&amp;Delete Article…</source>
        <translation>E&amp;liminar artículo…</translation>
    </message>
    <message>
        <source>Delete the article with its claims that appear only in it</source>
        <translation>Eliminar el artículo junto con las afirmaciones que solo aparecen en él</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Artículo</translation>
    </message>
    <message>
        <source>Read and annotate the article</source>
        <translation>Leer y anotar el artículo</translation>
    </message>
    <message>
        <source>&amp;Review Claims</source>
        <translation>&amp;Revisar afirmaciones</translation>
    </message>
    <message>
        <source>Sort, filter and search all claims</source>
        <translation>Ordenar, filtrar y buscar en todas las afirmaciones</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>Eti&amp;quetas…</translation>
    </message>
    <message>
        <source>Rename and merge tags</source>
        <translation>Renombrar y fusionar etiquetas</translation>
    </message>
    <message>
        <source>&amp;Group Similar Claims…</source>
        <translation>A&amp;grupar afirmaciones similares…</translation>
    </message>
    <message>
        <source>Group the selected claims (or the listed ones) that state the same thing</source>
        <translation>Agrupar las afirmaciones seleccionadas (o las de la lista) que dicen lo mismo</translation>
    </message>
    <message>
        <source>Su&amp;ggest Claims</source>
        <translation>Su&amp;gerir afirmaciones</translation>
    </message>
    <message>
        <source>Underline the sentences of the article worth checking</source>
        <translation>Subrayar las frases del artículo que merece la pena verificar</translation>
    </message>
    <message>
        <source>&amp;Scales…</source>
        <translation>E&amp;scalas…</translation>
    </message>
    <message>
        <source>Edit the workflow statuses and verdicts of this database</source>
        <translation>Editar los estados del flujo de trabajo y los veredictos de esta base de datos</translation>
    </message>
    <message>
        <source>Colour Highlights by &amp;Verdict</source>
        <translation>Colorear resaltados por &amp;veredicto</translation>
    </message>
    <message>
        <source>Colour Highlights by &amp;Status</source>
        <translation>Colorear resaltados por &amp;estado</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>Todos los atajos de teclado de la ventana</translation>
    </message>
    <message>
        <source>&amp;About ClaimTracker</source>
        <translation>&amp;Acerca de ClaimTracker</translation>
    </message>
</context>
<context>
    <name>ArticleChanges</name>
    <message>
        <source>Changed Quotes</source>
        <translation>Citas modificadas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>Afirmación %1</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) to review in this article.</source>
        <translation>
            <numerusform>%n cita por revisar en este artículo.</numerusform>
            <numerusform>%n citas por revisar en este artículo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No quotes to review in this article.</source>
        <translation>No hay citas por revisar en este artículo.</translation>
    </message>
</context>
<context>
    <name>ArticleClaimsList</name>
    <message>
        <source>Claims in this article</source>
        <translation>Afirmaciones de este artículo</translation>
    </message>
    <message>
        <source>⚠ not found in the text</source>
        <translation>⚠ ya no se encuentra en el texto</translation>
    </message>
</context>
<context>
    <name>ArticleController</name>
    <message>
        <source>Cannot Open Article</source>
        <translation>No se puede abrir el artículo</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>Edit Article</source>
        <translation>Editar artículo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>es, en, pt-BR…</source>
        <translation>es, en, pt-BR…</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Problem with the values</source>
        <translation>Problema con los datos</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Medio</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Autor</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>&amp;Publicado el</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>ArticleLibrary</name>
    <message>
        <source>Filter by title, outlet, author or text</source>
        <translation>Filtrar por título, medio, autor o texto</translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation>Filtrar artículos</translation>
    </message>
    <message>
        <source>Article library</source>
        <translation>Biblioteca de artículos</translation>
    </message>
</context>
<context>
    <name>ArticleModels</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n afirmación</numerusform>
            <numerusform>%n afirmaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Claimant: %1</source>
        <translation>Autor: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredicto: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <source>No articles yet</source>
        <translation>Aún no hay artículos</translation>
    </message>
    <message>
        <source>Import one with File › Import Articles (Ctrl+I) or drop files on this window.</source>
        <translation>Se pueden importar con Archivo › Importar artículos (Ctrl+I) o arrastrando archivos a esta ventana.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article text</source>
        <translation>Texto del artículo</translation>
    </message>
    <message>
        <source>Choose an article in the library, or import one (Ctrl+I).</source>
        <translation>Elegir un artículo de la biblioteca o importar uno (Ctrl+I).</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Importar artículos</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>ClaimTracker databases</source>
        <translation>Bases de datos de ClaimTracker</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>investigation.db</source>
        <translation>investigacion.db</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Archivos CSV</translation>
    </message>
    <message>
        <source>Excel workbooks</source>
        <translation>Libros de Excel</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>Documentos PDF</translation>
    </message>
    <message>
        <source>JSON files</source>
        <translation>Archivos JSON</translation>
    </message>
    <message>
        <source>JSON-LD files</source>
        <translation>Archivos JSON-LD</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>ChangedQuotes</name>
    <message>
        <source>Wording changed</source>
        <translation>Redacción cambiada</translation>
    </message>
    <message>
        <source>No longer found</source>
        <translation>Ya no se encuentra</translation>
    </message>
    <message>
        <source>Changed quote</source>
        <translation>Cita modificada</translation>
    </message>
</context>
<context>
    <name>ChangedQuotesPanel</name>
    <message>
        <source>Changed quotes</source>
        <translation>Citas modificadas</translation>
    </message>
    <message>
        <source>What the new version did</source>
        <translation>Qué cambió la nueva versión</translation>
    </message>
    <message>
        <source>Quotes to review</source>
        <translation>Citas por revisar</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>The new wording becomes the quote of the selected claims</source>
        <translation>La nueva redacción pasa a ser la cita de las afirmaciones seleccionadas</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>The new wording is not the quote: the highlight is marked not found</source>
        <translation>La nueva redacción no es la cita: el resaltado se marca como no encontrado</translation>
    </message>
</context>
<context>
    <name>ClaimController</name>
    <message>
        <source>Edit statement</source>
        <translation>Editar enunciado</translation>
    </message>
    <message>
        <source>Edit claimant</source>
        <translation>Editar autor</translation>
    </message>
    <message>
        <source>Edit claim date</source>
        <translation>Editar fecha de la afirmación</translation>
    </message>
    <message>
        <source>Edit status</source>
        <translation>Editar estado</translation>
    </message>
    <message>
        <source>Edit verdict</source>
        <translation>Editar veredicto</translation>
    </message>
    <message>
        <source>Edit rationale</source>
        <translation>Editar justificación</translation>
    </message>
    <message>
        <source>Edit Published at</source>
        <translation>Editar “Publicada en”</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Cambiar etiquetas</translation>
    </message>
    <message>
        <source>Select the sentence to turn into a claim first.</source>
        <translation>Primero hay que seleccionar la frase que se quiere convertir en afirmación.</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Nueva afirmación</translation>
    </message>
    <message>
        <source>Claim created.</source>
        <translation>Afirmación creada.</translation>
    </message>
    <message>
        <source>Choose a claim, then select its other appearance in the text.</source>
        <translation>Hay que elegir una afirmación y después seleccionar su otra aparición en el texto.</translation>
    </message>
    <message>
        <source>Link selection to claim</source>
        <translation>Vincular selección a la afirmación</translation>
    </message>
    <message>
        <source>Select the passage to link to a claim first.</source>
        <translation>Primero hay que seleccionar el pasaje que se quiere vincular a una afirmación.</translation>
    </message>
    <message>
        <source>Passage linked to the claim.</source>
        <translation>Pasaje vinculado a la afirmación.</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Eliminar afirmación</translation>
    </message>
    <message>
        <source>Claim deleted. Undo with Ctrl+Z.</source>
        <translation>Afirmación eliminada. Se puede deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Choose a claim first.</source>
        <translation>Primero hay que elegir una afirmación.</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Añadir prueba</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Editar prueba</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Quitar prueba</translation>
    </message>
</context>
<context>
    <name>ClaimInspector</name>
    <message>
        <source>Claim inspector</source>
        <translation>Inspector de afirmaciones</translation>
    </message>
    <message>
        <source>Changed quotes</source>
        <translation>Citas modificadas</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Who makes the claim</source>
        <translation>Quién hace la afirmación</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>Fecha de la afirmación</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Workflow status</source>
        <translation>Estado del flujo de trabajo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Publicada en</translation>
    </message>
    <message>
        <source>URL of the published fact-check</source>
        <translation>URL de la verificación publicada</translation>
    </message>
    <message>
        <source>Where the fact-check was published; ClaimReview exports need it</source>
        <translation>Dónde se publicó la verificación; las exportaciones de ClaimReview la necesitan</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Comma-separated; new tags are created</source>
        <translation>Separadas por comas; las etiquetas nuevas se crean automáticamente</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>Añadir prueba…</translation>
    </message>
    <message>
        <source>Edit the selected evidence…</source>
        <translation>Editar la prueba seleccionada…</translation>
    </message>
    <message>
        <source>Remove the selected evidence</source>
        <translation>Quitar la prueba seleccionada</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>E&amp;nunciado</translation>
    </message>
    <message>
        <source>Clai&amp;mant</source>
        <translation>Au&amp;tor</translation>
    </message>
    <message>
        <source>Claim &amp;date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>Ve&amp;redicto</translation>
    </message>
    <message>
        <source>&amp;Rationale</source>
        <translation>&amp;Justificación</translation>
    </message>
    <message>
        <source>&amp;Published at</source>
        <translation>&amp;Publicada en</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Eti&amp;quetas</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <source>No claim selected</source>
        <translation>Ninguna afirmación seleccionada</translation>
    </message>
    <message>
        <source>Select a sentence in the article and press Ctrl+Enter to make it a claim.</source>
        <translation>Seleccionar una frase del artículo y pulsar Ctrl+Enter para convertirla en afirmación.</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>Afirmación %1</translation>
    </message>
    <message>
        <source>updated %1 by %2</source>
        <translation>actualizada el %1 por %2</translation>
    </message>
    <message>
        <source>Now in the article: %1</source>
        <translation>Ahora en el artículo: %1</translation>
    </message>
    <message>
        <source>No longer found in the article: %1</source>
        <translation>Ya no se encuentra en el artículo: %1</translation>
    </message>
</context>
<context>
    <name>ClaimPickerDialog</name>
    <message>
        <source>Link Selection to Claim</source>
        <translation>Vincular la selección a una afirmación</translation>
    </message>
    <message>
        <source>Search statements, claimants, quotes and tags</source>
        <translation>Buscar en enunciados, autores, citas y etiquetas</translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation>Buscar afirmaciones</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message numerus="yes">
        <source>The %1 most recently updated of %Ln claim(s); search to narrow them.</source>
        <translation>
            <numerusform>Las %1 actualizadas más recientemente de un total de %Ln afirmación; se puede buscar para acotar la lista.</numerusform>
            <numerusform>Las %1 actualizadas más recientemente de un total de %Ln afirmaciones; se puede buscar para acotar la lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln afirmación</numerusform>
            <numerusform>%Ln afirmaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Update article</source>
        <translation>Actualizar artículo</translation>
    </message>
    <message>
        <source>Review changed quotes</source>
        <translation>Revisar citas modificadas</translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation>Editar artículo</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Eliminar artículo</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Nueva afirmación</translation>
    </message>
    <message>
        <source>Link selection to claim</source>
        <translation>Vincular selección a la afirmación</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Eliminar afirmación</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>Editar afirmación</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Cambiar etiquetas</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Añadir prueba</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Editar prueba</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Quitar prueba</translation>
    </message>
    <message>
        <source>Set field</source>
        <translation>Cambiar campo</translation>
    </message>
    <message>
        <source>Delete claims</source>
        <translation>Eliminar afirmaciones</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Renombrar etiqueta</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Fusionar etiquetas</translation>
    </message>
    <message>
        <source>Dismiss suggestion</source>
        <translation>Descartar sugerencia</translation>
    </message>
    <message>
        <source>Same claim</source>
        <translation>Misma afirmación</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Añadir término</translation>
    </message>
    <message>
        <source>Edit term</source>
        <translation>Editar término</translation>
    </message>
    <message>
        <source>Reorder terms</source>
        <translation>Reordenar términos</translation>
    </message>
    <message>
        <source>Set default status</source>
        <translation>Cambiar estado predeterminado</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Quitar término</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>Fecha de la afirmación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Publicada en</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Credibilidad</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Extracto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Changed Elsewhere</source>
        <translation>Cambios en otro lugar</translation>
    </message>
    <message>
        <source>%1.
Which version should be kept?</source>
        <translation>%1.
¿Qué versión se debe conservar?</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>La otra (guardada)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mía</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Conservar la otra</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>{name} is open read-only; changes cannot be saved</source>
        <translation>{name} se ha abierto en modo de solo lectura; no se pueden guardar los cambios</translation>
    </message>
    <message>
        <source>a record changed elsewhere while this edit was being saved; nothing was changed, look at the current version and edit again</source>
        <translation>un registro se modificó en otro lugar mientras se guardaba este cambio; no se ha cambiado nada, hay que revisar la versión actual y volver a editar</translation>
    </message>
    <message>
        <source>{name} cannot be written: {reason}</source>
        <translation>no se puede escribir en {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} could not be saved ({reason}); nothing was changed. Free some disk space, then retry</source>
        <translation>no se pudo guardar {name} ({reason}); no se ha cambiado nada. Hay que liberar espacio en disco y volver a intentarlo</translation>
    </message>
    <message>
        <source>{name} is busy: another program is writing to it; nothing was saved, try again when it has finished</source>
        <translation>{name} está en uso: otro programa está escribiendo en el archivo; no se ha guardado nada, hay que volver a intentarlo cuando termine</translation>
    </message>
    <message>
        <source>another analyst saved a change to the same records at the same moment; nothing was changed, look at the current version and edit again</source>
        <translation>otro analista guardó un cambio en los mismos registros en el mismo momento; no se ha cambiado nada, hay que revisar la versión actual y volver a editar</translation>
    </message>
    <message>
        <source>{name} could not be saved ({reason}); nothing was changed</source>
        <translation>no se pudo guardar {name} ({reason}); no se ha cambiado nada</translation>
    </message>
    <message>
        <source>{name} cannot be watched for changes</source>
        <translation>no se pueden vigilar los cambios de {name}</translation>
    </message>
    <message>
        <source>{path} is damaged: {reason}</source>
        <translation>{path} está dañado: {reason}</translation>
    </message>
    <message>
        <source>backups are made of SQLite databases only</source>
        <translation>solo se hacen copias de seguridad de bases de datos SQLite</translation>
    </message>
    <message>
        <source>{path} already exists</source>
        <translation>{path} ya existe</translation>
    </message>
    <message>
        <source>cannot create {path}: {reason}</source>
        <translation>no se puede crear {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} needs a schema upgrade but is read-only</source>
        <translation>{path} necesita una actualización del esquema, pero es de solo lectura</translation>
    </message>
    <message>
        <source>cannot open {path}: {reason}</source>
        <translation>no se puede abrir {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} has no ClaimTracker schema version</source>
        <translation>{path} no tiene versión de esquema de ClaimTracker</translation>
    </message>
    <message>
        <source>{path} is damaged (SQLite integrity check: {detail})</source>
        <translation>{path} está dañado (comprobación de integridad de SQLite: {detail})</translation>
    </message>
    <message>
        <source>{path} was left half-upgraded by an interrupted schema upgrade (schema {revision} with parts of a newer one) and cannot be opened; restore the backup made before the upgrade, {backup}</source>
        <translation>{path} quedó a medio actualizar porque se interrumpió una actualización del esquema (esquema {revision} con partes de uno más reciente) y no se puede abrir; hay que restaurar la copia de seguridad hecha antes de la actualización, {backup}</translation>
    </message>
    <message>
        <source>{path} was left half-upgraded by an interrupted schema upgrade (schema {revision} with parts of a newer one) and cannot be opened; no backup made before the upgrade was found</source>
        <translation>{path} quedó a medio actualizar porque se interrumpió una actualización del esquema (esquema {revision} con partes de uno más reciente) y no se puede abrir; no se ha encontrado ninguna copia de seguridad hecha antes de la actualización</translation>
    </message>
    <message>
        <source>cannot use the database URL: {reason}</source>
        <translation>no se puede usar la URL de la base de datos: {reason}</translation>
    </message>
    <message>
        <source>cannot open {name}: {reason}</source>
        <translation>no se puede abrir {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} already holds a ClaimTracker database</source>
        <translation>{name} ya contiene una base de datos de ClaimTracker</translation>
    </message>
    <message>
        <source>{name} is not empty; give ClaimTracker a database of its own</source>
        <translation>{name} no está vacía; ClaimTracker necesita una base de datos propia</translation>
    </message>
    <message>
        <source>no output file named; give a file name</source>
        <translation>no se ha indicado ningún archivo de salida; hay que dar un nombre de archivo</translation>
    </message>
    <message>
        <source>{path} is a folder; name a file inside it</source>
        <translation>{path} es una carpeta; hay que indicar un archivo dentro de ella</translation>
    </message>
    <message>
        <source>folder {path} does not exist</source>
        <translation>la carpeta {path} no existe</translation>
    </message>
    <message>
        <source>{path} is not a folder</source>
        <translation>{path} no es una carpeta</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name</source>
        <translation>{path} ya existe; hay que elegir otro nombre</translation>
    </message>
    <message>
        <source>{path} is a ClaimTracker database; it is never overwritten</source>
        <translation>{path} es una base de datos de ClaimTracker; nunca se sobrescribe</translation>
    </message>
    <message>
        <source>{path} belongs to a ClaimTracker database; choose another name</source>
        <translation>{path} pertenece a una base de datos de ClaimTracker; hay que elegir otro nombre</translation>
    </message>
    <message>
        <source>{path} is not a regular file</source>
        <translation>{path} no es un archivo normal</translation>
    </message>
    <message>
        <source>{path} is the open database or one of its files; choose another name</source>
        <translation>{path} es la base de datos abierta o uno de sus archivos; hay que elegir otro nombre</translation>
    </message>
    <message>
        <source>{path} is inside the database&apos;s backups folder; choose another</source>
        <translation>{path} está dentro de la carpeta de copias de seguridad de la base de datos; hay que elegir otro</translation>
    </message>
    <message>
        <source>cannot write {path}: the disk is full ({reason})</source>
        <translation>no se puede escribir {path}: el disco está lleno ({reason})</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>not a lower-case UUID</source>
        <translation>no es un UUID en minúsculas</translation>
    </message>
    <message>
        <source>not a lower-case hex SHA-256</source>
        <translation>no es un SHA-256 hexadecimal en minúsculas</translation>
    </message>
    <message>
        <source>not a #rrggbb colour</source>
        <translation>no es un color #rrggbb</translation>
    </message>
    <message>
        <source>should be one of {expected}</source>
        <translation>debería ser uno de estos valores: {expected}</translation>
    </message>
    <message>
        <source>should be base64 text</source>
        <translation>debería ser texto en base64</translation>
    </message>
    <message>
        <source>too large (the limit is {limit:,} bytes)</source>
        <translation>demasiado grande (el límite es de {limit:,} bytes)</translation>
    </message>
    <message>
        <source>not base64</source>
        <translation>no está en base64</translation>
    </message>
    <message>
        <source>not a web address (http or https)</source>
        <translation>no es una dirección web (http o https)</translation>
    </message>
    <message>
        <source>too many addresses ({count:,}; the limit is {limit:,})</source>
        <translation>demasiadas direcciones ({count:,}; el límite es {limit:,})</translation>
    </message>
    <message>
        <source>an address is too long (the limit is {limit:,} characters)</source>
        <translation>una dirección es demasiado larga (el límite es de {limit:,} caracteres)</translation>
    </message>
    <message>
        <source>not a JSON list of addresses</source>
        <translation>no es una lista JSON de direcciones</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>una etiqueta necesita un nombre</translation>
    </message>
    <message>
        <source>written by a newer ClaimTracker (format {version}); update ClaimTracker to import it</source>
        <translation>escrito por una versión más reciente de ClaimTracker (formato {version}); hay que actualizar ClaimTracker para importarlo</translation>
    </message>
    <message>
        <source>should be a date as text</source>
        <translation>debería ser una fecha en forma de texto</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>no es una fecha</translation>
    </message>
    <message>
        <source>should be a date and time as text</source>
        <translation>debería ser una fecha y hora en forma de texto</translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation>no es una fecha y hora</translation>
    </message>
    <message>
        <source>range {start}..{end} is outside the article (0..{length})</source>
        <translation>el intervalo {start}..{end} está fuera del artículo (0..{length})</translation>
    </message>
    <message>
        <source>the selection is empty or only whitespace</source>
        <translation>la selección está vacía o solo contiene espacios en blanco</translation>
    </message>
    <message>
        <source>the quote appears {count} time(s) in article {id}, not {occurrence}</source>
        <translation>la cita aparece en el artículo {id} menos veces ({count}) de las indicadas ({occurrence})</translation>
    </message>
    <message>
        <source>quote not found in article {id}</source>
        <translation>no se encuentra la cita en el artículo {id}</translation>
    </message>
    <message>
        <source>unknown claim field(s): {names}</source>
        <translation>campos de afirmación desconocidos: {names}</translation>
    </message>
    <message>
        <source>claim {id} exists already: it was restored elsewhere</source>
        <translation>la afirmación {id} ya existe: se restauró en otro lugar</translation>
    </message>
    <message>
        <source>no highlight with id {id}</source>
        <translation>no hay ningún resaltado con el id {id}</translation>
    </message>
    <message>
        <source>a claim keeps at least one appearance; delete the claim instead</source>
        <translation>una afirmación debe conservar al menos una aparición; en su lugar, hay que eliminar la afirmación</translation>
    </message>
    <message>
        <source>this evidence exists already: it was restored elsewhere</source>
        <translation>esta prueba ya existe: se restauró en otro lugar</translation>
    </message>
    <message>
        <source>no source with id {id}</source>
        <translation>no hay ninguna fuente con el id {id}</translation>
    </message>
    <message>
        <source>unknown evidence field(s): {names}</source>
        <translation>campos de prueba desconocidos: {names}</translation>
    </message>
    <message>
        <source>a claim needs a statement</source>
        <translation>una afirmación necesita un enunciado</translation>
    </message>
    <message>
        <source>claim_date must be a date</source>
        <translation>claim_date debe ser una fecha</translation>
    </message>
    <message>
        <source>no claim with id {id}</source>
        <translation>no hay ninguna afirmación con el id {id}</translation>
    </message>
    <message>
        <source>no evidence with id {id}</source>
        <translation>no hay ninguna prueba con el id {id}</translation>
    </message>
    <message>
        <source>claim {claim} was changed by {who} at {when} while you were editing it</source>
        <translation>{who} modificó la afirmación {claim} el {when} mientras se estaba editando aquí</translation>
    </message>
    <message>
        <source>stance must be one of {known}</source>
        <translation>la postura debe ser uno de estos valores: {known}</translation>
    </message>
    <message>
        <source>credibility must be a whole number from 1 to 6</source>
        <translation>la credibilidad debe ser un número entero del 1 al 6</translation>
    </message>
    <message>
        <source>the article text differs; the local text was kept</source>
        <translation>el texto del artículo es distinto; se ha conservado el texto local</translation>
    </message>
    <message>
        <source>unknown source field(s): {names}</source>
        <translation>campos de fuente desconocidos: {names}</translation>
    </message>
    <message>
        <source>unknown source kind {value!r} (one of {known})</source>
        <translation>tipo de fuente desconocido: {value!r} (opciones: {known})</translation>
    </message>
    <message>
        <source>reliability must be one of {known}</source>
        <translation>la fiabilidad debe ser uno de estos valores: {known}</translation>
    </message>
    <message>
        <source>a source needs a name</source>
        <translation>una fuente necesita un nombre</translation>
    </message>
    <message>
        <source>accessed_at must be a date</source>
        <translation>accessed_at debe ser una fecha</translation>
    </message>
    <message>
        <source>source “{source}” was changed elsewhere while you were editing it</source>
        <translation>la fuente “{source}” se modificó en otro lugar mientras se estaba editando aquí</translation>
    </message>
    <message>
        <source>{name}: unsupported file type (supported: {known})</source>
        <translation>{name}: tipo de archivo no admitido (se admiten: {known})</translation>
    </message>
    <message>
        <source>{name} is {size} MB; the limit is {limit} MB</source>
        <translation>{name} ocupa {size} MB; el límite es de {limit} MB</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: no existe el archivo</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>no se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>backup to {path} failed: {reason}</source>
        <translation>falló la copia de seguridad en {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot create the backups folder {path}: {reason}</source>
        <translation>no se puede crear la carpeta de copias de seguridad {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot remove the old backup {path}: {reason}</source>
        <translation>no se puede eliminar la copia de seguridad antigua {path}: {reason}</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} está vacío</translation>
    </message>
    <message>
        <source>{name}: no article text found</source>
        <translation>{name}: no se ha encontrado texto de artículo</translation>
    </message>
    <message>
        <source>{url}: only http:// and https:// addresses can be fetched</source>
        <translation>{url}: solo se pueden descargar direcciones http:// y https://</translation>
    </message>
    <message>
        <source>{url}: the server answered HTTP {status} {reason}</source>
        <translation>{url}: el servidor respondió HTTP {status} {reason}</translation>
    </message>
    <message>
        <source>{url}: not a web page ({type}); only HTML or text is imported</source>
        <translation>{url}: no es una página web ({type}); solo se importa HTML o texto</translation>
    </message>
    <message>
        <source>{url}: not a web page (no content type); only HTML or text is imported</source>
        <translation>{url}: no es una página web (sin tipo de contenido); solo se importa HTML o texto</translation>
    </message>
    <message>
        <source>{url}: the download took longer than {deadline:.0f} s; gave up</source>
        <translation>{url}: la descarga tardaba más de {deadline:.0f} s; se ha cancelado</translation>
    </message>
    <message>
        <source>{url}: the page is more than {limit} MB; the limit is {limit} MB</source>
        <translation>{url}: la página ocupa más de {limit} MB; el límite es de {limit} MB</translation>
    </message>
    <message>
        <source>{url}: the page is {size} MB; the limit is {limit} MB</source>
        <translation>{url}: la página ocupa {size} MB; el límite es de {limit} MB</translation>
    </message>
    <message>
        <source>{url}: more than {count} redirects; gave up</source>
        <translation>{url}: más de {count} redirecciones; se ha cancelado la descarga</translation>
    </message>
    <message>
        <source>{url}: no connection to {host} within {timeout:g} s</source>
        <translation>{url}: no se ha podido conectar con {host} en {timeout:g} s</translation>
    </message>
    <message>
        <source>{url}: the server did not answer within {timeout:g} s</source>
        <translation>{url}: el servidor no respondió en {timeout:g} s</translation>
    </message>
    <message>
        <source>{url}: cannot find the host {host} (DNS lookup failed)</source>
        <translation>{url}: no se encuentra el servidor {host} (falló la consulta DNS)</translation>
    </message>
    <message>
        <source>{url}: secure connection (TLS) to {host} failed: {detail}</source>
        <translation>{url}: falló la conexión segura (TLS) con {host}: {detail}</translation>
    </message>
    <message>
        <source>{url}: {host} refused the connection</source>
        <translation>{url}: {host} rechazó la conexión</translation>
    </message>
    <message>
        <source>{url}: the server sent a broken answer ({detail})</source>
        <translation>{url}: el servidor envió una respuesta defectuosa ({detail})</translation>
    </message>
    <message>
        <source>{url}: the page could not be decompressed</source>
        <translation>{url}: no se pudo descomprimir la página</translation>
    </message>
    <message>
        <source>{url}: the download failed ({detail})</source>
        <translation>{url}: falló la descarga ({detail})</translation>
    </message>
    <message>
        <source>unknown article field(s): {names}</source>
        <translation>campos de artículo desconocidos: {names}</translation>
    </message>
    <message>
        <source>published_at must be a date (YYYY-MM-DD)</source>
        <translation>published_at debe ser una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>an article needs a title</source>
        <translation>un artículo necesita un título</translation>
    </message>
    <message>
        <source>not a web address: {value!r} (give the full https://… address)</source>
        <translation>no es una dirección web: {value!r} (hay que escribir la dirección completa, https://…)</translation>
    </message>
    <message>
        <source>not a language code: {value!r} (for example es, en, pt-BR)</source>
        <translation>no es un código de idioma: {value!r} (por ejemplo, es, en, pt-BR)</translation>
    </message>
    <message>
        <source>{url} is already article {id} ({title}); update that article to get a newer version</source>
        <translation>{url} ya es el artículo {id} ({title}); para obtener una versión más reciente hay que actualizar ese artículo</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>el texto está vacío</translation>
    </message>
    <message>
        <source>{name}: the same text is already article {id} ({title})</source>
        <translation>{name}: el mismo texto ya es el artículo {id} ({title})</translation>
    </message>
    <message>
        <source>no article with id {id}</source>
        <translation>no hay ningún artículo con el id {id}</translation>
    </message>
    <message>
        <source>article {id} was changed elsewhere while you were editing it</source>
        <translation>el artículo {id} se modificó en otro lugar mientras se estaba editando aquí</translation>
    </message>
    <message>
        <source>article {id} was changed elsewhere; look at it again before deleting it</source>
        <translation>el artículo {id} se modificó en otro lugar; hay que revisarlo de nuevo antes de eliminarlo</translation>
    </message>
    <message>
        <source>article {id} or its claims changed since it was restored; nothing was deleted</source>
        <translation>el artículo {id} o sus afirmaciones cambiaron después de restaurarse; no se ha eliminado nada</translation>
    </message>
    <message>
        <source>article {id} has no web address to check; give a file or an address</source>
        <translation>el artículo {id} no tiene ninguna dirección web que comprobar; hay que indicar un archivo o una dirección</translation>
    </message>
    <message>
        <source>re-anchoring cancelled; the article was left as it was</source>
        <translation>reanclaje cancelado; el artículo se ha quedado como estaba</translation>
    </message>
    <message>
        <source>article {id}: its text changed again since this version was stored; nothing was changed</source>
        <translation>artículo {id}: su texto volvió a cambiar después de guardarse esta versión; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>article {id}: its highlights changed since this version was stored; nothing was changed</source>
        <translation>artículo {id}: sus resaltados cambiaron después de guardarse esta versión; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>article {id}: version {number} is gone; nothing was changed</source>
        <translation>artículo {id}: la versión {number} ya no existe; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>highlight {id} was deleted meanwhile</source>
        <translation>el resaltado {id} se eliminó mientras tanto</translation>
    </message>
    <message>
        <source>the match of highlight {id} changed meanwhile (now {state}); look at it again</source>
        <translation>el anclaje del resaltado {id} cambió mientras tanto (ahora: {state}); hay que revisarlo de nuevo</translation>
    </message>
    <message>
        <source>highlight {id} changed meanwhile; nothing was undone</source>
        <translation>el resaltado {id} cambió mientras tanto; no se ha deshecho nada</translation>
    </message>
    <message>
        <source>article {id} has no version {number} (versions 1 to {last})</source>
        <translation>el artículo {id} no tiene versión {number} (versiones de la 1 a la {last})</translation>
    </message>
    <message>
        <source>article {id}: it was changed elsewhere while you were working on it; nothing was changed</source>
        <translation>artículo {id}: se modificó en otro lugar mientras se trabajaba en él aquí; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>article {id}: its text is now version {number}; nothing was changed</source>
        <translation>artículo {id}: su texto es ahora la versión {number}; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>a claim cannot be the same as itself</source>
        <translation>no se puede marcar una afirmación como igual a sí misma</translation>
    </message>
    <message>
        <source>unknown column(s) for one row per highlight: {wrong} (available: {known})</source>
        <translation>columnas desconocidas para una fila por resaltado: {wrong} (disponibles: {known})</translation>
    </message>
    <message>
        <source>unknown column(s) for one row per claim: {wrong} (available: {known})</source>
        <translation>columnas desconocidas para una fila por afirmación: {wrong} (disponibles: {known})</translation>
    </message>
    <message>
        <source>choose at least one column</source>
        <translation>hay que elegir al menos una columna</translation>
    </message>
    <message>
        <source>unknown export format {format!r} (use {known})</source>
        <translation>formato de exportación desconocido: {format!r} (opciones: {known})</translation>
    </message>
    <message>
        <source>cannot sort by {key!r}</source>
        <translation>no se puede ordenar por {key!r}</translation>
    </message>
    <message>
        <source>the CSV delimiter must be one of {known}</source>
        <translation>el separador CSV debe ser uno de estos: {known}</translation>
    </message>
    <message>
        <source>ClaimReview needs the reviewing organisation</source>
        <translation>ClaimReview necesita la organización verificadora</translation>
    </message>
    <message>
        <source>a dossier holds at most {most} claims ({chosen} chosen); narrow the filter or choose claims</source>
        <translation>un dosier admite como máximo {most} afirmaciones ({chosen} elegidas); hay que acotar el filtro o elegir afirmaciones</translation>
    </message>
    <message>
        <source>{count} claim(s) with a verdict have no “Published at” URL and were left out of the ClaimReview: {claims}</source>
        <translation>se han dejado fuera del ClaimReview las afirmaciones con veredicto que no tienen URL en “Publicada en” ({count}): {claims}</translation>
    </message>
    <message>
        <source>{count} claim(s) with a verdict have no “Published at” URL and were left out of the ClaimReview: {claims} and {more} more</source>
        <translation>se han dejado fuera del ClaimReview las afirmaciones con veredicto que no tienen URL en “Publicada en” ({count}): {claims} y {more} más</translation>
    </message>
    <message>
        <source>{rows} rows do not fit in one worksheet ({most} at most); narrow the filter or export CSV</source>
        <translation>{rows} filas no caben en una hoja de cálculo ({most} como máximo); hay que acotar el filtro o exportar a CSV</translation>
    </message>
    <message>
        <source>encoding guessed as {encoding}</source>
        <translation>codificación deducida: {encoding}</translation>
    </message>
    <message>
        <source>{name}: not valid {encoding} despite its marker</source>
        <translation>{name}: no es {encoding} válido a pesar de su marca de codificación</translation>
    </message>
    <message>
        <source>{name} contains NUL bytes: it looks like a binary file, not text</source>
        <translation>{name} contiene bytes NUL: parece un archivo binario, no de texto</translation>
    </message>
    <message>
        <source>{name}: {count} invalid byte sequence in otherwise UTF-8 text, shown as �</source>
        <translation>{name}: {count} secuencia de bytes no válida en un texto que por lo demás es UTF-8, mostrada como �</translation>
    </message>
    <message>
        <source>{name}: {count} invalid byte sequences in otherwise UTF-8 text, shown as �</source>
        <translation>{name}: {count} secuencias de bytes no válidas en un texto que por lo demás es UTF-8, mostradas como �</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text</source>
        <translation>{name} parece un archivo binario, no de texto</translation>
    </message>
    <message>
        <source>main text not recognised; the whole page text was kept</source>
        <translation>no se ha reconocido el texto principal; se ha conservado todo el texto de la página</translation>
    </message>
    <message>
        <source>{name} holds {parts} parts; refused as unsafe</source>
        <translation>{name} contiene {parts} partes; se rechaza por inseguro</translation>
    </message>
    <message>
        <source>{name} would unpack to {size:.0f} MB (the limit is {limit:.0f} MB); refused as unsafe</source>
        <translation>{name} ocuparía {size:.0f} MB descomprimido (el límite es de {limit:.0f} MB); se rechaza por inseguro</translation>
    </message>
    <message>
        <source>{name} is compressed {ratio} to 1 (the limit is {limit} to 1); refused as unsafe</source>
        <translation>{name} tiene una compresión de {ratio} a 1 (el límite es de {limit} a 1); se rechaza por inseguro</translation>
    </message>
    <message>
        <source>{name}: {part} declares XML entities (a DTD), which Word never writes; refused as unsafe</source>
        <translation>{name}: {part} declara entidades XML (una DTD), algo que Word nunca escribe; se rechaza por inseguro</translation>
    </message>
    <message>
        <source>{name} is not a valid .docx file ({part})</source>
        <translation>{name} no es un archivo .docx válido ({part})</translation>
    </message>
    <message>
        <source>{name} is not a valid .docx file</source>
        <translation>{name} no es un archivo .docx válido</translation>
    </message>
    <message>
        <source>{name} is an encrypted PDF; remove the password and try again</source>
        <translation>{name} es un PDF cifrado; hay que quitar la contraseña y volver a intentarlo</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF ({reason})</source>
        <translation>{name} no es un PDF legible ({reason})</translation>
    </message>
    <message>
        <source>{name} has no text layer (scanned images only); run it through OCR first</source>
        <translation>{name} no tiene capa de texto (solo imágenes escaneadas); primero hay que pasarlo por un OCR</translation>
    </message>
    <message>
        <source>the extraction helper process did not start</source>
        <translation>no se inició el proceso auxiliar de extracción</translation>
    </message>
    <message>
        <source>{name}: the page is too complex to extract within {seconds:.0f} s</source>
        <translation>{name}: la página es demasiado compleja para extraerla en {seconds:.0f} s</translation>
    </message>
    <message>
        <source>{name}: the extraction stopped unexpectedly</source>
        <translation>{name}: la extracción se detuvo de forma inesperada</translation>
    </message>
    <message>
        <source>{name}: extraction failed ({reason})</source>
        <translation>{name}: falló la extracción ({reason})</translation>
    </message>
    <message>
        <source>{path} was written by a newer ClaimTracker (schema {revision}; this program knows up to {head}); update ClaimTracker to open it</source>
        <translation>{path} se escribió con una versión más reciente de ClaimTracker (esquema {revision}; este programa conoce hasta el {head}); hay que actualizar ClaimTracker para abrirlo</translation>
    </message>
    <message>
        <source>no alias group {group!r}</source>
        <translation>no existe el grupo de alias {group!r}</translation>
    </message>
    <message>
        <source>an alias needs a name with letters or digits</source>
        <translation>un alias necesita un nombre con letras o cifras</translation>
    </message>
    <message>
        <source>an alias group needs a name with letters or digits</source>
        <translation>un grupo de alias necesita un nombre con letras o cifras</translation>
    </message>
    <message>
        <source>{name!r} is already an alias in group {group!r}</source>
        <translation>{name!r} ya es un alias del grupo {group!r}</translation>
    </message>
    <message>
        <source>no alias {name!r} in group {group!r}</source>
        <translation>no hay ningún alias {name!r} en el grupo {group!r}</translation>
    </message>
    <message>
        <source>no alias {name!r}</source>
        <translation>no existe el alias {name!r}</translation>
    </message>
    <message>
        <source>{name!r} is a name in several groups ({groups}); name the group</source>
        <translation>{name!r} es un nombre de varios grupos ({groups}); hay que indicar el grupo</translation>
    </message>
    <message>
        <source>article {id} exists already: it was restored elsewhere</source>
        <translation>el artículo {id} ya existe: se restauró en otro lugar</translation>
    </message>
    <message>
        <source>cannot set {field} on many claims at once</source>
        <translation>no se puede cambiar {field} en varias afirmaciones a la vez</translation>
    </message>
    <message>
        <source>no tag named {name!r}</source>
        <translation>no hay ninguna etiqueta llamada {name!r}</translation>
    </message>
    <message>
        <source>a tag named {name!r} exists already; merge the tags instead</source>
        <translation>ya existe una etiqueta llamada {name!r}; en su lugar, hay que fusionar las etiquetas</translation>
    </message>
    <message>
        <source>choose at least one other tag to merge</source>
        <translation>hay que elegir al menos otra etiqueta para fusionar</translation>
    </message>
    <message>
        <source>unknown scale {kind!r} (use status or verdict)</source>
        <translation>escala desconocida: {kind!r} (hay que usar status o verdict)</translation>
    </message>
    <message>
        <source>a term needs a name</source>
        <translation>un término necesita un nombre</translation>
    </message>
    <message>
        <source>a term&apos;s name is at most 80 characters</source>
        <translation>el nombre de un término tiene como máximo 80 caracteres</translation>
    </message>
    <message>
        <source>not a colour: {value!r} (use #RRGGBB)</source>
        <translation>no es un color: {value!r} (hay que usar #RRGGBB)</translation>
    </message>
    <message>
        <source>a rating is a whole number from {worst} to {best}</source>
        <translation>una calificación es un número entero del {worst} al {best}</translation>
    </message>
    <message>
        <source>a rating is a whole number from {worst} (false) to {best} (true)</source>
        <translation>una calificación es un número entero del {worst} (falso) al {best} (verdadero)</translation>
    </message>
    <message>
        <source>only verdicts have a ClaimReview rating</source>
        <translation>solo los veredictos tienen calificación de ClaimReview</translation>
    </message>
    <message>
        <source>{label!r} is the default status; choose another default first</source>
        <translation>{label!r} es el estado predeterminado; primero hay que elegir otro estado predeterminado</translation>
    </message>
    <message>
        <source>the status {label!r} exists already</source>
        <translation>el estado {label!r} ya existe</translation>
    </message>
    <message>
        <source>the verdict {label!r} exists already</source>
        <translation>el veredicto {label!r} ya existe</translation>
    </message>
    <message>
        <source>cannot change {names} of a term</source>
        <translation>no se puede cambiar {names} de un término</translation>
    </message>
    <message>
        <source>the status scale was reordered meanwhile</source>
        <translation>la escala de estados se reordenó mientras tanto</translation>
    </message>
    <message>
        <source>the verdict scale was reordered meanwhile</source>
        <translation>la escala de veredictos se reordenó mientras tanto</translation>
    </message>
    <message>
        <source>give every status once: {keys}</source>
        <translation>hay que indicar cada estado una sola vez: {keys}</translation>
    </message>
    <message>
        <source>give every verdict once: {keys}</source>
        <translation>hay que indicar cada veredicto una sola vez: {keys}</translation>
    </message>
    <message>
        <source>the default status was changed meanwhile</source>
        <translation>el estado predeterminado se cambió mientras tanto</translation>
    </message>
    <message>
        <source>the status {label!r} is retired</source>
        <translation>el estado {label!r} está retirado</translation>
    </message>
    <message>
        <source>the last status offered cannot be removed</source>
        <translation>no se puede quitar el último estado disponible</translation>
    </message>
    <message>
        <source>{claims} claim(s) have the status {label!r}: move them to another status or keep them on the retired status</source>
        <translation>hay afirmaciones con el estado {label!r} ({claims}): hay que pasarlas a otro estado o mantenerlas en el estado retirado</translation>
    </message>
    <message>
        <source>{claims} claim(s) have the verdict {label!r}: move them to another verdict or keep them on the retired verdict</source>
        <translation>hay afirmaciones con el veredicto {label!r} ({claims}): hay que pasarlas a otro veredicto o mantenerlas en el veredicto retirado</translation>
    </message>
    <message>
        <source>either move the claims or keep them, not both</source>
        <translation>hay que pasar las afirmaciones a otro término o mantenerlas, no ambas cosas</translation>
    </message>
    <message>
        <source>claims need a status: name the status to move them to</source>
        <translation>las afirmaciones necesitan un estado: hay que indicar a qué estado pasarlas</translation>
    </message>
    <message>
        <source>choose a status other than {label!r}</source>
        <translation>hay que elegir un estado distinto de {label!r}</translation>
    </message>
    <message>
        <source>choose a verdict other than {label!r}</source>
        <translation>hay que elegir un veredicto distinto de {label!r}</translation>
    </message>
    <message>
        <source>the verdict {label!r} is retired</source>
        <translation>el veredicto {label!r} está retirado</translation>
    </message>
    <message>
        <source>the status {key!r} exists again</source>
        <translation>el estado {key!r} vuelve a existir</translation>
    </message>
    <message>
        <source>the verdict {key!r} exists again</source>
        <translation>el veredicto {key!r} vuelve a existir</translation>
    </message>
    <message>
        <source>no status named {name!r} (one of: {choices})</source>
        <translation>no hay ningún estado llamado {name!r} (opciones: {choices})</translation>
    </message>
    <message>
        <source>no verdict named {name!r} (one of: {choices})</source>
        <translation>no hay ningún veredicto llamado {name!r} (opciones: {choices})</translation>
    </message>
    <message>
        <source>the status {label!r} was changed meanwhile</source>
        <translation>el estado {label!r} se cambió mientras tanto</translation>
    </message>
    <message>
        <source>the verdict {label!r} was changed meanwhile</source>
        <translation>el veredicto {label!r} se cambió mientras tanto</translation>
    </message>
    <message>
        <source>unknown status {value!r} (one of: {choices})</source>
        <translation>estado desconocido: {value!r} (opciones: {choices})</translation>
    </message>
    <message>
        <source>unknown verdict {value!r} (one of: {choices})</source>
        <translation>veredicto desconocido: {value!r} (opciones: {choices})</translation>
    </message>
    <message>
        <source>the status {value!r} is retired (one of: {choices})</source>
        <translation>el estado {value!r} está retirado (opciones: {choices})</translation>
    </message>
    <message>
        <source>the verdict {value!r} is retired (one of: {choices})</source>
        <translation>el veredicto {value!r} está retirado (opciones: {choices})</translation>
    </message>
    <message>
        <source>{path}: no such database file</source>
        <translation>{path}: no existe el archivo de base de datos</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} es una carpeta, no un archivo de base de datos</translation>
    </message>
    <message>
        <source>cannot read {path}: permission denied</source>
        <translation>no se puede leer {path}: permiso denegado</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), not a ClaimTracker database</source>
        <translation>{path} está vacío (0 bytes), no es una base de datos de ClaimTracker</translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another program, not of ClaimTracker</source>
        <translation>{path} es una base de datos SQLite de otro programa, no de ClaimTracker</translation>
    </message>
    <message>
        <source>{path} is not a ClaimTracker database (not an SQLite file)</source>
        <translation>{path} no es una base de datos de ClaimTracker (no es un archivo SQLite)</translation>
    </message>
    <message>
        <source>{path} is damaged: the database header is truncated</source>
        <translation>{path} está dañado: la cabecera de la base de datos está truncada</translation>
    </message>
    <message>
        <source>{path} is damaged: SQLite cannot read its header</source>
        <translation>{path} está dañado: SQLite no puede leer su cabecera</translation>
    </message>
    <message>
        <source>{name} has a write-ahead log ({log}) without a readable {shared} file; showing a snapshot that includes the log. Opening it once with write permission folds the log into the file</source>
        <translation>{name} tiene un registro de escritura anticipada ({log}) sin un archivo {shared} legible; se muestra una instantánea que incluye el registro. Si se abre una vez con permiso de escritura, el registro se incorpora al archivo</translation>
    </message>
    <message>
        <source>cannot read {path} and its write-ahead log: {reason}</source>
        <translation>no se puede leer {path} ni su registro de escritura anticipada: {reason}</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>no se puede leer: {reason}</translation>
    </message>
    <message>
        <source>the file is {size:.1f} MB; the limit for an export is {limit:.0f} MB</source>
        <translation>el archivo ocupa {size:.1f} MB; el límite para una exportación es de {limit:.0f} MB</translation>
    </message>
    <message>
        <source>UTF-16 text; a ClaimTracker export is UTF-8</source>
        <translation>texto UTF-16; una exportación de ClaimTracker está en UTF-8</translation>
    </message>
    <message>
        <source>not a ClaimTracker export</source>
        <translation>no es una exportación de ClaimTracker</translation>
    </message>
    <message>
        <source>line {line} column {column}</source>
        <translation>línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>nested deeper than {depth} levels</source>
        <translation>anidado en más de {depth} niveles</translation>
    </message>
    <message>
        <source>duplicate key {key}</source>
        <translation>clave duplicada {key}</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>JSON no válido: {reason}</translation>
    </message>
    <message>
        <source>{problem} (got {value})</source>
        <translation>{problem} (valor: {value})</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>too long ({length:,} characters; the limit is {limit:,})</source>
        <translation>demasiado largo ({length:,} caracteres; el límite es {limit:,})</translation>
    </message>
    <message>
        <source>too many entries ({count:,}; the limit is {limit:,})</source>
        <translation>demasiadas entradas ({count:,}; el límite es {limit:,})</translation>
    </message>
    <message>
        <source>must not be negative (got {value})</source>
        <translation>no debe ser negativo (valor: {value})</translation>
    </message>
    <message>
        <source>must be at least {least:,} (got {value})</source>
        <translation>debe ser como mínimo {least:,} (valor: {value})</translation>
    </message>
    <message>
        <source>must be at most {most:,} (got {value})</source>
        <translation>debe ser como máximo {most:,} (valor: {value})</translation>
    </message>
    <message>
        <source>should be an object (got {value})</source>
        <translation>debería ser un objeto (valor: {value})</translation>
    </message>
    <message>
        <source>duplicate of {first} ({value})</source>
        <translation>duplicado de {first} ({value})</translation>
    </message>
    <message>
        <source>new wording beside a match that is not fuzzy ({state})</source>
        <translation>nueva redacción junto a un anclaje que no es aproximado ({state})</translation>
    </message>
    <message>
        <source>ahead of the article&apos;s version ({text} &gt; {article})</source>
        <translation>posterior a la versión del artículo ({text} &gt; {article})</translation>
    </message>
    <message>
        <source>not older than the article ({version} &gt;= {current})</source>
        <translation>no es anterior al artículo ({version} &gt;= {current})</translation>
    </message>
    <message>
        <source>must be after start ({end} &lt;= {start})</source>
        <translation>debe ser posterior al inicio ({end} &lt;= {start})</translation>
    </message>
    <message>
        <source>beyond the article text ({offset} &gt; {length})</source>
        <translation>más allá del final del texto del artículo ({offset} &gt; {length})</translation>
    </message>
    <message>
        <source>does not match the text</source>
        <translation>no coincide con el texto</translation>
    </message>
    <message>
        <source>does not match the original</source>
        <translation>no coincide con el original</translation>
    </message>
    <message>
        <source>unknown status {key!r} (neither in the file nor in this database)</source>
        <translation>estado desconocido: {key!r} (no está ni en el archivo ni en esta base de datos)</translation>
    </message>
    <message>
        <source>unknown verdict {key!r} (neither in the file nor in this database)</source>
        <translation>veredicto desconocido: {key!r} (no está ni en el archivo ni en esta base de datos)</translation>
    </message>
    <message>
        <source>no article with this UUID in the file or in this database</source>
        <translation>no hay ningún artículo con este UUID ni en el archivo ni en esta base de datos</translation>
    </message>
    <message>
        <source>already a highlight of another claim in this database ({owner})</source>
        <translation>ya es un resaltado de otra afirmación de esta base de datos ({owner})</translation>
    </message>
    <message>
        <source>no source with this UUID in the file or in this database</source>
        <translation>no hay ninguna fuente con este UUID ni en el archivo ni en esta base de datos</translation>
    </message>
    <message>
        <source>already evidence of another claim in this database ({owner})</source>
        <translation>ya es una prueba de otra afirmación de esta base de datos ({owner})</translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <source>Cannot Open Database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>No se pudo hacer la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Copia de seguridad guardada en %1.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>This database has no backups yet.</source>
        <translation>Esta base de datos aún no tiene copias de seguridad.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Backup to restore:</source>
        <translation>Copia de seguridad que se restaurará:</translation>
    </message>
    <message>
        <source>Replace %1 with the backup of %2?
The current file is kept beside it, renamed.</source>
        <translation>¿Reemplazar %1 por la copia de seguridad del %2?
El archivo actual se conserva en la misma carpeta, con otro nombre.</translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation>No se pudo restaurar</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translation>Se ha restaurado la copia de seguridad %1.</translation>
    </message>
</context>
<context>
    <name>DiffLegend</name>
    <message>
        <source>Legend: removed text is struck through, added text is underlined and bold</source>
        <translation>Leyenda: el texto eliminado aparece tachado; el añadido, subrayado y en negrita</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>Leyenda:</translation>
    </message>
    <message>
        <source>removed text</source>
        <translation>texto eliminado</translation>
    </message>
    <message>
        <source>added text</source>
        <translation>texto añadido</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message numerus="yes">
        <source>[… %n unchanged line(s) …]</source>
        <translation>
            <numerusform>[… %n línea sin cambios …]</numerusform>
            <numerusform>[… %n líneas sin cambios …]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>Fact-check dossier</source>
        <translation>Dosier de verificación</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>afirmaciones</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>afirmación</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <source>by</source>
        <translation>por</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date of the claim</source>
        <translation>Fecha de la afirmación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>sin veredicto</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Fact-check published at</source>
        <translation>Verificación publicada en</translation>
    </message>
    <message>
        <source>Where it was said</source>
        <translation>Dónde se dijo</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation>Fiabilidad de la fuente</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Credibilidad</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>earlier changes</source>
        <translation>cambios anteriores</translation>
    </message>
    <message>
        <source>earlier change</source>
        <translation>cambio anterior</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creó</translation>
    </message>
    <message>
        <source>set</source>
        <translation>cambió</translation>
    </message>
    <message>
        <source>No passage recorded.</source>
        <translation>No hay pasajes registrados.</translation>
    </message>
    <message>
        <source>No evidence recorded.</source>
        <translation>No hay pruebas registradas.</translation>
    </message>
    <message>
        <source>passage no longer found in the article</source>
        <translation>el pasaje ya no se encuentra en el artículo</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>afirmación</translation>
    </message>
    <message>
        <source>claimant</source>
        <translation>autor</translation>
    </message>
    <message>
        <source>date of the claim</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>veredicto</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>justificación</translation>
    </message>
    <message>
        <source>fact-check published at</source>
        <translation>verificación publicada en</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Kept the version saved elsewhere.</source>
        <translation>Se ha conservado la versión guardada en otro lugar.</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>Changed Elsewhere</source>
        <translation>Modificadas en otro lugar</translation>
    </message>
    <message numerus="yes">
        <source>Left as they are, because they changed elsewhere since you chose them: %n claim(s) (%1)</source>
        <translation>
            <numerusform>Se ha dejado como estaba porque se modificó en otro lugar después de seleccionarla: %n afirmación (%1)</numerusform>
            <numerusform>Se han dejado como estaban porque se modificaron en otro lugar después de seleccionarlas: %n afirmaciones (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not saved: the version saved elsewhere was kept)</source>
        <translation>%1 (sin guardar: se conservó la versión guardada en otro lugar)</translation>
    </message>
</context>
<context>
    <name>EmptyResult</name>
    <message>
        <source>Clear Filters</source>
        <translation>Limpiar filtros</translation>
    </message>
    <message>
        <source>No claims match these filters.</source>
        <translation>Ninguna afirmación coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No claims yet. Select a sentence in an article and press Ctrl+Enter to make it a claim.</source>
        <translation>Aún no hay afirmaciones. Seleccionar una frase de un artículo y pulsar Ctrl+Enter para convertirla en afirmación.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Edit Evidence</source>
        <translation>Editar prueba</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>Añadir prueba</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Type to find a source, or the name of a new one</source>
        <translation>Escribir para buscar una fuente o el nombre de una nueva</translation>
    </message>
    <message>
        <source>e.g. NATO press conference, 12 March 2024</source>
        <translation>p. ej., rueda de prensa de la OTAN, 12 de marzo de 2024</translation>
    </message>
    <message>
        <source>— not graded —</source>
        <translation>— sin evaluar —</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Fuente</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Reliability</source>
        <translation>F&amp;iabilidad</translation>
    </message>
    <message>
        <source>S&amp;tance</source>
        <translation>&amp;Postura</translation>
    </message>
    <message>
        <source>&amp;Credibility</source>
        <translation>&amp;Credibilidad</translation>
    </message>
    <message>
        <source>&amp;Excerpt</source>
        <translation>&amp;Extracto</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Reliability %1: %2</source>
        <translation>Fiabilidad %1: %2</translation>
    </message>
    <message>
        <source>Credibility %1: %2</source>
        <translation>Credibilidad %1: %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Rel.</source>
        <translation>Fiab.</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Cred.</source>
        <translation>Cred.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV report (Excel, LibreOffice)</source>
        <translation>Informe CSV (Excel, LibreOffice)</translation>
    </message>
    <message>
        <source>ClaimTracker JSON (everything, for merging)</source>
        <translation>JSON de ClaimTracker (todo, para fusionar)</translation>
    </message>
    <message>
        <source>ClaimReview JSON-LD (claims with a verdict)</source>
        <translation>JSON-LD de ClaimReview (afirmaciones con veredicto)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (highlights)</source>
        <translation>JSON-LD de W3C Web Annotation (resaltados)</translation>
    </message>
    <message>
        <source>Claims in the review list&apos;s current filter</source>
        <translation>Afirmaciones del filtro actual de la revisión</translation>
    </message>
    <message>
        <source>Selected claims</source>
        <translation>Afirmaciones seleccionadas</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message numerus="yes">
        <source>Selected claims (%Ln)</source>
        <translation>
            <numerusform>Afirmación seleccionada (%Ln)</numerusform>
            <numerusform>Afirmaciones seleccionadas (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>XLSX report (Excel, LibreOffice)</source>
        <translation>Informe XLSX (Excel, LibreOffice)</translation>
    </message>
    <message>
        <source>Fact-check dossier (PDF) for an editor</source>
        <translation>Dosier de verificación (PDF) para un editor</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>Headings and words of the reports and the dossier, ClaimReview&apos;s verdict names; ClaimReview&apos;s language where an article has none</source>
        <translation>Encabezados y textos de los informes y del dosier, y nombres de los veredictos en ClaimReview; también el idioma de ClaimReview cuando un artículo no tiene idioma</translation>
    </message>
    <message>
        <source>Report (XLSX, CSV)</source>
        <translation>Informe (XLSX, CSV)</translation>
    </message>
    <message>
        <source>One row per claim</source>
        <translation>Una fila por afirmación</translation>
    </message>
    <message>
        <source>One row per highlight</source>
        <translation>Una fila por resaltado</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ) for Spanish-locale Excel</source>
        <translation>Punto y coma ( ; ) para Excel en español</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel reads accents right)</source>
        <translation>UTF-8 con BOM (Excel lee bien las tildes)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in the article</source>
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>GroupController</name>
    <message>
        <source>Select two or more claims to group, or list them.</source>
        <translation>Para agrupar, hay que seleccionar dos o más afirmaciones o tenerlas en la lista.</translation>
    </message>
    <message>
        <source>Group Similar Claims</source>
        <translation>Agrupar afirmaciones similares</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %Ln claim(s)…</source>
        <translation>
            <numerusform>Comparando %Ln afirmación…</numerusform>
            <numerusform>Comparando %Ln afirmaciones…</numerusform>
        </translation>
    </message>
    <message>
        <source>Grouping cancelled.</source>
        <translation>Agrupación cancelada.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of claims that state the same thing.</source>
        <translation>
            <numerusform>%n grupo de afirmaciones que dicen lo mismo.</numerusform>
            <numerusform>%n grupos de afirmaciones que dicen lo mismo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No two of these claims state the same thing.</source>
        <translation>Ninguna de estas afirmaciones dice lo mismo que otra.</translation>
    </message>
    <message numerus="yes">
        <source>Compared: the %Ln selected claim(s).</source>
        <translation>
            <numerusform>Se ha comparado %Ln afirmación seleccionada.</numerusform>
            <numerusform>Se han comparado las %Ln afirmaciones seleccionadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared: the %Ln listed claim(s).</source>
        <translation>
            <numerusform>Se ha comparado %Ln afirmación de la lista.</numerusform>
            <numerusform>Se han comparado las %Ln afirmaciones de la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 of %2 were compared; select fewer to compare others.</source>
        <translation>Solo se compararon las primeras %1 de %2; para comparar otras, hay que seleccionar menos.</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <source>different verdicts</source>
        <translation>veredictos distintos</translation>
    </message>
    <message>
        <source>Similar Claims</source>
        <translation>Afirmaciones similares</translation>
    </message>
    <message>
        <source>Groups of similar claims</source>
        <translation>Grupos de afirmaciones similares</translation>
    </message>
    <message>
        <source>What was compared</source>
        <translation>Qué se comparó</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the chosen claim</source>
        <translation>Abrir la afirmación elegida</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Evidence added</source>
        <translation>Prueba añadida</translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation>Prueba quitada</translation>
    </message>
    <message>
        <source>Evidence restored</source>
        <translation>Prueba restaurada</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Created with</source>
        <translation>Creada con</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Valor inicial</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauración</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nueva versión</translation>
    </message>
    <message>
        <source>New wording accepted</source>
        <translation>Nueva redacción aceptada</translation>
    </message>
    <message>
        <source>New wording rejected</source>
        <translation>Nueva redacción rechazada</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Cambio deshecho</translation>
    </message>
    <message>
        <source>Version undone</source>
        <translation>Versión deshecha</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusión</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>Fecha de la afirmación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Publicada en</translation>
    </message>
    <message>
        <source>Appearance in an article</source>
        <translation>Aparición en un artículo</translation>
    </message>
    <message>
        <source>Place of the quote</source>
        <translation>Posición de la cita</translation>
    </message>
    <message>
        <source>Wording of the quote</source>
        <translation>Redacción de la cita</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Anclaje</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Credibilidad</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Extracto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>en su sitio</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>desplazado</translation>
    </message>
    <message>
        <source>wording changed</source>
        <translation>redacción cambiada</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>Evidence, %1</source>
        <translation>%1 de la prueba</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>article %1, characters %2–%3</source>
        <translation>artículo %1, caracteres %2–%3</translation>
    </message>
    <message>
        <source>characters %1–%2, %3, in version %4</source>
        <translation>caracteres %1–%2, %3, en la versión %4</translation>
    </message>
    <message>
        <source>characters %1–%2, %3</source>
        <translation>caracteres %1–%2, %3</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Claim history</source>
        <translation>Historial de la afirmación</translation>
    </message>
    <message>
        <source>Claim and number of changes</source>
        <translation>Afirmación y número de cambios</translation>
    </message>
    <message>
        <source>Changes of the claim</source>
        <translation>Cambios de la afirmación</translation>
    </message>
    <message>
        <source>No claim selected</source>
        <translation>Ninguna afirmación seleccionada</translation>
    </message>
    <message numerus="yes">
        <source>Claim %1: %n change(s), newest first</source>
        <translation>
            <numerusform>Afirmación %1: %n cambio</numerusform>
            <numerusform>Afirmación %1: %n cambios, los más recientes primero</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Welcome to ClaimTracker</source>
        <translation>Bienvenido a ClaimTracker</translation>
    </message>
    <message>
        <source>Your name, recorded with every change you make (you can change it later in File › Preferences):</source>
        <translation>Nombre del analista, que quedará registrado con cada cambio (se puede modificar más adelante en Archivo › Preferencias):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Review Claims</source>
        <translation>Revisar afirmaciones</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Claims in This Article</source>
        <translation>Afirmaciones de este artículo</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rtículo</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>Afir&amp;mación</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>%1 — ClaimTracker</source>
        <translation>%1 — ClaimTracker</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Edits Not Saved</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) could not be saved yet (the database is busy or cannot be written). Close anyway and lose them?</source>
        <translation>
            <numerusform>Todavía no se ha podido guardar %n cambio (la base de datos está en uso o no se puede escribir en ella). ¿Cerrar de todos modos y perderlo?</numerusform>
            <numerusform>Todavía no se han podido guardar %n cambios (la base de datos está en uso o no se puede escribir en ella). ¿Cerrar de todos modos y perderlos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing the work in progress…</source>
        <translation>Terminando el trabajo en curso…</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>PasteArticleDialog</name>
    <message>
        <source>New Article from Text</source>
        <translation>Nuevo artículo desde texto</translation>
    </message>
    <message>
        <source>Leave empty to use the first line</source>
        <translation>Dejar vacío para usar la primera línea</translation>
    </message>
    <message>
        <source>Paste the article text here</source>
        <translation>Pegar aquí el texto del artículo</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Medio</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Recorded with every change in the change log</source>
        <translation>Queda registrado con cada cambio en el historial de cambios</translation>
    </message>
    <message>
        <source>Author of ClaimReview exports</source>
        <translation>Figura como autor en las exportaciones de ClaimReview</translation>
    </message>
    <message>
        <source>&amp;Analyst name</source>
        <translation>&amp;Nombre del analista</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>Organisation &amp;web site</source>
        <translation>Sitio &amp;web de la organización</translation>
    </message>
    <message>
        <source>Automatic backups kept for each database; the oldest go first</source>
        <translation>Copias de seguridad automáticas que se conservan de cada base de datos; las más antiguas se eliminan primero</translation>
    </message>
    <message>
        <source>&amp;Backups to keep</source>
        <translation>&amp;Copias de seguridad que conservar</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>A new language applies when ClaimTracker next starts.</source>
        <translation>El cambio de idioma se aplicará la próxima vez que se inicie ClaimTracker.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Interrupted Upgrade</source>
        <translation>Actualización interrumpida</translation>
    </message>
    <message>
        <source>%1 was left half-upgraded by an interrupted schema upgrade and cannot be opened.

Restore the backup made just before the upgrade, on %2?
The half-upgraded file is kept beside it, renamed.</source>
        <translation>%1 quedó a medio actualizar porque se interrumpió una actualización del esquema, y no se puede abrir.

¿Restaurar la copia de seguridad hecha justo antes de la actualización, el %2?
El archivo a medio actualizar se conserva en la misma carpeta, con otro nombre.</translation>
    </message>
    <message>
        <source>Damaged Database</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <source>%1.

Restore the newest good backup, made %2?
The damaged file is kept beside it, renamed.</source>
        <translation>%1.

¿Restaurar la copia de seguridad válida más reciente, del %2?
El archivo dañado se conserva en la misma carpeta, con otro nombre.</translation>
    </message>
</context>
<context>
    <name>RemoveTermDialog</name>
    <message>
        <source>Move them to</source>
        <translation>Pasarlas a</translation>
    </message>
    <message>
        <source>Term to move the claims to</source>
        <translation>Término al que pasar las afirmaciones</translation>
    </message>
    <message>
        <source>Clear their verdict</source>
        <translation>Quitarles el veredicto</translation>
    </message>
    <message>
        <source>Keep them on it, retired (no longer offered)</source>
        <translation>Mantenerlas en él, retirado (ya no se ofrece)</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date of the claim</source>
        <translation>Fecha de la afirmación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Medios</translation>
    </message>
    <message>
        <source>Article URLs</source>
        <translation>URL de los artículos</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Article URL</source>
        <translation>URL del artículo</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Anchoring</source>
        <translation>Anclaje</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Number of sources</source>
        <translation>Número de fuentes</translation>
    </message>
    <message>
        <source>Best source reliability</source>
        <translation>Fiabilidad de la mejor fuente</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Creada (UTC)</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creada por</translation>
    </message>
    <message>
        <source>Last changed (UTC)</source>
        <translation>Último cambio (UTC)</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Último cambio por</translation>
    </message>
    <message>
        <source>anchored</source>
        <translation>anclado</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>desplazado</translation>
    </message>
    <message>
        <source>fuzzy</source>
        <translation>aproximado</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>huérfano</translation>
    </message>
    <message>
        <source>ClaimTracker report</source>
        <translation>Informe de ClaimTracker</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Resaltados</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Counting</source>
        <translation>Contando</translation>
    </message>
    <message numerus="yes">
        <source>Set status of %n claim(s) to %1</source>
        <translation>
            <numerusform>Cambiar el estado de %n afirmación a %1</numerusform>
            <numerusform>Cambiar el estado de %n afirmaciones a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>sin veredicto</translation>
    </message>
    <message numerus="yes">
        <source>Set verdict of %n claim(s) to %1</source>
        <translation>
            <numerusform>Cambiar el veredicto de %n afirmación a %1</numerusform>
            <numerusform>Cambiar el veredicto de %n afirmaciones a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message numerus="yes">
        <source>Add a tag to %n claim(s):</source>
        <translation>
            <numerusform>Añadir una etiqueta a %n afirmación:</numerusform>
            <numerusform>Añadir una etiqueta a %n afirmaciones:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message numerus="yes">
        <source>Remove a tag from %n claim(s):</source>
        <translation>
            <numerusform>Quitar una etiqueta de %n afirmación:</numerusform>
            <numerusform>Quitar una etiqueta de %n afirmaciones:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tag %1</source>
        <translation>Añadir la etiqueta %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Quitar la etiqueta %1</translation>
    </message>
    <message>
        <source>Delete Claims</source>
        <translation>Eliminar afirmaciones</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n claim(s) with their highlights and evidence?
You can undo this with Edit › Undo.</source>
        <translation>
            <numerusform>¿Eliminar %n afirmación con sus resaltados y pruebas?
Se puede deshacer con Editar › Deshacer.</numerusform>
            <numerusform>¿Eliminar %n afirmaciones con sus resaltados y pruebas?
Se puede deshacer con Editar › Deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n claim(s)</source>
        <translation>
            <numerusform>Eliminar %n afirmación</numerusform>
            <numerusform>Eliminar %n afirmaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename tag %1</source>
        <translation>Renombrar la etiqueta %1</translation>
    </message>
    <message>
        <source>Merge tags into %1</source>
        <translation>Fusionar etiquetas en %1</translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation>Guardar filtro</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>Nombre de este filtro:</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Best source</source>
        <translation>Mejor fuente</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analista</translation>
    </message>
    <message>
        <source>in claim</source>
        <translation>en la afirmación</translation>
    </message>
    <message>
        <source>in article</source>
        <translation>en el artículo</translation>
    </message>
    <message>
        <source>in claim and article</source>
        <translation>en la afirmación y el artículo</translation>
    </message>
    <message>
        <source>Found in the statement</source>
        <translation>Encontrado en el enunciado</translation>
    </message>
    <message>
        <source>Found in the claimant</source>
        <translation>Encontrado en el autor</translation>
    </message>
    <message>
        <source>Found in the rationale</source>
        <translation>Encontrado en la justificación</translation>
    </message>
    <message>
        <source>Found in a quote</source>
        <translation>Encontrado en una cita</translation>
    </message>
    <message>
        <source>Found in the tags</source>
        <translation>Encontrado en las etiquetas</translation>
    </message>
    <message>
        <source>Found in the article&apos;s title</source>
        <translation>Encontrado en el título del artículo</translation>
    </message>
    <message>
        <source>Found in the article&apos;s text</source>
        <translation>Encontrado en el texto del artículo</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Clic derecho para elegir las columnas</translation>
    </message>
    <message>
        <source>Claim filters</source>
        <translation>Filtros de afirmaciones</translation>
    </message>
    <message>
        <source>Search claims and article text (Ctrl+F)</source>
        <translation>Buscar en las afirmaciones y en el texto de los artículos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation>Buscar afirmaciones</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texto del artículo</translation>
    </message>
    <message>
        <source>Also find claims whose article title or text matches</source>
        <translation>Encontrar también las afirmaciones cuyo artículo coincida en el título o el texto</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <source>Updated on or after</source>
        <translation>Actualizadas ese día o después</translation>
    </message>
    <message>
        <source>Updated on or before</source>
        <translation>Actualizadas ese día o antes</translation>
    </message>
    <message>
        <source>Orphaned only</source>
        <translation>Solo huérfanas</translation>
    </message>
    <message>
        <source>Claims with a highlight no longer found in its article</source>
        <translation>Afirmaciones con un resaltado que ya no se encuentra en su artículo</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Filtros guardados</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>Filtrar por veredicto</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Filter by outlet</source>
        <translation>Filtrar por medio</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Show or hide the filters and the summary</source>
        <translation>Mostrar u ocultar los filtros y el resumen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizadas</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Set Status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <source>Set Verdict</source>
        <translation>Cambiar veredicto</translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation>Añadir etiqueta…</translation>
    </message>
    <message>
        <source>Remove Tag…</source>
        <translation>Quitar etiqueta…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Etiquetas…</translation>
    </message>
    <message>
        <source>Open in Article</source>
        <translation>Abrir en el artículo</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message numerus="yes">
        <source>Filters (%n)</source>
        <translation>
            <numerusform>Filtros (%n)</numerusform>
            <numerusform>Filtros (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Cualquier veredicto</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Sin veredicto</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>Cualquier medio</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln afirmación</numerusform>
            <numerusform>%Ln afirmaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ claim(s)</source>
        <translation>
            <numerusform>%Ln+ afirmación</numerusform>
            <numerusform>%Ln+ afirmaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Default Columns</source>
        <translation>Columnas predeterminadas</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Color…</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Offer Again</source>
        <translation>Volver a ofrecer</translation>
    </message>
    <message>
        <source>Offer this retired term for new choices again</source>
        <translation>Volver a ofrecer este término retirado para las nuevas elecciones</translation>
    </message>
    <message>
        <source>Make Default</source>
        <translation>Predeterminar</translation>
    </message>
    <message>
        <source>New claims start in this status</source>
        <translation>Las afirmaciones nuevas empiezan en este estado</translation>
    </message>
    <message>
        <source>ClaimReview rating</source>
        <translation>Calificación de ClaimReview</translation>
    </message>
    <message>
        <source>The verdict&apos;s place on ClaimReview&apos;s rating: 1 false … 5 true</source>
        <translation>Posición del veredicto en la calificación de ClaimReview: 1 falso … 5 verdadero</translation>
    </message>
</context>
<context>
    <name>ScaleModel</name>
    <message>
        <source>1 (false)</source>
        <translation>1 (falso)</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3 (mixed)</source>
        <translation>3 (mixto)</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>5 (true)</source>
        <translation>5 (verdadero)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retirado)</translation>
    </message>
    <message>
        <source>New claims start in this status</source>
        <translation>Las afirmaciones nuevas empiezan en este estado</translation>
    </message>
    <message>
        <source>Kept on the claims that hold it; no longer offered</source>
        <translation>Se mantiene en las afirmaciones que lo tienen; ya no se ofrece</translation>
    </message>
    <message>
        <source>ClaimReview rating: 1 false … 5 true; none for the others</source>
        <translation>Calificación de ClaimReview: 1 falso … 5 verdadero; ninguna para los demás</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirm.</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
</context>
<context>
    <name>ScalesController</name>
    <message>
        <source>Add Status</source>
        <translation>Añadir estado</translation>
    </message>
    <message>
        <source>Add Verdict</source>
        <translation>Añadir veredicto</translation>
    </message>
    <message>
        <source>Name of the new status:</source>
        <translation>Nombre del nuevo estado:</translation>
    </message>
    <message>
        <source>Name of the new verdict:</source>
        <translation>Nombre del nuevo veredicto:</translation>
    </message>
    <message>
        <source>Add status %1</source>
        <translation>Añadir el estado %1</translation>
    </message>
    <message>
        <source>Add verdict %1</source>
        <translation>Añadir el veredicto %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nuevo nombre para “%1”:</translation>
    </message>
    <message>
        <source>Rename status %1</source>
        <translation>Renombrar el estado %1</translation>
    </message>
    <message>
        <source>Rename verdict %1</source>
        <translation>Renombrar el veredicto %1</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Color de “%1”</translation>
    </message>
    <message>
        <source>Recolour status %1</source>
        <translation>Cambiar el color del estado %1</translation>
    </message>
    <message>
        <source>Recolour verdict %1</source>
        <translation>Cambiar el color del veredicto %1</translation>
    </message>
    <message>
        <source>Move status %1</source>
        <translation>Mover el estado %1</translation>
    </message>
    <message>
        <source>Move verdict %1</source>
        <translation>Mover el veredicto %1</translation>
    </message>
    <message>
        <source>Make %1 the default status</source>
        <translation>Hacer de %1 el estado predeterminado</translation>
    </message>
    <message>
        <source>Set the rating of %1</source>
        <translation>Cambiar la calificación de %1</translation>
    </message>
    <message>
        <source>Offer %1 again</source>
        <translation>Volver a ofrecer %1</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) have the status “%1”. What should happen to them?</source>
        <translation>
            <numerusform>%n afirmación tiene el estado “%1”. ¿Qué hacer con ella?</numerusform>
            <numerusform>%n afirmaciones tienen el estado “%1”. ¿Qué hacer con ellas?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) have the verdict “%1”. What should happen to them?</source>
        <translation>
            <numerusform>%n afirmación tiene el veredicto “%1”. ¿Qué hacer con ella?</numerusform>
            <numerusform>%n afirmaciones tienen el veredicto “%1”. ¿Qué hacer con ellas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Quitar “%1”</translation>
    </message>
    <message>
        <source>Remove status %1</source>
        <translation>Quitar el estado %1</translation>
    </message>
    <message>
        <source>Remove verdict %1</source>
        <translation>Quitar el veredicto %1</translation>
    </message>
</context>
<context>
    <name>ScalesDialog</name>
    <message>
        <source>Verification Scales</source>
        <translation>Escalas de verificación</translation>
    </message>
    <message>
        <source>Workflow statuses</source>
        <translation>Estados del flujo de trabajo</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Veredictos</translation>
    </message>
    <message>
        <source>Each change is saved at once and can be undone (Ctrl+Z). Removing a term that claims hold asks what to do with them; a retired term stays readable on its claims but is no longer offered.</source>
        <translation>Cada cambio se guarda al momento y se puede deshacer (Ctrl+Z). Al quitar un término que tienen algunas afirmaciones, se pregunta qué hacer con ellas; un término retirado sigue visible en sus afirmaciones, pero ya no se ofrece.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Open the chosen claim in its article</source>
        <translation>Abrir la afirmación elegida en su artículo</translation>
    </message>
    <message>
        <source>Move through the claims</source>
        <translation>Recorrer las afirmaciones</translation>
    </message>
    <message>
        <source>Select several claims</source>
        <translation>Seleccionar varias afirmaciones</translation>
    </message>
    <message>
        <source>Select every listed claim</source>
        <translation>Seleccionar todas las afirmaciones de la lista</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <source>figure</source>
        <translation>cifra</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>porcentaje</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>named role</source>
        <translation>cargo o institución</translation>
    </message>
    <message>
        <source>named</source>
        <translation>nombre propio</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>atribución</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>comparación</translation>
    </message>
    <message>
        <source>denial</source>
        <translation>desmentido</translation>
    </message>
    <message>
        <source>causal claim</source>
        <translation>relación causal</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>too short to check</source>
        <translation>demasiado corta para verificar</translation>
    </message>
    <message>
        <source>opinion</source>
        <translation>opinión</translation>
    </message>
    <message>
        <source>courtesy</source>
        <translation>fórmula de cortesía</translation>
    </message>
    <message>
        <source>prediction or hedge</source>
        <translation>predicción o conjetura</translation>
    </message>
    <message>
        <source>future tense</source>
        <translation>tiempo futuro</translation>
    </message>
    <message>
        <source>call to action</source>
        <translation>llamamiento</translation>
    </message>
    <message>
        <source>boilerplate</source>
        <translation>texto de plantilla</translation>
    </message>
</context>
<context>
    <name>SimilarClaims</name>
    <message>
        <source>score %1</source>
        <translation>puntuación %1</translation>
    </message>
    <message>
        <source>In common: %1</source>
        <translation>En común: %1</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>Afirmación %1</translation>
    </message>
    <message>
        <source>Similar claim</source>
        <translation>Afirmación similar</translation>
    </message>
</context>
<context>
    <name>SimilarClaimsController</name>
    <message>
        <source>Similar Claims</source>
        <translation>Afirmaciones similares</translation>
    </message>
    <message>
        <source>Similar claims not available: %1</source>
        <translation>Afirmaciones similares no disponibles: %1</translation>
    </message>
    <message>
        <source>Claim %1 states the same as claim %2:
“%3”

Its passages become appearances of claim %2, and claim %1 is deleted with its own statement, claimant, verdict, tags and evidence. Undo brings it back.</source>
        <translation>La afirmación %1 dice lo mismo que la afirmación %2:
“%3”

Sus pasajes pasan a ser apariciones de la afirmación %2, y la afirmación %1 se elimina con su propio enunciado, autor, veredicto, etiquetas y pruebas. Se puede recuperar con Deshacer.</translation>
    </message>
    <message>
        <source>Same Claim</source>
        <translation>Misma afirmación</translation>
    </message>
    <message>
        <source>Same claim</source>
        <translation>Misma afirmación</translation>
    </message>
    <message>
        <source>The passage is now an appearance of claim %1.</source>
        <translation>El pasaje es ahora una aparición de la afirmación %1.</translation>
    </message>
</context>
<context>
    <name>SimilarClaimsPanel</name>
    <message>
        <source>Similar claims</source>
        <translation>Afirmaciones similares</translation>
    </message>
    <message>
        <source>Similar claims search</source>
        <translation>Búsqueda de afirmaciones similares</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show the chosen claim in its article</source>
        <translation>Mostrar la afirmación elegida en su artículo</translation>
    </message>
    <message>
        <source>Same Claim…</source>
        <translation>Misma afirmación…</translation>
    </message>
    <message>
        <source>This claim states the same: make its passages appearances of the chosen one</source>
        <translation>Esta afirmación dice lo mismo: sus pasajes pasan a ser apariciones de la elegida</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>buscando…</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>no se encontró ninguna</translation>
    </message>
</context>
<context>
    <name>SimilarGroups</name>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n afirmación</numerusform>
            <numerusform>%n afirmaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionController</name>
    <message>
        <source>Suggest Claims</source>
        <translation>Sugerir afirmaciones</translation>
    </message>
    <message>
        <source>Looking for sentences worth checking…</source>
        <translation>Buscando frases que merece la pena verificar…</translation>
    </message>
    <message>
        <source>Suggestions not available: %1</source>
        <translation>Sugerencias no disponibles: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) worth checking underlined.</source>
        <translation>
            <numerusform>Se ha subrayado %n frase que merece la pena verificar.</numerusform>
            <numerusform>Se han subrayado %n frases que merece la pena verificar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested claim (score %1)</source>
        <translation>Afirmación sugerida (puntuación %1)</translation>
    </message>
    <message>
        <source>Ctrl+Enter makes it a claim; right-click to dismiss it.</source>
        <translation>Ctrl+Enter la convierte en afirmación; con clic derecho se descarta.</translation>
    </message>
    <message>
        <source>Dismiss suggestion</source>
        <translation>Descartar sugerencia</translation>
    </message>
    <message>
        <source>Suggestion dismissed. Undo with Ctrl+Z.</source>
        <translation>Sugerencia descartada. Se puede deshacer con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>SummaryChart</name>
    <message>
        <source>Summary of the listed claims</source>
        <translation>Resumen de las afirmaciones de la lista</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Sin veredicto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
</context>
<context>
    <name>TagChart</name>
    <message>
        <source>Claims by tag</source>
        <translation>Afirmaciones por etiqueta</translation>
    </message>
    <message>
        <source>No tag: %1</source>
        <translation>Sin etiqueta: %1</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>Fusionar en…</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Renombrar etiqueta</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nuevo nombre para “%1”:</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Fusionar etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n tag(s) into:</source>
        <translation>
            <numerusform>Fusionar %n etiqueta en:</numerusform>
            <numerusform>Fusionar %n etiquetas en:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>Official statement</source>
        <translation>Declaración oficial</translation>
    </message>
    <message>
        <source>News outlet</source>
        <translation>Medio de comunicación</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Eyewitness</source>
        <translation>Testigo presencial</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Completely reliable</source>
        <translation>Totalmente fiable</translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation>Normalmente fiable</translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation>Bastante fiable</translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation>Normalmente no fiable</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>No fiable</translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation>No se puede evaluar la fiabilidad</translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation>Confirmada por otras fuentes</translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation>Probablemente cierta</translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation>Posiblemente cierta</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Dudosa</translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation>Improbable</translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation>No se puede evaluar su veracidad</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Respalda</translation>
    </message>
    <message>
        <source>Refutes</source>
        <translation>Refuta</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Unstarted</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Pendiente de revisión</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation>Mayormente verdadero</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixto</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Engañoso</translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation>Mayormente falso</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>Fabricated</source>
        <translation>Inventado</translation>
    </message>
    <message>
        <source>Unproven</source>
        <translation>Sin pruebas</translation>
    </message>
    <message>
        <source>Not checkable</source>
        <translation>No verificable</translation>
    </message>
    <message>
        <source>Satire</source>
        <translation>Sátira</translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <source>An import is already running.</source>
        <translation>Ya hay una importación en curso.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n artículo importado</numerusform>
            <numerusform>%n artículos importados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: added %2</source>
        <translation>%1 (añadido: %2)</translation>
    </message>
    <message>
        <source>%1: nothing new</source>
        <translation>%1 (nada nuevo)</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>importación cancelada</translation>
    </message>
    <message>
        <source>Some Files Were Not Imported</source>
        <translation>Algunos archivos no se importaron</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>No se pudo importar %n archivo:</numerusform>
            <numerusform>No se pudieron importar %n archivos:</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported with Warnings</source>
        <translation>Importado con advertencias</translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation>modificado en ambas versiones</translation>
    </message>
    <message>
        <source>Merge Conflicts</source>
        <translation>Conflictos de fusión</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed on both sides. Both claim versions were kept; theirs are tagged “merge conflict”.</source>
        <translation>
            <numerusform>%n registro se modificó en ambas versiones. Se conservaron las dos versiones de la afirmación; la importada lleva la etiqueta “merge conflict”.</numerusform>
            <numerusform>%n registros se modificaron en ambas versiones. Se conservaron las dos versiones de cada afirmación; las importadas llevan la etiqueta “merge conflict”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n afirmación</numerusform>
            <numerusform>%n afirmaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change log entry(ies)</source>
        <translation>
            <numerusform>%n entrada del historial de cambios</numerusform>
            <numerusform>%n entradas del historial de cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>ClaimReview names the reviewing organisation: set it in File › Preferences first.</source>
        <translation>ClaimReview indica la organización verificadora: primero hay que configurarla en Archivo › Preferencias.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Se ha exportado %Ln fila a %1.</numerusform>
            <numerusform>Se han exportado %Ln filas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported with Warnings</source>
        <translation>Exportado con advertencias</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (sin guardar)</translation>
    </message>
</context>
<context>
    <name>UrlImportDialog</name>
    <message>
        <source>Import from URL</source>
        <translation>Importar desde URL</translation>
    </message>
    <message>
        <source>Web addresses of articles, one per line. Each page is fetched as it is, without running its scripts; its bytes, their SHA-256, the final address and the time are kept.</source>
        <translation>Direcciones web de los artículos, una por línea. Cada página se descarga tal cual, sin ejecutar sus scripts; se guardan sus bytes, su SHA-256, la dirección final y la hora.</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Direcciones web</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>VersionController</name>
    <message>
        <source>A page is already being fetched.</source>
        <translation>Ya se está descargando una página.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Descargando %1…</translation>
    </message>
    <message>
        <source>Import from URL</source>
        <translation>Importar desde URL</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Descargando…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n artículo importado</numerusform>
            <numerusform>%n artículos importados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; import cancelled</source>
        <translation>%1; importación cancelada</translation>
    </message>
    <message>
        <source>Some Pages Were Not Imported</source>
        <translation>Algunas páginas no se importaron</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) could not be imported:</source>
        <translation>
            <numerusform>No se pudo importar %n página:</numerusform>
            <numerusform>No se pudieron importar %n páginas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported with Warnings</source>
        <translation>Importado con advertencias</translation>
    </message>
    <message>
        <source>This article has no web address; use Update from File instead.</source>
        <translation>Este artículo no tiene dirección web; se puede usar Actualizar desde archivo.</translation>
    </message>
    <message>
        <source>Update Article from File</source>
        <translation>Actualizar artículo desde archivo</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Check for Updates</source>
        <translation>Buscar actualizaciones</translation>
    </message>
    <message>
        <source>Update from File</source>
        <translation>Actualizar desde archivo</translation>
    </message>
    <message>
        <source>Update cancelled; nothing was stored.</source>
        <translation>Actualización cancelada; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Not Updated</source>
        <translation>Sin actualizar</translation>
    </message>
    <message>
        <source>Update article</source>
        <translation>Actualizar artículo</translation>
    </message>
    <message>
        <source>No Change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>The article has not changed: the text is the same as its version %1. No new version was stored.</source>
        <translation>El artículo no ha cambiado: el texto es el mismo que el de su versión %1. No se ha guardado ninguna versión nueva.</translation>
    </message>
    <message numerus="yes">
        <source>%n in place</source>
        <translation>
            <numerusform>%n en su sitio</numerusform>
            <numerusform>%n en su sitio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n desplazada</numerusform>
            <numerusform>%n desplazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with changed wording</source>
        <translation>
            <numerusform>%n con la redacción cambiada</numerusform>
            <numerusform>%n con la redacción cambiada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n no encontrada</numerusform>
            <numerusform>%n no encontradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 stored (was %2). Quotes: %3.</source>
        <translation>Se ha guardado la versión %1 (antes, la %2). Citas: %3.</translation>
    </message>
    <message>
        <source>Accept new wording</source>
        <translation>Aceptar nueva redacción</translation>
    </message>
    <message>
        <source>Reject new wording</source>
        <translation>Rechazar nueva redacción</translation>
    </message>
    <message>
        <source>Review changed quotes</source>
        <translation>Revisar citas modificadas</translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation>Editar artículo</translation>
    </message>
    <message numerus="yes">
        <source>Delete the article “%1” with its texts? Its %n claim(s) go with it, except claims that also appear in other articles, which only lose their appearances in it. You can undo this.</source>
        <translation>
            <numerusform>¿Eliminar el artículo “%1” con sus textos? Su %n afirmación se elimina con él, salvo si también aparece en otros artículos; en ese caso solo pierde sus apariciones en este. Se puede deshacer.</numerusform>
            <numerusform>¿Eliminar el artículo “%1” con sus textos? Sus %n afirmaciones se eliminan con él, salvo las que también aparecen en otros artículos, que solo pierden sus apariciones en este. Se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Article</source>
        <translation>Eliminar artículo</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Eliminar artículo</translation>
    </message>
    <message>
        <source>Article deleted. Undo with Ctrl+Z.</source>
        <translation>Artículo eliminado. Se puede deshacer con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions and Differences</source>
        <translation>Versiones y diferencias</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Compare from version</source>
        <translation>Comparar desde la versión</translation>
    </message>
    <message>
        <source>Compare to version</source>
        <translation>Comparar con la versión</translation>
    </message>
    <message>
        <source>Changed passages only</source>
        <translation>Solo los pasajes modificados</translation>
    </message>
    <message>
        <source>Words removed and added</source>
        <translation>Palabras eliminadas y añadidas</translation>
    </message>
    <message>
        <source>&amp;Compare version</source>
        <translation>&amp;Comparar la versión</translation>
    </message>
    <message>
        <source>&amp;with version</source>
        <translation>co&amp;n la versión</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>comparing…</source>
        <translation>comparando…</translation>
    </message>
    <message>
        <source>Only one version so far: differences appear after an update.</source>
        <translation>Por ahora solo hay una versión: las diferencias aparecen después de una actualización.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>No hay diferencias.</translation>
    </message>
    <message>
        <source>Words removed: %1 · added: %2</source>
        <translation>Palabras eliminadas: %1 · añadidas: %2</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Obtenida</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actual)</translation>
    </message>
    <message>
        <source>SHA-256 of the bytes received: %1</source>
        <translation>SHA-256 de los bytes recibidos: %1</translation>
    </message>
    <message>
        <source>SHA-256 of the text: %1</source>
        <translation>SHA-256 del texto: %1</translation>
    </message>
    <message>
        <source>redirected from %1</source>
        <translation>redirigida desde %1</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>Claims per week by status</source>
        <translation>Afirmaciones por semana según su estado</translation>
    </message>
    <message>
        <source>Claims recorded per week, by their status now</source>
        <translation>Afirmaciones registradas por semana, según su estado actual</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %Ln claim(s)</source>
        <translation>
            <numerusform>Semana del %1: %Ln afirmación</numerusform>
            <numerusform>Semana del %1: %Ln afirmaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims per week</source>
        <translation>Afirmaciones por semana</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>This database is open read-only: you can read and export, but changes cannot be saved.</source>
        <translation>Esta base de datos está abierta en modo de solo lectura: se puede consultar y exportar, pero no se pueden guardar cambios.</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>Base de datos de solo lectura</translation>
    </message>
    <message>
        <source>%1 [read-only] — ClaimTracker</source>
        <translation>%1 [solo lectura] — ClaimTracker</translation>
    </message>
    <message>
        <source>%1 — ClaimTracker</source>
        <translation>%1 — ClaimTracker</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <source>%1 Restore a backup with File › Restore from Backup….</source>
        <translation>%1 Se puede restaurar una copia de seguridad con Archivo › Restaurar copia de seguridad….</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n edit(s) not saved — Retry</source>
        <translation>
            <numerusform>⚠ %n cambio sin guardar — Reintentar</numerusform>
            <numerusform>⚠ %n cambios sin guardar — Reintentar</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>This claim&apos;s quote is no longer found in the article.</source>
        <translation>La cita de esta afirmación ya no se encuentra en el artículo.</translation>
    </message>
    <message>
        <source>About ClaimTracker</source>
        <translation>Acerca de ClaimTracker</translation>
    </message>
    <message>
        <source>ClaimTracker %1
Track factual claims in news articles.</source>
        <translation>ClaimTracker %1
Seguimiento de afirmaciones sobre hechos en artículos de prensa.</translation>
    </message>
</context>
</TS>
