"""cold_start.py -- GRPO's starting point: the answer format, learned from the model's own best answers.

    python cold_start.py --dataset patterns --start slowest          # edit mode: GRPO's own prompts
    python grpo.py --init-adapter runs/cold-start/adapter ...        # then GRPO from it

The paper starts GRPO from an SFT "cold start" on reasoning traces written by a larger model: it teaches the
answer format (<thinking>...</thinking><solution>```python ...```</solution>) and how to think, in the model's
reach. Offline we have no larger model. SFT on other people's faster solutions (sft.py, the paper's SFT baseline)
teaches the format too, but it also teaches a 0.5B model to rewrite more often than it can rewrite correctly:
after it, 31% of its edit-mode answers pass where the base model's 86% do (docs/results.md). So this cold start
is rejection sampling on the model's own answers (RFT; STaR, Zelikman et al. 2022):

  1. every training problem gets GRPO's prompt (edit mode: its slowest passing human solution, the time
     instruction; scratch: no original);
  2. the base model answers each prompt `samples` times at `temperature`;
  3. the sandbox runs every answer; the cheapest passing one on time becomes the prompt's target, wrapped in the
     answer format (afterburner.format_answer, its default note as the thinking). A copy of the original is a
     target where the model found nothing faster (--targets rewrites leaves copies out); a prompt with no
     passing answer gets none;
  4. SFT on those targets (sft.train), nothing else.

The model learns the format on its own distribution, so it keeps what it could already do: its copies where it
could do no better, its own correct speed-ups where it found one -- the ones GRPO can then make more likely.
Measured at 0.5B with the default targets (docs/results.md): 100% in the format and 97% passing, but the greedy
answer copies the code 95% of the time, more than the 37% of copies among its targets.
What is simplified: no reasoning in the thinking block (the model wrote none; the note is the same for every
target), and one target per prompt. The answers drawn are saved (draws.jsonl) and reused by a rerun with the
same drawing settings.
"""
import json
import os
from dataclasses import dataclass

import afterburner
import grpo
import sft
import training as T
from model import generate
from training import arg


@dataclass
class Args(T.TrainArgs):
    """cold_start.py's options; the shared ones (model, steps, lr, LoRA, checkpoints, resume) are declared in
    training.TrainArgs. `python cold_start.py --help` lists them all."""
    out: str = arg("runs/cold-start", "output folder: draws.jsonl, examples.jsonl, adapter/, checkpoint/, "
                                      "metrics.jsonl")
    start: str = arg("slowest", "the prompts: slowest (edit mode: each problem's slowest passing human solution, "
                                "the time instruction, as grpo.py --originals slowest) or scratch (no original)",
                     choices=("slowest", "scratch"))
    samples: int = arg(4, "answers drawn per prompt; the cheapest passing one becomes its target", at_least=1)
    targets: str = arg("cheapest", "cheapest (the cheapest passing answer, a copy of the original included) or "
                                   "rewrites (copies left out: the model's own correct rewrites alone)",
                       choices=("cheapest", "rewrites"))
    temperature: float = arg(0.7, "sampling temperature of those answers (0: greedy, one distinct answer)",
                             at_least=0.0)
    max_new_tokens: int = arg(256, "answer length limit when drawing", at_least=1)
    generate_batch: int = arg(40, "sequences per generate() call when drawing", at_least=1)
    steps: int = arg(16, "optimiser steps of SFT on the targets")
    lr: float = arg(5e-4, "peak learning rate (LoRA)")
    batch_size: int = arg(4, "examples per micro-batch", at_least=1)
    grad_accum: int = arg(2, "micro-batches per optimiser step", at_least=1)
    max_completion_tokens: int = arg(512, "longer targets are cut", at_least=2)
    log_every: int = arg(1, "steps between metric lines", at_least=1)
    eval_every: int = arg(8, "steps between held-out loss evaluations (and one after the last step)", at_least=1)


def prompts_for(problems, start):
    """GRPO's prompts ({problem_id, instruction, original, prompt}), one per problem, time instruction."""
    if start == "slowest":
        return grpo.grpo_prompts(problems, ("time",), originals="slowest")
    return [{"problem_id": p["problem_id"], "instruction": "time", "original": None,
             "prompt": afterburner.optimization_prompt(p, "time")} for p in problems]


def best_answers(prompts, answers, results, targets="cheapest"):
    """For each prompt, of its answers (a list per prompt) and their sandbox results, the cheapest passing one on
    time as an SFT example {problem_id, prompt, completion, time_ms, copy}; prompts with none passing are left
    out. `copy`: the answer's code is the original's. targets="rewrites" leaves copies out (a prompt whose only
    passing answers are copies gets no example): the model's own correct rewrites alone."""
    out = []
    for b, drawn, ran in zip(prompts, answers, results):
        shown = ((b["original"] or {}).get("code") or "").strip()
        passing = [(r["time_ms"], code) for code, r in ((afterburner.extract_code(a), r) for a, r in zip(drawn, ran))
                   if r["passed"] and not (targets == "rewrites" and code.strip() == shown)]
        if not passing:
            continue
        time_ms, code = min(passing, key=lambda x: x[0])
        out.append({"problem_id": b["problem_id"], "prompt": b["prompt"],
                    "completion": afterburner.format_answer(code), "time_ms": time_ms,
                    "copy": bool(shown) and code.strip() == shown})
    return out


def draw_answers(model, tok, prompts, problems_by_id, args):
    """`samples` answers to every prompt from the model, and their sandbox results: two lists, one list a prompt."""
    rollouts = generate(model, tok, [b["prompt"] for b in prompts], n=args.samples, temperature=args.temperature,
                        max_new_tokens=args.max_new_tokens, batch_size=args.generate_batch)
    texts = [x.text for x in rollouts]
    per_answer = [problems_by_id[b["problem_id"]] for b in prompts for _ in range(args.samples)]
    results = afterburner.run_codes([afterburner.extract_code(a) for a in texts], per_answer)
    k = args.samples
    return ([texts[i * k:(i + 1) * k] for i in range(len(prompts))],
            [results[i * k:(i + 1) * k] for i in range(len(prompts))])


def main(args):
    T.prepare_out(args)
    T.seed_everything(args.seed)
    problems, test_problems = T.training_problems(args, n_held_out=sft.HELD_OUT_PROBLEMS)
    model, tok = T.load_policy(args)   # a fresh adapter (B = 0) answers as the base model does
    draws, drawn_with = os.path.join(args.out, "draws.jsonl"), os.path.join(args.out, "draw.json")
    # drawing is most of the time: an earlier draw with the same settings is reused, so an interrupted run started
    # again (--resume, or --overwrite before its first checkpoint), or one with other --targets, does not draw again
    settings = {k: getattr(args, k) for k in ("model", "dataset", "limit_problems", "start", "samples",
                                              "temperature", "max_new_tokens", "seed")}
    if os.path.exists(draws) and os.path.exists(drawn_with) and json.load(open(drawn_with)) == settings:
        with open(draws) as f:
            rows = [json.loads(line) for line in f]
        print(f"cold start: reusing the answers drawn before ({draws})")
    else:
        prompts = prompts_for(problems, args.start)
        answers, results = draw_answers(model, tok, prompts, {p["problem_id"]: p for p in problems}, args)
        rows = []   # per prompt: what best_answers reads -- the prompt, the code it shows, the answers, their results
        for b, drawn, ran in zip(prompts, answers, results):
            shown = {"code": b["original"]["code"]} if b["original"] else None
            rows.append({"problem_id": b["problem_id"], "prompt": b["prompt"], "original": shown, "answers": drawn,
                         "results": [{"passed": r["passed"], "time_ms": r["time_ms"]} for r in ran]})
        os.makedirs(args.out, exist_ok=True)
        with open(draws, "w") as f:
            f.writelines(json.dumps(row) + "\n" for row in rows)
        with open(drawn_with, "w") as f:
            json.dump(settings, f)
    examples = best_answers(rows, [r["answers"] for r in rows], [r["results"] for r in rows], args.targets)
    passed = sum(x["passed"] for r in rows for x in r["results"])
    print(f"cold start: {passed} of {sum(len(r['results']) for r in rows)} answers passed; targets ({args.targets}) "
          f"for {len(examples)} of {len(rows)} prompts, {sum(e['copy'] for e in examples)} of them copies")
    with open(os.path.join(args.out, "examples.jsonl"), "w") as f:   # what SFT trains on, for the reader
        f.writelines(json.dumps(e) + "\n" for e in examples)
    if not examples:
        raise SystemExit(f"error: no cold-start examples: none of the model's {args.samples} answers to any training "
                         f"prompt passed. Draw more (--samples) or start from sft.py's human solutions instead")
    return sft.train(args, examples, test_problems, model, tok)


if __name__ == "__main__":
    T.main(main, Args, __doc__)
