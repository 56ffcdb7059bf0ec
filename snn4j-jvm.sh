# The JVM options and the glibc malloc settings the snn4j launcher and bench/compare.sh (and so
# bench/rss_scaling.sh) run with; sourced by both, so the benchmarks measure what users run. snn4j_java_opts prints SNN4J_JAVA_OPTS
# (default -Xmx2g) completed with each default below that it does not already set:
#   -XX:+UseSerialGC          unless it names a collector
#   -Xmn48m -XX:SurvivorRatio=2  unless it sizes the young generation (-Xmn, NewSize) or the survivors
#   -Dsnn4j.gcAfterBytes=268435456  unless it sets the budget
# Why (docs/PERFORMANCE.md, "Peak memory"): every array's data lives off the heap until its Java
# wrapper is collected. The engine counts the bytes of recorded arrays that no collection has
# reclaimed yet and forces a full collection when they reach the budget (NativeMemoryPressure). A
# young generation of 48 MiB with survivor spaces of 12 MiB is collected at least every quarter
# budget (the engine makes it, YoungCollection, by filling the free eden: at most 24 MiB to zero);
# a step's arrays die young and are freed by it, so full collections become rare and the dead
# buffers stay few. 96 MiB measured the same speed and 30-50 MiB more peak RSS on the conv step
# (docs/PERFORMANCE.md, "Results (session 7)"). G1, the JVM's default, grew its young generation to
# hundreds of MB under forced collections, and the dead buffers with it.
snn4j_java_opts() {
  local opts="${SNN4J_JAVA_OPTS:--Xmx2g}"
  [[ "$opts" =~ -XX:\+Use[A-Za-z0-9]+GC ]] || opts="-XX:+UseSerialGC $opts"
  [[ "$opts" =~ -Xmn|NewSize|SurvivorRatio ]] || opts="-Xmn48m -XX:SurvivorRatio=2 $opts"
  [[ "$opts" == *"-Dsnn4j.gcAfterBytes="* ]] || opts="-Dsnn4j.gcAfterBytes=268435456 $opts"
  printf '%s\n' "$opts"
}

# glibc malloc tunables for the snn4j JVM, printed as a GLIBC_TUNABLES value: the user's
# GLIBC_TUNABLES completed with each setting below whose key it does not already set (so any key
# the user sets wins); SNN4J_MALLOC=default prints the user's value unchanged (glibc's defaults).
#   glibc.malloc.mmap_threshold=33554432   arrays up to 32 MiB come from malloc's heaps, not from a
#                                          fresh mmap each (glibc's threshold is dynamic by default,
#                                          and fixed at 128 KiB once any other setting is made)
#   glibc.malloc.top_pad=67108864          a heap keeps 64 MiB free at its top when it is trimmed, and
#                                          an empty heap of a thread arena is not deleted
#   glibc.malloc.trim_threshold=33554432   trimming starts above 32 MiB free (so: above top_pad), which
#                                          hands a transient peak back; never trimming cost 20-70 MiB
#   glibc.malloc.arena_max=2               two arenas for all threads: each arena keeps what was freed
#                                          into it, so many arenas (data loaders, workers) kept more
# Why (docs/PERFORMANCE.md, "Page faults"): every array's data is native memory. With glibc's
# defaults the memory a collection frees goes back to the kernel (a thread arena's heap is unmapped
# or trimmed once it is empty), so the next step's arrays land on fresh pages and fault on first
# touch: about 2,100 faults per LIF-MLP step, about 200 with these settings, and the step about
# 20 % faster. The cost: up to top_pad of freed memory per heap stays resident.
snn4j_glibc_tunables() {
  local t="${GLIBC_TUNABLES:-}" kv
  if [[ "${SNN4J_MALLOC:-}" != default ]]; then
    for kv in mmap_threshold=33554432 trim_threshold=33554432 top_pad=67108864 arena_max=2; do
      [[ ":$t" == *":glibc.malloc.${kv%%=*}="* ]] || t="${t:+$t:}glibc.malloc.$kv"
    done
  fi
  printf '%s\n' "$t"
}
