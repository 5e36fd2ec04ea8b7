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
            <source>Scan a ticket or type its code, then Enter</source>
            <translation>Scannez un billet ou tapez son code, puis Entrée</translation>
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
            <source>Tickets</source>
            <translation>Billets</translation>
        </message>
        <message>
            <source>Gate</source>
            <translation>Contrôle d'accès</translation>
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
        <name>TicketingController</name>
        <message>
            <source>The gate cannot work: %1</source>
            <translation>Le contrôle d'accès ne peut pas fonctionner : %1</translation>
        </message>
        <message>
            <source>Main gate</source>
            <translation>Entrée principale</translation>
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
            <source>No ticket types yet: create them on the ticketing server.</source>
            <translation>Aucun type de billet pour l'instant : créez-les sur le serveur de billetterie.</translation>
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
