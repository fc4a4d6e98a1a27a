#!/usr/bin/env bash
# image-privacy.sh — no published picture may tell where it was taken or with which camera body.
#
# Usage: tests/StaticGen.Benchmarks/image-privacy.sh PUBLISHED_DIR [SOURCE_DIR]
# Reads every JPEG, PNG, WebP and AVIF under PUBLISHED_DIR with exiftool (apt-get install libimage-exiftool-perl)
# and names each file that still has a GPS tag or a camera/lens serial number (SerialNumber,
# BodySerialNumber, InternalSerialNumber, LensSerialNumber, CameraSerialNumber). With SOURCE_DIR, first shows
# that the same check finds those tags in the originals, so a pass means they were removed, not never there.
# Prints the counts; exits 1 when a published file carries any, 2 on a usage error or when SOURCE_DIR has none.
set -euo pipefail
[[ $# -ge 1 && -d $1 ]] || { echo "usage: image-privacy.sh PUBLISHED_DIR [SOURCE_DIR]" >&2; exit 2; }
command -v exiftool >/dev/null || { echo "image-privacy.sh: exiftool is not installed (apt-get install libimage-exiftool-perl)" >&2; exit 2; }

TAGS=(-GPS:all -SerialNumber -BodySerialNumber -InternalSerialNumber -LensSerialNumber -CameraSerialNumber)
# Prints "file<TAB>tag=value; …" for every file with one of TAGS, then "files N".
scan() {
  exiftool -q -q -r -json -G1 -ext jpg -ext jpeg -ext png -ext webp -ext avif "${TAGS[@]}" "$1" 2>/dev/null | python3 -c '
import json, sys
text = sys.stdin.read().strip()
rows = json.loads(text) if text else []
for row in rows:
    found = {k: v for k, v in row.items() if k != "SourceFile"}
    if found:
        print(row["SourceFile"] + "\t" + "; ".join(f"{k}={v}" for k, v in sorted(found.items())))
print(f"files {len(rows)}")'
}

if [[ $# -ge 2 ]]; then
  src=$(scan "$2")
  with=$(grep -c $'\t' <<<"$src" || true)
  echo "image-privacy: originals in $2: $(tail -1 <<<"$src" | cut -d' ' -f2) files, $with with GPS or serial tags"
  ((with > 0)) || { echo "image-privacy.sh: the originals carry no GPS or serial tags; the check would prove nothing" >&2; exit 2; }
fi
out=$(scan "$1")
leaks=$(grep $'\t' <<<"$out" || true)
[[ -n $leaks ]] && echo "$leaks"
echo "image-privacy: published in $1: $(tail -1 <<<"$out" | cut -d' ' -f2) files, $(grep -c $'\t' <<<"$out" || true) with GPS or serial tags (exiftool $(exiftool -ver))"
[[ -z $leaks ]]
