// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

// A command's name as the audit/undo log keeps it: the untranslated source text (marked with
// QT_TRANSLATE_NOOP / QT_TRANSLATE_N_NOOP where it is written), its context and its %1…
// arguments, translated when it is read. A command made by omnium-cli or an English desk
// reads "Annuler : Résultat 2-1 M17" in a French window, and follows a live language switch.
// Labels stored before this (plain text) read as they were written.
class CommandLabel
{
public:
    class Argument;

    CommandLabel() = default;
    // source: QT_TRANSLATE_NOOP(context, "…") or, with a %n plural, QT_TRANSLATE_N_NOOP;
    // n: the count of a %n plural, -1 for none.
    CommandLabel(const char *context, const char *source, const QList<Argument> &arguments = {}, int n = -1);
    // Text that is never translated: a name, a score, a test's label.
    static CommandLabel verbatim(const QString &text);
    // What Store::run wrote in command_log.label: JSON, or an older label's plain text.
    static CommandLabel fromStored(const QString &stored);

    QString stored() const;
    // The label in the language of the translators installed now.
    QString text() const;
    bool isEmpty() const { return m_source.isEmpty() && m_text.isEmpty(); }

private:
    // A verbatim label is its text, a translated one {context, source, arguments, n}.
    QJsonValue json() const;
    static CommandLabel fromJson(const QJsonValue &value);

    QString m_context;
    QString m_source; // empty: verbatim m_text
    QString m_text;
    QList<CommandLabel> m_arguments;
    int m_n = -1;
};

// One %1… argument: plain text (never translated) or a label of its own.
class CommandLabel::Argument
{
public:
    Argument(const QString &text)
        : label(CommandLabel::verbatim(text))
    { }
    Argument(qint64 number)
        : label(CommandLabel::verbatim(QString::number(number)))
    { }
    Argument(const CommandLabel &label)
        : label(label)
    { }
    CommandLabel label;
};
