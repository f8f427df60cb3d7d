"""eval.py -- the paper's evaluation: run the optimisation loop on every problem, score every iteration.

    python eval.py --model auto --dataset embedded --split test --iterations 4
    python eval.py --adapter runs/grpo/adapter --ablation no-feedback
    python eval.py --dataset patterns --start slowest            # edit mode: make a given slow program faster

For each iteration k = 0..N it scores the solution *kept* after round k (the loop's keep-best rule) with the
paper's metrics: Pass@1, Time% / Memory% / Integral% (share of passing human solutions, measured in this
sandbox, that the attempt matches or beats), the Beyond / Mediocre / Below / Failed breakdown, the speed-up
of the kept solution over round 0's code C0 (geometric mean over problems that pass at both) and %Opt (share
of problems whose kept code passes and is >= 1.2x faster than a passing C0), with 95% bootstrap intervals.
metrics.py computes them; this file runs the loop and writes the table and the plot.
Greedy decoding by default, as in the paper; --later-temperature samples the rounds after round 0 instead (see
RoundGenerators: greedy rounds stop moving once a round keeps nothing new). Every figure is computed from a
measurement of the kept codes taken after the last round, side by side, and used by no keep-best decision
(afterburner.rescore: the winner's curse), so unchanged code scores the same in every round; the passing human
solutions that Time% / Memory% / Integral% count against run in that same batch, so that two evaluations run
under different loads (say, the SFT model's in the morning and GRPO's at night) compare alike.

Where round 0 comes from (--start):
  scratch  the model writes round 0 from the round-0 prompt ("no original code provided"): the paper's protocol,
           and what its headline numbers use (there, iteration 0's original is a stored earlier generation of
           the model, written from scratch). Pass@1 and Time% are the figures to read.
  slowest  edit mode: round 0 IS the problem's slowest passing human solution (as measured in this sandbox), and
           every later round asks the model to make the kept code faster. Pass@1 stays at 100% by keep-best, so
           read %Opt and the speed-up over C0.
  random   edit mode from a seeded random human solution, passing or not (like GRPO's training originals).

The paper's ablations (--ablation), each removing exactly one thing from every prompt after round 0:
  no-feedback  the prompt shows the kept code without its measured Passed / Time / Memory / Integral;
  no-original  the prompt shows the kept code's measured performance without the code.

Writes to --out: results.json (arguments, metrics per iteration, every round of every problem), table.md (the
paper-style table) and curves.png (one panel per metric, %Opt with its interval). Resumable: the trajectories are
saved after every round, and a rerun with the same arguments continues from the last finished round; an --out
that holds an evaluation with other arguments, or another script's run, is left as it is unless --overwrite.
"""
import json
import os
import sys
import time

import torch

import afterburner
import cli
import data
import metrics
import training as T
from model import ModelGenerator, check_adapter, load_model, resolve_model

# The measurements a round of trajectories.json holds (afterburner.optimize_many), part of the key an evaluation
# resumes by: a file whose rounds hold other ones (`kept_result` and `kept`, before they were renamed) is refused
# in one line, instead of failing on a missing key in the middle of the run.
ROUND_FORMAT = "selection_result, scoring_result"


def markdown_table(curves):
    """curves: {label: rows}. One line per (label, metric), one column per iteration, as in the paper; the
    speed-up over C0 (round 0's kept code) and %Opt follow, each cell with its 95% interval."""
    iters = max(len(rows) for rows in curves.values())
    head = "| metric | method | " + " | ".join(f"it{k}" for k in range(iters)) + " |"
    lines = [head, "|" + "---|" * (iters + 2)]
    for name in metrics.METRIC_NAMES:
        for label, rows in curves.items():
            lines.append(f"| {name} | {label} | " + " | ".join(f"{r[name]:.1f}" for r in rows) + " |")
    for label, rows in curves.items():
        ci = lambda r: r.get("ci95", {}).get("speedup")
        cells = [f"{r['speedup']:.2f}x" + (f" [{ci(r)[0]:.2f}, {ci(r)[1]:.2f}]" if ci(r) else "") if r["speedup"]
                 else "-" for r in rows]
        lines.append(f"| speed-up vs it0 | {label} | " + " | ".join(cells) + " |")
    for label, rows in curves.items():
        if all("%opt" in r for r in rows):
            ci = lambda r: r["ci95"].get("%opt") or (0.0, 0.0)
            lines.append(f"| %opt (>= {metrics.OPT_THRESHOLD}x vs it0) | {label} | " + " | ".join(
                f"{r['%opt']:.1f} [{ci(r)[0]:.0f}, {ci(r)[1]:.0f}]" for r in rows) + " |")
    return "\n".join(lines)


def plot(curves, path, title=""):
    """Panels over iterations, one line per method: Pass@1, Time%, Memory%, Integral%, and %Opt (share of
    problems >= 1.2x faster than round 0's code, with its 95% interval as a band) when the rows have it."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    names = metrics.METRIC_NAMES + (("%opt",) if all("%opt" in r for rows in curves.values() for r in rows) else ())
    fig, axes = plt.subplots(1, len(names), figsize=(4 * len(names), 3.6))
    for ax, name in zip(axes, names):
        for label, rows in curves.items():
            its = [r["iteration"] for r in rows]
            line, = ax.plot(its, [r[name] for r in rows], marker="o", label=label)
            if name == "%opt":
                lo_hi = [r["ci95"].get("%opt") or (0.0, 0.0) for r in rows]
                ax.fill_between(its, [c[0] for c in lo_hi], [c[1] for c in lo_hi], alpha=0.15,
                                color=line.get_color())
        ax.set_title(name if name != "%opt" else f"%opt (>= {metrics.OPT_THRESHOLD}x vs it0)")
        ax.set_ylim(-3, 103)  # percentages: the same scale on every panel and every run
        ax.set_xlabel("iteration")
        ax.grid(alpha=0.3)
    axes[0].set_ylabel("%")
    axes[-1].legend(fontsize=8)
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


class RoundGenerators:
    """Round 0 from `first`; every later round from `later`, with torch's generator seeded by (seed, round) first,
    so that a round's draws are the same however the evaluation was interrupted and resumed.

    Why later rounds may sample: under greedy decoding a kept code that did not change gives a byte-identical next
    prompt and so the same answer, and no curve can move after the first round that keeps nothing new. The paper's
    prompts change every round (it writes in a fresh measurement of the kept code); ours show the measurement that
    selected the code, fixed. A sampled round can find something new; keep-best's noise margin and the final
    side-by-side re-measurement (afterburner.rescore) keep luck in the timings from counting as a gain."""

    def __init__(self, first, later, seed):
        self.first, self.later, self.seed, self.round = first, later, seed, 0

    def __call__(self, prompt_texts):
        if self.round == 0:
            answers = self.first(prompt_texts)
        else:
            torch.manual_seed(1_000_003 * self.seed + self.round)
            answers = self.later(prompt_texts)
        self.round += 1
        return answers


def prepare_out(args, key):
    """No evaluation destroys another, as no training run does (training.prepare_out): an --out that holds an
    evaluation made with the same options (`key`) is continued; one made with other options, or another script's
    run, is left as it is and this stops, in one line, unless --overwrite. Returns (the run files found, the
    saved trajectories to continue from or None)."""
    found = T.existing_run(args.out, "eval.py", args.overwrite)
    if not found or args.overwrite:
        return found, None
    state_path, saved = os.path.join(args.out, "trajectories.json"), None
    if os.path.exists(state_path):
        with open(state_path) as f:
            saved = json.load(f)
    if saved and saved.get("key") == key:
        print(f"[eval] resuming after round {len(saved['trajectories'][0]) - 1} from {state_path}")
        return found, saved["trajectories"]
    if saved:
        was = saved.get("key") or {}
        differ = [f"{'--' + k.replace('_', '-') if hasattr(args, k) else k} {was.get(k)} there, {v} here"
                  for k, v in key.items() if was.get(k) != v]
        what = f"an evaluation made with other options ({'; '.join(differ)})"
    else:
        what = f"a run ({', '.join(found)}) with no trajectories.json to continue from"
    raise SystemExit(f"error: --out {args.out} already holds {what}; nothing was changed. Replace it with "
                     "--overwrite, or pick another --out")


def run(args, generator=None):
    """Evaluate; `generator` (prompts -> answers) replaces the model, for tests and scripted runs."""
    state_path = os.path.join(args.out, "trajectories.json")
    if generator is None:  # a wrong name or adapter folder costs a second here, not a profile and a model load
        check_adapter(args.adapter)
        resolve_model(args.model)
    key = {k: getattr(args, k) for k in ("model", "adapter", "dataset", "split", "instruction", "temperature",
                                         "later_temperature", "max_new_tokens", "ablation", "limit", "start", "seed")}
    key["measure"] = [afterburner.REPEATS, afterburner.KEEP_MARGIN, afterburner.MEMORY_RESOLUTION_KB]
    key["rounds"] = ROUND_FORMAT
    found, trajs = prepare_out(args, key)
    # the metrics compare against human solutions measured on this machine: measured here on first use
    problems, = data.ensure_profiled(args.dataset, (args.split, args.limit))
    if not problems:
        sys.exit(f"error: no problems in {args.dataset} split {args.split}")
    if found and args.overwrite:
        T.remove_run(args.out, "eval.py", found)
    T.mark(args.out, "eval.py")
    if generator is None:
        policy, tok = load_model(args.model, adapter=args.adapter, dtype=getattr(args, "dtype", "auto"))
        make = lambda t: ModelGenerator(policy, tok, temperature=t, max_new_tokens=args.max_new_tokens,
                                        batch_size=args.batch_size)
        generator = make(args.temperature)
        if args.later_temperature is not None:
            generator = RoundGenerators(generator, make(args.later_temperature), args.seed)

    def save(ts):
        with open(state_path + ".tmp", "w") as f:
            json.dump({"key": key, "trajectories": ts}, f)
        os.replace(state_path + ".tmp", state_path)
        print(f"[eval] round {len(ts[0]) - 1} done: pass@1 {metrics.summarize(ts, problems)[-1]['pass@1']:.1f}")

    t0 = time.time()
    originals = afterburner.start_codes(problems, args.start, args.seed)
    if isinstance(generator, RoundGenerators):  # the round the loop asks for next: after the saved ones
        generator.round = len(trajs[0]) if trajs else int(originals is not None)
    trajs = afterburner.optimize_many(
        problems, generator, args.iterations, args.instruction, originals, feedback=args.ablation != "no-feedback",
        use_original=args.ablation != "no-original", workers=args.workers, trajectories=trajs, on_round=save)
    rows = metrics.summarize(trajs, problems, args.iterations)
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
    ap = cli.Parser(description="Evaluate a model with the iterative optimisation loop: Pass@1, Time%, Memory%, "
                                "Integral% per iteration.")
    ap.add_argument("--model", default="auto",
                    help="HF id, local folder, `embedded`, `smollm2`, or `auto` (CUDA: Qwen 1.5B)")
    ap.add_argument("--adapter", help="LoRA adapter folder from sft.py / dpo.py / grpo.py")
    ap.add_argument("--dataset", default="embedded", help=data.DATASET_HELP)
    ap.add_argument("--split", default="test", choices=["train", "test"], help="the problems to evaluate on")
    ap.add_argument("--iterations", type=cli.at_least(0), default=4, help="optimisation rounds after round 0")
    ap.add_argument("--instruction", default="time", choices=sorted(afterburner.INSTRUCTIONS),
                    help="the efficiency the prompt asks for (and the keep-best rule compares)")
    ap.add_argument("--temperature", type=cli.at_least(0.0, float), default=0.0, help="0 = greedy, as in the paper")
    ap.add_argument("--later-temperature", type=cli.at_least(0.0, float), default=None,
                    help="rounds after round 0 sample at this temperature, each round's draws seeded by (--seed, "
                         "round), so later rounds can find something new (unset: --temperature for every round)")
    ap.add_argument("--max-new-tokens", type=cli.at_least(1), default=384, help="answer length limit")
    ap.add_argument("--batch-size", type=cli.at_least(1), default=8, help="prompts per generate() call")
    ap.add_argument("--dtype", default="auto", choices=["auto", "fp32", "bf16"],
                    help="base weights (auto: bf16 on CUDA and on a CPU with native bf16, else fp32)")
    ap.add_argument("--ablation", default="none", choices=["none", "no-feedback", "no-original"],
                    help="the paper's ablations, each removing one thing from the prompt: no-feedback drops the "
                         "kept code's measured performance (keeps the code); no-original drops the code (keeps "
                         "the performance)")
    ap.add_argument("--start", default="scratch", choices=["scratch", "slowest", "random"],
                    help="round 0: scratch = the model writes it (the paper's protocol); slowest = the problem's "
                         "slowest passing human solution; random = a seeded random human solution (edit mode)")
    ap.add_argument("--seed", type=int, default=0, help="seed of --start random and of sampled rounds")
    ap.add_argument("--workers", type=cli.at_least(1), default=None, help="sandbox workers (unset: one per core)")
    ap.add_argument("--limit", type=cli.at_least(0), default=0, help="evaluate only the first N problems (0 = all)")
    ap.add_argument("--label", default="", help="name of this run in tables and plots")
    ap.add_argument("--out", default=os.path.join("runs", "eval"),
                    help="output folder, relative to the current directory")
    ap.add_argument("--overwrite", action="store_true",
                    help="replace the evaluation in --out (without it, --out continues only the same evaluation)")
    return ap


def interrupted(args):
    """The line Ctrl-C prints: what is saved, and that the same command continues."""
    state = os.path.join(args.out, "trajectories.json")
    saved = f"every finished round is saved in {state}" if os.path.exists(state) else "no round had finished"
    return f"{saved}; the same command continues: {cli.command(drop=['--overwrite'])}"


if __name__ == "__main__":
    arguments = parser().parse_args()
    cli.run(lambda: run(arguments), on_interrupt=lambda: interrupted(arguments), errors=(data.DataError,))
