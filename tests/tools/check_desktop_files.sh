#!/usr/bin/env bash
# The .desktop file and the AppStream metainfo are valid.
set -euo pipefail
cd "$OMNIUM_SOURCE_DIR/packaging"
desktop-file-validate org.omnium.Omnium.desktop
appstreamcli validate --no-net --pedantic --explain org.omnium.Omnium.metainfo.xml
