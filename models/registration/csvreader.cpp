// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

// The delimiter used by the first line: the one of ',' ';' and tab that occurs most outside quotes.
QChar guessDelimiter(const QString &text)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return semicolons > commas ? u';' : u',';
}

} // namespace

QString CsvReader::decode(const QByteArray &bytes, QString *encoding)
{
    const auto decodeWith = [&](QStringConverter::Encoding with, qsizetype skip, const QString &name) {
        *encoding = name;
        QStringDecoder decoder(with, QStringDecoder::Flag::Stateless);
        return QString(decoder(QByteArrayView(bytes).sliced(skip)));
    };
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeWith(QStringConverter::Utf8, 3, u"UTF-8"_s);
    if (bytes.startsWith("\xFF\xFE"))
        return decodeWith(QStringConverter::Utf16LE, 2, u"UTF-16LE"_s);
    if (bytes.startsWith("\xFE\xFF"))
        return decodeWith(QStringConverter::Utf16BE, 2, u"UTF-16BE"_s);
    // UTF-16 without a BOM: the zero high bytes of Latin text, at every other position.
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\0')
            ++(i % 2 ? oddZeros : evenZeros);
    }
    if (oddZeros > bytes.size() / 4 && evenZeros == 0)
        return decodeWith(QStringConverter::Utf16LE, 0, u"UTF-16LE"_s);
    if (evenZeros > bytes.size() / 4 && oddZeros == 0)
        return decodeWith(QStringConverter::Utf16BE, 0, u"UTF-16BE"_s);
    QStringDecoder utf8(QStringConverter::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(bytes);
    if (!utf8.hasError()) {
        *encoding = u"UTF-8"_s;
        return text;
    }
    // Windows-1252: Latin-1 but for 0x80-0x9F (€, ‚, ƒ, „, …, œ, Œ, ’, “, ”…); the five
    // bytes it leaves undefined are kept as the C1 controls Latin-1 gives them.
    static constexpr char16_t high[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6,
        0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
        0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    *encoding = u"Windows-1252"_s;
    QString latin(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = quint8(bytes.at(i));
        latin[i] = byte >= 0x80 && byte < 0xA0 ? QChar(high[byte - 0x80]) : QChar(char16_t(byte));
    }
    return latin;
}

CsvTable CsvReader::read(const QByteArray &bytes)
{
    QString encoding;
    const QString text = decode(bytes, &encoding);
    CsvTable table = read(text);
    table.encoding = encoding;
    return table;
}

CsvTable CsvReader::read(const QString &input)
{
    CsvTable table;
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    table.delimiter = guessDelimiter(text);
    const QChar delimiter = table.delimiter;

    QList<CsvTable::Record> records;
    CsvTable::Record record;
    QString field;
    int line = 1;
    int recordLine = 1;
    bool quoted = false;
    bool fieldWasQuoted = false;
    bool recordHasContent = false;
    const qsizetype size = text.size();

    const auto endField = [&] {
        QString value = fieldWasQuoted ? field : field.trimmed();
        // CsvWriter's '=…: the cell as it was typed.
        if (value.size() > 1 && value.front() == u'\'' && CsvWriter::neutralise(value.mid(1)) != value.mid(1))
            value.remove(0, 1);
        record.fields << value;
        field.clear();
        fieldWasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool blank = !recordHasContent && record.fields.size() == 1 && record.fields.constFirst().isEmpty();
        if (!blank) {
            record.line = recordLine;
            records << record;
        }
        record = {};
        recordHasContent = false;
    };

    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                    continue; // CRLF inside a quoted field is one newline
                field += c == u'\r' ? u'\n' : c;
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = true;
            fieldWasQuoted = true;
            recordHasContent = true;
            field.clear();
        } else if (c == delimiter) {
            recordHasContent = true;
            endField();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            if (!c.isSpace())
                recordHasContent = true;
            field += c;
        }
    }
    if (quoted) {
        table.problems << CsvTable::Problem {
            recordLine, QCoreApplication::translate("CsvReader", "a quoted field is never closed (missing \")")};
        record = {};
    } else if (!field.isEmpty() || !record.fields.isEmpty() || recordHasContent) {
        endRecord();
    }

    if (records.isEmpty())
        return table;
    table.header = records.takeFirst().fields;
    for (auto &headerField : table.header)
        headerField = headerField.trimmed();
    for (const auto &r : std::as_const(records)) {
        if (r.fields.size() != table.header.size()) {
            table.problems << CsvTable::Problem {r.line,
                QCoreApplication::translate("CsvReader", "%1 fields where the header has %2")
                    .arg(r.fields.size())
                    .arg(table.header.size())};
            continue;
        }
        table.records << r;
    }
    return table;
}

QString CsvWriter::neutralise(const QString &field)
{
    // A spreadsheet runs a cell starting with = + - @ (or a tab or CR before one) as a
    // formula: =HYPERLINK(…), @SUM(…)|cmd. A leading ' makes it text (OWASP's rule). Numbers
    // and phone numbers (+33 6 12 34 56 78, -3) hold no letters, so nothing in them can call
    // a function: they stay as they are, readable.
    static const QRegularExpression plainNumber(u"^[+-]?[0-9][0-9 ().\\-]*$"_s);
    if (field.isEmpty())
        return field;
    const QChar first = field.front();
    const bool risky
        = first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
    if (!risky || plainNumber.match(field).hasMatch())
        return field;
    return u'\'' + field;
}

QString CsvWriter::quote(const QString &rawField)
{
    const QString field = neutralise(rawField);
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r')
        && !field.contains(u';') && field.trimmed() == field)
        return field;
    QString quoted = field;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray CsvWriter::write(const QStringList &header, const QList<QStringList> &rows)
{
    QString out;
    const auto line = [&out](const QStringList &fields) {
        QStringList quoted;
        for (const auto &field : fields)
            quoted << quote(field);
        out += quoted.join(u',') + u"\r\n"_s;
    };
    line(header);
    for (const auto &row : rows)
        line(row);
    return out.toUtf8();
}

std::optional<QByteArray> CsvReader::readFile(const QUrl &file, QString *error)
{
    QFile input(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!input.open(QIODevice::ReadOnly)) {
        *error
            = QCoreApplication::translate("CsvReader", "Cannot read %1: %2").arg(input.fileName(), input.errorString());
        return std::nullopt;
    }
    if (input.size() > maxFileSize) {
        *error = QCoreApplication::translate(
            "CsvReader", "%1 is %2 MB: a list to import is far smaller (at most %3 MB); is it the right file?")
                     .arg(input.fileName())
                     .arg(input.size() / 1000000)
                     .arg(maxFileSize / 1000000);
        return std::nullopt;
    }
    return input.readAll();
}
