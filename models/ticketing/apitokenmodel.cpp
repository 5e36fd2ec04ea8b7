// SPDX-License-Identifier: GPL-3.0-or-later
#include "apitokenmodel.h"

int ApiTokenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tokens.size());
}

QVariant ApiTokenModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiToken &token = m_tokens.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case IdRole:
        return token.id;
    case ScopeRole:
        return token.scope;
    default:
        return {};
    }
}

QHash<int, QByteArray> ApiTokenModel::roleNames() const
{
    return {{IdRole, "tokenId"}, {ScopeRole, "scope"}};
}

void ApiTokenModel::setTokens(const QList<ApiToken> &tokens)
{
    beginResetModel();
    m_tokens = tokens;
    for (ApiToken &token : m_tokens)
        token.token.clear(); // never kept
    endResetModel();
}
