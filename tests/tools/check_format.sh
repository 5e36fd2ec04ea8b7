#!/usr/bin/env bash
# Every C++ file of the project is formatted with .clang-format.
set -euo pipefail
cd "$OMNIUM_SOURCE_DIR"
mapfile -t files < <(find app models views qml plugins server tests bench -name build -prune -o \
    \( -name '*.cpp' -o -name '*.h' \) -type f -print 2>/dev/null | grep -v '/third_party/' | sort)
echo "checking ${#files[@]} files"
clang-format --dry-run --Werror "${files[@]}"
