"""reproduce.py -- the paper's comparison at small scale: base -> SFT -> DPO (from SFT) -> GRPO (from SFT),
each evaluated with the iterative loop for iterations 0..N, plus GRPO's two ablations, in two protocols.

    python reproduce.py                       # both protocols, the embedded model on a CPU (recorded runs: README)
    python reproduce.py --protocols edit      # only the edit-mode comparison on the patterns tier
    python reproduce.py --smoke               # every stage with tiny sizes and a tiny random model (CI runs it)

The two protocols:
  edit     the patterns tier (data/patterns/): every evaluation starts from the slowest passing human solution
           (eval.py --start slowest) and each round asks for a faster version; SFT is the paper's cold start
           (edit-mode examples beside the from-scratch ones) and GRPO drops zero-spread groups (DAPO's dynamic
           sampling). The setting where a small model's answers pass, GRPO's rewards differ within a group, and
           code can get measurably faster -- the mechanism made visible on a CPU.
  scratch  the standard tier (data/embedded/), round 0 written from scratch: the paper's own protocol, the one
           its headline numbers use. Out of SmolLM2-135M's reach (every figure 0.0: docs/results.md), kept
           beside the edit protocol so the two can be compared.

Writes runs/reproduce/<protocol>/ (relative to the current directory; --out): one folder per stage (adapters,
metrics.jsonl, evaluations), table.md (Pass@1, Time%, Memory%, Integral% per iteration per method, the paper's
layout, and what the answers were), curves.png and training.png (SFT loss, DPO margin, GRPO reward / pass rate /
%Opt of the samples / zero-spread groups); runs/reproduce/table.md holds both protocols' tables. Every stage
is skipped when its output exists, so an interrupted reproduction continues where it stopped.
"""
import json
import os
from collections import Counter

import afterburner
import cli
import data
import dpo
import eval as evaluation
import grpo
import sft
import training as T
from model import tiny_model


def stage_args(cls, argv):
    return T.parse_args(cls, [str(a) for a in argv])


def train(name, module, out, argv):
    adapter = os.path.join(out, name, "adapter")
    if os.path.exists(os.path.join(adapter, "adapter_config.json")):
        print(f"[reproduce] {name}: done already ({adapter})")
        return adapter
    print(f"\n[reproduce] training {name}")
    # this stage's folder is reproduce's own: continue from its checkpoint, or start it again (a run interrupted
    # before its first checkpoint left only metrics behind)
    again = ["--resume"] if T.has_checkpoint(os.path.join(out, name)) else ["--overwrite"]
    module.main(stage_args(module.Args, argv + ["--out", os.path.join(out, name)] + again))
    return adapter


def eval_folder(out, label):
    return os.path.join(out, "eval-" + label.replace(" ", "-").replace("(", "").replace(")", ""))


def evaluate(label, out, argv):
    folder = eval_folder(out, label)
    path = os.path.join(folder, "results.json")
    if os.path.exists(path):
        with open(path) as f:
            return json.load(f)["metrics"]
    print(f"\n[reproduce] evaluating {label}")
    return evaluation.run(evaluation.parser().parse_args([str(a) for a in argv] + ["--out", folder, "--label", label]))


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


def training_plot(out, path):
    """The signals that explain the table: SFT loss, DPO reward margin, GRPO reward, pass rate, %Opt of the samples
    and the share of zero-spread groups."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    read = lambda stage: [json.loads(line) for line in open(os.path.join(out, stage, "metrics.jsonl"))]
    panels = [("sft", "loss", "SFT loss"), ("dpo", "margin", "DPO reward margin"), ("grpo", "reward", "GRPO reward"),
              ("grpo", "pass_rate", "GRPO pass rate of samples"),
              ("grpo", "opt_rate", "GRPO %Opt of samples (>= 1.2x cheaper)"),
              ("grpo", "zero_spread_groups", "GRPO groups with equal rewards")]
    fig, axes = plt.subplots(1, len(panels), figsize=(24, 3.4))
    for ax, (stage, key, title) in zip(axes, panels):
        rows = [r for r in read(stage) if key in r]
        ax.plot([r["step"] for r in rows], [r[key] for r in rows], marker=".")
        ax.set_title(title, fontsize=9)
        ax.set_xlabel("step")
        ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


PROTOCOLS = {
    # name: the tier, how round 0 starts, and what the protocol adds to the SFT and GRPO stages
    # GRPO: G = 8 (one micro-batch a group, so its prompt runs once): from the SFT cold start, 12 prompts sampled
    # at temperature 1 gave zero-spread groups 0.46 at G = 4 and 0.17 at G = 8 (README)
    "edit": {"dataset": "patterns", "start": "slowest",
             "grpo": ["--dynamic-sampling", "--max-draws", 2, "--group-size", 8, "--micro-batch", 8],
             # the cold-start SFT measured best (88-96% of answers in the format across runs: README): one
             # target per problem, a higher lr
             "sft": ["--lr", 1e-3, "--top-k", 1]},
    "scratch": {"dataset": "embedded", "start": "scratch", "grpo": [], "sft": []},
}


def run_protocol(name, a, model):
    """base -> SFT -> DPO -> GRPO and the six evaluations of one protocol, under a.out/name."""
    cfg, out = PROTOCOLS[name], os.path.join(a.out, name)
    print(f"\n[reproduce] protocol {name}: {cfg['dataset']} tier, round 0 = {cfg['start']}")
    # (each trainer and evaluation measures the human solutions it needs on first use: data.ensure_profiled)
    small = ["--max-completion-tokens", 64] if a.smoke else []
    common = ["--model", model, "--dataset", cfg["dataset"]]
    limit = ["--limit-problems", 3] if a.smoke else []
    sft_adapter = train("sft", sft, out, common + limit + ["--steps", a.sft_steps] + cfg["sft"] + small)
    dpo_adapter = train("dpo", dpo, out, common + limit + ["--steps", a.dpo_steps, "--init-adapter", sft_adapter]
                        + small)
    grpo_adapter = train("grpo", grpo, out, common + limit + ["--steps", a.grpo_steps, "--init-adapter", sft_adapter,
                                                      "--max-new-tokens", a.max_new_tokens] + cfg["grpo"] +
                         (["--eval-every", 0, "--group-size", 2] if a.smoke else []))
    ev = common + ["--iterations", a.iterations, "--max-new-tokens", a.max_new_tokens, "--limit", a.limit,
                   "--start", cfg["start"]]
    curves = {
        "base": evaluate("base", out, ev),
        "SFT": evaluate("SFT", out, ev + ["--adapter", sft_adapter]),
        "DPO": evaluate("DPO", out, ev + ["--adapter", dpo_adapter]),
        "GRPO": evaluate("GRPO", out, ev + ["--adapter", grpo_adapter]),
    }
    ablations = {
        "GRPO (no feedback)": evaluate("GRPO (no feedback)", out, ev + ["--adapter", grpo_adapter,
                                                                        "--ablation", "no-feedback"]),
        "GRPO (no original)": evaluate("GRPO (no original)", out, ev + ["--adapter", grpo_adapter,
                                                                        "--ablation", "no-original"]),
    }
    table = evaluation.markdown_table({**curves, **ablations}) + "\n\n" + anatomy(out, [*curves, *ablations])
    with open(os.path.join(out, "table.md"), "w") as f:
        f.write(table + "\n")
    title = f"{name} protocol: {cfg['dataset']} tier, round 0 = {cfg['start']}"
    evaluation.plot({**curves, **ablations}, os.path.join(out, "curves.png"), title)
    training_plot(out, os.path.join(out, "training.png"))
    print(table)
    return curves, ablations, table


def main(argv=None):
    ap = cli.Parser(description=cli.summary(__doc__))
    ap.add_argument("--model", default="auto", help="base model (auto: CUDA -> Qwen 1.5B 4-bit, CPU -> embedded)")
    ap.add_argument("--out", default=os.path.join("runs", "reproduce"),
                    help="output folder, relative to the current directory")
    ap.add_argument("--iterations", type=cli.at_least(0), default=4, help="evaluation rounds after round 0")
    ap.add_argument("--sft-steps", type=cli.at_least(1), default=24, help="SFT optimiser steps")
    ap.add_argument("--dpo-steps", type=cli.at_least(1), default=10, help="DPO optimiser steps (from the SFT adapter)")
    ap.add_argument("--grpo-steps", type=cli.at_least(1), default=8, help="GRPO steps (from the SFT adapter)")
    ap.add_argument("--max-new-tokens", type=cli.at_least(1), default=256, help="answer length in GRPO and evaluation")
    ap.add_argument("--limit", type=cli.at_least(0), default=0, help="evaluate only the first N test problems (0 = all)")
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
    results, tables = {}, []
    for name in names:
        curves, ablations, table = run_protocol(name, a, model)
        results[name] = (curves, ablations)
        tables.append(f"## {name} protocol\n\n{table}\n")
    with open(os.path.join(a.out, "table.md"), "w") as f:
        f.write("\n".join(tables))
    print(f"\nwrote {a.out}/table.md and, per protocol, table.md, curves.png, training.png")
    return results


if __name__ == "__main__":
    main()
