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
    </context>
    <context>
        <name>OverlayServer</name>
        <message>
            <source>The overlay server cannot listen on port %1: %2</source>
            <translation>Le serveur d'incrustations ne peut pas écouter sur le port %1 : %2</translation>
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
        <message>
            <source>Feed the stream overlays with a sample tournament (to try them out).</source>
            <translation>Alimenter les incrustations avec un tournoi d'exemple (pour les essayer).</translation>
        </message>
    </context>
</TS>
