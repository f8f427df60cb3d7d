"""reproduce.py -- the paper's comparison at small scale: base -> SFT -> DPO (from SFT), and GRPO from a cold
start (cold_start.py: the model's own best answers in the format, as the paper starts GRPO apart from SFT), each
evaluated with the iterative loop for iterations 0..N, plus GRPO's two ablations, in two protocols.

    python reproduce.py                       # both protocols, the embedded model on a CPU (recorded runs: README)
    python reproduce.py --protocols edit      # only the edit-mode comparison on the patterns tier
    python reproduce.py --smoke               # every stage with tiny sizes and a tiny random model (CI runs it)

The two protocols:
  edit     the patterns tier (data/patterns/): every evaluation starts from the slowest passing human solution
           (eval.py --start slowest) and each round asks for a faster version; SFT adds edit-mode examples
           beside the from-scratch ones, and GRPO drops zero-spread groups (DAPO's dynamic sampling). The
           setting where a small model's answers pass, GRPO's rewards differ within a group, and code can get
           measurably faster -- the mechanism made visible on a CPU.
  scratch  the standard tier (data/embedded/), round 0 written from scratch: the paper's own protocol, the one
           its headline numbers use. Out of SmolLM2-135M's reach (every figure 0.0: docs/results.md); the
           untrained Qwen2.5-Coder-0.5B passes 4 of its 14 test problems (the paper's untrained 3B: 28% on Venus).
           GRPO trains on the round-0 prompt (no code shown) of the training problems the cold start's draw
           solved at least once: from human originals, as the paper trains, the 0.5B policy learned to copy.

Per protocol, in this order (the most telling first, so that an interrupted reproduction already has them): SFT,
the cold start, GRPO from it (with a held-out check every --grpo-eval-every steps), the evaluations of base, SFT,
GRPO and the cold start; DPO from SFT and its evaluation; SFT again with another seed (`sft-rerun`: the
run-to-run spread) and its evaluation; in edit mode GRPO, SFT and SFT's rerun evaluated again with the rounds after
round 0 sampled (--later-temperature; greedy rounds stop moving once a round keeps nothing new:
eval.RoundGenerators); and GRPO's two ablations.

Writes runs/reproduce/<protocol>/ (relative to the current directory; --out): one folder per stage (adapters,
metrics.jsonl, evaluations); stages.jsonl (each stage's seconds and the commit it ran at, a line per session that
worked on it); table.md (Pass@1, Time%, Memory%, Integral% per iteration per method, the paper's layout; what the
answers were; the verdict: paired differences between methods over the same problems, the rerun's spread beside
them, each method's gain after its first answer, and in edit mode %Opt on the held-out patterns apart);
curves.png (greedy), curves-sampled.png (edit mode), and training.png (SFT loss, DPO margin, GRPO reward / pass
rate / %Opt of the samples / zero-spread groups / the held-out check); runs/reproduce/table.md holds both
protocols' tables.
Every stage is skipped when its output exists, so an interrupted reproduction continues where it stopped.
"""
import json
import os
import subprocess
import time
from collections import Counter
from contextlib import contextmanager

import afterburner
import cli
import cold_start
import data
import dpo
import eval as evaluation
import grpo
import metrics
import sft
import training as T
from model import tiny_model


def stage_args(cls, argv):
    return T.parse_args(cls, [str(a) for a in argv])


def commit():
    """The code a stage ran at: git's commit of this checkout, "+changes" when files differ from it."""
    here = os.path.dirname(os.path.abspath(__file__))
    try:
        head = subprocess.run(["git", "-C", here, "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              check=True, timeout=30).stdout.strip()
        dirty = subprocess.run(["git", "-C", here, "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown (not a git checkout)"
    return head + ("+changes" if dirty else "")


@contextmanager
def recorded(out, stage):
    """Append one line to <out>/stages.jsonl for each piece of a stage's work: the seconds it ran, the commit it ran
    at, when it ended and whether it finished. A stage interrupted and continued in another session gets a line
    per session, so the record adds up to what the stage cost and says which code made each part."""
    t0, done = time.time(), False
    try:
        yield
        done = True
    finally:
        os.makedirs(out, exist_ok=True)
        with open(os.path.join(out, "stages.jsonl"), "a") as f:
            f.write(json.dumps({"stage": stage, "seconds": round(time.time() - t0, 1), "commit": commit(),
                                "ended": time.strftime("%Y-%m-%d %H:%M:%S"), "finished": done,
                                "load_average": round(os.getloadavg()[0], 2)}) + "\n")


def train(name, module, out, argv):
    adapter = os.path.join(out, name, "adapter")
    if os.path.exists(os.path.join(adapter, "adapter_config.json")):
        print(f"[reproduce] {name}: done already ({adapter})")
        return adapter
    print(f"\n[reproduce] training {name}")
    # this stage's folder is reproduce's own: continue from its checkpoint, or start it again (a run interrupted
    # before its first checkpoint left only metrics behind)
    again = ["--resume"] if T.has_checkpoint(os.path.join(out, name)) else ["--overwrite"]
    with recorded(out, name):
        module.main(stage_args(module.Args, argv + ["--out", os.path.join(out, name)] + again))
    return adapter


def solved_list(cold_start_dir):
    """Writes cold_start_dir/solved.txt: the problems with at least one passing answer in the cold start's draw
    (draws.jsonl), one id a line -- grpo.py --only-problems."""
    solved = set()
    with open(os.path.join(cold_start_dir, "draws.jsonl")) as f:
        for row in map(json.loads, f):
            if any(r["passed"] for r in row["results"]):
                solved.add(str(row["problem_id"]))
    path = os.path.join(cold_start_dir, "solved.txt")
    with open(path, "w") as f:
        f.write("".join(i + "\n" for i in sorted(solved)))
    return path


def eval_folder(out, label):
    return os.path.join(out, "eval-" + label.replace(" ", "-").replace("(", "").replace(")", ""))


def evaluate(label, out, argv):
    folder = eval_folder(out, label)
    path = os.path.join(folder, "results.json")
    if os.path.exists(path):
        with open(path) as f:
            return json.load(f)["metrics"]
    print(f"\n[reproduce] evaluating {label}")
    with recorded(out, "eval " + label):
        return evaluation.run(evaluation.parser().parse_args([str(a) for a in argv] + ["--out", folder, "--label",
                                                                                       label]))


def anatomy(out, labels):
    """What the answers were, per method, over every problem and round: the share in the asked-for format, each
    sandbox outcome, and the share that hand back the code they were shown (edit mode). When the metrics are all
    zero, or do not move, this table says why. Rounds without an answer (edit mode's given round 0) are left out."""
    kinds = {"no code": "no code", "syntax_error": "syntax error", "runtime_error": "crash", "failed": "wrong answer",
             "timeout": "timeout", "passed": "passed"}
    head = ["method", "answers", "format ok", *kinds.values(), "other", "copy of the kept code"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for label in labels:
        with open(os.path.join(eval_folder(out, label), "results.json")) as f:
            trajectories = json.load(f)["trajectories"]
        answers = [r for t in trajectories for r in t if r["answer"] is not None]
        copies = sum(r["code"] is not None and t[k - 1]["kept_code"] is not None and
                     r["code"].strip() == t[k - 1]["kept_code"].strip()
                     for t in trajectories for k, r in enumerate(t) if k and r["answer"] is not None)
        counts = Counter("no code" if not r["code"] else r["result"]["status"] for r in answers)
        share = lambda k: f"{100 * k / max(1, len(answers)):.0f}%"
        cells = [label, str(len(answers)), share(sum(afterburner.format_ok(r["answer"]) for r in answers))]
        cells += [share(counts[k]) for k in kinds] + [share(len(answers) - sum(counts[k] for k in kinds))]
        cells.append(share(copies))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def training_plot(out, path, held_out):
    """The signals that explain the table: SFT loss, DPO reward margin, GRPO reward, pass rate, %Opt of the samples,
    the share of zero-spread groups, and GRPO's held-out check (`held_out`: its metric, e.g. "held_out_%opt") with
    its 95% interval: the curve that says whether what GRPO learns carries over to problems it never saw."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    read = lambda stage: [json.loads(line) for line in open(os.path.join(out, stage, "metrics.jsonl"))]
    panels = [("sft", "loss", "SFT loss"), ("dpo", "margin", "DPO reward margin"), ("grpo", "reward", "GRPO reward"),
              ("grpo", "pass_rate", "GRPO pass rate of samples"),
              ("grpo", "opt_rate", "GRPO %Opt of samples (>= 1.2x cheaper)"),
              ("grpo", "zero_spread_groups", "GRPO groups with equal rewards"),
              ("grpo", held_out, f"GRPO {held_out.replace('held_out_', 'held-out ')} (greedy, 95% CI)")]
    fig, axes = plt.subplots(1, len(panels), figsize=(3.5 * len(panels), 3.4))
    for ax, (stage, key, title) in zip(axes, panels):
        rows = [r for r in read(stage) if key in r]
        steps, values = [r["step"] for r in rows], [r[key] for r in rows]
        ax.plot(steps, values, marker=".")
        if key + "_ci95" in (rows[0] if rows else {}):
            ax.fill_between(steps, [r[key + "_ci95"][0] for r in rows], [r[key + "_ci95"][1] for r in rows],
                            alpha=0.2)
        ax.set_title(title, fontsize=9)
        ax.set_xlabel("step")
        ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


PROTOCOLS = {
    # name: the tier, how round 0 starts, what the protocol adds to the SFT and GRPO stages, the held-out figure
    # GRPO logs over its steps, and the figures the verdict compares
    # GRPO: G = 8 (one micro-batch a group, so its prompt runs once): from the SFT cold start, 12 prompts sampled
    # at temperature 1 gave zero-spread groups 0.46 at G = 4 and 0.17 at G = 8 (docs/results.md)
    # GRPO's prompts start where the evaluation does (the slowest passing human solution, the time instruction):
    # from random originals (failing ones included, all three instructions) 20 steps raised the samples' pass rate
    # but found almost no faster answer to learn from (their %Opt ~0) and the held-out %Opt did not move
    # (12.5 -> 6.25; docs/results.md)
    "edit": {"dataset": "patterns", "start": "slowest",
             "grpo": ["--dynamic-sampling", "--max-draws", 2, "--group-size", 8, "--micro-batch", 8,
                      "--eval-start", "slowest", "--originals", "slowest", "--instructions", "time"],
             # the SFT on human solutions measured best (88-96% of answers in the format across runs:
             # docs/results.md): one target per problem, a higher lr
             "sft": ["--lr", 1e-3, "--top-k", 1],
             # the cold start learns the model's own correct rewrites, copies left out: trained on its cheapest
             # answers (copies included) the 0.5B model copied 95% of the time and GRPO found no faster sample to
             # learn from; on its rewrites it passes 89% (base 86%), copies 64% and is >= 1.2x faster on 11%
             "cold_start": ["--targets", "rewrites"],
             # keep-best's reward: under the paper's, a passing copy earns 0.45 and a failed rewrite -0.30, and
             # GRPO from passing code learned to copy (docs/results.md)
             "held_out": "held_out_%opt", "read": ("%opt", "time%"), "reward": "keep-best", "solved_only": False,
             # SFT trained again with another seed: the run-to-run spread the verdict compares differences with
             "rerun": True,
             # GRPO and SFT (and its rerun) evaluated again with the rounds after round 0 sampled
             "sampled": True},
    # GRPO's prompts start where the evaluation does, from scratch (no code shown; the time instruction): from
    # random human originals (the paper's) the policy learned to hand back the code it was shown -- a passing
    # copy earns 0.45 under the paper's reward, 68% of the groups were all equal and the held-out
    # Pass@1 fell 28.6 -> 21.4 in 20 steps (docs/results.md). G = 16: the cold start passes ~90% of its draws on
    # these problems from scratch, so at G = 8 half the groups were all passes (0.9^8 = 0.43; 0.9^16 = 0.19)
    "scratch": {"dataset": "embedded", "start": "scratch",
                "grpo": ["--group-size", 16, "--micro-batch", 8, "--eval-start", "scratch", "--originals", "none",
                         "--instructions", "time"], "sft": [],
                "cold_start": [],
                "held_out": "held_out_pass@1", "read": ("pass@1", "time%"), "reward": "paper",
                # GRPO trains on the problems the base model solved at least once in the cold start's draw (4
                # answers at T = 0.7): 17 of the 36; a group on one of the other 19 is all failures, equal rewards
                "solved_only": True,
                # SFT trained again with another seed (~22 min and one evaluation): on 14 problems one problem is
                # 7.1 points, so the verdict needs this protocol's own spread, not the edit protocol's
                "rerun": True,
                # no sampled rounds (~10 min each), for the time budget: the edit protocol measures them
                "sampled": False},
}


def run_protocol(name, a, model):
    """The stages of one protocol under a.out/name, the most telling first (an interrupted reproduction has them):
    SFT, the cold start, GRPO from it, and their evaluations; then DPO; SFT trained again with another seed (the
    run-to-run spread the verdict compares with) and GRPO's, SFT's and the rerun's rounds after round 0 sampled
    (the sampled rounds in edit mode only: PROTOCOLS); and GRPO's two ablations."""
    cfg, out = PROTOCOLS[name], os.path.join(a.out, name)
    print(f"\n[reproduce] protocol {name}: {cfg['dataset']} tier, round 0 = {cfg['start']}")
    # (each trainer and evaluation measures the human solutions it needs on first use: data.ensure_profiled)
    small = ["--max-completion-tokens", 64] if a.smoke else []
    common = ["--model", model, "--dataset", cfg["dataset"]]
    limit = ["--limit-problems", 3] if a.smoke else []
    sft_args = common + limit + ["--steps", a.sft_steps] + cfg["sft"] + small
    sft_adapter = train("sft", sft, out, sft_args)
    # GRPO starts from the model's own passing answers in the format (cold_start.py; edit mode: its correct
    # rewrites): SFT on human rewrites made the 0.5B model rewrite more often than it can correctly (31% of its
    # answers pass). A random model (--smoke) passes nothing to learn from, so there GRPO starts from SFT
    cold_adapter = sft_adapter if a.smoke else train("cold-start", cold_start, out, common + cfg["cold_start"] + [
        "--start", cfg["start"], "--max-new-tokens", a.max_new_tokens, "--generate-batch", a.eval_batch])
    solved = ["--only-problems", solved_list(os.path.join(out, "cold-start"))] if cfg["solved_only"] and \
        not a.smoke else []   # (--smoke: the cold start is SFT's, no draw)
    grpo_adapter = train("grpo", grpo, out, common + limit + solved + [
        "--steps", a.grpo_steps, "--init-adapter", cold_adapter, "--max-new-tokens", a.max_new_tokens, "--lr",
        a.grpo_lr, "--eval-every", a.grpo_eval_every, "--eval-problems", a.grpo_eval_problems, "--temperature",
        a.grpo_temperature, "--reward", a.grpo_reward or cfg["reward"]] + cfg["grpo"] +
        (["--group-size", 2, "--micro-batch", 2] if a.smoke else []))
    ev = common + ["--iterations", a.iterations, "--max-new-tokens", a.max_new_tokens, "--limit", a.limit,
                   "--start", cfg["start"], "--batch-size", a.eval_batch]
    base, sft_rows, grpo_rows = (evaluate(label, out, ev + extra) for label, extra in (
        ("base", []), ("SFT", ["--adapter", sft_adapter]), ("GRPO", ["--adapter", grpo_adapter])))
    cold_rows = None if a.smoke else evaluate("cold start", out, ev + ["--adapter", cold_adapter])
    dpo_adapter = train("dpo", dpo, out, common + limit + ["--steps", a.dpo_steps, "--init-adapter", sft_adapter]
                        + small)
    dpo_rows = evaluate("DPO", out, ev + ["--adapter", dpo_adapter])
    rerun_rows, rerun = None, None
    if cfg["rerun"]:
        rerun = train("sft-rerun", sft, out, sft_args + ["--seed", 1])
        rerun_rows = evaluate("SFT (rerun)", out, ev + ["--adapter", rerun])
    # the rounds after round 0 sampled, for the two methods the verdict compares: does either still improve after
    # its first answer? The SFT rerun sampled too gives the spread of that comparison (another training seed and
    # other draws). (Base and DPO sampled would add ~17 min each.)
    sampled = ev + ["--later-temperature", a.later_temperature]
    sampled_rows = {f"{label} (sampled)": evaluate(f"{label} (sampled)", out, sampled + ["--adapter", adapter])
                    for label, adapter in (("GRPO", grpo_adapter), ("SFT", sft_adapter), ("SFT (rerun)", rerun))
                    if adapter and cfg["sampled"]}
    ablations = {label: evaluate(label, out, ev + ["--adapter", grpo_adapter, "--ablation", ablation])
                 for label, ablation in (("GRPO (no feedback)", "no-feedback"), ("GRPO (no original)", "no-original"))}
    curves = {"base": base, "SFT": sft_rows, "DPO": dpo_rows, "GRPO": grpo_rows}
    extra = {label: rows for label, rows in (("cold start", cold_rows), ("SFT (rerun)", rerun_rows))
             if rows is not None} | sampled_rows
    everything = {**curves, **ablations, **extra}
    table = evaluation.markdown_table(everything) + "\n\n" + anatomy(out, list(everything))
    problems, = data.ensure_profiled(cfg["dataset"], ("test", a.limit))
    table += "\n\n" + verdict(out, problems, cfg, list(everything))
    with open(os.path.join(out, "table.md"), "w") as f:
        f.write(table + "\n")
    title = f"{name} protocol: {cfg['dataset']} tier, round 0 = {cfg['start']}"
    evaluation.plot({**curves, **ablations}, os.path.join(out, "curves.png"), title + " (greedy)")
    if sampled_rows:
        evaluation.plot(sampled_rows, os.path.join(out, "curves-sampled.png"),
                        title + f" (rounds after 0 at T={a.later_temperature})")
    training_plot(out, os.path.join(out, "training.png"), cfg["held_out"])
    print(table)
    return curves, ablations


def verdict(out, problems, cfg, labels):
    """Differences the reader can trust: each a mean over the same problems of (method A's score - method B's)
    with its paired 95% bootstrap interval (metrics.paired_difference), at the first round the model answers and
    at the last. SFT (rerun) - SFT is the run-to-run spread: the same recipe, another seed; a gap between methods
    no wider than it is not a difference between methods. "it_last - it_first" asks whether a method still
    improves after its first answer (saturation). In edit mode %Opt is also split by the patterns training never
    showed (transfer) and those it did."""
    trajs = {}
    for label in labels:
        with open(os.path.join(eval_folder(out, label), "results.json")) as f:
            trajs[label] = json.load(f)["trajectories"]
    last = len(trajs[labels[0]][0]) - 1
    first = 1 if cfg["start"] != "scratch" else 0       # edit mode's round 0 is the given code, not an answer
    scores = {(label, k): metrics.per_problem(t, problems, k) for label, t in trajs.items() for k in (first, last)}
    cell = lambda d: f"{d[0]:+.1f} [{d[1][0]:+.1f}, {d[1][1]:+.1f}]"
    lines = [f"Paired differences over the same {len(problems)} problems, in points (95% bootstrap interval):",
             "", f"| comparison | metric | it{first} | it{last} |", "|---|---|---|---|"]
    pairs = [("GRPO", "SFT"), ("GRPO", "DPO"), ("DPO", "SFT"), ("GRPO", "cold start"), ("SFT (rerun)", "SFT"),
             ("GRPO (sampled)", "SFT (sampled)"), ("SFT (rerun) (sampled)", "SFT (sampled)")]
    for x, y in [p for p in pairs if p[0] in trajs and p[1] in trajs]:
        for m in cfg["read"]:
            lines.append(f"| {x} - {y} | {m} | " + " | ".join(
                cell(metrics.paired_difference(scores[(x, k)][m], scores[(y, k)][m])) for k in (first, last)) + " |")
    lines += ["", f"| method | metric | it{last} - it{first} |", "|---|---|---|"]
    for label in labels:
        for m in cfg["read"]:
            d = metrics.paired_difference(scores[(label, last)][m], scores[(label, first)][m])
            lines.append(f"| {label} | {m} | {cell(d)} |")
    if cfg["start"] != "scratch":
        seen = {p["pattern"] for p in data.load_problems(cfg["dataset"], "train")}
        lines += ["", f"%Opt at it{last}, by whether training showed the problem's pattern:", "",
                  "| method | patterns seen in training | patterns held out |", "|---|---|---|"]
        def share(values):  # the mean with its 95% interval, and how many problems it is over
            lo, hi = metrics.bootstrap_ci(values, metrics.mean) or (0.0, 0.0)
            return f"{metrics.mean(values):.1f} [{lo:.0f}, {hi:.0f}] (n={len(values)})"
        for label in labels:
            opt = scores[(label, last)]["%opt"]
            split = [[o for o, p in zip(opt, problems) if (p["pattern"] in seen) == want] for want in (True, False)]
            lines.append(f"| {label} | {share(split[0])} | {share(split[1])} |")
    return "\n".join(lines)


def main(argv=None):
    ap = cli.Parser(description=cli.summary(__doc__))
    ap.add_argument("--model", default="auto", help="base model (auto: CUDA -> Qwen 1.5B 4-bit, CPU -> embedded)")
    ap.add_argument("--out", default=os.path.join("runs", "reproduce"),
                    help="output folder, relative to the current directory")
    ap.add_argument("--iterations", type=cli.at_least(0), default=4, help="evaluation rounds after round 0")
    ap.add_argument("--sft-steps", type=cli.at_least(1), default=24, help="SFT optimiser steps")
    ap.add_argument("--dpo-steps", type=cli.at_least(1), default=10, help="DPO optimiser steps (from the SFT adapter)")
    ap.add_argument("--grpo-steps", type=cli.at_least(1), default=20, help="GRPO steps (from the cold start)")
    ap.add_argument("--grpo-lr", type=cli.at_least(0.0, float), default=1e-4, help="GRPO's peak learning rate")
    ap.add_argument("--grpo-reward", choices=tuple(afterburner.REWARDS), default=None,
                    help="GRPO's reward (grpo.py --reward); default: each protocol's (PROTOCOLS)")
    ap.add_argument("--grpo-temperature", type=cli.more_than(0.0, float), default=1.0,
                    help="GRPO's sampling temperature (the paper: 1)")
    ap.add_argument("--grpo-eval-every", type=cli.at_least(0), default=4,
                    help="GRPO steps between its held-out checks (training.png's last panel)")
    ap.add_argument("--grpo-eval-problems", type=cli.at_least(1), default=16, help="test problems in that check")
    ap.add_argument("--max-new-tokens", type=cli.at_least(1), default=256, help="answer length in GRPO and evaluation")
    ap.add_argument("--limit", type=cli.at_least(0), default=0,
                    help="evaluate only the first N test problems (0 = all)")
    ap.add_argument("--eval-batch", type=cli.at_least(1), default=40,
                    help="prompts per generate() call in evaluation (on a CPU a decode step's matrix products cost "
                         "per row ~1.6x less at 32-48 rows than at 16: bench/bench_cpu.py)")
    ap.add_argument("--later-temperature", type=cli.at_least(0.0, float), default=0.7,
                    help="the sampled evaluations: rounds after round 0 at this temperature (eval.py)")
    ap.add_argument("--protocols", default="edit,scratch",
                    help="comma-separated: edit (patterns tier, round 0 = slowest human solution) and/or scratch "
                         "(standard tier, round 0 from scratch: the paper's protocol)")
    ap.add_argument("--smoke", action="store_true", help="tiny sizes and a tiny random model: checks the plumbing")
    a = ap.parse_args(argv)
    names = [n.strip() for n in a.protocols.split(",") if n.strip()]
    unknown = [n for n in names if n not in PROTOCOLS]
    if unknown or not names:
        ap.error(f"--protocols: {', '.join(unknown) or 'none given'}; choose from {', '.join(PROTOCOLS)}")
    return cli.run(lambda: reproduce(a, names), errors=(data.DataError,), on_interrupt=lambda: (
        f"every finished stage is kept in {a.out} and an unfinished one continues from its last checkpoint; "
        f"the same command continues: {cli.command()}"))


def reproduce(a, names):
    model = a.model
    if a.smoke:  # a random 3M-parameter model: every stage runs, nothing is learned
        model = os.path.join(a.out, "tiny-model")
        if not os.path.exists(os.path.join(model, "config.json")):
            m, tok = tiny_model()
            m.save_pretrained(model)
            tok.save_pretrained(model)
        a.iterations, a.sft_steps, a.dpo_steps, a.grpo_steps, a.max_new_tokens, a.limit = 1, 2, 2, 2, 16, 2
        a.grpo_eval_every, a.grpo_eval_problems = 1, 2
    results = {}
    for name in names:
        results[name] = run_protocol(name, a, model)
    # every protocol that has a table, not only those run now: `--protocols scratch` must not drop edit's
    tables = []
    for name in PROTOCOLS:
        path = os.path.join(a.out, name, "table.md")
        if os.path.exists(path):
            with open(path) as f:
                tables.append(f"## {name} protocol\n\n{f.read()}")
    with open(os.path.join(a.out, "table.md"), "w") as f:
        f.write("\n".join(tables))
    print(f"\nwrote {a.out}/table.md and, per protocol, table.md, curves.png, training.png")
    return results


if __name__ == "__main__":
    main()
