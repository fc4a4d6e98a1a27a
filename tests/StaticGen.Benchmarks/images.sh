#!/usr/bin/env bash
# images.sh — StaticGen's image pipeline against Hugo's on the same camera-sized JPEGs, cold caches.
#
# Usage: tests/StaticGen.Benchmarks/images.sh [N] [WIDTH] [HEIGHT]     (default: 200 4000 3000)
# Environment:
#   RUNS=3                 counted runs of each (alternating, after none: every run is cold)
#   WIDTHS="480 800 1200 1600"
#   BENCH_TMP=DIR          work folder (default: /tmp/staticgen-images-bench)
#   SG="dotnet DLL"        the staticgen to time (default: a Release build of this clone)
#   AVIF="false true"      StaticGen variants timed: without AVIF (the one compared with Hugo, same formats) and
#                          with it; AVIF=false halves a long run (500 pictures)
#
# Both sites publish the N images at the same widths as WebP and JPEG (quality 78), StaticGen also
# once with AVIF (its default). Hugo (extended) resizes in a template (.Resize "800x webp q78").
# Every run starts cold: the output, StaticGen's image cache and Hugo's resources/_gen are deleted.
# The pictures carry a camera's EXIF (model, body serial, GPS position), like a phone's.
# Prints each run's wall and CPU (user+system) seconds, peak memory (KiB) and the bytes of the published
# images; then the medians, StaticGen's ratios to Hugo (the issue's target: time ≤ 0.7, bytes ≤ 1), a
# second StaticGen build with nothing changed (it should encode nothing), and a check that no published
# file kept the GPS position, the camera model or its serial number (image-metadata, then image-privacy.sh
# with exiftool when it is installed).
# Wall time on a shared machine is noise: quote the CPU ratio and the load average printed with it.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
N=${1:-200}; W=${2:-4000}; H=${3:-3000}
RUNS=${RUNS:-3}
AVIF=${AVIF:-false true}
WIDTHS=${WIDTHS:-480 800 1200 1600}
T=${BENCH_TMP:-/tmp/staticgen-images-bench}
command -v hugo >/dev/null || { echo "images.sh: hugo (extended) is not installed" >&2; exit 2; }
if [[ -z ${SG:-} ]]; then
  dotnet build "$ROOT/src/StaticGen.Cli" -c Release -o "$T/bin" --nologo -v quiet >&2
  SG="dotnet $T/bin/staticgen.dll"
fi

mkdir -p "$T"
if [[ ! -f $T/photos/.done-$N-$W-$H ]]; then
  rm -rf "$T/photos"
  echo "making $N JPEGs of ${W}x$H ..." >&2
  dotnet run -c Release --project "$ROOT/tests/StaticGen.Benchmarks" -- camera-images "$N" "$W" "$H" "$T/photos" >&2
  touch "$T/photos/.done-$N-$W-$H"
fi

# StaticGen: one article per picture.
widths_yaml=$(echo "$WIDTHS" | sed 's/ /, /g')
for avif in $AVIF; do
  s=$T/sg-avif-$avif
  rm -rf "$s" && mkdir -p "$s/content"
  printf 'title: Image bench\nbaseUrl: https://news.example.org/\nimages:\n  widths: [%s]\n  avif: %s\n  socialCard: false\n  quality: 78\n' "$widths_yaml" "$avif" > "$s/site.config.yml"
  for f in "$T"/photos/*.jpg; do
    b=$(basename "$f" .jpg)
    cp "$f" "$s/content/$b.jpg"
    printf -- '---\ntitle: Picture %s\ndate: 2024-05-05\nimages:\n  - src: %s.jpg\n    caption: A picture\n---\nA picture.\n' "$b" "$b" > "$s/content/$b.md"
  done
done

# Hugo: the pictures as global resources, resized in the home template.
h=$T/hugo
rm -rf "$h" && mkdir -p "$h/assets/photos" "$h/layouts" "$h/content"
cp "$T"/photos/*.jpg "$h/assets/photos/"
printf 'baseURL = "https://news.example.org/"\ntitle = "Image bench"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n[imaging]\n  quality = 78\n' > "$h/hugo.toml"
{
  echo '{{ range resources.Match "photos/*.jpg" }}{{ $img := . }}'
  for w in $WIDTHS; do
    echo "<img src=\"{{ (\$img.Resize \"${w}x webp q78\").RelPermalink }}\"><img src=\"{{ (\$img.Resize \"${w}x jpg q78\").RelPermalink }}\">"
  done
  echo '{{ end }}'
} > "$h/layouts/index.html"

timed() { # label, command...: prints "label wall_s cpu_s peak_kib"
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$T/time" "$@" > "$T/log" 2>&1 || { cat "$T/log" >&2; exit 1; }
  echo "$label $(awk '{printf "%s %.2f %s", $1, $2 + $3, $4}' "$T/time")"
}
bytes() { find "$1" -type f \( -name '*.jpg' -o -name '*.webp' -o -name '*.avif' \) -printf '%s\n' | awk '{s+=$1} END {print s+0}'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "run tool wall_s cpu_s peak_kib image_bytes files" | tee "$T/runs"
for r in $(seq 1 "$RUNS"); do
  rm -rf "$h/public" "$h/resources"
  line=$(timed hugo hugo --quiet --source "$h")
  echo "$r $line $(bytes "$h/public") $(find "$h/public" -type f \( -name '*.jpg' -o -name '*.webp' \) | wc -l)" | tee -a "$T/runs"
  for avif in $AVIF; do
    s=$T/sg-avif-$avif
    rm -rf "$s/_site" "$s/.staticgen-_site.images" "$s"/.staticgen-_site.*
    line=$(timed "staticgen(avif=$avif)" $SG build --config "$s/site.config.yml")
    echo "$r $line $(bytes "$s/_site/images") $(find "$s/_site/images" -type f | wc -l)" | tee -a "$T/runs"
  done
done
# A second StaticGen build with nothing changed: the cache spares every encoding.
s=$T/sg-avif-false
line=$(timed "staticgen-warm(avif=false)" $SG build --config "$s/site.config.yml")
echo "warm $line $(grep -o 'Images: [0-9]* files\? encoded' "$T/log" | head -1 || true)" | tee "$T/warm"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$T/runs" "$T/warm" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l[0].isdigit()]
def med(tool, col): return statistics.median(float(r[col]) for r in rows if r[1] == tool)
hugo = {c: med("hugo", i) for c, i in (("wall", 2), ("cpu", 3), ("peak", 4), ("bytes", 5))}
print(f"medians: hugo {hugo['wall']:.1f} s wall, {hugo['cpu']:.1f} s CPU, {hugo['peak'] / 1024:.0f} MiB peak, {hugo['bytes'] / 1e6:.1f} MB")
for tool in sorted({r[1] for r in rows if r[1] != "hugo"}):
    wall, cpu, peak, size = med(tool, 2), med(tool, 3), med(tool, 4), med(tool, 5)
    print(f"medians: {tool} {wall:.1f} s wall, {cpu:.1f} s CPU, {peak / 1024:.0f} MiB peak, {size / 1e6:.1f} MB"
          f" | ratio to hugo: wall {wall / hugo['wall']:.2f}, CPU {cpu / hugo['cpu']:.2f}, bytes {size / hugo['bytes']:.2f}")
warm = open(sys.argv[2]).read().split()
cold = med("staticgen(avif=false)", 3)
print(f"second build, nothing changed: {float(warm[3]):.1f} s CPU against {cold:.1f} s cold ({float(warm[3]) / cold:.0%}); {' '.join(warm[5:]) or 'encoding count not printed'}")
PY

# No published picture keeps the camera's GPS position, model or serial number.
dotnet run -c Release --project "$ROOT/tests/StaticGen.Benchmarks" -- image-metadata "$T/sg-avif-${AVIF##* }/_site/images"
# The same with exiftool, an outside reader, after showing that the originals carry the tags.
if command -v exiftool >/dev/null; then
  "$ROOT/tests/StaticGen.Benchmarks/image-privacy.sh" "$T/sg-avif-${AVIF##* }/_site/images" "$T/photos"
else
  echo "exiftool is not installed (apt-get install libimage-exiftool-perl): the exiftool check is left out" >&2
fi
