#!/usr/bin/env bash
# docs/cli.md is omnium-cli's command table as Markdown: it fails when they differ (regenerate
# with `omnium-cli --generate markdown > docs/cli.md`); the bash completion parses and completes.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
cli=$1
status=0
if ! diff -u "$OMNIUM_SOURCE_DIR/docs/cli.md" <("$cli" --generate markdown); then
    echo "FAIL: docs/cli.md is not what omnium-cli --generate markdown writes"
    status=1
fi
completion=$(mktemp)
trap 'rm -f "$completion"' EXIT
"$cli" --generate bash >"$completion"
bash -n "$completion" || { echo "FAIL: the bash completion does not parse"; status=1; }
# shellcheck disable=SC1090
source "$completion"
complete_words() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _omnium_cli; echo "${COMPREPLY[*]}"; }
[[ $(complete_words omnium-cli pl) == players ]] || { echo "FAIL: nouns"; status=1; }
[[ $(complete_words omnium-cli players import --for) == --format ]] || { echo "FAIL: options"; status=1; }
[[ $(complete_words omnium-cli players import --format s) == startgg ]] || { echo "FAIL: values"; status=1; }
[[ $(complete_words omnium-cli checkin --ev) == --event ]] || { echo "FAIL: a command of one word"; status=1; }
[[ $(complete_words omnium-cli teams im) == import ]] || { echo "FAIL: verbs"; status=1; }
man=$("$cli" --generate man)
grep -q '^\.SS "badges pdf"' <<<"$man" || { echo "FAIL: the man page lacks a command"; status=1; }
[[ $status -eq 0 ]] && echo "docs/cli.md, the completions and the man page match the command table"
exit $status
