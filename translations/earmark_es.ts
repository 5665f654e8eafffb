<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActivityHeatmap</name>
    <message>
        <source>Activity over the last 26 weeks</source>
        <translation>Actividad de las últimas 26 semanas</translation>
    </message>
    <message>
        <source>%1: nothing listened</source>
        <translation>%1: nada escuchado</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n minute(s)</source>
        <translation>
            <numerusform>%1: %n minuto</numerusform>
            <numerusform>%1: %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n episodio</numerusform>
            <numerusform>%n episodios</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing listened in the last 26 weeks.</source>
        <translation>Nada escuchado en las últimas 26 semanas.</translation>
    </message>
    <message numerus="yes">
        <source>Listened on %n day(s) of the last 26 weeks</source>
        <translation>
            <numerusform>Escuchado %n día de las últimas 26 semanas</numerusform>
            <numerusform>Escuchado %n días de las últimas 26 semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) in all</source>
        <translation>
            <numerusform>%n minuto en total</numerusform>
            <numerusform>%n minutos en total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most on %1: %n minute(s).</source>
        <translation>
            <numerusform>Lo máximo el %1: %n minuto.</numerusform>
            <numerusform>Lo máximo el %1: %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
</context>
<context>
    <name>AddPodcastDialog</name>
    <message>
        <source>Add podcast</source>
        <translation>Añadir podcast</translation>
    </message>
    <message>
        <source>&amp;Feed address, web page or feed file:</source>
        <translation>&amp;Dirección del feed, página web o archivo de feed:</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Dirección del feed</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose a feed file</source>
        <translation>Elegir un archivo de feed</translation>
    </message>
    <message>
        <source>Feeds (*.xml *.rss *.atom);;All files (*)</source>
        <translation>Feeds (*.xml *.rss *.atom);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Podcast artwork</source>
        <translation>Portada del podcast</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Enter an http or https address, or choose a feed file.</source>
        <translation>Introduzca una dirección http o https, o elija un archivo de feed.</translation>
    </message>
    <message>
        <source>Fetching the feed…</source>
        <translation>Obteniendo el feed…</translation>
    </message>
    <message numerus="yes">
        <source>You already subscribe to this podcast (%n episode(s)).</source>
        <translation>
            <numerusform>Ya existe una suscripción a este podcast (%n episodio).</numerusform>
            <numerusform>Ya existe una suscripción a este podcast (%n episodios).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added, with %n episode(s).</source>
        <translation>
            <numerusform>Añadido, con %n episodio.</numerusform>
            <numerusform>Añadido, con %n episodios.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Earmark cannot start</source>
        <translation>Earmark no puede iniciarse</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created. Choose another one with --data-dir.</source>
        <translation>No se puede crear la carpeta de datos %1. Elija otra con --data-dir.</translation>
    </message>
    <message>
        <source>Catalog problems</source>
        <translation>Problemas del catálogo</translation>
    </message>
    <message numerus="yes">
        <source>Some catalog entries could not be loaded. The other episodes are available.

%n problem(s) found.</source>
        <translation>
            <numerusform>Algunas entradas del catálogo no se pudieron cargar. Los demás episodios están disponibles.

Se encontró %n problema.</numerusform>
            <numerusform>Algunas entradas del catálogo no se pudieron cargar. Los demás episodios están disponibles.

Se encontraron %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the progress database</source>
        <translation>No se puede abrir la base de datos de progreso</translation>
    </message>
    <message>
        <source>Progress database damaged</source>
        <translation>Base de datos de progreso dañada</translation>
    </message>
    <message>
        <source>The progress database was damaged and could not be used. It was moved aside, untouched, to
%1
and a new, empty one was started.</source>
        <translation>La base de datos de progreso estaba dañada y no se pudo usar. Se apartó, sin modificarla, a
%1
y se creó una nueva vacía.</translation>
    </message>
    <message>
        <source>Refresh cancelled.</source>
        <translation>Actualización cancelada.</translation>
    </message>
    <message>
        <source>There are no podcasts to refresh.</source>
        <translation>No hay podcasts que actualizar.</translation>
    </message>
    <message>
        <source>Import subscriptions</source>
        <translation>Importar suscripciones</translation>
    </message>
    <message numerus="yes">
        <source>%n podcast(s) added</source>
        <translation>
            <numerusform>%n podcast añadido</numerusform>
            <numerusform>%n podcasts añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n ya presente</numerusform>
            <numerusform>%n ya presentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Cancelar la suscripción</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from %1? Its %n episode(s) leave the library; what you listened to is kept in your history.</source>
        <translation>
            <numerusform>¿Cancelar la suscripción a %1? Su %n episodio saldrá de la biblioteca; lo ya escuchado se conserva en el historial.</numerusform>
            <numerusform>¿Cancelar la suscripción a %1? Sus %n episodios saldrán de la biblioteca; lo ya escuchado se conserva en el historial.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsubscribed from %1.</source>
        <translation>Se canceló la suscripción a %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1: not an http(s) feed address, skipped</source>
        <translation>%1: no es una dirección de feed http(s); se omite</translation>
    </message>
    <message>
        <source>%1 lists no podcast feeds.</source>
        <translation>%1 no contiene ningún feed de podcast.</translation>
    </message>
    <message>
        <source>Earmark subscriptions</source>
        <translation>Suscripciones de Earmark</translation>
    </message>
    <message>
        <source>Export subscriptions</source>
        <translation>Exportar suscripciones</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n subscription(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n suscripción a %1.</numerusform>
            <numerusform>Se exportaron %n suscripciones a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress is not being saved</source>
        <translation>El progreso no se está guardando</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>Your progress is back as it was in %1.
The progress from before the restore was backed up to
%2</source>
        <translation>Su progreso vuelve a estar como en %1.
El progreso anterior a la restauración se guardó en
%2</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Copia de seguridad no restaurada</translation>
    </message>
    <message numerus="yes">
        <source>Added %1: %n episode(s).</source>
        <translation>
            <numerusform>%1 añadido: %n episodio.</numerusform>
            <numerusform>%1 añadido: %n episodios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Añadir carpeta</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>%1 is already in the library.</source>
        <translation>%1 ya está en la biblioteca.</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Examinando %1…</translation>
    </message>
    <message>
        <source>Add catalog</source>
        <translation>Añadir catálogo</translation>
    </message>
    <message>
        <source>%1 was not added: it has no episode that can be used.</source>
        <translation>%1 no se ha añadido: no tiene ningún episodio utilizable.</translation>
    </message>
    <message>
        <source>Removed %1 from the library; your progress is kept.</source>
        <translation>%1 se ha quitado de la biblioteca; su progreso se conserva.</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) deleted.</source>
        <translation>
            <numerusform>%n descarga eliminada.</numerusform>
            <numerusform>%n descargas eliminadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudioTagReader</name>
    <message>
        <source>the file cannot be read (no permission)</source>
        <translation>no se puede leer el archivo (sin permiso)</translation>
    </message>
    <message>
        <source>not a valid %1 file: no audio stream found</source>
        <translation>no es un archivo %1 válido: no se encontró ningún flujo de audio</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message numerus="yes">
        <source>%1: valid, %n episode(s)</source>
        <translation>
            <numerusform>%1: válido, %n episodio</numerusform>
            <numerusform>%1: válido, %n episodios</numerusform>
        </translation>
    </message>
    <message>
        <source>missing required field %1</source>
        <translation>falta el campo obligatorio %1</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>se esperaba una cadena, se obtuvo %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>expected a format version like &quot;1.0&quot;, got %1</source>
        <translation>se esperaba una versión de formato como &quot;1.0&quot;, se obtuvo %1</translation>
    </message>
    <message>
        <source>catalog format %1 is newer than this version of Earmark reads (%2.x); update Earmark to open this catalog</source>
        <translation>el formato de catálogo %1 es más reciente que el que lee esta versión de Earmark (%2.x); actualice Earmark para abrir este catálogo</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>se esperaba un array, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>se esperaba un objeto, se obtuvo %1</translation>
    </message>
    <message>
        <source>duplicate topic id %1</source>
        <translation>id de tema %1 duplicado</translation>
    </message>
    <message>
        <source>duplicate episode id %1; first defined at line %2</source>
        <translation>id de episodio %1 duplicado; definido primero en la línea %2</translation>
    </message>
    <message>
        <source>expected a number of seconds, got %1</source>
        <translation>se esperaba un número de segundos, se obtuvo %1</translation>
    </message>
    <message>
        <source>must not be negative, got %1</source>
        <translation>no debe ser negativo, se obtuvo %1</translation>
    </message>
    <message>
        <source>is too large (%1 seconds)</source>
        <translation>es demasiado grande (%1 segundos)</translation>
    </message>
    <message>
        <source>%1 is not a valid date; expected YYYY-MM-DD</source>
        <translation>%1 no es una fecha válida; se esperaba YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unknown topic %1</source>
        <translation>tema desconocido %1</translation>
    </message>
    <message>
        <source>expected an array of strings, got %1</source>
        <translation>se esperaba un array de cadenas, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a whole number from 1 up, got %1</source>
        <translation>se esperaba un número entero a partir de 1, se obtuvo %1</translation>
    </message>
    <message>
        <source>unsupported URL scheme %1; use a relative path or an http(s) or file URL</source>
        <translation>esquema de URL %1 no admitido; use una ruta relativa o una URL http(s) o file</translation>
    </message>
    <message>
        <source>%1 is not a valid URL</source>
        <translation>%1 no es una URL válida</translation>
    </message>
    <message>
        <source>is a directory, not a catalog file</source>
        <translation>es una carpeta, no un archivo de catálogo</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>the file is too large (%1 MiB); the limit is %2 MiB</source>
        <translation>el archivo es demasiado grande (%1 MiB); el límite es %2 MiB</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>duplicate episode id %1; already defined in %2:%3</source>
        <translation>id de episodio %1 duplicado; ya definido en %2:%3</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation>el archivo está vacío; se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>this is not a text file (NUL byte); expected JSON</source>
        <translation>no es un archivo de texto (byte NUL); se esperaba JSON</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>error de sintaxis JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, got an array</source>
        <translation>se esperaba un objeto JSON en el nivel superior, se obtuvo un array</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found</source>
        <translation>
            <numerusform>%1: %n problema encontrado</numerusform>
            <numerusform>%1: %n problemas encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) usable</source>
        <translation>
            <numerusform>%n episodio utilizable</numerusform>
            <numerusform>%n episodios utilizables</numerusform>
        </translation>
    </message>
    <message>
        <source>unsupported transcript type %1; expected text/vtt, application/x-subrip, application/json, text/html or text/plain</source>
        <translation>tipo de transcripción %1 no admitido; se esperaba text/vtt, application/x-subrip, application/json, text/html o text/plain</translation>
    </message>
    <message>
        <source>given without a &quot;transcript&quot;</source>
        <translation>indicado sin &quot;transcript&quot;</translation>
    </message>
    <message>
        <source>expected seconds or a time like &quot;MM:SS&quot; or &quot;H:MM:SS&quot;, got %1</source>
        <translation>se esperaban segundos o una hora como &quot;MM:SS&quot; o &quot;H:MM:SS&quot;, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a number of seconds or a time string, got %1</source>
        <translation>se esperaba un número de segundos o una cadena de tiempo, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an array of chapters, got %1</source>
        <translation>se esperaba un array de capítulos, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an object with &quot;start&quot; and &quot;title&quot;, got %1</source>
        <translation>se esperaba un objeto con &quot;start&quot; y &quot;title&quot;, se obtuvo %1</translation>
    </message>
    <message>
        <source>starts at the same time as chapters[%1]</source>
        <translation>empieza al mismo tiempo que chapters[%1]</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not listed</source>
        <translation>
            <numerusform>%n problema más no listado</numerusform>
            <numerusform>%n problemas más no listados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChapterListParser</name>
    <message>
        <source>the file is too large (%1 MiB); the limit is %2 MiB</source>
        <translation>el archivo es demasiado grande (%1 MiB); el límite es %2 MiB</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object with &quot;chapters&quot;</source>
        <translation>el archivo está vacío; se esperaba un objeto JSON con &quot;chapters&quot;</translation>
    </message>
    <message>
        <source>this is not a text file (NUL byte); expected JSON</source>
        <translation>no es un archivo de texto (byte NUL); se esperaba JSON</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>error de sintaxis JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;chapters&quot;</source>
        <translation>se esperaba un objeto JSON con &quot;chapters&quot;</translation>
    </message>
    <message>
        <source>expected a &quot;chapters&quot; array</source>
        <translation>se esperaba un array &quot;chapters&quot;</translation>
    </message>
    <message>
        <source>more than %1 chapters; the rest are left out</source>
        <translation>más de %1 capítulos; el resto se omite</translation>
    </message>
    <message>
        <source>a chapter must be an object; skipped</source>
        <translation>un capítulo debe ser un objeto; omitido</translation>
    </message>
    <message>
        <source>a chapter needs &quot;startTime&quot;; skipped</source>
        <translation>un capítulo necesita &quot;startTime&quot;; omitido</translation>
    </message>
    <message>
        <source>&quot;startTime&quot; must be a number of seconds from 0 to %1; skipped</source>
        <translation>&quot;startTime&quot; debe ser un número de segundos entre 0 y %1; omitido</translation>
    </message>
    <message>
        <source>a chapter needs a &quot;title&quot; text; skipped</source>
        <translation>un capítulo necesita un texto &quot;title&quot;; omitido</translation>
    </message>
    <message>
        <source>more problems; the rest are not listed</source>
        <translation>más problemas; el resto no se enumera</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Add the episodes of catalog FILE to the bundled ones (repeatable).</source>
        <translation>Añadir los episodios del catálogo ARCHIVO a los incluidos (repetible).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Keep the progress database and settings in DIR (default: %1).</source>
        <translation>Guardar la base de datos de progreso y los ajustes en CARPETA (predeterminada: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>Validate catalog FILE, print each problem as FILE:LINE:COLUMN: message and exit: 0 valid, 1 problems found, 2 unreadable.</source>
        <translation>Validar el catálogo ARCHIVO, mostrar cada problema como ARCHIVO:LÍNEA:COLUMNA: mensaje y salir: 0 válido, 1 hay problemas, 2 ilegible.</translation>
    </message>
    <message>
        <source>Write listening progress and history as JSON to FILE (- for standard output) and exit.</source>
        <translation>Escribir el progreso de escucha y el historial como JSON en ARCHIVO (- para la salida estándar) y salir.</translation>
    </message>
    <message>
        <source>Merge progress from a JSON export in FILE (newest change per episode wins), print what changed and exit.</source>
        <translation>Combinar el progreso de una exportación JSON en ARCHIVO (gana el cambio más reciente de cada episodio), mostrar los cambios y salir.</translation>
    </message>
    <message>
        <source>Earmark: study AI-training concepts by ear. Browse, play and track short audio overviews.</source>
        <translation>Earmark: aprenda conceptos de entrenamiento de IA de oído. Explore, reproduzca y siga breves resúmenes en audio.</translation>
    </message>
    <message>
        <source>Use language CODE (de, fr, es, en) instead of the system&apos;s or the one chosen in the settings.</source>
        <translation>Usar el idioma CÓDIGO (de, fr, es, en) en lugar del idioma del sistema o del elegido en los ajustes.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>Print the loaded episodes, one a line (id, title, duration in seconds, published, tags, topic, audio URL), tab-separated, and exit.</source>
        <translation>Mostrar los episodios cargados, uno por línea (id, título, duración en segundos, publicación, etiquetas, tema, URL del audio), separados por tabuladores, y salir.</translation>
    </message>
    <message>
        <source>Subscribe to the podcast feed at URL (http, https) or in FILE, fetch it, print its title and episode count and exit (repeatable).</source>
        <translation>Suscribirse al feed de podcast en URL (http, https) o en ARCHIVO, obtenerlo, mostrar su título y su número de episodios y salir (repetible).</translation>
    </message>
    <message>
        <source>URL_OR_FILE</source>
        <translation>URL_O_ARCHIVO</translation>
    </message>
    <message>
        <source>Refresh every podcast, print what changed and exit.</source>
        <translation>Actualizar todos los podcasts, mostrar los cambios y salir.</translation>
    </message>
    <message>
        <source>Subscribe to every feed of the OPML file FILE and exit.</source>
        <translation>Suscribirse a todos los feeds del archivo OPML ARCHIVO y salir.</translation>
    </message>
    <message>
        <source>Write the subscriptions as OPML to FILE (- for standard output) and exit.</source>
        <translation>Escribir las suscripciones como OPML en ARCHIVO (- para la salida estándar) y salir.</translation>
    </message>
    <message>
        <source>Play with engine NAME: gstreamer (keeps the pitch at every speed, the default) or qtmultimedia, instead of the one chosen in the settings.</source>
        <translation>Reproducir con el motor NAME: gstreamer (mantiene el tono a cualquier velocidad, el predeterminado) o qtmultimedia, en lugar del elegido en los ajustes.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Replace the progress database with the backup in FILE (a path, or a name in the backups folder of the data directory); the current one is backed up first. Then exit.</source>
        <translation>Sustituir la base de datos de progreso por la copia de seguridad ARCHIVO (una ruta o un nombre en la carpeta de copias de la carpeta de datos); la actual se guarda antes. Después salir.</translation>
    </message>
    <message>
        <source>Add the audio files under folder DIR to the library, remembered for the next starts, print its episode count and exit (repeatable).</source>
        <translation>Añadir los archivos de audio de la carpeta DIR a la biblioteca, recordados para los próximos inicios, mostrar el número de episodios y salir (repetible).</translation>
    </message>
    <message>
        <source>Add catalog FILE to the library, remembered for the next starts (unlike --catalog), print its episode count and exit (repeatable).</source>
        <translation>Añadir el catálogo ARCHIVO a la biblioteca, recordado para los próximos inicios (a diferencia de --catalog), mostrar el número de episodios y salir (repetible).</translation>
    </message>
    <message>
        <source>Write the study notes as FORMAT (markdown or anki) to FILE, given after the option, and exit. Markdown to a folder (an existing one, or FILE ending in /) writes one file per episode; anki writes the notes marked as flashcards.</source>
        <translation>Escribir las notas de estudio en FORMATO (markdown o anki) en ARCHIVO, indicado después de la opción, y salir. Markdown a una carpeta (existente, o ARCHIVO terminado en /) escribe un archivo por episodio; anki escribe las notas marcadas como tarjetas.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>Download episode ID (see --list) into the data directory, resuming an interrupted download, print the file and exit: 0 when complete (repeatable).</source>
        <translation>Descargar el episodio ID (ver --list) en la carpeta de datos, reanudando una descarga interrumpida, mostrar el archivo y salir: 0 si está completo (repetible).</translation>
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
        <translation>No se puede crear la carpeta de copias %1.</translation>
    </message>
    <message>
        <source>Cannot back up %1 to %2: %3</source>
        <translation>No se puede hacer una copia de %1 en %2: %3</translation>
    </message>
    <message>
        <source>Cannot back up %1: %2 could not be renamed to %3.</source>
        <translation>No se puede hacer una copia de %1: %2 no se pudo renombrar a %3.</translation>
    </message>
    <message>
        <source>%1 is not a usable backup: %2</source>
        <translation>%1 no es una copia de seguridad utilizable: %2</translation>
    </message>
    <message>
        <source>Nothing was restored: the current data could not be backed up first. %1</source>
        <translation>No se restauró nada: no se pudo hacer antes una copia de los datos actuales. %1</translation>
    </message>
    <message>
        <source>Cannot open %1 to restore into it: %2</source>
        <translation>No se puede abrir %1 para restaurar en él: %2</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>No se puede restaurar %1: %2</translation>
    </message>
    <message>
        <source>Cannot restore %1 into %2: %3</source>
        <translation>No se puede restaurar %1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>DownloadBadge</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Paused %1%</source>
        <translation>En pausa %1 %</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Descargado</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Descarga fallida</translation>
    </message>
    <message>
        <source>Waiting to download.</source>
        <translation>Esperando para descargar.</translation>
    </message>
    <message>
        <source>Downloaded %1 of %2.</source>
        <translation>Descargado %1 de %2.</translation>
    </message>
    <message>
        <source>Downloaded %1.</source>
        <translation>Descargado %1.</translation>
    </message>
    <message>
        <source>Downloaded: plays from disk.</source>
        <translation>Descargado: se reproduce desde el disco.</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>Descarga fallida: %1</translation>
    </message>
</context>
<context>
    <name>DownloadCommands</name>
    <message>
        <source>No episode has the id %1 (see --list).</source>
        <translation>Ningún episodio tiene el id %1 (ver --list).</translation>
    </message>
    <message>
        <source>%1 is not on the web (%2): there is nothing to download.</source>
        <translation>%1 no está en la web (%2): no hay nada que descargar.</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%1 % de %2</translation>
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
        <translation>Descargas detenidas: %1</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>Pa&amp;use download</source>
        <translation>Pa&amp;usar la descarga</translation>
    </message>
    <message>
        <source>Cancel do&amp;wnload</source>
        <translation>Cancelar la desca&amp;rga</translation>
    </message>
    <message>
        <source>Resume do&amp;wnload</source>
        <translation>Reanudar la desca&amp;rga</translation>
    </message>
    <message>
        <source>Re&amp;try download</source>
        <translation>Reintentar la desca&amp;rga</translation>
    </message>
    <message>
        <source>&amp;Delete download</source>
        <translation>&amp;Eliminar la descarga</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) queued for download.</source>
        <translation>
            <numerusform>%n episodio en cola para descargar.</numerusform>
            <numerusform>%n episodios en cola para descargar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All episodes</source>
        <translation>&amp;Todos los episodios</translation>
    </message>
    <message>
        <source>All &amp;unfinished episodes</source>
        <translation>Todos los episodios &amp;sin terminar</translation>
    </message>
    <message>
        <source>The &amp;newest…</source>
        <translation>Los más &amp;recientes…</translation>
    </message>
    <message>
        <source>Download the newest episodes</source>
        <translation>Descargar los episodios más recientes</translation>
    </message>
    <message>
        <source>How many of the newest episodes?</source>
        <translation>¿Cuántos de los episodios más recientes?</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <source>Cannot delete %1.</source>
        <translation>No se puede eliminar %1.</translation>
    </message>
</context>
<context>
    <name>DownloadStore</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>No hay ninguna base de datos en %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 has no download tables; open it with Earmark once to upgrade it.</source>
        <translation>%1 no tiene tablas de descargas; ábralo una vez con Earmark para actualizarlo.</translation>
    </message>
    <message>
        <source>The download store is not open.</source>
        <translation>El almacén de descargas no está abierto.</translation>
    </message>
</context>
<context>
    <name>DownloadTransfer</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Another Earmark is downloading this episode.</source>
        <translation>Otro Earmark está descargando este episodio.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The disk is full: %1 cannot be written.</source>
        <translation>El disco está lleno: no se puede escribir %1.</translation>
    </message>
    <message>
        <source>The server does not send the file consistently.</source>
        <translation>El servidor no envía el archivo de forma coherente.</translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation>El servidor respondió %1 %2.</translation>
    </message>
    <message>
        <source>The download broke off: %1</source>
        <translation>La descarga se interrumpió: %1</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>El servidor respondió %1.</translation>
    </message>
    <message>
        <source>The server sent %1 of %2 bytes.</source>
        <translation>El servidor envió %1 de %2 bytes.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into place: %2</source>
        <translation>No se puede mover %1 a su sitio: %2</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Retrying: %1</source>
        <translation>Reintentando: %1</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Descargado</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fallida: %1</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Each download with its state, progress, speed and remaining size.</source>
        <translation>Cada descarga con su estado, progreso, velocidad y tamaño restante.</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episodio</translation>
    </message>
    <message>
        <source>Podcast or topic</source>
        <translation>Pódcast o tema</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Estado de las descargas</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause the selected download</source>
        <translation>Pausar la descarga seleccionada</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Resume or retry the selected download</source>
        <translation>Reanudar o reintentar la descarga seleccionada</translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation>&amp;Cancelar la descarga</translation>
    </message>
    <message>
        <source>Cancel the selected download</source>
        <translation>Cancelar la descarga seleccionada</translation>
    </message>
    <message>
        <source>Pause &amp;all</source>
        <translation>Pausar &amp;todas</translation>
    </message>
    <message>
        <source>Pause all downloads</source>
        <translation>Pausar todas las descargas</translation>
    </message>
    <message>
        <source>Resume a&amp;ll</source>
        <translation>Reanudar toda&amp;s</translation>
    </message>
    <message>
        <source>Resume all downloads</source>
        <translation>Reanudar todas las descargas</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>Cancelar todas</translation>
    </message>
    <message>
        <source>Cancel all unfinished downloads</source>
        <translation>Cancelar todas las descargas sin terminar</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%1 % de %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Downloaded: %1</source>
        <translation>Descargado: %1</translation>
    </message>
    <message>
        <source>Downloads stopped: %1 Make room, then press Resume all.</source>
        <translation>Descargas detenidas: %1 Libere espacio y pulse «Reanudar todas».</translation>
    </message>
    <message>
        <source>Close the downloads</source>
        <translation>Cerrar las descargas</translation>
    </message>
</context>
<context>
    <name>DownloadsPreferences</name>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Downloads at once</source>
        <translation>Descargas simultáneas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days after finishing</source>
        <translation>Días después de terminar</translation>
    </message>
    <message>
        <source>Space taken by downloads</source>
        <translation>Espacio ocupado por las descargas</translation>
    </message>
    <message>
        <source>&amp;Delete downloads of finished episodes</source>
        <translation>&amp;Eliminar las descargas de episodios terminados</translation>
    </message>
    <message>
        <source>Delete downloads of finished episodes</source>
        <translation>Eliminar las descargas de episodios terminados</translation>
    </message>
    <message>
        <source>Your progress and history stay.</source>
        <translation>Su progreso y su historial se conservan.</translation>
    </message>
    <message>
        <source>Downloads &amp;at once:</source>
        <translation>Descargas &amp;simultáneas:</translation>
    </message>
    <message>
        <source>On disk:</source>
        <translation>En el disco:</translation>
    </message>
    <message>
        <source>Delete downloads of finished episodes af&amp;ter</source>
        <translation>Eliminar las descargas de episodios terminados &amp;tras</translation>
    </message>
</context>
<context>
    <name>DurationProbe</name>
    <message>
        <source>Timed out while reading the audio length.</source>
        <translation>Se agotó el tiempo al leer la duración del audio.</translation>
    </message>
    <message>
        <source>The audio cannot be read.</source>
        <translation>No se puede leer el audio.</translation>
    </message>
    <message>
        <source>The audio file is missing: %1</source>
        <translation>Falta el archivo de audio: %1</translation>
    </message>
</context>
<context>
    <name>EmbeddedChapterReader</name>
    <message>
        <source>%1: cannot read the time &quot;%2&quot;</source>
        <translation>%1: no se puede leer el tiempo «%2»</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>no se puede leer el archivo</translation>
    </message>
    <message>
        <source>not an audio file the tag reader knows</source>
        <translation>no es un archivo de audio que el lector de etiquetas conozca</translation>
    </message>
</context>
<context>
    <name>EpisodeCardDelegate</name>
    <message>
        <source>Audio error</source>
        <translation>Error de audio</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>Now playing</source>
        <translation>Reproduciendo</translation>
    </message>
    <message>
        <source>Show episodes tagged %1</source>
        <translation>Mostrar los episodios con la etiqueta %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
</context>
<context>
    <name>EpisodeFilterModel</name>
    <message>
        <source>Found in the transcript</source>
        <translation>Encontrado en la transcripción</translation>
    </message>
    <message>
        <source>Found in transcript: %1</source>
        <translation>Encontrado en la transcripción: %1</translation>
    </message>
    <message>
        <source>Found in the show notes</source>
        <translation>Encontrado en las notas del episodio</translation>
    </message>
    <message>
        <source>Found in show notes: %1</source>
        <translation>Encontrado en las notas del episodio: %1</translation>
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
        <translation>sin empezar</translation>
    </message>
    <message>
        <source>in progress, %1% listened</source>
        <translation>en curso, %1 % escuchado</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>now playing</source>
        <translation>reproduciendo</translation>
    </message>
    <message>
        <source>audio error: %1</source>
        <translation>error de audio: %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
</context>
<context>
    <name>EpisodeNotesView</name>
    <message>
        <source>Notes of this episode</source>
        <translation>Notas de este episodio</translation>
    </message>
    <message>
        <source>No notes yet. Press B while listening to bookmark the last half minute, Shift+B to write a note.</source>
        <translation>Aún no hay notas. Mientras escucha, pulse B para marcar el último medio minuto y Mayús+B para escribir una nota.</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Añadir nota</translation>
    </message>
    <message>
        <source>Add a note without a time</source>
        <translation>Añadir una nota sin tiempo</translation>
    </message>
    <message>
        <source>Play clip</source>
        <translation>Reproducir fragmento</translation>
    </message>
    <message>
        <source>Play this clip</source>
        <translation>Reproducir este fragmento</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Editar la nota</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the note</source>
        <translation>Eliminar la nota</translation>
    </message>
</context>
<context>
    <name>EpisodePage</name>
    <message>
        <source>Episode page</source>
        <translation>Página del episodio</translation>
    </message>
    <message>
        <source>Show notes</source>
        <translation>Notas del episodio</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Capítulos</translation>
    </message>
    <message>
        <source>Enter or a click plays from the chapter&apos;s start.</source>
        <translation>Intro o un clic reproduce desde el inicio del capítulo.</translation>
    </message>
    <message>
        <source>No chapters.</source>
        <translation>Sin capítulos.</translation>
    </message>
    <message>
        <source>Find in the transcript</source>
        <translation>Buscar en la transcripción</translation>
    </message>
    <message>
        <source>Close the find field</source>
        <translation>Cerrar el campo de búsqueda</translation>
    </message>
    <message>
        <source>Show &amp;notes</source>
        <translation>&amp;Notas del episodio</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Transcripción</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Back to the episodes (Esc, Alt+Left)</source>
        <translation>Volver a los episodios (Esc, Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Back to the episodes</source>
        <translation>Volver a los episodios</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Loading the transcript…</source>
        <translation>Cargando la transcripción…</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>%1 of %2 listened</source>
        <translation>%1 de %2 escuchados</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Reproduciendo</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>&amp;Play again</source>
        <translation>&amp;Reproducir de nuevo</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>%1: the transcript is on the web and was not downloaded</source>
        <translation>%1: la transcripción está en la web y no se ha descargado</translation>
    </message>
    <message>
        <source>No transcript for this episode.</source>
        <translation>No hay transcripción para este episodio.</translation>
    </message>
    <message>
        <source>%1 (playing)</source>
        <translation>%1 (reproduciendo)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>&amp;Chapters</source>
        <translation>&amp;Capítulos</translation>
    </message>
</context>
<context>
    <name>ExportNotesDialog</name>
    <message>
        <source>Export notes</source>
        <translation>Exportar notas</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>Markdown (Obsidian, Logseq)</source>
        <translation>Markdown (Obsidian, Logseq)</translation>
    </message>
    <message>
        <source>Anki flashcards (text file)</source>
        <translation>Tarjetas de Anki (archivo de texto)</translation>
    </message>
    <message>
        <source>One file for all episodes</source>
        <translation>Un archivo para todos los episodios</translation>
    </message>
    <message>
        <source>One file per episode, in a folder</source>
        <translation>Un archivo por episodio, en una carpeta</translation>
    </message>
    <message>
        <source>One file per episode</source>
        <translation>Un archivo por episodio</translation>
    </message>
    <message>
        <source>File or folder to export to</source>
        <translation>Archivo o carpeta de destino</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the file or folder</source>
        <translation>Elegir el archivo o la carpeta</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export the notes</source>
        <translation>Exportar las notas</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s), %1 marked as flashcards.</source>
        <translation>
            <numerusform>%n nota, %1 marcadas como tarjetas.</numerusform>
            <numerusform>%n notas, %1 marcadas como tarjetas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export notes to folder</source>
        <translation>Exportar notas a una carpeta</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Choose where to export to.</source>
        <translation>Elija adónde exportar.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
</context>
<context>
    <name>FeedFetcher</name>
    <message>
        <source>The feed is larger than %1 and was refused.</source>
        <translation>El feed supera %1 y se rechazó.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>El servidor no respondió en %n segundo.</numerusform>
            <numerusform>El servidor no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a feed address: %1</source>
        <translation>No es una dirección de feed: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The server redirected to an address that is not a feed address.</source>
        <translation>El servidor redirigió a una dirección que no es una dirección de feed.</translation>
    </message>
    <message>
        <source>The server redirects in a loop (at %1).</source>
        <translation>El servidor redirige en bucle (en %1).</translation>
    </message>
    <message numerus="yes">
        <source>The server redirected more than %n time(s).</source>
        <translation>
            <numerusform>El servidor redirigió más de %n vez.</numerusform>
            <numerusform>El servidor redirigió más de %n veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2.</source>
        <translation>El servidor respondió con HTTP %1 %2.</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>elements nested deeper than %1</source>
        <translation>elementos anidados a más de %1 niveles</translation>
    </message>
    <message>
        <source>cannot read the URL &quot;%1&quot;; ignored</source>
        <translation>no se puede leer la URL «%1»; se ignora</translation>
    </message>
    <message>
        <source>a feed from the web may only point at http and https URLs; &quot;%1&quot; ignored</source>
        <translation>un feed de la web solo puede apuntar a URL http y https; «%1» se ignora</translation>
    </message>
    <message>
        <source>too many problems; no more are listed</source>
        <translation>demasiados problemas; no se enumeran más</translation>
    </message>
    <message>
        <source>unknown entity &quot;&amp;%1;&quot;; kept as text</source>
        <translation>entidad desconocida «&amp;%1;»; se conserva como texto</translation>
    </message>
    <message>
        <source>HTML entity &quot;&amp;%1;&quot; is not defined in XML; read as &quot;%2&quot;</source>
        <translation>la entidad HTML «&amp;%1;» no está definida en XML; se lee como «%2»</translation>
    </message>
    <message>
        <source>this is a web page, not a feed, and it links no feed</source>
        <translation>es una página web, no un feed, y no enlaza ningún feed</translation>
    </message>
    <message>
        <source>not a podcast feed: the document is &lt;%1&gt;, expected &lt;rss&gt; or an Atom &lt;feed&gt;</source>
        <translation>no es un feed de podcast: el documento es &lt;%1&gt;; se esperaba &lt;rss&gt; o un &lt;feed&gt; de Atom</translation>
    </message>
    <message numerus="yes">
        <source>the document ends too early (truncated?); %n item(s) read before</source>
        <translation>
            <numerusform>el documento termina demasiado pronto (¿truncado?); %n elemento leído antes</numerusform>
            <numerusform>el documento termina demasiado pronto (¿truncado?); %n elementos leídos antes</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the chapter start &quot;%1&quot;; chapter ignored</source>
        <translation>no se puede leer el inicio de capítulo «%1»; se ignora el capítulo</translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot;; left empty</source>
        <translation>no se puede leer la fecha «%1»; se deja vacía</translation>
    </message>
    <message>
        <source>cannot read the duration &quot;%1&quot;; left empty</source>
        <translation>no se puede leer la duración «%1»; se deja vacía</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>el documento está vacío</translation>
    </message>
</context>
<context>
    <name>FolderScanner</name>
    <message>
        <source>not a regular file (a pipe, socket or device)</source>
        <translation>no es un archivo normal (una tubería, un socket o un dispositivo)</translation>
    </message>
    <message>
        <source>a link to a file that does not exist</source>
        <translation>un enlace a un archivo que no existe</translation>
    </message>
    <message>
        <source>the file cannot be read (no permission)</source>
        <translation>no se puede leer el archivo (sin permiso)</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>carpeta no encontrada</translation>
    </message>
    <message>
        <source>the folder cannot be read (no permission)</source>
        <translation>no se puede leer la carpeta (sin permiso)</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>el archivo está vacío (0 bytes)</translation>
    </message>
</context>
<context>
    <name>GoalIndicator</name>
    <message>
        <source>Daily goal</source>
        <translation>Objetivo diario</translation>
    </message>
    <message>
        <source>%1 / %2 min</source>
        <translation>%1 / %2 min</translation>
    </message>
    <message numerus="yes">
        <source>Daily goal reached: %n minute(s) listened today.</source>
        <translation>
            <numerusform>Objetivo diario alcanzado: %n minuto escuchado hoy.</numerusform>
            <numerusform>Objetivo diario alcanzado: %n minutos escuchados hoy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n minute(s) listened today toward the daily goal.</source>
        <translation>
            <numerusform>%1 de %n minuto del objetivo diario escuchados hoy.</numerusform>
            <numerusform>%1 de %n minutos del objetivo diario escuchados hoy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s).</source>
        <translation>
            <numerusform>Racha: %n día.</numerusform>
            <numerusform>Racha: %n días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GstPlayEngine</name>
    <message>
        <source>The audio cannot be read.</source>
        <translation>No se puede leer el audio.</translation>
    </message>
</context>
<context>
    <name>JsonLimits</name>
    <message>
        <source>a string longer than %1 MiB; refused to keep memory bounded</source>
        <translation>una cadena de más de %1 MiB; rechazado para limitar la memoria</translation>
    </message>
    <message>
        <source>more than %1 arrays and objects; refused to keep memory bounded</source>
        <translation>más de %1 arrays y objetos; rechazado para limitar la memoria</translation>
    </message>
    <message>
        <source>more than %1 values; refused to keep memory bounded</source>
        <translation>más de %1 valores; rechazado para limitar la memoria</translation>
    </message>
</context>
<context>
    <name>LibraryTreeModel</name>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>All episodes</source>
        <translation>Todos los episodios</translation>
    </message>
    <message>
        <source>Continue listening</source>
        <translation>Seguir escuchando</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminados</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n episode(s)</source>
        <translation>
            <numerusform>%1, %n episodio</numerusform>
            <numerusform>%1, %n episodios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n episode(s) finished</source>
        <translation>
            <numerusform>%1, %2 de %n episodio terminado</numerusform>
            <numerusform>%1, %2 de %n episodios terminados</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Podcasts</source>
        <translation>Podcasts</translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>Falló la última actualización: %1</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n note(s)</source>
        <translation>
            <numerusform>%1, %n nota</numerusform>
            <numerusform>%1, %n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Repaso</translation>
    </message>
</context>
<context>
    <name>ListeningStatistics</name>
    <message>
        <source>Cannot read the listening statistics: %1</source>
        <translation>No se pueden leer las estadísticas de escucha: %1</translation>
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
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Topics and tags with finished and total episode counts. Select one to filter the episodes; Ctrl-click several tags to see episodes that carry all of them.</source>
        <translation>Temas y etiquetas con el número de episodios terminados y el total. Seleccione uno para filtrar los episodios; Control+clic en varias etiquetas muestra los episodios que las tienen todas.</translation>
    </message>
    <message>
        <source>Search episodes</source>
        <translation>Buscar episodios</translation>
    </message>
    <message>
        <source>Sort episodes</source>
        <translation>Ordenar episodios</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Course order</source>
        <translation>Orden del curso</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Recently played</source>
        <translation>Escuchados recientemente</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>&amp;Ordenar:</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>Episode cards. Enter plays the selected episode; the context menu has more.</source>
        <translation>Tarjetas de episodios. Intro reproduce el episodio seleccionado; el menú contextual ofrece más opciones.</translation>
    </message>
    <message>
        <source>No episodes match</source>
        <translation>Ningún episodio coincide</translation>
    </message>
    <message>
        <source>Try other words, or remove a filter to see more episodes.</source>
        <translation>Pruebe otras palabras o quite un filtro para ver más episodios.</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Earmark</source>
        <translation>&amp;Acerca de Earmark</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Quitar el filtro %1</translation>
    </message>
    <message>
        <source>Continue listening</source>
        <translation>Seguir escuchando</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminados</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n episode(s)</source>
        <translation>
            <numerusform>%1 de %n episodio</numerusform>
            <numerusform>%1 de %n episodios</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>Mark as &amp;unfinished</source>
        <translation>Marcar como &amp;no terminado</translation>
    </message>
    <message>
        <source>Mark as &amp;finished</source>
        <translation>Marcar como &amp;terminado</translation>
    </message>
    <message>
        <source>&amp;Reset progress</source>
        <translation>R&amp;establecer el progreso</translation>
    </message>
    <message>
        <source>&amp;Copy title</source>
        <translation>&amp;Copiar el título</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Down (in search)</source>
        <translation>Abajo (en la búsqueda)</translation>
    </message>
    <message>
        <source>Move to the first episode</source>
        <translation>Ir al primer episodio</translation>
    </message>
    <message>
        <source>Up (on the first episode)</source>
        <translation>Arriba (en el primer episodio)</translation>
    </message>
    <message>
        <source>Back to the search field</source>
        <translation>Volver al campo de búsqueda</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Play the selected episode</source>
        <translation>Reproducir el episodio seleccionado</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Play or pause (not while typing)</source>
        <translation>Reproducir o pausar (no mientras se escribe)</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>Izquierda / Derecha</translation>
    </message>
    <message>
        <source>Back 10 s / forward 30 s</source>
        <translation>Retroceder 10 s / avanzar 30 s</translation>
    </message>
    <message>
        <source>Slower / faster</source>
        <translation>Más lento / más rápido</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Next / previous episode</source>
        <translation>Episodio siguiente / anterior</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>About Earmark</source>
        <translation>Acerca de Earmark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Earmark %1&lt;/h3&gt;&lt;p&gt;Study AI-training concepts by ear: short audio overviews, browsed by topic and tag, with your listening progress kept.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Earmark %1&lt;/h3&gt;&lt;p&gt;Aprenda conceptos de entrenamiento de IA de oído: breves resúmenes en audio, organizados por tema y etiqueta, que guardan su progreso de escucha.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Episodes shown</source>
        <translation>Episodios mostrados</translation>
    </message>
    <message>
        <source>Removes the search words and tree selection</source>
        <translation>Quita las palabras de búsqueda y la selección del árbol</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Progreso de la actualización</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the refresh</source>
        <translation>Cancelar la actualización</translation>
    </message>
    <message>
        <source>Add &amp;podcast…</source>
        <translation>Añadir &amp;podcast…</translation>
    </message>
    <message>
        <source>&amp;Import subscriptions…</source>
        <translation>&amp;Importar suscripciones…</translation>
    </message>
    <message>
        <source>Import subscriptions</source>
        <translation>Importar suscripciones</translation>
    </message>
    <message>
        <source>OPML subscription lists (*.opml *.xml);;All files (*)</source>
        <translation>Listas de suscripciones OPML (*.opml *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Export subscriptions…</source>
        <translation>&amp;Exportar suscripciones…</translation>
    </message>
    <message>
        <source>Export subscriptions</source>
        <translation>Exportar suscripciones</translation>
    </message>
    <message>
        <source>OPML subscription lists (*.opml)</source>
        <translation>Listas de suscripciones OPML (*.opml)</translation>
    </message>
    <message>
        <source>&amp;Refresh podcasts</source>
        <translation>Actualizar &amp;podcasts</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %1 of %n podcast(s)</source>
        <translation>
            <numerusform>Actualizando %1 de %n podcast</numerusform>
            <numerusform>Actualizando %1 de %n podcasts</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Mark all as &amp;finished</source>
        <translation>Marcar todo como &amp;terminado</translation>
    </message>
    <message>
        <source>Copy feed &amp;URL</source>
        <translation>Copiar la &amp;URL del feed</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>&amp;Cancelar la suscripción…</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Propiedades…</translation>
    </message>
    <message>
        <source>Add a podcast</source>
        <translation>Añadir un podcast</translation>
    </message>
    <message>
        <source>Refresh podcasts</source>
        <translation>Actualizar los podcasts</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>Añadir c&amp;arpeta…</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Añadir carpeta</translation>
    </message>
    <message>
        <source>Add &amp;catalog…</source>
        <translation>Añadir &amp;catálogo…</translation>
    </message>
    <message>
        <source>Add catalog</source>
        <translation>Añadir catálogo</translation>
    </message>
    <message>
        <source>Earmark catalogs (*.json);;All files (*)</source>
        <translation>Catálogos de Earmark (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Remove folder from library</source>
        <translation>&amp;Quitar la carpeta de la biblioteca</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Añadir una carpeta</translation>
    </message>
    <message>
        <source>Add a catalog file</source>
        <translation>Añadir un archivo de catálogo</translation>
    </message>
    <message>
        <source>Export &amp;notes…</source>
        <translation>Exportar &amp;notas…</translation>
    </message>
    <message>
        <source>Bookmark the last 30 seconds (not while typing)</source>
        <translation>Marcar los últimos 30 segundos (no mientras escribe)</translation>
    </message>
    <message>
        <source>Write a note on the last 30 seconds</source>
        <translation>Escribir una nota sobre los últimos 30 segundos</translation>
    </message>
    <message>
        <source>Undo the last bookmark or deleted note</source>
        <translation>Deshacer el último marcador o nota eliminada</translation>
    </message>
    <message>
        <source>Search episodes, show notes and transcripts (Ctrl+F)</source>
        <translation>Buscar en episodios, notas y transcripciones (Control+F)</translation>
    </message>
    <message>
        <source>Words in any order, matched against title, summary and tags, or as the start of words in show notes and transcripts. Press Down to move to the first episode.</source>
        <translation>Palabras en cualquier orden, buscadas en título, resumen y etiquetas, o como comienzo de palabra en notas y transcripciones. Pulse Abajo para ir al primer episodio.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Repaso</translation>
    </message>
    <message>
        <source>Play ne&amp;xt</source>
        <translation>Reproducir a &amp;continuación</translation>
    </message>
    <message>
        <source>Add to Up &amp;Next</source>
        <translation>Añadir a «A &amp;continuación»</translation>
    </message>
    <message>
        <source>Add the selected episode to Up Next</source>
        <translation>Añadir el episodio seleccionado a «A continuación»</translation>
    </message>
    <message>
        <source>Play the selected episode next</source>
        <translation>Reproducir el episodio seleccionado a continuación</translation>
    </message>
    <message>
        <source>Show or hide Up Next</source>
        <translation>Mostrar u ocultar «A continuación»</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>&amp;Episode page</source>
        <translation>Página del &amp;episodio</translation>
    </message>
    <message>
        <source>&amp;Open episode page</source>
        <translation>&amp;Abrir la página del episodio</translation>
    </message>
    <message>
        <source>Open the episode page of the selected episode</source>
        <translation>Abrir la página del episodio seleccionado</translation>
    </message>
    <message>
        <source>Esc, Alt+Left</source>
        <translation>Esc, Alt+Izquierda</translation>
    </message>
    <message>
        <source>Episode page: back to the episodes</source>
        <translation>Página del episodio: volver a los episodios</translation>
    </message>
    <message>
        <source> (on the page)</source>
        <translation> (en la página)</translation>
    </message>
    <message>
        <source>Find in the transcript (Enter: next, Shift+Enter: previous)</source>
        <translation>Buscar en la transcripción (Intro: siguiente, Mayús+Intro: anterior)</translation>
    </message>
    <message>
        <source>Up / Down, Enter (in the transcript)</source>
        <translation>Arriba / Abajo, Intro (en la transcripción)</translation>
    </message>
    <message>
        <source>Pick a line, play from there</source>
        <translation>Elegir una línea, reproducir desde ahí</translation>
    </message>
    <message>
        <source>Next chapter / start of the chapter (twice: previous chapter)</source>
        <translation>Capítulo siguiente / inicio del capítulo (dos veces: capítulo anterior)</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Descargas</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Show or hide the Notes panel</source>
        <translation>Mostrar u ocultar el panel de notas</translation>
    </message>
</context>
<context>
    <name>NoteEditorDialog</name>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Transcript of the bookmark</source>
        <translation>Transcripción del marcador</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What did you learn? (Markdown: **bold**, *italic*, - lists)</source>
        <translation>¿Qué ha aprendido? (Markdown: **negrita**, *cursiva*, - listas)</translation>
    </message>
    <message>
        <source>Make &amp;flashcard</source>
        <translation>Crear &amp;tarjeta</translation>
    </message>
    <message>
        <source>Make flashcard</source>
        <translation>Crear tarjeta</translation>
    </message>
    <message>
        <source>Flashcard front</source>
        <translation>Anverso de la tarjeta</translation>
    </message>
    <message>
        <source>The question (empty: the note&apos;s first line)</source>
        <translation>La pregunta (vacía: la primera línea de la nota)</translation>
    </message>
    <message>
        <source>Flashcard back</source>
        <translation>Reverso de la tarjeta</translation>
    </message>
    <message>
        <source>The answer (empty: the rest of the note)</source>
        <translation>La respuesta (vacía: el resto de la nota)</translation>
    </message>
    <message>
        <source>Front:</source>
        <translation>Anverso:</translation>
    </message>
    <message>
        <source>Back:</source>
        <translation>Reverso:</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Guardar la nota</translation>
    </message>
    <message>
        <source>Discard the note</source>
        <translation>Descartar la nota</translation>
    </message>
</context>
<context>
    <name>NotesAnkiExporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>NotesCommands</name>
    <message>
        <source>--export-notes: unknown format &quot;%1&quot;; use markdown or anki</source>
        <translation>--export-notes: formato «%1» desconocido; use markdown o anki</translation>
    </message>
    <message>
        <source>--export-notes: give the file to write after the format</source>
        <translation>--export-notes: indique el archivo que se escribirá después del formato</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n flashcard(s) to %1.</source>
        <translation>
            <numerusform>%n tarjeta exportada a %1.</numerusform>
            <numerusform>%n tarjetas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>%n nota exportada a %1.</numerusform>
            <numerusform>%n notas exportadas a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <source>A note you were writing was recovered.</source>
        <translation>Se ha recuperado una nota que estaba escribiendo.</translation>
    </message>
    <message>
        <source>The bookmark could not be saved: %1</source>
        <translation>No se pudo guardar el marcador: %1</translation>
    </message>
    <message>
        <source>Bookmark removed.</source>
        <translation>Marcador eliminado.</translation>
    </message>
    <message>
        <source>Bookmarked %1–%2. %3 undoes it, Shift+B adds a note.</source>
        <translation>Marcador %1–%2 guardado. %3 lo deshace, Mayús+B añade una nota.</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>No se pudo guardar la nota: %1</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <source>Note restored.</source>
        <translation>Nota restaurada.</translation>
    </message>
    <message>
        <source>Note deleted. %1 undoes it.</source>
        <translation>Nota eliminada. %1 lo deshace.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nada que deshacer.</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Todas las notas</translation>
    </message>
    <message>
        <source>Click a note to play its clip; press Enter to edit it.</source>
        <translation>Haga clic en una nota para reproducir su fragmento; Intro la edita.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes of the episode</source>
        <translation>Notas del episodio</translation>
    </message>
    <message>
        <source>Play an episode to bookmark it.</source>
        <translation>Reproduzca un episodio para marcarlo.</translation>
    </message>
    <message>
        <source>&amp;Notes panel</source>
        <translation>Panel de &amp;notas</translation>
    </message>
</context>
<context>
    <name>NotesListModel</name>
    <message>
        <source>Bookmark</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 en %2: %3</translation>
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
        <translation>Notas de Earmark</translation>
    </message>
    <message>
        <source>Podcast: %1</source>
        <translation>Pódcast: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
</context>
<context>
    <name>NotesStore</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>No hay ninguna base de datos en %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 has no notes table; open it with Earmark once to upgrade it.</source>
        <translation>%1 no tiene tabla de notas; ábralo una vez con Earmark para actualizarlo.</translation>
    </message>
    <message>
        <source>The note is no longer there.</source>
        <translation>La nota ya no existe.</translation>
    </message>
    <message>
        <source>A note needs an episode.</source>
        <translation>Una nota necesita un episodio.</translation>
    </message>
</context>
<context>
    <name>OpmlReader</name>
    <message>
        <source>unknown entity &quot;&amp;%1;&quot;; kept as text</source>
        <translation>entidad desconocida «&amp;%1;»; se conserva como texto</translation>
    </message>
    <message>
        <source>HTML entity &quot;&amp;%1;&quot; is not defined in XML; read as &quot;%2&quot;</source>
        <translation>la entidad HTML «&amp;%1;» no está definida en XML; se lee como «%2»</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>el documento está vacío</translation>
    </message>
    <message>
        <source>an outline of type &quot;rss&quot; without an xmlUrl; skipped</source>
        <translation>un outline de tipo «rss» sin xmlUrl; se omite</translation>
    </message>
    <message>
        <source>elements nested deeper than %1</source>
        <translation>elementos anidados a más de %1 niveles</translation>
    </message>
    <message>
        <source>not an OPML file: the document is &lt;%1&gt;, expected &lt;opml&gt;</source>
        <translation>no es un archivo OPML: el documento es &lt;%1&gt;; se esperaba &lt;opml&gt;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a feed URL; skipped</source>
        <translation>«%1» no es una URL de feed; se omite</translation>
    </message>
    <message>
        <source>the same feed as the outline on line %1; kept once</source>
        <translation>el mismo feed que el outline de la línea %1; se conserva una vez</translation>
    </message>
    <message numerus="yes">
        <source>the document ends too early (truncated?); %n subscription(s) read before</source>
        <translation>
            <numerusform>el documento termina demasiado pronto (¿truncado?); %n suscripción leída antes</numerusform>
            <numerusform>el documento termina demasiado pronto (¿truncado?); %n suscripciones leídas antes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybackController</name>
    <message>
        <source>“%1” has no audio.</source>
        <translation>«%1» no tiene audio.</translation>
    </message>
    <message>
        <source>The audio file of “%1” is missing: %2</source>
        <translation>Falta el archivo de audio de «%1»: %2</translation>
    </message>
    <message>
        <source>The audio of “%1” cannot be played.</source>
        <translation>No se puede reproducir el audio de «%1».</translation>
    </message>
    <message>
        <source>The audio of “%1” is in a format that cannot be played (%2).</source>
        <translation>El audio de «%1» está en un formato que no se puede reproducir (%2).</translation>
    </message>
    <message>
        <source>Could not download the audio of “%1”: %2</source>
        <translation>No se pudo descargar el audio de «%1»: %2</translation>
    </message>
    <message>
        <source>Not allowed to read the audio of “%1”: %2</source>
        <translation>Sin permiso para leer el audio de «%1»: %2</translation>
    </message>
    <message>
        <source>Could not play the audio of “%1”: %2</source>
        <translation>No se pudo reproducir el audio de «%1»: %2</translation>
    </message>
</context>
<context>
    <name>PlaybackEngineFactory</name>
    <message>
        <source>GStreamer (keeps the pitch at every speed)</source>
        <translation>GStreamer (mantiene el tono a cualquier velocidad)</translation>
    </message>
    <message>
        <source>Qt Multimedia (keeps the pitch at every speed)</source>
        <translation>Qt Multimedia (mantiene el tono a cualquier velocidad)</translation>
    </message>
    <message>
        <source>Qt Multimedia (the pitch follows the speed)</source>
        <translation>Qt Multimedia (el tono sigue a la velocidad)</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <source>Player</source>
        <translation>Reproductor</translation>
    </message>
    <message>
        <source>Now playing</source>
        <translation>Reproduciendo</translation>
    </message>
    <message>
        <source>Playback error</source>
        <translation>Error de reproducción</translation>
    </message>
    <message>
        <source>Sleep timer</source>
        <translation>Temporizador de apagado</translation>
    </message>
    <message>
        <source>Previous episode</source>
        <translation>Episodio anterior</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retroceder</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avanzar</translation>
    </message>
    <message>
        <source>Next episode</source>
        <translation>Episodio siguiente</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>Remaining time</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Position in the episode</source>
        <translation>Posición en el episodio</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <source>Custom playback speed</source>
        <translation>Velocidad de reproducción personalizada</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>At the end of the episode</source>
        <translation>Al final del episodio</translation>
    </message>
    <message>
        <source>Cancel the sleep timer</source>
        <translation>Cancelar el temporizador</translation>
    </message>
    <message>
        <source>Nothing playing — pick an episode</source>
        <translation>No se reproduce nada: elija un episodio</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar el sonido</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Playback speed: %1</source>
        <translation>Velocidad de reproducción: %1</translation>
    </message>
    <message>
        <source>Sleep at the end of the episode</source>
        <translation>Parar al final del episodio</translation>
    </message>
    <message>
        <source>Sleep in %1</source>
        <translation>Parar en %1</translation>
    </message>
    <message numerus="yes">
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>En %n minuto</numerusform>
            <numerusform>En %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back %n second(s)</source>
        <translation>
            <numerusform>Retroceder %n segundo</numerusform>
            <numerusform>Retroceder %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forward %n second(s)</source>
        <translation>
            <numerusform>Avanzar %n segundo</numerusform>
            <numerusform>Avanzar %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>The pitch rises with the speed (see Preferences)</source>
        <translation>El tono sube con la velocidad (ver Preferencias)</translation>
    </message>
    <message>
        <source>Bookmark the last 30 seconds (B)</source>
        <translation>Marcar los últimos 30 segundos (B)</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Capítulo</translation>
    </message>
    <message>
        <source>Chapter: %1</source>
        <translation>Capítulo: %1</translation>
    </message>
    <message>
        <source>From disk</source>
        <translation>Desde el disco</translation>
    </message>
    <message>
        <source>Plays from disk</source>
        <translation>Se reproduce desde el disco</translation>
    </message>
    <message>
        <source>The episode plays from a file on this computer.</source>
        <translation>El episodio se reproduce desde un archivo de este ordenador.</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>En streaming</translation>
    </message>
    <message>
        <source>Streams from the web</source>
        <translation>Se transmite desde la web</translation>
    </message>
    <message>
        <source>The episode streams from the web; download it to listen offline.</source>
        <translation>El episodio se transmite desde la web; descárguelo para escucharlo sin conexión.</translation>
    </message>
</context>
<context>
    <name>PodcastCommands</name>
    <message>
        <source>%1 is neither an http(s) address nor a feed file.</source>
        <translation>%1 no es una dirección http(s) ni un archivo de feed.</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n episodio</numerusform>
            <numerusform>%n episodios</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>not modified</source>
        <translation>sin cambios</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1: not an http(s) feed address, skipped</source>
        <translation>%1: no es una dirección de feed http(s); se omite</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadido</numerusform>
            <numerusform>%n añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n ya presente</numerusform>
            <numerusform>%n ya presentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Earmark subscriptions</source>
        <translation>Suscripciones de Earmark</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>no se puede escribir en la salida estándar</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n subscription(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n suscripción a %1.</numerusform>
            <numerusform>Se exportaron %n suscripciones a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PodcastPropertiesDialog</name>
    <message>
        <source>Properties of %1</source>
        <translation>Propiedades de %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Feed address:</source>
        <translation>Dirección del feed:</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Dirección del feed</translation>
    </message>
    <message>
        <source>Web page:</source>
        <translation>Página web:</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>Episodes:</source>
        <translation>Episodios:</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>Subscribed:</source>
        <translation>Fecha de suscripción:</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Fecha de suscripción</translation>
    </message>
    <message>
        <source>Last refresh:</source>
        <translation>Última actualización:</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Result of the last refresh</source>
        <translation>Resultado de la última actualización</translation>
    </message>
    <message>
        <source>&amp;Refresh automatically</source>
        <translation>&amp;Actualizar automáticamente</translation>
    </message>
    <message>
        <source>&amp;Download new episodes automatically</source>
        <translation>&amp;Descargar automáticamente los episodios nuevos</translation>
    </message>
    <message>
        <source>After each refresh, the episodes it brought are downloaded for offline listening.</source>
        <translation>Tras cada actualización, los episodios que trajo se descargan para escucharlos sin conexión.</translation>
    </message>
</context>
<context>
    <name>PodcastRefresher</name>
    <message>
        <source>%1 is a web page, not a feed.</source>
        <translation>%1 es una página web, no un feed.</translation>
    </message>
    <message>
        <source>%1: not a podcast feed.</source>
        <translation>%1: no es un feed de podcast.</translation>
    </message>
</context>
<context>
    <name>PodcastStore</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>No hay ninguna base de datos en %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 has no podcast tables; open it with Earmark once to upgrade it.</source>
        <translation>%1 no tiene tablas de podcasts; ábralo una vez con Earmark para actualizarlo.</translation>
    </message>
    <message>
        <source>No such podcast: %1</source>
        <translation>No existe el podcast: %1</translation>
    </message>
    <message>
        <source>Another subscription already has the address %1.</source>
        <translation>Otra suscripción ya tiene la dirección %1.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Skip back</source>
        <translation>Retroceder</translation>
    </message>
    <message>
        <source>Skip forward</source>
        <translation>Avanzar</translation>
    </message>
    <message>
        <source>Count as finished</source>
        <translation>Contar como terminado</translation>
    </message>
    <message>
        <source>An episode counts as finished when less than this remains.</source>
        <translation>Un episodio cuenta como terminado cuando queda menos que este tiempo.</translation>
    </message>
    <message>
        <source>&amp;Play the next unfinished episode when one ends</source>
        <translation>&amp;Reproducir el siguiente episodio sin terminar al acabar uno</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Skip &amp;back:</source>
        <translation>Re&amp;troceder:</translation>
    </message>
    <message>
        <source>Skip &amp;forward:</source>
        <translation>A&amp;vanzar:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation>El nuevo idioma se aplica a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Count as finished with less than:</source>
        <translation>Terminado si quedan &amp;menos de:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Refresh podcasts every</source>
        <translation>Actualizar los podcasts cada</translation>
    </message>
    <message>
        <source>Hours between automatic refreshes of the podcasts; 0 refreshes only on request.</source>
        <translation>Horas entre actualizaciones automáticas de los podcasts; con 0 solo se actualiza a petición.</translation>
    </message>
    <message>
        <source>&amp;Refresh podcasts every:</source>
        <translation>&amp;Actualizar los podcasts cada:</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>Playback engine</source>
        <translation>Motor de reproducción</translation>
    </message>
    <message>
        <source>In use: %1.</source>
        <translation>En uso: %1.</translation>
    </message>
    <message>
        <source>Switches when you press OK; the episode goes on where it was.</source>
        <translation>Cambia al pulsar Aceptar; el episodio sigue donde estaba.</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>Salida de audio</translation>
    </message>
    <message>
        <source>The system&apos;s default output</source>
        <translation>La salida predeterminada del sistema</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (no conectado)</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Motor:</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>&amp;Salida:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Sources in the library</source>
        <translation>Fuentes de la biblioteca</translation>
    </message>
    <message>
        <source>Catalog files, folders and podcasts you added. Removing a catalog or folder keeps your progress; removing a podcast unsubscribes from it.</source>
        <translation>Archivos de catálogo, carpetas y podcasts que ha añadido. Quitar un catálogo o una carpeta conserva su progreso; quitar un podcast cancela la suscripción.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected source</source>
        <translation>Quitar la fuente seleccionada</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Podcast</source>
        <translation>Podcast</translation>
    </message>
    <message>
        <source>Nothing added yet: File &gt; Add folder…, Add catalog…, Add podcast…</source>
        <translation>Aún no se ha añadido nada: Archivo &gt; Añadir carpeta…, Añadir catálogo…, Añadir podcast…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Daily listening goal in minutes</source>
        <translation>Objetivo diario de escucha en minutos</translation>
    </message>
    <message>
        <source>&amp;Daily goal:</source>
        <translation>Objetivo &amp;diario:</translation>
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
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>added: position %1</source>
        <translation>añadido: posición %1</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>position %1 -&gt; %2</source>
        <translation>posición %1 -&gt; %2</translation>
    </message>
    <message>
        <source>duration %1 -&gt; %2</source>
        <translation>duración %1 -&gt; %2</translation>
    </message>
    <message>
        <source>finished %1 -&gt; %2</source>
        <translation>terminado %1 -&gt; %2</translation>
    </message>
    <message>
        <source>times played %1 -&gt; %2</source>
        <translation>reproducciones %1 -&gt; %2</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>fechas</translation>
    </message>
    <message>
        <source>updated: %1</source>
        <translation>actualizado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n sesión añadida</numerusform>
            <numerusform>%n sesiones añadidas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was damaged. It was moved aside to %2 and an empty progress database was started; run the command again to use it.</source>
        <translation>%1 estaba dañado. Se apartó a %2 y se creó una base de datos de progreso vacía; vuelva a ejecutar la orden para usarla.</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>no se puede escribir en la salida estándar</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported the progress of %n episode(s) to %1.</source>
        <translation>
            <numerusform>Se exportó el progreso de %n episodio a %1.</numerusform>
            <numerusform>Se exportó el progreso de %n episodios a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>another Earmark is using %1; quit it, then import again.</source>
        <translation>otra instancia de Earmark está usando %1; ciérrela y vuelva a importar.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n episode(s) changed</source>
        <translation>
            <numerusform>%1: %n episodio modificado</numerusform>
            <numerusform>%1: %n episodios modificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n ya actualizado</numerusform>
            <numerusform>%n ya actualizados</numerusform>
        </translation>
    </message>
    <message>
        <source>another Earmark is using %1; quit it and restore again, or use File &gt; Restore from backup in its window.</source>
        <translation>otro Earmark está usando %1; ciérrelo y restaure de nuevo, o use Archivo &gt; Restaurar copia de seguridad en su ventana.</translation>
    </message>
    <message numerus="yes">
        <source>Restored the progress of %n episode(s) from %1.</source>
        <translation>
            <numerusform>Restaurado el progreso de %n episodio desde %1.</numerusform>
            <numerusform>Restaurado el progreso de %n episodios desde %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The progress before was backed up to %1.</source>
        <translation>El progreso anterior se guardó en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) added or updated</source>
        <translation>
            <numerusform>%n nota añadida o actualizada</numerusform>
            <numerusform>%n notas añadidas o actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>review schedule: %n change(s)</source>
        <translation>
            <numerusform>plan de repaso: %n cambio</numerusform>
            <numerusform>plan de repaso: %n cambios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressJson</name>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>debe ser un número entero, 0 o mayor</translation>
    </message>
    <message>
        <source>must be a number greater than 0</source>
        <translation>debe ser un número mayor que 0</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time%1</source>
        <translation>debe ser una fecha y hora ISO 8601%1</translation>
    </message>
    <message>
        <source> or null</source>
        <translation> o null</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <source>not an Earmark progress export (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>no es una exportación de progreso de Earmark (&quot;format&quot; debe ser &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>export format version %1 is not supported (this Earmark reads up to %2)</source>
        <translation>la versión %1 del formato de exportación no es compatible (esta versión de Earmark lee hasta la %2)</translation>
    </message>
    <message>
        <source>episodes: must be an array</source>
        <translation>episodes: debe ser un array</translation>
    </message>
    <message>
        <source>: must be an object</source>
        <translation>: debe ser un objeto</translation>
    </message>
    <message>
        <source>.id: must not be empty</source>
        <translation>.id: no debe estar vacío</translation>
    </message>
    <message>
        <source>.sessions: must be an array</source>
        <translation>.sessions: debe ser un array</translation>
    </message>
    <message>
        <source>the file is too large (%1 MiB); the limit is %2 MiB</source>
        <translation>el archivo es demasiado grande (%1 MiB); el límite es %2 MiB</translation>
    </message>
    <message>
        <source>refused at offset %1: %2</source>
        <translation>rechazado en la posición %1: %2</translation>
    </message>
    <message>
        <source>notes: must be an array</source>
        <translation>notes: debe ser una matriz</translation>
    </message>
    <message>
        <source>.episodeId: must not be empty</source>
        <translation>.episodeId: no debe estar vacío</translation>
    </message>
    <message>
        <source>.endMs: must not be before startMs</source>
        <translation>.endMs: no debe ser anterior a startMs</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Earmark (schema version %2; this one reads up to %3). It was left untouched; update Earmark or use another data directory.</source>
        <translation>%1 fue escrito por una versión más reciente de Earmark (versión de esquema %2; esta lee hasta la %3). No se ha modificado; actualice Earmark o use otra carpeta de datos.</translation>
    </message>
    <message>
        <source>Cannot switch %1 to WAL journal mode: %2</source>
        <translation>No se puede cambiar %1 al modo de registro WAL: %2</translation>
    </message>
    <message>
        <source>Cannot set up %1: %2</source>
        <translation>No se puede preparar %1: %2</translation>
    </message>
    <message>
        <source>There is no progress database at %1.</source>
        <translation>No hay ninguna base de datos de progreso en %1.</translation>
    </message>
    <message>
        <source>%1 is damaged. Start Earmark with this data directory to move it aside and begin a fresh one.</source>
        <translation>%1 está dañado. Inicie Earmark con esta carpeta de datos para apartarlo y empezar uno nuevo.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Earmark (schema version %2; this one reads up to %3).</source>
        <translation>%1 fue escrito por una versión más reciente de Earmark (versión de esquema %2; esta lee hasta la %3).</translation>
    </message>
    <message>
        <source>%1 has an older format (schema version %2). Start Earmark with this data directory once to upgrade it.</source>
        <translation>%1 tiene un formato antiguo (versión de esquema %2). Inicie Earmark una vez con esta carpeta de datos para actualizarlo.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not available.</source>
        <translation>El controlador SQLite de Qt (QSQLITE) no está disponible.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and could not be moved aside to %2. It was left as it is.</source>
        <translation>%1 está dañado y no se pudo apartar a %2. Se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>%1 is damaged and was moved aside to %2, but %3 could not be moved.</source>
        <translation>%1 está dañado y se apartó a %2, pero no se pudo mover %3.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation>No se puede actualizar %1: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to schema version %2: %3</source>
        <translation>No se puede actualizar %1 a la versión de esquema %2: %3</translation>
    </message>
    <message>
        <source>Cannot prepare a statement on %1: %2</source>
        <translation>No se puede preparar una sentencia en %1: %2</translation>
    </message>
    <message>
        <source>Cannot %1 in %2: %3</source>
        <translation>Error al ejecutar «%1» en %2: %3</translation>
    </message>
    <message>
        <source>The progress database is not open.</source>
        <translation>La base de datos de progreso no está abierta.</translation>
    </message>
    <message>
        <source>Cannot read progress in %1: %2</source>
        <translation>No se puede leer el progreso en %1: %2</translation>
    </message>
    <message>
        <source>A session needs an episode and a start time.</source>
        <translation>Una sesión necesita un episodio y una hora de inicio.</translation>
    </message>
    <message>
        <source>Cannot begin a transaction on %1.</source>
        <translation>No se puede iniciar una transacción en %1.</translation>
    </message>
    <message>
        <source>Cannot commit the import to %1.</source>
        <translation>No se puede confirmar la importación en %1.</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>No existe el archivo de copia de seguridad %1.</translation>
    </message>
    <message>
        <source>%1 is not a backup of Earmark&apos;s progress.</source>
        <translation>%1 no es una copia de seguridad del progreso de Earmark.</translation>
    </message>
    <message>
        <source>Cannot copy %1 aside before upgrading it: %2</source>
        <translation>No se puede copiar %1 aparte antes de actualizarlo: %2</translation>
    </message>
    <message>
        <source>The disk that holds your progress (%1) is full. Earmark keeps playing and saves again as soon as there is space; nothing saved before is lost.</source>
        <translation>El disco que guarda su progreso (%1) está lleno. Earmark sigue reproduciendo y vuelve a guardar en cuanto haya espacio; no se pierde nada de lo guardado.</translation>
    </message>
    <message>
        <source>Your progress cannot be saved: %1 is read-only. Earmark keeps playing and saves again as soon as it can write; nothing saved before is lost.</source>
        <translation>No se puede guardar su progreso: %1 es de solo lectura. Earmark sigue reproduciendo y vuelve a guardar en cuanto pueda escribir; no se pierde nada de lo guardado.</translation>
    </message>
    <message>
        <source>Your progress cannot be saved: writing %1 fails (%2). Earmark keeps playing and tries again; nothing saved before is lost.</source>
        <translation>No se puede guardar su progreso: falla la escritura de %1 (%2). Earmark sigue reproduciendo y lo vuelve a intentar; no se pierde nada de lo guardado.</translation>
    </message>
    <message>
        <source>Cannot add a session in %1: %2</source>
        <translation>No se puede añadir una sesión en %1: %2</translation>
    </message>
</context>
<context>
    <name>ReadAlongCache</name>
    <message>
        <source>The file is larger than %1 and was refused.</source>
        <translation>El archivo supera %1 y se ha rechazado.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Not an address Earmark can read: %1</source>
        <translation>Earmark no puede leer esta dirección: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>El servidor no respondió en %n segundo.</numerusform>
            <numerusform>El servidor no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2.</source>
        <translation>El servidor respondió HTTP %1 %2.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>There are no backups yet. Earmark backs up your progress once a day while it runs, and before it upgrades or restores the database.</source>
        <translation>Todavía no hay copias de seguridad. Earmark guarda una copia de su progreso una vez al día mientras se ejecuta, y antes de actualizar o restaurar la base de datos.</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Your progress as it is now is backed up first, so this can be undone.</source>
        <translation>Elija la copia a la que volver. Su progreso actual se guarda antes, así que se puede deshacer.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia seleccionada</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
</context>
<context>
    <name>ReviewForecastChart</name>
    <message>
        <source>Reviews done and due</source>
        <translation>Repasos hechos y pendientes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) done in the last 14 days.</source>
        <translation>
            <numerusform>%n repaso hecho en los últimos 14 días.</numerusform>
            <numerusform>%n repasos hechos en los últimos 14 días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due in the next 14 days.</source>
        <translation>Nada pendiente en los próximos 14 días.</translation>
    </message>
    <message>
        <source>Due: %1.</source>
        <translation>Pendiente: %1.</translation>
    </message>
    <message>
        <source>Done, last 14 days</source>
        <translation>Hechos, últimos 14 días</translation>
    </message>
    <message>
        <source>Due, next 14 days</source>
        <translation>Pendientes, próximos 14 días</translation>
    </message>
</context>
<context>
    <name>ReviewPrompt</name>
    <message>
        <source>Review</source>
        <translation>Repaso</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>&amp;Lo tengo</translation>
    </message>
    <message>
        <source>Got it: review again later</source>
        <translation>Lo tengo: repasar más tarde</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Otra vez</translation>
    </message>
    <message>
        <source>Again: review again tomorrow</source>
        <translation>Otra vez: repasar mañana</translation>
    </message>
    <message>
        <source>Review of “%1”: did it stick?</source>
        <translation>Repaso de «%1»: ¿lo recuerdas?</translation>
    </message>
</context>
<context>
    <name>ReviewSchedule</name>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>debe ser 1</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>debe ser un número entero de 0 a %1</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>debe ser una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time or null</source>
        <translation>debe ser una fecha y hora ISO 8601 o null</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time</source>
        <translation>debe ser una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <source>must be &quot;got-it&quot; or &quot;again&quot;</source>
        <translation>debe ser &quot;got-it&quot; o &quot;again&quot;</translation>
    </message>
    <message>
        <source>Cannot save the review schedule: %1</source>
        <translation>No se puede guardar el plan de repaso: %1</translation>
    </message>
    <message>
        <source>Cannot read the review schedule: %1</source>
        <translation>No se puede leer el plan de repaso: %1</translation>
    </message>
</context>
<context>
    <name>SessionHistoryModel</name>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episodio</translation>
    </message>
    <message>
        <source>From–to</source>
        <translation>Desde–hasta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>Cannot write the lock file %1: permission denied.</source>
        <translation>No se puede escribir el archivo de bloqueo %1: permiso denegado.</translation>
    </message>
    <message>
        <source>Cannot take the lock %1.</source>
        <translation>No se puede obtener el bloqueo %1.</translation>
    </message>
    <message>
        <source>Another Earmark uses %1 but does not answer.</source>
        <translation>Otra instancia de Earmark usa %1 pero no responde.</translation>
    </message>
</context>
<context>
    <name>SourceCommands</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>no se puede crear la carpeta de datos %1</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n episodio</numerusform>
            <numerusform>%n episodios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no usable episode; not added.</source>
        <translation>%1 no tiene ningún episodio utilizable; no se ha añadido.</translation>
    </message>
</context>
<context>
    <name>SourceLoader</name>
    <message>
        <source>episode id &quot;%1&quot; is already in the library; this one is left out</source>
        <translation>el id de episodio «%1» ya está en la biblioteca; este se omite</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Desde el principio</translation>
    </message>
    <message>
        <source>Listened</source>
        <translation>Escuchado</translation>
    </message>
    <message>
        <source>Media time</source>
        <translation>Tiempo de audio</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminados</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Average speed</source>
        <translation>Velocidad media</translation>
    </message>
    <message>
        <source>Topics and tags</source>
        <translation>Temas y etiquetas</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Repasos</translation>
    </message>
    <message>
        <source>Filter by episode</source>
        <translation>Filtrar por episodio</translation>
    </message>
    <message>
        <source>Filter the history by episode</source>
        <translation>Filtrar el historial por episodio</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the history as CSV</source>
        <translation>Exportar el historial como CSV</translation>
    </message>
    <message>
        <source>Listening history</source>
        <translation>Historial de escucha</translation>
    </message>
    <message>
        <source>Export listening history</source>
        <translation>Exportar el historial de escucha</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Adding up your listening…</source>
        <translation>Sumando lo que has escuchado…</translation>
    </message>
    <message>
        <source>time listened</source>
        <translation>tiempo escuchado</translation>
    </message>
    <message>
        <source>media time</source>
        <translation>tiempo de audio</translation>
    </message>
    <message>
        <source>episodes finished</source>
        <translation>episodios terminados</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>average speed</source>
        <translation>velocidad media</translation>
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
            <numerusform>Racha: %n día seguido con al menos %1 minutos</numerusform>
            <numerusform>Racha: %n días seguidos con al menos %1 minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest: %n day(s)</source>
        <translation>
            <numerusform>la más larga: %n día</numerusform>
            <numerusform>la más larga: %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>today&apos;s goal is reached</source>
        <translation>el objetivo de hoy está cumplido</translation>
    </message>
    <message>
        <source>%1 of %2 minutes today</source>
        <translation>%1 de %2 minutos hoy</translation>
    </message>
    <message>
        <source>Your pace over the last 14 days: %1 of recordings a day.</source>
        <translation>Tu ritmo de los últimos 14 días: %1 de grabaciones al día.</translation>
    </message>
    <message>
        <source>No listening in the last 14 days, so no projection yet.</source>
        <translation>Nada escuchado en los últimos 14 días, así que aún no hay previsión.</translation>
    </message>
    <message>
        <source>%1 of %2 finished</source>
        <translation>%1 de %2 terminados</translation>
    </message>
    <message>
        <source>all done</source>
        <translation>todo hecho</translation>
    </message>
    <message numerus="yes">
        <source>done in %n day(s) at your pace</source>
        <translation>
            <numerusform>terminado en %n día a tu ritmo</numerusform>
            <numerusform>terminado en %n días a tu ritmo</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: mastery %2 percent, %3</source>
        <translation>%1: dominio del %2 por ciento, %3</translation>
    </message>
    <message numerus="yes">
        <source>At your pace of the last 14 days you finish %1 in %n day(s).</source>
        <translation>
            <numerusform>A tu ritmo de los últimos 14 días terminarás %1 en %n día.</numerusform>
            <numerusform>A tu ritmo de los últimos 14 días terminarás %1 en %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>No topics in the library yet.</source>
        <translation>Todavía no hay temas en la biblioteca.</translation>
    </message>
    <message>
        <source>The newest %1 sessions are shown; Export CSV writes all.</source>
        <translation>Se muestran las %1 sesiones más recientes; «Exportar CSV» las escribe todas.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s).</source>
        <translation>
            <numerusform>%n sesión.</numerusform>
            <numerusform>%n sesiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more topic(s), listened to less, are not shown.</source>
        <translation>
            <numerusform>%n tema más, menos escuchado, no se muestra.</numerusform>
            <numerusform>%n temas más, menos escuchados, no se muestran.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spaced &amp;review for these topics:</source>
        <translation>&amp;Repaso espaciado de estos temas:</translation>
    </message>
    <message>
        <source>Topics with spaced review</source>
        <translation>Temas con repaso espaciado</translation>
    </message>
</context>
<context>
    <name>StudyConnection</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>No hay ninguna base de datos en %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 has no study tables; open it with Earmark once to upgrade it.</source>
        <translation>%1 no tiene tablas de estudio; ábrelo una vez con Earmark para actualizarlo.</translation>
    </message>
</context>
<context>
    <name>StudyController</name>
    <message>
        <source>Up Next</source>
        <translation>A continuación</translation>
    </message>
    <message>
        <source>&amp;Up Next</source>
        <translation>A &amp;continuación</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>Es&amp;tadísticas</translation>
    </message>
    <message>
        <source>Added to Up Next: %1</source>
        <translation>Añadido a «A continuación»: %1</translation>
    </message>
    <message>
        <source>Already in Up Next: %1</source>
        <translation>Ya está en «A continuación»: %1</translation>
    </message>
    <message>
        <source>Plays next: %1</source>
        <translation>Se reproduce a continuación: %1</translation>
    </message>
    <message>
        <source>Next review on %1.</source>
        <translation>Próximo repaso el %1.</translation>
    </message>
    <message>
        <source>Exported the listening history to %1.</source>
        <translation>Historial de escucha exportado a %1.</translation>
    </message>
    <message>
        <source>Cannot export the history: %1</source>
        <translation>No se puede exportar el historial: %1</translation>
    </message>
</context>
<context>
    <name>TranscriptParser</name>
    <message>
        <source>more problems; the rest are not listed</source>
        <translation>más problemas; el resto no se enumera</translation>
    </message>
    <message>
        <source>this is not a text file (NUL byte); expected a transcript</source>
        <translation>no es un archivo de texto (byte NUL); se esperaba una transcripción</translation>
    </message>
    <message>
        <source>not valid UTF-8; read as Latin-1</source>
        <translation>UTF-8 no válido; leído como Latin-1</translation>
    </message>
    <message>
        <source>this is not a text file (NUL character); expected a transcript</source>
        <translation>no es un archivo de texto (carácter NUL); se esperaba una transcripción</translation>
    </message>
    <message>
        <source>text outside a cue (no &quot;--&gt;&quot; timing line before it); skipped</source>
        <translation>texto fuera de un subtítulo (sin línea de tiempo &quot;--&gt;&quot; antes); omitido</translation>
    </message>
    <message>
        <source>expected &quot;WEBVTT&quot; on the first line; read as WebVTT anyway</source>
        <translation>se esperaba &quot;WEBVTT&quot; en la primera línea; leído como WebVTT de todos modos</translation>
    </message>
    <message>
        <source>malformed start time &quot;%1&quot;; expected hh:mm:ss.mmm; cue skipped</source>
        <translation>hora de inicio &quot;%1&quot; mal formada; se esperaba hh:mm:ss.mmm; subtítulo omitido</translation>
    </message>
    <message>
        <source>malformed end time &quot;%1&quot;; expected hh:mm:ss.mmm; cue skipped</source>
        <translation>hora de fin &quot;%1&quot; mal formada; se esperaba hh:mm:ss.mmm; subtítulo omitido</translation>
    </message>
    <message>
        <source>more than %1 cues; the rest are left out</source>
        <translation>más de %1 subtítulos; el resto se omite</translation>
    </message>
    <message>
        <source>the cue ends before it starts; its end is taken as its start</source>
        <translation>el subtítulo termina antes de empezar; se toma su inicio como final</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>error de sintaxis JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;segments&quot;</source>
        <translation>se esperaba un objeto JSON con &quot;segments&quot;</translation>
    </message>
    <message>
        <source>expected a &quot;segments&quot; array</source>
        <translation>se esperaba un array &quot;segments&quot;</translation>
    </message>
    <message>
        <source>a segment must be an object; skipped</source>
        <translation>un segmento debe ser un objeto; omitido</translation>
    </message>
    <message>
        <source>the segment ends before it starts; its end is taken as its start</source>
        <translation>el segmento termina antes de empezar; se toma su inicio como final</translation>
    </message>
    <message>
        <source>a segment needs a &quot;body&quot; string; skipped</source>
        <translation>un segmento necesita un texto &quot;body&quot;; omitido</translation>
    </message>
    <message>
        <source>more than %1 segments; the rest are left out</source>
        <translation>más de %1 segmentos; el resto se omite</translation>
    </message>
    <message>
        <source>a segment needs &quot;%1&quot;; skipped</source>
        <translation>un segmento necesita &quot;%1&quot;; omitido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number of seconds from 0 to %2; skipped</source>
        <translation>&quot;%1&quot; debe ser un número de segundos entre 0 y %2; omitido</translation>
    </message>
    <message>
        <source>the file is too large (%1 MiB); the limit is %2 MiB</source>
        <translation>el archivo es demasiado grande (%1 MiB); el límite es %2 MiB</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Follows playback. Click a line, or pick one with Up and Down and press Enter, to play from there.</source>
        <translation>Sigue la reproducción. Haga clic en una línea, o elíjala con Arriba y Abajo y pulse Intro, para reproducir desde ahí.</translation>
    </message>
</context>
<context>
    <name>UnixSignalWatcher</name>
    <message>
        <source>Cannot create the socket pair for signals: %1</source>
        <translation>No se puede crear el par de sockets para las señales: %1</translation>
    </message>
    <message>
        <source>Signal %1 cannot be watched.</source>
        <translation>No se puede vigilar la señal %1.</translation>
    </message>
    <message>
        <source>Cannot handle signal %1: %2</source>
        <translation>No se puede gestionar la señal %1: %2</translation>
    </message>
</context>
<context>
    <name>UpNextModel</name>
    <message>
        <source>%1, number %2 of %3 in Up Next</source>
        <translation>%1, número %2 de %3 en «A continuación»</translation>
    </message>
</context>
<context>
    <name>UpNextPanel</name>
    <message>
        <source>Up Next</source>
        <translation>A continuación</translation>
    </message>
    <message>
        <source>Episodes to play next, in order. Drag to reorder; Delete removes one; Enter plays it.</source>
        <translation>Episodios que se reproducirán a continuación, en orden. Arrastra para reordenar; Supr quita uno; Intro lo reproduce.</translation>
    </message>
    <message>
        <source>Nothing queued. Add episodes with Q (at the end) or Shift+Q (next), or from a card&apos;s menu.</source>
        <translation>No hay nada en cola. Añade episodios con Q (al final) o Mayús+Q (a continuación), o desde el menú de una tarjeta.</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>Play the selected queued episode</source>
        <translation>Reproducir el episodio en cola seleccionado</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected episode from Up Next</source>
        <translation>Quitar el episodio seleccionado de «A continuación»</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vaciar</translation>
    </message>
    <message>
        <source>Clear Up Next</source>
        <translation>Vaciar «A continuación»</translation>
    </message>
</context>
<context>
    <name>UpNextQueue</name>
    <message>
        <source>Cannot read the Up Next queue: %1</source>
        <translation>No se puede leer la cola «A continuación»: %1</translation>
    </message>
    <message>
        <source>The Up Next queue is not open.</source>
        <translation>La cola «A continuación» no está abierta.</translation>
    </message>
    <message>
        <source>Cannot save the Up Next queue: %1</source>
        <translation>No se puede guardar la cola «A continuación»: %1</translation>
    </message>
</context>
<context>
    <name>XmlInput</name>
    <message>
        <source>the document is larger than %1 MiB; refused</source>
        <translation>el documento supera los %1 MiB; se rechaza</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;; read as UTF-8</source>
        <translation>codificación desconocida «%1»; se lee como UTF-8</translation>
    </message>
    <message>
        <source>not valid UTF-8; the document is read as windows-1252</source>
        <translation>UTF-8 no válido; el documento se lee como windows-1252</translation>
    </message>
    <message>
        <source>white space before the XML declaration; ignored</source>
        <translation>espacio en blanco antes de la declaración XML; se ignora</translation>
    </message>
    <message>
        <source>namespace prefixes used without a declaration: %1; read as the well-known namespaces</source>
        <translation>prefijos de espacio de nombres usados sin declaración: %1; se leen como los espacios de nombres conocidos</translation>
    </message>
    <message>
        <source>unescaped &apos;&amp;&apos;; read as &quot;&amp;amp;&quot;</source>
        <translation>«&amp;» sin escapar; se lee como «&amp;amp;»</translation>
    </message>
    <message numerus="yes">
        <source>%n more unescaped &apos;&amp;&apos; read as &quot;&amp;amp;&quot;</source>
        <translation>
            <numerusform>%n «&amp;» más sin escapar leído como «&amp;amp;»</numerusform>
            <numerusform>%n «&amp;» más sin escapar leídos como «&amp;amp;»</numerusform>
        </translation>
    </message>
</context>
</TS>
