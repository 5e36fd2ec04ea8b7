<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AboutPage</name>
        <message>
            <source>About Omnium</source>
            <translation>À propos d'Omnium</translation>
        </message>
        <message>
            <source>Version %1, built with Qt %2</source>
            <translation>Version %1, compilée avec Qt %2</translation>
        </message>
        <message>
            <source>Omnium runs an esports department's tournaments at a venue: players and teams, events and brackets, match scheduling across stations, results, live brackets for casters, badges and spectator tickets.</source>
            <translation>Omnium gère les tournois d'un pôle esport sur site : joueurs et équipes, épreuves et tableaux, planification des matchs sur les postes, résultats, tableaux en direct pour les commentateurs, badges et billets spectateurs.</translation>
        </message>
        <message>
            <source>Omnium is free software under the GNU General Public License, version 3 or later.</source>
            <translation>Omnium est un logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Free software under the GNU General Public License, version 3 or later.</source>
            <translation>Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.</translation>
        </message>
        <message>
            <source>Tournament database</source>
            <translation>Base de données du tournoi</translation>
        </message>
        <message>
            <source>Built with</source>
            <translation>Construit avec</translation>
        </message>
        <message>
            <source>Qt</source>
            <translation>Qt</translation>
        </message>
        <message>
            <source>KDE Frameworks: Kirigami, Kirigami Addons, KCoreAddons</source>
            <translation>KDE Frameworks : Kirigami, Kirigami Addons, KCoreAddons</translation>
        </message>
        <message>
            <source>The window, the sidebar, the forms and this page.</source>
            <translation>La fenêtre, le menu, les formulaires et cette page.</translation>
        </message>
    </context>
    <context>
        <name>Archive</name>
        <message>
            <source>The tournament could not be separated from the database: %1</source>
            <translation>Le tournoi n’a pas pu être extrait de la base de données : %1</translation>
        </message>
        <message>
            <source>No temporary folder could be created: %1</source>
            <translation>Aucun dossier temporaire n’a pu être créé : %1</translation>
        </message>
        <message>
            <source>The tournament to export no longer exists.</source>
            <translation>Le tournoi à exporter n’existe plus.</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>The export was cancelled.</source>
            <translation>L’export a été annulé.</translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>Impossible d’écrire %1.</translation>
        </message>
        <message>
            <source>%1 has no manifest.json: it is a zip file, but not an Omnium archive.</source>
            <translation>%1 n’a pas de manifest.json : c’est un fichier zip, mais pas une archive Omnium.</translation>
        </message>
        <message>
            <source>The archive's manifest.json is implausibly large.</source>
            <translation>Le manifest.json de l’archive est anormalement gros.</translation>
        </message>
        <message>
            <source>The archive cannot be read: %1</source>
            <translation>Impossible de lire l’archive : %1</translation>
        </message>
        <message>
            <source>The archive entry "%1" cannot be read.</source>
            <translation>L’élément « %1 » de l’archive est illisible.</translation>
        </message>
        <message>
            <source>The archive entry "%1" is damaged: its compressed data cannot be unpacked.</source>
            <translation>L’élément « %1 » de l’archive est endommagé : ses données compressées ne peuvent pas être décompressées.</translation>
        </message>
        <message>
            <source>The archive entry "%1" unpacks to more than the %2 bytes it declares: refused.</source>
            <translation>L’élément « %1 » de l’archive se décompresse en plus des %2 octets annoncés : refusé.</translation>
        </message>
        <message>
            <source>Unpacking the archive failed: %1</source>
            <translation>La décompression de l’archive a échoué : %1</translation>
        </message>
        <message>
            <source>The import was cancelled.</source>
            <translation>L’import a été annulé.</translation>
        </message>
        <message>
            <source>The archive entry "%1" is damaged (its data does not match the zip's check sum); the file was probably corrupted while copied.</source>
            <translation>L’élément « %1 » de l’archive est endommagé (ses données ne correspondent pas à la somme de contrôle du zip) ; le fichier a probablement été abîmé pendant la copie.</translation>
        </message>
        <message>
            <source>The archive entry "%1" is not listed in its manifest; the archive was altered.</source>
            <translation>L’élément « %1 » ne figure pas dans le manifeste de l’archive ; l’archive a été modifiée.</translation>
        </message>
        <message>
            <source>The archive is incomplete: "%1" is missing.</source>
            <translation>L’archive est incomplète : « %1 » manque.</translation>
        </message>
        <message>
            <source>The archive's database was written by a newer version of Omnium. Update Omnium to import it.</source>
            <translation>La base de données de l’archive a été écrite par une version plus récente d’Omnium. Mettez Omnium à jour pour l’importer.</translation>
        </message>
        <message>
            <source>The archive's database cannot be opened: %1</source>
            <translation>Impossible d’ouvrir la base de données de l’archive : %1</translation>
        </message>
        <message>
            <source>The archive's database is damaged: %1</source>
            <translation>La base de données de l’archive est endommagée : %1</translation>
        </message>
        <message>
            <source>No archive is open.</source>
            <translation>Aucune archive n’est ouverte.</translation>
        </message>
        <message>
            <source>Import of %1</source>
            <translation>Import de %1</translation>
        </message>
        <message>
            <source>Import of an archive</source>
            <translation>Import d’une archive</translation>
        </message>
        <message>
            <source>The archive's %1 cannot be read.</source>
            <translation>La table %1 de l’archive est illisible.</translation>
        </message>
        <message>
            <source>The archive's %1 row %2 refers to a missing %3 row.</source>
            <translation>La ligne %2 de la table %1 de l’archive renvoie à une ligne %3 absente.</translation>
        </message>
        <message>
            <source>The archive's match %1 comes from a missing match.</source>
            <translation>Le match %1 de l’archive dépend d’un match absent.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was added.</source>
            <translation>L’import a été annulé ; rien n’a été ajouté.</translation>
        </message>
        <message>
            <source>The import was refused and nothing was added: %1</source>
            <translation>L’import a été refusé et rien n’a été ajouté : %1</translation>
        </message>
        <message>
            <source>The archive's manifest.json is not valid: %1.</source>
            <translation>Le manifest.json de l’archive n’est pas valide : %1.</translation>
        </message>
        <message>
            <source>This archive was written by a newer version of Omnium (archive format %1; this version reads up to %2). Update Omnium to import it.</source>
            <translation>Cette archive a été écrite par une version plus récente d’Omnium (format d’archive %1 ; cette version lit jusqu’au %2). Mettez Omnium à jour pour l’importer.</translation>
        </message>
        <message>
            <source>The archive holds an entry with an empty or invalid name.</source>
            <translation>L’archive contient un élément au nom vide ou invalide.</translation>
        </message>
        <message>
            <source>The archive entry "%1" has an absolute path; Omnium archives only hold relative names.</source>
            <translation>L’élément « %1 » de l’archive a un chemin absolu ; les archives Omnium ne contiennent que des noms relatifs.</translation>
        </message>
        <message>
            <source>The archive entry "%1" points outside the archive (..); the file may be hostile.</source>
            <translation>L’élément « %1 » de l’archive pointe hors de l’archive (..) ; le fichier est peut-être malveillant.</translation>
        </message>
        <message>
            <source>The archive entry "%1" is a symbolic link; Omnium archives never contain links.</source>
            <translation>L’élément « %1 » de l’archive est un lien symbolique ; les archives Omnium n’en contiennent jamais.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>%1 is not an Omnium archive (it is not a zip file).</source>
            <translation>%1 n’est pas une archive Omnium (ce n’est pas un fichier zip).</translation>
        </message>
        <message>
            <source>%1 is truncated or damaged: the end of the zip is missing (was the copy interrupted?).</source>
            <translation>%1 est tronqué ou endommagé : la fin du zip manque (la copie a-t-elle été interrompue ?).</translation>
        </message>
        <message>
            <source>%1 holds %2 entries, more than the %3 allowed.</source>
            <translation>%1 contient %2 éléments, plus que les %3 permis.</translation>
        </message>
        <message>
            <source>The archive holds "%1" twice; which one is meant cannot be told, so it is refused.</source>
            <translation>L’archive contient deux fois « %1 » ; impossible de savoir lequel vaut, elle est donc refusée.</translation>
        </message>
        <message>
            <source>The archive entry "%1" is %2 MB, over the %3 MB limit.</source>
            <translation>L’élément « %1 » de l’archive fait %2 Mo, au-delà de la limite de %3 Mo.</translation>
        </message>
        <message>
            <source>The archive unpacks to more than %1 MB, over the limit.</source>
            <translation>L’archive se décompresse en plus de %1 Mo, au-delà de la limite.</translation>
        </message>
        <message>
            <source>The archive entry "%1" uses a compression method Omnium does not read (%2).</source>
            <translation>L’élément « %1 » de l’archive utilise une méthode de compression qu’Omnium ne lit pas (%2).</translation>
        </message>
        <message>
            <source>The archive entry "%1" has inconsistent sizes.</source>
            <translation>L’élément « %1 » de l’archive a des tailles incohérentes.</translation>
        </message>
        <message>
            <source>The archive entry "%1" would inflate %2 times (%3 MB from %4 kB): refused as a compression bomb.</source>
            <translation>L’élément « %1 » de l’archive grossirait %2 fois (%3 Mo à partir de %4 ko) : refusé comme bombe de décompression.</translation>
        </message>
        <message>
            <source>%1 is empty</source>
            <translation>%1 est vide</translation>
        </message>
        <message>
            <source>the team name</source>
            <translation>le nom de l’équipe</translation>
        </message>
        <message>
            <source>the team tag</source>
            <translation>le tag de l’équipe</translation>
        </message>
        <message>
            <source>the tournament name</source>
            <translation>le nom du tournoi</translation>
        </message>
        <message>
            <source>the event name</source>
            <translation>le nom de l’épreuve</translation>
        </message>
        <message>
            <source>the name</source>
            <translation>le nom</translation>
        </message>
        <message>
            <source>the organisation</source>
            <translation>l’organisation</translation>
        </message>
        <message>
            <source>The archive entry "%1" is damaged: it does not match the SHA-256 sum in its manifest.</source>
            <translation>L’élément « %1 » de l’archive est endommagé : il ne correspond pas à la somme SHA-256 de son manifeste.</translation>
        </message>
        <message>
            <source>The archive's database is not one Omnium wrote, so it is refused: %1.</source>
            <translation>La base de données de l’archive n’a pas été écrite par Omnium, elle est donc refusée : %1.</translation>
        </message>
        <message>
            <source>The archive is inconsistent: its manifest says database schema %1, its database is schema %2.</source>
            <translation>L’archive est incohérente : son manifeste indique le schéma de base %1, sa base de données est au schéma %2.</translation>
        </message>
        <message>
            <source>The archive is inconsistent: its manifest announces %1 rows of %2, its database holds %3.</source>
            <translation>L’archive est incohérente : son manifeste annonce %1 lignes dans %2, sa base de données en contient %3.</translation>
        </message>
        <message>
            <source>The archive's %1 row %2 holds %4 kB in %3, over the %5 kB anyone types or attaches: refused.</source>
            <translation>La ligne %2 de %1 dans l’archive contient %4 ko dans %3, au-delà des %5 ko que l’on saisit ou joint : refusée.</translation>
        </message>
        <message>
            <source>The archive's %1 row %2 is refused: %3.</source>
            <translation>La ligne %2 de %1 dans l’archive est refusée : %3.</translation>
        </message>
        <message>
            <source>The archive's manifest lists %1 entries, more than the %2 an Omnium archive may hold.</source>
            <translation>Le manifeste de l’archive liste %1 éléments, plus que les %2 qu’une archive Omnium peut contenir.</translation>
        </message>
        <message>
            <source>The archive entry "%1" has a name with "." or an empty part (another spelling of a name); Omnium never writes such names, so the archive was not made by Omnium as it is.</source>
            <translation>L’élément « %1 » de l’archive a un nom contenant « . » ou une partie vide (une autre écriture d’un nom) ; Omnium n’écrit jamais de tels noms, l’archive n’a donc pas été produite telle quelle par Omnium.</translation>
        </message>
        <message>
            <source>%1 uses ZIP64 (the zip extension for very large files), which Omnium archives never use: it was repacked by another tool. Export it again from Omnium.</source>
            <translation>%1 utilise ZIP64 (l’extension zip pour les très gros fichiers), que les archives Omnium n’utilisent jamais : elle a été recompressée par un autre outil. Exportez-la à nouveau depuis Omnium.</translation>
        </message>
    </context>
    <context>
        <name>ArchiveController</name>
        <message>
            <source>Automatic</source>
            <translation>Automatique</translation>
        </message>
        <message>
            <source>By hand</source>
            <translation>À la main</translation>
        </message>
        <message>
            <source>Before an update of the database</source>
            <translation>Avant une mise à jour de la base</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Avant un import</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Avant une restauration</translation>
        </message>
        <message>
            <source>Before a deletion</source>
            <translation>Avant une suppression</translation>
        </message>
        <message numerus="yes">
            <source>%n tournament(s)</source>
            <translation>
                <numerusform>%n tournoi</numerusform>
                <numerusform>%n tournois</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n épreuve</numerusform>
                <numerusform>%n épreuves</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n player(s)</source>
            <translation>
                <numerusform>%n joueur</numerusform>
                <numerusform>%n joueurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n match</numerusform>
                <numerusform>%n matchs</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Export en cours…</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Exporté vers %1.</translation>
        </message>
        <message>
            <source>Checking the archive…</source>
            <translation>Vérification de l’archive…</translation>
        </message>
        <message>
            <source>The archive is sound. Choose how to import it.</source>
            <translation>L’archive est saine. Choisissez comment l’importer.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Import en cours…</translation>
        </message>
        <message>
            <source>Imported. Undo takes the whole import back.</source>
            <translation>Importé. Défaire retire tout l’import.</translation>
        </message>
        <message>
            <source>Opening the archive's database…</source>
            <translation>Ouverture de la base de l’archive…</translation>
        </message>
        <message>
            <source>Choose another file than the open database.</source>
            <translation>Choisissez un autre fichier que la base ouverte.</translation>
        </message>
        <message>
            <source>Now working in %1.</source>
            <translation>Vous travaillez maintenant dans %1.</translation>
        </message>
        <message>
            <source>Backup taken.</source>
            <translation>Sauvegarde effectuée.</translation>
        </message>
        <message>
            <source>Restored. The state before the restore was backed up.</source>
            <translation>Restauré. L’état d’avant la restauration a été sauvegardé.</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>%1 written to %2.</source>
            <translation>%1 écrit dans %2.</translation>
        </message>
        <message>
            <source>Standings</source>
            <translation>Classement</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Épreuve</translation>
        </message>
        <message>
            <source>Before played matches were reset</source>
            <translation>Avant la remise à zéro de matchs joués</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Sauvegarde…</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restauration…</translation>
        </message>
        <message>
            <source>The restore was cancelled; nothing was changed.</source>
            <translation>La restauration a été annulée ; rien n'a changé.</translation>
        </message>
    </context>
    <context>
        <name>BackupManager</name>
        <message>
            <source>No database is open.</source>
            <translation>Aucune base de données n’est ouverte.</translation>
        </message>
        <message>
            <source>The backup %1 no longer exists.</source>
            <translation>La sauvegarde %1 n’existe plus.</translation>
        </message>
        <message>
            <source>The backup cannot be restored: %1.</source>
            <translation>La sauvegarde ne peut pas être restaurée : %1.</translation>
        </message>
        <message>
            <source>The current state could not be backed up first, so nothing was restored: %1</source>
            <translation>L’état actuel n’a pas pu être sauvegardé d’abord, rien n’a donc été restauré : %1</translation>
        </message>
        <message>
            <source>The backup could not be copied next to the database; nothing was restored.</source>
            <translation>La sauvegarde n’a pas pu être copiée à côté de la base ; rien n’a été restauré.</translation>
        </message>
        <message>
            <source>The restored database could not be opened: %1</source>
            <translation>La base restaurée n’a pas pu être ouverte : %1</translation>
        </message>
        <message>
            <source>The database could not be backed up first, so nothing was changed: %1</source>
            <translation>La base n'a pas pu être sauvegardée d'abord, donc rien n'a changé : %1</translation>
        </message>
        <message>
            <source>A backup cannot replace a shared PostgreSQL database (every instance would lose its data); open the backup as its own database instead.</source>
            <translation>Une sauvegarde ne peut pas remplacer une base PostgreSQL partagée (toutes les instances perdraient leurs données) ; ouvrez plutôt la sauvegarde comme une base à part.</translation>
        </message>
        <message>
            <source>The backup could not be renamed to %1.</source>
            <translation>La sauvegarde n’a pas pu être renommée en %1.</translation>
        </message>
        <message>
            <source>The backup could not take the database's place (%1); the database is as it was.</source>
            <translation>La sauvegarde n’a pas pu remplacer la base de données (%1) ; la base de données est inchangée.</translation>
        </message>
    </context>
    <context>
        <name>BadgeDesign</name>
        <message>
            <source>Classic</source>
            <translation>Classique</translation>
        </message>
        <message>
            <source>Bold role header</source>
            <translation>Bandeau de rôle large</translation>
        </message>
        <message>
            <source>Minimal, side band</source>
            <translation>Sobre, bande latérale</translation>
        </message>
    </context>
    <context>
        <name>BadgePrintController</name>
        <message>
            <source>Custom size</source>
            <translation>Taille personnalisée</translation>
        </message>
        <message>
            <source>A4 sheets</source>
            <translation>Feuilles A4</translation>
        </message>
        <message>
            <source>Letter sheets</source>
            <translation>Feuilles Letter</translation>
        </message>
        <message>
            <source>One per page (card printer)</source>
            <translation>Un par page (imprimante à cartes)</translation>
        </message>
        <message>
            <source>Tick the people whose badges to print first.</source>
            <translation>Cochez d’abord les personnes dont imprimer le badge.</translation>
        </message>
        <message>
            <source>This badge size does not fit on the chosen paper.</source>
            <translation>Ce format de badge ne tient pas sur le papier choisi.</translation>
        </message>
        <message>
            <source>Badges</source>
            <translation>Badges</translation>
        </message>
        <message numerus="yes">
            <source>Preparing %n badge(s)…</source>
            <translation>
                <numerusform>Préparation de %n badge…</numerusform>
                <numerusform>Préparation de %n badges…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) saved to %1.</source>
            <translation>
                <numerusform>%n badge enregistré dans %1.</numerusform>
                <numerusform>%n badges enregistrés dans %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) sent to the printer.</source>
            <translation>
                <numerusform>%n badge envoyé à l’imprimante.</numerusform>
                <numerusform>%n badges envoyés à l’imprimante.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled: nothing was saved or printed.</source>
            <translation>Annulé : rien n’a été enregistré ni imprimé.</translation>
        </message>
        <message>
            <source>Printing failed: %1</source>
            <translation>Échec de l’impression : %1</translation>
        </message>
        <message>
            <source>Print badges</source>
            <translation>Imprimer les badges</translation>
        </message>
    </context>
    <context>
        <name>BadgeRole</name>
        <message>
            <source>PLAYER</source>
            <translation>JOUEUR</translation>
        </message>
        <message>
            <source>TEAM STAFF</source>
            <translation>ENCADREMENT</translation>
        </message>
        <message>
            <source>STAFF</source>
            <translation>ORGANISATION</translation>
        </message>
        <message>
            <source>PRESS</source>
            <translation>PRESSE</translation>
        </message>
        <message>
            <source>CASTER</source>
            <translation>COMMENTATEUR</translation>
        </message>
        <message>
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <source>GUEST</source>
            <translation>INVITÉ</translation>
        </message>
    </context>
    <context>
        <name>BadgeStore</name>
        <message numerus="yes">
            <source>print %n badge(s)</source>
            <translation>
                <numerusform>impression de %n badge</numerusform>
                <numerusform>impression de %n badges</numerusform>
            </translation>
        </message>
        <message>
            <source>add badge for %1</source>
            <translation>ajout du badge de %1</translation>
        </message>
        <message>
            <source>A badge needs a name.</source>
            <translation>Un badge doit porter un nom.</translation>
        </message>
        <message>
            <source>Players and team staff get their badge from the player list, not as staff.</source>
            <translation>Les joueurs et l'encadrement des équipes reçoivent leur badge depuis la liste des joueurs, pas comme personnel.</translation>
        </message>
        <message>
            <source>edit badge for %1</source>
            <translation>modification du badge de %1</translation>
        </message>
        <message>
            <source>delete badge</source>
            <translation>suppression d'un badge</translation>
        </message>
        <message>
            <source>“%1” is not a badge number (12 digits, the last one a check digit).</source>
            <translation>« %1 » n'est pas un numéro de badge (12 chiffres, le dernier étant une clé de contrôle).</translation>
        </message>
        <message>
            <source>No one has the badge %1.</source>
            <translation>Personne n'a le badge %1.</translation>
        </message>
        <message>
            <source>%1 (checked in)</source>
            <translation>%1 (présent)</translation>
        </message>
        <message>
            <source>the name</source>
            <translation>le nom</translation>
        </message>
        <message>
            <source>the organisation</source>
            <translation>l’organisation</translation>
        </message>
        <message>
            <source>Every event</source>
            <translation>Toutes les épreuves</translation>
        </message>
        <message>
            <source>Every team</source>
            <translation>Toutes les équipes</translation>
        </message>
    </context>
    <context>
        <name>BadgesPage</name>
        <message>
            <source>Export badges to PDF</source>
            <translation>Exporter les badges en PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Badges</source>
            <translation>Badges</translation>
        </message>
        <message>
            <source>Tick the people who need a badge.</source>
            <translation>Cochez les personnes qui ont besoin d’un badge.</translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) ticked</source>
            <translation>
                <numerusform>%n badge coché</numerusform>
                <numerusform>%n badges cochés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>Search a name, tag, team or badge number</source>
            <translation>Chercher un nom, pseudo, équipe ou numéro de badge</translation>
        </message>
        <message>
            <source>Every role</source>
            <translation>Tous les rôles</translation>
        </message>
        <message>
            <source>Tick all shown</source>
            <translation>Tout cocher</translation>
        </message>
        <message>
            <source>Untick all shown</source>
            <translation>Tout décocher</translation>
        </message>
        <message>
            <source>Reprint…</source>
            <translation>Réimprimer…</translation>
        </message>
        <message>
            <source>Print this badge again, e.g. when it was lost</source>
            <translation>Imprimer ce badge à nouveau, par exemple s’il a été perdu</translation>
        </message>
        <message>
            <source>Design</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Orientation</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Paysage</translation>
        </message>
        <message>
            <source>Width (mm)</source>
            <translation>Largeur (mm)</translation>
        </message>
        <message>
            <source>Height (mm)</source>
            <translation>Hauteur (mm)</translation>
        </message>
        <message>
            <source>This badge size does not fit on the chosen paper.</source>
            <translation>Ce format de badge ne tient pas sur le papier choisi.</translation>
        </message>
        <message>
            <source>The pages appear here, exactly as they will print, once people are ticked.</source>
            <translation>Les pages s’affichent ici, exactement comme elles seront imprimées, dès que des personnes sont cochées.</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Page précédente</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Page suivante</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Edit badge</source>
            <translation>Modifier le badge</translation>
        </message>
        <message>
            <source>New staff, press or guest badge</source>
            <translation>Nouveau badge personnel, presse ou invité</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>As printed, e.g. Camille Dupont</source>
            <translation>Tel qu'imprimé, p. ex. Camille Dupont</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>e.g. the newspaper or the venue</source>
            <translation>p. ex. le journal ou le lieu</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Delete this badge</source>
            <translation>Supprimer ce badge</translation>
        </message>
        <message>
            <source>Add staff badge…</source>
            <translation>Ajouter un badge personnel…</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Épreuve</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Équipe</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Pointage</translation>
        </message>
        <message>
            <source>Any check-in</source>
            <translation>Présents ou non</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Présents</translation>
        </message>
        <message>
            <source>Not checked in</source>
            <translation>Pas encore présents</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Scan a badge</source>
            <translation>Scanner un badge</translation>
        </message>
        <message>
            <source>Badges print at %1 % so that they keep 5 mm off the sheet's edge, which most printers leave blank.</source>
            <translation>Les badges s'impriment à %1 % pour rester à 5 mm du bord de la feuille, que la plupart des imprimantes laissent blanc.</translation>
        </message>
        <message>
            <source>Scan a badge's QR code, or type its number and press Enter</source>
            <translation>Scannez le code QR d'un badge, ou tapez son numéro puis Entrée</translation>
        </message>
        <message numerus="yes">
            <source>Badge %1 · printed %n time(s)</source>
            <translation>
                <numerusform>Badge %1 · imprimé %n fois</numerusform>
                <numerusform>Badge %1 · imprimé %n fois</numerusform>
            </translation>
        </message>
        <message>
            <source>REPRINT</source>
            <translation>RÉIMPRESSION</translation>
        </message>
        <message>
            <source>Nothing printed yet.</source>
            <translation>Rien n'a encore été imprimé.</translation>
        </message>
        <message>
            <source>Print log</source>
            <translation>Journal d'impression</translation>
        </message>
        <message>
            <source>Print %1&apos;s badge</source>
            <translation>Imprimer le badge de %1</translation>
        </message>
        <message>
            <source>A badge for someone who is not a player: staff, press, guest</source>
            <translation>Un badge pour qui n’est pas joueur : équipe, presse, invité</translation>
        </message>
        <message>
            <source>Save the ticked badges as a PDF file</source>
            <translation>Enregistrer les badges cochés dans un fichier PDF</translation>
        </message>
        <message>
            <source>Print the ticked badges</source>
            <translation>Imprimer les badges cochés</translation>
        </message>
        <message>
            <source>Badge number</source>
            <translation>Numéro de badge</translation>
        </message>
        <message>
            <source>Nobody to badge here</source>
            <translation>Personne à badger ici</translation>
        </message>
        <message>
            <source>Players get a badge once registered; staff, press and guests are added with “Add staff badge…”.</source>
            <translation>Les joueurs ont un badge dès leur inscription ; le personnel, la presse et les invités s’ajoutent avec « Ajouter un badge personnel… ».</translation>
        </message>
        <message>
            <source>Open Players</source>
            <translation>Ouvrir Joueurs</translation>
        </message>
        <message>
            <source>Name, tag, team, badge no.</source>
            <translation>Nom, pseudo, équipe, n° badge</translation>
        </message>
    </context>
    <context>
        <name>BracketController</name>
        <message>
            <source>Match wins</source>
            <translation>Victoires</translation>
        </message>
        <message>
            <source>Game diff.</source>
            <translation>Diff. de manches</translation>
        </message>
        <message>
            <source>Head-to-head</source>
            <translation>Confrontation directe</translation>
        </message>
        <message>
            <source>Buchholz</source>
            <translation>Buchholz</translation>
        </message>
        <message>
            <source>Median Buchholz</source>
            <translation>Buchholz médian</translation>
        </message>
        <message>
            <source>Sonneborn-Berger</source>
            <translation>Sonneborn-Berger</translation>
        </message>
        <message>
            <source>Opp. match win %</source>
            <translation>% victoires adv.</translation>
        </message>
        <message>
            <source>Game win %</source>
            <translation>% manches gagnées</translation>
        </message>
        <message>
            <source>Choose a format for the bracket.</source>
            <translation>Choisissez un format pour l’arbre.</translation>
        </message>
        <message>
            <source>The bracket options are not valid: %1</source>
            <translation>Les options de l’arbre ne sont pas valides : %1</translation>
        </message>
        <message>
            <source>Main bracket</source>
            <translation>Arbre principal</translation>
        </message>
        <message>
            <source>M%1 · %2</source>
            <translation>M%1 · %2</translation>
        </message>
        <message>
            <source>This match is no longer in the bracket.</source>
            <translation>Ce match n’est plus dans l’arbre.</translation>
        </message>
        <message>
            <source>%1: %2 %3 %4</source>
            <translation>%1 : %2 %3 %4</translation>
        </message>
        <message>
            <source>There is no bracket to export yet.</source>
            <translation>Il n’y a pas encore d’arbre à exporter.</translation>
        </message>
        <message>
            <source>Choose a file name ending in .png, .svg or .pdf (not “%1”).</source>
            <translation>Choisissez un nom de fichier en .png, .svg ou .pdf (pas « %1 »).</translation>
        </message>
        <message>
            <source>Create the bracket first.</source>
            <translation>Créez d’abord le tableau.</translation>
        </message>
        <message>
            <source>Phase %1</source>
            <translation>Phase %1</translation>
        </message>
    </context>
    <context>
        <name>BracketPage</name>
        <message>
            <source>No match “%1” in this bracket.</source>
            <translation>Aucun match « %1 » dans cet arbre.</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Image PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>Dessin SVG (*.svg)</translation>
        </message>
        <message>
            <source>Brackets</source>
            <translation>Arbres</translation>
        </message>
        <message numerus="yes">
            <source>%n registered entrant(s), no bracket yet</source>
            <translation>
                <numerusform>%n inscrit, pas encore d’arbre</numerusform>
                <numerusform>%n inscrits, pas encore d’arbre</numerusform>
            </translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Bracket</source>
            <translation>Arbre</translation>
        </message>
        <message>
            <source>Standings</source>
            <translation>Classement</translation>
        </message>
        <message>
            <source>Find a match: 12 or a name</source>
            <translation>Trouver un match : 12 ou un nom</translation>
        </message>
        <message>
            <source>Start next round</source>
            <translation>Lancer le tour suivant</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajuster</translation>
        </message>
        <message>
            <source>Show the whole bracket (key 0)</source>
            <translation>Voir tout l’arbre (touche 0)</translation>
        </message>
        <message>
            <source>PDF on A4 pages</source>
            <translation>PDF en pages A4</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Caster window</source>
            <translation>Fenêtre commentateurs</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Entrant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Played</source>
            <translation>Joués</translation>
        </message>
        <message>
            <source>W</source>
            <translation>V</translation>
        </message>
        <message>
            <source>D</source>
            <translation>N</translation>
        </message>
        <message>
            <source>L</source>
            <translation>D</translation>
        </message>
        <message>
            <source>Games</source>
            <translation>Manches</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Create the bracket</source>
            <translation>Créer l’arbre</translation>
        </message>
        <message>
            <source>The entrants are placed in seed order (see Seeding).</source>
            <translation>Les participants sont placés dans l’ordre des têtes de série (voir Têtes de série).</translation>
        </message>
        <message numerus="yes">
            <source>Create the bracket for %n entrant(s)</source>
            <translation>
                <numerusform>Créer l’arbre pour %n participant</numerusform>
                <numerusform>Créer l’arbre pour %n participants</numerusform>
            </translation>
        </message>
        <message>
            <source>Create a tournament and an event first (Tournament and events).</source>
            <translation>Créez d’abord un tournoi et une épreuve (Tournoi et épreuves).</translation>
        </message>
        <message>
            <source>Export the bracket</source>
            <translation>Exporter le tableau</translation>
        </message>
        <message>
            <source>Lobbies</source>
            <translation>Lobbies</translation>
        </message>
        <message>
            <source>Cross table</source>
            <translation>Tableau croisé</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Phases</translation>
        </message>
        <message>
            <source>Leaderboard</source>
            <translation>Classement</translation>
        </message>
        <message>
            <source>Report or correct the result…</source>
            <translation>Saisir ou corriger le résultat…</translation>
        </message>
        <message>
            <source>Settle the dispute</source>
            <translation>Clore la contestation</translation>
        </message>
        <message>
            <source>Mark as disputed</source>
            <translation>Marquer comme contesté</translation>
        </message>
        <message>
            <source>Wins</source>
            <translation>Victoires</translation>
        </message>
        <message>
            <source>Kills</source>
            <translation>Éliminations</translation>
        </message>
        <message>
            <source>Arrows: select · Double-click or Enter: report · 2-1 Enter: save the selected match · right-click: dispute · a number: find · 0: fit · +/−: zoom</source>
            <translation>Flèches : choisir · Double-clic ou Entrée : résultat · 2-1 Entrée : enregistrer le match choisi · clic droit : contestation · un numéro : chercher · 0 : tout voir · +/− : zoom</translation>
        </message>
        <message>
            <source>Add the next phase…</source>
            <translation>Ajouter la phase suivante…</translation>
        </message>
        <message>
            <source>No event yet</source>
            <translation>Pas encore d’épreuve</translation>
        </message>
        <message>
            <source>A bracket belongs to an event: create the tournament and its events first.</source>
            <translation>Un arbre appartient à une épreuve : créez d’abord le tournoi et ses épreuves.</translation>
        </message>
        <message>
            <source>Open Tournament and events</source>
            <translation>Ouvrir Tournoi et épreuves</translation>
        </message>
        <message>
            <source>Bracket, match %1: %2 against %3</source>
            <translation>Arbre, match %1 : %2 contre %3</translation>
        </message>
    </context>
    <context>
        <name>BracketRenderer</name>
        <message>
            <source>The bracket is too large for one PNG at this scale (%1 × %2 pixels); export a PDF instead.</source>
            <translation>Le tableau est trop grand pour un seul PNG à cette échelle (%1 × %2 pixels) ; exportez plutôt un PDF.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
        <message>
            <source>%1 — page row %2, column %3 of %4 × %5</source>
            <translation>%1 — page ligne %2, colonne %3 sur %4 × %5</translation>
        </message>
    </context>
    <context>
        <name>BracketStore</name>
        <message>
            <source>Create the bracket %1</source>
            <translation>Créer le tableau %1</translation>
        </message>
        <message>
            <source>This event already has a bracket.</source>
            <translation>Cette épreuve a déjà un tableau.</translation>
        </message>
        <message>
            <source>Phase %1 has unreadable options: %2</source>
            <translation>La phase %1 a des options illisibles : %2</translation>
        </message>
        <message>
            <source>Match %1 has an unknown side or state.</source>
            <translation>Le match %1 a un côté ou un état inconnu.</translation>
        </message>
        <message>
            <source>Match %1 has an unknown slot source.</source>
            <translation>Le match %1 a une origine de place inconnue.</translation>
        </message>
        <message>
            <source>The stored bracket is inconsistent: %1</source>
            <translation>Le tableau enregistré est incohérent : %1</translation>
        </message>
        <message>
            <source>Report the result of match %1</source>
            <translation>Saisir le résultat du match %1</translation>
        </message>
        <message>
            <source>Change the state of match %1</source>
            <translation>Changer l'état du match %1</translation>
        </message>
        <message>
            <source>Disqualify entrant %1</source>
            <translation>Disqualifier le participant %1</translation>
        </message>
        <message>
            <source>Start the next round</source>
            <translation>Lancer le tour suivant</translation>
        </message>
        <message>
            <source>Match %1 has lobby scores for %2 game(s), not %3.</source>
            <translation>Le match %1 a des scores de lobby pour %2 partie(s), et non %3.</translation>
        </message>
        <message>
            <source>Phase %1</source>
            <translation>Phase %1</translation>
        </message>
        <message>
            <source>Simulate the remaining results</source>
            <translation>Simuler les résultats restants</translation>
        </message>
        <message>
            <source>Mark match %1 as disputed</source>
            <translation>Marquer le match %1 comme contesté</translation>
        </message>
        <message>
            <source>Settle the dispute over match %1</source>
            <translation>Clore la contestation du match %1</translation>
        </message>
        <message>
            <source>Match %1 is not in this event.</source>
            <translation>Le match %1 ne fait pas partie de cette compétition.</translation>
        </message>
    </context>
    <context>
        <name>CasterWindow</name>
    <message>
        <source>TBD</source>
        <translation>À venir</translation>
    </message>
        <message>
            <source>Omnium — caster display</source>
            <translation>Omnium — écran commentateurs</translation>
        </message>
        <message>
            <source>Omnium</source>
            <translation>Omnium</translation>
        </message>
        <message>
            <source>Now playing</source>
            <translation>En jeu</translation>
        </message>
        <message>
            <source>Best of %1</source>
            <translation>En %1 manches</translation>
        </message>
        <message>
            <source>No match on stream right now</source>
            <translation>Aucun match sur le stream pour l’instant</translation>
        </message>
        <message>
            <source>Up next</source>
            <translation>À suivre</translation>
        </message>
        <message>
            <source>vs</source>
            <translation>contre</translation>
        </message>
        <message>
            <source>called</source>
            <translation>appelé</translation>
        </message>
        <message>
            <source>Nothing waiting</source>
            <translation>Rien en attente</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>Écran</translation>
        </message>
        <message>
            <source>Leave full screen</source>
            <translation>Quitter le plein écran</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Plein écran</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Bracket</source>
            <translation>Arbre</translation>
        </message>
        <message>
            <source>Now playing and up next</source>
            <translation>En jeu et à suivre</translation>
        </message>
        <message>
            <source>Follow live</source>
            <translation>Suivre le direct</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>Fond</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Chroma green</source>
            <translation>Incrustation verte</translation>
        </message>
        <message>
            <source>Chroma magenta</source>
            <translation>Incrustation magenta</translation>
        </message>
        <message>
            <source>Safe area</source>
            <translation>Marge de sécurité</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Stream overlays</source>
            <translation>Overlays du stream</translation>
        </message>
        <message>
            <source>Copy scoreboard URL</source>
            <translation>Copier l’URL du tableau de score</translation>
        </message>
        <message>
            <source>Screen %1: %2 (%3×%4)</source>
            <translation>Écran %1 : %2 (%3×%4)</translation>
        </message>
        <message>
            <source>%1 — Omnium caster display</source>
            <translation>%1 — affichage commentateurs d’Omnium</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
    </context>
    <context>
        <name>CheckInPage</name>
        <message>
            <source>Close check-in?</source>
            <translation>Clore le pointage ?</translation>
        </message>
        <message numerus="yes">
            <source>%n entrant(s) not checked in will leave the event. Ctrl+Z brings them back.</source>
            <translation>
                <numerusform>%n participant non pointé quittera l’épreuve. Ctrl+Z le fait revenir.</numerusform>
                <numerusform>%n participants non pointés quitteront l’épreuve. Ctrl+Z les fait revenir.</numerusform>
            </translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Pointage</translation>
        </message>
        <message>
            <source>%1 / %2 checked in</source>
            <translation>%1 / %2 présents</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Défaire</translation>
        </message>
        <message>
            <source>Remove no-shows…</source>
            <translation>Retirer les &amp;absents…</translation>
        </message>
        <message>
            <source>Type a few letters of the tag or name, then Enter</source>
            <translation>Tapez quelques lettres du pseudo ou du nom, puis Entrée</translation>
        </message>
        <message>
            <source>checked in</source>
            <translation>présent</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>pas encore</translation>
        </message>
        <message>
            <source>Nobody matches “%1”.</source>
            <translation>Personne ne correspond à « %1 ».</translation>
        </message>
        <message>
            <source>%1 was already checked in.</source>
            <translation>%1 était déjà pointé.</translation>
        </message>
        <message>
            <source>%1 checked in.</source>
            <translation>%1 pointé.</translation>
        </message>
        <message>
            <source>Click a row to check in or cancel; Ctrl+Z undoes the last action.</source>
            <translation>Cliquez sur une ligne pour pointer ou dépointer ; Ctrl+Z défait la dernière action.</translation>
        </message>
        <message>
            <source>A player who opens their phone page is checked in, until the event's bracket is made.</source>
            <translation>Un joueur qui ouvre sa page sur son téléphone est pointé, jusqu'à la création du tableau de l'épreuve.</translation>
        </message>
        <message>
            <source>From phones</source>
            <translation>Par téléphone</translation>
        </message>
        <message>
            <source>Take the entrants not checked in out of the event</source>
            <translation>Retirer de l’épreuve les participants non pointés</translation>
        </message>
        <message>
            <source>No event yet</source>
            <translation>Pas encore d’épreuve</translation>
        </message>
        <message>
            <source>Entrants belong to an event: create the tournament and its events first.</source>
            <translation>Les participants appartiennent à une épreuve : créez d’abord le tournoi et ses épreuves.</translation>
        </message>
        <message>
            <source>Open Tournament and events</source>
            <translation>Ouvrir Tournoi et épreuves</translation>
        </message>
        <message>
            <source>Nobody registered yet</source>
            <translation>Personne n’est encore inscrit</translation>
        </message>
        <message>
            <source>Register the players in this event first; they are checked in here as they arrive.</source>
            <translation>Inscrivez d’abord les joueurs à cette épreuve ; ils sont pointés ici à leur arrivée.</translation>
        </message>
        <message>
            <source>Open Registration</source>
            <translation>Ouvrir Inscriptions</translation>
        </message>
    </context>
    <context>
        <name>CliContext</name>
        <message>
            <source>%1: no such file</source>
            <translation>%1 : fichier introuvable</translation>
        </message>
        <message>
            <source>--tournament: no tournament %1 in %2</source>
            <translation>--tournament : pas de tournoi %1 dans %2</translation>
        </message>
        <message>
            <source>%1: sound; %2</source>
            <translation>%1 : intact ; %2</translation>
        </message>
        <message>
            <source>backed up to %1</source>
            <translation>sauvegardé dans %1</translation>
        </message>
        <message>
            <source>ID: no backup "%1" in %2 (see "omnium-cli backup list")</source>
            <translation>ID : pas de sauvegarde « %1 » dans %2 (voir « omnium-cli backup list »)</translation>
        </message>
        <message>
            <source>restoring %1 replaces everything in %2 (a backup of it is taken first); run again with --yes</source>
            <translation>restaurer %1 remplace tout le contenu de %2 (sauvegardé d’abord) ; relancez avec --yes</translation>
        </message>
        <message>
            <source>--size %1: the badge does not fit on --sheet %2</source>
            <translation>--size %1 : le badge ne tient pas sur --sheet %2</translation>
        </message>
        <message>
            <source>--role: "%1" is not one of %2</source>
            <translation>--role : « %1 » n’est pas parmi %2</translation>
        </message>
        <message>
            <source>%1: no such folder</source>
            <translation>%1 : dossier introuvable</translation>
        </message>
        <message>
            <source>nobody to print: no badge matches the --event and --role given</source>
            <translation>personne à imprimer : aucun badge ne correspond aux --event et --role donnés</translation>
        </message>
        <message>
            <source>PLAYER: no player has the badge %1</source>
            <translation>PLAYER : aucun joueur n’a le badge %1</translation>
        </message>
        <message>
            <source>PLAYER: "%1" is not registered in event %2</source>
            <translation>PLAYER : « %1 » n’est pas inscrit à l’épreuve %2</translation>
        </message>
        <message>
            <source>%1 was already checked in</source>
            <translation>%1 était déjà présent</translation>
        </message>
        <message>
            <source>%1 checked in</source>
            <translation>%1 est présent</translation>
        </message>
        <message>
            <source>--%1 is required</source>
            <translation>--%1 est obligatoire</translation>
        </message>
        <message>
            <source>--%1: "%2" is not an integer in %3..%4</source>
            <translation>--%1 : « %2 » n’est pas un entier entre %3 et %4</translation>
        </message>
        <message>
            <source>--%1: "%2" is not one of %3</source>
            <translation>--%1 : « %2 » n’est pas parmi %3</translation>
        </message>
        <message>
            <source>%1 is required (omnium-cli %2 %3)</source>
            <translation>%1 est obligatoire (omnium-cli %2 %3)</translation>
        </message>
        <message>
            <source>--database: no database file %1</source>
            <translation>--database : pas de fichier de base de données %1</translation>
        </message>
        <message>
            <source>--database %1: no backup could be taken before its update: %2</source>
            <translation>--database %1 : aucune sauvegarde n’a pu être faite avant sa mise à jour : %2</translation>
        </message>
        <message>
            <source>--database %1: %2</source>
            <translation>--database %1 : %2</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>impossible d’écrire %1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n line(s) must be fixed; nothing was imported</source>
            <translation>
                <numerusform>%1 : %n ligne doit être corrigée ; rien n’a été importé</numerusform>
                <numerusform>%1 : %n lignes doivent être corrigées ; rien n’a été importé</numerusform>
            </translation>
        </message>
        <message>
            <source>--event: no event %1 in %2</source>
            <translation>--event : pas d’épreuve %1 dans %2</translation>
        </message>
        <message>
            <source>--event: %1 holds no event</source>
            <translation>--event : %1 ne contient aucune épreuve</translation>
        </message>
        <message>
            <source>--event is required: %1 holds several events (%2)</source>
            <translation>--event est obligatoire : %1 contient plusieurs épreuves (%2)</translation>
        </message>
        <message>
            <source>Run "%1 --help" for the options.</source>
            <translation>Lancez « %1 --help » pour voir les options.</translation>
        </message>
        <message>
            <source>--generate: "%1" is not one of markdown, man, bash, zsh</source>
            <translation>--generate : « %1 » n’est pas parmi markdown, man, bash, zsh</translation>
        </message>
        <message>
            <source>unknown command "%1"; the commands are: %2</source>
            <translation>commande inconnue « %1 » ; les commandes sont : %2</translation>
        </message>
        <message>
            <source>PLAYER: give players (ids or gamer tags) or --all</source>
            <translation>PLAYER : donnez des joueurs (identifiants ou pseudos) ou --all</translation>
        </message>
        <message>
            <source>PLAYER: no player "%1"</source>
            <translation>PLAYER : pas de joueur « %1 »</translation>
        </message>
        <message>
            <source>event %1 in tournament %2</source>
            <translation>épreuve %1 du tournoi %2</translation>
        </message>
        <message numerus="yes">
            <source>registered %n player(s) in event %1</source>
            <translation>
                <numerusform>%n joueur inscrit à l’épreuve %1</numerusform>
                <numerusform>%n joueurs inscrits à l’épreuve %1</numerusform>
            </translation>
        </message>
        <message>
            <source>--by is required (rating, random or previous)</source>
            <translation>--by est obligatoire (rating, random ou previous)</translation>
        </message>
        <message>
            <source>--previous ID goes with --by previous, and only with it</source>
            <translation>--previous ID va avec --by previous, et seulement avec lui</translation>
        </message>
        <message>
            <source>--random-seed goes with --by random</source>
            <translation>--random-seed va avec --by random</translation>
        </message>
        <message>
            <source>%1 entrant(s) not checked in would leave event %2; run again with --yes</source>
            <translation>%1 participant(s) non présent(s) quitteraient l’épreuve %2 ; relancez avec --yes</translation>
        </message>
        <message numerus="yes">
            <source>removed %n entrant(s) not checked in from event %1</source>
            <translation>
                <numerusform>%n participant non présent retiré de l’épreuve %1</numerusform>
                <numerusform>%n participants non présents retirés de l’épreuve %1</numerusform>
            </translation>
        </message>
        <message>
            <source>valid: ticket %1</source>
            <translation>valide : billet %1</translation>
        </message>
        <message>
            <source>CODE: %1</source>
            <translation>CODE : %1</translation>
        </message>
        <message>
            <source>the gate could not decide (no answer within 60 s)</source>
            <translation>le contrôle n’a pas pu décider (pas de réponse en 60 s)</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>accepté</translation>
        </message>
        <message>
            <source>CODE: refused: %1</source>
            <translation>CODE : refusé : %1</translation>
        </message>
        <message>
            <source>--format %1: %2 looks like a %3</source>
            <translation>--format %1 : %2 ressemble à un fichier %3</translation>
        </message>
        <message numerus="yes">
            <source>would import %n row(s)</source>
            <translation>
                <numerusform>importerait %n ligne</numerusform>
                <numerusform>importerait %n lignes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>imported %n row(s)</source>
            <translation>
                <numerusform>%n ligne importée</numerusform>
                <numerusform>%n lignes importées</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 new, %2 updated, %3 unchanged</source>
            <translation>%1 nouveau(x), %2 mis à jour, %3 inchangé(s)</translation>
        </message>
        <message>
            <source>--station: no station "%1" in tournament %2</source>
            <translation>--station : pas de poste « %1 » dans le tournoi %2</translation>
        </message>
        <message>
            <source>Stations:</source>
            <translation>Postes :</translation>
        </message>
        <message>
            <source>free</source>
            <translation>libre</translation>
        </message>
        <message>
            <source>Up next:</source>
            <translation>À suivre :</translation>
        </message>
        <message>
            <source>%1: %2 of %3 matches to play, projected end %4</source>
            <translation>%1 : %2 matchs à jouer sur %3, fin prévue %4</translation>
        </message>
        <message>
            <source>--match: no match %1 in tournament %2</source>
            <translation>--match : pas de match %1 dans le tournoi %2</translation>
        </message>
        <message>
            <source>match %1 cannot be called to this station</source>
            <translation>le match %1 ne peut pas être appelé à ce poste</translation>
        </message>
        <message>
            <source>--station %1: nothing to call (the station is busy or no match is ready for it)</source>
            <translation>--station %1 : rien à appeler (le poste est occupé ou aucun match n’est prêt pour lui)</translation>
        </message>
        <message>
            <source>called %1 to %2</source>
            <translation>%1 appelé à %2</translation>
        </message>
        <message>
            <source>--tournament: %1 holds no tournament</source>
            <translation>--tournament : %1 ne contient aucun tournoi</translation>
        </message>
        <message>
            <source>station %1 in tournament %2</source>
            <translation>poste %1 du tournoi %2</translation>
        </message>
        <message numerus="yes">
            <source>would import %n team(s)</source>
            <translation>
                <numerusform>importerait %n équipe</numerusform>
                <numerusform>importerait %n équipes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>imported %n team(s)</source>
            <translation>
                <numerusform>%n équipe importée</numerusform>
                <numerusform>%n équipes importées</numerusform>
            </translation>
        </message>
        <message>
            <source>no ticketing plugin could be loaded (%1)</source>
            <translation>aucun module de billetterie n’a pu être chargé (%1)</translation>
        </message>
        <message>
            <source>none installed</source>
            <translation>aucun n’est installé</translation>
        </message>
        <message>
            <source>no ticketing server set: pair first (omnium-cli tickets pair CODE)</source>
            <translation>aucun serveur de billetterie : appairez d’abord (omnium-cli tickets pair CODE)</translation>
        </message>
        <message>
            <source>--token-file %1: %2</source>
            <translation>--token-file %1 : %2</translation>
        </message>
        <message>
            <source>--endpoint: "%1" is not an http(s) address</source>
            <translation>--endpoint : « %1 » n’est pas une adresse http(s)</translation>
        </message>
        <message>
            <source>connected to %1</source>
            <translation>connecté à %1</translation>
        </message>
        <message>
            <source>%1 of %2 left</source>
            <translation>%1 restant(s) sur %2</translation>
        </message>
        <message>
            <source>--type is required (see omnium-cli tickets types)</source>
            <translation>--type est obligatoire (voir omnium-cli tickets types)</translation>
        </message>
        <message>
            <source>--type: no ticket type %1 on %2</source>
            <translation>--type : pas de type de billet %1 sur %2</translation>
        </message>
        <message>
            <source>TICKET-ID: "%1" is not a ticket id</source>
            <translation>TICKET-ID : « %1 » n’est pas un identifiant de billet</translation>
        </message>
        <message>
            <source>the server did not answer</source>
            <translation>le serveur n’a pas répondu</translation>
        </message>
        <message>
            <source>TARGET: %1 exists; a tournament is moved into a new file</source>
            <translation>TARGET : %1 existe ; un tournoi est déplacé dans un nouveau fichier</translation>
        </message>
        <message>
            <source>moved %1 tournament(s), %2 player(s), %3 match(es) into %4 in %5 ms</source>
            <translation>%1 tournoi(s), %2 joueur(s), %3 match(s) déplacés dans %4 en %5 ms</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDeleteDialog</name>
        <message>
            <source>Delete %1?</source>
            <translation>Supprimer %1 ?</translation>
        </message>
        <message>
            <source>This also removes: %1. You can undo it with Ctrl+Z.</source>
            <translation>Cela supprime aussi : %1. Ctrl+Z permet d’annuler.</translation>
        </message>
        <message>
            <source>You can undo it with Ctrl+Z.</source>
            <translation>Ctrl+Z permet d’annuler.</translation>
        </message>
    </context>
    <context>
        <name>CrossTable</name>
        <message>
            <source>vs</source>
            <translation>contre</translation>
        </message>
    </context>
    <context>
        <name>CrossTableModel</name>
        <message>
            <source>Group %1</source>
            <translation>Poule %1</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB: a list to import is far smaller (at most %3 MB); is it the right file?</source>
        <translation>%1 fait %2 Mo : une liste à importer est bien plus petite (%3 Mo au plus) ; est-ce le bon fichier ?</translation>
    </message>
        <message>
            <source>a quoted field is never closed (missing ")</source>
            <translation>un champ entre guillemets n’est jamais fermé (" manquant)</translation>
        </message>
        <message>
            <source>%1 fields where the header has %2</source>
            <translation>%1 champs alors que l’en-tête en a %2</translation>
        </message>
    </context>
    <context>
        <name>DatabaseCheck</name>
        <message>
            <source>the table "%1"</source>
            <translation>la table « %1 »</translation>
        </message>
        <message>
            <source>the index "%1" on %2</source>
            <translation>l’index « %1 » sur %2</translation>
        </message>
        <message>
            <source>the trigger "%1" on %2</source>
            <translation>le déclencheur « %1 » sur %2</translation>
        </message>
        <message>
            <source>the view "%1"</source>
            <translation>la vue « %1 »</translation>
        </message>
        <message>
            <source>the object "%1"</source>
            <translation>l’objet « %1 »</translation>
        </message>
        <message>
            <source>it holds %1, which Omnium does not define</source>
            <translation>elle contient %1, qu’Omnium ne définit pas</translation>
        </message>
        <message>
            <source>%1 is not defined as Omnium defines it</source>
            <translation>%1 ne correspond pas à la définition d’Omnium</translation>
        </message>
        <message>
            <source>%1 is missing</source>
            <translation>%1 manque</translation>
        </message>
        <message>
            <source>the file does not exist</source>
            <translation>le fichier n’existe pas</translation>
        </message>
        <message>
            <source>the file is empty (a copy that was interrupted)</source>
            <translation>le fichier est vide (une copie interrompue)</translation>
        </message>
        <message>
            <source>it cannot be opened as a database: %1</source>
            <translation>elle ne s’ouvre pas comme base de données : %1</translation>
        </message>
        <message>
            <source>it is not a database: %1</source>
            <translation>ce n’est pas une base de données : %1</translation>
        </message>
        <message>
            <source>the file is damaged: %1</source>
            <translation>le fichier est endommagé : %1</translation>
        </message>
        <message>
            <source>its version cannot be read</source>
            <translation>sa version est illisible</translation>
        </message>
        <message>
            <source>it is not an Omnium database (it holds no Omnium data)</source>
            <translation>ce n’est pas une base de données Omnium (elle ne contient aucune donnée Omnium)</translation>
        </message>
        <message>
            <source>it was written by a newer version of Omnium (database schema %1; this version knows up to %2)</source>
            <translation>elle a été écrite par une version plus récente d’Omnium (schéma de base %1 ; cette version connaît jusqu’au %2)</translation>
        </message>
    </context>
    <context>
        <name>EngineErrors</name>
        <message>
            <source>match %1</source>
            <translation>match %1</translation>
        </message>
        <message>
            <source>entrant %1</source>
            <translation>participant %1</translation>
        </message>
        <message>
            <source>M%1</source>
            <translation>M%1</translation>
        </message>
        <message>
            <source>An entrant is listed twice.</source>
            <translation>Un participant figure deux fois dans la liste.</translation>
        </message>
        <message>
            <source>A bracket needs at least 2 entrants; there are %1.</source>
            <translation>Un tableau demande au moins 2 participants ; il y en a %1.</translation>
        </message>
        <message>
            <source>%1 entrants is more than this format takes: at most %2.</source>
            <translation>%1 participants, c’est plus que ce format n’en accepte : %2 au maximum.</translation>
        </message>
        <message>
            <source>A round-robin group of %1 entrants is too large: at most %2 per group; add groups.</source>
            <translation>Une poule de %1 participants est trop grande : %2 au maximum par poule ; ajoutez des poules.</translation>
        </message>
        <message>
            <source>A free-for-all needs lobbies of at least 2 entrants, at least 1 round and at least 1 game.</source>
            <translation>Un format chacun pour soi demande des lobbies d’au moins 2 participants, au moins 1 tour et au moins 1 manche.</translation>
        </message>
        <message>
            <source>The number of games (best of) must be odd: 1, 3, 5…</source>
            <translation>Le nombre de manches (best of) doit être impair : 1, 3, 5…</translation>
        </message>
        <message>
            <source>%1 groups is not possible here: choose between 1 and %2.</source>
            <translation>%1 poules, c’est impossible ici : choisissez entre 1 et %2.</translation>
        </message>
        <message>
            <source>A Swiss phase needs a number of rounds, or both the wins to advance and the losses to be out.</source>
            <translation>Une phase en système suisse demande un nombre de rondes, ou à la fois les victoires pour se qualifier et les défaites pour être éliminé.</translation>
        </message>
        <message>
            <source>This event has no bracket yet.</source>
            <translation>Cette épreuve n’a pas encore de tableau.</translation>
        </message>
        <message>
            <source>At least 1 entrant per group must advance; %1 was given.</source>
            <translation>Au moins 1 participant par poule doit se qualifier ; %1 indiqué.</translation>
        </message>
        <message>
            <source>%1 is not in this bracket.</source>
            <translation>%1 ne fait pas partie de ce tableau.</translation>
        </message>
        <message>
            <source>%1 is a bye: it needs no result.</source>
            <translation>%1 est une exemption : il n’y a pas de résultat à saisir.</translation>
        </message>
        <message>
            <source>%1 is waiting for both entrants.</source>
            <translation>%1 attend encore ses deux participants.</translation>
        </message>
        <message>
            <source>%1 is the grand-final reset, which is not played: the winners-side finalist won the grand final.</source>
            <translation>%1 est la revanche de la grande finale, qui ne se joue pas : le finaliste côté winners a remporté la grande finale.</translation>
        </message>
        <message>
            <source>%1: the winner must be side 1 or side 2.</source>
            <translation>%1 : le vainqueur doit être le côté 1 ou le côté 2.</translation>
        </message>
        <message>
            <source>%1: choose who wins by forfeit, no-show or disqualification.</source>
            <translation>%1 : indiquez qui gagne par forfait, absence ou disqualification.</translation>
        </message>
        <message>
            <source>%1: a draw is not possible in this format: give the winner the higher score.</source>
            <translation>%1 : pas de match nul dans ce format : donnez le score le plus haut au vainqueur.</translation>
        </message>
        <message>
            <source>%1: a score cannot be negative.</source>
            <translation>%1 : un score ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>%1: %2-%3 is not possible in a best of %4: the winner needs exactly %5 games.</source>
            <translation>%1 : %2-%3 est impossible en %4 manches : le vainqueur doit en gagner exactement %5.</translation>
        </message>
        <message>
            <source>%1: %2-%3 is not a draw: a draw needs as many games won on each side.</source>
            <translation>%1 : %2-%3 n’est pas un match nul : il faut autant de manches gagnées de chaque côté.</translation>
        </message>
        <message>
            <source>%1: a lobby’s result is each game’s placements and kills.</source>
            <translation>%1 : le résultat d’un lobby, ce sont les classements et les éliminations de chaque manche.</translation>
        </message>
        <message>
            <source>%1: enter all %2 games of the lobby (%3 entered).</source>
            <translation>%1 : saisissez les %2 manches du lobby (%3 saisies).</translation>
        </message>
        <message>
            <source>%1, game %2: give a placement to each of the %3 entrants.</source>
            <translation>%1, manche %2 : donnez un classement à chacun des %3 participants.</translation>
        </message>
        <message>
            <source>%1, game %2: placements go from 1 to %3, each given once.</source>
            <translation>%1, manche %2 : les classements vont de 1 à %3, chacun attribué une seule fois.</translation>
        </message>
        <message>
            <source>%1, game %2: kills cannot be negative.</source>
            <translation>%1, manche %2 : le nombre d’éliminations ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>%1 has no result yet: there is nothing to reset.</source>
            <translation>%1 n’a pas encore de résultat : il n’y a rien à remettre à zéro.</translation>
        </message>
        <message>
            <source>Correcting %1 resets no played match: confirm none.</source>
            <translation>Corriger %1 ne remet à zéro aucun match joué : ne confirmez aucun match.</translation>
        </message>
        <message>
            <source>Correcting %1 resets %2, already played: confirm exactly those matches.</source>
            <translation>Corriger %1 remet à zéro %2, déjà joués : confirmez exactement ces matchs.</translation>
        </message>
        <message>
            <source>%1 is finished: correct its result instead.</source>
            <translation>%1 est terminé : corrigez plutôt son résultat.</translation>
        </message>
        <message>
            <source>%1: a match becomes pending or finished through its result only.</source>
            <translation>%1 : un match ne redevient en attente ou ne se termine que par son résultat.</translation>
        </message>
        <message>
            <source>%1 is not in this event.</source>
            <translation>%1 ne participe pas à cette épreuve.</translation>
        </message>
        <message>
            <source>Round %1 is not finished: %2 has no result yet.</source>
            <translation>Le tour %1 n’est pas terminé : %2 n’a pas encore de résultat.</translation>
        </message>
        <message>
            <source>The simulation could not report a result.</source>
            <translation>La simulation n’a pas pu saisir un résultat.</translation>
        </message>
        <message>
            <source>%1 appears twice.</source>
            <translation>%1 apparaît deux fois.</translation>
        </message>
        <message>
            <source>%1 has an id beyond the bracket’s next one.</source>
            <translation>%1 a un identifiant au-delà du prochain du tableau.</translation>
        </message>
        <message>
            <source>%1 takes an entrant from %2, which does not come before it.</source>
            <translation>%1 reçoit un participant de %2, qui ne le précède pas.</translation>
        </message>
        <message>
            <source>%1 takes seed %2, which its phase does not have.</source>
            <translation>%1 reçoit la tête de série %2, qui n’existe pas dans sa phase.</translation>
        </message>
        <message>
            <source>%1: side %2 does not follow from the results before it.</source>
            <translation>%1 : le côté %2 ne découle pas des résultats précédents.</translation>
        </message>
        <message>
            <source>The engine refused with code %1.</source>
            <translation>Le moteur a refusé avec le code %1.</translation>
        </message>
        <message>
            <source>phase %1</source>
            <translation>phase %1</translation>
        </message>
        <message>
            <source>Finish %1 first: start its next round.</source>
            <translation>Terminez d’abord %1 : lancez sa ronde suivante.</translation>
        </message>
        <message numerus="yes">
            <source>Finish %1 first: %n match(es) still to play.</source>
            <translation>
                <numerusform>Terminez d’abord %1 : %n match reste à jouer.</numerusform>
                <numerusform>Terminez d’abord %1 : %n matchs restent à jouer.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 has no rounds to start: only Swiss and free-for-all phases have rounds.</source>
            <translation>%1 n’a pas de tour à lancer : seules les phases en système suisse et chacun pour soi ont des tours.</translation>
        </message>
        <message>
            <source>Every round of %1 has been played.</source>
            <translation>Tous les tours de %1 ont été joués.</translation>
        </message>
    </context>
    <context>
        <name>EventCommandRunner</name>
        <message>
            <source>Create the event %1</source>
            <translation>Créer l’épreuve %1</translation>
        </message>
    </context>
    <context>
        <name>EventController</name>
        <message>
            <source>add tournament %1</source>
            <translation>ajout du tournoi %1</translation>
        </message>
        <message>
            <source>A tournament needs a name.</source>
            <translation>Un tournoi doit avoir un nom.</translation>
        </message>
        <message>
            <source>edit tournament %1</source>
            <translation>modification du tournoi %1</translation>
        </message>
        <message>
            <source>delete tournament</source>
            <translation>suppression du tournoi</translation>
        </message>
        <message>
            <source>add event %1</source>
            <translation>ajout de l’épreuve %1</translation>
        </message>
        <message>
            <source>An event needs a name.</source>
            <translation>Une épreuve doit avoir un nom.</translation>
        </message>
        <message>
            <source>Choose a tournament for the event first.</source>
            <translation>Choisissez d’abord le tournoi de l’épreuve.</translation>
        </message>
        <message>
            <source>edit event %1</source>
            <translation>modification de l’épreuve %1</translation>
        </message>
        <message>
            <source>delete event %1</source>
            <translation>suppression de l’épreuve %1</translation>
        </message>
        <message>
            <source>register %1</source>
            <translation>inscription de %1</translation>
        </message>
        <message>
            <source>This event no longer exists.</source>
            <translation>Cette épreuve n’existe plus.</translation>
        </message>
        <message>
            <source>%1 is a 1v1 event: register players, not teams.</source>
            <translation>%1 est une épreuve en 1v1 : inscrivez des joueurs, pas des équipes.</translation>
        </message>
        <message>
            <source>%1 is played by teams of %2: register a team.</source>
            <translation>%1 se joue en équipes de %2 : inscrivez une équipe.</translation>
        </message>
        <message>
            <source>%1 is already registered in %2.</source>
            <translation>%1 est déjà inscrit à %2.</translation>
        </message>
        <message>
            <source>unregister %1</source>
            <translation>désinscription de %1</translation>
        </message>
        <message>
            <source>check in %1</source>
            <translation>pointage de %1</translation>
        </message>
        <message>
            <source>This entrant is no longer registered.</source>
            <translation>Ce participant n’est plus inscrit.</translation>
        </message>
        <message>
            <source>%1 is on the waiting list: there is no place yet.</source>
            <translation>%1 est sur liste d’attente : il n’y a pas encore de place.</translation>
        </message>
        <message>
            <source>cancel check-in of %1</source>
            <translation>annulation du pointage de %1</translation>
        </message>
        <message>
            <source>remove no-shows from %1</source>
            <translation>retrait des absents de %1</translation>
        </message>
        <message>
            <source>seed %1</source>
            <translation>têtes de série de %1</translation>
        </message>
        <message>
            <source>An entrant of another event cannot be seeded here.</source>
            <translation>Un participant d’une autre épreuve ne peut pas être classé ici.</translation>
        </message>
        <message>
            <source>move %1 to seed %2</source>
            <translation>%1 passe tête de série n° %2</translation>
        </message>
        <message>
            <source>This entrant is not registered in the event.</source>
            <translation>Ce participant n’est pas inscrit à l’épreuve.</translation>
        </message>
        <message>
            <source>random seeding of %1 (seed %2)</source>
            <translation>tirage au sort de %1 (graine %2)</translation>
        </message>
        <message>
            <source>seed %1 by rating</source>
            <translation>têtes de série de %1 selon le classement</translation>
        </message>
        <message>
            <source>This tournament no longer exists.</source>
            <translation>Ce tournoi n’existe plus.</translation>
        </message>
        <message>
            <source>“%1” is not a date: write it as YYYY-MM-DD, such as 2026-11-28.</source>
            <translation>« %1 » n’est pas une date : écrivez-la AAAA-MM-JJ, par exemple 2026-11-28.</translation>
        </message>
        <message>
            <source>The tournament cannot end before it starts.</source>
            <translation>Le tournoi ne peut pas finir avant de commencer.</translation>
        </message>
        <message numerus="yes">
            <source>%n player(s) are registered in this 1v1 event: unregister them before making it a team event.</source>
            <translation>
                <numerusform>%n joueur est inscrit à cette épreuve 1v1 : désinscrivez-le avant d’en faire une épreuve par équipes.</numerusform>
                <numerusform>%n joueurs sont inscrits à cette épreuve 1v1 : désinscrivez-les avant d’en faire une épreuve par équipes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n team(s) are registered in this event: unregister them before making it 1v1.</source>
            <translation>
                <numerusform>%n équipe est inscrite à cette épreuve : désinscrivez-la avant d’en faire une épreuve 1v1.</numerusform>
                <numerusform>%n équipes sont inscrites à cette épreuve : désinscrivez-les avant d’en faire une épreuve 1v1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>register %n player(s) in %1</source>
            <translation>
                <numerusform>inscrire %n joueur à %1</numerusform>
                <numerusform>inscrire %n joueurs à %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 has no bracket yet: there is no result to seed by.</source>
            <translation>%1 n’a pas encore de tableau : il n’y a pas de résultat sur lequel classer.</translation>
        </message>
        <message>
            <source>%1 is not finished yet: seed by its result once its last match is played.</source>
            <translation>%1 n’est pas encore terminée : classez selon son résultat une fois son dernier match joué.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>seed %1 by the result of %2</source>
            <translation>classer %1 selon le résultat de %2</translation>
        </message>
        <message>
            <source>Nobody registered in %1 played %2.</source>
            <translation>Aucun inscrit de %1 n’a joué %2.</translation>
        </message>
        <message>
            <source>%1 plays in the bracket of %2: disqualify them there instead; deleting would leave their matches without a side.</source>
            <translation>%1 joue dans le tableau de %2 : disqualifiez-le plutôt dans le tableau ; le supprimer laisserait ses matchs sans adversaire.</translation>
        </message>
        <message>
            <source>the tournament name</source>
            <translation>le nom du tournoi</translation>
        </message>
        <message>
            <source>the event name</source>
            <translation>le nom de l’épreuve</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>Edit event %1</source>
            <translation>Modifier l’épreuve %1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Game</source>
            <translation>Jeu</translation>
        </message>
        <message>
            <source>Team size</source>
            <translation>Taille des équipes</translation>
        </message>
        <message>
            <source>1v1: players register</source>
            <translation>1v1 : les joueurs s’inscrivent</translation>
        </message>
        <message>
            <source>teams register</source>
            <translation>les équipes s’inscrivent</translation>
        </message>
        <message>
            <source>Entrant cap</source>
            <translation>Nombre maximal d’inscrits</translation>
        </message>
        <message>
            <source>no cap</source>
            <translation>sans limite</translation>
        </message>
        <message>
            <source>then a waiting list</source>
            <translation>puis liste d’attente</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>EventPicker</name>
        <message>
            <source>Event</source>
            <translation>Épreuve</translation>
        </message>
        <message>
            <source>No event yet</source>
            <translation>Aucune épreuve</translation>
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message>
            <source>Tournaments</source>
            <translation>Tournois</translation>
        </message>
        <message>
            <source>Tournament name</source>
            <translation>Nom du tournoi</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Date (YYYY-MM-DD)</source>
            <translation>Date (AAAA-MM-JJ)</translation>
        </message>
        <message>
            <source>Add tournament</source>
            <translation>Ajouter le tournoi</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n épreuve</numerusform>
                <numerusform>%n épreuves</numerusform>
            </translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Épreuves</translation>
        </message>
        <message>
            <source>Event name</source>
            <translation>Nom de l’épreuve</translation>
        </message>
        <message>
            <source>Game</source>
            <translation>Jeu</translation>
        </message>
        <message>
            <source>Team size</source>
            <translation>Taille d’équipe</translation>
        </message>
        <message>
            <source>Cap</source>
            <translation>Limite</translation>
        </message>
        <message>
            <source>Add event</source>
            <translation>Ajouter l’épreuve</translation>
        </message>
        <message>
            <source>1v1</source>
            <translation>1v1</translation>
        </message>
        <message>
            <source>teams of %1</source>
            <translation>équipes de %1</translation>
        </message>
        <message>
            <source>%1 / %2 entrants</source>
            <translation>%1 / %2 participants</translation>
        </message>
        <message numerus="yes">
            <source>%n entrant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting</source>
            <translation>
                <numerusform>%n en attente</numerusform>
                <numerusform>%n en attente</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 checked in</source>
            <translation>%1 présents</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Tournament and events</source>
            <translation>Tournoi et épreuves</translation>
        </message>
        <message>
            <source>No tournament yet</source>
            <translation>Pas encore de tournoi</translation>
        </message>
        <message>
            <source>A tournament is the evening or weekend: its events, stations and players.</source>
            <translation>Un tournoi, c’est la soirée ou le week-end : ses épreuves, ses postes et ses joueurs.</translation>
        </message>
        <message>
            <source>Name the tournament</source>
            <translation>Nommer le tournoi</translation>
        </message>
        <message>
            <source>No event yet</source>
            <translation>Pas encore d’épreuve</translation>
        </message>
        <message>
            <source>An event is one game's competition: its players register for it and it has its own bracket.</source>
            <translation>Une épreuve est la compétition d’un jeu : ses joueurs s’y inscrivent et elle a son propre tableau.</translation>
        </message>
        <message>
            <source>Name the first event</source>
            <translation>Nommer la première épreuve</translation>
        </message>
    </context>
    <context>
        <name>GatePage</name>
        <message>
            <source>Gate %1</source>
            <translation>Entrée %1</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>En ligne</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Hors ligne</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Prêt</translation>
        </message>
        <message>
            <source>ACCEPTED</source>
            <translation>ACCEPTÉ</translation>
        </message>
        <message>
            <source>REFUSED</source>
            <translation>REFUSÉ</translation>
        </message>
        <message>
            <source>Accepted here: %1</source>
            <translation>Acceptés ici : %1</translation>
        </message>
        <message>
            <source>Refused: %1</source>
            <translation>Refusés : %1</translation>
        </message>
        <message>
            <source>Waiting for upload: %1</source>
            <translation>En attente d'envoi : %1</translation>
        </message>
        <message>
            <source>Gate name</source>
            <translation>Nom de l'entrée</translation>
        </message>
        <message>
            <source>Synchronise</source>
            <translation>Synchroniser</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s) let in offline were refused by the server</source>
            <translation>
                <numerusform>%n entrée acceptée hors ligne a été refusée par le serveur</numerusform>
                <numerusform>%n entrées acceptées hors ligne ont été refusées par le serveur</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · ticket %2 · %3</source>
            <translation>%1 · billet %2 · %3</translation>
        </message>
        <message>
            <source>Pair this gate with the ticketing server at %1?</source>
            <translation>Appairer cette entrée avec le serveur de billetterie %1 ?</translation>
        </message>
        <message>
            <source>Its certificate: %1</source>
            <translation>Son certificat : %1</translation>
        </message>
        <message>
            <source>This gate&apos;s scans will then be checked and counted by that server. Pair only with a code the organisers showed you.</source>
            <translation>Les billets scannés ici seront alors vérifiés et comptés par ce serveur. N&apos;appairez qu&apos;avec un code montré par les organisateurs.</translation>
        </message>
        <message>
            <source>Pair this gate</source>
            <translation>Appairer cette entrée</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Ticket code</source>
            <translation>Code du billet</translation>
        </message>
        <message>
            <source>Scan or type a ticket code</source>
            <translation>Scannez ou tapez un code de billet</translation>
        </message>
        <message>
            <source>Scan a ticket or a pairing code</source>
            <translation>Billet ou code d’appairage à scanner</translation>
        </message>
    </context>
    <context>
        <name>LobbyBoard</name>
        <message>
            <source>Disputed</source>
            <translation>Contesté</translation>
        </message>
        <message>
            <source>%1k</source>
            <translation>%1 él.</translation>
        </message>
        <message>
            <source>%1 pts</source>
            <translation>%1 pts</translation>
        </message>
    </context>
    <context>
        <name>LobbyModel</name>
        <message>
            <source>Round %1 · lobby %2</source>
            <translation>Tour %1 · lobby %2</translation>
        </message>
    </context>
    <context>
        <name>LobbyScoreGrid</name>
        <message>
            <source>Entrant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>G%1 place</source>
            <translation>P%1 place</translation>
        </message>
        <message>
            <source>kills</source>
            <translation>élim.</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Game %1 placement of %2</source>
            <translation>Place de %2 à la partie %1</translation>
        </message>
        <message>
            <source>Game %1 kills of %2</source>
            <translation>Éliminations de %2 à la partie %1</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Omnium</source>
            <translation>Omnium</translation>
        </message>
        <message>
            <source>Omnium — %1 — %2</source>
            <translation>Omnium — %1 — %2</translation>
        </message>
    </context>
    <context>
        <name>MatchPresenter</name>
    <message>
        <source>playing now</source>
        <translation>en train de jouer</translation>
    </message>
    <message>
        <source>called now</source>
        <translation>appelé maintenant</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>waits for an earlier result</source>
        <translation>attend un résultat précédent</translation>
    </message>
    <message>
        <source>played</source>
        <translation>joué</translation>
    </message>
        <message>
            <source>Winners final</source>
            <translation>Finale winners</translation>
        </message>
        <message>
            <source>Winners semi-final</source>
            <translation>Demi-finale winners</translation>
        </message>
        <message>
            <source>Winners quarter-final</source>
            <translation>Quart de finale winners</translation>
        </message>
        <message>
            <source>Winners round %1</source>
            <translation>Winners, tour %1</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Finale</translation>
        </message>
        <message>
            <source>Semi-final</source>
            <translation>Demi-finale</translation>
        </message>
        <message>
            <source>Quarter-final</source>
            <translation>Quart de finale</translation>
        </message>
        <message>
            <source>Round %1</source>
            <translation>Tour %1</translation>
        </message>
        <message>
            <source>Losers final</source>
            <translation>Finale losers</translation>
        </message>
        <message>
            <source>Losers semi-final</source>
            <translation>Demi-finale losers</translation>
        </message>
        <message>
            <source>Losers quarter-final</source>
            <translation>Quart de finale losers</translation>
        </message>
        <message>
            <source>Losers round %1</source>
            <translation>Losers, tour %1</translation>
        </message>
        <message>
            <source>Grand final</source>
            <translation>Grande finale</translation>
        </message>
        <message>
            <source>Grand final reset</source>
            <translation>Grande finale, revanche</translation>
        </message>
        <message>
            <source>Third-place match</source>
            <translation>Petite finale</translation>
        </message>
        <message>
            <source>Group %1, round %2</source>
            <translation>Poule %1, tour %2</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Prêt</translation>
        </message>
        <message>
            <source>Called</source>
            <translation>Appelé</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Disputed</source>
            <translation>Contesté</translation>
        </message>
        <message>
            <source>Station %1</source>
            <translation>Poste %1</translation>
        </message>
        <message>
            <source>Single elimination</source>
            <translation>Simple élimination</translation>
        </message>
        <message>
            <source>Double elimination</source>
            <translation>Double élimination</translation>
        </message>
        <message>
            <source>Round robin</source>
            <translation>Poules (toutes rencontres)</translation>
        </message>
        <message>
            <source>Swiss</source>
            <translation>Ronde suisse</translation>
        </message>
        <message>
            <source>Free-for-all lobbies</source>
            <translation>Lobbies chacun pour soi</translation>
        </message>
    <message>
        <source>en_US</source>
        <translation>fr_FR</translation>
    </message>
    <message>
        <source>h:mm AP</source>
        <translation>H&apos; h &apos;mm</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMMM</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1 à %2</translation>
    </message>
    </context>
    <context>
        <name>MatchResults</name>
        <message>
            <source>Entrant %1</source>
            <translation>Participant %1</translation>
        </message>
        <message>
            <source>This match is no longer in the bracket.</source>
            <translation>Ce match n’est plus dans l’arbre.</translation>
        </message>
        <message>
            <source>Forfeit M%1</source>
            <translation>Forfait M%1</translation>
        </message>
        <message>
            <source>No-show M%1</source>
            <translation>Absence M%1</translation>
        </message>
        <message>
            <source>Disqualification M%1</source>
            <translation>Disqualification M%1</translation>
        </message>
        <message>
            <source>Lobby result M%1</source>
            <translation>Résultat du lobby M%1</translation>
        </message>
        <message>
            <source>Result %1-%2 M%3</source>
            <translation>Résultat %1-%2 M%3</translation>
        </message>
        <message numerus="yes">
            <source>Enter all %n game(s) of the lobby.</source>
            <translation>
                <numerusform>Saisissez la partie du lobby.</numerusform>
                <numerusform>Saisissez les %n parties du lobby.</numerusform>
            </translation>
        </message>
        <message>
            <source>Game %1: enter %2’s placement.</source>
            <translation>Partie %1 : saisissez la place de %2.</translation>
        </message>
        <message>
            <source>Game %1: %2’s placement %3 is out of range: placements go from 1 to %4.</source>
            <translation>Partie %1 : la place %3 de %2 est hors limites : les places vont de 1 à %4.</translation>
        </message>
        <message>
            <source>Game %1: %2 and %3 both have placement %4; each placement goes to one entrant.</source>
            <translation>Partie %1 : %2 et %3 ont tous deux la place %4 ; chaque place revient à un seul participant.</translation>
        </message>
        <message>
            <source>Game %1: %2’s kills must be a number, 0 or more.</source>
            <translation>Partie %1 : les éliminations de %2 doivent être un nombre, 0 ou plus.</translation>
        </message>
        <message>
            <source>Unknown result kind “%1”.</source>
            <translation>Type de résultat inconnu « %1 ».</translation>
        </message>
        <message>
            <source>Type the score as two numbers, like 2-1.</source>
            <translation>Tapez le score en deux nombres, comme 2-1.</translation>
        </message>
        <message>
            <source>forfeit</source>
            <translation>forfait</translation>
        </message>
        <message>
            <source>no-show</source>
            <translation>absence</translation>
        </message>
        <message>
            <source>disqualification</source>
            <translation>disqualification</translation>
        </message>
        <message>
            <source>%1 for %2</source>
            <translation>%1 pour %2</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Start</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>About</source>
            <translation>À propos</translation>
        </message>
        <message>
            <source>Players</source>
            <translation>Joueurs</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Équipes</translation>
        </message>
        <message>
            <source>Tournament and events</source>
            <translation>Tournoi et épreuves</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Inscriptions</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Pointage</translation>
        </message>
        <message>
            <source>Seeding</source>
            <translation>Têtes de série</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Billets</translation>
        </message>
        <message>
            <source>Gate</source>
            <translation>Contrôle d'accès</translation>
        </message>
        <message>
            <source>Badges</source>
            <translation>Badges</translation>
        </message>
        <message>
            <source>Brackets</source>
            <translation>Arbres</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Postes</translation>
        </message>
        <message>
            <source>Station board</source>
            <translation>Tableau des postes</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Planning</translation>
        </message>
        <message>
            <source>Player lookup</source>
            <translation>Où je joue ?</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
    </context>
    <context>
        <name>NextPhaseDialog</name>
        <message>
            <source>Add the next phase</source>
            <translation>Ajouter la phase suivante</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Add the phase</source>
            <translation>Ajouter la phase</translation>
        </message>
    </context>
    <context>
        <name>NotificationArea</name>
        <message>
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>NotificationSources</name>
        <message>
            <source>Open settings</source>
            <translation>Ouvrir les paramètres</translation>
        </message>
        <message>
            <source>The venue server %1 cannot be reached. Reconnecting… Changes are refused until it is back.</source>
            <translation>Le serveur du site %1 est injoignable. Reconnexion… Les modifications sont refusées jusqu’à son retour.</translation>
        </message>
        <message numerus="yes">
            <source>Reconnected to the venue server; %n change(s) made at other desks meanwhile are shown.</source>
            <translation>
                <numerusform>Reconnecté au serveur du site ; %n modification faite entre-temps à d’autres postes est affichée.</numerusform>
                <numerusform>Reconnecté au serveur du site ; %n modifications faites entre-temps à d’autres postes sont affichées.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OmniumApplication</name>
        <message>
            <source>Undone: %1</source>
            <translation>Défait : %1</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>Refait : %1</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Défaire</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Refaire</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Page suivante</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Page précédente</translation>
        </message>
        <message>
            <source>Move to the sidebar (arrows, then Enter)</source>
            <translation>Aller au menu (flèches, puis Entrée)</translation>
        </message>
        <message>
            <source>Find a command or page</source>
            <translation>Chercher une commande ou une page</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Go to %1</source>
            <translation>Aller à : %1</translation>
        </message>
        <message>
            <source>Change the keyboard shortcuts…</source>
            <translation>Modifier les raccourcis clavier…</translation>
        </message>
    </context>
    <context>
        <name>OverlayServer</name>
        <message>
            <source>The overlay server cannot listen on port %1: %2</source>
            <translation>Le serveur d'incrustations ne peut pas écouter sur le port %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>PhaseBracket</name>
        <message>
            <source>Entrant %1</source>
            <translation>Participant %1</translation>
        </message>
        <message>
            <source>Bye</source>
            <translation>Exempt</translation>
        </message>
        <message>
            <source>Winner of M%1</source>
            <translation>Vainqueur du M%1</translation>
        </message>
        <message>
            <source>Loser of M%1</source>
            <translation>Perdant du M%1</translation>
        </message>
        <message>
            <source>Seed %1</source>
            <translation>Tête de série %1</translation>
        </message>
        <message>
            <source>To be decided</source>
            <translation>À déterminer</translation>
        </message>
        <message>
            <source>W</source>
            <translation>V</translation>
        </message>
        <message>
            <source>F</source>
            <translation>F</translation>
        </message>
        <message>
            <source>DQ</source>
            <translation>DQ</translation>
        </message>
        <message numerus="yes">
            <source>Lobby %1 · %n entrant(s)</source>
            <translation>
                <numerusform>Lobby %1 · %n participant</numerusform>
                <numerusform>Lobby %1 · %n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Played · %n game(s)</source>
            <translation>
                <numerusform>Joué · %n partie</numerusform>
                <numerusform>Joué · %n parties</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>To play · %n game(s)</source>
            <translation>
                <numerusform>À jouer · %n partie</numerusform>
                <numerusform>À jouer · %n parties</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PhaseOptionsForm</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Advance from each group</source>
            <translation>Qualifiés par groupe</translation>
        </message>
        <message>
            <source>Advance</source>
            <translation>Qualifiés</translation>
        </message>
        <message numerus="yes">
            <source>%n entrant(s) in the next phase, seeded by placement</source>
            <translation>
                <numerusform>%n participant dans la phase suivante, placé selon son classement</numerusform>
                <numerusform>%n participants dans la phase suivante, placés selon leur classement</numerusform>
            </translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Double elimination</source>
            <translation>Double élimination</translation>
        </message>
        <message>
            <source>Single elimination</source>
            <translation>Simple élimination</translation>
        </message>
        <message>
            <source>Round robin</source>
            <translation>Poules (toutes rencontres)</translation>
        </message>
        <message>
            <source>Swiss</source>
            <translation>Ronde suisse</translation>
        </message>
        <message>
            <source>Free-for-all lobbies</source>
            <translation>Lobbies chacun pour soi</translation>
        </message>
        <message>
            <source>Best of</source>
            <translation>Au meilleur de</translation>
        </message>
        <message>
            <source>Finals best of</source>
            <translation>Finales au meilleur de</translation>
        </message>
        <message>
            <source>same</source>
            <translation>idem</translation>
        </message>
        <message>
            <source>Grand final</source>
            <translation>Grande finale</translation>
        </message>
        <message>
            <source>With bracket reset</source>
            <translation>Avec revanche</translation>
        </message>
        <message>
            <source>One match</source>
            <translation>Un match</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>Third-place match</source>
            <translation>Match pour la 3e place</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Poules</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Tours</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatique</translation>
        </message>
        <message>
            <source>Lobby size</source>
            <translation>Taille des lobbies</translation>
        </message>
    </context>
    <context>
        <name>PhaseOverview</name>
        <message>
            <source>Phase %1</source>
            <translation>Phase %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n match(es) played</source>
            <translation>
                <numerusform>%1 match joué sur %n</numerusform>
                <numerusform>%1 matchs joués sur %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PhaseSummaryModel</name>
        <message numerus="yes">
            <source>Top %n of each group advanced</source>
            <translation>
                <numerusform>Le premier de chaque poule s’est qualifié</numerusform>
                <numerusform>Les %n premiers de chaque poule se sont qualifiés</numerusform>
            </translation>
        </message>
        <message>
            <source>Winner</source>
            <translation>Vainqueur</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Pas commencée</translation>
        </message>
    </context>
    <context>
        <name>PlayerController</name>
        <message>
            <source>add player %1</source>
            <translation>ajout du joueur %1</translation>
        </message>
        <message>
            <source>edit player %1</source>
            <translation>modification du joueur %1</translation>
        </message>
        <message>
            <source>delete player %1</source>
            <translation>suppression du joueur %1</translation>
        </message>
        <message>
            <source>Another player already uses the tag %1 (%2).</source>
            <translation>Un autre joueur utilise déjà le pseudo %1 (%2).</translation>
        </message>
        <message>
            <source>no name</source>
            <translation>sans nom</translation>
        </message>
        <message>
            <source>The e-mail %1 is already used by %2.</source>
            <translation>L’adresse %1 est déjà utilisée par %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n event registration(s)</source>
            <translation>
                <numerusform>%n inscription à une épreuve</numerusform>
                <numerusform>%n inscriptions à des épreuves</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n team membership(s)</source>
            <translation>
                <numerusform>%n appartenance à une équipe</numerusform>
                <numerusform>%n appartenances à des équipes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n épreuve</numerusform>
                <numerusform>%n épreuves</numerusform>
            </translation>
        </message>
        <message>
            <source>add team %1</source>
            <translation>ajout de l’équipe %1</translation>
        </message>
        <message>
            <source>A team needs a name.</source>
            <translation>Une équipe doit avoir un nom.</translation>
        </message>
        <message>
            <source>edit team %1</source>
            <translation>modification de l’équipe %1</translation>
        </message>
        <message>
            <source>change team roster</source>
            <translation>modification de l’effectif</translation>
        </message>
        <message>
            <source>“%1” is not a roster role.</source>
            <translation>« %1 » n’est pas un rôle d’effectif.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Ligne %1 : %2</translation>
        </message>
        <message>
            <source>Nothing to import.</source>
            <translation>Rien à importer.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n line(s) must be fixed first.</source>
            <translation>
                <numerusform>Rien n’a été importé : %n ligne doit d’abord être corrigée.</numerusform>
                <numerusform>Rien n’a été importé : %n lignes doivent d’abord être corrigées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>import %n player(s)</source>
            <translation>
                <numerusform>import de %n joueur</numerusform>
                <numerusform>import de %n joueurs</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>Players exported to %1.</source>
            <translation>Joueurs exportés dans %1.</translation>
        </message>
        <message>
            <source>Cannot read the image %1: %2</source>
            <translation>Impossible de lire l’image %1 : %2</translation>
        </message>
        <message>
            <source>The image %1 is too large (%2 MB); choose one under 2 MB</source>
            <translation>L’image %1 est trop lourde (%2 Mo) ; choisissez-en une de moins de 2 Mo</translation>
        </message>
        <message>
            <source>%1 is not a PNG, JPEG, GIF or WebP image</source>
            <translation>%1 n’est pas une image PNG, JPEG, GIF ou WebP</translation>
        </message>
        <message numerus="yes">
            <source>%n station(s)</source>
            <translation>
                <numerusform>%n poste</numerusform>
                <numerusform>%n postes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bracket phase(s)</source>
            <translation>
                <numerusform>%n phase de tableau</numerusform>
                <numerusform>%n phases de tableau</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es) with their results</source>
            <translation>
                <numerusform>%n match avec son résultat</numerusform>
                <numerusform>%n matchs avec leurs résultats</numerusform>
            </translation>
        </message>
        <message>
            <source>delete team %1</source>
            <translation>supprimer l’équipe %1</translation>
        </message>
        <message>
            <source>the team name</source>
            <translation>le nom de l’équipe</translation>
        </message>
        <message>
            <source>the team tag</source>
            <translation>le tag de l’équipe</translation>
        </message>
        <message numerus="yes">
            <source>%n player(s) added</source>
            <translation>
                <numerusform>%n joueur ajouté</numerusform>
                <numerusform>%n joueurs ajoutés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated.</source>
            <translation>
                <numerusform>%n mis à jour.</numerusform>
                <numerusform>%n mis à jour.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlayerDialog</name>
        <message>
            <source>New player</source>
            <translation>Nouveau joueur</translation>
        </message>
        <message>
            <source>Edit player %1</source>
            <translation>Modifier le joueur %1</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>Choisir une photo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
            <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
        </message>
        <message>
            <source>Gamer tag</source>
            <translation>Pseudo</translation>
        </message>
        <message>
            <source>Real name</source>
            <translation>Nom réel</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>facultatif</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>FR, or France</source>
            <translation>FR, ou France</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>optional, personal data</source>
            <translation>facultatif, donnée personnelle</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Classement</translation>
        </message>
        <message>
            <source>for seeding</source>
            <translation>pour le placement</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Pas de photo</translation>
        </message>
        <message>
            <source>Choose photo…</source>
            <translation>Choisir une photo…</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Retirer la photo</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Add player</source>
            <translation>Ajouter le joueur</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>PlayerImport</name>
        <message>
            <source>start.gg attendee list</source>
            <translation>liste de participants start.gg</translation>
        </message>
        <message>
            <source>Challonge participant list</source>
            <translation>liste de participants Challonge</translation>
        </message>
        <message>
            <source>spreadsheet</source>
            <translation>tableur</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>le fichier est vide</translation>
        </message>
        <message>
            <source>no column gives the gamer tag; choose one</source>
            <translation>aucune colonne ne donne le pseudo ; choisissez-en une</translation>
        </message>
        <message>
            <source>the gamer tag is empty</source>
            <translation>le pseudo est vide</translation>
        </message>
        <message>
            <source>the gamer tag %1 is already on line %2</source>
            <translation>le pseudo %1 figure déjà ligne %2</translation>
        </message>
        <message>
            <source>“%1” is not a country name or two-letter code</source>
            <translation>« %1 » n’est ni un nom de pays ni un code à deux lettres</translation>
        </message>
        <message>
            <source>“%1” is not an e-mail address</source>
            <translation>« %1 » n’est pas une adresse e-mail</translation>
        </message>
        <message>
            <source>the e-mail %1 is already on line %2</source>
            <translation>l’adresse %1 figure déjà ligne %2</translation>
        </message>
        <message>
            <source>the rating “%1” is not a number</source>
            <translation>le classement « %1 » n’est pas un nombre</translation>
        </message>
        <message>
            <source>%1 is longer than %2 characters</source>
            <translation>%1 dépasse %2 caractères</translation>
        </message>
        <message>
            <source>%1 contains a control character (U+%2)</source>
            <translation>%1 contient un caractère de contrôle (U+%2)</translation>
        </message>
        <message>
            <source>the gamer tag</source>
            <translation>le pseudo</translation>
        </message>
        <message>
            <source>the name</source>
            <translation>le nom</translation>
        </message>
        <message>
            <source>the phone number</source>
            <translation>le numéro de téléphone</translation>
        </message>
        <message>
            <source>the notes</source>
            <translation>les notes</translation>
        </message>
    </context>
    <context>
        <name>PlayerLookupPage</name>
        <message>
            <source>Player lookup</source>
            <translation>Où je joue ?</translation>
        </message>
        <message>
            <source>Type a few letters of the tag or name</source>
            <translation>Tapez quelques lettres du pseudo ou du nom</translation>
        </message>
        <message>
            <source>No player of this tournament matches “%1”.</source>
            <translation>Aucun joueur de ce tournoi ne correspond à « %1 ».</translation>
        </message>
        <message>
            <source>Called and up next</source>
            <translation>Appelés et à suivre</translation>
        </message>
        <message>
            <source>CALLED</source>
            <translation>APPELÉ</translation>
        </message>
        <message>
            <source>station to be decided</source>
            <translation>poste à déterminer</translation>
        </message>
        <message>
            <source>No match left today.</source>
            <translation>Plus aucun match aujourd’hui.</translation>
        </message>
        <message>
            <source>against %1</source>
            <translation>contre %1</translation>
        </message>
        <message>
            <source>No match called or up next</source>
            <translation>Aucun match appelé ni à venir</translation>
        </message>
        <message>
            <source>Type a player&apos;s tag above to tell them where and when they play. Matches show here once a bracket has started and stations are set up.</source>
            <translation>Tapez le pseudo d’un joueur ci-dessus pour lui dire où et quand il joue. Les matchs s’affichent ici dès qu’un arbre a commencé et que les postes sont en place.</translation>
        </message>
        <message>
            <source>Open Brackets</source>
            <translation>Ouvrir Arbres</translation>
        </message>
    </context>
    <context>
        <name>PlayersPage</name>
        <message>
            <source>Phone link</source>
            <translation>Lien téléphone</translation>
        </message>
        <message>
            <source>Phone link for %1</source>
            <translation>Lien téléphone de %1</translation>
        </message>
        <message>
            <source>The player opens this link on their phone: their next match, where to go, their results.</source>
            <translation>Le joueur ouvre ce lien sur son téléphone : son prochain match, où aller, ses résultats.</translation>
        </message>
        <message>
            <source>Switch on the player pages in the settings to get the link.</source>
            <translation>Activez les pages joueurs dans les paramètres pour obtenir le lien.</translation>
        </message>
        <message>
            <source>New link</source>
            <translation>Nouveau lien</translation>
        </message>
        <message>
            <source>The link handed out before stops working.</source>
            <translation>Le lien donné auparavant ne fonctionne plus.</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Révoquer</translation>
        </message>
        <message>
            <source>Import players from CSV</source>
            <translation>Importer des joueurs depuis un CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt)</source>
            <translation>Fichiers CSV (*.csv *.txt)</translation>
        </message>
        <message>
            <source>Export players to CSV</source>
            <translation>Exporter les joueurs en CSV</translation>
        </message>
        <message>
            <source>Players</source>
            <translation>Joueurs</translation>
        </message>
        <message numerus="yes">
            <source>%n player(s)</source>
            <translation>
                <numerusform>%n joueur</numerusform>
                <numerusform>%n joueurs</numerusform>
            </translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importer un &amp;CSV…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(non importé)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Gamer tag</source>
            <translation>Pseudo</translation>
        </message>
        <message>
            <source>Real name</source>
            <translation>Nom réel</translation>
        </message>
        <message>
            <source>Country (FR)</source>
            <translation>Pays (FR)</translation>
        </message>
        <message>
            <source>E-mail (optional)</source>
            <translation>E-mail (facultatif)</translation>
        </message>
        <message>
            <source>Add player</source>
            <translation>Ajouter le joueur</translation>
        </message>
        <message>
            <source>Search by tag, name or team</source>
            <translation>Rechercher par pseudo, nom ou équipe</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom de famille</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Équipe</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Classement</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>New player…</source>
            <translation>Nouveau joueur…</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Nothing will be imported until every line below is fixed in the file:</source>
            <translation>Rien ne sera importé tant que chaque ligne ci-dessous n’est pas corrigée dans le fichier :</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more line(s)</source>
            <translation>
                <numerusform>… et %n autre ligne</numerusform>
                <numerusform>… et %n autres lignes</numerusform>
            </translation>
        </message>
        <message>
            <source>Read the file again</source>
            <translation>Relire le fichier</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Import: %1, %2 row(s), read as %3</source>
            <translation>Import : %1, %2 ligne(s), lu en %3</translation>
        </message>
        <message numerus="yes">
            <source>Ready: %n new player(s)</source>
            <translation>
                <numerusform>Prêt : %n nouveau joueur</numerusform>
                <numerusform>Prêt : %n nouveaux joueurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there unchanged</source>
            <translation>
                <numerusform>%n déjà présent, inchangé</numerusform>
                <numerusform>%n déjà présents, inchangés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there with other details in the file.</source>
            <translation>
                <numerusform>%n déjà présent avec d’autres informations dans le fichier.</numerusform>
                <numerusform>%n déjà présents avec d’autres informations dans le fichier.</numerusform>
            </translation>
        </message>
        <message>
            <source>Update those players with the file's details (otherwise only the new players are added)</source>
            <translation>Mettre à jour ces joueurs avec les informations du fichier (sinon, seuls les nouveaux joueurs sont ajoutés)</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Équipes</translation>
        </message>
        <message>
            <source>A PDF to print and hand over: the link's QR code and the code.</source>
            <translation>Un PDF à imprimer et à remettre : le QR code du lien et le code.</translation>
        </message>
        <message>
            <source>Check-in slip…</source>
            <translation>Fiche de pointage…</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save the check-in slip</source>
            <translation>Enregistrer la fiche de pointage</translation>
        </message>
        <message>
            <source>Code for the poster's page: %1</source>
            <translation>Code pour la page de l'affiche : %1</translation>
        </message>
        <message>
            <source>Every field of a new player</source>
            <translation>Tous les champs d’un nouveau joueur</translation>
        </message>
        <message>
            <source>Players from a spreadsheet, with a preview first</source>
            <translation>Des joueurs depuis un tableur, avec un aperçu d’abord</translation>
        </message>
        <message>
            <source>Every player in a spreadsheet file</source>
            <translation>Tous les joueurs dans un fichier de tableur</translation>
        </message>
        <message>
            <source>No player yet</source>
            <translation>Pas encore de joueur</translation>
        </message>
        <message>
            <source>Type a gamer tag in the row above and press Enter, or import the registration spreadsheet.</source>
            <translation>Tapez un pseudo dans la ligne ci-dessus puis Entrée, ou importez le tableur des inscriptions.</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>facultatif</translation>
        </message>
        <message>
            <source>FR, or France</source>
            <translation>FR, ou France</translation>
        </message>
        <message>
            <source>optional, personal data</source>
            <translation>facultatif, donnée personnelle</translation>
        </message>
    </context>
    <context>
        <name>PrintJob</name>
        <message>
            <source>could not start page %1</source>
            <translation>impossible de commencer la page %1</translation>
        </message>
        <message>
            <source>nothing to print</source>
            <translation>rien à imprimer</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>cannot start the PDF %1</source>
            <translation>impossible de créer le PDF %1</translation>
        </message>
        <message>
            <source>the printer %1 cannot start printing</source>
            <translation>l’imprimante %1 ne peut pas commencer l’impression</translation>
        </message>
    </context>
    <context>
        <name>PrintSize</name>
        <message>
            <source>A6 (105 × 148 mm)</source>
            <translation>A6 (105 × 148 mm)</translation>
        </message>
        <message>
            <source>A7 (74 × 105 mm)</source>
            <translation>A7 (74 × 105 mm)</translation>
        </message>
        <message>
            <source>CR80 card (85.6 × 54 mm)</source>
            <translation>Carte CR80 (85,6 × 54 mm)</translation>
        </message>
        <message>
            <source>CR100 card (98.5 × 67 mm)</source>
            <translation>Carte CR100 (98,5 × 67 mm)</translation>
        </message>
        <message>
            <source>4 × 3 in (101.6 × 76.2 mm)</source>
            <translation>4 × 3 po (101,6 × 76,2 mm)</translation>
        </message>
        <message>
            <source>90 × 54 mm</source>
            <translation>90 × 54 mm</translation>
        </message>
    </context>
    <context>
        <name>RegistrationPage</name>
        <message>
            <source>Registration</source>
            <translation>Inscriptions</translation>
        </message>
        <message>
            <source>%1 registered, %2 on the waiting list</source>
            <translation>%1 inscrits, %2 en liste d’attente</translation>
        </message>
        <message>
            <source>Find a player, Enter registers</source>
            <translation>Trouvez un joueur, Entrée l’inscrit</translation>
        </message>
        <message>
            <source>Entrants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>waiting list</source>
            <translation>liste d’attente</translation>
        </message>
        <message>
            <source>Unregister</source>
            <translation>Désinscrire</translation>
        </message>
        <message numerus="yes">
            <source>Register the %n player(s) shown</source>
            <translation>
                <numerusform>Inscrire le joueur affiché</numerusform>
                <numerusform>Inscrire les %n joueurs affichés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Register all %n player(s)</source>
            <translation>
                <numerusform>Inscrire le joueur</numerusform>
                <numerusform>Inscrire les %n joueurs</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody matches “%1”.</source>
            <translation>Personne ne correspond à « %1 ».</translation>
        </message>
        <message>
            <source>%1 is already registered.</source>
            <translation>%1 est déjà inscrit.</translation>
        </message>
        <message>
            <source>%1 registered.</source>
            <translation>%1 inscrit.</translation>
        </message>
        <message>
            <source>registered</source>
            <translation>inscrit</translation>
        </message>
        <message>
            <source>No event yet</source>
            <translation>Pas encore d’épreuve</translation>
        </message>
        <message>
            <source>Entrants belong to an event: create the tournament and its events first.</source>
            <translation>Les participants appartiennent à une épreuve : créez d’abord le tournoi et ses épreuves.</translation>
        </message>
        <message>
            <source>Open Tournament and events</source>
            <translation>Ouvrir Tournoi et épreuves</translation>
        </message>
    </context>
    <context>
        <name>RestorePage</name>
        <message>
            <source>Export the whole database</source>
            <translation>Exporter toute la base</translation>
        </message>
        <message>
            <source>Export the tournament</source>
            <translation>Exporter le tournoi</translation>
        </message>
        <message>
            <source>Omnium archives (*.omnium)</source>
            <translation>Archives Omnium (*.omnium)</translation>
        </message>
        <message>
            <source>Import an archive</source>
            <translation>Importer une archive</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Save the archive's database as</source>
            <translation>Enregistrer la base de l’archive sous</translation>
        </message>
        <message>
            <source>Omnium databases (*.sqlite)</source>
            <translation>Bases Omnium (*.sqlite)</translation>
        </message>
        <message>
            <source>Export the event as JSON</source>
            <translation>Exporter l’épreuve en JSON</translation>
        </message>
        <message>
            <source>Export the results as CSV</source>
            <translation>Exporter les résultats en CSV</translation>
        </message>
        <message>
            <source>Export the standings as CSV</source>
            <translation>Exporter le classement en CSV</translation>
        </message>
        <message>
            <source>Restore the backup of %1?</source>
            <translation>Restaurer la sauvegarde du %1 ?</translation>
        </message>
        <message>
            <source>The database goes back to the state of this backup. The current state is backed up first, so this can be reversed by restoring that backup.</source>
            <translation>La base revient à l’état de cette sauvegarde. L’état actuel est sauvegardé d’abord : on peut revenir en arrière en restaurant cette sauvegarde-là.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Backups, archives and exports</source>
            <translation>Sauvegardes, archives et exports</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Archives (.omnium)</source>
            <translation>Archives (.omnium)</translation>
        </message>
        <message>
            <source>One file with the database, photos and logos, and readable CSV/JSON copies, to move a tournament to another computer or keep it for the record.</source>
            <translation>Un seul fichier avec la base, les photos et logos, et des copies lisibles en CSV/JSON, pour déplacer un tournoi sur un autre ordinateur ou le garder en archive.</translation>
        </message>
        <message>
            <source>Export the whole database…</source>
            <translation>Exporter toute la base…</translation>
        </message>
        <message>
            <source>No tournament yet</source>
            <translation>Aucun tournoi pour l’instant</translation>
        </message>
        <message>
            <source>Export this tournament…</source>
            <translation>Exporter ce tournoi…</translation>
        </message>
        <message>
            <source>Import an archive…</source>
            <translation>Importer une archive…</translation>
        </message>
        <message>
            <source>%1, exported %2 by Omnium %3</source>
            <translation>%1, exporté le %2 par Omnium %3</translation>
        </message>
        <message>
            <source>Players who are already in this database (same id and tag, or same tag):</source>
            <translation>Joueurs déjà présents dans cette base (même identifiant et pseudo, ou même pseudo) :</translation>
        </message>
        <message>
            <source>Use the existing player</source>
            <translation>Utiliser le joueur existant</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Garder les deux</translation>
        </message>
        <message>
            <source>Import into this database</source>
            <translation>Importer dans cette base</translation>
        </message>
        <message>
            <source>Open as its own database…</source>
            <translation>Ouvrir comme base à part…</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Exports of one event</source>
            <translation>Exports d’une épreuve</translation>
        </message>
        <message>
            <source>Standings (CSV)…</source>
            <translation>Classement (CSV)…</translation>
        </message>
        <message>
            <source>Results (CSV)…</source>
            <translation>Résultats (CSV)…</translation>
        </message>
        <message>
            <source>Event (JSON)…</source>
            <translation>Épreuve (JSON)…</translation>
        </message>
        <message>
            <source>Backups of this database</source>
            <translation>Sauvegardes de cette base</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restaurer…</translation>
        </message>
        <message numerus="yes">
            <source>Every %n minute(s) while something changed, and before every update, import, restore and deletion. Kept in %1.</source>
            <translation>
                <numerusform>Toutes les %n minute si quelque chose a changé, et avant chaque mise à jour, import, restauration et suppression. Conservées dans %1.</numerusform>
                <numerusform>Toutes les %n minutes si quelque chose a changé, et avant chaque mise à jour, import, restauration et suppression. Conservées dans %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Automatic backups are off (see Settings). Backups are still taken before every update, import, restore and deletion. Kept in %1.</source>
            <translation>Les sauvegardes automatiques sont désactivées (voir Réglages). Une sauvegarde est quand même faite avant chaque mise à jour, import, restauration et suppression. Conservées dans %1.</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Fichiers JSON (*.json)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>With the players' badge ids (badges printed for this tournament keep working where it is imported)</source>
            <translation>Avec les identifiants de badge des joueurs (les badges imprimés pour ce tournoi restent valables là où il est importé)</translation>
        </message>
        <message>
            <source>Tournament</source>
            <translation>Tournoi</translation>
        </message>
        <message>
            <source>A copy of the database beside the automatic ones</source>
            <translation>Une copie de la base en plus des copies automatiques</translation>
        </message>
        <message>
            <source>No backup yet</source>
            <translation>Aucune sauvegarde pour l’instant</translation>
        </message>
        <message>
            <source>The first one is taken at the next change; take one now before a risky step.</source>
            <translation>La première est faite au prochain changement ; faites-en une maintenant avant une opération risquée.</translation>
        </message>
    </context>
    <context>
        <name>ResultDialog</name>
        <message>
            <source>vs</source>
            <translation>contre</translation>
        </message>
        <message>
            <source>Best of %1</source>
            <translation>En %1 manches</translation>
        </message>
        <message>
            <source>already reported: this is a correction</source>
            <translation>déjà saisi : c’est une correction</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Forfeit</source>
            <translation>Forfait</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Disqualification</source>
            <translation>Disqualification</translation>
        </message>
        <message>
            <source>Score, e.g. 2-1</source>
            <translation>Score, p. ex. 2-1</translation>
        </message>
        <message>
            <source>Score, first entrant first</source>
            <translation>Score, premier participant d’abord</translation>
        </message>
        <message>
            <source>Winner:</source>
            <translation>Vainqueur :</translation>
        </message>
        <message>
            <source>Game %1</source>
            <translation>Manche %1</translation>
        </message>
        <message>
            <source>Map, characters…</source>
            <translation>Carte, personnages…</translation>
        </message>
        <message>
            <source>Remove game %1</source>
            <translation>Retirer la manche %1</translation>
        </message>
        <message>
            <source>Add a game score</source>
            <translation>Ajouter le score d’une manche</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Note (facultative)</translation>
        </message>
        <message numerus="yes">
            <source>This correction resets %n match(es) already played:</source>
            <translation>
                <numerusform>Cette correction remet à zéro %n match déjà joué :</numerusform>
                <numerusform>Cette correction remet à zéro %n matchs déjà joués :</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message numerus="yes">
            <source>Reset %n match(es) and save</source>
            <translation>
                <numerusform>Remettre %n match à zéro et enregistrer</numerusform>
                <numerusform>Remettre %n matchs à zéro et enregistrer</numerusform>
            </translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message numerus="yes">
            <source>Lobby of %n entrant(s)</source>
            <translation>
                <numerusform>Lobby de %n participant</numerusform>
                <numerusform>Lobby de %n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n game(s), placement and kills in each</source>
            <translation>
                <numerusform>%n partie, place et éliminations</numerusform>
                <numerusform>%n parties, place et éliminations dans chacune</numerusform>
            </translation>
        </message>
        <message>
            <source>Disputed: check with both sides, then save the confirmed result (or settle the dispute).</source>
            <translation>Contesté : vérifiez auprès des deux camps, puis enregistrez le résultat confirmé (ou clôturez la contestation).</translation>
        </message>
        <message>
            <source>Points by placement: %1; %2 per kill</source>
            <translation>Points par place : %1 ; %2 par élimination</translation>
        </message>
        <message>
            <source>Settle the dispute</source>
            <translation>Clore la contestation</translation>
        </message>
        <message>
            <source>Mark as disputed</source>
            <translation>Marquer comme contesté</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>first entrant first, e.g. 2-1</source>
            <translation>premier participant d’abord, p. ex. 2-1</translation>
        </message>
        <message>
            <source>e.g. 2-1</source>
            <translation>p. ex. 2-1</translation>
        </message>
        <message>
            <source>Winner</source>
            <translation>Vainqueur</translation>
        </message>
        <message>
            <source>Games</source>
            <translation>Manches</translation>
        </message>
        <message>
            <source>Game %1, %2</source>
            <translation>Manche %1, %2</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>facultatif</translation>
        </message>
    </context>
    <context>
        <name>SaveProblem</name>
        <message>
            <source>Show current values</source>
            <translation>Afficher les valeurs actuelles</translation>
        </message>
    </context>
    <context>
        <name>SchedulerController</name>
        <message numerus="yes">
            <source>%n entrant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 was called to %2 and has not started: record a forfeit?</source>
            <translation>%1 a été appelé au %2 et n’a pas commencé : enregistrer un forfait ?</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 au %2</translation>
        </message>
        <message>
            <source>Call %1</source>
            <translation>Appeler %1</translation>
        </message>
        <message>
            <source>Record the end of a match</source>
            <translation>Enregistrer la fin d’un match</translation>
        </message>
        <message numerus="yes">
            <source>Call %n match(es)</source>
            <translation>
                <numerusform>Appeler %n match</numerusform>
                <numerusform>Appeler %n matchs</numerusform>
            </translation>
        </message>
        <message>
            <source>Add station %1</source>
            <translation>Ajouter le poste %1</translation>
        </message>
        <message>
            <source>Create a tournament first.</source>
            <translation>Créez d’abord un tournoi.</translation>
        </message>
        <message>
            <source>A station needs a number of 1 or more.</source>
            <translation>Un poste doit avoir un numéro de 1 ou plus.</translation>
        </message>
        <message>
            <source>There is already a station %1.</source>
            <translation>Il existe déjà un poste %1.</translation>
        </message>
        <message>
            <source>Edit station</source>
            <translation>Modifier le poste</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>Supprimer %1</translation>
        </message>
        <message>
            <source>A match is being played on %1: finish it first.</source>
            <translation>Un match est en cours sur %1 : terminez-le d’abord.</translation>
        </message>
        <message>
            <source>%1 back in order</source>
            <translation>%1 de nouveau en service</translation>
        </message>
        <message>
            <source>%1 out of order</source>
            <translation>%1 hors service</translation>
        </message>
        <message>
            <source>%1: “%2” is not a time like 14:30.</source>
            <translation>%1 : « %2 » n’est pas une heure comme 14:30.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Planned end</source>
            <translation>Fin prévue</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Round slot</source>
            <translation>Créneau de tour</translation>
        </message>
        <message>
            <source>Schedule settings of %1</source>
            <translation>Réglages du planning de %1</translation>
        </message>
        <message>
            <source>Put %1 on %2</source>
            <translation>Placer %1 sur %2</translation>
        </message>
        <message>
            <source>any station</source>
            <translation>n’importe quel poste</translation>
        </message>
        <message>
            <source>Hold %1</source>
            <translation>Retenir %1</translation>
        </message>
        <message>
            <source>Release %1</source>
            <translation>Libérer %1</translation>
        </message>
        <message>
            <source>Swap %1 and %2</source>
            <translation>Échanger %1 et %2</translation>
        </message>
        <message>
            <source>Feature %1 on stream</source>
            <translation>Mettre %1 au stream</translation>
        </message>
        <message>
            <source>Take %1 off stream</source>
            <translation>Retirer %1 du stream</translation>
        </message>
        <message>
            <source>Start %1</source>
            <translation>Lancer %1</translation>
        </message>
        <message>
            <source>TBD</source>
            <translation>À venir</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 vs %4</source>
            <translation>%1 · %2 · %3 contre %4</translation>
        </message>
        <message>
            <source>%1 vs %2</source>
            <translation>%1 contre %2</translation>
        </message>
        <message>
            <source>Reorder the stream queue</source>
            <translation>Réordonner la file du stream</translation>
        </message>
        <message>
            <source>Queue %1 for stream</source>
            <translation>Mettre %1 dans la file du stream</translation>
        </message>
        <message>
            <source>Take %1 out of the stream queue</source>
            <translation>Retirer %1 de la file du stream</translation>
        </message>
    </context>
    <context>
        <name>SeedingPage</name>
        <message>
            <source>Seeding</source>
            <translation>Têtes de série</translation>
        </message>
        <message numerus="yes">
            <source>%n entrant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message>
            <source>Seed by rating</source>
            <translation>Classer selon le classement</translation>
        </message>
        <message>
            <source>Random seed</source>
            <translation>Numéro du tirage</translation>
        </message>
        <message>
            <source>Seed at random</source>
            <translation>Tirer au sort</translation>
        </message>
        <message>
            <source>New seed</source>
            <translation>Nouveau numéro</translation>
        </message>
        <message>
            <source>rating %1</source>
            <translation>classement %1</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>There is no seed %1: the seeds run from 1 to %2.</source>
            <translation>Il n’y a pas de tête de série %1 : elles vont de 1 à %2.</translation>
        </message>
        <message>
            <source>Enter: move %1 to seed %2 · Esc: cancel</source>
            <translation>Entrée : placer %1 en tête de série %2 · Échap : annuler</translation>
        </message>
        <message>
            <source>Type a seed and Enter: move the selected entrant there · Ctrl+Up / Ctrl+Down: one place · drag ≡ to reorder</source>
            <translation>Un numéro puis Entrée : y placer le participant choisi · Ctrl+Haut / Ctrl+Bas : d’une place · glisser ≡ pour réordonner</translation>
        </message>
        <message>
            <source>Earlier event</source>
            <translation>Épreuve précédente</translation>
        </message>
        <message>
            <source>No finished event yet</source>
            <translation>Aucune épreuve terminée</translation>
        </message>
        <message>
            <source>Seed by its result</source>
            <translation>Classer selon son résultat</translation>
        </message>
        <message numerus="yes">
            <source>%n entrant(s) not checked in yet: close check-in (Remove no-shows) before seeding, so that the seeds run from 1 without gaps.</source>
            <translation>
                <numerusform>%n participant pas encore pointé : clôturez le pointage (Retirer les absents) avant le placement, pour que les têtes de série aillent de 1 sans trou.</numerusform>
                <numerusform>%n participants pas encore pointés : clôturez le pointage (Retirer les absents) avant le placement, pour que les têtes de série aillent de 1 sans trou.</numerusform>
            </translation>
        </message>
        <message>
            <source>Drag to reseed</source>
            <translation>Glisser pour replacer</translation>
        </message>
        <message>
            <source>No event yet</source>
            <translation>Pas encore d’épreuve</translation>
        </message>
        <message>
            <source>Entrants belong to an event: create the tournament and its events first.</source>
            <translation>Les participants appartiennent à une épreuve : créez d’abord le tournoi et ses épreuves.</translation>
        </message>
        <message>
            <source>Open Tournament and events</source>
            <translation>Ouvrir Tournoi et épreuves</translation>
        </message>
        <message>
            <source>Nobody registered yet</source>
            <translation>Personne n’est encore inscrit</translation>
        </message>
        <message>
            <source>Register the players in this event first; their seeds are set here.</source>
            <translation>Inscrivez d’abord les joueurs à cette épreuve ; leurs têtes de série se règlent ici.</translation>
        </message>
        <message>
            <source>Open Registration</source>
            <translation>Ouvrir Inscriptions</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Players&apos; phones</source>
            <translation>Téléphones des joueurs</translation>
        </message>
        <message>
            <source>Each player&apos;s page shows their next match, where to go and their results, and lets them report their score when the event allows it. The call board is for the hall&apos;s screens. Phone links are made on the Players page.</source>
            <translation>La page de chaque joueur montre son prochain match, où aller et ses résultats, et lui permet de saisir son score si l’épreuve l’autorise. Le tableau d’appel est pour les écrans de la salle. Les liens téléphone se créent sur la page Joueurs.</translation>
        </message>
        <message>
            <source>Serve the player pages and the call board</source>
            <translation>Servir les pages joueurs et le tableau d’appel</translation>
        </message>
        <message>
            <source>On the venue network (players&apos; phones must reach this computer)</source>
            <translation>Sur le réseau du lieu (les téléphones des joueurs doivent joindre cet ordinateur)</translation>
        </message>
        <message>
            <source>Call board</source>
            <translation>Tableau d’appel</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Suivre le système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>Stream overlays</source>
            <translation>Incrustations pour le stream</translation>
        </message>
        <message>
            <source>Live bracket, scoreboard, up next, standings and lower third pages for OBS browser sources (1920 × 1080) or any browser. They follow results by themselves.</source>
            <translation>Pages de tableau en direct, tableau des scores, prochains matchs, classement et bandeau joueur pour les sources navigateur d'OBS (1920 × 1080) ou tout navigateur. Elles suivent les résultats d'elles-mêmes.</translation>
        </message>
        <message>
            <source>Serve the overlays</source>
            <translation>Servir les incrustations</translation>
        </message>
        <message>
            <source>Also on the venue network (the pages then need the access token in their URL)</source>
            <translation>Aussi sur le réseau du site (les pages demandent alors le jeton d'accès dans leur URL)</translation>
        </message>
        <message>
            <source>Bracket</source>
            <translation>Tableau</translation>
        </message>
        <message>
            <source>Scoreboard</source>
            <translation>Tableau des scores</translation>
        </message>
        <message>
            <source>Up next</source>
            <translation>À suivre</translation>
        </message>
        <message>
            <source>Standings</source>
            <translation>Classement</translation>
        </message>
        <message>
            <source>Lower third</source>
            <translation>Bandeau joueur</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>New access token</source>
            <translation>Nouveau jeton d'accès</translation>
        </message>
        <message>
            <source>The URLs copied before stop working.</source>
            <translation>Les URL copiées auparavant ne fonctionneront plus.</translation>
        </message>
        <message>
            <source>Badges</source>
            <translation>Badges</translation>
        </message>
        <message>
            <source>Venue logo</source>
            <translation>Logo du lieu</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.svg)</source>
            <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
        </message>
        <message>
            <source>Venue name, printed on badges</source>
            <translation>Nom du lieu, imprimé sur les badges</translation>
        </message>
        <message>
            <source>Venue logo…</source>
            <translation>Logo du lieu…</translation>
        </message>
        <message>
            <source>Change logo…</source>
            <translation>Changer de logo…</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Sans logo</translation>
        </message>
        <message>
            <source>Accent colour</source>
            <translation>Couleur d'accent</translation>
        </message>
        <message>
            <source>Roles: the label printed on each band, and its colour (click it to change it)</source>
            <translation>Rôles : le libellé imprimé sur chaque bandeau, et sa couleur (cliquez dessus pour la changer)</translation>
        </message>
        <message>
            <source>Default roles (colour-blind safe)</source>
            <translation>Rôles par défaut (lisibles par les daltoniens)</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Automatic backup every (minutes, 0 = off)</source>
            <translation>Sauvegarde automatique toutes les (minutes, 0 = désactivée)</translation>
        </message>
        <message>
            <source>Newest backups kept (plus one per day for a month)</source>
            <translation>Sauvegardes récentes conservées (plus une par jour pendant un mois)</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>All addresses of this computer</source>
            <translation>Toutes les adresses de cet ordinateur</translation>
        </message>
        <message>
            <source>Access token: %1</source>
            <translation>Jeton d'accès : %1</translation>
        </message>
        <message>
            <source>Label of the role %1</source>
            <translation>Libellé du rôle %1</translation>
        </message>
        <message>
            <source>Venue server</source>
            <translation>Serveur du site</translation>
        </message>
        <message>
            <source>Venue server…</source>
            <translation>Serveur du site…</translation>
        </message>
        <message>
            <source>A PDF with a big QR code: players scan it, type their tag and the code from their badge or slip.</source>
            <translation>Un PDF avec un grand QR code : les joueurs le scannent, puis tapent leur pseudo et le code de leur badge ou de leur fiche.</translation>
        </message>
        <message>
            <source>Poster for the entrance…</source>
            <translation>Affiche pour l'entrée…</translation>
        </message>
        <message>
            <source>Add lang=fr, lang=en or lang=both (French and English in turns) to the URL to choose its language.</source>
            <translation>Ajoutez lang=fr, lang=en ou lang=both (français et anglais en alternance) à l&apos;adresse pour choisir sa langue.</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save the phone pages poster</source>
            <translation>Enregistrer l'affiche des pages joueurs</translation>
        </message>
        <message>
            <source>Also on the venue network</source>
            <translation>Aussi sur le réseau du lieu</translation>
        </message>
        <message>
            <source>The pages then need the access token in their URL.</source>
            <translation>Les pages demandent alors le jeton d’accès dans leur URL.</translation>
        </message>
        <message>
            <source>Access token</source>
            <translation>Jeton d’accès</translation>
        </message>
        <message>
            <source>Copy the %1 URL</source>
            <translation>Copier l’URL « %1 »</translation>
        </message>
        <message>
            <source>On the venue network</source>
            <translation>Sur le réseau du lieu</translation>
        </message>
        <message>
            <source>Players&apos; phones must reach this computer.</source>
            <translation>Les téléphones des joueurs doivent joindre cet ordinateur.</translation>
        </message>
        <message>
            <source>Roles: the label printed on each band, and its colour</source>
            <translation>Rôles : le libellé imprimé sur chaque bandeau, et sa couleur</translation>
        </message>
        <message>
            <source>Players</source>
            <translation>Joueurs</translation>
        </message>
        <message>
            <source>Team staff</source>
            <translation>Encadrement</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Press</source>
            <translation>Presse</translation>
        </message>
        <message>
            <source>%1: label printed on the band</source>
            <translation>%1 : libellé imprimé sur le bandeau</translation>
        </message>
        <message>
            <source>%1: colour of the band</source>
            <translation>%1 : couleur du bandeau</translation>
        </message>
        <message>
            <source>Several desks on one tournament: open or test a PostgreSQL venue server, or move this tournament there.</source>
            <translation>Plusieurs postes sur un même tournoi : ouvrir ou tester le serveur PostgreSQL du site, ou y déplacer ce tournoi.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsEditorWindow</name>
        <message>
            <source>Change the keyboard shortcuts</source>
            <translation>Modifier les raccourcis clavier</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Filter…</source>
            <translation>Filtrer…</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Welcome to Omnium</source>
            <translation>Bienvenue dans Omnium</translation>
        </message>
        <message>
            <source>Tournaments, brackets, stations, casters, badges and tickets for the venue.</source>
            <translation>Tournois, tableaux, postes, commentateurs, badges et billets pour le site.</translation>
        </message>
        <message>
            <source>Tournament database</source>
            <translation>Base de données du tournoi</translation>
        </message>
        <message>
            <source>Every change is saved at once. Start Omnium with --database FILE to work on another file.</source>
            <translation>Chaque modification est enregistrée aussitôt. Lancez Omnium avec --database FICHIER pour travailler sur un autre fichier.</translation>
        </message>
        <message>
            <source>Create the tournament</source>
            <translation>Créer le tournoi</translation>
        </message>
        <message>
            <source>Add its events (game, format)</source>
            <translation>Ajouter ses épreuves (jeu, format)</translation>
        </message>
        <message>
            <source>Import or add the players</source>
            <translation>Importer ou ajouter les joueurs</translation>
        </message>
        <message>
            <source>Register them in the event</source>
            <translation>Les inscrire à l’épreuve</translation>
        </message>
        <message>
            <source>Set up the stations</source>
            <translation>Installer les postes</translation>
        </message>
        <message>
            <source>Check players in as they arrive</source>
            <translation>Pointer les joueurs à leur arrivée</translation>
        </message>
        <message>
            <source>Seed and start the bracket</source>
            <translation>Placer les têtes de série et lancer l’arbre</translation>
        </message>
        <message>
            <source>Open the caster window</source>
            <translation>Ouvrir la fenêtre des commentateurs</translation>
        </message>
        <message>
            <source>Open a tournament database</source>
            <translation>Ouvrir une base de données de tournoi</translation>
        </message>
        <message>
            <source>Omnium databases (*.sqlite)</source>
            <translation>Bases de données Omnium (*.sqlite)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>New tournament database</source>
            <translation>Nouvelle base de données de tournoi</translation>
        </message>
        <message>
            <source>The first evening</source>
            <translation>La première soirée</translation>
        </message>
        <message>
            <source>%1 of %2 steps done</source>
            <translation>Étapes faites : %1 sur %2</translation>
        </message>
        <message>
            <source>Event:</source>
            <translation>Épreuve :</translation>
        </message>
        <message>
            <source>Done: %1</source>
            <translation>Fait : %1</translation>
        </message>
        <message>
            <source>To do: %1</source>
            <translation>À faire : %1</translation>
        </message>
        <message>
            <source>Every change is saved at once.</source>
            <translation>Chaque modification est enregistrée aussitôt.</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Ouvrir…</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Nouvelle…</translation>
        </message>
        <message>
            <source>Recent</source>
            <translation>Récentes</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>Ouvrir %1</translation>
        </message>
        <message>
            <source>Open a venue server…</source>
            <translation>Ouvrir un serveur du site…</translation>
        </message>
    </context>
    <context>
        <name>StationBoardPage</name>
        <message>
            <source>Disputes</source>
            <translation>Litiges</translation>
        </message>
        <message>
            <source>No-show?</source>
            <translation>Absent ?</translation>
        </message>
        <message>
            <source>Side 1 absent</source>
            <translation>Côté 1 absent</translation>
        </message>
        <message>
            <source>Side 2 absent</source>
            <translation>Côté 2 absent</translation>
        </message>
        <message>
            <source>Wait</source>
            <translation>Attendre</translation>
        </message>
        <message>
            <source>Station board</source>
            <translation>Tableau des postes</translation>
        </message>
        <message>
            <source>C call · S start · F finish · O out of order</source>
            <translation>C appeler · S lancer · F terminer · O hors service</translation>
        </message>
        <message>
            <source>Automatic calls are paused while you undo. Any new action resumes them.</source>
            <translation>Les appels automatiques sont suspendus pendant l’annulation. Toute nouvelle action les relance.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>No station yet: add them on the Stations page.</source>
            <translation>Aucun poste : ajoutez-les sur la page Postes.</translation>
        </message>
        <message>
            <source>STREAM</source>
            <translation>STREAM</translation>
        </message>
        <message>
            <source>Out of order</source>
            <translation>Hors service</translation>
        </message>
        <message>
            <source>Called %1</source>
            <translation>Appelé %1</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Libre</translation>
        </message>
        <message>
            <source>Next %1: %2</source>
            <translation>Ensuite %1 : %2</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Appeler</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Lancer</translation>
        </message>
        <message>
            <source>Finish…</source>
            <translation>Terminer…</translation>
        </message>
        <message>
            <source>Back in order</source>
            <translation>De nouveau en service</translation>
        </message>
        <message>
            <source>No station yet</source>
            <translation>Pas encore de poste</translation>
        </message>
        <message>
            <source>Each station (a PC or a console) gets a card here with its match, its time and what comes next.</source>
            <translation>Chaque poste (un PC ou une console) a ici sa carte avec son match, son temps et la suite.</translation>
        </message>
        <message>
            <source>Open Stations</source>
            <translation>Ouvrir Postes</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirmer</translation>
        </message>
        <message>
            <source>Reported by phone: %1</source>
            <translation>Saisi par téléphone : %1</translation>
        </message>
    </context>
    <context>
        <name>StationsPage</name>
        <message>
            <source>Players report their results</source>
            <translation>Saisie des résultats par les joueurs</translation>
        </message>
        <message>
            <source>The opponent confirms on their phone.</source>
            <translation>L’adversaire confirme sur son téléphone.</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Postes</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <source>Name (optional)</source>
            <translation>Nom (facultatif)</translation>
        </message>
        <message>
            <source>Stream</source>
            <translation>Stream</translation>
        </message>
        <message>
            <source>Games, comma-separated (empty: any)</source>
            <translation>Jeux, séparés par des virgules (vide : tous)</translation>
        </message>
        <message>
            <source>Add station</source>
            <translation>Ajouter le poste</translation>
        </message>
        <message>
            <source>any game</source>
            <translation>tous les jeux</translation>
        </message>
        <message>
            <source>Out of order</source>
            <translation>Hors service</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Libre</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>En service</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Event schedule</source>
            <translation>Planning des épreuves</translation>
        </message>
        <message>
            <source>Bo1 (min)</source>
            <translation>BO1 (min)</translation>
        </message>
        <message>
            <source>Bo3 (min)</source>
            <translation>BO3 (min)</translation>
        </message>
        <message>
            <source>Bo5 (min)</source>
            <translation>BO5 (min)</translation>
        </message>
        <message>
            <source>Rest (min)</source>
            <translation>Repos (min)</translation>
        </message>
        <message>
            <source>No-show (min)</source>
            <translation>Absence (min)</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Planned end</source>
            <translation>Fin prévue</translation>
        </message>
        <message>
            <source>Lunch break</source>
            <translation>Pause déjeuner</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Station number:</source>
            <translation>Numéro du poste :</translation>
        </message>
        <message>
            <source>Station number</source>
            <translation>Numéro du poste</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Station %1</source>
            <translation>Poste %1</translation>
        </message>
        <message>
            <source>Games:</source>
            <translation>Jeux :</translation>
        </message>
        <message>
            <source>Games</source>
            <translation>Jeux</translation>
        </message>
        <message>
            <source>Any game</source>
            <translation>Tous les jeux</translation>
        </message>
        <message>
            <source>Comma-separated; empty: any game</source>
            <translation>Séparés par des virgules ; vide : tous les jeux</translation>
        </message>
        <message>
            <source>Stream station</source>
            <translation>Poste du stream</translation>
        </message>
        <message>
            <source>Add station %1</source>
            <translation>Ajouter le poste %1</translation>
        </message>
        <message>
            <source>%1 working</source>
            <translation>%1 en service</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>Supprimer %1</translation>
        </message>
        <message>
            <source>Start of the lunch break</source>
            <translation>Début de la pause déjeuner</translation>
        </message>
        <message>
            <source>End of the lunch break</source>
            <translation>Fin de la pause déjeuner</translation>
        </message>
        <message>
            <source>Phones report each game</source>
            <translation>Saisie manche par manche</translation>
        </message>
        <message>
            <source>Who won each game, not only the score.</source>
            <translation>Qui a gagné chaque manche, pas seulement le score.</translation>
        </message>
        <message>
            <source>No station yet</source>
            <translation>Aucun poste pour l’instant</translation>
        </message>
        <message>
            <source>Matches are called onto free stations: add one per console or PC, numbered as on their tables.</source>
            <translation>Les matchs sont appelés sur les postes libres : ajoutez-en un par console ou PC, numéroté comme sur sa table.</translation>
        </message>
        <message>
            <source>No event in this tournament yet</source>
            <translation>Aucune épreuve dans ce tournoi pour l’instant</translation>
        </message>
        <message>
            <source>Each event's match lengths and start time are set here once it exists.</source>
            <translation>La durée des matchs et l’heure de début de chaque épreuve se règlent ici une fois l’épreuve créée.</translation>
        </message>
        <message>
            <source>Set up the events</source>
            <translation>Préparer les épreuves</translation>
        </message>
        <message>
            <source>Create the tournament</source>
            <translation>Créer le tournoi</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>%1 is open in %2 on this computer (process %3); close it there first, or use a venue server for several desks.</source>
            <translation>%1 est ouvert dans %2 sur cet ordinateur (processus %3) : fermez-le d’abord là-bas, ou utilisez le serveur du site pour plusieurs postes.</translation>
        </message>
        <message>
            <source>%1 is open in %2 on %3 (process %4); close it there first (if that computer is off, delete %5), or use a venue server for several desks.</source>
            <translation>%1 est ouvert dans %2 sur %3 (processus %4) : fermez-le d’abord là-bas (si cet ordinateur est éteint, supprimez %5), ou utilisez le serveur du site pour plusieurs postes.</translation>
        </message>
        <message>
            <source>%1 cannot be locked for Omnium: %2 cannot be created.</source>
            <translation>%1 ne peut pas être verrouillé pour Omnium : %2 ne peut pas être créé.</translation>
        </message>
        <message>
            <source>backup to %1</source>
            <translation>sauvegarde vers %1</translation>
        </message>
        <message>
            <source>player</source>
            <translation>joueur</translation>
        </message>
        <message>
            <source>team</source>
            <translation>équipe</translation>
        </message>
        <message>
            <source>team member</source>
            <translation>membre d’équipe</translation>
        </message>
        <message>
            <source>tournament</source>
            <translation>tournoi</translation>
        </message>
        <message>
            <source>event</source>
            <translation>épreuve</translation>
        </message>
        <message>
            <source>entrant</source>
            <translation>participant</translation>
        </message>
        <message>
            <source>station</source>
            <translation>poste</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>phase</translation>
        </message>
        <message>
            <source>match</source>
            <translation>match</translation>
        </message>
        <message>
            <source>lobby entrant</source>
            <translation>participant de salon</translation>
        </message>
        <message>
            <source>game</source>
            <translation>manche</translation>
        </message>
        <message>
            <source>print record</source>
            <translation>impression</translation>
        </message>
        <message>
            <source>No database is open. Nothing was saved.</source>
            <translation>Aucune base de données n’est ouverte. Rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>“%1” cannot be reverted: a %2 it touched exists again. Nothing was changed.</source>
            <translation>« %1 » ne peut pas être annulé : un élément touché (%2) existe de nouveau. Rien n’a changé.</translation>
        </message>
        <message>
            <source>“%1” cannot be reverted: a %2 it touched has been deleted since. Nothing was changed.</source>
            <translation>« %1 » ne peut pas être annulé : un élément touché (%2) a été supprimé depuis. Rien n’a changé.</translation>
        </message>
        <message>
            <source>“%1” cannot be reverted: a %2 it touched has been changed since. Nothing was changed.</source>
            <translation>« %1 » ne peut pas être annulé : un élément touché (%2) a été modifié depuis. Rien n’a changé.</translation>
        </message>
        <message>
            <source>“%1” cannot be reverted: later changes still use this %2. Nothing was changed.</source>
            <translation>« %1 » ne peut pas être annulé : des modifications ultérieures utilisent encore cet élément (%2). Rien n’a changé.</translation>
        </message>
        <message>
            <source>Undo: %1</source>
            <translation>Défaire : %1</translation>
        </message>
        <message>
            <source>Redo: %1</source>
            <translation>Refaire : %1</translation>
        </message>
        <message>
            <source>The database is busy: another program or Omnium window is writing to it. Try again in a moment.</source>
            <translation>La base de données est occupée : un autre programme ou une autre fenêtre d’Omnium y écrit. Réessayez dans un instant.</translation>
        </message>
        <message>
            <source>The database file cannot be written (read-only file or folder, or no permission). Nothing was saved.</source>
            <translation>Le fichier de la base ne peut pas être écrit (fichier ou dossier en lecture seule, ou droits insuffisants). Rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>The disk is full. Nothing was saved; free some space and try again.</source>
            <translation>Le disque est plein. Rien n’a été enregistré ; libérez de la place et réessayez.</translation>
        </message>
        <message>
            <source>The database file is damaged or is not an Omnium database. Nothing was saved; open a backup copy.</source>
            <translation>Le fichier de la base est endommagé ou n’est pas une base Omnium. Rien n’a été enregistré ; ouvrez une copie de sauvegarde.</translation>
        </message>
        <message>
            <source>This change breaks a rule of the database (a duplicate or a missing link). Nothing was saved.</source>
            <translation>Cette modification enfreint une règle de la base (doublon ou lien manquant). Rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>The disk could not be read or written. Nothing was saved.</source>
            <translation>Le disque n’a pas pu être lu ou écrit. Rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>The database refuses writes (read-only or no permission). Nothing was saved.</source>
            <translation>La base refuse les écritures (lecture seule ou droits insuffisants). Rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>The database server's disk is full. Nothing was saved.</source>
            <translation>Le disque du serveur de base de données est plein. Rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>The database is busy. Try again in a moment.</source>
            <translation>La base de données est occupée. Réessayez dans un instant.</translation>
        </message>
        <message>
            <source>The database reported an error. Nothing was saved.</source>
            <translation>La base de données a signalé une erreur. Rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>%1 is not a database file.</source>
            <translation>%1 n’est pas un fichier de base de données.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be written, so the database cannot be created there.</source>
            <translation>Le dossier %1 n’est pas accessible en écriture : la base ne peut pas y être créée.</translation>
        </message>
        <message>
            <source>%1 was written by a newer version of Omnium (database schema %2; this version knows up to %3). Update Omnium to open it; the file was not changed.</source>
            <translation>%1 a été écrit par une version plus récente d’Omnium (schéma %2 ; cette version connaît jusqu’au schéma %3). Mettez Omnium à jour pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
        </message>
        <message>
            <source>migration to schema %1</source>
            <translation>migration vers le schéma %1</translation>
        </message>
        <message>
            <source>%1 has database schema %2, and this version of Omnium reads schema %3 only when it must not change the file: open it once in this version's app (which updates it), or use the version that wrote it. The file was not changed.</source>
            <translation>%1 est au schéma %2, et cette version d’Omnium ne lit que le schéma %3 quand elle ne doit pas modifier le fichier : ouvrez-le une fois dans l’application de cette version (qui le met à jour), ou utilisez la version qui l’a écrit. Le fichier n’a pas été modifié.</translation>
        </message>
        <message>
            <source>%1 was opened to read only. Nothing was saved.</source>
            <translation>%1 a été ouvert en lecture seule. Rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>This %1 no longer exists (it was deleted elsewhere). Nothing was saved.</source>
            <translation>Cet élément (%1) n’existe plus (supprimé ailleurs). Rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>This %1 was changed elsewhere since it was shown. Nothing was saved; check the current values and try again.</source>
            <translation>Cet élément (%1) a été modifié ailleurs depuis son affichage. Rien n’a été enregistré ; vérifiez les valeurs actuelles et réessayez.</translation>
        </message>
        <message>
            <source>This %1 was changed elsewhere while saving. Nothing was saved.</source>
            <translation>Cet élément (%1) a été modifié ailleurs pendant l’enregistrement. Rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>This %1 no longer exists. Nothing was changed.</source>
            <translation>Cet élément (%1) n’existe plus. Rien n’a changé.</translation>
        </message>
        <message>
            <source>This %1 was changed elsewhere since it was shown. Nothing was deleted.</source>
            <translation>Cet élément (%1) a été modifié ailleurs depuis son affichage. Rien n’a été supprimé.</translation>
        </message>
        <message>
            <source>copy to %1</source>
            <translation>copie vers %1</translation>
        </message>
        <message>
            <source>Only a database at the current schema can be copied.</source>
            <translation>Seule une base au schéma actuel peut être copiée.</translation>
        </message>
        <message>
            <source>The copy has a broken link in %1.</source>
            <translation>La copie a un lien rompu dans %1.</translation>
        </message>
        <message>
            <source>The %1 left a broken link in %2.</source>
            <translation>La %1 a laissé un lien rompu dans %2.</translation>
        </message>
        <message>
            <source>Qt's PostgreSQL driver (QPSQL, package libqt6sql6-psql) is not installed, so %1 cannot be opened.</source>
            <translation>Le pilote PostgreSQL de Qt (QPSQL, paquet libqt6sql6-psql) n’est pas installé : %1 ne peut pas être ouvert.</translation>
        </message>
        <message>
            <source>The venue server cannot be reached (connection lost). Nothing was saved.</source>
            <translation>Le serveur du site est injoignable (connexion perdue). Rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>The venue server %1 refused the user name or password (authentication failed).</source>
            <translation>Le serveur du site %1 a refusé le nom d’utilisateur ou le mot de passe (échec de l’authentification).</translation>
        </message>
        <message>
            <source>The encrypted (TLS) connection to the venue server %1 failed.</source>
            <translation>La connexion chiffrée (TLS) au serveur du site %1 a échoué.</translation>
        </message>
        <message>
            <source>The venue server %1 has no such database.</source>
            <translation>Le serveur du site %1 n’a pas cette base de données.</translation>
        </message>
        <message>
            <source>The venue server %1 refused the connection (is PostgreSQL running there, on that port?).</source>
            <translation>Le serveur du site %1 a refusé la connexion (PostgreSQL y tourne-t-il, sur ce port ?).</translation>
        </message>
        <message>
            <source>The venue server %1 cannot be reached on the network.</source>
            <translation>Le serveur du site %1 est injoignable sur le réseau.</translation>
        </message>
        <message>
            <source>The venue server %1 could not be opened.</source>
            <translation>Le serveur du site %1 n’a pas pu être ouvert.</translation>
        </message>
        <message>
            <source>HH:mm</source>
            <comment>a command's time in “Changed by … at 14:02”</comment>
            <translation>HH' h 'mm</translation>
        </message>
        <message>
            <source>%1 at %2 (%3)</source>
            <translation>%1 à %2 (%3)</translation>
        </message>
        <message>
            <source>another desk</source>
            <translation>un autre poste</translation>
        </message>
        <message>
            <source>Changed by %1. Your “%2” was not saved.</source>
            <translation>Modifié par %1. Votre « %2 » n’a pas été enregistré.</translation>
        </message>
        <message>
            <source>The venue server cannot be reached; reconnecting… Nothing was saved; try again once it is back.</source>
            <translation>Le serveur du site est injoignable ; reconnexion… Rien n’a été enregistré ; réessayez à son retour.</translation>
        </message>
        <message>
            <source>The other desks keep writing; nothing was saved. Try again.</source>
            <translation>Les autres postes écrivent sans arrêt ; rien n’a été enregistré. Réessayez.</translation>
        </message>
        <message>
            <source>Changed since by %1.</source>
            <translation>Modifié depuis par %1.</translation>
        </message>
        <message>
            <source>The database %1 holds another program&apos;s tables, not Omnium&apos;s: choose an empty database or the venue&apos;s Omnium database.</source>
            <translation>La base de données %1 contient les tables d’un autre programme, pas celles d’Omnium : choisissez une base vide ou la base Omnium du site.</translation>
        </message>
        <message>
            <source>%1 already holds a tournament (its %2 table has rows): nothing was copied. Choose an empty database.</source>
            <translation>%1 contient déjà un tournoi (sa table %2 a des lignes) : rien n’a été copié. Choisissez une base de données vide.</translation>
        </message>
        <message>
            <source>Changed by %1. Your %2 was not saved.</source>
            <translation>Modifié par %1. Votre saisie %2 n’a pas été enregistrée.</translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>New team</source>
            <translation>Nouvelle équipe</translation>
        </message>
        <message>
            <source>Edit team %1</source>
            <translation>Modifier l’équipe %1</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>Choisir un logo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
            <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>short, e.g. CG</source>
            <translation>court, par ex. CG</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Pas de logo</translation>
        </message>
        <message>
            <source>Choose logo…</source>
            <translation>Choisir un logo…</translation>
        </message>
        <message>
            <source>Remove logo</source>
            <translation>Retirer le logo</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Add team</source>
            <translation>Ajouter l’équipe</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>TeamImport</name>
        <message>
            <source>team name</source>
            <translation>nom d’équipe</translation>
        </message>
        <message>
            <source>tag</source>
            <translation>sigle</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>roster (%1)</source>
            <translation>effectif (%1)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>le fichier est vide</translation>
        </message>
        <message>
            <source>the file looks like a player list (it has a “%1” column and no roster column): import it as players</source>
            <translation>le fichier ressemble à une liste de joueurs (il a une colonne « %1 » et aucune colonne d’effectif) : importez-le comme joueurs</translation>
        </message>
        <message>
            <source>no column gives the team name (team, team name)</source>
            <translation>aucune colonne ne donne le nom de l’équipe (team, team name, équipe)</translation>
        </message>
        <message>
            <source>the team name is empty</source>
            <translation>le nom de l’équipe est vide</translation>
        </message>
        <message>
            <source>the team name</source>
            <translation>le nom de l’équipe</translation>
        </message>
        <message>
            <source>the team tag</source>
            <translation>le sigle de l’équipe</translation>
        </message>
        <message>
            <source>the notes</source>
            <translation>les notes</translation>
        </message>
        <message>
            <source>the team %1 is already on line %2</source>
            <translation>l’équipe %1 est déjà à la ligne %2</translation>
        </message>
        <message>
            <source>no player has the gamer tag “%1”; import the players first</source>
            <translation>aucun joueur n’a le pseudo « %1 » ; importez d’abord les joueurs</translation>
        </message>
        <message>
            <source>%1 is in the roster twice</source>
            <translation>%1 est deux fois dans l’effectif</translation>
        </message>
    </context>
    <context>
        <name>TeamImportController</name>
        <message>
            <source>Line %1: %2</source>
            <translation>Ligne %1 : %2</translation>
        </message>
        <message>
            <source>Nothing to import.</source>
            <translation>Rien à importer.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n line(s) must be fixed first.</source>
            <translation>
                <numerusform>Rien n’a été importé : %n ligne doit d’abord être corrigée.</numerusform>
                <numerusform>Rien n’a été importé : %n lignes doivent d’abord être corrigées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>import %n team(s)</source>
            <translation>
                <numerusform>importer %n équipe</numerusform>
                <numerusform>importer %n équipes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n team(s) added</source>
            <translation>
                <numerusform>%n équipe ajoutée</numerusform>
                <numerusform>%n équipes ajoutées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated.</source>
            <translation>
                <numerusform>%n mise à jour.</numerusform>
                <numerusform>%n mises à jour.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>Teams exported to %1.</source>
            <translation>Équipes exportées dans %1.</translation>
        </message>
    </context>
    <context>
        <name>TeamsPage</name>
        <message>
            <source>Teams</source>
            <translation>Équipes</translation>
        </message>
        <message numerus="yes">
            <source>%n team(s)</source>
            <translation>
                <numerusform>%n équipe</numerusform>
                <numerusform>%n équipes</numerusform>
            </translation>
        </message>
        <message>
            <source>Team name</source>
            <translation>Nom de l’équipe</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Add team</source>
            <translation>Ajouter l’équipe</translation>
        </message>
        <message>
            <source>Search by name, tag or member</source>
            <translation>Rechercher par nom, tag ou membre</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n membre</numerusform>
                <numerusform>%n membres</numerusform>
            </translation>
        </message>
        <message>
            <source>Captain</source>
            <translation>Capitaine</translation>
        </message>
        <message>
            <source>Player</source>
            <translation>Joueur</translation>
        </message>
        <message>
            <source>Substitute</source>
            <translation>Remplaçant</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <source>Add to roster</source>
            <translation>Ajouter à l’effectif</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Roster of %1</source>
            <translation>Effectif de %1</translation>
        </message>
        <message>
            <source>Edit team…</source>
            <translation>Modifier l’équipe…</translation>
        </message>
        <message>
            <source>Role of %1</source>
            <translation>Rôle de %1</translation>
        </message>
        <message>
            <source>New team…</source>
            <translation>Nouvelle équipe…</translation>
        </message>
        <message>
            <source>Import teams from CSV</source>
            <translation>Importer des équipes depuis un CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt)</source>
            <translation>Fichiers CSV (*.csv *.txt)</translation>
        </message>
        <message>
            <source>Export teams to CSV</source>
            <translation>Exporter les équipes en CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importer un CSV…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message numerus="yes">
            <source>Import: %n row(s), read as %1</source>
            <translation>
                <numerusform>Import : %n ligne, lue en %1</numerusform>
                <numerusform>Import : %n lignes, lues en %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Columns: %1</source>
            <translation>Colonnes : %1</translation>
        </message>
        <message>
            <source>Nothing will be imported until every line below is fixed in the file:</source>
            <translation>Rien ne sera importé tant que chaque ligne ci-dessous n’est pas corrigée dans le fichier :</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more line(s)</source>
            <translation>
                <numerusform>… et %n autre ligne</numerusform>
                <numerusform>… et %n autres lignes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ready: %n new team(s)</source>
            <translation>
                <numerusform>Prêt : %n nouvelle équipe</numerusform>
                <numerusform>Prêt : %n nouvelles équipes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there unchanged</source>
            <translation>
                <numerusform>%n déjà présente inchangée</numerusform>
                <numerusform>%n déjà présentes inchangées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there with another tag, notes or roster in the file.</source>
            <translation>
                <numerusform>%n déjà présente avec un autre sigle, d’autres notes ou un autre effectif dans le fichier.</numerusform>
                <numerusform>%n déjà présentes avec un autre sigle, d’autres notes ou un autre effectif dans le fichier.</numerusform>
            </translation>
        </message>
        <message>
            <source>Update those teams with the file's tag, notes and roster (no one leaves a roster)</source>
            <translation>Mettre à jour ces équipes avec le sigle, les notes et l’effectif du fichier (personne ne quitte un effectif)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Read the file again</source>
            <translation>Relire le fichier</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Teams from a spreadsheet, with a preview first</source>
            <translation>Des équipes depuis un tableur, avec un aperçu d’abord</translation>
        </message>
        <message>
            <source>Every team in a spreadsheet file</source>
            <translation>Toutes les équipes dans un fichier de tableur</translation>
        </message>
        <message>
            <source>No team yet</source>
            <translation>Pas encore d’équipe</translation>
        </message>
        <message>
            <source>Type a team name and tag in the row above, or import the teams from a spreadsheet.</source>
            <translation>Tapez le nom et le sigle d’une équipe dans la ligne ci-dessus, ou importez les équipes depuis un tableur.</translation>
        </message>
    </context>
    <context>
        <name>TicketPrintController</name>
        <message>
            <source>Ticket type %1</source>
            <translation>Type de billet %1</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Gratuit</translation>
        </message>
        <message>
            <source>Event %1</source>
            <translation>Événement %1</translation>
        </message>
        <message>
            <source>Valid from %1 to %2</source>
            <translation>Valable du %1 au %2</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Billets</translation>
        </message>
        <message>
            <source>No valid ticket in the list to print.</source>
            <translation>Aucun billet valide à imprimer dans la liste.</translation>
        </message>
        <message>
            <source>The tickets could not be written: %1</source>
            <translation>Les billets n’ont pas pu être écrits : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n ticket(s) written to %1.</source>
            <translation>
                <numerusform>%n billet écrit dans %1.</numerusform>
                <numerusform>%n billets écrits dans %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TicketingController</name>
        <message>
            <source>The gate cannot work: %1</source>
            <translation>Le contrôle d'accès ne peut pas fonctionner : %1</translation>
        </message>
        <message>
            <source>The API token could not be saved in %1.</source>
            <translation>Le jeton d'API n'a pas pu être enregistré dans %1.</translation>
        </message>
        <message>
            <source>The ticketing server cannot be reached. The gate keeps working offline.</source>
            <translation>Le serveur de billetterie est injoignable. Le contrôle d'accès continue hors ligne.</translation>
        </message>
        <message>
            <source>The ticketing server refused the API token. Check it in the settings below.</source>
            <translation>Le serveur de billetterie a refusé le jeton d'API. Vérifiez-le dans les réglages ci-dessous.</translation>
        </message>
        <message>
            <source>Sold out: not enough seats left for this quantity.</source>
            <translation>Complet : il ne reste pas assez de places pour cette quantité.</translation>
        </message>
        <message>
            <source>The ticketing server sent an answer Omnium cannot read (%1).</source>
            <translation>Le serveur de billetterie a envoyé une réponse illisible pour Omnium (%1).</translation>
        </message>
        <message>
            <source>Set the address of the ticketing server first.</source>
            <translation>Indiquez d'abord l'adresse du serveur de billetterie.</translation>
        </message>
        <message>
            <source>The ticketing server refused: %1</source>
            <translation>Le serveur de billetterie a refusé : %1</translation>
        </message>
        <message>
            <source>Enter the buyer's name.</source>
            <translation>Saisissez le nom de l'acheteur.</translation>
        </message>
        <message numerus="yes">
            <source>%n ticket(s) issued.</source>
            <translation>
                <numerusform>%n billet émis.</numerusform>
                <numerusform>%n billets émis.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ticket refunded.</source>
            <translation>Billet remboursé.</translation>
        </message>
        <message>
            <source>Ticket voided.</source>
            <translation>Billet annulé.</translation>
        </message>
        <message numerus="yes">
            <source>%n queued entry(s) uploaded.</source>
            <translation>
                <numerusform>%n entrée en attente envoyée.</numerusform>
                <numerusform>%n entrées en attente envoyées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Welcome (checked offline)</source>
            <translation>Bienvenue (vérifié hors ligne)</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Bienvenue</translation>
        </message>
        <message>
            <source>Not a ticket code</source>
            <translation>Ce n'est pas un code de billet</translation>
        </message>
        <message>
            <source>Forged ticket</source>
            <translation>Billet falsifié</translation>
        </message>
        <message>
            <source>Ticket for another event</source>
            <translation>Billet pour un autre événement</translation>
        </message>
        <message>
            <source>Not valid yet</source>
            <translation>Pas encore valable</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expiré</translation>
        </message>
        <message>
            <source>Voided ticket</source>
            <translation>Billet annulé</translation>
        </message>
        <message>
            <source>Already used at %1 at gate %2</source>
            <translation>Déjà utilisé à %1 à l'entrée %2</translation>
        </message>
        <message>
            <source>Set the event number in the settings below first.</source>
            <translation>Indiquez d’abord le numéro d’événement dans les réglages ci-dessous.</translation>
        </message>
        <message>
            <source>Enter a name for the ticket type.</source>
            <translation>Saisissez un nom pour le type de billet.</translation>
        </message>
        <message>
            <source>The price "%1" is not an amount such as 12.50.</source>
            <translation>Le prix « %1 » n’est pas un montant comme 12,50.</translation>
        </message>
        <message>
            <source>The currency must be a 3-letter code such as EUR.</source>
            <translation>La devise doit être un code de 3 lettres comme EUR.</translation>
        </message>
        <message>
            <source>Enter the sale window as two times like 2026-11-28 09:00, the first before the second.</source>
            <translation>Saisissez la période de validité en deux horaires comme 2026-11-28 09:00, le premier avant le second.</translation>
        </message>
        <message>
            <source>Ticket type "%1" created.</source>
            <translation>Type de billet « %1 » créé.</translation>
        </message>
        <message>
            <source>The ticketing ledger was tampered with: block %1 is wrong (%2).</source>
            <translation>Le registre de billetterie a été falsifié : le bloc %1 est incorrect (%2).</translation>
        </message>
        <message numerus="yes">
            <source>Ledger verified: %n signed block(s), none changed or removed.</source>
            <translation>
                <numerusform>Registre vérifié : %n bloc signé, aucun modifié ni supprimé.</numerusform>
                <numerusform>Registre vérifié : %n blocs signés, aucun modifié ni supprimé.</numerusform>
            </translation>
        </message>
        <message>
            <source>Refused by the ticketing server: %1</source>
            <translation>Refusé par le serveur de billetterie : %1</translation>
        </message>
        <message>
            <source>A gate name has at most %1 characters, without control characters.</source>
            <translation>Le nom d'une entrée fait au plus %1 caractères, sans caractères de contrôle.</translation>
        </message>
        <message>
            <source>The ticketing server sent keys without key %1 and was not believed: someone may be tampering with the network. Tickets are checked with the keys saved before.</source>
            <translation>Le serveur de billetterie a envoyé des clés sans la clé %1 : elles ont été refusées, quelqu'un manipule peut-être le réseau. Les billets sont vérifiés avec les clés enregistrées auparavant.</translation>
        </message>
        <message numerus="yes">
            <source>This computer's clock is off by %n minute(s): set it right.</source>
            <translation>
                <numerusform>L'horloge de cet ordinateur est décalée de %n minute : remettez-la à l'heure.</numerusform>
                <numerusform>L'horloge de cet ordinateur est décalée de %n minutes : remettez-la à l'heure.</numerusform>
            </translation>
        </message>
        <message>
            <source>Signed with a revoked key</source>
            <translation>Signé avec une clé révoquée</translation>
        </message>
        <message>
            <source>Ticket unknown to the ticketing server</source>
            <translation>Billet inconnu du serveur de billetterie</translation>
        </message>
        <message>
            <source>This pairing code cannot be used: %1</source>
            <translation>Ce code d'appairage est inutilisable : %1</translation>
        </message>
        <message>
            <source>Paired with %1.</source>
            <translation>Appairé avec %1.</translation>
        </message>
        <message>
            <source>The ticketing server's ledger ends at block %1, but this gate already saw block %2: blocks were deleted on the server. Tell the organisers.</source>
            <translation>Le registre du serveur de billetterie s'arrête au bloc %1, mais cette entrée a déjà vu le bloc %2 : des blocs ont été supprimés sur le serveur. Prévenez les organisateurs.</translation>
        </message>
        <message>
            <source>Token %1 revoked: it no longer works.</source>
            <translation>Jeton %1 révoqué : il ne fonctionne plus.</translation>
        </message>
        <message>
            <source>Main</source>
            <comment>the default gate&apos;s name</comment>
            <translation>principale</translation>
        </message>
    </context>
    <context>
        <name>TicketsPage</name>
        <message>
            <source>Tickets</source>
            <translation>Billets</translation>
        </message>
        <message>
            <source>Connected to %1</source>
            <translation>Connecté à %1</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Non connecté</translation>
        </message>
        <message>
            <source>No ticketing plugin is installed</source>
            <translation>Aucun module de billetterie n'est installé</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Plugin not loaded: %1</source>
            <translation>Module non chargé : %1</translation>
        </message>
        <message>
            <source>Ticket types</source>
            <translation>Types de billets</translation>
        </message>
        <message>
            <source>%1 issued</source>
            <translation>%1 émis</translation>
        </message>
        <message>
            <source>%1 entered</source>
            <translation>%1 entrés</translation>
        </message>
        <message>
            <source>%1 of %2 left</source>
            <translation>%1 sur %2 restants</translation>
        </message>
        <message>
            <source>Issue tickets</source>
            <translation>Émettre des billets</translation>
        </message>
        <message>
            <source>Buyer's name</source>
            <translation>Nom de l'acheteur</translation>
        </message>
        <message>
            <source>E-mail (optional)</source>
            <translation>E-mail (facultatif)</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Émettre</translation>
        </message>
        <message>
            <source>Issued tickets</source>
            <translation>Billets émis</translation>
        </message>
        <message>
            <source>Search by name or ticket number</source>
            <translation>Rechercher par nom ou numéro de billet</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Entered at %1</source>
            <translation>Entré à %1</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valable</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Ticketing server</source>
            <translation>Serveur de billetterie</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>API token</source>
            <translation>Jeton d'API</translation>
        </message>
        <message>
            <source>Saved (type to replace)</source>
            <translation>Enregistré (tapez pour remplacer)</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Non défini</translation>
        </message>
        <message>
            <source>Event number</source>
            <translation>Numéro d'événement</translation>
        </message>
        <message>
            <source>Print tickets to PDF</source>
            <translation>Imprimer les billets en PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>New ticket type</source>
            <translation>Nouveau type de billet</translation>
        </message>
        <message>
            <source>Name, e.g. Day pass</source>
            <translation>Nom, p. ex. Pass journée</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Prix</translation>
        </message>
        <message>
            <source>Valid from (yyyy-MM-dd HH:mm)</source>
            <translation>Valable à partir du (aaaa-mm-jj hh:mm)</translation>
        </message>
        <message>
            <source>Valid until (yyyy-MM-dd HH:mm)</source>
            <translation>Valable jusqu’au (aaaa-mm-jj hh:mm)</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <source>Print tickets…</source>
            <translation>Imprimer les billets…</translation>
        </message>
        <message>
            <source>The valid tickets listed here, to a PDF with their QR codes</source>
            <translation>Les billets valides de la liste, en PDF avec leur code QR</translation>
        </message>
        <message>
            <source>Venue name on tickets</source>
            <translation>Nom du lieu sur les billets</translation>
        </message>
        <message>
            <source>Event title on tickets</source>
            <translation>Titre de l’événement sur les billets</translation>
        </message>
        <message>
            <source>4 per A4 sheet</source>
            <translation>4 par feuille A4</translation>
        </message>
        <message>
            <source>One per A6 page</source>
            <translation>Un par page A6</translation>
        </message>
        <message>
            <source>Verify ledger</source>
            <translation>Vérifier le registre</translation>
        </message>
        <message>
            <source>Pairing code</source>
            <translation>Code d'appairage</translation>
        </message>
        <message>
            <source>Paired (scan or paste to pair again)</source>
            <translation>Appairé (scannez ou collez pour appairer à nouveau)</translation>
        </message>
        <message>
            <source>Scan or paste omnium-pair:…</source>
            <translation>Scannez ou collez omnium-pair:…</translation>
        </message>
        <message>
            <source>Access tokens</source>
            <translation>Jetons d'accès</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Lister</translation>
        </message>
        <message>
            <source>New gate token</source>
            <translation>Nouveau jeton d'entrée</translation>
        </message>
        <message>
            <source>New box-office token</source>
            <translation>Nouveau jeton de billetterie</translation>
        </message>
        <message>
            <source>New admin token</source>
            <translation>Nouveau jeton d'administration</translation>
        </message>
        <message>
            <source>Shown this once: paste it, or type it with a QR scanner, into the Pairing code of the computer it is for.</source>
            <translation>Affiché une seule fois : collez-le, ou saisissez-le avec un lecteur de QR code, dans le code d'appairage de l'ordinateur auquel il est destiné.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Rotate</source>
            <translation>Renouveler</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Révoquer</translation>
        </message>
        <message>
            <source>Scan this code with the scanner of the computer it is for, on its Gate page or into its Pairing code, or paste the text there. It is shown this once.</source>
            <translation>Scannez ce code avec le lecteur de l&apos;ordinateur auquel il est destiné, sur sa page Contrôle d&apos;accès ou dans son champ Code d&apos;appairage, ou collez-y le texte. Il n&apos;est affiché qu&apos;une fois.</translation>
        </message>
        <message>
            <source>This computer is not paired over HTTPS, so this is the bare token: scan or paste it into the API token of the computer it is for. It is shown this once.</source>
            <translation>Cet ordinateur n&apos;est pas appairé en HTTPS : voici donc le jeton seul, à scanner ou coller dans le champ Jeton d&apos;API de l&apos;ordinateur auquel il est destiné. Il n&apos;est affiché qu&apos;une fois.</translation>
        </message>
        <message>
            <source>Done, hide it</source>
            <translation>Terminé, le masquer</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Jauge</translation>
        </message>
        <message>
            <source>Ticket type</source>
            <translation>Type de billet</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>Ticket layout</source>
            <translation>Mise en page des billets</translation>
        </message>
        <message>
            <source>Ask the ticketing server again</source>
            <translation>Interroger à nouveau le serveur de billetterie</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>e.g. Day pass</source>
            <translation>p. ex. Pass journée</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Valable à partir du</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valable jusqu’au</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>facultatif</translation>
        </message>
        <message>
            <source>No ticket type yet</source>
            <translation>Aucun type de billet pour l’instant</translation>
        </message>
        <message>
            <source>A ticket type is what is sold: a day pass, a weekend pass, a spectator seat.</source>
            <translation>Un type de billet est ce qui se vend : un pass journée, un pass week-end, une place spectateur.</translation>
        </message>
        <message>
            <source>Create a ticket type</source>
            <translation>Créer un type de billet</translation>
        </message>
    </context>
    <context>
        <name>TimelinePage</name>
        <message>
            <source>Timeline</source>
            <translation>Planning</translation>
        </message>
        <message>
            <source>ends about %1</source>
            <translation>fin vers %1</translation>
        </message>
        <message>
            <source>no match scheduled</source>
            <translation>aucun match planifié</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) behind</source>
            <translation>
                <numerusform>%n minute de retard</numerusform>
                <numerusform>%n minutes de retard</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 matches left</source>
            <translation>%1 matchs restants sur %2</translation>
        </message>
        <message>
            <source>No station yet</source>
            <translation>Pas encore de poste</translation>
        </message>
        <message>
            <source>No match to plan yet</source>
            <translation>Aucun match à planifier</translation>
        </message>
        <message>
            <source>The timeline shows one lane per station: set up the stations first.</source>
            <translation>Le planning montre une ligne par poste : installez d’abord les postes.</translation>
        </message>
        <message>
            <source>Matches appear here once an event&apos;s bracket is created.</source>
            <translation>Les matchs apparaissent ici dès que l’arbre d’une épreuve est créé.</translation>
        </message>
        <message>
            <source>Open Stations</source>
            <translation>Ouvrir Postes</translation>
        </message>
        <message>
            <source>Open Brackets</source>
            <translation>Ouvrir Arbres</translation>
        </message>
    </context>
    <context>
        <name>TournamentDialog</name>
        <message>
            <source>Edit tournament %1</source>
            <translation>Modifier le tournoi %1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>WaitingMatchList</name>
        <message>
            <source>Waiting (%1)</source>
            <translation>En attente (%1)</translation>
        </message>
        <message>
            <source>Drag a match onto a station to put it there.</source>
            <translation>Glissez un match sur un poste pour l’y placer.</translation>
        </message>
        <message>
            <source>HELD</source>
            <translation>RETENU</translation>
        </message>
        <message>
            <source>STREAM QUEUE</source>
            <translation>FILE DU STREAM</translation>
        </message>
        <message>
            <source>Put on %1</source>
            <translation>Placer sur %1</translation>
        </message>
        <message>
            <source>Put on the selected station</source>
            <translation>Placer sur le poste sélectionné</translation>
        </message>
        <message>
            <source>Swap with the match called there</source>
            <translation>Échanger avec le match appelé sur ce poste</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Libérer</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Retenir</translation>
        </message>
        <message>
            <source>Feature on stream</source>
            <translation>Mettre en avant sur le stream</translation>
        </message>
        <message>
            <source>Take out of the stream queue</source>
            <translation>Retirer de la file du stream</translation>
        </message>
        <message>
            <source>Queue for the stream station</source>
            <translation>Mettre dans la file du poste stream</translation>
        </message>
        <message>
            <source>Stream queue (%1)</source>
            <translation>File du stream (%1)</translation>
        </message>
        <message>
            <source>%1 vs %2</source>
            <translation>%1 contre %2</translation>
        </message>
        <message>
            <source>TBD</source>
            <translation>À venir</translation>
        </message>
        <message>
            <source>Play earlier on stream</source>
            <translation>Passer plus tôt au stream</translation>
        </message>
        <message>
            <source>Play later on stream</source>
            <translation>Passer plus tard au stream</translation>
        </message>
    </context>
    <context>
        <name>WindowGrabber</name>
        <message>
            <source>The window could not be rendered.</source>
            <translation>La fenêtre n'a pas pu être rendue.</translation>
        </message>
        <message>
            <source>Cannot write the screenshot to %1.</source>
            <translation>Impossible d'écrire la capture d'écran dans %1.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Omnium runs esports tournaments at a venue.</source>
            <translation>Omnium gère des tournois esport sur site.</translation>
        </message>
        <message>
            <source>Open the tournament database FILE (default: in the user's data folder).</source>
            <translation>Ouvrir la base de données de tournoi FICHIER (par défaut : dans le dossier de données de l'utilisateur).</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FICHIER</translation>
        </message>
        <message>
            <source>Load every page and exit; fail on any QML warning or error.</source>
            <translation>Charger toutes les pages et quitter ; échouer au moindre avertissement ou erreur QML.</translation>
        </message>
        <message>
            <source>Render the window to the PNG FILE and exit.</source>
            <translation>Rendre la fenêtre dans le FICHIER PNG et quitter.</translation>
        </message>
        <message>
            <source>Window size for --screenshot, as WIDTHxHEIGHT (default 1280x800).</source>
            <translation>Taille de la fenêtre pour --screenshot, en LARGEURxHAUTEUR (1280x800 par défaut).</translation>
        </message>
        <message>
            <source>WxH</source>
            <translation>LxH</translation>
        </message>
        <message>
            <source>Page to show first (e.g. SettingsPage).</source>
            <translation>Page à afficher d'abord (p. ex. SettingsPage).</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NOM</translation>
        </message>
        <message>
            <source>unexpected argument '%1'; see --help</source>
            <translation>argument inattendu « %1 » ; voir --help</translation>
        </message>
        <message>
            <source>--size '%1' is not WIDTHxHEIGHT, e.g. 1920x1080</source>
            <translation>--size « %1 » n'est pas de la forme LARGEURxHAUTEUR, p. ex. 1920x1080</translation>
        </message>
        <message>
            <source>--page '%1' is not a page; pages: %2</source>
            <translation>--page « %1 » n'est pas une page ; pages : %2</translation>
        </message>
        <message>
            <source>the main window could not be loaded</source>
            <translation>la fenêtre principale n'a pas pu être chargée</translation>
        </message>
        <message numerus="yes">
            <source>self-test failed: %n warning(s) while loading the pages</source>
            <translation>
                <numerusform>auto-test échoué : %n avertissement lors du chargement des pages</numerusform>
                <numerusform>auto-test échoué : %n avertissements lors du chargement des pages</numerusform>
            </translation>
        </message>
        <message>
            <source>Feed the stream overlays with a sample tournament (to try them out).</source>
            <translation>Alimenter les incrustations avec un tournoi d'exemple (pour les essayer).</translation>
        </message>
        <message>
            <source>the database could not be backed up before its update: %1</source>
            <translation>la base n’a pas pu être sauvegardée avant sa mise à jour : %1</translation>
        </message>
        <message>
            <source>Esports tournaments at a venue: players, brackets, stations, casters, badges and tickets.</source>
            <translation>Tournois esport sur site : joueurs, arbres, postes, commentateurs, badges et billets.</translation>
        </message>
        <message>
            <source>© The Omnium contributors</source>
            <translation>© Les contributeurs d’Omnium</translation>
        </message>
        <message>
            <source>Window size for --screenshot, as WIDTHxHEIGHT (default 1366x768, a venue laptop).</source>
            <translation>Taille de la fenêtre pour --screenshot, en LARGEURxHAUTEUR (par défaut 1366x768, un portable de site).</translation>
        </message>
        <message numerus="yes">
            <source>self-test failed: %n cut text(s) or unnamed control(s) at %1×%2</source>
            <translation>
                <numerusform>échec de l’autotest : %n texte coupé ou contrôle sans nom accessible à %1×%2</numerusform>
                <numerusform>échec de l’autotest : %n textes coupés ou contrôles sans nom accessible à %1×%2</numerusform>
            </translation>
        </message>
        <message>
            <source>Open the tournament database FILE (default: in the user's data folder), or the venue server at postgresql://user@host:port/database.</source>
            <translation>Ouvrir la base du tournoi FICHIER (par défaut : dans le dossier de données de l’utilisateur), ou le serveur du site postgresql://utilisateur@hôte:port/base.</translation>
        </message>
        <message>
            <source>FILE|URL</source>
            <translation>FICHIER|URL</translation>
        </message>
        <message>
            <source>This desk's name on a venue server, shown to the other desks (default: the computer's name).</source>
            <translation>Le nom de ce poste sur un serveur de site, montré aux autres postes (par défaut : le nom de l’ordinateur).</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>Omnium</source>
            <translation>Omnium</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Rien à défaire</translation>
        </message>
        <message>
            <source>Keyboard shortcuts (%1)</source>
            <translation>Raccourcis clavier (%1)</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>Partout</translation>
        </message>
        <message>
            <source>Open the first nine pages of the sidebar</source>
            <translation>Ouvrir les neuf premières pages du menu</translation>
        </message>
        <message>
            <source>Next / previous page</source>
            <translation>Page suivante / précédente</translation>
        </message>
        <message>
            <source>Move to the sidebar (arrows, then Enter)</source>
            <translation>Aller au menu (flèches, puis Entrée)</translation>
        </message>
        <message>
            <source>Undo the last change (the sidebar says which)</source>
            <translation>Défaire la dernière modification (le menu dit laquelle)</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Refaire</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>Cette liste</translation>
        </message>
        <message>
            <source>Check-in and registration</source>
            <translation>Pointage et inscriptions</translation>
        </message>
        <message>
            <source>Check in (or register) the one player the name matches</source>
            <translation>Pointer (ou inscrire) le seul joueur qui correspond au nom</translation>
        </message>
        <message>
            <source>Clear the name field</source>
            <translation>Vider le champ du nom</translation>
        </message>
        <message>
            <source>Seeding</source>
            <translation>Têtes de série</translation>
        </message>
        <message>
            <source>Move the selected entrant up or down one seed</source>
            <translation>Monter ou descendre d’une place le participant choisi</translation>
        </message>
        <message>
            <source>Digits, then Enter</source>
            <translation>Chiffres, puis Entrée</translation>
        </message>
        <message>
            <source>Move the selected entrant to that seed</source>
            <translation>Placer le participant choisi à cette tête de série</translation>
        </message>
        <message>
            <source>Brackets</source>
            <translation>Arbres</translation>
        </message>
        <message>
            <source>Move to the bracket from the page&apos;s controls</source>
            <translation>Aller à l’arbre depuis les commandes de la page</translation>
        </message>
        <message>
            <source>Arrows</source>
            <translation>Flèches</translation>
        </message>
        <message>
            <source>Select the next match that way</source>
            <translation>Choisir le match suivant dans ce sens</translation>
        </message>
        <message>
            <source>Shift+arrows</source>
            <translation>Maj+flèches</translation>
        </message>
        <message>
            <source>Move the view</source>
            <translation>Déplacer la vue</translation>
        </message>
        <message>
            <source>Digits</source>
            <translation>Chiffres</translation>
        </message>
        <message>
            <source>Find a match by its number</source>
            <translation>Trouver un match par son numéro</translation>
        </message>
        <message>
            <source>Report the selected match&apos;s result (type 2-1, then Enter)</source>
            <translation>Saisir le résultat du match choisi (taper 2-1, puis Entrée)</translation>
        </message>
        <message>
            <source>Caster window: full screen</source>
            <translation>Fenêtre des commentateurs : plein écran</translation>
        </message>
    </context>
    <context>
        <name>DatabaseUrl</name>
        <message>
            <source>%1 is not a venue server address: %2. Expected postgresql://user@host:port/database.</source>
            <translation>%1 n’est pas une adresse de serveur de site : %2. Attendu : postgresql://utilisateur@hôte:port/base.</translation>
        </message>
        <message>
            <source>it must start with postgresql://</source>
            <translation>elle doit commencer par postgresql://</translation>
        </message>
        <message>
            <source>no database name after the host (…/database)</source>
            <translation>pas de nom de base après l’hôte (…/base)</translation>
        </message>
        <message>
            <source>the port is not a number from 1 to 65535</source>
            <translation>le port n’est pas un nombre de 1 à 65535</translation>
        </message>
        <message>
            <source>sslmode “%1” is not one of %2</source>
            <translation>sslmode « %1 » n’est pas l’une des valeurs %2</translation>
        </message>
        <message>
            <source>unknown parameter “%1” (known: sslmode, host)</source>
            <translation>paramètre inconnu « %1 » (connus : sslmode, host)</translation>
        </message>
        <message>
            <source>no host (a name, an address, or ?host=/socket/folder)</source>
            <translation>pas d’hôte (un nom, une adresse, ou ?host=/dossier/du/socket)</translation>
        </message>
        <message>
            <source>%1 is not this machine, so the connection must be encrypted: add ?sslmode=require (or verify-full)</source>
            <translation>%1 n’est pas cette machine, la connexion doit donc être chiffrée : ajoutez ?sslmode=require (ou verify-full)</translation>
        </message>
    </context>
    <context>
        <name>VenueStatusChip</name>
        <message>
            <source>Reconnecting…</source>
            <translation>Reconnexion…</translation>
        </message>
        <message>
            <source>%1 · Venue server</source>
            <translation>%1 · Serveur du site</translation>
        </message>
    </context>
    <context>
        <name>PlayerPhones</name>
        <message>
            <source>This player no longer exists.</source>
            <translation>Ce joueur n’existe plus.</translation>
        </message>
        <message>
            <source>Phone link</source>
            <translation>Lien téléphone</translation>
        </message>
        <message>
            <source>Revoke phone link</source>
            <translation>Révoquer le lien téléphone</translation>
        </message>
        <message>
            <source>Self-reporting on</source>
            <translation>Saisie par les joueurs activée</translation>
        </message>
        <message>
            <source>Self-reporting off</source>
            <translation>Saisie par les joueurs désactivée</translation>
        </message>
        <message>
            <source>This event no longer exists.</source>
            <translation>Cette épreuve n’existe plus.</translation>
        </message>
        <message>
            <source>This match is not being played: only a called or started match takes a result.</source>
            <translation>Ce match n’est pas en cours : seul un match appelé ou commencé prend un résultat.</translation>
        </message>
        <message>
            <source>Results of this event are entered at the desk.</source>
            <translation>Les résultats de cette épreuve se saisissent à l’accueil.</translation>
        </message>
        <message>
            <source>A score is a number of games won.</source>
            <translation>Un score est un nombre de manches gagnées.</translation>
        </message>
        <message>
            <source>check in %1 from their phone</source>
            <translation>enregistrement de %1 depuis son téléphone</translation>
        </message>
        <message>
            <source>Check-in from phones off</source>
            <translation>Pointage par téléphone désactivé</translation>
        </message>
        <message>
            <source>Check-in from phones on</source>
            <translation>Pointage par téléphone activé</translation>
        </message>
        <message>
            <source>Results of this event are entered game by game: say who won each game.</source>
            <translation>Les résultats de cette épreuve se saisissent manche par manche : indiquez qui a gagné chaque manche.</translation>
        </message>
        <message>
            <source>Results of this event are a score: games won by each side.</source>
            <translation>Les résultats de cette épreuve sont un score : les manches gagnées par chaque camp.</translation>
        </message>
        <message>
            <source>Say who won each game played.</source>
            <translation>Indiquez qui a gagné chaque manche jouée.</translation>
        </message>
        <message>
            <source>Results game by game off</source>
            <translation>Résultats manche par manche désactivés</translation>
        </message>
        <message>
            <source>Results game by game on</source>
            <translation>Résultats manche par manche activés</translation>
        </message>
    </context>
    <context>
        <name>PlayerPageServer</name>
        <message>
            <source>The player pages cannot listen on port %1: %2</source>
            <translation>Les pages joueurs ne peuvent pas écouter sur le port %1 : %2</translation>
        </message>
        <message>
            <source>Switch on the player pages and make the player's link first.</source>
            <translation>Activez d'abord les pages joueurs et créez le lien du joueur.</translation>
        </message>
        <message>
            <source>Switch on the player pages first: the poster carries their address.</source>
            <translation>Activez d'abord les pages joueurs : l'affiche porte leur adresse.</translation>
        </message>
    </context>
    <context>
        <name>VenueServerDialog</name>
        <message>
            <source>Venue server</source>
            <translation>Serveur du site</translation>
        </message>
        <message>
            <source>Several desks work on one tournament through the venue&apos;s PostgreSQL server. Ask whoever set it up for these.</source>
            <translation>Plusieurs postes travaillent sur un même tournoi grâce au serveur PostgreSQL du site. Demandez ces informations à qui l’a installé.</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Serveur :</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Serveur</translation>
        </message>
        <message>
            <source>Name or address, e.g. 192.168.10.2</source>
            <translation>Nom ou adresse, p. ex. 192.168.10.2</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port :</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Base de données :</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de données</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>Utilisateur :</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>This computer&apos;s user name</source>
            <translation>Le nom d’utilisateur de cet ordinateur</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Mot de passe :</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Inchangé</translation>
        </message>
        <message>
            <source>This desk&apos;s name:</source>
            <translation>Nom de ce poste :</translation>
        </message>
        <message>
            <source>This desk&apos;s name</source>
            <translation>Nom de ce poste</translation>
        </message>
        <message>
            <source>e.g. Results desk</source>
            <translation>p. ex. Poste des résultats</translation>
        </message>
        <message>
            <source>Encryption:</source>
            <translation>Chiffrement :</translation>
        </message>
        <message>
            <source>Encrypted (TLS), required: the server is not this computer</source>
            <translation>Chiffré (TLS), obligatoire : le serveur n’est pas cet ordinateur</translation>
        </message>
        <message>
            <source>Encrypted (TLS)</source>
            <translation>Chiffré (TLS)</translation>
        </message>
        <message>
            <source>The password is kept in %1.</source>
            <translation>Le mot de passe est conservé dans %1.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Tester la connexion</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>Copy the venue server&apos;s tournament into a file</source>
            <translation>Copier le tournoi du serveur du site dans un fichier</translation>
        </message>
        <message>
            <source>Omnium databases (*.sqlite)</source>
            <translation>Bases de données Omnium (*.sqlite)</translation>
        </message>
        <message>
            <source>Copy the tournament into a local file…</source>
            <translation>Copier le tournoi dans un fichier local…</translation>
        </message>
        <message>
            <source>Move this tournament to the venue server</source>
            <translation>Déplacer ce tournoi sur le serveur du site</translation>
        </message>
    </context>
    <context>
        <name>VenueServerController</name>
        <message>
            <source>the system keychain</source>
            <translation>le trousseau du système</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Connexion à %1…</translation>
        </message>
        <message>
            <source>Connected. The database is empty: Omnium sets it up when this desk connects.</source>
            <translation>Connecté. La base de données est vide : Omnium la prépare quand ce poste se connecte.</translation>
        </message>
        <message>
            <source>Connected. The database is from an older Omnium (schema %1): connecting updates it to schema %2, and every desk must then run this version.</source>
            <translation>Connecté. La base de données vient d’une version plus ancienne d’Omnium (schéma %1) : la connexion la met à jour vers le schéma %2, et chaque poste devra ensuite utiliser cette version.</translation>
        </message>
        <message>
            <source>Connected. The venue&apos;s Omnium database is ready.</source>
            <translation>Connecté. La base de données Omnium du site est prête.</translation>
        </message>
        <message>
            <source>Give this desk a name: the other desks see it beside its changes.</source>
            <translation>Donnez un nom à ce poste : les autres postes le voient à côté de ses modifications.</translation>
        </message>
        <message>
            <source>Copying into %1…</source>
            <translation>Copie dans %1…</translation>
        </message>
        <message>
            <source>The tournament is on the venue server (copied in %1 s). Connect to work on it there; the file %2 stays as it was.</source>
            <translation>Le tournoi est sur le serveur du site (copié en %1 s). Connectez-vous pour y travailler ; le fichier %2 reste tel quel.</translation>
        </message>
        <message>
            <source>The venue server&apos;s tournament is in %1 (copied in %2 s): open it there to work on this laptop alone.</source>
            <translation>Le tournoi du serveur du site est dans %1 (copié en %2 s) : ouvrez-le pour travailler sur ce seul ordinateur.</translation>
        </message>
    </context>
    <context>
        <name>VenueCredentials</name>
        <message>
            <source>The password could not be saved in %1: %2</source>
            <translation>Le mot de passe n’a pas pu être enregistré dans %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>PhoneLinkPrint</name>
        <message>
            <source>Phone link for %1</source>
            <translation>Lien téléphone de %1</translation>
        </message>
        <message>
            <source>Lost this page? Scan the poster (%1) and type your tag and this code.</source>
            <translation>Page perdue ? Scannez l'affiche (%1) et tapez votre pseudo et ce code.</translation>
        </message>
        <message>
            <source>Your code: %1</source>
            <translation>Votre code : %1</translation>
        </message>
        <message>
            <source>Scan: your next match, where to play, your results.</source>
            <translation>Scannez : votre prochain match, où jouer, vos résultats.</translation>
        </message>
        <message>
            <source>Phone pages poster</source>
            <translation>Affiche des pages joueurs</translation>
        </message>
        <message>
            <source>Then type a few letters of your tag and the code on your badge or check-in slip. No code? Ask the desk.</source>
            <translation>Tapez ensuite quelques lettres de votre pseudo et le code de votre badge ou de votre fiche de pointage. Pas de code ? Demandez à l'accueil.</translation>
        </message>
        <message>
            <source>Where to play, when, and your results: scan this code.</source>
            <translation>Où jouer, quand, et vos résultats : scannez ce code.</translation>
        </message>
        <message>
            <source>Your matches on your phone</source>
            <translation>Vos matchs sur votre téléphone</translation>
        </message>
    </context>
    <context>
        <name>BadgeRenderer</name>
        <message>
            <source>Phone %1</source>
            <translation>Mobile %1</translation>
        </message>
    </context>
    <context>
        <name>CommandBar</name>
        <message>
            <source>Command or page…</source>
            <translation>Commande ou page…</translation>
        </message>
        <message>
            <source>No command has that name</source>
            <translation>Aucune commande de ce nom</translation>
        </message>
    </context>
</TS>
