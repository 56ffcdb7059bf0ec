#!/usr/bin/env bash
# Peak RSS of one training config on 1,000 vs 10,000 recordings (issue #15's bounded-memory check).
#
#   bench/rss_scaling.sh                      # nmnist-lif-mlp, 1 epoch, 2 repetitions, ./snn4j's default JVM options
#   bench/rss_scaling.sh --preset nmnist-slayer-mlp --epochs 3 --reps 3
#   SNN4J_JAVA_OPTS="-Xmx2g -XX:+UseG1GC -Dsnn4j.gcAfterBytes=1073741824" bench/rss_scaling.sh   # another JVM setup
#
# The 10,000-recording N-MNIST tree is DVS-emulated from the MNIST training images the first time
# (`snn4j data emulate --layout nmnist`, into $TREE, default bench/target/nmnist10k; needs
# $SNN4J_DATA/mnist). Each run trains the preset with data.limitTrain = 1000 or 10000 and
# data.limitTest = 100 through the `snn4j` launcher, in a fresh JVM, and reads its peak resident set
# ("Maximum resident set size" of /usr/bin/time -v: the largest process of the run, the JVM). Runs
# alternate 1,000 / 10,000. Prints each run, then the medians and "ratio <10,000 median / 1,000 median>".
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TREE=${TREE:-$ROOT/bench/target/nmnist10k}
PRESET=nmnist-lif-mlp EPOCHS=1 REPS=2

die() { echo "rss_scaling.sh: $*" >&2; exit 2; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --preset) PRESET=${2:-}; shift ;;
    --epochs) [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || die "--epochs needs a positive integer"; EPOCHS=$2; shift ;;
    --reps) [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || die "--reps needs a positive integer"; REPS=$2; shift ;;
    *) die "unknown option $1 (see the comment at the top of this script)" ;;
  esac
  shift
done
[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing (apt-get install time)"

# build first (the launcher rebuilds a stale jar, and /usr/bin/time would count Maven's JVM)
"$ROOT/snn4j" --version >/dev/null
if [[ ! -d "$TREE/Train" ]]; then
  echo "emulating 10,000 + 100 N-MNIST recordings into $TREE (once)..." >&2
  "$ROOT/snn4j" data emulate --layout nmnist --images mnist --out "$TREE" --train-count 10000 --test-count 100 >&2
fi

LOG=$ROOT/bench/target/rss-$(date -u +%Y%m%d-%H%M%S)
mkdir -p "$LOG"
declare -A PEAKS
for rep in $(seq "$REPS"); do
  for n in 1000 10000; do
    out="$LOG/$PRESET-$n-r$rep.log"
    /usr/bin/time -v "$ROOT/snn4j" train --preset "$PRESET" --set train.epochs="$EPOCHS" --set data.dir="$TREE" \
      --set data.limitTrain="$n" --set data.limitTest=100 >"$out" 2>&1 || die "run failed, see $out"
    mib=$(awk '/Maximum resident set size/{printf "%.0f", $NF / 1024}' "$out")
    rate=$(grep -o '[0-9.]* samples/s$' "$out" | tail -1 || true)
    echo "run $rep  $n recordings  peak RSS $mib MiB  ($rate)"
    PEAKS[$n]="${PEAKS[$n]:-} $mib"
  done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
m1=$(echo "${PEAKS[1000]}" | median)
m10=$(echo "${PEAKS[10000]}" | median)
echo "machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), JVM options: ${SNN4J_JAVA_OPTS:-launcher default}"
echo "median peak RSS  1000: $m1 MiB  10000: $m10 MiB"
awk -v a="$m10" -v b="$m1" 'BEGIN {printf "ratio %.2f\n", a / b}'
