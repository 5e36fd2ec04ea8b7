#!/usr/bin/env bash
# tools/night-before.sh, the organiser's whole evening from a shell, runs to its end on the built omnium-cli.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
OMNIUM_CLI=$1 bash "$OMNIUM_SOURCE_DIR/tools/night-before.sh" "$dir"
