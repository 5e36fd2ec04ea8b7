#!/usr/bin/env bash
# The French catalogue translates every user-visible string of the sources: a string added
# without its French translation (or left unfinished) fails here. English needs only the
# plural forms (%n), since the source strings are English.
set -euo pipefail
cd "$OMNIUM_SOURCE_DIR"
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for lang in fr en; do
    cp "resources/translations/omnium_$lang.ts" "$work/$lang.ts"
    "$lupdate" -silent -locations none -no-obsolete -extensions cpp,h,qml,js \
        app models views qml plugins server cli -ts "$work/$lang.ts" >/dev/null 2>&1 ||
        "$lupdate" -silent -locations none -no-obsolete -extensions cpp,h,qml,js app models views qml -ts "$work/$lang.ts"
    if [[ $lang == fr ]]; then
        missing=$(grep -c 'type="unfinished"' "$work/$lang.ts" || true)
    else
        # English: only plural messages must be translated.
        missing=$(awk '/<message numerus="yes">/ {n = 1} n && /type="unfinished"/ {c++} /<\/message>/ {n = 0} END {print c + 0}' "$work/$lang.ts")
    fi
    if ((missing > 0)); then
        echo "omnium_$lang.ts: $missing string(s) without a finished translation:"
        diff <(grep -o '<source>.*</source>' "resources/translations/omnium_$lang.ts" | sort -u) \
            <(grep -o '<source>.*</source>' "$work/$lang.ts" | sort -u) | grep '^>' | head -n 40 || true
        grep -B3 'type="unfinished"' "$work/$lang.ts" | grep -o '<source>.*</source>' | head -n 40 || true
        echo "fix: cmake --build build/dev --target update_translations, then translate them (Qt Linguist or by hand)"
        status=1
    else
        echo "omnium_$lang.ts: complete"
    fi
done
# A French string identical to its English source is an English word left in the French
# interface, unless the allow list says French shares it (names, units, "Format").
same=$(python3 - "resources/translations/omnium_fr.ts" "tests/tools/translations-same-in-french.txt" <<'PY'
import re, sys
import xml.etree.ElementTree as ET
allowed = {line.rstrip("\n") for line in open(sys.argv[2], encoding="utf-8") if line.strip() and not line.startswith("#")}
for context in ET.parse(sys.argv[1]).getroot().iter("context"):
    for message in context.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") or message.get("numerus") == "yes":
            continue
        source = message.findtext("source")
        if translation.text == source and re.search("[A-Za-z]{2,}", source) and source not in allowed:
            print(f"{context.findtext('name')}: {source}")
PY
)
if [[ -n $same ]]; then
    echo "omnium_fr.ts: French identical to the English (translate it, or add it to tests/tools/translations-same-in-french.txt):"
    echo "$same"
    status=1
fi
exit $status
