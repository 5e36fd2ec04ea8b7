// SPDX-License-Identifier: GPL-3.0-or-later
import QtCore
import QtQuick
import QtQuick.Dialogs

// Qt's file dialog with what it lacks on a venue laptop: it opens in Documents (not in the
// folder the app was started from), saves with the suffix of the chosen filter, and takes a
// full path typed as the name as it is (Qt's own dialog appends it to the current folder).
// Use onChosen, not onAccepted.
FileDialog {
    id: chooser

    signal chosen(url file)

    // Where it opens: Documents first, then the folder last chosen. (Set on opening: Qt's own
    // dialog ignores a currentFolder given before it exists.)
    property url startFolder: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
    // The suffix follows the chosen filter: "PNG image (*.png)" saves a .png.
    defaultSuffix: selectedNameFilter.extensions.length > 0 ? selectedNameFilter.extensions[0] : ""
    onAccepted: {
        const text = selectedFile.toString();
        const typedFullPath = text.indexOf("//", "file://".length);
        const file = typedFullPath < 0 ? text : "file://" + text.slice(typedFullPath + 1);
        startFolder = file.slice(0, file.lastIndexOf("/"));
        chosen(file);
    }
    onVisibleChanged: if (visible) currentFolder = startFolder
}
