// SPDX-License-Identifier: GPL-3.0-or-later
#include "uiaudit.h"

#include <QAccessible>

#include <QMetaEnum>
#include <QQuickItem>
#include <QQuickWindow>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace UiAudit {

namespace {

QString describe(const QObject *object)
{
    QString what = QString::fromLatin1(object->metaObject()->className());
    // QML types are named like "Label_QMLTYPE_12": keep the type.
    what = what.section(u'_', 0, 0);
    if (!object->objectName().isEmpty())
        what += u" ("_s + object->objectName() + u')';
    return what;
}

bool shown(const QQuickItem *item)
{
    return item->isVisible() && item->opacity() > 0 && item->width() > 0 && item->height() > 0;
}

// `seen`: the part of the window not clipped away by the item's ancestors (a list scrolled
// out of view); text outside it is laid out again when it is scrolled in.
void collectTruncated(QQuickItem *item, QRectF seen, QStringList &found)
{
    if (!shown(item))
        return;
    const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    if (!rect.intersects(seen))
        return;
    if (item->clip())
        seen &= rect;
    if (item->property("truncated").toBool()) {
        const QString text = item->property("text").toString().simplified();
        found << describe(item) + u" “"_s + (text.size() > 60 ? text.left(60) + u'…' : text) + u'”';
    }
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        collectTruncated(child, seen, found);
}

// The roles an organiser acts on: each needs a name to be found by a screen reader.
bool needsName(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::EditableText:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::Slider:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

// The name a screen reader hears. Qt names buttons, boxes and tabs after their text only
// while assistive technology is active, which the offscreen platform never is: read the text
// as Qt would.
QString spokenName(QAccessibleInterface *node)
{
    const QString name = node->text(QAccessible::Name).trimmed();
    if (!name.isEmpty())
        return name;
    QObject *object = node->object();
    if (!object)
        return {};
    if (object->inherits("QQuickAbstractButton"))
        return object->property("text").toString().trimmed();
    return {};
}

// Whether the item says a screen reader skips it (Accessible.ignored: the control inside a
// Kirigami Addons delegate, whose delegate carries the name).
bool ignoredByScreenReaders(const QObject *object)
{
    const auto children = object->children();
    return std::ranges::any_of(children, [](const QObject *child) {
        return child->inherits("QQuickAccessibleAttached") && child->property("ignored").toBool();
    });
}

// Text shown to be read (a page, a selectable label) is not a control.
bool isControl(QAccessibleInterface *node)
{
    if (node->role() == QAccessible::EditableText && node->state().readOnly)
        return false;
    // Qt empties a password field's accessible name whatever the page sets (so that nothing
    // of it is spoken); its label beside it is what a screen reader reads.
    if (node->state().passwordEdit)
        return false;
    const QObject *object = node->object();
    return !(object && (object->inherits("QQuickPage") || ignoredByScreenReaders(object)));
}

// A control that takes no keyboard focus inside a named one is a part of it (the box of a
// Kirigami Addons combo box delegate: the delegate takes the focus and carries the name).
bool partOfNamedControl(QAccessibleInterface *node)
{
    const QObject *object = node->object();
    if (!object || object->property("focusPolicy").toInt() != Qt::NoFocus)
        return false;
    for (QAccessibleInterface *up = node->parent(); up; up = up->parent()) {
        if (up->object() && up->object()->inherits("QQuickControl"))
            return !spokenName(up).isEmpty();
    }
    return false;
}

void collectUnnamed(QAccessibleInterface *node, QStringList &found, int depth)
{
    if (!node || !node->isValid() || depth > 200)
        return;
    const QAccessible::State state = node->state();
    if (state.invisible)
        return;
    if (needsName(node->role()) && isControl(node) && spokenName(node).isEmpty() && !partOfNamedControl(node)) {
        const auto role = QString::fromLatin1(QMetaEnum::fromType<QAccessible::Role>().valueToKey(node->role()));
        QString where = node->object() ? describe(node->object()) : u"?"_s;
        // The nearest named ancestor says where it is.
        for (QAccessibleInterface *up = node->parent(); up; up = up->parent()) {
            if (up->object() && !up->object()->objectName().isEmpty()) {
                where += u" in "_s + up->object()->objectName();
                break;
            }
        }
        found << role + u": "_s + where;
    }
    for (int i = 0; i < node->childCount(); ++i)
        collectUnnamed(node->child(i), found, depth + 1);
}

// The label a FormLayout shows beside the item: its own FormData label or its row's.
QString formLabel(const QQuickItem *item)
{
    for (; item; item = item->parentItem()) {
        const auto children = item->children();
        for (const QObject *child : children) {
            if (child->inherits("FormLayoutAttached") && !child->property("label").toString().isEmpty())
                return child->property("label").toString();
        }
    }
    return {};
}

void collectUnlabelled(QQuickItem *item, QStringList &found, int &fields)
{
    if (!item->isVisible())
        return;
    if (item->inherits("QQuickTextField") || item->inherits("QQuickTextArea") || item->inherits("QQuickSpinBox")
        || item->inherits("QQuickComboBox")) {
        ++fields;
        if (formLabel(item).isEmpty()) {
            QString name = item->property("placeholderText").toString();
            for (const QObject *child : item->children()) {
                if (child->inherits("QQuickAccessibleAttached"))
                    name = child->property("name").toString();
            }
            found << describe(item) + u" “"_s + name + u'”';
        }
        return; // a spin box's own text field is the spin box
    }
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        collectUnlabelled(child, found, fields);
}

} // namespace

QStringList unlabelledFields(QQuickItem *root, int *fields)
{
    QStringList found;
    int seen = 0;
    if (root)
        collectUnlabelled(root, found, seen);
    if (fields)
        *fields = seen;
    return found;
}

QStringList unlabelledFormFields(QQuickItem *root)
{
    QStringList found;
    if (!root || !root->isVisible())
        return found;
    if (QString::fromLatin1(root->metaObject()->className()).startsWith(u"FormLayout_QMLTYPE"_s))
        return unlabelledFields(root);
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        found << unlabelledFormFields(child);
    return found;
}

QStringList truncatedTexts(QQuickItem *root)
{
    QStringList found;
    if (root)
        collectTruncated(root, root->mapRectToScene(QRectF(0, 0, root->width(), root->height())), found);
    return found;
}

QStringList unnamedControls(QQuickWindow &window)
{
    // Controls name themselves for assistive technology only once it is active; the offscreen
    // platform has none, so switch it on (again: pages created since need the signal too).
    QAccessible::setActive(true);
    QStringList found;
    collectUnnamed(QAccessible::queryAccessibleInterface(&window), found, 0);
    return found;
}

} // namespace UiAudit
