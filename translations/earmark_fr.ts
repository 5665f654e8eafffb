<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <source>Search titles, summaries and tags (Ctrl+F)</source>
        <translation>Rechercher dans les titres, résumés et étiquettes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search episodes</source>
        <translation>Rechercher des épisodes</translation>
    </message>
    <message>
        <source>Words in any order, matched against title, summary and tags. Press Down to move to the first episode.</source>
        <translation>Mots dans n’importe quel ordre, recherchés dans le titre, le résumé et les étiquettes. Appuyez sur Bas pour aller au premier épisode.</translation>
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
        <source>&amp;Downloads</source>
        <translation>&amp;Téléchargements</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
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
