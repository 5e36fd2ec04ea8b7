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
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tournament database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KDE Frameworks: Kirigami, Kirigami Addons, KCoreAddons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window, the sidebar, the forms and this page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>The tournament could not be separated from the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder could be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tournament to export no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no manifest.json: it is a zip file, but not an Omnium archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s manifest.json is implausibly large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is damaged: its compressed data cannot be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; unpacks to more than the %2 bytes it declares: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpacking the archive failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is damaged (its data does not match the zip&apos;s check sum); the file was probably corrupted while copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is not listed in its manifest; the archive was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is incomplete: &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s database was written by a newer version of Omnium. Update Omnium to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s database cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s database is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of an archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s %1 row %2 refers to a missing %3 row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s match %1 comes from a missing match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was refused and nothing was added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s manifest.json is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive was written by a newer version of Omnium (archive format %1; this version reads up to %2). Update Omnium to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds an entry with an empty or invalid name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; has an absolute path; Omnium archives only hold relative names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; points outside the archive (..); the file may be hostile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is a symbolic link; Omnium archives never contain links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Omnium archive (it is not a zip file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: the end of the zip is missing (was the copy interrupted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 entries, more than the %3 allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds &quot;%1&quot; twice; which one is meant cannot be told, so it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is %2 MB, over the %3 MB limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive unpacks to more than %1 MB, over the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; uses a compression method Omnium does not read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; has inconsistent sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; would inflate %2 times (%3 MB from %4 kB): refused as a compression bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tournament name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is damaged: it does not match the SHA-256 sum in its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s database is not one Omnium wrote, so it is refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is inconsistent: its manifest says database schema %1, its database is schema %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is inconsistent: its manifest announces %1 rows of %2, its database holds %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s %1 row %2 holds %4 kB in %3, over the %5 kB anyone types or attaches: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s %1 row %2 is refused: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s manifest lists %1 entries, more than the %2 an Omnium archive may hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; has a name with &quot;.&quot; or an empty part (another spelling of a name); Omnium never writes such names, so the archive was not made by Omnium as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses ZIP64 (the zip extension for very large files), which Omnium archives never use: it was repacked by another tool. Export it again from Omnium.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveController</name>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an update of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tournament(s)</source>
        <translation>
            <numerusform>%n tournament</numerusform>
            <numerusform>%n tournaments</numerusform>
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
        <source>%n player(s)</source>
        <translation>
            <numerusform>%n player</numerusform>
            <numerusform>%n players</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is sound. Choose how to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported. Undo takes the whole import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the archive&apos;s database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file than the open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now working in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The state before the restore was backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before played matches were reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current state could not be backed up first, so nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied next to the database; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be backed up first, so nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace a shared PostgreSQL database (every instance would lose its data); open the backup as its own database instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be renamed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not take the database&apos;s place (%1); the database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeDesign</name>
    <message>
        <source>Classic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold role header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal, side band</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgePrintController</name>
    <message>
        <source>Custom size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per page (card printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the people whose badges to print first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge size does not fit on the chosen paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print badges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeRole</name>
    <message>
        <source>PLAYER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEAM STAFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CASTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GUEST</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeStore</name>
    <message numerus="yes">
        <source>print %n badge(s)</source>
        <translation>
            <numerusform>print %n badge</numerusform>
            <numerusform>print %n badges</numerusform>
        </translation>
    </message>
    <message>
        <source>add badge for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A badge needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Players and team staff get their badge from the player list, not as staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit badge for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a badge number (12 digits, the last one a check digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one has the badge %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (checked in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <source>Export badges to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the people who need a badge.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a name, tag, team or badge number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this badge again, e.g. when it was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge size does not fit on the chosen paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages appear here, exactly as they will print, once people are ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff, press or guest badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed, e.g. Camille Dupont</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the newspaper or the venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add staff badge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges print at %1 % so that they keep 5 mm off the sheet&apos;s edge, which most printers leave blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a badge&apos;s QR code, or type its number and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Badge %1 · printed %n time(s)</source>
        <translation>
            <numerusform>Badge %1 · printed %n time</numerusform>
            <numerusform>Badge %1 · printed %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>REPRINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing printed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1&apos;s badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A badge for someone who is not a player: staff, press, guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ticked badges as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the ticked badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody to badge here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Players get a badge once registered; staff, press and guests are added with “Add staff badge…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Players</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, tag, team, badge no.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BracketController</name>
    <message>
        <source>Match wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game diff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head-to-head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buchholz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median Buchholz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sonneborn-Berger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opp. match win %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game win %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a format for the bracket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bracket options are not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This match is no longer in the bracket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bracket to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name ending in .png, .svg or .pdf (not “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the bracket first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BracketPage</name>
    <message>
        <source>No match “%1” in this bracket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registered entrant(s), no bracket yet</source>
        <translation>
            <numerusform>%n registered entrant, no bracket yet</numerusform>
            <numerusform>%n registered entrants, no bracket yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a match: 12 or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start next round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole bracket (key 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF on A4 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caster window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Games</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entrants are placed in seed order (see Seeding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Create the bracket for %n entrant(s)</source>
        <translation>
            <numerusform>Create the bracket for %n entrant</numerusform>
            <numerusform>Create the bracket for %n entrants</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a tournament and an event first (Tournament and events).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lobbies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report or correct the result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows: select · Double-click or Enter: report · 2-1 Enter: save the selected match · right-click: dispute · a number: find · 0: fit · +/−: zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the next phase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bracket belongs to an event: create the tournament and its events first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Tournament and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bracket, match %1: %2 against %3</source>
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
    <name>BracketStore</name>
    <message>
        <source>Create the bracket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event already has a bracket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1 has unreadable options: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match %1 has an unknown side or state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match %1 has an unknown slot source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored bracket is inconsistent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the result of match %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the state of match %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify entrant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the next round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match %1 has lobby scores for %2 game(s), not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate the remaining results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark match %1 as disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the dispute over match %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match %1 is not in this event.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasterWindow</name>
    <message>
        <source>TBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omnium — caster display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omnium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match on stream right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now playing and up next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chroma green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chroma magenta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream overlays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy scoreboard URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Omnium caster display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Close check-in?</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove no-shows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters of the tag or name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a row to check in or cancel; Ctrl+Z undoes the last action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A player who opens their phone page is checked in, until the event's bracket is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the entrants not checked in out of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrants belong to an event: create the tournament and its events first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Tournament and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody registered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the players in this event first; they are checked in here as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Registration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tournament: no tournament %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sound; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: no backup &quot;%1&quot; in %2 (see &quot;omnium-cli backup list&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring %1 replaces everything in %2 (a backup of it is taken first); run again with --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size %1: the badge does not fit on --sheet %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role: &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody to print: no badge matches the --event and --role given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAYER: no player has the badge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAYER: &quot;%1&quot; is not registered in event %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an integer in %3..%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required (omnium-cli %2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database: no database file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database %1: no backup could be taken before its update: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) must be fixed; nothing was imported</source>
        <translation>
            <numerusform>%1: %n line must be fixed; nothing was imported</numerusform>
            <numerusform>%1: %n lines must be fixed; nothing was imported</numerusform>
        </translation>
    </message>
    <message>
        <source>--event: no event %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--event: %1 holds no event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--event is required: %1 holds several events (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--generate: &quot;%1&quot; is not one of markdown, man, bash, zsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAYER: give players (ids or gamer tags) or --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAYER: no player &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 in tournament %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>registered %n player(s) in event %1</source>
        <translation>
            <numerusform>registered %n player in event %1</numerusform>
            <numerusform>registered %n players in event %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--by is required (rating, random or previous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--previous ID goes with --by previous, and only with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--random-seed goes with --by random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entrant(s) not checked in would leave event %2; run again with --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>removed %n entrant(s) not checked in from event %1</source>
        <translation>
            <numerusform>removed %n entrant not checked in from event %1</numerusform>
            <numerusform>removed %n entrants not checked in from event %1</numerusform>
        </translation>
    </message>
    <message>
        <source>valid: ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gate could not decide (no answer within 60 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE: refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format %1: %2 looks like a %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>would import %n row(s)</source>
        <translation>
            <numerusform>would import %n row</numerusform>
            <numerusform>would import %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n row(s)</source>
        <translation>
            <numerusform>imported %n row</numerusform>
            <numerusform>imported %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--station: no station &quot;%1&quot; in tournament %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 matches to play, projected end %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--match: no match %1 in tournament %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match %1 cannot be called to this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--station %1: nothing to call (the station is busy or no match is ready for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tournament: %1 holds no tournament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station %1 in tournament %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>would import %n team(s)</source>
        <translation>
            <numerusform>would import %n team</numerusform>
            <numerusform>would import %n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n team(s)</source>
        <translation>
            <numerusform>imported %n team</numerusform>
            <numerusform>imported %n teams</numerusform>
        </translation>
    </message>
    <message>
        <source>no ticketing plugin could be loaded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ticketing server set: pair first (omnium-cli tickets pair CODE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint: &quot;%1&quot; is not an http(s) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type is required (see omnium-cli tickets types)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type: no ticket type %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TICKET-ID: &quot;%1&quot; is not a ticket id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET: %1 exists; a tournament is moved into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved %1 tournament(s), %2 player(s), %3 match(es) into %4 in %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDeleteDialog</name>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This also removes: %1. You can undo it with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo it with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossTable</name>
    <message>
        <source>vs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossTableModel</name>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB: a list to import is far smaller (at most %3 MB); is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed (missing &quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>the table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index &quot;%1&quot; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trigger &quot;%1&quot; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the view &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds %1, which Omnium does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not defined as Omnium defines it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (a copy that was interrupted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be opened as a database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its version cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an Omnium database (it holds no Omnium data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of Omnium (database schema %1; this version knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineErrors</name>
    <message>
        <source>match %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entrant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entrant is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bracket needs at least 2 entrants; there are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entrants is more than this format takes: at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round-robin group of %1 entrants is too large: at most %2 per group; add groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free-for-all needs lobbies of at least 2 entrants, at least 1 round and at least 1 game.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of games (best of) must be odd: 1, 3, 5…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 groups is not possible here: choose between 1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Swiss phase needs a number of rounds, or both the wins to advance and the losses to be out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event has no bracket yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 1 entrant per group must advance; %1 was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in this bracket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a bye: it needs no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is waiting for both entrants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the grand-final reset, which is not played: the winners-side finalist won the grand final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the winner must be side 1 or side 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose who wins by forfeit, no-show or disqualification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a draw is not possible in this format: give the winner the higher score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a score cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2-%3 is not possible in a best of %4: the winner needs exactly %5 games.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2-%3 is not a draw: a draw needs as many games won on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a lobby’s result is each game’s placements and kills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter all %2 games of the lobby (%3 entered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, game %2: give a placement to each of the %3 entrants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, game %2: placements go from 1 to %3, each given once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, game %2: kills cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no result yet: there is nothing to reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting %1 resets no played match: confirm none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting %1 resets %2, already played: confirm exactly those matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is finished: correct its result instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a match becomes pending or finished through its result only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is not finished: %2 has no result yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulation could not report a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an id beyond the bracket’s next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes an entrant from %2, which does not come before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes seed %2, which its phase does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: side %2 does not follow from the results before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine refused with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish %1 first: start its next round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Finish %1 first: %n match(es) still to play.</source>
        <translation>
            <numerusform>Finish %1 first: %n match still to play.</numerusform>
            <numerusform>Finish %1 first: %n matches still to play.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no rounds to start: only Swiss and free-for-all phases have rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every round of %1 has been played.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventCommandRunner</name>
    <message>
        <source>Create the event %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventController</name>
    <message>
        <source>add tournament %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tournament needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit tournament %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete tournament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tournament for the event first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a 1v1 event: register players, not teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is played by teams of %2: register a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already registered in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unregister %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entrant is no longer registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the waiting list: there is no place yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel check-in of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove no-shows from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entrant of another event cannot be seeded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move %1 to seed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entrant is not registered in the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seeding of %1 (seed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed %1 by rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tournament no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD, such as 2026-11-28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tournament cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n player(s) are registered in this 1v1 event: unregister them before making it a team event.</source>
        <translation>
            <numerusform>%n player is registered in this 1v1 event: unregister them before making it a team event.</numerusform>
            <numerusform>%n players are registered in this 1v1 event: unregister them before making it a team event.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) are registered in this event: unregister them before making it 1v1.</source>
        <translation>
            <numerusform>%n team is registered in this event: unregister it before making it 1v1.</numerusform>
            <numerusform>%n teams are registered in this event: unregister them before making it 1v1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>register %n player(s) in %1</source>
        <translation>
            <numerusform>register %n player in %1</numerusform>
            <numerusform>register %n players in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no bracket yet: there is no result to seed by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not finished yet: seed by its result once its last match is played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed %1 by the result of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody registered in %1 played %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 plays in the bracket of %2: disqualify them there instead; deleting would leave their matches without a side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tournament name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1v1: players register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teams register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrant cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then a waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventPicker</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Tournaments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tournament name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tournament</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teams of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 entrants</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tournament and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tournament yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tournament is the evening or weekend: its events, stations and players.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the tournament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event is one game's competition: its players register for it and it has its own bracket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the first event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatePage</name>
    <message>
        <source>Gate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCEPTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for upload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronise</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) let in offline were refused by the server</source>
        <translation>
            <numerusform>%n entry let in offline was refused by the server</numerusform>
            <numerusform>%n entries let in offline were refused by the server</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · ticket %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair this gate with the ticketing server at %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This gate&apos;s scans will then be checked and counted by that server. Pair only with a code the organisers showed you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair this gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a ticket code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a ticket or a pairing code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LobbyBoard</name>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LobbyModel</name>
    <message>
        <source>Round %1 · lobby %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LobbyScoreGrid</name>
    <message>
        <source>Entrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G%1 place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game %1 placement of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game %1 kills of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Omnium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omnium — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchPresenter</name>
    <message>
        <source>playing now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for an earlier result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winners final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winners semi-final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winners quarter-final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winners round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semi-final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter-final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losers final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losers semi-final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losers quarter-final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losers round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grand final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grand final reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-place match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1, round %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single elimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double elimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-for-all lobbies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en_US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h:mm AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchResults</name>
    <message>
        <source>Entrant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This match is no longer in the bracket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forfeit M%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show M%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualification M%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lobby result M%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result %1-%2 M%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enter all %n game(s) of the lobby.</source>
        <translation>
            <numerusform>Enter the lobby&apos;s game.</numerusform>
            <numerusform>Enter all %n games of the lobby.</numerusform>
        </translation>
    </message>
    <message>
        <source>Game %1: enter %2’s placement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game %1: %2’s placement %3 is out of range: placements go from 1 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game %1: %2 and %3 both have placement %4; each placement goes to one entrant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game %1: %2’s kills must be a number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown result kind “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the score as two numbers, like 2-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forfeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disqualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
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
    <message>
        <source>Players</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tournament and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextPhaseDialog</name>
    <message>
        <source>Add the next phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the phase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationArea</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationSources</name>
    <message>
        <source>Open settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue server %1 cannot be reached. Reconnecting… Changes are refused until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reconnected to the venue server; %n change(s) made at other desks meanwhile are shown.</source>
        <translation>
            <numerusform>Reconnected to the venue server; %n change made at other desks meanwhile is shown.</numerusform>
            <numerusform>Reconnected to the venue server; %n changes made at other desks meanwhile are shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OmniumApplication</name>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the sidebar (arrows, then Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a command or page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverlayServer</name>
    <message>
        <source>The overlay server cannot listen on port %1: %2</source>
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
    <message numerus="yes">
        <source>Lobby %1 · %n entrant(s)</source>
        <translation>
            <numerusform>Lobby %1 · %n entrant</numerusform>
            <numerusform>Lobby %1 · %n entrants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Played · %n game(s)</source>
        <translation>
            <numerusform>Played · %n game</numerusform>
            <numerusform>Played · %n games</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To play · %n game(s)</source>
        <translation>
            <numerusform>To play · %n game</numerusform>
            <numerusform>To play · %n games</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhaseOptionsForm</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance from each group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entrant(s) in the next phase, seeded by placement</source>
        <translation>
            <numerusform>%n entrant in the next phase, seeded by placement</numerusform>
            <numerusform>%n entrants in the next phase, seeded by placement</numerusform>
        </translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double elimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single elimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-for-all lobbies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finals best of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grand final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With bracket reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-place match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lobby size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseOverview</name>
    <message>
        <source>Phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n match(es) played</source>
        <translation>
            <numerusform>%1 of %n match played</numerusform>
            <numerusform>%1 of %n matches played</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhaseSummaryModel</name>
    <message numerus="yes">
        <source>Top %n of each group advanced</source>
        <translation>
            <numerusform>The winner of each group advanced</numerusform>
            <numerusform>Top %n of each group advanced</numerusform>
        </translation>
    </message>
    <message>
        <source>Winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerController</name>
    <message>
        <source>add player %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit player %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete player %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another player already uses the tag %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail %1 is already used by %2.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>add team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change team roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a roster role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Players exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 is too large (%2 MB); choose one under 2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG, GIF or WebP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n station</numerusform>
            <numerusform>%n stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bracket phase(s)</source>
        <translation>
            <numerusform>%n bracket phase</numerusform>
            <numerusform>%n bracket phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) with their results</source>
        <translation>
            <numerusform>%n match with its result</numerusform>
            <numerusform>%n matches with their results</numerusform>
        </translation>
    </message>
    <message>
        <source>delete team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n player(s) added</source>
        <translation>
            <numerusform>%n player added</numerusform>
            <numerusform>%n players added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n updated.</numerusform>
            <numerusform>%n updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayerDialog</name>
    <message>
        <source>New player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit player %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamer tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FR, or France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for seeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerImport</name>
    <message>
        <source>start.gg attendee list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challonge participant list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column gives the gamer tag; choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gamer tag is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gamer tag %1 is already on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country name or two-letter code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail %1 is already on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rating “%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gamer tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerLookupPage</name>
    <message>
        <source>Player lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters of the tag or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No player of this tournament matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called and up next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CALLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station to be decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match left today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match called or up next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a player&apos;s tag above to tell them where and when they play. Matches show here once a bracket has started and stations are set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Brackets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayersPage</name>
    <message>
        <source>Phone link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone link for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The player opens this link on their phone: their next match, where to go, their results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on the player pages in the settings to get the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link handed out before stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import players from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export players to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Players</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamer tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (FR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by tag, name or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New player…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be imported until every line below is fixed in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… and %n more line</numerusform>
            <numerusform>… and %n more lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import: %1, %2 row(s), read as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n new player(s)</source>
        <translation>
            <numerusform>Ready: %n new player</numerusform>
            <numerusform>Ready: %n new players</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there unchanged</source>
        <translation>
            <numerusform>%n already there unchanged</numerusform>
            <numerusform>%n already there unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there with other details in the file.</source>
        <translation>
            <numerusform>%n already there with other details in the file.</numerusform>
            <numerusform>%n already there with other details in the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Update those players with the file&apos;s details (otherwise only the new players are added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF to print and hand over: the link's QR code and the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the check-in slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code for the poster's page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field of a new player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Players from a spreadsheet, with a preview first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every player in a spreadsheet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No player yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a gamer tag in the row above and press Enter, or import the registration spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FR, or France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, personal data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>could not start page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer %1 cannot start printing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintSize</name>
    <message>
        <source>A6 (105 × 148 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A7 (74 × 105 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR80 card (85.6 × 54 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR100 card (98.5 × 67 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 × 3 in (101.6 × 76.2 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 × 54 mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered, %2 on the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a player, Enter registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Register the %n player(s) shown</source>
        <translation>
            <numerusform>Register the player shown</numerusform>
            <numerusform>Register the %n players shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register all %n player(s)</source>
        <translation>
            <numerusform>Register the player</numerusform>
            <numerusform>Register all %n players</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrants belong to an event: create the tournament and its events first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Tournament and events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Export the whole database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the tournament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omnium archives (*.omnium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the archive&apos;s database as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omnium databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the event as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the results as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the standings as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database goes back to the state of this backup. The current state is backed up first, so this can be reversed by restoring that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, archives and exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives (.omnium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file with the database, photos and logos, and readable CSV/JSON copies, to move a tournament to another computer or keep it for the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the whole database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tournament yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this tournament…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, exported %2 by Omnium %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Players who are already in this database (same id and tag, or same tag):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the existing player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as its own database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports of one event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standings (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s) while something changed, and before every update, import, restore and deletion. Kept in %1.</source>
        <translation>
            <numerusform>Every minute while something changed, and before every update, import, restore and deletion. Kept in %1.</numerusform>
            <numerusform>Every %n minutes while something changed, and before every update, import, restore and deletion. Kept in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic backups are off (see Settings). Backups are still taken before every update, import, restore and deletion. Kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the players&apos; badge ids (badges printed for this tournament keep working where it is imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the database beside the automatic ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first one is taken at the next change; take one now before a risky step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>vs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already reported: this is a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forfeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score, e.g. 2-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score, first entrant first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map, characters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove game %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a game score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This correction resets %n match(es) already played:</source>
        <translation>
            <numerusform>This correction resets %n match already played:</numerusform>
            <numerusform>This correction resets %n matches already played:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reset %n match(es) and save</source>
        <translation>
            <numerusform>Reset %n match and save</numerusform>
            <numerusform>Reset %n matches and save</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lobby of %n entrant(s)</source>
        <translation>
            <numerusform>Lobby of %n entrant</numerusform>
            <numerusform>Lobby of %n entrants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n game(s), placement and kills in each</source>
        <translation>
            <numerusform>%n game, placement and kills</numerusform>
            <numerusform>%n games, placement and kills in each</numerusform>
        </translation>
    </message>
    <message>
        <source>Disputed: check with both sides, then save the confirmed result (or settle the dispute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points by placement: %1; %2 per kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first entrant first, e.g. 2-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Games</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveProblem</name>
    <message>
        <source>Show current values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulerController</name>
    <message numerus="yes">
        <source>%n entrant(s)</source>
        <translation>
            <numerusform>%n entrant</numerusform>
            <numerusform>%n entrants</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was called to %2 and has not started: record a forfeit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the end of a match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Call %n match(es)</source>
        <translation>
            <numerusform>Call %n match</numerusform>
            <numerusform>Call %n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Add station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a tournament first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A station needs a number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a station %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A match is being played on %1: finish it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 back in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a time like 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1 on stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 off stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 vs %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder the stream queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %1 for stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 out of the stream queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeedingPage</name>
    <message>
        <source>Seeding</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed at random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no seed %1: the seeds run from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: move %1 to seed %2 · Esc: cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a seed and Enter: move the selected entrant there · Ctrl+Up / Ctrl+Down: one place · drag ≡ to reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished event yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed by its result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entrant(s) not checked in yet: close check-in (Remove no-shows) before seeding, so that the seeds run from 1 without gaps.</source>
        <translation>
            <numerusform>%n entrant not checked in yet: close check-in (Remove no-shows) before seeding, so that the seeds run from 1 without gaps.</numerusform>
            <numerusform>%n entrants not checked in yet: close check-in (Remove no-shows) before seeding, so that the seeds run from 1 without gaps.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag to reseed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrants belong to an event: create the tournament and its events first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Tournament and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody registered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the players in this event first; their seeds are set here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Registration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Players&apos; phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each player&apos;s page shows their next match, where to go and their results, and lets them report their score when the event allows it. The call board is for the hall&apos;s screens. Phone links are made on the Players page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the player pages and the call board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the venue network (players&apos; phones must reach this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call board</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Stream overlays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live bracket, scoreboard, up next, standings and lower third pages for OBS browser sources (1920 × 1080) or any browser. They follow results by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the overlays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also on the venue network (the pages then need the access token in their URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URLs copied before stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue name, printed on badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: the label printed on each band, and its colour (click it to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default roles (colour-blind safe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup every (minutes, 0 = off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest backups kept (plus one per day for a month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All addresses of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of the role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF with a big QR code: players scan it, type their tag and the code from their badge or slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster for the entrance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lang=fr, lang=en or lang=both (French and English in turns) to the URL to choose its language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the phone pages poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also on the venue network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages then need the access token in their URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the %1 URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the venue network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Players&apos; phones must reach this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: the label printed on each band, and its colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Players</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: label printed on the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: colour of the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several desks on one tournament: open or test a PostgreSQL venue server, or move this tournament there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsEditorWindow</name>
    <message>
        <source>Change the keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
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
    <message>
        <source>Create the tournament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add its events (game, format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import or add the players</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register them in the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check players in as they arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed and start the bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the caster window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a tournament database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omnium databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tournament database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a venue server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationBoardPage</name>
    <message>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side 1 absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side 2 absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C call · S start · F finish · O out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic calls are paused while you undo. Any new action resumes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No station yet: add them on the Stations page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STREAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No station yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each station (a PC or a console) gets a card here with its match, its time and what comes next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationsPage</name>
    <message>
        <source>Players report their results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opponent confirms on their phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Games, comma-separated (empty: any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bo1 (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bo3 (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bo5 (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Games:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Games</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated; empty: any game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the lunch break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the lunch break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones report each game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who won each game, not only the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No station yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches are called onto free stations: add one per console or PC, numbered as on their tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event in this tournament yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each event's match lengths and start time are set here once it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the tournament</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 is open in %2 on this computer (process %3); close it there first, or use a venue server for several desks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in %2 on %3 (process %4); close it there first (if that computer is off, delete %5), or use a venue server for several desks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be locked for Omnium: %2 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tournament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lobby entrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be reverted: a %2 it touched exists again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be reverted: a %2 it touched has been deleted since. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be reverted: a %2 it touched has been changed since. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be reverted: later changes still use this %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another program or Omnium window is writing to it. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be written (read-only file or folder, or no permission). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or is not an Omnium database. Nothing was saved; open a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change breaks a rule of the database (a duplicate or a missing link). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk could not be read or written. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refuses writes (read-only or no permission). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written, so the database cannot be created there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Omnium (database schema %2; this version knows up to %3). Update Omnium to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has database schema %2, and this version of Omnium reads schema %3 only when it must not change the file: open it once in this version's app (which updates it), or use the version that wrote it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was opened to read only. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 no longer exists (it was deleted elsewhere). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 was changed elsewhere since it was shown. Nothing was saved; check the current values and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 was changed elsewhere while saving. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 no longer exists. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 was changed elsewhere since it was shown. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a database at the current schema can be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy has a broken link in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 left a broken link in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL, package libqt6sql6-psql) is not installed, so %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue server cannot be reached (connection lost). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue server %1 refused the user name or password (authentication failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection to the venue server %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue server %1 has no such database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue server %1 refused the connection (is PostgreSQL running there, on that port?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue server %1 cannot be reached on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue server %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>a command's time in “Changed by … at 14:02”</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by %1. Your “%2” was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue server cannot be reached; reconnecting… Nothing was saved; try again once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other desks keep writing; nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds another program&apos;s tables, not Omnium&apos;s: choose an empty database or the venue&apos;s Omnium database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a tournament (its %2 table has rows): nothing was copied. Choose an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by %1. Your %2 was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short, e.g. CG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamImport</name>
    <message>
        <source>team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file looks like a player list (it has a “%1” column and no roster column): import it as players</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column gives the team name (team, team name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team %1 is already on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no player has the gamer tag “%1”; import the players first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the roster twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamImportController</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) must be fixed first.</source>
        <translation>
            <numerusform>Nothing was imported: %n line must be fixed first.</numerusform>
            <numerusform>Nothing was imported: %n lines must be fixed first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import %n team(s)</source>
        <translation>
            <numerusform>import %n team</numerusform>
            <numerusform>import %n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) added</source>
        <translation>
            <numerusform>%n team added</numerusform>
            <numerusform>%n teams added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n updated.</numerusform>
            <numerusform>%n updated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, tag or member</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Captain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import teams from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export teams to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import: %n row(s), read as %1</source>
        <translation>
            <numerusform>Import: %n row, read as %1</numerusform>
            <numerusform>Import: %n rows, read as %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be imported until every line below is fixed in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… and %n more line</numerusform>
            <numerusform>… and %n more lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n new team(s)</source>
        <translation>
            <numerusform>Ready: %n new team</numerusform>
            <numerusform>Ready: %n new teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there unchanged</source>
        <translation>
            <numerusform>%n already there unchanged</numerusform>
            <numerusform>%n already there unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there with another tag, notes or roster in the file.</source>
        <translation>
            <numerusform>%n already there with another tag, notes or roster in the file.</numerusform>
            <numerusform>%n already there with another tag, notes or roster in the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Update those teams with the file&apos;s tag, notes and roster (no one leaves a roster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams from a spreadsheet, with a preview first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every team in a spreadsheet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a team name and tag in the row above, or import the teams from a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketPrintController</name>
    <message>
        <source>Ticket type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid ticket in the list to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tickets could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) written to %1.</source>
        <translation>
            <numerusform>%n ticket written to %1.</numerusform>
            <numerusform>%n tickets written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketingController</name>
    <message>
        <source>The gate cannot work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token could not be saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticketing server cannot be reached. The gate keeps working offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticketing server refused the API token. Check it in the settings below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out: not enough seats left for this quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticketing server sent an answer Omnium cannot read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the address of the ticketing server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticketing server refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the buyer&apos;s name.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket voided.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a ticket code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forged ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket for another event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already used at %1 at gate %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the event number in the settings below first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the ticket type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price &quot;%1&quot; is not an amount such as 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency must be a 3-letter code such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the sale window as two times like 2026-11-28 09:00, the first before the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type &quot;%1&quot; created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticketing ledger was tampered with: block %1 is wrong (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ledger verified: %n signed block(s), none changed or removed.</source>
        <translation>
            <numerusform>Ledger verified: %n signed block, none changed or removed.</numerusform>
            <numerusform>Ledger verified: %n signed blocks, none changed or removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the ticketing server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gate name has at most %1 characters, without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticketing server sent keys without key %1 and was not believed: someone may be tampering with the network. Tickets are checked with the keys saved before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is off by %n minute(s): set it right.</source>
        <translation>
            <numerusform>This computer&apos;s clock is off by %n minute: set it right.</numerusform>
            <numerusform>This computer&apos;s clock is off by %n minutes: set it right.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed with a revoked key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket unknown to the ticketing server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pairing code cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticketing server&apos;s ledger ends at block %1, but this gate already saw block %2: blocks were deleted on the server. Tell the organisers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token %1 revoked: it no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <comment>the default gate&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketsPage</name>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticketing plugin is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticketing server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved (type to replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print tickets to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. Day pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from (yyyy-MM-dd HH:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until (yyyy-MM-dd HH:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The valid tickets listed here, to a PDF with their QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue name on tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event title on tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 per A4 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per A6 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired (scan or paste to pair again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or paste omnium-pair:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New gate token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New box-office token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New admin token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown this once: paste it, or type it with a QR scanner, into the Pairing code of the computer it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan this code with the scanner of the computer it is for, on its Gate page or into its Pairing code, or paste the text there. It is shown this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not paired over HTTPS, so this is the bare token: scan or paste it into the API token of the computer it is for. It is shown this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, hide it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the ticketing server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Day pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket type yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket type is what is sold: a day pass, a weekend pass, a spectator seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a ticket type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) behind</source>
        <translation>
            <numerusform>%n minute behind</numerusform>
            <numerusform>%n minutes behind</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 matches left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No station yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match to plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline shows one lane per station: set up the stations first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches appear here once an event&apos;s bracket is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Brackets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TournamentDialog</name>
    <message>
        <source>Edit tournament %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingMatchList</name>
    <message>
        <source>Waiting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a match onto a station to put it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STREAM QUEUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on the selected station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap with the match called there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature on stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out of the stream queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue for the stream station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream queue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play earlier on stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play later on stream</source>
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
    <message>
        <source>Feed the stream overlays with a sample tournament (to try them out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database could not be backed up before its update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esports tournaments at a venue: players, brackets, stations, casters, badges and tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>© The Omnium contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot, as WIDTHxHEIGHT (default 1366x768, a venue laptop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>self-test failed: %n cut text(s) or unnamed control(s) at %1×%2</source>
        <translation>
            <numerusform>self-test failed: %n cut text(s) or unnamed control(s) at %1×%2</numerusform>
            <numerusform>self-test failed: %n cut text(s) or unnamed control(s) at %1×%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the tournament database FILE (default: in the user's data folder), or the venue server at postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk's name on a venue server, shown to the other desks (default: the computer's name).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Omnium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the first nine pages of the sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the sidebar (arrows, then Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change (the sidebar says which)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in and registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in (or register) the one player the name matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected entrant up or down one seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected entrant to that seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the bracket from the page&apos;s controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next match that way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a match by its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the selected match&apos;s result (type 2-1, then Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caster window: full screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>%1 is not a venue server address: %2. Expected postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database name after the host (…/database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode “%1” is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parameter “%1” (known: sslmode, host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host (a name, an address, or ?host=/socket/folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not this machine, so the connection must be encrypted: add ?sslmode=require (or verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueStatusChip</name>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Venue server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerPhones</name>
    <message>
        <source>This player no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke phone link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-reporting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-reporting off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This match is not being played: only a called or started match takes a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of this event are entered at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score is a number of games won.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check in %1 from their phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in from phones off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in from phones on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of this event are entered game by game: say who won each game.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of this event are a score: games won by each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who won each game played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results game by game off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results game by game on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerPageServer</name>
    <message>
        <source>The player pages cannot listen on port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on the player pages and make the player's link first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on the player pages first: the poster carries their address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueServerDialog</name>
    <message>
        <source>Venue server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several desks work on one tournament through the venue&apos;s PostgreSQL server. Ask whoever set it up for these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or address, e.g. 192.168.10.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Results desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted (TLS), required: the server is not this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the venue server&apos;s tournament into a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omnium databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the tournament into a local file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this tournament to the venue server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueServerController</name>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The database is empty: Omnium sets it up when this desk connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The database is from an older Omnium (schema %1): connecting updates it to schema %2, and every desk must then run this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The venue&apos;s Omnium database is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this desk a name: the other desks see it beside its changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tournament is on the venue server (copied in %1 s). Connect to work on it there; the file %2 stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue server&apos;s tournament is in %1 (copied in %2 s): open it there to work on this laptop alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueCredentials</name>
    <message>
        <source>The password could not be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneLinkPrint</name>
    <message>
        <source>Phone link for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost this page? Scan the poster (%1) and type your tag and this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan: your next match, where to play, your results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone pages poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then type a few letters of your tag and the code on your badge or check-in slip. No code? Ask the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to play, when, and your results: scan this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your matches on your phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeRenderer</name>
    <message>
        <source>Phone %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandBar</name>
    <message>
        <source>Command or page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command has that name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
