<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AboutPage</name>
        <message>
            <source>About Omnium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version %1, built with Qt %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Omnium runs an esports department's tournaments at a venue: players and teams, events and brackets, match scheduling across stations, results, live brackets for casters, badges and spectator tickets.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Omnium is free software under the GNU General Public License, version 3 or later.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckInPage</name>
        <message>
            <source>Close check-in?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n entrant(s) not checked in will leave the event. Ctrl+Z brings them back.</source>
            <translation>
                <numerusform>%n entrant not checked in will leave the event. Ctrl+Z brings them back.</numerusform>
                <numerusform>%n entrants not checked in will leave the event. Ctrl+Z brings them back.</numerusform>
            </translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 / %2 checked in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove no-shows…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a few letters of the tag or name, then Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checked in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>a quoted field is never closed (missing ")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 fields where the header has %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventController</name>
        <message>
            <source>add tournament %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A tournament needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>edit tournament %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>delete tournament</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>add event %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An event needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a tournament for the event first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>edit event %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>delete event %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>register %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This event no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is a 1v1 event: register players, not teams.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is played by teams of %2: register a team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is already registered in %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unregister %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This entrant is no longer registered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is on the waiting list: there is no place yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancel check-in of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>remove no-shows from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seed %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An entrant of another event cannot be seeded here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>move %1 to seed %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This entrant is not registered in the event.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>random seeding of %1 (seed %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seed %1 by rating</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventPicker</name>
        <message>
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No event yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message>
            <source>Tournaments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tournament name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date (YYYY-MM-DD)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add tournament</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message>
            <source>Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Game</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1v1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>teams of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 / %2 entrants</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n entrant(s)</source>
            <translation>
                <numerusform>%n entrant</numerusform>
                <numerusform>%n entrants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting</source>
            <translation>
                <numerusform>%n waiting</numerusform>
                <numerusform>%n waiting</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 checked in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Omnium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Players</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tournament and events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seeding</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlayerController</name>
        <message>
            <source>add player %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A player needs a gamer tag.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>edit player %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>delete player %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another player already uses the tag %1 (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The e-mail %1 is already used by %2.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n event registration(s)</source>
            <translation>
                <numerusform>%n event registration</numerusform>
                <numerusform>%n event registrations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n team membership(s)</source>
            <translation>
                <numerusform>%n team membership</numerusform>
                <numerusform>%n team memberships</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other record(s)</source>
            <translation>
                <numerusform>%n other record</numerusform>
                <numerusform>%n other records</numerusform>
            </translation>
        </message>
        <message>
            <source>add team %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A team needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>edit team %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>delete team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>change team roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a roster role.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to import.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n line(s) must be fixed first.</source>
            <translation>
                <numerusform>Nothing was imported: %n line must be fixed first.</numerusform>
                <numerusform>Nothing was imported: %n lines must be fixed first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>import %n player(s)</source>
            <translation>
                <numerusform>import %n player</numerusform>
                <numerusform>import %n players</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n player(s) imported.</source>
            <translation>
                <numerusform>%n player imported.</numerusform>
                <numerusform>%n players imported.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Players exported to %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlayerImport</name>
        <message>
            <source>start.gg attendee list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Challonge participant list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no column gives the gamer tag; choose one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the gamer tag is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the gamer tag is longer than 64 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the gamer tag %1 is already on line %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a country name or two-letter code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not an e-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the e-mail %1 is already on line %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the rating “%1” is not a number</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlayersPage</name>
        <message>
            <source>Import players from CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv *.txt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export players to CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This also removes: %1. You can undo it with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can undo it with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Players</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n player(s)</source>
            <translation>
                <numerusform>%n player</numerusform>
                <numerusform>%n players</numerusform>
            </translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import: %1, %2 row(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not imported)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Ready: %n player(s) will be imported.</source>
            <translation>
                <numerusform>Ready: %n player will be imported.</numerusform>
                <numerusform>Ready: %n players will be imported.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gamer tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Real name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country (FR)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add player</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search by tag, name or team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegistrationPage</name>
        <message>
            <source>Registration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 registered, %2 on the waiting list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a player, Enter registers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entrants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>waiting list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unregister</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SeedingPage</name>
        <message>
            <source>Seeding</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n entrant(s)</source>
            <translation>
                <numerusform>%n entrant</numerusform>
                <numerusform>%n entrants</numerusform>
            </translation>
        </message>
        <message>
            <source>Seed by rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Random seed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seed at random</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New seed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rating %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Welcome to Omnium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tournaments, brackets, stations, casters, badges and tickets for the venue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tournament database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every change is saved at once. Start Omnium with --database FILE to work on another file.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>backup to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>player</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>team member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tournament</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>entrant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lobby entrant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>game</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No database is open. Nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” cannot be reverted: a %2 it touched exists again. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” cannot be reverted: a %2 it touched has been deleted since. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” cannot be reverted: a %2 it touched has been changed since. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” cannot be reverted: later changes still use this %2. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redo %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is busy: another program or Omnium window is writing to it. Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file cannot be written (read-only file or folder, or no permission). Nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk is full. Nothing was saved; free some space and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file is damaged or is not an Omnium database. Nothing was saved; open a backup copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This change breaks a rule of the database (a duplicate or a missing link). Nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk could not be read or written. Nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database refuses writes (read-only or no permission). Nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database server's disk is full. Nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is busy. Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database reported an error. Nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a database file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder %1 cannot be written, so the database cannot be created there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was written by a newer version of Omnium (database schema %2; this version knows up to %3). Update Omnium to open it; the file was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>migration to schema %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This %1 no longer exists (it was deleted elsewhere). Nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This %1 was changed elsewhere since it was shown. Nothing was saved; check the current values and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This %1 was changed elsewhere while saving. Nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This %1 no longer exists. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This %1 was changed elsewhere since it was shown. Nothing was deleted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeamsPage</name>
        <message>
            <source>Teams</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n team(s)</source>
            <translation>
                <numerusform>%n team</numerusform>
                <numerusform>%n teams</numerusform>
            </translation>
        </message>
        <message>
            <source>Team name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search by name, tag or member</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n member</numerusform>
                <numerusform>%n members</numerusform>
            </translation>
        </message>
        <message>
            <source>Roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Captain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Player</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Substitute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add to roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowGrabber</name>
        <message>
            <source>The window could not be rendered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write the screenshot to %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Omnium runs esports tournaments at a venue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the tournament database FILE (default: in the user's data folder).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load every page and exit; fail on any QML warning or error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Render the window to the PNG FILE and exit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Window size for --screenshot, as WIDTHxHEIGHT (default 1280x800).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WxH</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page to show first (e.g. SettingsPage).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NAME</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unexpected argument '%1'; see --help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--size '%1' is not WIDTHxHEIGHT, e.g. 1920x1080</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--page '%1' is not a page; pages: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the main window could not be loaded</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>self-test failed: %n warning(s) while loading the pages</source>
            <translation>
                <numerusform>self-test failed: %n warning while loading the pages</numerusform>
                <numerusform>self-test failed: %n warnings while loading the pages</numerusform>
            </translation>
        </message>
    </context>
</TS>
