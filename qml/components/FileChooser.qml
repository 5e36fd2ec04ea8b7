// SPDX-License-Identifier: GPL-3.0-or-later
import QtCore
import QtQuick
import Qt.labs.platform as Platform

// The platform's file dialog (KDE's or GTK's on a desktop, else Qt's own widget dialog, where
// the keyboard can type a whole path into the file name and press Enter), with what a venue
// laptop needs: it opens in Documents (not in the folder the app was started from), saves with
// the suffix of the chosen filter, and takes a full path typed as the name as it is. Use
// onChosen, not onAccepted.
Platform.FileDialog {
    id: chooser

    signal chosen(url file)
    // The file picked (the name Qt Quick's own dialog uses, which the page tests set).
    property alias selectedFile: chooser.file

    // Where it opens: Documents first, then the folder last chosen.
    property url startFolder: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
    // The suffix follows the chosen filter: "PNG image (*.png)" saves a .png.
    defaultSuffix: selectedNameFilter.extensions.length > 0 ? selectedNameFilter.extensions[0] : ""
    folder: startFolder
    onAccepted: {
        // A full path typed after the folder's ("/home/a/Documents//tmp/x.png") is taken as typed.
        const text = file.toString();
        const typedFullPath = text.indexOf("//", "file://".length);
        const chosenFile = typedFullPath < 0 ? text : "file://" + text.slice(typedFullPath + 1);
        startFolder = chosenFile.slice(0, chosenFile.lastIndexOf("/"));
        chosen(chosenFile);
    }
}
