#!/usr/bin/env bash
# The first evening by keyboard only in a real window under Xvfb (tools/keyboard-walkthrough):
# fails when a step's keys no longer reach their result in the database.
set -euo pipefail
exec "$OMNIUM_SOURCE_DIR/tools/keyboard-walkthrough" "$1" ${OMNIUM_TEST_ARTEFACTS:+"$OMNIUM_TEST_ARTEFACTS/keyboard-walkthrough"}
