# The JVM options the snn4j launcher and bench/compare.sh (and so bench/rss_scaling.sh) run with;
# sourced by both, so the benchmarks measure what users run. snn4j_java_opts prints SNN4J_JAVA_OPTS
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
