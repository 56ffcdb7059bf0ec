"""Where a bench main's training step spends its time, from a JFR recording (docs/PERFORMANCE.md).

  java -XX:StartFlightRecording=filename=lif.jfr,settings=profile -cp ... org.snn4j.bench.LifMlpMain 15 3
  python3 bench/jfr_breakdown.py lif.jfr LifMlpWorkload.step [--detail]

Reads jdk.ExecutionSample (the thread runs Java; every 10 ms under settings=profile) and
jdk.NativeMethodSample (the thread is inside a native call, e.g. an ND4J op; every 20 ms), keeps the
samples of the main thread whose stack passes through the given step method, weights each by its
event's period (so both kinds count milliseconds), and groups them by the topmost snn4j frame. The
main thread also runs its share of the fused kernels' fork-join blocks and its native calls block
until ND4J's OpenMP threads finish, so the shares approximate wall time of the step. A thread parked
waiting (for a fork-join join, a lock) is not sampled.
"""
import collections
import re
import subprocess
import sys

PERIOD_MS = {"jdk.ExecutionSample": 10, "jdk.NativeMethodSample": 20}

# topmost snn4j class (prefix match on the fully qualified name) -> group
GROUPS = [
    ("org.snn4j.autograd.ops.Gemm", "GEMM (autograd/ops/Gemm: forward, input and weight gradients)"),
    ("org.snn4j.autograd.optim", "optimiser update (Adam)"),
    ("org.snn4j.autograd.Broadcasting", "bias-gradient reduction (Broadcasting.reduceTo)"),
    ("org.snn4j.neurons.fused", "fused LIF kernel (forward, BPTT)"),
    ("org.snn4j.autograd.ops.Convolution", "convolution (conv2d and its backward)"),
    ("org.snn4j.autograd.ops.Pooling", "average pooling"),
    ("org.snn4j.autograd.ops.Shapes", "reshape / permute copies"),
    ("org.snn4j.losses", "loss"),
    ("org.snn4j.autograd.ops.LossFunctions", "loss"),
    ("org.snn4j.autograd.ops.Reductions", "reductions"),
    ("org.snn4j.autograd.ops", "other element-wise ops"),
    ("org.snn4j.autograd.nn", "layers (other)"),
    ("org.snn4j.autograd.Graph", "tape (gradient accumulation, walk)"),
    ("org.snn4j.autograd", "tape (other)"),
    ("org.snn4j.neurons", "neuron layer (other)"),
]


def group_of(frames, detail=False):
    if detail:
        snn = [f.split("(")[0].replace("org.snn4j.", "") for f in frames if f.startswith("org.snn4j.")]
        return " < ".join(snn[:3]) or "no snn4j frame"
    for f in frames:
        if f.startswith("org.snn4j."):
            for prefix, name in GROUPS:
                if f.startswith(prefix):
                    return name
            return "other snn4j: " + f.split("(")[0]
    return "no snn4j frame"


def main():
    path, step = sys.argv[1], sys.argv[2]
    detail = "--detail" in sys.argv[3:]
    text = subprocess.run(["jfr", "print", "--stack-depth", "64", "--events",
                           "jdk.ExecutionSample,jdk.NativeMethodSample", path],
                          capture_output=True, text=True, check=True).stdout
    totals = collections.Counter()
    for block in re.split(r"\n(?=jdk\.(?:ExecutionSample|NativeMethodSample) )", text):
        kind = block.split(" ", 1)[0].strip()
        if kind not in PERIOD_MS:
            continue
        thread = re.search(r'(?:sampledThread|eventThread) = "([^"]*)"', block)
        if not thread or thread.group(1) != "main":
            continue
        frames = [l.strip() for l in block.splitlines() if re.match(r"\s+[a-zA-Z_$][\w.$]*\.[\w$<>]+\(", l)]
        if not any(step in f for f in frames):
            continue
        totals[group_of(frames, detail)] += PERIOD_MS[kind]
    total = sum(totals.values())
    print(f"{total} ms of main-thread samples inside {step}")
    print("| share | where |\n|---:|---|")
    for name, ms in totals.most_common(30 if detail else None):
        print(f"| {100 * ms / total:.0f} % | {name} |")


if __name__ == "__main__":
    main()
