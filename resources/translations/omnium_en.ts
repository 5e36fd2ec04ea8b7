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
    </context>
    <context>
        <name>OverlayServer</name>
        <message>
            <source>The overlay server cannot listen on port %1: %2</source>
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
        <message>
            <source>Stream overlays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live bracket, scoreboard, up next, standings and lower third pages for OBS browser sources (1920 × 1080) or any browser. They follow results by themselves.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serve the overlays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also on the venue network (the pages then need the access token in their URL)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bracket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scoreboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lower third</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New access token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The URLs copied before stop working.</source>
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
        <message>
            <source>Feed the stream overlays with a sample tournament (to try them out).</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
