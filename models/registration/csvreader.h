// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

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
    QString encoding; // how the bytes were decoded: "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1252"
    QStringList header;
    QList<Record> records;
    QList<Problem> problems;
};

// Reads the CSV that spreadsheets and tournament sites write: its encoding told by a BOM
// (UTF-8, UTF-16) or, without one, by the zero bytes of UTF-16, else UTF-8 if the bytes are
// valid UTF-8, else Windows-1252 (what Excel writes on a French Windows); comma, semicolon
// or tab (guessed from the header); RFC 4180 quoting with embedded delimiters, quotes and
// newlines. Blank lines are skipped; a record whose field count differs from the header's,
// or an unclosed quote, is a problem naming its line. A cell CsvWriter neutralised ('=…)
// comes back as it was.
class CsvReader
{
public:
    // Larger files are refused before decoding: a player list is a few hundred kB.
    static constexpr qint64 maxFileSize = 32 * 1024 * 1024;

    static CsvTable read(const QByteArray &bytes);
    static CsvTable read(const QString &text);
    // The bytes of a file the organiser chose to import; nullopt and *error naming the file when
    // it cannot be read or is larger than maxFileSize.
    static std::optional<QByteArray> readFile(const QUrl &file, QString *error);
    // The text of bytes and the name of the encoding used (see above).
    static QString decode(const QByteArray &bytes, QString *encoding);
};

// Writes CSV (UTF-8, comma, quoting only where needed, CRLF as RFC 4180 says), every cell
// neutralised so that a spreadsheet opening the file runs no formula a player typed as a tag.
class CsvWriter
{
public:
    static QByteArray write(const QStringList &header, const QList<QStringList> &rows);
    static QString quote(const QString &field);
    // The cell with a ' before a leading = + - @ tab or CR, unless it is a plain number
    // or phone number.
    static QString neutralise(const QString &field);
};
