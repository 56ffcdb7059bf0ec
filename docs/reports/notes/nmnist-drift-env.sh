#!/usr/bin/env bash
# One epoch of nmnist-slayer-mlp under different native-kernel dispatch settings, to see whether
# the first-epoch training loss depends on the CPU's BLAS/oneDNN code path.
# Usage: nmnist-drift-env.sh TREE OUTDIR   (TREE: a built snn4j checkout, e.g. a worktree at 39054e0)
set -u
TREE=$1; OUT=$2; mkdir -p "$OUT"
export SNN4J_DATA=${SNN4J_DATA:-/work/shared/data}
run() { # name, env assignments...
  local name=$1; shift
  (cd "$TREE" && env "$@" nice -n 10 ./snn4j train --preset nmnist-slayer-mlp --epochs 1 \
      --report "$OUT/env-$name.json") > "$OUT/env-$name.log" 2>&1
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sys.argv[2], repr(d['epochs'][0]['trainLoss']), d['epochs'][0]['testAccuracy'])" \
      "$OUT/env-$name.json" "$name"
}
if [ "${MORE:-0}" != 1 ]; then
run default X=1
run ob-haswell OPENBLAS_CORETYPE=Haswell
run ob-skylakex OPENBLAS_CORETYPE=SkylakeX
run ob-1thread OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1
run dnnl-avx2 ONEDNN_MAX_CPU_ISA=AVX2 DNNL_MAX_CPU_ISA=AVX2
fi
if [ "${MORE:-0}" = 1 ]; then
run dnnl-avx512core ONEDNN_MAX_CPU_ISA=AVX512_CORE DNNL_MAX_CPU_ISA=AVX512_CORE
run dnnl-avx512vnni ONEDNN_MAX_CPU_ISA=AVX512_CORE_VNNI DNNL_MAX_CPU_ISA=AVX512_CORE_VNNI
run ob-cooperlake OPENBLAS_CORETYPE=Cooperlake
run ob-zen OPENBLAS_CORETYPE=Zen
run skx-avx512core OPENBLAS_CORETYPE=SkylakeX ONEDNN_MAX_CPU_ISA=AVX512_CORE DNNL_MAX_CPU_ISA=AVX512_CORE
fi
