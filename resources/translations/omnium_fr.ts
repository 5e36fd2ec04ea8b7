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
            <source>printed</source>
            <translation>imprimé</translation>
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
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Omnium</source>
            <translation>Omnium</translation>
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
            <source>Badges</source>
            <translation>Badges</translation>
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
        <name>SettingsPage</name>
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
    </context>
</TS>
