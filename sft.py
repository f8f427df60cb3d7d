"""sft.py -- supervised fine-tuning on the most efficient human solutions (the paper's SFT baseline).

    python sft.py                                   # embedded model + benchmark, 60 steps (times measured: README)
    python sft.py --model Qwen/Qwen2.5-Coder-1.5B-Instruct --steps 400      # on a GPU, 4-bit + LoRA

Data: for every training problem and every instruction (time / memory / integral), two kinds of example:
  * from scratch (the paper's SFT baseline): the `top_k` passing human solutions with the lowest measured cost on
    that metric, as answers to the round-0 prompt ("no original code");
  * cold start (the paper's start for GRPO, `edit_examples` per problem and instruction): the prompt carries an
    original -- a slower or failing human solution with its measured performance, as the loop shows it -- and
    the answer is a faster passing one. Without these the model never sees the task GRPO and the loop pose.
The target is the answer format the loop parses: <thinking>note</thinking><solution>```python code```</solution>,
ending with EOS. Where this differs from the paper (the embedded benchmark has ~7 human solutions a problem where
Venus has up to ~500): the `top_k` (default 2) most efficient passing solutions per problem and metric, where the
paper takes the 24 best; the prompt is the round-0 prompt, as in the paper (problem + starter code + the goal).

Objective (mean negative log-likelihood over completion tokens; prompt tokens are never trained on):

    L_SFT = - (1 / sum_{b,t} m_bt) * sum_{b,t} m_bt * log pi_theta(y_bt | x_b, y_b,<t)

What is simplified, and why: LoRA instead of full fine-tuning (a 1.5B model's optimiser state would not fit a
12 GB card); no sequence packing (prompts differ per example; on a CPU each sequence runs alone instead, with
no padding at all: batch_loss); the token mean is taken per micro-batch (one fewer pass over the data than a
global token count would need).
"""
import difflib
import os
import random
from dataclasses import dataclass

import torch
from tqdm import tqdm

import afterburner
import data
import training as T
from model import answer_logps, chat, completion_mask
from training import arg


@dataclass
class Args(T.TrainArgs):
    """sft.py's own options and defaults; the shared ones (model, steps, lr, LoRA, checkpoints, resume) are
    declared in training.TrainArgs. `python sft.py --help` lists them all."""
    out: str = arg("runs/sft", "output folder: adapter/, checkpoint/, metrics.jsonl")
    batch_size: int = arg(4, "examples per micro-batch", at_least=1)
    grad_accum: int = arg(2, "micro-batches per optimiser step", at_least=1)
    lr: float = arg(2e-4, "peak learning rate (LoRA)")
    top_k: int = arg(2, "most efficient human solutions per problem and instruction (from-scratch examples)",
                     at_least=1)
    edit_examples: int = arg(2, "cold-start examples per problem and instruction: a slower or failing human "
                                "solution as the original, a faster passing one as the answer (0: from scratch only)",
                             at_least=0)
    edit_targets: str = arg("any", "cold-start answer: any passing faster solution (any: often a rewrite) or "
                                   "the one most like the original (nearest: an edit)",
                            choices=("nearest", "any"))
    max_completion_tokens: int = arg(512, "longer targets are cut", at_least=2)
    log_every: int = arg(1, "steps between metric lines", at_least=1)
    eval_every: int = arg(20, "steps between held-out loss evaluations (and one after the last step)", at_least=1)


HELD_OUT_PROBLEMS = 6  # the first test problems; their examples (up to 16) give the held-out loss


# ----------------------------------------------------------------------------------------------------------
# The data: measured human solutions as answers
# ----------------------------------------------------------------------------------------------------------
def sft_examples(problems, instructions=("time", "memory", "integral"), top_k=2):
    """For each problem and instruction, the `top_k` most efficient passing human solutions as targets."""
    out = []
    for p in problems:
        for ins in instructions:
            metric = afterburner.METRIC[ins]
            for s in sorted(data.passing_solutions(p, metric), key=lambda s: s[metric])[:top_k]:
                out.append({"problem_id": p["problem_id"], "instruction": ins,
                            "prompt": afterburner.optimization_prompt(p, ins),
                            "completion": afterburner.format_answer(s["code"], s.get("note"))})
    return out


def nearest_targets(pairs):
    """Of the (original, better) pairs, for each original only the better solution whose code is most like it
    (difflib's similarity ratio over characters; the first on a tie). On the patterns tier's training split the
    median similarity of original and target is 0.78 this way and 0.66 over all pairs: a target that keeps what the
    original got right and changes what made it slow (or wrong) is an edit, not a rewrite from scratch.
    autojunk=False: difflib's default ignores every character that makes up over 1% of a text of 200 or more
    (spaces, newlines, most letters), which scores two near-identical functions 0.72 instead of 0.96."""
    best = {}
    for original, better in pairs:
        ratio = difflib.SequenceMatcher(None, original["code"], better["code"], autojunk=False).ratio()
        if id(original) not in best or ratio > best[id(original)][0]:
            best[id(original)] = (ratio, original, better)
    return [(original, better) for _, original, better in best.values()]


def edit_examples(problems, instructions=("time", "memory", "integral"), per_problem=2, min_gap=1.5, seed=0,
                  targets="any"):
    """The paper's cold start, from human pairs (afterburner.improvement_pairs): the prompt carries an original (a
    slower or failing human solution) with its measured performance, exactly as the loop and GRPO show it; the
    target is a faster passing solution in the answer format, its note as the thinking. Teaches the edit-mode task.
    targets: "any" (every better solution is a candidate target, as in the paper) or "nearest" (each original's
    most similar better solution: nearest_targets; measured in the README, it adds copies, not speed-ups)."""
    if targets not in ("nearest", "any"):
        raise ValueError(f"targets must be 'nearest' or 'any', not {targets!r}")
    rng, out = random.Random(seed), []
    for p in problems:
        for ins in instructions:
            pairs = afterburner.improvement_pairs(p, afterburner.METRIC[ins], min_gap)
            pairs = nearest_targets(pairs) if targets == "nearest" else pairs
            for original, target in rng.sample(pairs, min(per_problem, len(pairs))):
                out.append({"problem_id": p["problem_id"], "instruction": ins,
                            "prompt": afterburner.optimization_prompt(p, ins, afterburner.measured_original(original)),
                            "completion": afterburner.format_answer(target["code"], target.get("note"))})
    return out


def tokenize(tok, examples, max_completion_tokens):
    """Each example -> (prompt ids, completion ids + EOS), the completion cut to max_completion_tokens."""
    out = []
    for e in examples:
        p = tok(chat(tok, e["prompt"]), add_special_tokens=False)["input_ids"]
        c = tok(e["completion"], add_special_tokens=False)["input_ids"][:max_completion_tokens - 1]
        out.append((p, c + [tok.eos_token_id]))
    return out


# ----------------------------------------------------------------------------------------------------------
# The objective
# ----------------------------------------------------------------------------------------------------------
def sft_loss(token_logps, mask):
    """L = - sum(m * log p) / sum(m): the mean negative log-likelihood of the completion tokens.
    token_logps, mask: (B, C); mask is 1 on completion tokens (EOS included), 0 on padding."""
    return -(token_logps * mask).sum() / mask.sum().clamp(min=1.0)


def batch_loss(model, tok, items):
    """L_SFT of one micro-batch of (prompt ids, completion ids) and its number of completion tokens."""
    completions = [c for _, c in items]
    logps = answer_logps(model, [p for p, _ in items], completions, tok.pad_token_id)    # (B, C)
    mask = completion_mask(completions, logps.device)                                    # (B, C)
    return sft_loss(logps, mask), mask.sum()


# ----------------------------------------------------------------------------------------------------------
# The loop
# ----------------------------------------------------------------------------------------------------------
@torch.no_grad()
def held_out_loss(model, tok, items, batch_size):
    model.eval()
    total, tokens = 0.0, 0.0
    for i in tqdm(range(0, len(items), batch_size), desc="held-out loss", leave=False):
        loss, n = batch_loss(model, tok, items[i:i + batch_size])
        total, tokens = total + float(loss) * float(n), tokens + float(n)
    model.train()
    return total / max(tokens, 1.0)


def main(args):
    T.prepare_out(args)
    T.seed_everything(args.seed)
    problems, test_problems = T.training_problems(args, n_held_out=HELD_OUT_PROBLEMS)
    examples = sft_examples(problems, top_k=args.top_k) + edit_examples(
        problems, per_problem=args.edit_examples, seed=args.seed, targets=args.edit_targets)
    if not examples:
        raise SystemExit(f"error: no SFT examples: no training problem of {args.dataset} has a human solution that "
                         "passes in this machine's sandbox")
    print(f"sft: model {args.model}, {len(examples)} examples from {len(problems)} training problems")
    return train(args, examples, test_problems)


def train(args, examples, test_problems, model=None, tok=None):
    """Minimise L_SFT on `examples` ({prompt, completion}) for args.steps steps, from args' model (or the `model`
    and `tok` given: cold_start.py samples its examples from the policy before training it). The held-out loss is
    on the most efficient human solution of the first test problems."""
    if model is None:
        model, tok = T.load_policy(args)
    items = tokenize(tok, examples, args.max_completion_tokens)
    held_out_items = tokenize(tok, sft_examples(test_problems, top_k=1), args.max_completion_tokens)[:16]
    opt, sched = T.make_optimizer(model, args.lr, args.weight_decay, args.warmup_steps, args.steps)
    start = T.load_checkpoint(args.out, model, opt, sched) if args.resume else 0
    log = T.MetricsLog(os.path.join(args.out, "metrics.jsonl"), resume=args.resume)
    model.train()
    bar = tqdm(range(start, args.steps), initial=start, total=args.steps, desc="sft")
    for step in bar:
        tokens, loss_sum = 0.0, 0.0
        for idx in T.micro_batches(len(items), args.batch_size, args.seed, step, args.grad_accum):
            loss, n = batch_loss(model, tok, [items[i] for i in idx])
            (loss / args.grad_accum).backward()
            loss_sum, tokens = loss_sum + loss.item() / args.grad_accum, tokens + float(n)
        grad_norm = T.optimizer_step(model, opt, sched, args.max_grad_norm)
        bar.set_postfix(loss=f"{loss_sum:.3f}")
        if (step + 1) % args.log_every == 0 or step + 1 == args.steps:
            log.write(step + 1, loss=loss_sum, grad_norm=grad_norm, lr=sched.get_last_lr()[0], tokens=tokens)
        T.checkpoint_if_due(args, model, opt, sched, step)
        if T.due(args.eval_every, step, args.steps):
            log.write(step + 1, held_out_loss=held_out_loss(model, tok, held_out_items, args.batch_size))
    # the final held-out check, after the last step's metrics and checkpoint are safe
    log.write(args.steps, held_out_loss=held_out_loss(model, tok, held_out_items, args.batch_size))
    return T.finish(args, model, tok, log)


if __name__ == "__main__":
    T.main(main, Args, __doc__)
