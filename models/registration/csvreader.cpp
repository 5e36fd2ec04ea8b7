// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QCoreApplication>

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

CsvTable CsvReader::read(const QByteArray &bytes)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    return read(QString::fromUtf8(data));
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
        record.fields << (fieldWasQuoted ? field : field.trimmed());
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

QString CsvWriter::quote(const QString &field)
{
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
