#!/usr/bin/env bash
# Checks that translations/*.ts are current and complete:
#  - lupdate over app/ finds no new or changed source text and prints no warning
#    (e.g. a class using tr() without Q_OBJECT);
#  - no message is left unfinished, and plural messages have their forms (in English, both
#    forms written out: a missing one would show "%n change(s)").
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
lupdate=${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
status=0
for ts in "$root"/translations/*.ts; do
    scratch=$(mktemp -d)
    cp "$ts" "$scratch/current.ts"
    plural=()
    [[ "$ts" == *_en.ts ]] && plural=(-pluralonly) # English carries only its plural forms
    output=$(cd "$root" && "$lupdate" "${plural[@]}" -no-obsolete -locations none -recursive app -ts "$scratch/current.ts" 2>&1)
    if grep -q "lacks Q_OBJECT\|warning" <<<"$output"; then
        echo "lupdate warnings for $(basename "$ts"):"
        grep "lacks Q_OBJECT\|warning" <<<"$output"
        status=1
    fi
    # After lupdate the copy must be identical in content: no new (unfinished) and no vanished message.
    fresh_unfinished=$(grep -c 'type="unfinished"' "$scratch/current.ts" || true)
    if [ "$fresh_unfinished" -ne 0 ] || [ "$(grep -c '<message' "$scratch/current.ts")" -ne "$(grep -c '<message' "$ts")" ]; then
        echo "$(basename "$ts") is out of date with the sources ($fresh_unfinished new): run scripts/lupdate and translate"
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$unfinished" -ne 0 ]; then
        echo "$(basename "$ts") has $unfinished unfinished translation(s)"
        status=1
    fi
    if [[ "$ts" == *_en.ts ]]; then
        # Each English plural message has its two forms, written out: an empty form, or one that
        # still says "(s)", shows the user "1 change(s)".
        bad=$(awk '
            /<message numerus="yes">/ { inside = 1; forms = 0; source = ""; next }
            inside && /<source>/ { source = $0; sub(/.*<source>/, "", source); sub(/<\/source>.*/, "", source) }
            inside && /<numerusform>[^<]+<\/numerusform>/ && !/\((s|ies|es)\)/ { forms++ }
            inside && /<\/message>/ { if (forms != 2) print "  " source; inside = 0 }
        ' "$ts")
        if [ -n "$bad" ]; then
            echo "$(basename "$ts") lacks English plural forms for:"
            echo "$bad"
            status=1
        fi
    fi
    messages=$(grep -c '<message' "$ts" || true)
    echo "$(basename "$ts"): $messages messages, $unfinished unfinished"
    rm -rf "$scratch"
done
exit $status
