#!/usr/bin/env bash
# Reproduces the numbers of nmnist-drift.md. Runs every training under nice, one at a time.
# Trees: MAIN = this repository at d823d83 (built), OLD39 = a detached worktree at 39054e0,
# KERN = a detached worktree at 463fd60; each built with `mvn -o -q -B -DskipTests package`
# followed by `touch examples/target/.snn4j-build-stamp` (so the launcher does not rebuild).
# Usage: nmnist-drift.sh OUTDIR STEP...   steps: slayer39 lifmain lifkern slayermain slayer39haswell
set -u
OUT=$1; shift; mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
MAIN=${MAIN:-/work/wt/h-acc}; OLD39=${OLD39:-/work/wt/acc-bisect}; KERN=${KERN:-/work/wt/at-kernels}
export SNN4J_DATA=${SNN4J_DATA:-/work/shared/data}
train() { # tree, name, args...
  local tree=$1 name=$2; shift 2
  echo "$(date +%T) start $name" >&2
  (cd "$tree" && nice -n 10 ./snn4j train "$@" --report "$OUT/$name.json") > "$OUT/$name.log" 2>&1
  python3 - "$OUT/$name.json" "$name" <<'PY'
import json, sys
d = json.load(open(sys.argv[1])); e = d['epochs']
print(f"{sys.argv[2]}: seed {d.get('seed')} test {d['testAccuracy']} epochs {len(e)} "
      f"loss1 {e[0]['trainLoss']!r} lossN {e[-1]['trainLoss']!r}", flush=True)
PY
}
for step in "$@"; do case $step in
  slayer39) train "$OLD39" slayer-39054e0-full --preset nmnist-slayer-mlp ;;
  slayer39haswell) OPENBLAS_CORETYPE=Haswell train "$OLD39" slayer-39054e0-haswell --preset nmnist-slayer-mlp ;;
  lifmain) for s in 1 2 3 4 5; do train "$MAIN" lif-main-s$s --preset nmnist-lif-mlp --seed $s; done ;;
  lifkern) for s in 1 2 3 4 5; do train "$KERN" lif-463fd60-s$s --preset nmnist-lif-mlp --seed $s; done ;;
  slayermain) for s in 1 2 3; do train "$MAIN" slayer-main-s$s --preset nmnist-slayer-mlp --seed $s; done ;;
  *) echo "unknown step $step" >&2; exit 2 ;;
esac; done
