#!/usr/bin/env bash
# macro.sh — StaticGen against Hugo, whole builds, as the guide's Performance table (docs/content/performance.md) reports them.
#
# Usage: tests/StaticGen.Benchmarks/macro.sh [N...]        (default: 1000 10000 100000)
# Environment:
#   RUNS=3              counted runs of each generator per N (compare.sh adds one warm-up of each)
#   TXT_NS="10000"      the Ns also timed on the raw .txt corpus (StaticGen only; Hugo builds Markdown)
#   TXT_RUNS=5          counted pairs of the .txt-against-Markdown comparison (after one warm-up pair)
#   BENCH_DIR=DIR       the shared bench folder with compare.sh (default: ../shared/bench beside the clone)
#   BENCH_TMP=DIR       work folder for corpora and outputs (default: /tmp/staticgen-bench)
#   RID=linux-x64       runtime of the binary that is measured
#   IMAGES_N=500        camera-sized JPEGs (4000×3000, with GPS EXIF) of the image step (images.sh, StaticGen's
#                       pictures against Hugo's image processing); 0 leaves the step out. Heavy: 500 pictures are
#                       minutes of CPU for each tool and run.
#   IMAGES_RUNS=3       counted runs of the image step
#   SG=PATH             the staticgen executable to measure as it is (e.g. the tool installed with `dotnet tool
#                       install --tool-path DIR --add-source PACKAGES StaticGen.Tool`); nothing is built then
#   BUILD=aot           aot: the Native AOT executable (needs clang or gcc and zlib1g-dev; installed
#                       with apt-get when missing and run as root); r2r: the ReadyToRun build that runs on
#                       the .NET runtime
#
# It publishes the Release build of the CLI (Native AOT, or ReadyToRun) to artifacts/bench/, times
# a one-article site (start-up included), then runs compare.sh for each N (alternating Hugo and
# StaticGen, cold, to disk) and prints one Markdown table row per N and format.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
if [[ -z ${BENCH_DIR:-} ]]; then # ../shared/bench beside the clone, or beside its worktrees folder
  for d in "$ROOT/../shared/bench" "$ROOT/../../shared/bench"; do [[ -x $d/compare.sh ]] && { BENCH_DIR=$(cd "$d" && pwd); break; }; done
fi
BENCH_DIR=${BENCH_DIR:-$ROOT/../shared/bench}
RUNS=${RUNS:-3}
TXT_NS=${TXT_NS:-10000}
TXT_RUNS=${TXT_RUNS:-5}
RID=${RID:-linux-x64}
BUILD=${BUILD:-aot}
export BENCH_TMP=${BENCH_TMP:-/tmp/staticgen-bench}
NS=("$@")
[[ ${#NS[@]} -gt 0 ]] || NS=(1000 10000 100000)
[[ -x $BENCH_DIR/compare.sh ]] || { echo "macro.sh: no compare.sh in $BENCH_DIR (set BENCH_DIR)" >&2; exit 2; }

BIN_DIR=$ROOT/artifacts/bench
if [[ -n ${SG:-} ]]; then
  SG=$(command -v "$SG") || { echo "macro.sh: SG is not an executable" >&2; exit 2; }
  BUILD="given ($SG)"
else
rm -rf "$BIN_DIR"
case $BUILD in
  aot)
    # Native AOT links with the system's C toolchain and zlib.
    if ! { command -v clang >/dev/null || command -v gcc >/dev/null; } || [[ ! -f /usr/include/zlib.h ]]; then
      if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        echo "installing clang, lld and zlib1g-dev for the Native AOT build ..." >&2
        apt-get install -y clang lld zlib1g-dev >&2
      else
        echo "macro.sh: the Native AOT build needs clang (or gcc) and zlib1g-dev: apt-get install clang lld zlib1g-dev, or BUILD=r2r" >&2
        exit 2
      fi
    fi
    echo "publishing the Native AOT build to $BIN_DIR ..." >&2
    dotnet publish "$ROOT/src/StaticGen.Cli" -c Release -r "$RID" -p:PublishAot=true -o "$BIN_DIR" --nologo -v quiet >&2 ;;
  r2r)
    echo "publishing the ReadyToRun build to $BIN_DIR ..." >&2
    dotnet publish "$ROOT/src/StaticGen.Cli" -c Release -r "$RID" -p:PublishAot=false -o "$BIN_DIR" --nologo -v quiet >&2 ;;
  *) echo "macro.sh: BUILD must be aot or r2r, not '$BUILD'" >&2; exit 2 ;;
esac
SG=$BIN_DIR/staticgen
fi
mkdir -p "$BENCH_TMP"

# Start-up: the bundled one-article site, built 5 times; the median wall time.
one=$BENCH_TMP/one-article
rm -rf "$one"; mkdir -p "$one/content"; cp "$ROOT"/content/* "$one/content/"; cp "$ROOT/site.config.yml" "$one/"
for _ in 1 2 3 4 5; do
  (cd "$one" && /usr/bin/time -f "%e %M" -a -o "$BENCH_TMP/one.times" "$SG" build --output "$one/_site" >/dev/null 2>&1)
done
startup=$(python3 -c '
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip() and l[0].isdigit()]
print(f"{statistics.median(float(r[0]) for r in rows):.2f} s, {statistics.median(float(r[1]) for r in rows) / 1024:.0f} MiB")' "$BENCH_TMP/one.times")
rm -f "$BENCH_TMP/one.times"
echo "one-article site (start-up included, $BUILD build): $startup"

rows=()
run() { # run N FORMAT
  local log=$BENCH_TMP/compare-$1-$2.log
  FORMAT=$2 "$BENCH_DIR/compare.sh" "$1" "$SG" "$RUNS" 2>&1 | grep -v ': warning: ' | tee "$log" >&2
  rows+=("$(python3 - "$1" "$2" "$log" <<'PY'
import re, sys
n, fmt, log = int(sys.argv[1]), sys.argv[2], sys.argv[3]
text = open(log).read()
m = re.search(r"staticgen\(\w+\) median ([\d.]+)s peak (\d+)MiB \| hugo median ([\d.]+)s peak (\d+)MiB \| ratio ([\d.]+)", text)
pages = re.search(r"hugo: (\d+) html files; staticgen: (\d+) html files", text)
sg, sgmem, hugo, hugomem, ratio = float(m[1]), int(m[2]), float(m[3]), int(m[4]), float(m[5])
print(f"| {n:,} | {fmt} | {sg:.2f} s | {hugo:.2f} s | {ratio:.2f} | {sgmem} MiB | {hugomem} MiB | {1000 * sg / n:.2f} ms | {pages[2]} / {pages[1]} |")
PY
)")
}
# The raw .txt articles against the same articles as Markdown, both built by StaticGen, alternating,
# each into a new folder, before any comparison with Hugo. compare.sh deletes each comparison's
# outputs (hundreds of thousands of files) when it ends; for a while after such a deletion, builds on
# ext4 spend seconds more in the kernel finding free inodes, and not evenly (measured: the same .txt
# build 3.4 s of system time on a settled disk, 12 s right after), so this runs first, on sites of
# its own, and deletes nothing before it has measured.
ratios=()
corpus() { # corpus FORMAT N -> the generated articles, as compare.sh caches them
  local d; d="$BENCH_TMP/corpus-$1-$2-$(md5sum "$BENCH_DIR/gen_corpus.py" | cut -c1-8)"
  if [[ ! -f $d.done ]]; then rm -rf "$d"; python3 "$BENCH_DIR/gen_corpus.py" --n "$2" --out "$d" --format "$1" >&2; touch "$d.done"; fi
  echo "$d"
}
txt_vs_md() { # txt_vs_md N
  local n=$1 out; out=$BENCH_TMP/txt-vs-md-$1-$(date +%s)
  mkdir -p "$out"
  for fmt in md txt; do
    mkdir -p "$out/site-$fmt"; cp -r "$(corpus "$fmt" "$n")" "$out/site-$fmt/content"
    printf 'title: Bench News\nbaseUrl: https://news.example.org/\n' >"$out/site-$fmt/site.config.yml"
  done
  local times=$out/times
  build() {
    (cd "$out/site-$1" && /usr/bin/time -f "$1 %e %U %S %M" -a -o "$times" "$SG" build --output "$out/$2" >"$out/$2.log" 2>&1) \
      || { echo "macro.sh: the $1 build of $n articles failed (disk full?); its output: $out/$2.log" >&2; tail -3 "$out/$2.log" >&2; exit 1; }
  }
  build md warm-md; build txt warm-txt; : >"$times"
  # Each format goes first in every other pair.
  for i in $(seq "$TXT_RUNS"); do
    if (( i % 2 )); then build md "md$i"; build txt "txt$i"; else build txt "txt$i"; build md "md$i"; fi
  done
  ratios+=("$(python3 - "$n" "$times" <<'PY'
import statistics, sys
n, rows = int(sys.argv[1]), [l.split() for l in open(sys.argv[2]) if l.split() and l.split()[0] in ("md", "txt")]
md = [float(r[1]) for r in rows if r[0] == "md"]; txt = [float(r[1]) for r in rows if r[0] == "txt"]
med = lambda fmt, col: statistics.median(float(r[col]) for r in rows if r[0] == fmt)
per_run = [t / m for m, t in zip(md, txt)]
print(f"| {n:,} | {statistics.median(md):.2f} s | {statistics.median(txt):.2f} s | {statistics.median(per_run):.2f} ({'/'.join(f'{r:.2f}' for r in per_run)}) "
      f"| {med('md', 2):.1f} + {med('md', 3):.1f} s / {med('txt', 2):.1f} + {med('txt', 3):.1f} s | {med('md', 4) / 1024:.0f} / {med('txt', 4) / 1024:.0f} MiB |")
PY
)")
  echo "$out" >>"$BENCH_TMP/txt-vs-md.done"
}
for t in $TXT_NS; do txt_vs_md "$t"; done

for n in "${NS[@]}"; do
  run "$n" md
  for t in $TXT_NS; do [[ $t == "$n" ]] && run "$n" txt; done
done

echo
echo "| articles | StaticGen input | StaticGen | Hugo (Markdown) | ratio | StaticGen peak | Hugo peak | StaticGen per article | HTML files StaticGen / Hugo |"
echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${rows[@]}"
if [[ ${#ratios[@]} -gt 0 ]]; then
  echo
  echo "StaticGen, raw .txt against the same articles as Markdown (alternating, medians; ratio: median of the per-run ratios):"
  echo "| articles | Markdown | .txt | ratio .txt / Markdown (per run) | user + system CPU, Markdown / .txt | peak memory, Markdown / .txt |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
  printf '%s\n' "${ratios[@]}"
fi
if [[ ${IMAGES_N:-500} != 0 ]]; then
  # The image step: the same binary, the same pictures to the same widths as WebP and JPEG, alternating, cold.
  echo >&2
  echo "image step: ${IMAGES_N:-500} camera-sized JPEGs, StaticGen against Hugo ..." >&2
  RUNS=${IMAGES_RUNS:-3} SG=$SG BENCH_TMP=$BENCH_TMP/images "$ROOT/tests/StaticGen.Benchmarks/images.sh" "${IMAGES_N:-500}" 4000 3000 | tee "$BENCH_TMP/images.log" >&2
  images_summary=$(grep -E '^(medians|second build|image-metadata|load average)' "$BENCH_TMP/images.log")
fi
echo
echo "one-article site (start-up included, $BUILD build): $startup"
if [[ -n ${images_summary:-} ]]; then
  echo
  echo "pictures (${IMAGES_N:-500} JPEGs of 4000×3000, widths 480/800/1200/1600, WebP + JPEG; StaticGen also with AVIF):"
  echo "$images_summary"
fi
# The .txt/Markdown outputs, deleted only now that nothing is measured any more.
if [[ -f $BENCH_TMP/txt-vs-md.done ]]; then xargs rm -rf <"$BENCH_TMP/txt-vs-md.done"; rm -f "$BENCH_TMP/txt-vs-md.done"; fi
