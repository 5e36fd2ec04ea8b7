// SPDX-License-Identifier: GPL-3.0-or-later
// MatchPresenter's times, the one way every screen writes a time: "9:46 PM" in English and
// "21 h 46" in French, with the day when it is not the tournament's — never an ISO date-time
// (the Timeline once said an event ends "2026-12-07T01:06:49").
#include "live/matchpresenter.h"

#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestMatchPresenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timesAreWrittenAsPeopleWriteThem_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<int>("daysAfter"); // after the tournament's day
        QTest::addColumn<QString>("text");
        QTest::newRow("en evening") << u"en"_s << QTime(21, 46) << 0 << u"9:46 PM"_s;
        QTest::newRow("en morning") << u"en"_s << QTime(9, 5) << 0 << u"9:05 AM"_s;
        QTest::newRow("en after midnight") << u"en"_s << QTime(1, 6) << 1 << u"Tue 8 Dec, 1:06 AM"_s;
        QTest::newRow("fr evening") << u"fr"_s << QTime(21, 46) << 0 << u"21 h 46"_s;
        QTest::newRow("fr morning") << u"fr"_s << QTime(9, 5) << 0 << u"9 h 05"_s;
        QTest::newRow("fr after midnight") << u"fr"_s << QTime(1, 6) << 1 << u"mar. 8 décembre à 1 h 06"_s;
    }
    void timesAreWrittenAsPeopleWriteThem()
    {
        QFETCH(QString, language);
        QFETCH(QTime, time);
        QFETCH(int, daysAfter);
        QFETCH(QString, text);
        QTranslator french;
        QVERIFY(french.load(u"omnium_fr"_s, u":/i18n"_s));
        if (language == u"fr"_s)
            QCoreApplication::installTranslator(&french);
        const QDate day(2026, 12, 7);
        const QDateTime at(day.addDays(daysAfter), time); // local time, as the screens show it
        QCOMPARE(MatchPresenter::timeText(at, day), text);
        QCOMPARE(MatchPresenter::timeText(at.toUTC(), day), text); // stored times are UTC
        if (daysAfter == 0)
            QCOMPARE(MatchPresenter::timeText(at), text); // no day to compare with: the time alone
        QCOMPARE(MatchPresenter::timeText(QDateTime(), day), QString());
        QCoreApplication::removeTranslator(&french);
        // The same in a phone's language (MatchPresenter::InLanguage), the app in the other one.
        if (language == u"en"_s)
            QCoreApplication::installTranslator(&french);
        {
            const MatchPresenter::InLanguage phone(language == u"fr"_s ? &french : nullptr);
            QCOMPARE(MatchPresenter::timeText(at, day), text);
        }
        QCoreApplication::removeTranslator(&french);
    }
};

QTEST_GUILESS_MAIN(TestMatchPresenter)
#include "tst_matchpresenter.moc"
