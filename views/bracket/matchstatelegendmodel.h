// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

// The match states with their names and the colours every bracket drawing uses, disputed last:
// one legend for the Bracket page and the caster window. The names follow a change of language.
class MatchStateLegendModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        StateRole = Qt::UserRole + 1, ///< the engine's name of the state ("inprogress"), or "disputed"
        LabelRole, ///< the state's name as screens show it (MatchPresenter)
        ColourRole, ///< the colour boxes in that state are drawn in (PhaseBracket)
    };
    Q_ENUM(Role)

    explicit MatchStateLegendModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
