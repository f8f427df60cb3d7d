"""eval.py -- the paper's evaluation: run the optimisation loop on every problem, score every iteration.

    python eval.py --model auto --dataset embedded --split test --iterations 4
    python eval.py --adapter runs/grpo/adapter --ablation no-feedback

For each iteration k = 0..N it scores the solution *kept* after round k (the loop's keep-best rule) with the
paper's metrics: Pass@1, Time% / Memory% / Integral% (share of passing human solutions, measured in this
sandbox, that the attempt matches or beats), the Beyond / Mediocre / Below / Failed breakdown, and the mean
speed-up of the kept solution over round 0 (geometric mean over problems that pass at both). Greedy decoding by
default, as in the paper.

Writes to --out: results.json (arguments, metrics per iteration, every round of every problem), table.md (the
paper-style table) and curves.png (the four curves). Resumable: the trajectories are saved after every round,
and a rerun with the same arguments continues from the last finished round.
"""
import argparse
import json
import math
import os
import sys
import time

import afterburner
import data
import metrics
import model as models
import prompts

ROOT = os.path.dirname(os.path.abspath(__file__))
METRIC_NAMES = ("pass@1", "time%", "memory%", "integral%")


def summarize(trajectories, problems, iterations=None):
    """Per-iteration metrics of the kept solutions: a list of dicts, one per iteration."""
    iterations = len(trajectories[0]) - 1 if iterations is None else iterations
    rows, firsts = [], [t[0]["kept"] for t in trajectories]
    for k in range(iterations + 1):
        kept = [t[k]["kept"] for t in trajectories]
        attempts = [{"problem_id": p["problem_id"], **r} for p, r in zip(problems, kept)]
        m = metrics.evaluate_attempts(attempts, problems)
        ratios = [f["time_ms"] / r["time_ms"] for f, r in zip(firsts, kept)
                  if f["passed"] and r["passed"] and f["time_ms"] > 0 and r["time_ms"] > 0]
        speedup = math.exp(sum(map(math.log, ratios)) / len(ratios)) if ratios else None
        rows.append({"iteration": k, **{n: m[n]["mean"] for n in METRIC_NAMES},
                     "ci95": {n: m[n]["ci95"] for n in METRIC_NAMES}, "breakdown": m["breakdown"],
                     "speedup": speedup, "n": m["n"]})
    return rows


def markdown_table(curves):
    """curves: {label: rows}. One line per (label, metric), one column per iteration, as in the paper."""
    iters = max(len(rows) for rows in curves.values())
    head = "| metric | method | " + " | ".join(f"it{k}" for k in range(iters)) + " |"
    lines = [head, "|" + "---|" * (iters + 2)]
    for name in METRIC_NAMES:
        for label, rows in curves.items():
            lines.append(f"| {name} | {label} | " + " | ".join(f"{r[name]:.1f}" for r in rows) + " |")
    for label, rows in curves.items():
        cells = [f"{r['speedup']:.2f}x" if r["speedup"] else "-" for r in rows]
        lines.append(f"| speed-up vs it0 | {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def plot(curves, path, title=""):
    """Four panels (Pass@1, Time%, Memory%, Integral%) over iterations, one line per method."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, axes = plt.subplots(1, 4, figsize=(16, 3.6))
    for ax, name in zip(axes, METRIC_NAMES):
        for label, rows in curves.items():
            ax.plot([r["iteration"] for r in rows], [r[name] for r in rows], marker="o", label=label)
        ax.set_title(name)
        ax.set_ylim(-3, 103)  # percentages: the same scale on every panel and every run
        ax.set_xlabel("iteration")
        ax.grid(alpha=0.3)
    axes[0].set_ylabel("%")
    axes[-1].legend(fontsize=8)
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def ensure_profiled(problems, dataset):
    """The metrics need the human solutions measured on this machine: measure what is missing (cached)."""
    missing = [p["problem_id"] for p in problems if any(s.get("time_ms") is None for s in p["solutions"])]
    if not missing:
        return problems
    print(f"[eval] measuring the human solutions of {len(missing)} problems on this machine first (cached)")
    measured = {str(p["problem_id"]): p for p in data.profile(dataset, problem_ids=missing)}
    return [measured[str(p["problem_id"])] for p in problems]


def run(args, generator=None):
    """Evaluate; `generator` (prompts -> answers) replaces the model, for tests and scripted runs."""
    os.makedirs(args.out, exist_ok=True)
    state_path = os.path.join(args.out, "trajectories.json")
    problems = data.load_problems(args.dataset, args.split)
    if args.limit:
        problems = problems[:args.limit]
    if not problems:
        sys.exit(f"error: no problems in {args.dataset} split {args.split}")
    problems = ensure_profiled(problems, args.dataset)
    key = {k: getattr(args, k) for k in ("model", "adapter", "dataset", "split", "instruction", "temperature",
                                         "max_new_tokens", "ablation", "limit")}
    trajs = None
    if os.path.exists(state_path):
        with open(state_path) as f:
            saved = json.load(f)
        if saved["key"] == key:
            trajs = saved["trajectories"]
            print(f"[eval] resuming after round {len(trajs[0]) - 1} from {state_path}")
    if generator is None:
        policy, tok = models.load_model(args.model, adapter=args.adapter, dtype=getattr(args, "dtype", "auto"))
        generator = models.ModelGenerator(policy, tok, temperature=args.temperature,
                                               max_new_tokens=args.max_new_tokens, batch_size=args.batch_size)

    def save(ts):
        with open(state_path + ".tmp", "w") as f:
            json.dump({"key": key, "trajectories": ts}, f)
        os.replace(state_path + ".tmp", state_path)
        print(f"[eval] round {len(ts[0]) - 1} done: pass@1 {summarize(ts, problems)[-1]['pass@1']:.1f}")

    t0 = time.time()
    trajs = afterburner.optimize_many(
        problems, generator, args.iterations, args.instruction, feedback=args.ablation != "no-feedback",
        use_original=args.ablation != "no-original", workers=args.workers, trajectories=trajs, on_round=save)
    rows = summarize(trajs, problems, args.iterations)
    label = args.label or (os.path.basename(args.adapter.rstrip("/")) if args.adapter else args.model)
    with open(os.path.join(args.out, "results.json"), "w") as f:
        json.dump({"args": vars(args), "wall_s": time.time() - t0, "metrics": rows, "trajectories": trajs}, f)
    table = markdown_table({label: rows})
    with open(os.path.join(args.out, "table.md"), "w") as f:
        f.write(table + "\n")
    plot({label: rows}, os.path.join(args.out, "curves.png"), f"{label} on {args.dataset}/{args.split}")
    print(table)
    print(f"\nwrote {args.out}/results.json, table.md, curves.png")
    return rows


def parser():
    ap = argparse.ArgumentParser(description="Evaluate a model with the iterative optimisation loop: Pass@1, "
                                             "Time%, Memory%, Integral% per iteration.")
    ap.add_argument("--model", default="auto", help="HF id, local folder, `embedded`, or `auto` (CUDA: Qwen 1.5B)")
    ap.add_argument("--adapter", help="LoRA adapter folder from sft.py / dpo.py / grpo.py")
    ap.add_argument("--dataset", default="embedded", help="embedded, venus, apps, or a .jsonl/.parquet file")
    ap.add_argument("--split", default="test", help="train or test")
    ap.add_argument("--iterations", type=int, default=4, help="optimisation rounds after round 0")
    ap.add_argument("--instruction", default="time", choices=sorted(prompts.INSTRUCTIONS),
                    help="the efficiency the prompt asks for (and the keep-best rule compares)")
    ap.add_argument("--temperature", type=float, default=0.0, help="0 = greedy, as in the paper")
    ap.add_argument("--max-new-tokens", type=int, default=384, help="answer length limit")
    ap.add_argument("--batch-size", type=int, default=8, help="prompts per generate() call")
    ap.add_argument("--dtype", default="auto", choices=["auto", "fp32", "bf16"],
                    help="base weights (auto: bf16 on CUDA and on a CPU with native bf16, else fp32)")
    ap.add_argument("--ablation", default="none", choices=["none", "no-feedback", "no-original"],
                    help="the paper's ablations: no measured performance in the prompt / no original code")
    ap.add_argument("--workers", type=int, default=None, help="sandbox workers (default: all cores)")
    ap.add_argument("--limit", type=int, default=0, help="evaluate only the first N problems (0 = all)")
    ap.add_argument("--label", default="", help="name of this run in tables and plots")
    ap.add_argument("--out", default=os.path.join(ROOT, "runs", "eval"), help="output folder")
    return ap


if __name__ == "__main__":
    try:
        run(parser().parse_args())
    except data.DataError as e:
        sys.exit(f"error: {e}")
