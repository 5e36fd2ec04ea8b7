// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandlabel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

CommandLabel::CommandLabel(const char *context, const char *source, const QList<Argument> &arguments, int n)
    : m_context(QString::fromUtf8(context))
    , m_source(QString::fromUtf8(source))
    , m_n(n)
{
    for (const auto &argument : arguments)
        m_arguments << argument.label;
}

CommandLabel CommandLabel::verbatim(const QString &text)
{
    CommandLabel label;
    label.m_text = text;
    return label;
}

QJsonValue CommandLabel::json() const
{
    if (m_source.isEmpty())
        return m_text;
    QJsonObject object {{u"context"_s, m_context}, {u"source"_s, m_source}};
    if (!m_arguments.isEmpty()) {
        QJsonArray arguments;
        for (const auto &argument : m_arguments)
            arguments.append(argument.json());
        object.insert(u"arguments"_s, arguments);
    }
    if (m_n >= 0)
        object.insert(u"n"_s, m_n);
    return object;
}

CommandLabel CommandLabel::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return verbatim(value.toString());
    const auto object = value.toObject();
    CommandLabel label;
    label.m_context = object.value(u"context"_s).toString();
    label.m_source = object.value(u"source"_s).toString();
    label.m_n = object.value(u"n"_s).toInt(-1);
    for (const auto &argument : object.value(u"arguments"_s).toArray())
        label.m_arguments << fromJson(argument);
    return label;
}

QString CommandLabel::stored() const
{
    // Plain text stays plain, as labels always were, unless it would read as JSON.
    if (m_source.isEmpty() && !m_text.startsWith(u'{'))
        return m_text;
    const auto value = json();
    const QJsonDocument document
        = value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(QJsonArray {value});
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

CommandLabel CommandLabel::fromStored(const QString &stored)
{
    if (!stored.startsWith(u'{') && !stored.startsWith(u'['))
        return verbatim(stored);
    QJsonParseError error;
    const auto document = QJsonDocument::fromJson(stored.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return verbatim(stored); // an older label that happens to start like JSON
    if (document.isArray() && document.array().size() == 1 && document.array().at(0).isString())
        return verbatim(document.array().at(0).toString()); // verbatim text that starts with '{'
    if (!document.isObject() || !document.object().contains(u"source"_s))
        return verbatim(stored);
    return fromJson(document.object());
}

QString CommandLabel::text() const
{
    if (m_source.isEmpty())
        return m_text;
    const QString translated
        = QCoreApplication::translate(m_context.toUtf8().constData(), m_source.toUtf8().constData(), nullptr, m_n);
    // %1…%99 replaced in one pass, so an argument's own "%2" (in a player's tag) stays as typed.
    QString text;
    text.reserve(translated.size());
    for (qsizetype i = 0; i < translated.size(); ++i) {
        if (translated.at(i) == u'%' && i + 1 < translated.size() && translated.at(i + 1).isDigit()) {
            qsizetype end = i + 1;
            int index = 0;
            while (end < translated.size() && end < i + 3 && translated.at(end).isDigit())
                index = index * 10 + translated.at(end++).digitValue();
            if (index >= 1 && index <= m_arguments.size()) {
                text += m_arguments.at(index - 1).text();
                i = end - 1;
                continue;
            }
        }
        text += translated.at(i);
    }
    return text;
}
