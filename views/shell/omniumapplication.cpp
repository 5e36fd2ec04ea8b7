// SPDX-License-Identifier: GPL-3.0-or-later
#include "omniumapplication.h"

#include "navigationmodel.h"
#include "notificationmodel.h"
#include "store/store.h"

#include <KirigamiActionCollection>

#include <QIcon>

#include <array>

using namespace Qt::StringLiterals;

namespace {

// The application object's own commands that Omnium has in another form (About is a page)
// or not at all (Quit: the window's close button, so a stray Ctrl+Q does not close a desk).
constexpr std::array unusedBaseActions {"file_quit", "open_about_page", "open_about_kde_page"};

} // namespace

OmniumApplication::OmniumApplication(
    Store &store, NavigationModel &navigation, NotificationModel &notifications, QObject *parent)
    : AbstractKirigamiApplication(parent)
    , m_store(store)
    , m_navigation(navigation)
    , m_notifications(notifications)
{
    setupActions();
    connect(&m_store, &Store::historyChanged, this, &OmniumApplication::updateHistoryActions);
}

void OmniumApplication::setupActions()
{
    AbstractKirigamiApplication::setupActions(); // the command bar and the shortcuts editor
    auto *actions = mainCollection();
    for (const char *name : unusedBaseActions) {
        if (auto *unused = actions->action(QLatin1String(name)))
            actions->removeAction(unused);
    }

    // Pages first, as the command bar lists them.
    for (int row = 0; row < m_navigation.rowCount(); ++row) {
        const QString page = m_navigation.data(m_navigation.index(row), NavigationModel::PageRole).toString();
        auto *action = actions->addAction(u"go_to_"_s + page, this, [this, row] { goToPage(row); });
        if (row < 9)
            KirigamiActionCollection::setDefaultShortcut(action, QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        m_pageActions << action;
    }
    const auto add
        = [actions, this](const QString &name, const QString &icon, const QList<QKeySequence> &keys, auto slot) {
              auto *action = actions->addAction(name, this, slot);
              action->setIcon(QIcon::fromTheme(icon));
              KirigamiActionCollection::setDefaultShortcuts(action, keys);
              return action;
          };
    add(u"edit_undo"_s, u"edit-undo"_s, {QKeySequence(Qt::CTRL | Qt::Key_Z)}, &OmniumApplication::undo);
    add(u"edit_redo"_s, u"edit-redo"_s,
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}, &OmniumApplication::redo);
    add(u"next_page"_s, u"go-next"_s, {QKeySequence(Qt::CTRL | Qt::Key_PageDown)},
        [this] { goToPage((m_navigation.currentIndex() + 1) % m_navigation.rowCount()); });
    add(u"previous_page"_s, u"go-previous"_s, {QKeySequence(Qt::CTRL | Qt::Key_PageUp)},
        [this] { goToPage((m_navigation.currentIndex() + m_navigation.rowCount() - 1) % m_navigation.rowCount()); });
    add(u"focus_sidebar"_s, u"sidebar-show"_s, {QKeySequence(Qt::CTRL | Qt::Key_L)},
        &OmniumApplication::sidebarRequested);
    // The base class's command bar and shortcuts editor, with the keys Omnium's users know.
    auto *commandBar = action(u"open_kcommand_bar"_s);
    commandBar->setIcon(QIcon::fromTheme(u"search"_s));
    KirigamiActionCollection::setDefaultShortcut(commandBar, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    add(u"show_shortcuts"_s, u"help-keyboard-shortcuts"_s, {QKeySequence(Qt::Key_F1), QKeySequence(u"Ctrl+?"_s)},
        &OmniumApplication::shortcutsSheetRequested);

    retranslate();
    readSettings(); // the keys the organiser chose, over the defaults
}

QAction *OmniumApplication::pageAction(int row) const
{
    return m_pageActions.value(row);
}

QString OmniumApplication::keysOf(QAction *action) const
{
    if (!action)
        return {};
    QStringList keys;
    for (const QKeySequence &sequence : action->shortcuts())
        keys << sequence.toString(QKeySequence::NativeText);
    return keys.join(u", "_s);
}

QStringList OmniumApplication::otherKeysOf(QAction *action) const
{
    QStringList keys;
    for (const QKeySequence &sequence : action ? action->shortcuts().mid(1) : QList<QKeySequence>())
        keys << sequence.toString(QKeySequence::PortableText);
    return keys;
}

QString OmniumApplication::keyText(const QString &portableKeys) const
{
    return QKeySequence(portableKeys, QKeySequence::PortableText).toString(QKeySequence::NativeText);
}

void OmniumApplication::retranslate()
{
    for (int row = 0; row < m_pageActions.size(); ++row)
        m_pageActions[row]->setText(
            tr("Go to %1").arg(m_navigation.data(m_navigation.index(row), NavigationModel::TitleRole).toString()));
    action(u"next_page"_s)->setText(tr("Next page"));
    action(u"previous_page"_s)->setText(tr("Previous page"));
    action(u"focus_sidebar"_s)->setText(tr("Move to the sidebar (arrows, then Enter)"));
    action(u"open_kcommand_bar"_s)->setText(tr("Find a command or page"));
    action(u"show_shortcuts"_s)->setText(tr("Keyboard shortcuts"));
    action(u"options_configure_keybinding"_s)->setText(tr("Change the keyboard shortcuts…"));
    updateHistoryActions();
}

// Undo and Redo say what they take back ("Undo: 2-1 M17"), and are off when there is nothing.
void OmniumApplication::updateHistoryActions()
{
    auto *undoAction = action(u"edit_undo"_s);
    undoAction->setText(m_store.canUndo() ? m_store.undoText() : tr("Undo"));
    undoAction->setEnabled(m_store.canUndo());
    auto *redoAction = action(u"edit_redo"_s);
    redoAction->setText(m_store.canRedo() ? m_store.redoText() : tr("Redo"));
    redoAction->setEnabled(m_store.canRedo());
}

// What was taken back is said after it, in a passive notification.
void OmniumApplication::undo()
{
    const QString what = m_store.undoLabel();
    if (m_store.canUndo() && m_store.undo())
        m_notifications.post(NotificationModel::Info, tr("Undone: %1").arg(what));
}

void OmniumApplication::redo()
{
    const QString what = m_store.redoLabel();
    if (m_store.canRedo() && m_store.redo())
        m_notifications.post(NotificationModel::Info, tr("Redone: %1").arg(what));
}

void OmniumApplication::goToPage(int row)
{
    if (row >= 0 && row < m_navigation.rowCount())
        m_navigation.setCurrentIndex(row);
}
