"""PyTorch (CPU) anchor for MlpBench: the same float32 data (written by MlpBench), the same network
(Linear + ReLU per hidden layer, one logit, He-normal weights, zero biases), Adam lr 1e-3 (PyTorch's
default implementation), BCE on the logit, the same batch size and epochs, one native gather per epoch
for the shuffle and batches as slices, as the djl-loop variant does. The first epoch is a warm-up;
samples/s is the median of the others.

  torch_anchor.py <data.bin> <rows> <results.tsv> <layers e.g. 256,128> <batch> <epochs> <threads>
  torch_anchor.py --report <results.tsv>      (prints the table with the DJL/PyTorch ratios)
"""
import statistics
import sys
import time

FEATURES = 28
INFERENCE_BATCH = 1024
INFERENCE_PASSES = 3
SEED = 42


def load1():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def warm_up(torch, nn):
    """A few steps of a tiny network outside every timing, as MlpBench does on the JVM: the first
    optimizer step imports parts of torch (about a second here) that a training pays only once."""
    net = nn.Sequential(nn.Linear(FEATURES, 16), nn.ReLU(), nn.Linear(16, 1))
    optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
    x, y = torch.randn(256, FEATURES), torch.ones(256, 1)
    for _ in range(5):
        optimizer.zero_grad(set_to_none=True)
        nn.functional.binary_cross_entropy_with_logits(net(x), y).backward()
        optimizer.step()
    with torch.inference_mode():
        net(x).numpy()


def run(data, rows, results, layers, batch, epochs, threads):
    import numpy as np
    import torch
    from torch import nn

    torch.set_num_threads(threads)
    torch.set_num_interop_threads(1)
    raw = np.fromfile(data, dtype="<f4")
    assert raw.size == rows * (FEATURES + 1), f"{data} holds {raw.size} floats, expected {rows * (FEATURES + 1)}"
    x = torch.from_numpy(raw[: rows * FEATURES].reshape(rows, FEATURES).copy())
    y = torch.from_numpy(raw[rows * FEATURES:].reshape(rows, 1).copy())

    warm_up(torch, nn)
    start = time.perf_counter()
    torch.manual_seed(SEED)
    modules, width = [], FEATURES
    for units in layers:
        modules += [nn.Linear(width, units), nn.ReLU()]
        width = units
    modules.append(nn.Linear(width, 1))
    net = nn.Sequential(*modules)
    for m in net:
        if isinstance(m, nn.Linear):
            nn.init.kaiming_normal_(m.weight, nonlinearity="relu")  # N(0, 2 / fan_in), as the worker's "he"
            nn.init.zeros_(m.bias)
    optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
    loss_fn = nn.BCEWithLogitsLoss()

    seconds, loss = [], float("nan")
    generator = torch.Generator().manual_seed(SEED)
    for _ in range(epochs):
        t = time.perf_counter()
        net.train()
        order = torch.randperm(rows, generator=generator)
        xs, ys = x[order], y[order]
        total = 0.0
        for lo in range(0, rows, batch):
            xb, yb = xs[lo:lo + batch], ys[lo:lo + batch]
            optimizer.zero_grad(set_to_none=True)
            value = loss_fn(net(xb), yb)
            value.backward()
            optimizer.step()
            total += value.item() * xb.shape[0]
        loss = total / rows
        seconds.append(time.perf_counter() - t)
    wall = time.perf_counter() - start

    net.eval()
    rates = []
    with torch.inference_mode():
        for p in range(-1, INFERENCE_PASSES):
            end = min(rows, 8 * INFERENCE_BATCH) if p < 0 else rows
            t = time.perf_counter()
            for lo in range(0, end, INFERENCE_BATCH):
                net(x[lo:min(end, lo + INFERENCE_BATCH)]).numpy()
            if p >= 0:
                rates.append(rows / (time.perf_counter() - t))

    epoch_rates = [rows / s for s in seconds[1:]]
    line = "\t".join([
        "pytorch", "[" + ",".join(map(str, layers)) + "]", str(batch),
        f"{statistics.median(epoch_rates):.0f}", ",".join(f"{r:.0f}" for r in epoch_rates), f"{loss:.4f}",
        f"{seconds[0]:.2f}",
        f"{epochs * rows / wall:.0f}", f"{statistics.median(rates):.0f}", f"{load1():.2f}",
        f"torch {torch.__version__}, forward of 1024-row slices",
    ]) + "\n"
    with open(results, "a") as f:
        f.write(line)
    sys.stdout.write(line)


def report(results):
    """One table over every round in the file: per variant the median (and range) of the rounds'
    median-epoch samples/s, and the DJL/PyTorch ratios paired within each round (the JVM and Python
    of one config run back to back), median over rounds."""
    lines = [line.rstrip("\n").split("\t") for line in open(results) if line.strip()]
    series = {}
    for r in lines:
        series.setdefault((r[1], r[2]), {}).setdefault(r[0], []).append(r)
    rounds = max(len(v) for c in series.values() for v in c.values())
    print(f"{rounds} round(s); 'train' and 'inference' are medians over rounds of each round's median (min–max"
          " when several), their ratios paired per round, then the median; 'best epoch' is the fastest timed epoch"
          " of all rounds (the one least disturbed by other load)")
    print("| hidden | batch | variant | train samples/s | DJL/PyTorch train | best epoch samples/s | DJL/PyTorch best "
          "| final train loss | warm-up epoch s | wall samples/s | inference rows/s | DJL/PyTorch inference | load1 |")
    print("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    med = statistics.median

    def spread(values, fmt):
        text = fmt.format(med(values))
        return text + (" (" + fmt.format(min(values)) + "–" + fmt.format(max(values)) + ")" if len(values) > 1 else "")

    for (layers, batch), variants in series.items():
        anchor = variants.get("pytorch", [])
        for variant in ("charter-worker", "djl-loop", "pytorch"):
            rs = variants.get(variant)
            if not rs:
                continue
            train = [float(r[3]) for r in rs]
            infer = [float(r[8]) for r in rs]
            best = max(float(v) for r in rs for v in r[4].split(","))
            ratio = best_ratio = inf_ratio = ""
            if variant != "pytorch" and anchor:
                pairs = list(zip(rs, anchor))
                ratio = f"{med([float(a[3]) / float(b[3]) for a, b in pairs]):.2f}"
                best_ratio = f"{best / max(float(v) for r in anchor for v in r[4].split(',')):.2f}"
                inf_ratio = f"{med([float(a[8]) / float(b[8]) for a, b in pairs]):.2f}"
            print(f"| {layers} | {batch} | {variant} | {spread(train, '{:,.0f}')} | {ratio} | {best:,.0f} | {best_ratio} "
                  f"| {spread([float(r[5]) for r in rs], '{:.4f}')} | {med([float(r[6]) for r in rs]):.2f} "
                  f"| {med([float(r[7]) for r in rs]):,.0f} | {spread(infer, '{:,.0f}')} | {inf_ratio} "
                  f"| {spread([float(r[9]) for r in rs], '{:.1f}')} |")


if __name__ == "__main__":
    if sys.argv[1] == "--report":
        report(sys.argv[2])
    else:
        data, rows, results, layers, batch, epochs, threads = sys.argv[1:8]
        run(data, int(rows), results, [int(v) for v in layers.split(",")], int(batch), int(epochs), int(threads))
