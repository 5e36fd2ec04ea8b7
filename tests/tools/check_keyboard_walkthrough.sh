#!/usr/bin/env bash
# The first evening by keyboard only in a real window under Xvfb (tools/keyboard-walkthrough),
# in English and in French: fails when a step's keys no longer reach their result in the
# database in either language (the Alt+letters change with it), or when French needs more keys.
set -euo pipefail
declare -A total
for language in en fr; do
    out=$("$OMNIUM_SOURCE_DIR/tools/keyboard-walkthrough" "$1" \
        ${OMNIUM_TEST_ARTEFACTS:+"$OMNIUM_TEST_ARTEFACTS/keyboard-walkthrough-$language"} "$language") || {
        echo "$out"
        exit 1
    }
    echo "$out"
    total[$language]=$(awk '$1 == "total" {print $2}' <<<"$out")
done
if ((total[fr] > total[en])); then
    echo "keyboard walk-through: French takes ${total[fr]} keys, English ${total[en]}" >&2
    exit 1
fi
