#!/usr/bin/env bash
# snn4j vs PyTorch, side by side, in one sitting on one machine.
#
#   bench/compare.sh                 # 3 interleaved rounds of the four workloads, every PyTorch variant
#   bench/compare.sh --rounds 5
#   bench/compare.sh --warmup 10     # untimed steps before the timed ones, on both sides (default 60)
#   bench/compare.sh --quick         # smoke run: 1 round, 3 timed steps, one PyTorch variant per workload
#   bench/compare.sh --variants      # snn4j only: every nd4j-native build this CPU can run, per workload
#   bench/compare.sh --only lif_mlp,gemm --no-build
#
# Workloads (identical shapes, T, batch, neuron, surrogate, loss and optimiser on both sides; the docstrings
# of ../shared/bench/*.py define them):
#   gemm         the three GEMMs of a LIF-MLP layer-1 step, 3200x784x800   vs ceilings.py gemm_mlp
#   lif_mlp      LIF MLP 784-800-10, T=25, B=128, atan, CE on counts, Adam  vs lif_mlp.py (best variant)
#   conv_nmnist  conv 2-12-64 + LIF + avgpool + fc, T=16, B=32, 3 % events   vs conv_nmnist.py (best variant)
#   slayer_srm   SLAYER SRM 2312-512-10, T=300, B=12, AMSGrad               vs slayer_srm.py (best variant)
# Each round runs snn4j and PyTorch back to back per workload (the order alternates between rounds), each
# run in a fresh process, 60 untimed steps then 20 timed ones on both sides, so that both are timed at their
# steady state: the JVM compiles its hot code on the same 2 cores during its first steps (LIF-MLP: 17-35 ms of
# compiler time per step over steps 11-50, and steps 11-30 about 40-60 % slower than steps 130-170, on an
# AMD EPYC family 25 model 17 with AVX-512, 2 cores, 2026-12-07;
# docs/PERFORMANCE.md, "Warm-up"), while PyTorch is steady after one step. What the warm-up costs stays
# visible: each side's process wall time (start-up, untimed and timed steps, inference pass) is printed too.
# Printed: each side's median of per-round medians, the spread (min..max of those), the peak RSS (VmHWM of
# the snn4j JVM, ru_maxrss of the Python process) and the median process wall time, then the machine line; the
# last lines are exactly "ratio <workload> <snn4j median / PyTorch-best median>".
#
# Environment: SNN4J_SHARED (default: the repo's parent dir's shared/), SNN4J_JAVA_OPTS (completed with the
# snn4j launcher's defaults, snn4j-jvm.sh: -Xmx2g -XX:+UseSerialGC -Xmn48m -XX:SurvivorRatio=2
# -Dsnn4j.gcAfterBytes=268435456) and, for the snn4j JVM only, GLIBC_TUNABLES completed with the launcher's
# malloc settings (snn4j_glibc_tunables in snn4j-jvm.sh; SNN4J_MALLOC=default leaves glibc's defaults),
# SNN4J_MVN_FLAGS (extra Maven flags, e.g. -o), THREADS (default: nproc, both sides).
# The snn4j side runs as the snn4j launcher does, with OMP_WAIT_POLICY=PASSIVE unless OMP_WAIT_POLICY is
# set (docs/PERFORMANCE.md, "Threads"). The PyTorch side keeps its defaults unless TORCH_OMP_WAIT_POLICY
# is set (e.g. PASSIVE: on a loaded machine it speeds PyTorch up as much as snn4j, so use it there), and
# runs with glibc's malloc defaults unless TORCH_GLIBC_TUNABLES is set (e.g. to the snn4j JVM's value,
# printed in the first line, to give PyTorch the same allocator settings).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=${SNN4J_SHARED:-$(cd "$ROOT/.." && pwd)/shared}
source "$ROOT/snn4j-jvm.sh"
JAVA_OPTS=$(snn4j_java_opts)
SNN4J_TUNABLES=$(snn4j_glibc_tunables)
THREADS=${THREADS:-$(nproc)}
SNN4J_WAIT_POLICY=${OMP_WAIT_POLICY:-PASSIVE}
TORCH_ENV=(); [[ -n "${TORCH_OMP_WAIT_POLICY:-}" ]] && TORCH_ENV=(OMP_WAIT_POLICY="$TORCH_OMP_WAIT_POLICY")
[[ -n "${TORCH_GLIBC_TUNABLES:-}" ]] && TORCH_ENV+=(GLIBC_TUNABLES="$TORCH_GLIBC_TUNABLES")
ROUNDS=3 ITERS=20 WARMUP=60 QUICK=0 VARIANTS=0 BUILD=1
ONLY="gemm,lif_mlp,conv_nmnist,slayer_srm"

die() { echo "compare.sh: $*" >&2; exit 2; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rounds) [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || die "--rounds needs a positive integer"; ROUNDS=$2; shift ;;
    --iters) [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || die "--iters needs a positive integer"; ITERS=$2; shift ;;
    --warmup) [[ "${2:-}" =~ ^[0-9]+$ ]] || die "--warmup needs a non-negative integer"; WARMUP=$2; shift ;;
    --quick) QUICK=1 ;;
    --variants) VARIANTS=1 ;;
    --no-build) BUILD=0 ;;
    --only) ONLY=${2:-}; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
  shift
done
if [[ $QUICK == 1 ]]; then ROUNDS=1 ITERS=3 WARMUP=1; fi
for w in ${ONLY//,/ }; do
  [[ " gemm lif_mlp conv_nmnist slayer_srm " == *" $w "* ]] || die "--only: unknown workload '$w' (gemm, lif_mlp, conv_nmnist, slayer_srm)"
done
[[ -f "$SHARED/bench/lif_mlp.py" ]] || die "no PyTorch workloads at $SHARED/bench (set SNN4J_SHARED to the shared/ folder)"

# 1. PyTorch, NumPy and the OpenMP OpenBLAS (Debian's python3-torch alone pulls the 30x slower reference BLAS)
PKGS=(python3-torch python3-numpy libopenblas0-openmp)
missing=()
for p in "${PKGS[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p"); done
if [[ ${#missing[@]} -gt 0 && $VARIANTS == 0 ]]; then
  SUDO=""; [[ $(id -u) != 0 ]] && SUDO="sudo"
  echo "installing ${missing[*]} with apt-get" >&2
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${missing[@]}" >&2
fi

# 2. Build the bench jar (with every nd4j-native build for --variants)
PROFILE=(); [[ $VARIANTS == 1 ]] && PROFILE=(-P all-native-builds)
if [[ $BUILD == 1 ]]; then
  echo "building: mvn -q -B -Dstyle.color=never -DskipTests package -pl bench -am ${PROFILE[*]} ${SNN4J_MVN_FLAGS:-}" >&2
  (cd "$ROOT" && rm -rf bench/target/lib && mvn -q -B -Dstyle.color=never -DskipTests package -pl bench -am "${PROFILE[@]}" ${SNN4J_MVN_FLAGS:-}) >&2
fi
CP="$ROOT/bench/target/snn4j-bench-0.1.0-SNAPSHOT.jar:$ROOT/bench/target/lib/*"
LOG="$ROOT/bench/target/compare-$(date -u +%Y%m%dT%H%M%S)"
mkdir -p "$LOG"
RES="$LOG/results.tsv"
: > "$RES"

declare -A MAIN=([gemm]=GemmMain [lif_mlp]=LifMlpMain [conv_nmnist]=ConvNmnistMain [slayer_srm]=SlayerSrmMain)
declare -A SCRIPT=([gemm]=ceilings.py [lif_mlp]=lif_mlp.py [conv_nmnist]=conv_nmnist.py [slayer_srm]=slayer_srm.py)
declare -A CONFIGS=([gemm]="gemm_mlp" [lif_mlp]="snntorch_style multistep_style multistep_unbind multistep_handbptt"
  [conv_nmnist]="snntorch_style multistep_style multistep_unbind multistep_handbptt" [slayer_srm]="srm_conv1d srm_toeplitz")
if [[ $QUICK == 1 ]]; then
  CONFIGS[lif_mlp]=multistep_handbptt CONFIGS[conv_nmnist]=multistep_handbptt CONFIGS[slayer_srm]=srm_toeplitz
fi

# Seconds since the `date +%s.%N` value $1, two decimals: a run's process wall time
seconds_since() { awk -v t0="$1" -v t1="$(date +%s.%N)" 'BEGIN { printf "%.2f", t1 - t0 }'; }

# snn4j run: workload, round, side label, [SNN4J_NATIVE] (default: the caller's SNN4J_NATIVE, else the automatic choice)
run_snn4j() {
  local w=$1 r=$2 side=$3 variant=${4:-${SNN4J_NATIVE:-}} out="$LOG/r$2-$3-$1.log" line t0 wall
  t0=$(date +%s.%N)
  GLIBC_TUNABLES=$SNN4J_TUNABLES SNN4J_NATIVE=$variant OMP_NUM_THREADS=$THREADS OMP_WAIT_POLICY=$SNN4J_WAIT_POLICY java $JAVA_OPTS --add-modules jdk.incubator.vector -cp "$CP" "org.snn4j.bench.${MAIN[$w]}" \
    "$ITERS" "$WARMUP" > "$out" 2>&1 || { echo "  $side $w: FAILED (see $out)"; tail -3 "$out"; return 0; }
  wall=$(seconds_since "$t0")
  line=$(grep '^RESULT snn4j' "$out" | tail -1 || true)
  [[ -n "$line" ]] || { echo "  $side $w: no RESULT line (see $out)"; return 0; }
  awk -v r="$r" -v s="$side" -v w="$w" -v wall="$wall" '{for(i=4;i<=NF;i++){split($i,kv,"=");v[kv[1]]=kv[2]}
    printf "%s\t%s\t%s\t-\t%s\t%s\t%s\t%s\t%s\n", r, s, w, v["median_ms"], v["min_ms"], v["max_ms"], v["peak_rss_mib"], wall}' \
    <<< "$line" >> "$RES"
  grep -h '^native build' "$out" | head -1 | sed 's/^native build \([^,]*\),.*/\1/' > "$LOG/native-$side" || true
  echo "  [$side] $(grep '^SUMMARY' "$out" | tail -1)"
  grep -h '^BPTT' "$out" | sed 's/^/  /' || true
}

run_torch() {
  local w=$1 r=$2 c out line t0 wall
  for c in ${CONFIGS[$w]}; do
    out="$LOG/r$r-torch-$w-$c.log"
    t0=$(date +%s.%N)
    (cd "$SHARED/bench" && env "${TORCH_ENV[@]}" LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-openmp${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH} \
      OMP_NUM_THREADS=$THREADS OPENBLAS_NUM_THREADS=$THREADS /usr/bin/python3 "${SCRIPT[$w]}" --config "$c" \
      --threads "$THREADS" --warmup "$WARMUP" --iters "$ITERS" --json) > "$out" 2>&1 \
      || { echo "  torch $w $c: FAILED (see $out)"; tail -3 "$out"; continue; }
    wall=$(seconds_since "$t0")
    line=$(grep '^{' "$out" | tail -1 || true)
    [[ -n "$line" ]] || { echo "  torch $w $c: no JSON line (see $out)"; continue; }
    /usr/bin/python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print("\t".join(map(str, [sys.argv[2], "torch",
      sys.argv[3], sys.argv[4], d["median_ms"], d["min_ms"], d["max_ms"], d["peak_rss_mib"], sys.argv[5]])))' \
      "$line" "$r" "$w" "$c" "$wall" >> "$RES" || { echo "  torch $w $c: unreadable result (see $out)"; continue; }
    printf '  torch %-28s median %8.2f ms/step\n' "$w.$c" "$(tail -1 "$RES" | cut -f5)"
  done
}

VARIANT_LIST=()
if [[ $VARIANTS == 1 ]]; then
  flags=" $(grep -m1 '^flags' /proc/cpuinfo | cut -d: -f2) "
  has() { for f in "$@"; do [[ "$flags" == *" $f "* ]] || return 1; done; }
  for v in generic onednn avx2 onednn-avx2 avx512 onednn-avx512; do
    ext=${v/generic/}; jar=$(ls "$ROOT"/bench/target/lib/nd4j-native-*-linux-x86_64${ext:+-$ext}.jar 2>/dev/null | head -1 || true)
    [[ -n "$jar" ]] || continue
    case $v in
      avx2|onednn-avx2) has avx2 fma || continue ;;
      avx512|onednn-avx512) has avx2 fma avx512f avx512cd avx512bw avx512dq avx512vl || continue ;;
    esac
    VARIANT_LIST+=("$v")
  done
  echo "variants this CPU runs (and shipped in bench/target/lib): ${VARIANT_LIST[*]}"
fi

echo "# compare.sh rounds=$ROUNDS iters=$ITERS warmup=$WARMUP threads=$THREADS snn4j OMP_WAIT_POLICY=$SNN4J_WAIT_POLICY torch OMP_WAIT_POLICY=${TORCH_OMP_WAIT_POLICY:-${OMP_WAIT_POLICY:-default}} GLIBC_TUNABLES='${TORCH_GLIBC_TUNABLES:-}' java='$JAVA_OPTS' GLIBC_TUNABLES='$SNN4J_TUNABLES' logs=$LOG"
for ((r = 1; r <= ROUNDS; r++)); do
  echo "round $r/$ROUNDS  ($(cut -d' ' -f1-3 /proc/loadavg) load)"
  for w in ${ONLY//,/ }; do
    if [[ $VARIANTS == 1 ]]; then
      # rotate the variant order each round so no build always runs first
      n=${#VARIANT_LIST[@]}
      for ((i = 0; i < n; i++)); do v=${VARIANT_LIST[$(( (i + r - 1) % n ))]}; run_snn4j "$w" "$r" "$v" "$v"; done
    elif (( r % 2 == 1 )); then
      run_snn4j "$w" "$r" snn4j; run_torch "$w" "$r"
    else
      run_torch "$w" "$r"; run_snn4j "$w" "$r" snn4j
    fi
  done
done

NATIVE=$(cat "$LOG"/native-snn4j 2>/dev/null || echo "see variants")
CPU=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
grep -qw avx512f /proc/cpuinfo && AVX512=yes || AVX512=no
grep -qw avx2 /proc/cpuinfo && AVX2=yes || AVX2=no
MACHINE="machine: $CPU, AVX-512 $AVX512, AVX2 $AVX2, $(nproc) cores, threads $THREADS, snn4j native build $NATIVE, $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/python3 "$ROOT/bench/compare_summary.py" "$RES" "$MACHINE" "$VARIANTS" "$ONLY" | tee "$LOG/summary.txt"
