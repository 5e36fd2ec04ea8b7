<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutPage</name>
    <message>
        <source>About Omnium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, built with Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omnium runs an esports department&apos;s tournaments at a venue: players and teams, events and brackets, match scheduling across stations, results, live brackets for casters, badges and spectator tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omnium is free software under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BracketLayout</name>
    <message>
        <source>Grand final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grand final reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 — round %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BracketRenderer</name>
    <message>
        <source>The bracket is too large for one PNG at this scale (%1 × %2 pixels); export a PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — page row %2, column %3 of %4 × %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Omnium</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseBracket</name>
    <message>
        <source>Entrant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winner of M%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loser of M%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DQ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to Omnium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tournaments, brackets, stations, casters, badges and tickets for the venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tournament database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved at once. Start Omnium with --database FILE to work on another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowGrabber</name>
    <message>
        <source>The window could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Omnium runs esports tournaments at a venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the tournament database FILE (default: in the user&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every page and exit; fail on any QML warning or error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to the PNG FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot, as WIDTHxHEIGHT (default 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page to show first (e.g. SettingsPage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size &apos;%1&apos; is not WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page &apos;%1&apos; is not a page; pages: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the main window could not be loaded</source>
        <translation type="unfinished"></translation>
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
