// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A CSV file as read: header, records with the line each starts on, and what was wrong.
struct CsvTable {
    struct Record {
        int line = 0; // 1-based line of the file where the record starts
        QStringList fields;
    };
    struct Problem {
        int line = 0;
        QString reason;
    };
    QChar delimiter = u',';
    QStringList header;
    QList<Record> records;
    QList<Problem> problems;
};

// Reads the CSV that spreadsheets and tournament sites write: UTF-8 with or without a BOM,
// comma or semicolon (guessed from the header), RFC 4180 quoting with embedded delimiters,
// quotes and newlines. Blank lines are skipped; a record whose field count differs from the
// header's, or an unclosed quote, is a problem naming its line.
class CsvReader
{
public:
    static CsvTable read(const QByteArray &bytes);
    static CsvTable read(const QString &text);
};

// Writes CSV (UTF-8, comma, quoting only where needed, CRLF as RFC 4180 says).
class CsvWriter
{
public:
    static QByteArray write(const QStringList &header, const QList<QStringList> &rows);
    static QString quote(const QString &field);
};
