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
        <name>BadgeDesign</name>
        <message>
            <source>Classic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bold role header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minimal, side band</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BadgePrintController</name>
        <message>
            <source>Custom size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A4 sheets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letter sheets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One per page (card printer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick the people whose badges to print first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This badge size does not fit on the chosen paper.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Badges</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Preparing %n badge(s)…</source>
            <translation>
                <numerusform>Preparing %n badge…</numerusform>
                <numerusform>Preparing %n badges…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) saved to %1.</source>
            <translation>
                <numerusform>%n badge saved to %1.</numerusform>
                <numerusform>%n badges saved to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) sent to the printer.</source>
            <translation>
                <numerusform>%n badge sent to the printer.</numerusform>
                <numerusform>%n badges sent to the printer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled: nothing was saved or printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printing failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print badges</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BadgeRole</name>
        <message>
            <source>PLAYER</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TEAM STAFF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>STAFF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PRESS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CASTER</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VIP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GUEST</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BadgesPage</name>
        <message>
            <source>Export badges to PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Badges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick the people who need a badge.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n badge(s) ticked</source>
            <translation>
                <numerusform>%n badge ticked</numerusform>
                <numerusform>%n badges ticked</numerusform>
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search a name, tag, team or badge number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick all shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untick all shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reprint…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print this badge again, e.g. when it was lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Design</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orientation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portrait</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Landscape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Width (mm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Height (mm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This badge size does not fit on the chosen paper.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pages appear here, exactly as they will print, once people are ticked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
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
            <source>Badges</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintJob</name>
        <message>
            <source>could not start page %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing to print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot start the PDF %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the printer %1 cannot start printing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintSize</name>
        <message>
            <source>A6 (105 × 148 mm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A7 (74 × 105 mm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CR80 card (85.6 × 54 mm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CR100 card (98.5 × 67 mm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4 × 3 in (101.6 × 76.2 mm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>90 × 54 mm</source>
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
