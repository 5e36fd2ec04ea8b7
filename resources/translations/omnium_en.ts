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
        <name>GatePage</name>
        <message>
            <source>Gate %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan a ticket or type its code, then Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ACCEPTED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>REFUSED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accepted here: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for upload: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gate name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synchronise</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Omnium</source>
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
            <source>Tickets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gate</source>
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
        <name>TicketingController</name>
        <message>
            <source>The gate cannot work: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main gate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The API token could not be saved in %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The ticketing server cannot be reached. The gate keeps working offline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The ticketing server refused the API token. Check it in the settings below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sold out: not enough seats left for this quantity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The ticketing server sent an answer Omnium cannot read (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the address of the ticketing server first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The ticketing server refused: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the buyer's name.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n ticket(s) issued.</source>
            <translation>
                <numerusform>%n ticket issued.</numerusform>
                <numerusform>%n tickets issued.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ticket refunded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ticket voided.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n queued entry(s) uploaded.</source>
            <translation>
                <numerusform>%n queued entry uploaded.</numerusform>
                <numerusform>%n queued entries uploaded.</numerusform>
            </translation>
        </message>
        <message>
            <source>Welcome (checked offline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a ticket code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forged ticket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ticket for another event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not valid yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voided ticket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already used at %1 at gate %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TicketsPage</name>
        <message>
            <source>Tickets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No ticketing plugin is installed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plugin not loaded: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ticket types</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No ticket types yet: create them on the ticketing server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 entered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issue tickets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buyer's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issued tickets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search by name or ticket number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entered at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Void</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ticketing server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved (type to replace)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event number</source>
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
