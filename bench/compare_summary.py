"""Summary of bench/compare.sh: per workload each side's median of per-round medians, spread, peak RSS.

  python3 bench/compare_summary.py RESULTS.tsv "machine: ..." VARIANTS(0|1) gemm,lif_mlp,...

RESULTS.tsv rows: round, side (snn4j | torch | a native build id), workload, config ('-' for snn4j),
median_ms, min_ms, max_ms, peak_rss_mib[, process wall seconds] (files from before the wall column
have 8 fields). Side by side (VARIANTS=0) the last lines are exactly
"ratio <workload> <snn4j median / PyTorch-best median>"; with VARIANTS=1 they are
"fastest <workload> <build>".
"""
import collections
import statistics
import sys


def load(path):
    rows = collections.defaultdict(list)   # (side, workload, config) -> [(median, rss, wall or None)]
    with open(path) as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            if len(r) in (8, 9):
                wall = float(r[8]) if len(r) == 9 else None
                rows[(r[1], r[2], r[3])].append((float(r[4]), float(r[7]), wall))
    return rows


def stats(runs):
    meds = [m for m, _, _ in runs]
    med = statistics.median(meds)
    spread = 100 * (max(meds) - min(meds)) / med if med else float("nan")
    return med, meds, spread, max(rss for _, rss, _ in runs)


def wall(runs):
    """The median process wall time in seconds, or None when the results have no wall column."""
    walls = [w for _, _, w in runs if w is not None]
    return statistics.median(walls) if walls else None


def describe(label, runs):
    med, meds, spread, rss = stats(runs)
    w = wall(runs)
    return (f"{label:<34s} median {med:9.2f} ms  (rounds: {', '.join(f'{m:.2f}' for m in meds)}; "
            f"spread {spread:.1f}%)  peakRSS {rss:.0f} MiB" + (f"  process {w:.1f} s" if w is not None else ""))


def side_by_side(rows, workloads, machine):
    ratios = []
    for w in workloads:
        print(f"== {w}")
        ours = rows.get(("snn4j", w, "-"))
        if ours:
            print("  " + describe("snn4j", ours))
        torch = {c: runs for (s, ww, c), runs in rows.items() if s == "torch" and ww == w}
        best = min(torch, key=lambda c: stats(torch[c])[0]) if torch else None
        for c in sorted(torch, key=lambda c: stats(torch[c])[0]):
            print("  " + describe(f"pytorch {c}" + (" (best)" if c == best else ""), torch[c]))
        ratio = stats(ours)[0] / stats(torch[best])[0] if ours and best else float("nan")
        if ours and best:
            rss_ratio = stats(ours)[3] / stats(torch[best])[3]
            print(f"  snn4j / pytorch-best: time {ratio:.3f}, peak RSS {rss_ratio:.2f}")
        ratios.append((w, ratio))
    print(machine)
    for w, r in ratios:
        print(f"ratio {w} {r:.3f}")


def variants(rows, workloads, machine):
    builds = sorted({s for (s, _, _) in rows})
    fastest = []
    print(f"{'workload':<12s} " + " ".join(f"{b:>24s}" for b in builds))
    for w in workloads:
        cells, best = [], None
        for b in builds:
            runs = rows.get((b, w, "-"))
            if not runs:
                cells.append(f"{'-':>24s}")
                continue
            med, _, spread, _ = stats(runs)
            cells.append(f"{med:>10.2f} ms ({spread:5.1f}%)".rjust(24))
            if best is None or med < best[1]:
                best = (b, med)
        print(f"{w:<12s} " + " ".join(cells))
        fastest.append((w, best[0] if best else "none"))
    print(machine)
    for w, b in fastest:
        print(f"fastest {w} {b}")


def main():
    rows = load(sys.argv[1])
    machine, mode, workloads = sys.argv[2], sys.argv[3], sys.argv[4].split(",")
    if mode == "1":
        variants(rows, workloads, machine)
    else:
        side_by_side(rows, workloads, machine)


if __name__ == "__main__":
    main()
