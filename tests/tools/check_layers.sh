#!/usr/bin/env bash
# The layers of docs/architecture.md hold at link time: the pure engine carries no SQL, the
# ticketing plugin and omnium-ticketd carry only the ticketing core (no store, no engine).
# Usage: check_layers.sh ENGINE_ONLY_BINARY PLUGIN_SO TICKETD
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
engine=$1 plugin=$2 ticketd=$3
status=0
fail() { echo "FAIL: $*"; status=1; }

# Symbols of a binary (defined and undefined), demangled.
symbols() { nm -C "$1" 2>/dev/null; nm -C -D "$1" 2>/dev/null || true; }

# The engine alone: no Qt Sql, SQLite, libsodium or KArchive, neither needed nor referenced.
if readelf -d "$engine" | grep -E 'Qt6Sql|sqlite3|sodium|KF6Archive'; then
    fail "$(basename "$engine") (engine only) needs a library outside the engine's layer"
fi
if symbols "$engine" | grep -E 'QSql|sqlite3_|sodium_|KZip|Store::' | head -n 5 | grep .; then
    fail "$(basename "$engine") (engine only) carries SQL, crypto or archive symbols"
fi

# The plugin and the server: the ticketing core only.
for binary in "$plugin" "$ticketd"; do
    if symbols "$binary" | grep -E '(^| )(Store|StoreTransaction|Database|BracketStore|SchedulerController|ArchiveController)::|omnium::engine::|KZip' |
        head -n 5 | grep .; then
        fail "$(basename "$binary") carries the store, the engine or the app's features"
    fi
    if readelf -d "$binary" | grep -E 'KF6Archive|Qt6Quick|Qt6Gui'; then
        fail "$(basename "$binary") needs a library outside the ticketing core's layer"
    fi
done
# A real check, not an empty one: the plugin does carry the ticketing core it needs.
symbols "$plugin" | grep -q 'TicketCrypto' || fail "$(basename "$plugin") has no ticketing core symbols: wrong file?"
[[ $status -eq 0 ]] && echo "layers hold: engine without SQL, plugin and ticketd without store or engine"
exit $status
