// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchkey.h"

QString searchKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        folded.append(c);
    }
    // Qt folds one character to one: ß → ss needs doing by hand.
    return folded.toCaseFolded()
        .replace(QChar(0x00DF), QStringLiteral("ss"))
        .replace(QChar(0x1E9E), QStringLiteral("ss"));
}
