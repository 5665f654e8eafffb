<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActivityHeatmap</name>
    <message>
        <source>Activity over the last 26 weeks</source>
        <translation>Activité des 26 dernières semaines</translation>
    </message>
    <message>
        <source>%1: nothing listened</source>
        <translation>%1 : rien écouté</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n minute(s)</source>
        <translation>
            <numerusform>%1 : %n minute</numerusform>
            <numerusform>%1 : %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n épisode</numerusform>
            <numerusform>%n épisodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing listened in the last 26 weeks.</source>
        <translation>Rien écouté ces 26 dernières semaines.</translation>
    </message>
    <message numerus="yes">
        <source>Listened on %n day(s) of the last 26 weeks</source>
        <translation>
            <numerusform>Écouté %n jour sur les 26 dernières semaines</numerusform>
            <numerusform>Écouté %n jours sur les 26 dernières semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) in all</source>
        <translation>
            <numerusform>%n minute en tout</numerusform>
            <numerusform>%n minutes en tout</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most on %1: %n minute(s).</source>
        <translation>
            <numerusform>Le plus le %1 : %n minute.</numerusform>
            <numerusform>Le plus le %1 : %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Moins</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
</context>
<context>
    <name>AddPodcastDialog</name>
    <message>
        <source>Add podcast</source>
        <translation>Ajouter un podcast</translation>
    </message>
    <message>
        <source>&amp;Feed address, web page or feed file:</source>
        <translation>A&amp;dresse du flux, page Web ou fichier de flux&#xa0;:</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Adresse du flux</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose a feed file</source>
        <translation>Choisir un fichier de flux</translation>
    </message>
    <message>
        <source>Feeds (*.xml *.rss *.atom);;All files (*)</source>
        <translation>Flux (*.xml *.rss *.atom);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Podcast artwork</source>
        <translation>Illustration du podcast</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Enter an http or https address, or choose a feed file.</source>
        <translation>Saisissez une adresse http ou https, ou choisissez un fichier de flux.</translation>
    </message>
    <message>
        <source>Fetching the feed…</source>
        <translation>Récupération du flux…</translation>
    </message>
    <message numerus="yes">
        <source>You already subscribe to this podcast (%n episode(s)).</source>
        <translation>
            <numerusform>Vous êtes déjà abonné à ce podcast (%n épisode).</numerusform>
            <numerusform>Vous êtes déjà abonné à ce podcast (%n épisodes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added, with %n episode(s).</source>
        <translation>
            <numerusform>Ajouté, avec %n épisode.</numerusform>
            <numerusform>Ajouté, avec %n épisodes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Earmark cannot start</source>
        <translation>Earmark ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created. Choose another one with --data-dir.</source>
        <translation>Impossible de créer le dossier de données %1. Choisissez-en un autre avec --data-dir.</translation>
    </message>
    <message>
        <source>Catalog problems</source>
        <translation>Problèmes du catalogue</translation>
    </message>
    <message numerus="yes">
        <source>Some catalog entries could not be loaded. The other episodes are available.

%n problem(s) found.</source>
        <translation>
            <numerusform>Certaines entrées du catalogue n’ont pas pu être chargées. Les autres épisodes sont disponibles.

%n problème trouvé.</numerusform>
            <numerusform>Certaines entrées du catalogue n’ont pas pu être chargées. Les autres épisodes sont disponibles.

%n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the progress database</source>
        <translation>Impossible d’ouvrir la base de données de progression</translation>
    </message>
    <message>
        <source>Progress database damaged</source>
        <translation>Base de données de progression endommagée</translation>
    </message>
    <message>
        <source>The progress database was damaged and could not be used. It was moved aside, untouched, to
%1
and a new, empty one was started.</source>
        <translation>La base de données de progression était endommagée et n’a pas pu être utilisée. Elle a été mise de côté, intacte, dans
%1
et une nouvelle base vide a été créée.</translation>
    </message>
    <message>
        <source>Refresh cancelled.</source>
        <translation>Actualisation annulée.</translation>
    </message>
    <message>
        <source>There are no podcasts to refresh.</source>
        <translation>Aucun podcast à actualiser.</translation>
    </message>
    <message>
        <source>Import subscriptions</source>
        <translation>Importer des abonnements</translation>
    </message>
    <message numerus="yes">
        <source>%n podcast(s) added</source>
        <translation>
            <numerusform>%n podcast ajouté</numerusform>
            <numerusform>%n podcasts ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n déjà présent</numerusform>
            <numerusform>%n déjà présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Se désabonner</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from %1? Its %n episode(s) leave the library; what you listened to is kept in your history.</source>
        <translation>
            <numerusform>Se désabonner de %1&#xa0;? %n épisode quittera la bibliothèque&#xa0;; ce que vous avez écouté reste dans votre historique.</numerusform>
            <numerusform>Se désabonner de %1&#xa0;? Ses %n épisodes quitteront la bibliothèque&#xa0;; ce que vous avez écouté reste dans votre historique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsubscribed from %1.</source>
        <translation>Désabonné de %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not an http(s) feed address, skipped</source>
        <translation>%1&#xa0;: pas une adresse de flux http(s), ignorée</translation>
    </message>
    <message>
        <source>%1 lists no podcast feeds.</source>
        <translation>%1 ne contient aucun flux de podcast.</translation>
    </message>
    <message>
        <source>Earmark subscriptions</source>
        <translation>Abonnements Earmark</translation>
    </message>
    <message>
        <source>Export subscriptions</source>
        <translation>Exporter les abonnements</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n subscription(s) to %1.</source>
        <translation>
            <numerusform>%n abonnement exporté dans %1.</numerusform>
            <numerusform>%n abonnements exportés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress is not being saved</source>
        <translation>La progression n’est pas enregistrée</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Your progress is back as it was in %1.
The progress from before the restore was backed up to
%2</source>
        <translation>Votre progression est revenue à l’état de %1.
La progression d’avant la restauration a été sauvegardée dans
%2</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Sauvegarde non restaurée</translation>
    </message>
    <message numerus="yes">
        <source>Added %1: %n episode(s).</source>
        <translation>
            <numerusform>%1 ajouté&#xa0;: %n épisode.</numerusform>
            <numerusform>%1 ajouté&#xa0;: %n épisodes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>%1 is already in the library.</source>
        <translation>%1 est déjà dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Analyse de %1…</translation>
    </message>
    <message>
        <source>Add catalog</source>
        <translation>Ajouter un catalogue</translation>
    </message>
    <message>
        <source>%1 was not added: it has no episode that can be used.</source>
        <translation>%1 n’a pas été ajouté&#xa0;: il ne contient aucun épisode utilisable.</translation>
    </message>
    <message>
        <source>Removed %1 from the library; your progress is kept.</source>
        <translation>%1 retiré de la bibliothèque&#xa0;; votre progression est conservée.</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) deleted.</source>
        <translation>
            <numerusform>%n téléchargement supprimé.</numerusform>
            <numerusform>%n téléchargements supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudioTagReader</name>
    <message>
        <source>the file cannot be read (no permission)</source>
        <translation>le fichier ne peut pas être lu (permission refusée)</translation>
    </message>
    <message>
        <source>not a valid %1 file: no audio stream found</source>
        <translation>fichier %1 non valide : aucun flux audio trouvé</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message numerus="yes">
        <source>%1: valid, %n episode(s)</source>
        <translation>
            <numerusform>%1 : valide, %n épisode</numerusform>
            <numerusform>%1 : valide, %n épisodes</numerusform>
        </translation>
    </message>
    <message>
        <source>missing required field %1</source>
        <translation>champ obligatoire %1 manquant</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>chaîne attendue, %1 reçu</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected a format version like &quot;1.0&quot;, got %1</source>
        <translation>version de format du type &quot;1.0&quot; attendue, %1 reçu</translation>
    </message>
    <message>
        <source>catalog format %1 is newer than this version of Earmark reads (%2.x); update Earmark to open this catalog</source>
        <translation>le format de catalogue %1 est plus récent que ce que lit cette version d’Earmark (%2.x) ; mettez Earmark à jour pour ouvrir ce catalogue</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>tableau attendu, %1 reçu</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>objet attendu, %1 reçu</translation>
    </message>
    <message>
        <source>duplicate topic id %1</source>
        <translation>identifiant de thème %1 en double</translation>
    </message>
    <message>
        <source>duplicate episode id %1; first defined at line %2</source>
        <translation>identifiant d’épisode %1 en double ; défini d’abord à la ligne %2</translation>
    </message>
    <message>
        <source>expected a number of seconds, got %1</source>
        <translation>nombre de secondes attendu, %1 reçu</translation>
    </message>
    <message>
        <source>must not be negative, got %1</source>
        <translation>ne doit pas être négatif, %1 reçu</translation>
    </message>
    <message>
        <source>is too large (%1 seconds)</source>
        <translation>est trop grand (%1 secondes)</translation>
    </message>
    <message>
        <source>%1 is not a valid date; expected YYYY-MM-DD</source>
        <translation>%1 n’est pas une date valide ; format attendu : YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unknown topic %1</source>
        <translation>thème inconnu %1</translation>
    </message>
    <message>
        <source>expected an array of strings, got %1</source>
        <translation>tableau de chaînes attendu, %1 reçu</translation>
    </message>
    <message>
        <source>expected a whole number from 1 up, got %1</source>
        <translation>nombre entier supérieur ou égal à 1 attendu, %1 reçu</translation>
    </message>
    <message>
        <source>unsupported URL scheme %1; use a relative path or an http(s) or file URL</source>
        <translation>schéma d’URL %1 non pris en charge ; utilisez un chemin relatif ou une URL http(s) ou file</translation>
    </message>
    <message>
        <source>%1 is not a valid URL</source>
        <translation>%1 n’est pas une URL valide</translation>
    </message>
    <message>
        <source>is a directory, not a catalog file</source>
        <translation>est un dossier, pas un fichier de catalogue</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>ouverture impossible : %1</translation>
    </message>
    <message>
        <source>the file is too large (%1 MiB); the limit is %2 MiB</source>
        <translation>le fichier est trop volumineux (%1 Mio) ; la limite est de %2 Mio</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>duplicate episode id %1; already defined in %2:%3</source>
        <translation>identifiant d’épisode %1 en double ; déjà défini dans %2:%3</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation>le fichier est vide ; un objet JSON est attendu</translation>
    </message>
    <message>
        <source>this is not a text file (NUL byte); expected JSON</source>
        <translation>ce n’est pas un fichier texte (octet NUL) ; du JSON est attendu</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>erreur de syntaxe JSON : %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, got an array</source>
        <translation>objet JSON attendu au niveau supérieur, tableau reçu</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found</source>
        <translation>
            <numerusform>%1 : %n problème trouvé</numerusform>
            <numerusform>%1 : %n problèmes trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) usable</source>
        <translation>
            <numerusform>%n épisode utilisable</numerusform>
            <numerusform>%n épisodes utilisables</numerusform>
        </translation>
    </message>
    <message>
        <source>unsupported transcript type %1; expected text/vtt, application/x-subrip, application/json, text/html or text/plain</source>
        <translation>type de transcription %1 non pris en charge ; attendu : text/vtt, application/x-subrip, application/json, text/html ou text/plain</translation>
    </message>
    <message>
        <source>given without a &quot;transcript&quot;</source>
        <translation>donné sans &quot;transcript&quot;</translation>
    </message>
    <message>
        <source>expected seconds or a time like &quot;MM:SS&quot; or &quot;H:MM:SS&quot;, got %1</source>
        <translation>secondes ou heure comme &quot;MM:SS&quot; ou &quot;H:MM:SS&quot; attendues, %1 reçu</translation>
    </message>
    <message>
        <source>expected a number of seconds or a time string, got %1</source>
        <translation>nombre de secondes ou chaîne horaire attendu, %1 reçu</translation>
    </message>
    <message>
        <source>expected an array of chapters, got %1</source>
        <translation>tableau de chapitres attendu, %1 reçu</translation>
    </message>
    <message>
        <source>expected an object with &quot;start&quot; and &quot;title&quot;, got %1</source>
        <translation>objet avec &quot;start&quot; et &quot;title&quot; attendu, %1 reçu</translation>
    </message>
    <message>
        <source>starts at the same time as chapters[%1]</source>
        <translation>commence au même moment que chapters[%1]</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not listed</source>
        <translation>
            <numerusform>%n autre problème non listé</numerusform>
            <numerusform>%n autres problèmes non listés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChapterListParser</name>
    <message>
        <source>the file is too large (%1 MiB); the limit is %2 MiB</source>
        <translation>le fichier est trop volumineux (%1 Mio) ; la limite est de %2 Mio</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object with &quot;chapters&quot;</source>
        <translation>le fichier est vide ; un objet JSON avec « chapters » est attendu</translation>
    </message>
    <message>
        <source>this is not a text file (NUL byte); expected JSON</source>
        <translation>ce n’est pas un fichier texte (octet NUL) ; du JSON est attendu</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>erreur de syntaxe JSON : %1</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;chapters&quot;</source>
        <translation>un objet JSON avec « chapters » est attendu</translation>
    </message>
    <message>
        <source>expected a &quot;chapters&quot; array</source>
        <translation>un tableau « chapters » est attendu</translation>
    </message>
    <message>
        <source>more than %1 chapters; the rest are left out</source>
        <translation>plus de %1 chapitres ; les suivants sont ignorés</translation>
    </message>
    <message>
        <source>a chapter must be an object; skipped</source>
        <translation>un chapitre doit être un objet ; ignoré</translation>
    </message>
    <message>
        <source>a chapter needs &quot;startTime&quot;; skipped</source>
        <translation>un chapitre doit avoir « startTime » ; ignoré</translation>
    </message>
    <message>
        <source>&quot;startTime&quot; must be a number of seconds from 0 to %1; skipped</source>
        <translation>« startTime » doit être un nombre de secondes entre 0 et %1 ; ignoré</translation>
    </message>
    <message>
        <source>a chapter needs a &quot;title&quot; text; skipped</source>
        <translation>un chapitre doit avoir un texte « title » ; ignoré</translation>
    </message>
    <message>
        <source>more problems; the rest are not listed</source>
        <translation>d’autres problèmes ; les suivants ne sont pas listés</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Add the episodes of catalog FILE to the bundled ones (repeatable).</source>
        <translation>Ajouter les épisodes du catalogue FICHIER à ceux fournis (répétable).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Keep the progress database and settings in DIR (default: %1).</source>
        <translation>Conserver la base de données de progression et les réglages dans DOSSIER (par défaut : %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Validate catalog FILE, print each problem as FILE:LINE:COLUMN: message and exit: 0 valid, 1 problems found, 2 unreadable.</source>
        <translation>Valider le catalogue FICHIER, afficher chaque problème sous la forme FICHIER:LIGNE:COLONNE: message et quitter : 0 valide, 1 problèmes trouvés, 2 illisible.</translation>
    </message>
    <message>
        <source>Write listening progress and history as JSON to FILE (- for standard output) and exit.</source>
        <translation>Écrire la progression d’écoute et l’historique en JSON dans FICHIER (- pour la sortie standard) et quitter.</translation>
    </message>
    <message>
        <source>Merge progress from a JSON export in FILE (newest change per episode wins), print what changed and exit.</source>
        <translation>Fusionner la progression d’un export JSON dans FICHIER (la modification la plus récente de chaque épisode l’emporte), afficher les changements et quitter.</translation>
    </message>
    <message>
        <source>Earmark: study AI-training concepts by ear. Browse, play and track short audio overviews.</source>
        <translation>Earmark : apprenez les concepts de l’entraînement d’IA à l’oreille. Parcourez, écoutez et suivez de courts résumés audio.</translation>
    </message>
    <message>
        <source>Use language CODE (de, fr, es, en) instead of the system&apos;s or the one chosen in the settings.</source>
        <translation>Utiliser la langue CODE (de, fr, es, en) au lieu de celle du système ou de celle choisie dans les réglages.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Print the loaded episodes, one a line (id, title, duration in seconds, published, tags, topic, audio URL), tab-separated, and exit.</source>
        <translation>Afficher les épisodes chargés, un par ligne (identifiant, titre, durée en secondes, date de publication, étiquettes, thème, URL audio), séparés par des tabulations, et quitter.</translation>
    </message>
    <message>
        <source>Subscribe to the podcast feed at URL (http, https) or in FILE, fetch it, print its title and episode count and exit (repeatable).</source>
        <translation>S’abonner au flux de podcast à l’URL (http, https) ou dans FICHIER, le récupérer, afficher son titre et son nombre d’épisodes, puis quitter (répétable).</translation>
    </message>
    <message>
        <source>URL_OR_FILE</source>
        <translation>URL_OU_FICHIER</translation>
    </message>
    <message>
        <source>Refresh every podcast, print what changed and exit.</source>
        <translation>Actualiser tous les podcasts, afficher les changements et quitter.</translation>
    </message>
    <message>
        <source>Subscribe to every feed of the OPML file FILE and exit.</source>
        <translation>S’abonner à tous les flux du fichier OPML FICHIER et quitter.</translation>
    </message>
    <message>
        <source>Write the subscriptions as OPML to FILE (- for standard output) and exit.</source>
        <translation>Écrire les abonnements au format OPML dans FICHIER (- pour la sortie standard) et quitter.</translation>
    </message>
    <message>
        <source>Play with engine NAME: gstreamer (keeps the pitch at every speed, the default) or qtmultimedia, instead of the one chosen in the settings.</source>
        <translation>Lire avec le moteur NAME&#xa0;: gstreamer (garde la hauteur du son à toutes les vitesses, par défaut) ou qtmultimedia, au lieu de celui choisi dans les réglages.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Replace the progress database with the backup in FILE (a path, or a name in the backups folder of the data directory); the current one is backed up first. Then exit.</source>
        <translation>Remplacer la base de progression par la sauvegarde FICHIER (un chemin, ou un nom dans le dossier des sauvegardes du dossier de données) ; l’actuelle est d’abord sauvegardée. Puis quitter.</translation>
    </message>
    <message>
        <source>Add the audio files under folder DIR to the library, remembered for the next starts, print its episode count and exit (repeatable).</source>
        <translation>Ajouter les fichiers audio du dossier DOSSIER à la bibliothèque, mémorisés pour les prochains démarrages, afficher le nombre d’épisodes et quitter (répétable).</translation>
    </message>
    <message>
        <source>Add catalog FILE to the library, remembered for the next starts (unlike --catalog), print its episode count and exit (repeatable).</source>
        <translation>Ajouter le catalogue FICHIER à la bibliothèque, mémorisé pour les prochains démarrages (contrairement à --catalog), afficher le nombre d’épisodes et quitter (répétable).</translation>
    </message>
    <message>
        <source>Write the study notes as FORMAT (markdown or anki) to FILE, given after the option, and exit. Markdown to a folder (an existing one, or FILE ending in /) writes one file per episode; anki writes the notes marked as flashcards.</source>
        <translation>Écrire les notes d&apos;étude au FORMAT (markdown ou anki) dans FICHIER, indiqué après l&apos;option, puis quitter. Markdown vers un dossier (existant, ou FICHIER terminé par /) écrit un fichier par épisode ; anki écrit les notes marquées comme cartes.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Download episode ID (see --list) into the data directory, resuming an interrupted download, print the file and exit: 0 when complete (repeatable).</source>
        <translation>Télécharger l’épisode ID (voir --list) dans le dossier de données, en reprenant un téléchargement interrompu, afficher le fichier et quitter : 0 s’il est complet (répétable).</translation>
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
        <translation>Impossible de créer le dossier de sauvegarde %1.</translation>
    </message>
    <message>
        <source>Cannot back up %1 to %2: %3</source>
        <translation>Impossible de sauvegarder %1 dans %2 : %3</translation>
    </message>
    <message>
        <source>Cannot back up %1: %2 could not be renamed to %3.</source>
        <translation>Impossible de sauvegarder %1 : %2 n’a pas pu être renommé en %3.</translation>
    </message>
    <message>
        <source>%1 is not a usable backup: %2</source>
        <translation>%1 n’est pas une sauvegarde utilisable : %2</translation>
    </message>
    <message>
        <source>Nothing was restored: the current data could not be backed up first. %1</source>
        <translation>Rien n’a été restauré : les données actuelles n’ont pas pu être sauvegardées d’abord. %1</translation>
    </message>
    <message>
        <source>Cannot open %1 to restore into it: %2</source>
        <translation>Impossible d’ouvrir %1 pour y restaurer : %2</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>Impossible de restaurer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot restore %1 into %2: %3</source>
        <translation>Impossible de restaurer %1 dans %2 : %3</translation>
    </message>
</context>
<context>
    <name>DownloadBadge</name>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Paused %1%</source>
        <translation>En pause %1 %</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Échec du téléchargement</translation>
    </message>
    <message>
        <source>Waiting to download.</source>
        <translation>En attente de téléchargement.</translation>
    </message>
    <message>
        <source>Downloaded %1 of %2.</source>
        <translation>%1 sur %2 téléchargés.</translation>
    </message>
    <message>
        <source>Downloaded %1.</source>
        <translation>%1 téléchargés.</translation>
    </message>
    <message>
        <source>Downloaded: plays from disk.</source>
        <translation>Téléchargé : lu depuis le disque.</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>Échec du téléchargement : %1</translation>
    </message>
</context>
<context>
    <name>DownloadCommands</name>
    <message>
        <source>No episode has the id %1 (see --list).</source>
        <translation>Aucun épisode n’a l’identifiant %1 (voir --list).</translation>
    </message>
    <message>
        <source>%1 is not on the web (%2): there is nothing to download.</source>
        <translation>%1 n’est pas sur le Web (%2) : il n’y a rien à télécharger.</translation>
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
        <translation>Téléchargements arrêtés : %1</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <source>Pa&amp;use download</source>
        <translation>Mettre le téléchargement en pa&amp;use</translation>
    </message>
    <message>
        <source>Cancel do&amp;wnload</source>
        <translation>A&amp;nnuler le téléchargement</translation>
    </message>
    <message>
        <source>Resume do&amp;wnload</source>
        <translation>Reprendre le télé&amp;chargement</translation>
    </message>
    <message>
        <source>Re&amp;try download</source>
        <translation>Réessa&amp;yer le téléchargement</translation>
    </message>
    <message>
        <source>&amp;Delete download</source>
        <translation>&amp;Supprimer le téléchargement</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) queued for download.</source>
        <translation>
            <numerusform>%n épisode mis en file de téléchargement.</numerusform>
            <numerusform>%n épisodes mis en file de téléchargement.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All episodes</source>
        <translation>&amp;Tous les épisodes</translation>
    </message>
    <message>
        <source>All &amp;unfinished episodes</source>
        <translation>Tous les épisodes &amp;non terminés</translation>
    </message>
    <message>
        <source>The &amp;newest…</source>
        <translation>Les plus &amp;récents…</translation>
    </message>
    <message>
        <source>Download the newest episodes</source>
        <translation>Télécharger les épisodes les plus récents</translation>
    </message>
    <message>
        <source>How many of the newest episodes?</source>
        <translation>Combien des épisodes les plus récents ?</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <source>Cannot delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
</context>
<context>
    <name>DownloadStore</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>Il n’y a pas de base de données à %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 has no download tables; open it with Earmark once to upgrade it.</source>
        <translation>%1 n’a pas de tables de téléchargement ; ouvrez-le une fois avec Earmark pour le mettre à niveau.</translation>
    </message>
    <message>
        <source>The download store is not open.</source>
        <translation>Le stockage des téléchargements n’est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>DownloadTransfer</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Another Earmark is downloading this episode.</source>
        <translation>Un autre Earmark télécharge cet épisode.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>The disk is full: %1 cannot be written.</source>
        <translation>Le disque est plein : impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>The server does not send the file consistently.</source>
        <translation>Le serveur n’envoie pas le fichier de façon cohérente.</translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation>Le serveur a répondu %1 %2.</translation>
    </message>
    <message>
        <source>The download broke off: %1</source>
        <translation>Le téléchargement s’est interrompu : %1</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Le serveur a répondu %1.</translation>
    </message>
    <message>
        <source>The server sent %1 of %2 bytes.</source>
        <translation>Le serveur a envoyé %1 octets sur %2.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into place: %2</source>
        <translation>Impossible de mettre %1 en place : %2</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Retrying: %1</source>
        <translation>Nouvel essai : %1</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Each download with its state, progress, speed and remaining size.</source>
        <translation>Chaque téléchargement avec son état, sa progression, sa vitesse et la taille restante.</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Épisode</translation>
    </message>
    <message>
        <source>Podcast or topic</source>
        <translation>Podcast ou thème</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>État des téléchargements</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the selected download</source>
        <translation>Mettre en pause le téléchargement sélectionné</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Resume or retry the selected download</source>
        <translation>Reprendre ou réessayer le téléchargement sélectionné</translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation>A&amp;nnuler le téléchargement</translation>
    </message>
    <message>
        <source>Cancel the selected download</source>
        <translation>Annuler le téléchargement sélectionné</translation>
    </message>
    <message>
        <source>Pause &amp;all</source>
        <translation>Tout mettre en pa&amp;use</translation>
    </message>
    <message>
        <source>Pause all downloads</source>
        <translation>Mettre tous les téléchargements en pause</translation>
    </message>
    <message>
        <source>Resume a&amp;ll</source>
        <translation>Tout &amp;reprendre</translation>
    </message>
    <message>
        <source>Resume all downloads</source>
        <translation>Reprendre tous les téléchargements</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>Tout annuler</translation>
    </message>
    <message>
        <source>Cancel all unfinished downloads</source>
        <translation>Annuler tous les téléchargements inachevés</translation>
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
        <translation>Téléchargé : %1</translation>
    </message>
    <message>
        <source>Downloads stopped: %1 Make room, then press Resume all.</source>
        <translation>Téléchargements arrêtés : %1 Libérez de la place, puis appuyez sur « Tout reprendre ».</translation>
    </message>
    <message>
        <source>Close the downloads</source>
        <translation>Fermer les téléchargements</translation>
    </message>
</context>
<context>
    <name>DownloadsPreferences</name>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Downloads at once</source>
        <translation>Téléchargements simultanés</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days after finishing</source>
        <translation>Jours après la fin</translation>
    </message>
    <message>
        <source>Space taken by downloads</source>
        <translation>Place occupée par les téléchargements</translation>
    </message>
    <message>
        <source>&amp;Delete downloads of finished episodes</source>
        <translation>&amp;Supprimer les téléchargements des épisodes terminés</translation>
    </message>
    <message>
        <source>Delete downloads of finished episodes</source>
        <translation>Supprimer les téléchargements des épisodes terminés</translation>
    </message>
    <message>
        <source>Your progress and history stay.</source>
        <translation>Votre progression et votre historique sont conservés.</translation>
    </message>
    <message>
        <source>Downloads &amp;at once:</source>
        <translation>Téléchargements &amp;simultanés :</translation>
    </message>
    <message>
        <source>On disk:</source>
        <translation>Sur le disque :</translation>
    </message>
    <message>
        <source>Delete downloads of finished episodes af&amp;ter</source>
        <translation>Supprimer les téléchargements des épisodes terminés &amp;après</translation>
    </message>
</context>
<context>
    <name>DurationProbe</name>
    <message>
        <source>Timed out while reading the audio length.</source>
        <translation>Délai dépassé lors de la lecture de la durée audio.</translation>
    </message>
    <message>
        <source>The audio cannot be read.</source>
        <translation>Impossible de lire l’audio.</translation>
    </message>
    <message>
        <source>The audio file is missing: %1</source>
        <translation>Le fichier audio est introuvable : %1</translation>
    </message>
</context>
<context>
    <name>EmbeddedChapterReader</name>
    <message>
        <source>%1: cannot read the time &quot;%2&quot;</source>
        <translation>%1 : impossible de lire l’heure « %2 »</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>not an audio file the tag reader knows</source>
        <translation>pas un fichier audio que le lecteur de balises connaît</translation>
    </message>
</context>
<context>
    <name>EpisodeCardDelegate</name>
    <message>
        <source>Audio error</source>
        <translation>Erreur audio</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>Now playing</source>
        <translation>En cours de lecture</translation>
    </message>
    <message>
        <source>Show episodes tagged %1</source>
        <translation>Afficher les épisodes avec l’étiquette %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
</context>
<context>
    <name>EpisodeFilterModel</name>
    <message>
        <source>Found in the transcript</source>
        <translation>Trouvé dans la transcription</translation>
    </message>
    <message>
        <source>Found in transcript: %1</source>
        <translation>Trouvé dans la transcription : %1</translation>
    </message>
    <message>
        <source>Found in the show notes</source>
        <translation>Trouvé dans les notes de l’épisode</translation>
    </message>
    <message>
        <source>Found in show notes: %1</source>
        <translation>Trouvé dans les notes de l’épisode : %1</translation>
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
        <translation>pas commencé</translation>
    </message>
    <message>
        <source>in progress, %1% listened</source>
        <translation>en cours, %1 % écouté</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>now playing</source>
        <translation>en cours de lecture</translation>
    </message>
    <message>
        <source>audio error: %1</source>
        <translation>erreur audio : %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
</context>
<context>
    <name>EpisodeNotesView</name>
    <message>
        <source>Notes of this episode</source>
        <translation>Notes de cet épisode</translation>
    </message>
    <message>
        <source>No notes yet. Press B while listening to bookmark the last half minute, Shift+B to write a note.</source>
        <translation>Pas encore de notes. Pendant l&apos;écoute, B marque la dernière demi-minute, Maj+B ouvre une note.</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Ajouter une note</translation>
    </message>
    <message>
        <source>Add a note without a time</source>
        <translation>Ajouter une note sans moment précis</translation>
    </message>
    <message>
        <source>Play clip</source>
        <translation>Écouter l&apos;extrait</translation>
    </message>
    <message>
        <source>Play this clip</source>
        <translation>Écouter cet extrait</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the note</source>
        <translation>Supprimer la note</translation>
    </message>
</context>
<context>
    <name>EpisodePage</name>
    <message>
        <source>Episode page</source>
        <translation>Page de l’épisode</translation>
    </message>
    <message>
        <source>Show notes</source>
        <translation>Notes de l’épisode</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapitres</translation>
    </message>
    <message>
        <source>Enter or a click plays from the chapter&apos;s start.</source>
        <translation>Entrée ou un clic lit depuis le début du chapitre.</translation>
    </message>
    <message>
        <source>No chapters.</source>
        <translation>Aucun chapitre.</translation>
    </message>
    <message>
        <source>Find in the transcript</source>
        <translation>Rechercher dans la transcription</translation>
    </message>
    <message>
        <source>Close the find field</source>
        <translation>Fermer le champ de recherche</translation>
    </message>
    <message>
        <source>Show &amp;notes</source>
        <translation>&amp;Notes de l’épisode</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Transcription</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <source>Back to the episodes (Esc, Alt+Left)</source>
        <translation>Retour aux épisodes (Échap, Alt+Gauche)</translation>
    </message>
    <message>
        <source>Back to the episodes</source>
        <translation>Retour aux épisodes</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Loading the transcript…</source>
        <translation>Chargement de la transcription…</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes : %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>%1 of %2 listened</source>
        <translation>%1 sur %2 écoutés</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>En lecture</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Play again</source>
        <translation>&amp;Relire</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>%1: the transcript is on the web and was not downloaded</source>
        <translation>%1 : la transcription est sur le web et n’a pas été téléchargée</translation>
    </message>
    <message>
        <source>No transcript for this episode.</source>
        <translation>Pas de transcription pour cet épisode.</translation>
    </message>
    <message>
        <source>%1 (playing)</source>
        <translation>%1 (en lecture)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>&amp;Chapters</source>
        <translation>&amp;Chapitres</translation>
    </message>
</context>
<context>
    <name>ExportNotesDialog</name>
    <message>
        <source>Export notes</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d&apos;export</translation>
    </message>
    <message>
        <source>Markdown (Obsidian, Logseq)</source>
        <translation>Markdown (Obsidian, Logseq)</translation>
    </message>
    <message>
        <source>Anki flashcards (text file)</source>
        <translation>Cartes Anki (fichier texte)</translation>
    </message>
    <message>
        <source>One file for all episodes</source>
        <translation>Un fichier pour tous les épisodes</translation>
    </message>
    <message>
        <source>One file per episode, in a folder</source>
        <translation>Un fichier par épisode, dans un dossier</translation>
    </message>
    <message>
        <source>One file per episode</source>
        <translation>Un fichier par épisode</translation>
    </message>
    <message>
        <source>File or folder to export to</source>
        <translation>Fichier ou dossier de destination</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the file or folder</source>
        <translation>Choisir le fichier ou le dossier</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export the notes</source>
        <translation>Exporter les notes</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s), %1 marked as flashcards.</source>
        <translation>
            <numerusform>%n note, dont %1 marquées comme cartes.</numerusform>
            <numerusform>%n notes, dont %1 marquées comme cartes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export notes to folder</source>
        <translation>Exporter les notes dans un dossier</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Choose where to export to.</source>
        <translation>Choisissez où exporter.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
</context>
<context>
    <name>FeedFetcher</name>
    <message>
        <source>The feed is larger than %1 and was refused.</source>
        <translation>Le flux dépasse %1 et a été refusé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le serveur n’a pas répondu dans un délai de %n seconde.</numerusform>
            <numerusform>Le serveur n’a pas répondu dans un délai de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a feed address: %1</source>
        <translation>Ce n’est pas une adresse de flux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The server redirected to an address that is not a feed address.</source>
        <translation>Le serveur a redirigé vers une adresse qui n’est pas une adresse de flux.</translation>
    </message>
    <message>
        <source>The server redirects in a loop (at %1).</source>
        <translation>Le serveur redirige en boucle (à l’adresse %1).</translation>
    </message>
    <message numerus="yes">
        <source>The server redirected more than %n time(s).</source>
        <translation>
            <numerusform>Le serveur a redirigé plus de %n fois.</numerusform>
            <numerusform>Le serveur a redirigé plus de %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2.</source>
        <translation>Le serveur a répondu HTTP %1 %2.</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>elements nested deeper than %1</source>
        <translation>éléments imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>cannot read the URL &quot;%1&quot;; ignored</source>
        <translation>impossible de lire l’URL « %1 » ; ignorée</translation>
    </message>
    <message>
        <source>a feed from the web may only point at http and https URLs; &quot;%1&quot; ignored</source>
        <translation>un flux venu du Web ne peut pointer que vers des URL http et https ; « %1 » ignorée</translation>
    </message>
    <message>
        <source>too many problems; no more are listed</source>
        <translation>trop de problèmes ; les suivants ne sont pas listés</translation>
    </message>
    <message>
        <source>unknown entity &quot;&amp;%1;&quot;; kept as text</source>
        <translation>entité inconnue « &amp;%1; » ; conservée telle quelle</translation>
    </message>
    <message>
        <source>HTML entity &quot;&amp;%1;&quot; is not defined in XML; read as &quot;%2&quot;</source>
        <translation>l’entité HTML « &amp;%1; » n’est pas définie en XML ; lue comme « %2 »</translation>
    </message>
    <message>
        <source>this is a web page, not a feed, and it links no feed</source>
        <translation>c’est une page Web, pas un flux, et elle ne renvoie vers aucun flux</translation>
    </message>
    <message>
        <source>not a podcast feed: the document is &lt;%1&gt;, expected &lt;rss&gt; or an Atom &lt;feed&gt;</source>
        <translation>pas un flux de podcast : le document est &lt;%1&gt;, &lt;rss&gt; ou un &lt;feed&gt; Atom attendu</translation>
    </message>
    <message numerus="yes">
        <source>the document ends too early (truncated?); %n item(s) read before</source>
        <translation>
            <numerusform>le document se termine trop tôt (tronqué ?) ; %n élément lu avant</numerusform>
            <numerusform>le document se termine trop tôt (tronqué ?) ; %n éléments lus avant</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the chapter start &quot;%1&quot;; chapter ignored</source>
        <translation>impossible de lire le début de chapitre « %1 » ; chapitre ignoré</translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot;; left empty</source>
        <translation>impossible de lire la date « %1 » ; laissée vide</translation>
    </message>
    <message>
        <source>cannot read the duration &quot;%1&quot;; left empty</source>
        <translation>impossible de lire la durée « %1 » ; laissée vide</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>le document est vide</translation>
    </message>
</context>
<context>
    <name>FolderScanner</name>
    <message>
        <source>not a regular file (a pipe, socket or device)</source>
        <translation>pas un fichier ordinaire (un tube, un socket ou un périphérique)</translation>
    </message>
    <message>
        <source>a link to a file that does not exist</source>
        <translation>un lien vers un fichier qui n’existe pas</translation>
    </message>
    <message>
        <source>the file cannot be read (no permission)</source>
        <translation>le fichier ne peut pas être lu (permission refusée)</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>pas un dossier</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>dossier introuvable</translation>
    </message>
    <message>
        <source>the folder cannot be read (no permission)</source>
        <translation>le dossier ne peut pas être lu (permission refusée)</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>le fichier est vide (0 octet)</translation>
    </message>
</context>
<context>
    <name>GoalIndicator</name>
    <message>
        <source>Daily goal</source>
        <translation>Objectif quotidien</translation>
    </message>
    <message>
        <source>%1 / %2 min</source>
        <translation>%1 / %2 min</translation>
    </message>
    <message numerus="yes">
        <source>Daily goal reached: %n minute(s) listened today.</source>
        <translation>
            <numerusform>Objectif quotidien atteint : %n minute écoutée aujourd’hui.</numerusform>
            <numerusform>Objectif quotidien atteint : %n minutes écoutées aujourd’hui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n minute(s) listened today toward the daily goal.</source>
        <translation>
            <numerusform>%1 sur %n minute de l’objectif quotidien écoutée aujourd’hui.</numerusform>
            <numerusform>%1 sur %n minutes de l’objectif quotidien écoutées aujourd’hui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s).</source>
        <translation>
            <numerusform>Série : %n jour.</numerusform>
            <numerusform>Série : %n jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GstPlayEngine</name>
    <message>
        <source>The audio cannot be read.</source>
        <translation>L’audio ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>JsonLimits</name>
    <message>
        <source>a string longer than %1 MiB; refused to keep memory bounded</source>
        <translation>une chaîne de plus de %1 Mio ; refusé pour limiter la mémoire</translation>
    </message>
    <message>
        <source>more than %1 arrays and objects; refused to keep memory bounded</source>
        <translation>plus de %1 tableaux et objets ; refusé pour limiter la mémoire</translation>
    </message>
    <message>
        <source>more than %1 values; refused to keep memory bounded</source>
        <translation>plus de %1 valeurs ; refusé pour limiter la mémoire</translation>
    </message>
</context>
<context>
    <name>LibraryTreeModel</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>All episodes</source>
        <translation>Tous les épisodes</translation>
    </message>
    <message>
        <source>Continue listening</source>
        <translation>Reprendre l’écoute</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencés</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminés</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n episode(s)</source>
        <translation>
            <numerusform>%1, %n épisode</numerusform>
            <numerusform>%1, %n épisodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n episode(s) finished</source>
        <translation>
            <numerusform>%1, %2 sur %n épisode terminé</numerusform>
            <numerusform>%1, %2 sur %n épisodes terminés</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Podcasts</source>
        <translation>Podcasts</translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>Échec de la dernière actualisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n note(s)</source>
        <translation>
            <numerusform>%1, %n note</numerusform>
            <numerusform>%1, %n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
</context>
<context>
    <name>ListeningStatistics</name>
    <message>
        <source>Cannot read the listening statistics: %1</source>
        <translation>Impossible de lire les statistiques d’écoute : %1</translation>
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
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Topics and tags with finished and total episode counts. Select one to filter the episodes; Ctrl-click several tags to see episodes that carry all of them.</source>
        <translation>Thèmes et étiquettes avec le nombre d’épisodes terminés et le total. Sélectionnez-en un pour filtrer les épisodes ; Ctrl+clic sur plusieurs étiquettes affiche les épisodes qui les portent toutes.</translation>
    </message>
    <message>
        <source>Search episodes</source>
        <translation>Rechercher des épisodes</translation>
    </message>
    <message>
        <source>Sort episodes</source>
        <translation>Trier les épisodes</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récents d’abord</translation>
    </message>
    <message>
        <source>Course order</source>
        <translation>Ordre du cours</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Recently played</source>
        <translation>Écoutés récemment</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>&amp;Trier&#xa0;:</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Épisodes</translation>
    </message>
    <message>
        <source>Episode cards. Enter plays the selected episode; the context menu has more.</source>
        <translation>Cartes d’épisodes. Entrée lit l’épisode sélectionné ; le menu contextuel propose d’autres actions.</translation>
    </message>
    <message>
        <source>No episodes match</source>
        <translation>Aucun épisode ne correspond</translation>
    </message>
    <message>
        <source>Try other words, or remove a filter to see more episodes.</source>
        <translation>Essayez d’autres mots ou retirez un filtre pour voir plus d’épisodes.</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Earmark</source>
        <translation>À &amp;propos d’Earmark</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
    <message>
        <source>Continue listening</source>
        <translation>Reprendre l’écoute</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencés</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminés</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n episode(s)</source>
        <translation>
            <numerusform>%1 sur %n épisode</numerusform>
            <numerusform>%1 sur %n épisodes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>Mark as &amp;unfinished</source>
        <translation>Marquer comme &amp;non terminé</translation>
    </message>
    <message>
        <source>Mark as &amp;finished</source>
        <translation>Marquer comme &amp;terminé</translation>
    </message>
    <message>
        <source>&amp;Reset progress</source>
        <translation>&amp;Réinitialiser la progression</translation>
    </message>
    <message>
        <source>&amp;Copy title</source>
        <translation>&amp;Copier le titre</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Down (in search)</source>
        <translation>Bas (dans la recherche)</translation>
    </message>
    <message>
        <source>Move to the first episode</source>
        <translation>Aller au premier épisode</translation>
    </message>
    <message>
        <source>Up (on the first episode)</source>
        <translation>Haut (sur le premier épisode)</translation>
    </message>
    <message>
        <source>Back to the search field</source>
        <translation>Revenir au champ de recherche</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Play the selected episode</source>
        <translation>Lire l’épisode sélectionné</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Play or pause (not while typing)</source>
        <translation>Lecture ou pause (pas pendant la saisie)</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>Gauche / Droite</translation>
    </message>
    <message>
        <source>Back 10 s / forward 30 s</source>
        <translation>Reculer de 10 s / avancer de 30 s</translation>
    </message>
    <message>
        <source>Slower / faster</source>
        <translation>Plus lent / plus rapide</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>Next / previous episode</source>
        <translation>Épisode suivant / précédent</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>About Earmark</source>
        <translation>À propos d’Earmark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Earmark %1&lt;/h3&gt;&lt;p&gt;Study AI-training concepts by ear: short audio overviews, browsed by topic and tag, with your listening progress kept.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Earmark %1&lt;/h3&gt;&lt;p&gt;Apprenez les concepts de l’entraînement d’IA à l’oreille : de courts résumés audio, classés par thème et par étiquette, avec votre progression d’écoute conservée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Episodes shown</source>
        <translation>Épisodes affichés</translation>
    </message>
    <message>
        <source>Removes the search words and tree selection</source>
        <translation>Efface les mots recherchés et la sélection dans l’arborescence</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Progression de l’actualisation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the refresh</source>
        <translation>Annuler l’actualisation</translation>
    </message>
    <message>
        <source>Add &amp;podcast…</source>
        <translation>Ajouter un &amp;podcast…</translation>
    </message>
    <message>
        <source>&amp;Import subscriptions…</source>
        <translation>&amp;Importer des abonnements…</translation>
    </message>
    <message>
        <source>Import subscriptions</source>
        <translation>Importer des abonnements</translation>
    </message>
    <message>
        <source>OPML subscription lists (*.opml *.xml);;All files (*)</source>
        <translation>Listes d’abonnements OPML (*.opml *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Export subscriptions…</source>
        <translation>&amp;Exporter les abonnements…</translation>
    </message>
    <message>
        <source>Export subscriptions</source>
        <translation>Exporter les abonnements</translation>
    </message>
    <message>
        <source>OPML subscription lists (*.opml)</source>
        <translation>Listes d’abonnements OPML (*.opml)</translation>
    </message>
    <message>
        <source>&amp;Refresh podcasts</source>
        <translation>A&amp;ctualiser les podcasts</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %1 of %n podcast(s)</source>
        <translation>
            <numerusform>Actualisation&#xa0;: %1 sur %n podcast</numerusform>
            <numerusform>Actualisation&#xa0;: %1 sur %n podcasts</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Mark all as &amp;finished</source>
        <translation>Tout marquer comme &amp;terminé</translation>
    </message>
    <message>
        <source>Copy feed &amp;URL</source>
        <translation>Copier l’&amp;URL du flux</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>Se &amp;désabonner…</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <source>Add a podcast</source>
        <translation>Ajouter un podcast</translation>
    </message>
    <message>
        <source>Refresh podcasts</source>
        <translation>Actualiser les podcasts</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <source>Add &amp;catalog…</source>
        <translation>Ajouter un &amp;catalogue…</translation>
    </message>
    <message>
        <source>Add catalog</source>
        <translation>Ajouter un catalogue</translation>
    </message>
    <message>
        <source>Earmark catalogs (*.json);;All files (*)</source>
        <translation>Catalogues Earmark (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Remove folder from library</source>
        <translation>&amp;Retirer le dossier de la bibliothèque</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <source>Add a catalog file</source>
        <translation>Ajouter un fichier catalogue</translation>
    </message>
    <message>
        <source>Export &amp;notes…</source>
        <translation>Exporter les &amp;notes…</translation>
    </message>
    <message>
        <source>Bookmark the last 30 seconds (not while typing)</source>
        <translation>Marquer les 30 dernières secondes (pas pendant la saisie)</translation>
    </message>
    <message>
        <source>Write a note on the last 30 seconds</source>
        <translation>Écrire une note sur les 30 dernières secondes</translation>
    </message>
    <message>
        <source>Undo the last bookmark or deleted note</source>
        <translation>Annuler le dernier signet ou la dernière note supprimée</translation>
    </message>
    <message>
        <source>Search episodes, show notes and transcripts (Ctrl+F)</source>
        <translation>Rechercher dans les épisodes, les notes et les transcriptions (Ctrl+F)</translation>
    </message>
    <message>
        <source>Words in any order, matched against title, summary and tags, or as the start of words in show notes and transcripts. Press Down to move to the first episode.</source>
        <translation>Des mots dans n’importe quel ordre, cherchés dans le titre, le résumé et les étiquettes, ou comme début de mot dans les notes et les transcriptions. Appuyez sur Bas pour aller au premier épisode.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Play ne&amp;xt</source>
        <translation>Lire ensuite (&amp;x)</translation>
    </message>
    <message>
        <source>Add to Up &amp;Next</source>
        <translation>Ajouter à « À &amp;suivre »</translation>
    </message>
    <message>
        <source>Add the selected episode to Up Next</source>
        <translation>Ajouter l’épisode choisi à « À suivre »</translation>
    </message>
    <message>
        <source>Play the selected episode next</source>
        <translation>Lire l’épisode choisi ensuite</translation>
    </message>
    <message>
        <source>Show or hide Up Next</source>
        <translation>Afficher ou masquer « À suivre »</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>&amp;Episode page</source>
        <translation>Page de l’é&amp;pisode</translation>
    </message>
    <message>
        <source>&amp;Open episode page</source>
        <translation>&amp;Ouvrir la page de l’épisode</translation>
    </message>
    <message>
        <source>Open the episode page of the selected episode</source>
        <translation>Ouvrir la page de l’épisode sélectionné</translation>
    </message>
    <message>
        <source>Esc, Alt+Left</source>
        <translation>Échap, Alt+Gauche</translation>
    </message>
    <message>
        <source>Episode page: back to the episodes</source>
        <translation>Page de l’épisode : retour aux épisodes</translation>
    </message>
    <message>
        <source> (on the page)</source>
        <translation> (sur la page)</translation>
    </message>
    <message>
        <source>Find in the transcript (Enter: next, Shift+Enter: previous)</source>
        <translation>Rechercher dans la transcription (Entrée : suivant, Maj+Entrée : précédent)</translation>
    </message>
    <message>
        <source>Up / Down, Enter (in the transcript)</source>
        <translation>Haut / Bas, Entrée (dans la transcription)</translation>
    </message>
    <message>
        <source>Pick a line, play from there</source>
        <translation>Choisir une ligne, lire à partir de là</translation>
    </message>
    <message>
        <source>Next chapter / start of the chapter (twice: previous chapter)</source>
        <translation>Chapitre suivant / début du chapitre (deux fois : chapitre précédent)</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Téléchargements</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Show or hide the Notes panel</source>
        <translation>Afficher ou masquer le panneau des notes</translation>
    </message>
</context>
<context>
    <name>NoteEditorDialog</name>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Transcript of the bookmark</source>
        <translation>Transcription du signet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What did you learn? (Markdown: **bold**, *italic*, - lists)</source>
        <translation>Qu&apos;avez-vous appris ? (Markdown : **gras**, *italique*, - listes)</translation>
    </message>
    <message>
        <source>Make &amp;flashcard</source>
        <translation>Créer une &amp;carte</translation>
    </message>
    <message>
        <source>Make flashcard</source>
        <translation>Créer une carte</translation>
    </message>
    <message>
        <source>Flashcard front</source>
        <translation>Recto de la carte</translation>
    </message>
    <message>
        <source>The question (empty: the note&apos;s first line)</source>
        <translation>La question (vide : la première ligne de la note)</translation>
    </message>
    <message>
        <source>Flashcard back</source>
        <translation>Verso de la carte</translation>
    </message>
    <message>
        <source>The answer (empty: the rest of the note)</source>
        <translation>La réponse (vide : le reste de la note)</translation>
    </message>
    <message>
        <source>Front:</source>
        <translation>Recto :</translation>
    </message>
    <message>
        <source>Back:</source>
        <translation>Verso :</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <source>Discard the note</source>
        <translation>Abandonner la note</translation>
    </message>
</context>
<context>
    <name>NotesAnkiExporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>NotesCommands</name>
    <message>
        <source>--export-notes: unknown format &quot;%1&quot;; use markdown or anki</source>
        <translation>--export-notes : format « %1 » inconnu ; utilisez markdown ou anki</translation>
    </message>
    <message>
        <source>--export-notes: give the file to write after the format</source>
        <translation>--export-notes : indiquez le fichier à écrire après le format</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n flashcard(s) to %1.</source>
        <translation>
            <numerusform>%n carte exportée vers %1.</numerusform>
            <numerusform>%n cartes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>%n note exportée vers %1.</numerusform>
            <numerusform>%n notes exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <source>A note you were writing was recovered.</source>
        <translation>Une note que vous étiez en train d&apos;écrire a été récupérée.</translation>
    </message>
    <message>
        <source>The bookmark could not be saved: %1</source>
        <translation>Le signet n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Bookmark removed.</source>
        <translation>Signet supprimé.</translation>
    </message>
    <message>
        <source>Bookmarked %1–%2. %3 undoes it, Shift+B adds a note.</source>
        <translation>Signet %1–%2 posé. %3 l&apos;annule, Maj+B ajoute une note.</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>La note n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Note enregistrée.</translation>
    </message>
    <message>
        <source>Note restored.</source>
        <translation>Note restaurée.</translation>
    </message>
    <message>
        <source>Note deleted. %1 undoes it.</source>
        <translation>Note supprimée. %1 l&apos;annule.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>Click a note to play its clip; press Enter to edit it.</source>
        <translation>Cliquez sur une note pour écouter son extrait ; Entrée la modifie.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes of the episode</source>
        <translation>Notes de l&apos;épisode</translation>
    </message>
    <message>
        <source>Play an episode to bookmark it.</source>
        <translation>Écoutez un épisode pour y poser un signet.</translation>
    </message>
    <message>
        <source>&amp;Notes panel</source>
        <translation>Panneau des &amp;notes</translation>
    </message>
</context>
<context>
    <name>NotesListModel</name>
    <message>
        <source>Bookmark</source>
        <translation>Signet</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>NotesMarkdownExporter</name>
    <message>
        <source>Earmark notes</source>
        <translation>Notes Earmark</translation>
    </message>
    <message>
        <source>Podcast: %1</source>
        <translation>Podcast : %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>NotesStore</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>Il n’y a pas de base de données dans %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 has no notes table; open it with Earmark once to upgrade it.</source>
        <translation>%1 n&apos;a pas de table de notes ; ouvrez-le une fois avec Earmark pour le mettre à niveau.</translation>
    </message>
    <message>
        <source>The note is no longer there.</source>
        <translation>La note n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A note needs an episode.</source>
        <translation>Une note a besoin d&apos;un épisode.</translation>
    </message>
</context>
<context>
    <name>OpmlReader</name>
    <message>
        <source>unknown entity &quot;&amp;%1;&quot;; kept as text</source>
        <translation>entité inconnue « &amp;%1; » ; conservée telle quelle</translation>
    </message>
    <message>
        <source>HTML entity &quot;&amp;%1;&quot; is not defined in XML; read as &quot;%2&quot;</source>
        <translation>l’entité HTML « &amp;%1; » n’est pas définie en XML ; lue comme « %2 »</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>le document est vide</translation>
    </message>
    <message>
        <source>an outline of type &quot;rss&quot; without an xmlUrl; skipped</source>
        <translation>un outline de type « rss » sans xmlUrl ; ignoré</translation>
    </message>
    <message>
        <source>elements nested deeper than %1</source>
        <translation>éléments imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>not an OPML file: the document is &lt;%1&gt;, expected &lt;opml&gt;</source>
        <translation>pas un fichier OPML : le document est &lt;%1&gt;, &lt;opml&gt; attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a feed URL; skipped</source>
        <translation>« %1 » n’est pas une URL de flux ; ignorée</translation>
    </message>
    <message>
        <source>the same feed as the outline on line %1; kept once</source>
        <translation>le même flux que l’outline de la ligne %1 ; gardé une seule fois</translation>
    </message>
    <message numerus="yes">
        <source>the document ends too early (truncated?); %n subscription(s) read before</source>
        <translation>
            <numerusform>le document se termine trop tôt (tronqué ?) ; %n abonnement lu avant</numerusform>
            <numerusform>le document se termine trop tôt (tronqué ?) ; %n abonnements lus avant</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybackController</name>
    <message>
        <source>“%1” has no audio.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas d’audio.</translation>
    </message>
    <message>
        <source>The audio file of “%1” is missing: %2</source>
        <translation>Le fichier audio de «&#xa0;%1&#xa0;» est introuvable : %2</translation>
    </message>
    <message>
        <source>The audio of “%1” cannot be played.</source>
        <translation>Impossible de lire l’audio de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The audio of “%1” is in a format that cannot be played (%2).</source>
        <translation>L’audio de «&#xa0;%1&#xa0;» est dans un format qui ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>Could not download the audio of “%1”: %2</source>
        <translation>Impossible de télécharger l’audio de «&#xa0;%1&#xa0;» : %2</translation>
    </message>
    <message>
        <source>Not allowed to read the audio of “%1”: %2</source>
        <translation>Accès refusé à l’audio de «&#xa0;%1&#xa0;» : %2</translation>
    </message>
    <message>
        <source>Could not play the audio of “%1”: %2</source>
        <translation>Impossible de lire l’audio de «&#xa0;%1&#xa0;» : %2</translation>
    </message>
</context>
<context>
    <name>PlaybackEngineFactory</name>
    <message>
        <source>GStreamer (keeps the pitch at every speed)</source>
        <translation>GStreamer (garde la hauteur du son à toutes les vitesses)</translation>
    </message>
    <message>
        <source>Qt Multimedia (keeps the pitch at every speed)</source>
        <translation>Qt Multimedia (garde la hauteur du son à toutes les vitesses)</translation>
    </message>
    <message>
        <source>Qt Multimedia (the pitch follows the speed)</source>
        <translation>Qt Multimedia (la hauteur du son suit la vitesse)</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <source>Player</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Now playing</source>
        <translation>En cours de lecture</translation>
    </message>
    <message>
        <source>Playback error</source>
        <translation>Erreur de lecture</translation>
    </message>
    <message>
        <source>Sleep timer</source>
        <translation>Minuterie de mise en veille</translation>
    </message>
    <message>
        <source>Previous episode</source>
        <translation>Épisode précédent</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Reculer</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <source>Next episode</source>
        <translation>Épisode suivant</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Remaining time</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Position in the episode</source>
        <translation>Position dans l’épisode</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Minuterie</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Vitesse&#xa0;:</translation>
    </message>
    <message>
        <source>Custom playback speed</source>
        <translation>Vitesse de lecture personnalisée</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>At the end of the episode</source>
        <translation>À la fin de l’épisode</translation>
    </message>
    <message>
        <source>Cancel the sleep timer</source>
        <translation>Annuler la minuterie</translation>
    </message>
    <message>
        <source>Nothing playing — pick an episode</source>
        <translation>Aucune lecture en cours — choisissez un épisode</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Rétablir le son</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Playback speed: %1</source>
        <translation>Vitesse de lecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sleep at the end of the episode</source>
        <translation>Arrêt à la fin de l’épisode</translation>
    </message>
    <message>
        <source>Sleep in %1</source>
        <translation>Arrêt dans %1</translation>
    </message>
    <message numerus="yes">
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>Dans %n minute</numerusform>
            <numerusform>Dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back %n second(s)</source>
        <translation>
            <numerusform>Reculer de %n seconde</numerusform>
            <numerusform>Reculer de %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forward %n second(s)</source>
        <translation>
            <numerusform>Avancer de %n seconde</numerusform>
            <numerusform>Avancer de %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>The pitch rises with the speed (see Preferences)</source>
        <translation>La hauteur du son monte avec la vitesse (voir Préférences)</translation>
    </message>
    <message>
        <source>Bookmark the last 30 seconds (B)</source>
        <translation>Marquer les 30 dernières secondes (B)</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Signet</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapitre</translation>
    </message>
    <message>
        <source>Chapter: %1</source>
        <translation>Chapitre : %1</translation>
    </message>
    <message>
        <source>From disk</source>
        <translation>Depuis le disque</translation>
    </message>
    <message>
        <source>Plays from disk</source>
        <translation>Lu depuis le disque</translation>
    </message>
    <message>
        <source>The episode plays from a file on this computer.</source>
        <translation>L’épisode est lu depuis un fichier de cet ordinateur.</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>En streaming</translation>
    </message>
    <message>
        <source>Streams from the web</source>
        <translation>Diffusé depuis le Web</translation>
    </message>
    <message>
        <source>The episode streams from the web; download it to listen offline.</source>
        <translation>L’épisode est diffusé depuis le Web ; téléchargez-le pour l’écouter hors ligne.</translation>
    </message>
</context>
<context>
    <name>PodcastCommands</name>
    <message>
        <source>%1 is neither an http(s) address nor a feed file.</source>
        <translation>%1 n’est ni une adresse http(s) ni un fichier de flux.</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n épisode</numerusform>
            <numerusform>%n épisodes</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>not modified</source>
        <translation>non modifié</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not an http(s) feed address, skipped</source>
        <translation>%1&#xa0;: pas une adresse de flux http(s), ignorée</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n déjà présent</numerusform>
            <numerusform>%n déjà présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Earmark subscriptions</source>
        <translation>Abonnements Earmark</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>impossible d’écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n subscription(s) to %1.</source>
        <translation>
            <numerusform>%n abonnement exporté dans %1.</numerusform>
            <numerusform>%n abonnements exportés dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PodcastPropertiesDialog</name>
    <message>
        <source>Properties of %1</source>
        <translation>Propriétés de %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Feed address:</source>
        <translation>Adresse du flux&#xa0;:</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Adresse du flux</translation>
    </message>
    <message>
        <source>Web page:</source>
        <translation>Page Web&#xa0;:</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page Web</translation>
    </message>
    <message>
        <source>Episodes:</source>
        <translation>Épisodes&#xa0;:</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Épisodes</translation>
    </message>
    <message>
        <source>Subscribed:</source>
        <translation>Abonné depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonné depuis</translation>
    </message>
    <message>
        <source>Last refresh:</source>
        <translation>Dernière actualisation&#xa0;:</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Dernière actualisation</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Result of the last refresh</source>
        <translation>Résultat de la dernière actualisation</translation>
    </message>
    <message>
        <source>&amp;Refresh automatically</source>
        <translation>&amp;Actualiser automatiquement</translation>
    </message>
    <message>
        <source>&amp;Download new episodes automatically</source>
        <translation>&amp;Télécharger automatiquement les nouveaux épisodes</translation>
    </message>
    <message>
        <source>After each refresh, the episodes it brought are downloaded for offline listening.</source>
        <translation>Après chaque actualisation, les épisodes apportés sont téléchargés pour une écoute hors ligne.</translation>
    </message>
</context>
<context>
    <name>PodcastRefresher</name>
    <message>
        <source>%1 is a web page, not a feed.</source>
        <translation>%1 est une page Web, pas un flux.</translation>
    </message>
    <message>
        <source>%1: not a podcast feed.</source>
        <translation>%1&#xa0;: pas un flux de podcast.</translation>
    </message>
</context>
<context>
    <name>PodcastStore</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>Il n’y a pas de base de données dans %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no podcast tables; open it with Earmark once to upgrade it.</source>
        <translation>%1 n’a pas de tables de podcasts&#xa0;; ouvrez-le une fois avec Earmark pour le mettre à niveau.</translation>
    </message>
    <message>
        <source>No such podcast: %1</source>
        <translation>Podcast introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Another subscription already has the address %1.</source>
        <translation>Un autre abonnement a déjà l’adresse %1.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Skip back</source>
        <translation>Reculer</translation>
    </message>
    <message>
        <source>Skip forward</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <source>Count as finished</source>
        <translation>Considérer comme terminé</translation>
    </message>
    <message>
        <source>An episode counts as finished when less than this remains.</source>
        <translation>Un épisode est considéré comme terminé quand il en reste moins que cette durée.</translation>
    </message>
    <message>
        <source>&amp;Play the next unfinished episode when one ends</source>
        <translation>À la fin d’un épisode, lire le sui&amp;vant non terminé</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Skip &amp;back:</source>
        <translation>&amp;Reculer de&#xa0;:</translation>
    </message>
    <message>
        <source>Skip &amp;forward:</source>
        <translation>&amp;Avancer de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Count as finished with less than:</source>
        <translation>Terminé s’il reste &amp;moins de&#xa0;:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Refresh podcasts every</source>
        <translation>Actualiser les podcasts toutes les</translation>
    </message>
    <message>
        <source>Hours between automatic refreshes of the podcasts; 0 refreshes only on request.</source>
        <translation>Nombre d’heures entre deux actualisations automatiques des podcasts&#xa0;; 0 n’actualise que sur demande.</translation>
    </message>
    <message>
        <source>&amp;Refresh podcasts every:</source>
        <translation>A&amp;ctualiser les podcasts toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Playback engine</source>
        <translation>Moteur de lecture</translation>
    </message>
    <message>
        <source>In use: %1.</source>
        <translation>Utilisé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Switches when you press OK; the episode goes on where it was.</source>
        <translation>Change dès que vous appuyez sur OK&#xa0;; l’épisode reprend là où il en était.</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>Sortie audio</translation>
    </message>
    <message>
        <source>The system&apos;s default output</source>
        <translation>La sortie par défaut du système</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (non connecté)</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Moteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>&amp;Sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Sources in the library</source>
        <translation>Sources de la bibliothèque</translation>
    </message>
    <message>
        <source>Catalog files, folders and podcasts you added. Removing a catalog or folder keeps your progress; removing a podcast unsubscribes from it.</source>
        <translation>Fichiers catalogue, dossiers et podcasts que vous avez ajoutés. Retirer un catalogue ou un dossier conserve votre progression&#xa0;; retirer un podcast vous en désabonne.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected source</source>
        <translation>Retirer la source sélectionnée</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Podcast</source>
        <translation>Podcast</translation>
    </message>
    <message>
        <source>Nothing added yet: File &gt; Add folder…, Add catalog…, Add podcast…</source>
        <translation>Rien d’ajouté pour l’instant&#xa0;: Fichier &gt; Ajouter un dossier…, Ajouter un catalogue…, Ajouter un podcast…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Daily listening goal in minutes</source>
        <translation>Objectif d’écoute quotidien en minutes</translation>
    </message>
    <message>
        <source>&amp;Daily goal:</source>
        <translation>Objectif &amp;quotidien :</translation>
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
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>added: position %1</source>
        <translation>ajouté : position %1</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>position %1 -&gt; %2</source>
        <translation>position %1 -&gt; %2</translation>
    </message>
    <message>
        <source>duration %1 -&gt; %2</source>
        <translation>durée %1 -&gt; %2</translation>
    </message>
    <message>
        <source>finished %1 -&gt; %2</source>
        <translation>terminé %1 -&gt; %2</translation>
    </message>
    <message>
        <source>times played %1 -&gt; %2</source>
        <translation>lectures %1 -&gt; %2</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>dates</translation>
    </message>
    <message>
        <source>updated: %1</source>
        <translation>mis à jour : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n session ajoutée</numerusform>
            <numerusform>%n sessions ajoutées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was damaged. It was moved aside to %2 and an empty progress database was started; run the command again to use it.</source>
        <translation>%1 était endommagé. Il a été mis de côté dans %2 et une base de données de progression vide a été créée ; relancez la commande pour l’utiliser.</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>impossible d’écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported the progress of %n episode(s) to %1.</source>
        <translation>
            <numerusform>Progression de %n épisode exportée dans %1.</numerusform>
            <numerusform>Progression de %n épisodes exportée dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>another Earmark is using %1; quit it, then import again.</source>
        <translation>une autre instance d’Earmark utilise %1 ; quittez-la, puis relancez l’import.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n episode(s) changed</source>
        <translation>
            <numerusform>%1 : %n épisode modifié</numerusform>
            <numerusform>%1 : %n épisodes modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n déjà à jour</numerusform>
            <numerusform>%n déjà à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>another Earmark is using %1; quit it and restore again, or use File &gt; Restore from backup in its window.</source>
        <translation>un autre Earmark utilise %1 ; quittez-le puis restaurez à nouveau, ou utilisez Fichier &gt; Restaurer une sauvegarde dans sa fenêtre.</translation>
    </message>
    <message numerus="yes">
        <source>Restored the progress of %n episode(s) from %1.</source>
        <translation>
            <numerusform>Progression de %n épisode restaurée depuis %1.</numerusform>
            <numerusform>Progression de %n épisodes restaurée depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The progress before was backed up to %1.</source>
        <translation>La progression précédente a été sauvegardée dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) added or updated</source>
        <translation>
            <numerusform>%n note ajoutée ou mise à jour</numerusform>
            <numerusform>%n notes ajoutées ou mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>review schedule: %n change(s)</source>
        <translation>
            <numerusform>calendrier de révision : %n modification</numerusform>
            <numerusform>calendrier de révision : %n modifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressJson</name>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>doit être un nombre entier, 0 ou plus</translation>
    </message>
    <message>
        <source>must be a number greater than 0</source>
        <translation>doit être un nombre supérieur à 0</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time%1</source>
        <translation>doit être une date et heure ISO 8601%1</translation>
    </message>
    <message>
        <source> or null</source>
        <translation> ou null</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON non valide à la position %1 : %2</translation>
    </message>
    <message>
        <source>not an Earmark progress export (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>pas un export de progression Earmark (&quot;format&quot; doit valoir &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>export format version %1 is not supported (this Earmark reads up to %2)</source>
        <translation>la version %1 du format d’export n’est pas prise en charge (cette version d’Earmark lit jusqu’à la %2)</translation>
    </message>
    <message>
        <source>episodes: must be an array</source>
        <translation>episodes : doit être un tableau</translation>
    </message>
    <message>
        <source>: must be an object</source>
        <translation> : doit être un objet</translation>
    </message>
    <message>
        <source>.id: must not be empty</source>
        <translation>.id : ne doit pas être vide</translation>
    </message>
    <message>
        <source>.sessions: must be an array</source>
        <translation>.sessions : doit être un tableau</translation>
    </message>
    <message>
        <source>the file is too large (%1 MiB); the limit is %2 MiB</source>
        <translation>le fichier est trop volumineux (%1 Mio) ; la limite est de %2 Mio</translation>
    </message>
    <message>
        <source>refused at offset %1: %2</source>
        <translation>refusé à la position %1 : %2</translation>
    </message>
    <message>
        <source>notes: must be an array</source>
        <translation>notes : doit être un tableau</translation>
    </message>
    <message>
        <source>.episodeId: must not be empty</source>
        <translation>.episodeId : ne doit pas être vide</translation>
    </message>
    <message>
        <source>.endMs: must not be before startMs</source>
        <translation>.endMs : ne doit pas précéder startMs</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Earmark (schema version %2; this one reads up to %3). It was left untouched; update Earmark or use another data directory.</source>
        <translation>%1 a été écrit par une version plus récente d’Earmark (version de schéma %2 ; celle-ci lit jusqu’à la %3). Il n’a pas été modifié ; mettez Earmark à jour ou utilisez un autre dossier de données.</translation>
    </message>
    <message>
        <source>Cannot switch %1 to WAL journal mode: %2</source>
        <translation>Impossible de passer %1 en mode de journalisation WAL : %2</translation>
    </message>
    <message>
        <source>Cannot set up %1: %2</source>
        <translation>Impossible de préparer %1 : %2</translation>
    </message>
    <message>
        <source>There is no progress database at %1.</source>
        <translation>Il n’y a pas de base de données de progression dans %1.</translation>
    </message>
    <message>
        <source>%1 is damaged. Start Earmark with this data directory to move it aside and begin a fresh one.</source>
        <translation>%1 est endommagé. Lancez Earmark avec ce dossier de données pour le mettre de côté et en commencer un nouveau.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Earmark (schema version %2; this one reads up to %3).</source>
        <translation>%1 a été écrit par une version plus récente d’Earmark (version de schéma %2 ; celle-ci lit jusqu’à la %3).</translation>
    </message>
    <message>
        <source>%1 has an older format (schema version %2). Start Earmark with this data directory once to upgrade it.</source>
        <translation>%1 est dans un format plus ancien (version de schéma %2). Lancez Earmark une fois avec ce dossier de données pour le mettre à niveau.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not available.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n’est pas disponible.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is damaged and could not be moved aside to %2. It was left as it is.</source>
        <translation>%1 est endommagé et n’a pas pu être mis de côté dans %2. Il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>%1 is damaged and was moved aside to %2, but %3 could not be moved.</source>
        <translation>%1 est endommagé et a été mis de côté dans %2, mais %3 n’a pas pu être déplacé.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation>Impossible de mettre à niveau %1 : %2</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to schema version %2: %3</source>
        <translation>Impossible de mettre %1 à niveau vers la version de schéma %2 : %3</translation>
    </message>
    <message>
        <source>Cannot prepare a statement on %1: %2</source>
        <translation>Impossible de préparer une requête sur %1 : %2</translation>
    </message>
    <message>
        <source>Cannot %1 in %2: %3</source>
        <translation>Échec de «&#xa0;%1&#xa0;» dans %2 : %3</translation>
    </message>
    <message>
        <source>The progress database is not open.</source>
        <translation>La base de données de progression n’est pas ouverte.</translation>
    </message>
    <message>
        <source>Cannot read progress in %1: %2</source>
        <translation>Impossible de lire la progression dans %1 : %2</translation>
    </message>
    <message>
        <source>A session needs an episode and a start time.</source>
        <translation>Une session nécessite un épisode et une heure de début.</translation>
    </message>
    <message>
        <source>Cannot begin a transaction on %1.</source>
        <translation>Impossible de commencer une transaction sur %1.</translation>
    </message>
    <message>
        <source>Cannot commit the import to %1.</source>
        <translation>Impossible de valider l’import dans %1.</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>Il n’y a pas de fichier de sauvegarde %1.</translation>
    </message>
    <message>
        <source>%1 is not a backup of Earmark&apos;s progress.</source>
        <translation>%1 n’est pas une sauvegarde de la progression d’Earmark.</translation>
    </message>
    <message>
        <source>Cannot copy %1 aside before upgrading it: %2</source>
        <translation>Impossible de copier %1 de côté avant sa mise à niveau : %2</translation>
    </message>
    <message>
        <source>The disk that holds your progress (%1) is full. Earmark keeps playing and saves again as soon as there is space; nothing saved before is lost.</source>
        <translation>Le disque qui contient votre progression (%1) est plein. Earmark continue la lecture et enregistre à nouveau dès qu’il y a de la place ; rien de ce qui a été enregistré n’est perdu.</translation>
    </message>
    <message>
        <source>Your progress cannot be saved: %1 is read-only. Earmark keeps playing and saves again as soon as it can write; nothing saved before is lost.</source>
        <translation>Votre progression ne peut pas être enregistrée : %1 est en lecture seule. Earmark continue la lecture et enregistre à nouveau dès qu’il peut écrire ; rien de ce qui a été enregistré n’est perdu.</translation>
    </message>
    <message>
        <source>Your progress cannot be saved: writing %1 fails (%2). Earmark keeps playing and tries again; nothing saved before is lost.</source>
        <translation>Votre progression ne peut pas être enregistrée : l’écriture de %1 échoue (%2). Earmark continue la lecture et réessaie ; rien de ce qui a été enregistré n’est perdu.</translation>
    </message>
    <message>
        <source>Cannot add a session in %1: %2</source>
        <translation>Impossible d’ajouter une session dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>ReadAlongCache</name>
    <message>
        <source>The file is larger than %1 and was refused.</source>
        <translation>Le fichier dépasse %1 et a été refusé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Not an address Earmark can read: %1</source>
        <translation>Earmark ne sait pas lire cette adresse : %1</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le serveur n’a pas répondu dans un délai de %n seconde.</numerusform>
            <numerusform>Le serveur n’a pas répondu dans un délai de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2.</source>
        <translation>Le serveur a répondu HTTP %1 %2.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>There are no backups yet. Earmark backs up your progress once a day while it runs, and before it upgrades or restores the database.</source>
        <translation>Il n’y a pas encore de sauvegarde. Earmark sauvegarde votre progression une fois par jour pendant qu’il tourne, et avant de mettre à niveau ou de restaurer la base.</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Your progress as it is now is backed up first, so this can be undone.</source>
        <translation>Choisissez la sauvegarde à laquelle revenir. Votre progression actuelle est d’abord sauvegardée : cette opération peut être annulée.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Épisodes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurer la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à niveau</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
</context>
<context>
    <name>ReviewForecastChart</name>
    <message>
        <source>Reviews done and due</source>
        <translation>Révisions faites et à faire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) done in the last 14 days.</source>
        <translation>
            <numerusform>%n révision faite ces 14 derniers jours.</numerusform>
            <numerusform>%n révisions faites ces 14 derniers jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due in the next 14 days.</source>
        <translation>Rien à réviser dans les 14 prochains jours.</translation>
    </message>
    <message>
        <source>Due: %1.</source>
        <translation>À réviser : %1.</translation>
    </message>
    <message>
        <source>Done, last 14 days</source>
        <translation>Faites, 14 derniers jours</translation>
    </message>
    <message>
        <source>Due, next 14 days</source>
        <translation>À faire, 14 prochains jours</translation>
    </message>
</context>
<context>
    <name>ReviewPrompt</name>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>&amp;Acquis</translation>
    </message>
    <message>
        <source>Got it: review again later</source>
        <translation>Acquis : réviser plus tard</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>À &amp;revoir</translation>
    </message>
    <message>
        <source>Again: review again tomorrow</source>
        <translation>À revoir : réviser demain</translation>
    </message>
    <message>
        <source>Review of “%1”: did it stick?</source>
        <translation>Révision de « %1 » : c’est acquis ?</translation>
    </message>
</context>
<context>
    <name>ReviewSchedule</name>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>doit valoir 1</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>doit être un nombre entier de 0 à %1</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>doit être une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time or null</source>
        <translation>doit être une date et une heure ISO 8601 ou null</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time</source>
        <translation>doit être une date et une heure ISO 8601</translation>
    </message>
    <message>
        <source>must be &quot;got-it&quot; or &quot;again&quot;</source>
        <translation>doit être &quot;got-it&quot; ou &quot;again&quot;</translation>
    </message>
    <message>
        <source>Cannot save the review schedule: %1</source>
        <translation>Impossible d’enregistrer le calendrier de révision : %1</translation>
    </message>
    <message>
        <source>Cannot read the review schedule: %1</source>
        <translation>Impossible de lire le calendrier de révision : %1</translation>
    </message>
</context>
<context>
    <name>SessionHistoryModel</name>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Épisode</translation>
    </message>
    <message>
        <source>From–to</source>
        <translation>De–à</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>Cannot write the lock file %1: permission denied.</source>
        <translation>Impossible d’écrire le fichier de verrou %1 : permission refusée.</translation>
    </message>
    <message>
        <source>Cannot take the lock %1.</source>
        <translation>Impossible d’obtenir le verrou %1.</translation>
    </message>
    <message>
        <source>Another Earmark uses %1 but does not answer.</source>
        <translation>Une autre instance d’Earmark utilise %1 mais ne répond pas.</translation>
    </message>
</context>
<context>
    <name>SourceCommands</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>impossible de créer le dossier de données %1</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n épisode</numerusform>
            <numerusform>%n épisodes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no usable episode; not added.</source>
        <translation>%1 ne contient aucun épisode utilisable&#xa0;; non ajouté.</translation>
    </message>
</context>
<context>
    <name>SourceLoader</name>
    <message>
        <source>episode id &quot;%1&quot; is already in the library; this one is left out</source>
        <translation>l’identifiant d’épisode «&#xa0;%1&#xa0;» est déjà dans la bibliothèque&#xa0;; celui-ci est ignoré</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Listened</source>
        <translation>Écouté</translation>
    </message>
    <message>
        <source>Media time</source>
        <translation>Durée média</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Average speed</source>
        <translation>Vitesse moyenne</translation>
    </message>
    <message>
        <source>Topics and tags</source>
        <translation>Sujets et étiquettes</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>Filter by episode</source>
        <translation>Filtrer par épisode</translation>
    </message>
    <message>
        <source>Filter the history by episode</source>
        <translation>Filtrer l’historique par épisode</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the history as CSV</source>
        <translation>Exporter l’historique en CSV</translation>
    </message>
    <message>
        <source>Listening history</source>
        <translation>Historique d’écoute</translation>
    </message>
    <message>
        <source>Export listening history</source>
        <translation>Exporter l’historique d’écoute</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
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
        <translation>Calcul de votre écoute…</translation>
    </message>
    <message>
        <source>time listened</source>
        <translation>temps d’écoute</translation>
    </message>
    <message>
        <source>media time</source>
        <translation>durée média</translation>
    </message>
    <message>
        <source>episodes finished</source>
        <translation>épisodes terminés</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>average speed</source>
        <translation>vitesse moyenne</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row with at least %1 minutes</source>
        <translation>
            <numerusform>Série : %n jour d’affilée avec au moins %1 minutes</numerusform>
            <numerusform>Série : %n jours d’affilée avec au moins %1 minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest: %n day(s)</source>
        <translation>
            <numerusform>la plus longue : %n jour</numerusform>
            <numerusform>la plus longue : %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>today&apos;s goal is reached</source>
        <translation>l’objectif du jour est atteint</translation>
    </message>
    <message>
        <source>%1 of %2 minutes today</source>
        <translation>%1 sur %2 minutes aujourd’hui</translation>
    </message>
    <message>
        <source>Your pace over the last 14 days: %1 of recordings a day.</source>
        <translation>Votre rythme des 14 derniers jours : %1 d’enregistrements par jour.</translation>
    </message>
    <message>
        <source>No listening in the last 14 days, so no projection yet.</source>
        <translation>Aucune écoute ces 14 derniers jours, donc pas encore de prévision.</translation>
    </message>
    <message>
        <source>%1 of %2 finished</source>
        <translation>%1 sur %2 terminés</translation>
    </message>
    <message>
        <source>all done</source>
        <translation>tout est fait</translation>
    </message>
    <message numerus="yes">
        <source>done in %n day(s) at your pace</source>
        <translation>
            <numerusform>fini dans %n jour à votre rythme</numerusform>
            <numerusform>fini dans %n jours à votre rythme</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: mastery %2 percent, %3</source>
        <translation>%1 : maîtrise %2 pour cent, %3</translation>
    </message>
    <message numerus="yes">
        <source>At your pace of the last 14 days you finish %1 in %n day(s).</source>
        <translation>
            <numerusform>À votre rythme des 14 derniers jours, vous finirez %1 dans %n jour.</numerusform>
            <numerusform>À votre rythme des 14 derniers jours, vous finirez %1 dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>No topics in the library yet.</source>
        <translation>Aucun sujet dans la bibliothèque pour l’instant.</translation>
    </message>
    <message>
        <source>The newest %1 sessions are shown; Export CSV writes all.</source>
        <translation>Les %1 sessions les plus récentes sont affichées ; « Exporter en CSV » les écrit toutes.</translation>
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
            <numerusform>%n autre sujet, moins écouté, n’est pas affiché.</numerusform>
            <numerusform>%n autres sujets, moins écoutés, ne sont pas affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spaced &amp;review for these topics:</source>
        <translation>&amp;Révision espacée pour ces sujets :</translation>
    </message>
    <message>
        <source>Topics with spaced review</source>
        <translation>Sujets avec révision espacée</translation>
    </message>
</context>
<context>
    <name>StudyConnection</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>Il n’y a pas de base de données à %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 has no study tables; open it with Earmark once to upgrade it.</source>
        <translation>%1 n’a pas de tables d’étude ; ouvrez-le une fois avec Earmark pour le mettre à jour.</translation>
    </message>
</context>
<context>
    <name>StudyController</name>
    <message>
        <source>Up Next</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <source>&amp;Up Next</source>
        <translation>À &amp;suivre</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistiques</translation>
    </message>
    <message>
        <source>Added to Up Next: %1</source>
        <translation>Ajouté à « À suivre » : %1</translation>
    </message>
    <message>
        <source>Already in Up Next: %1</source>
        <translation>Déjà dans « À suivre » : %1</translation>
    </message>
    <message>
        <source>Plays next: %1</source>
        <translation>Lu ensuite : %1</translation>
    </message>
    <message>
        <source>Next review on %1.</source>
        <translation>Prochaine révision le %1.</translation>
    </message>
    <message>
        <source>Exported the listening history to %1.</source>
        <translation>Historique d’écoute exporté vers %1.</translation>
    </message>
    <message>
        <source>Cannot export the history: %1</source>
        <translation>Impossible d’exporter l’historique : %1</translation>
    </message>
</context>
<context>
    <name>TranscriptParser</name>
    <message>
        <source>more problems; the rest are not listed</source>
        <translation>d’autres problèmes ; les suivants ne sont pas listés</translation>
    </message>
    <message>
        <source>this is not a text file (NUL byte); expected a transcript</source>
        <translation>ce n’est pas un fichier texte (octet NUL) ; une transcription est attendue</translation>
    </message>
    <message>
        <source>not valid UTF-8; read as Latin-1</source>
        <translation>UTF-8 non valide ; lu comme Latin-1</translation>
    </message>
    <message>
        <source>this is not a text file (NUL character); expected a transcript</source>
        <translation>ce n’est pas un fichier texte (caractère NUL) ; une transcription est attendue</translation>
    </message>
    <message>
        <source>text outside a cue (no &quot;--&gt;&quot; timing line before it); skipped</source>
        <translation>texte hors d’un sous-titre (aucune ligne de temps « --&gt; » avant) ; ignoré</translation>
    </message>
    <message>
        <source>expected &quot;WEBVTT&quot; on the first line; read as WebVTT anyway</source>
        <translation>« WEBVTT » est attendu à la première ligne ; lu comme WebVTT malgré tout</translation>
    </message>
    <message>
        <source>malformed start time &quot;%1&quot;; expected hh:mm:ss.mmm; cue skipped</source>
        <translation>heure de début « %1 » mal formée ; hh:mm:ss.mmm est attendu ; sous-titre ignoré</translation>
    </message>
    <message>
        <source>malformed end time &quot;%1&quot;; expected hh:mm:ss.mmm; cue skipped</source>
        <translation>heure de fin « %1 » mal formée ; hh:mm:ss.mmm est attendu ; sous-titre ignoré</translation>
    </message>
    <message>
        <source>more than %1 cues; the rest are left out</source>
        <translation>plus de %1 sous-titres ; les suivants sont ignorés</translation>
    </message>
    <message>
        <source>the cue ends before it starts; its end is taken as its start</source>
        <translation>le sous-titre finit avant de commencer ; sa fin est ramenée à son début</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>erreur de syntaxe JSON : %1</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;segments&quot;</source>
        <translation>un objet JSON avec « segments » est attendu</translation>
    </message>
    <message>
        <source>expected a &quot;segments&quot; array</source>
        <translation>un tableau « segments » est attendu</translation>
    </message>
    <message>
        <source>a segment must be an object; skipped</source>
        <translation>un segment doit être un objet ; ignoré</translation>
    </message>
    <message>
        <source>the segment ends before it starts; its end is taken as its start</source>
        <translation>le segment finit avant de commencer ; sa fin est ramenée à son début</translation>
    </message>
    <message>
        <source>a segment needs a &quot;body&quot; string; skipped</source>
        <translation>un segment doit avoir un texte « body » ; ignoré</translation>
    </message>
    <message>
        <source>more than %1 segments; the rest are left out</source>
        <translation>plus de %1 segments ; les suivants sont ignorés</translation>
    </message>
    <message>
        <source>a segment needs &quot;%1&quot;; skipped</source>
        <translation>un segment doit avoir « %1 » ; ignoré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number of seconds from 0 to %2; skipped</source>
        <translation>« %1 » doit être un nombre de secondes entre 0 et %2 ; ignoré</translation>
    </message>
    <message>
        <source>the file is too large (%1 MiB); the limit is %2 MiB</source>
        <translation>le fichier est trop volumineux (%1 Mio) ; la limite est de %2 Mio</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Follows playback. Click a line, or pick one with Up and Down and press Enter, to play from there.</source>
        <translation>Suit la lecture. Cliquez sur une ligne, ou choisissez-la avec Haut et Bas puis Entrée, pour lire à partir de là.</translation>
    </message>
</context>
<context>
    <name>UnixSignalWatcher</name>
    <message>
        <source>Cannot create the socket pair for signals: %1</source>
        <translation>Impossible de créer la paire de sockets pour les signaux : %1</translation>
    </message>
    <message>
        <source>Signal %1 cannot be watched.</source>
        <translation>Le signal %1 ne peut pas être surveillé.</translation>
    </message>
    <message>
        <source>Cannot handle signal %1: %2</source>
        <translation>Impossible de gérer le signal %1 : %2</translation>
    </message>
</context>
<context>
    <name>UpNextModel</name>
    <message>
        <source>%1, number %2 of %3 in Up Next</source>
        <translation>%1, numéro %2 sur %3 dans « À suivre »</translation>
    </message>
</context>
<context>
    <name>UpNextPanel</name>
    <message>
        <source>Up Next</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <source>Episodes to play next, in order. Drag to reorder; Delete removes one; Enter plays it.</source>
        <translation>Épisodes à lire ensuite, dans l’ordre. Glissez pour réordonner ; Suppr en retire un ; Entrée le lit.</translation>
    </message>
    <message>
        <source>Nothing queued. Add episodes with Q (at the end) or Shift+Q (next), or from a card&apos;s menu.</source>
        <translation>Rien en attente. Ajoutez des épisodes avec Q (à la fin) ou Maj+Q (ensuite), ou depuis le menu d’une carte.</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>Play the selected queued episode</source>
        <translation>Lire l’épisode en attente choisi</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected episode from Up Next</source>
        <translation>Retirer l’épisode choisi de « À suivre »</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Clear Up Next</source>
        <translation>Vider « À suivre »</translation>
    </message>
</context>
<context>
    <name>UpNextQueue</name>
    <message>
        <source>Cannot read the Up Next queue: %1</source>
        <translation>Impossible de lire la file « À suivre » : %1</translation>
    </message>
    <message>
        <source>The Up Next queue is not open.</source>
        <translation>La file « À suivre » n’est pas ouverte.</translation>
    </message>
    <message>
        <source>Cannot save the Up Next queue: %1</source>
        <translation>Impossible d’enregistrer la file « À suivre » : %1</translation>
    </message>
</context>
<context>
    <name>XmlInput</name>
    <message>
        <source>the document is larger than %1 MiB; refused</source>
        <translation>le document dépasse %1 Mio ; refusé</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;; read as UTF-8</source>
        <translation>encodage inconnu « %1 » ; lu comme UTF-8</translation>
    </message>
    <message>
        <source>not valid UTF-8; the document is read as windows-1252</source>
        <translation>UTF-8 invalide ; le document est lu comme windows-1252</translation>
    </message>
    <message>
        <source>white space before the XML declaration; ignored</source>
        <translation>espaces avant la déclaration XML ; ignorés</translation>
    </message>
    <message>
        <source>namespace prefixes used without a declaration: %1; read as the well-known namespaces</source>
        <translation>préfixes d’espace de noms utilisés sans déclaration : %1 ; lus comme les espaces de noms connus</translation>
    </message>
    <message>
        <source>unescaped &apos;&amp;&apos;; read as &quot;&amp;amp;&quot;</source>
        <translation>« &amp; » non échappé ; lu comme « &amp;amp; »</translation>
    </message>
    <message numerus="yes">
        <source>%n more unescaped &apos;&amp;&apos; read as &quot;&amp;amp;&quot;</source>
        <translation>
            <numerusform>%n autre « &amp; » non échappé lu comme « &amp;amp; »</numerusform>
            <numerusform>%n autres « &amp; » non échappés lus comme « &amp;amp; »</numerusform>
        </translation>
    </message>
</context>
</TS>
