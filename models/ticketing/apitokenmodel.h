// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketingtypes.h"

#include <QAbstractListModel>

// The ticketing backend's tokens (ids and scopes, never secrets), for the admin on the
// Tickets page: who may check, sell or administer, and the buttons to rotate or revoke.
class ApiTokenModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the token's public id (a hash of it)
        ScopeRole, ///< "gate", "box-office" or "admin"
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setTokens(const QList<ApiToken> &tokens);

private:
    QList<ApiToken> m_tokens;
};
