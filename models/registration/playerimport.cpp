// SPDX-License-Identifier: GPL-3.0-or-later
#include "playerimport.h"

#include "searchkey.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <unicode/uloc.h>

using namespace Qt::StringLiterals;

namespace {

// Header names (folded) that feed each field, in order of preference.
const QList<std::pair<QString, QStringList>> &aliases()
{
    static const QList<std::pair<QString, QStringList>> all = {
        {u"tag"_s,
            {u"tag"_s, u"gamertag"_s, u"gamer tag"_s, u"gamer_tag"_s, u"pseudo"_s, u"handle"_s, u"display name"_s,
                u"display_name"_s, u"name"_s, u"nickname"_s}},
        {u"name"_s, {u"real name"_s, u"full name"_s, u"nom complet"_s, u"nom"_s, u"real_name"_s, u"name"_s}},
        {u"firstName"_s, {u"first name"_s, u"firstname"_s, u"first_name"_s, u"prenom"_s}},
        {u"lastName"_s, {u"last name"_s, u"lastname"_s, u"last_name"_s, u"nom de famille"_s}},
        {u"country"_s, {u"country"_s, u"pays"_s, u"nationality"_s, u"country code"_s}},
        {u"email"_s, {u"email"_s, u"e-mail"_s, u"mail"_s, u"courriel"_s, u"email address"_s}},
        {u"phone"_s, {u"phone"_s, u"phone number"_s, u"telephone"_s, u"tel"_s, u"mobile"_s}},
        {u"team"_s, {u"team"_s, u"equipe"_s, u"prefix"_s, u"sponsor"_s, u"team name"_s}},
        {u"rating"_s, {u"rating"_s, u"elo"_s, u"score"_s, u"classement"_s}},
        {u"notes"_s, {u"notes"_s, u"note"_s, u"comment"_s, u"comments"_s, u"commentaire"_s}},
    };
    return all;
}

} // namespace

const QStringList &PlayerImport::fields()
{
    static const QStringList all = [] {
        QStringList names;
        for (const auto &[field, headers] : aliases())
            names << field;
        return names;
    }();
    return all;
}

QString countryCode(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.size() == 2) {
        const auto territory = QLocale::codeToTerritory(trimmed.toUpper());
        return territory == QLocale::AnyTerritory ? QString() : trimmed.toUpper();
    }
    static const QHash<QString, QString> byName = [] {
        QHash<QString, QString> names;
        // The CLDR name of a territory in a language ("Allemagne" for DE in French), or empty.
        const auto displayName = [](const QString &code, const char *language) {
            UChar buffer[128];
            UErrorCode status = U_ZERO_ERROR;
            const QByteArray locale = "und_" + code.toLatin1();
            const int32_t length = uloc_getDisplayCountry(locale.constData(), language, buffer, 128, &status);
            if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING || length <= 0)
                return QString();
            return QString::fromUtf16(reinterpret_cast<const char16_t *>(buffer), length);
        };
        for (int t = QLocale::AnyTerritory + 1; t <= QLocale::LastTerritory; ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() != 2)
                continue;
            names.insert(searchKey(QLocale::territoryToString(territory)), code);
            for (const char *language : {"en", "fr"}) {
                if (const QString name = displayName(code, language); !name.isEmpty())
                    names.insert(searchKey(name), code);
            }
        }
        names.insert(u"usa"_s, u"US"_s);
        names.insert(u"uk"_s, u"GB"_s);
        names.insert(u"united kingdom"_s, u"GB"_s);
        return names;
    }();
    return byName.value(searchKey(trimmed));
}

PlayerImport PlayerImport::fromCsv(const QByteArray &bytes)
{
    PlayerImport import;
    import.m_table = CsvReader::read(bytes);
    QStringList folded;
    for (const auto &header : std::as_const(import.m_table.header))
        folded << searchKey(header).simplified();
    if (folded.contains(u"gamertag"_s) || folded.contains(u"gamer tag"_s))
        import.m_layout = Layout::StartGg;
    else if (folded.contains(u"challonge username"_s) || folded.contains(u"challonge_username"_s))
        import.m_layout = Layout::Challonge;
    for (const auto &[field, headers] : aliases()) {
        for (const auto &header : headers) {
            const int column = int(folded.indexOf(header));
            if (column >= 0 && !import.m_mapping.values().contains(column)) {
                import.m_mapping.insert(field, column);
                break;
            }
        }
    }
    return import;
}

QString PlayerImport::layoutName() const
{
    switch (m_layout) {
    case Layout::StartGg:
        return QCoreApplication::translate("PlayerImport", "start.gg attendee list");
    case Layout::Challonge:
        return QCoreApplication::translate("PlayerImport", "Challonge participant list");
    case Layout::Generic:
        break;
    }
    return QCoreApplication::translate("PlayerImport", "spreadsheet");
}

void PlayerImport::setMapping(const QString &field, int column)
{
    if (column < 0 || column >= m_table.header.size())
        m_mapping.remove(field);
    else
        m_mapping.insert(field, column);
}

QString PlayerImport::value(const CsvTable::Record &record, const QString &field) const
{
    const int column = m_mapping.value(field, -1);
    return column >= 0 && column < record.fields.size() ? record.fields.at(column).trimmed() : QString();
}

QList<QVariantMap> PlayerImport::preview(int count) const
{
    QList<QVariantMap> rows;
    for (const auto &record : m_table.records) {
        if (rows.size() >= count)
            break;
        QVariantMap row {{u"line"_s, record.line}};
        for (const auto &field : fields())
            row.insert(field, value(record, field));
        rows << row;
    }
    return rows;
}

QString textProblem(const QString &text, const QString &what, qsizetype maxLength, bool multiline)
{
    if (text.size() > maxLength)
        return QCoreApplication::translate("PlayerImport", "%1 is longer than %2 characters").arg(what).arg(maxLength);
    for (const QChar c : text) {
        if (multiline && (c == u'\n' || c == u'\t' || c == u'\r'))
            continue;
        if (c.category() == QChar::Other_Control)
            return QCoreApplication::translate("PlayerImport", "%1 contains a control character (U+%2)")
                .arg(what)
                .arg(int(c.unicode()), 4, 16, QChar(u'0'));
    }
    return {};
}

QString textProblemSentence(const QString &text, const QString &what, qsizetype maxLength)
{
    QString problem = textProblem(text, what, maxLength);
    if (!problem.isEmpty()) {
        problem[0] = problem.at(0).toUpper();
        problem += u'.';
    }
    return problem;
}

QStringList PlayerImport::checkPlayer(QVariantMap &player)
{
    QStringList reasons;
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); };
    if (player.contains(u"tag"_s)) {
        const QString tag = player.value(u"tag"_s).toString().trimmed();
        player.insert(u"tag"_s, tag);
        if (tag.isEmpty())
            reasons << QCoreApplication::translate("PlayerImport", "the gamer tag is empty");
        else if (const auto problem
            = textProblem(tag, QCoreApplication::translate("PlayerImport", "the gamer tag"), 64);
            !problem.isEmpty())
            reasons << problem;
    }
    // The other texts: one line each (notes excepted), of a size a person types.
    const struct {
        QString column;
        QString what;
        qsizetype maxLength;
        bool multiline;
    } texts[] = {
        {u"name"_s, QCoreApplication::translate("PlayerImport", "the name"), 128, false},
        {u"phone"_s, QCoreApplication::translate("PlayerImport", "the phone number"), 40, false},
        {u"notes"_s, QCoreApplication::translate("PlayerImport", "the notes"), 10000, true},
    };
    for (const auto &text : texts) {
        if (!player.contains(text.column) || player.value(text.column).isNull())
            continue;
        const QString value = player.value(text.column).toString().trimmed();
        if (const auto problem = textProblem(value, text.what, text.maxLength, text.multiline); !problem.isEmpty())
            reasons << problem;
        player.insert(text.column, orNull(value));
    }
    if (player.contains(u"country"_s)) {
        const QString text = player.value(u"country"_s).toString().trimmed();
        const QString code = countryCode(text);
        if (!text.isEmpty() && code.isEmpty())
            reasons << QCoreApplication::translate("PlayerImport", "“%1” is not a country name or two-letter code")
                           .arg(text);
        player.insert(u"country"_s, orNull(code));
    }
    if (player.contains(u"email"_s)) {
        static const QRegularExpression emailPattern(
            u"^[^@\\s\\x00-\\x1f\\x7f]+@[^@\\s\\x00-\\x1f\\x7f]+\\.[^@\\s\\x00-\\x1f\\x7f]+$"_s);
        const QString email = player.value(u"email"_s).toString().trimmed();
        if (!email.isEmpty() && (email.size() > 254 || !emailPattern.match(email).hasMatch()))
            reasons << QCoreApplication::translate("PlayerImport", "“%1” is not an e-mail address").arg(email);
        player.insert(u"email"_s, orNull(email));
    }
    if (player.contains(u"rating"_s)) {
        const QVariant rating = player.value(u"rating"_s);
        const QString text = rating.toString().trimmed();
        bool ok = true;
        const double number = text.isEmpty() ? 0 : QLocale::c().toDouble(QString(text).replace(u',', u'.'), &ok);
        if (!ok)
            reasons << QCoreApplication::translate("PlayerImport", "the rating “%1” is not a number").arg(text);
        player.insert(u"rating"_s, text.isEmpty() || !ok ? QVariant() : QVariant(number));
    }
    return reasons;
}

PlayerImport::Result PlayerImport::validate() const
{
    Result result;
    for (const auto &problem : m_table.problems)
        result.problems << Problem {problem.line, problem.reason};
    if (m_table.header.isEmpty() && m_table.problems.isEmpty())
        result.problems << Problem {1, QCoreApplication::translate("PlayerImport", "the file is empty")};
    if (!m_mapping.contains(u"tag"_s))
        result.problems << Problem {
            1, QCoreApplication::translate("PlayerImport", "no column gives the gamer tag; choose one")};
    QHash<QString, int> tagLines;
    QHash<QString, int> emailLines;
    if (!m_mapping.contains(u"tag"_s))
        return result;
    for (const auto &record : m_table.records) {
        QString name = value(record, u"name"_s);
        if (name.isEmpty())
            name = QString(value(record, u"firstName"_s) + u' ' + value(record, u"lastName"_s)).trimmed();
        const auto orNull = [](const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); };
        QVariantMap player {
            {u"tag"_s, value(record, u"tag"_s)},
            {u"name"_s, orNull(name)},
            {u"country"_s, value(record, u"country"_s)},
            {u"email"_s, value(record, u"email"_s)},
            {u"phone"_s, orNull(value(record, u"phone"_s))},
            {u"notes"_s, orNull(value(record, u"notes"_s))},
            {u"rating"_s, value(record, u"rating"_s)},
        };
        QStringList reasons = checkPlayer(player);
        const QString tag = player.value(u"tag"_s).toString();
        const QString email = player.value(u"email"_s).toString();
        if (!tag.isEmpty() && tagLines.contains(searchKey(tag)))
            reasons << QCoreApplication::translate("PlayerImport", "the gamer tag %1 is already on line %2")
                           .arg(tag)
                           .arg(tagLines.value(searchKey(tag)));
        if (!email.isEmpty() && reasons.isEmpty() && emailLines.contains(email.toLower()))
            reasons << QCoreApplication::translate("PlayerImport", "the e-mail %1 is already on line %2")
                           .arg(email)
                           .arg(emailLines.value(email.toLower()));
        if (!reasons.isEmpty()) {
            result.problems << Problem {record.line, reasons.join(u"; "_s)};
            continue;
        }
        tagLines.insert(searchKey(tag), record.line);
        if (!email.isEmpty())
            emailLines.insert(email.toLower(), record.line);
        player.insert(u"team"_s, value(record, u"team"_s));
        result.players << player;
        result.lines << record.line;
    }
    std::sort(result.problems.begin(), result.problems.end(),
        [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return result;
}
