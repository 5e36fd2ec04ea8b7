// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard
import org.kde.coreaddons as Core
import Omnium

// Version, licence and the libraries in use, from the application's KAboutData (set in main()).
FormCard.FormCardPage {
    id: page

    title: qsTr("About Omnium")

    FormCard.FormHeader {
        title: Core.AboutData.displayName
    }
    FormCard.FormCard {
        FormCard.FormTextDelegate {
            text: Core.AboutData.shortDescription
            textItem.wrapMode: Text.Wrap
        }
        FormCard.FormDelegateSeparator {}
        FormCard.FormTextDelegate {
            text: qsTr("Version")
            description: Core.AboutData.version
        }
        FormCard.FormDelegateSeparator {}
        FormCard.FormTextDelegate {
            text: qsTr("Licence")
            description: qsTr("Free software under the GNU General Public License, version 3 or later.")
        }
        FormCard.FormDelegateSeparator {}
        FormCard.FormTextDelegate {
            text: qsTr("Tournament database")
            description: AppInfo.databasePath
        }
    }
    FormCard.FormHeader {
        title: qsTr("Built with")
    }
    FormCard.FormCard {
        FormCard.FormTextDelegate {
            text: qsTr("Qt")
            description: AppInfo.qtVersion
        }
        FormCard.FormDelegateSeparator {}
        FormCard.FormTextDelegate {
            text: qsTr("KDE Frameworks: Kirigami, Kirigami Addons, KCoreAddons")
            description: qsTr("The window, the sidebar, the forms and this page.")
            textItem.wrapMode: Text.Wrap
        }
    }
}
