// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/badgeroles.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBadgeRoleSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsHaveTheSevenRolesWithDistinctColours()
    {
        const auto roles = BadgeRoleSet::defaults().roles();
        QStringList keys;
        QSet<QRgb> colours;
        for (const auto &role : roles) {
            keys << role.key;
            colours.insert(role.colour.rgb());
            QVERIFY(!role.label.isEmpty());
        }
        QCOMPARE(
            keys, (QStringList {u"player"_s, u"coach"_s, u"staff"_s, u"press"_s, u"caster"_s, u"vip"_s, u"guest"_s}));
        QCOMPARE(colours.size(), 7);
    }

    void labelTextReadsOnItsBand_data()
    {
        QTest::addColumn<QColor>("background");
        QTest::addColumn<QColor>("text");
        QTest::newRow("blue") << QColor(0x00, 0x72, 0xb2) << QColor(Qt::white);
        QTest::newRow("yellow") << QColor(0xf0, 0xe4, 0x42) << QColor(Qt::black);
        QTest::newRow("black") << QColor(Qt::black) << QColor(Qt::white);
        QTest::newRow("sky blue") << QColor(0x56, 0xb4, 0xe9) << QColor(Qt::black);
    }

    void labelTextReadsOnItsBand()
    {
        QFETCH(QColor, background);
        QFETCH(QColor, text);
        QCOMPARE(BadgeRoleSet::textColourOn(background), text);
    }

    void customRolesRoundTripThroughJson()
    {
        auto roles = BadgeRoleSet::defaults();
        roles.setRole({u"press"_s, u"MÉDIAS"_s, QColor(0x12, 0x34, 0x56)});
        roles.setRole({u"volunteer"_s, u"BÉNÉVOLE"_s, QColor(0x65, 0x43, 0x21)});
        const auto restored = BadgeRoleSet::fromJson(roles.toJson());
        QCOMPARE(restored.roles().size(), 8);
        QCOMPARE(restored.role(u"press"_s).label, u"MÉDIAS"_s);
        QCOMPARE(restored.role(u"press"_s).colour, QColor(0x12, 0x34, 0x56));
        QVERIFY(restored.contains(u"volunteer"_s));
    }

    void invalidJsonEntriesAreSkipped()
    {
        const QJsonArray json {QJsonObject {{u"key"_s, u"press"_s}, {u"label"_s, u""_s}, {u"colour"_s, u"#ff0000"_s}},
            QJsonObject {{u"key"_s, u"staff"_s}, {u"label"_s, u"X"_s}, {u"colour"_s, u"not a colour"_s}}};
        const auto roles = BadgeRoleSet::fromJson(json);
        QCOMPARE(roles.role(u"press"_s).label, BadgeRoleSet::defaults().role(u"press"_s).label);
        QCOMPARE(roles.role(u"staff"_s).colour, BadgeRoleSet::defaults().role(u"staff"_s).colour);
    }

    void unknownRoleStillPrintsItsName()
    {
        const auto role = BadgeRoleSet::defaults().role(u"referee"_s);
        QCOMPARE(role.label, u"REFEREE"_s);
        QVERIFY(role.colour.isValid());
    }
};

QTEST_MAIN(TestBadgeRoleSet)
#include "tst_badgeroleset.moc"
