"""dpo.py -- direct preference optimisation on pairs of human solutions (the paper's DPO baseline).

    python dpo.py --init-adapter runs/sft/adapter       # the paper runs DPO on top of the SFT model
    python dpo.py                                        # or from the base model

Data: for each training problem and instruction, pairs of passing human solutions whose measured cost on the
instructed metric differs by at least `min_gap` times and by more than the noise (afterburner.cheaper, the rule
keep-best and the reward use); the cheaper one is chosen. The paper draws 48 random pairs from problems with >= 48
passing solutions and sets no minimum gap, so timing noise decides some of its pairs. Edit-mode pairs
(`edit_pairs_per_problem`) carry an original in the prompt, as the loop does: chosen = a passing rewrite cheaper
than it by >= min_gap (any passing one when the original fails), rejected = the original handed back or a failing
solution.

Objective (Rafailov et al. 2023, eq. 7), on log-probabilities summed over each answer's tokens:

    r(y) = beta * (log pi_theta(y | x) - log pi_ref(y | x))              implicit reward
    L_DPO = - log sigmoid( r(y_chosen) - r(y_rejected) )

The reference pi_ref is the policy *at the start of this run*, computed once before the first update: with
--init-adapter that is the SFT model, as it must be. (Disabling the LoRA adapter would give the bare base model
instead: a known trap when DPO follows a LoRA SFT stage.)

Logged: loss, reward margin r(chosen) - r(rejected), reward accuracy (share of pairs with a positive margin),
and every `eval_every` steps the same two on held-out pairs from the test split.
What is simplified, and why: LoRA only (fits a 12 GB card);
the sigmoid loss only (the paper's and Mercury's choice); no label smoothing (the pairs are measured, not
human-labelled, so there is no label noise to smooth: pairs closer than min_gap are dropped instead).
"""
import os
import random
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from tqdm import tqdm

import afterburner
import data
import training as T
from model import answer_logps, chat, completion_mask
from training import arg


@dataclass
class Args(T.TrainArgs):
    """dpo.py's own options and defaults; the shared ones (model, steps, lr, LoRA, checkpoints, resume) are
    declared in training.TrainArgs. `python dpo.py --help` lists them all."""
    out: str = arg("runs/dpo", "output folder: adapter/, checkpoint/, metrics.jsonl")
    init_adapter: str = arg("", "start from this adapter (e.g. runs/sft/adapter); it is also the reference")
    batch_size: int = arg(2, "pairs per micro-batch", at_least=1)
    grad_accum: int = arg(4, "micro-batches per optimiser step", at_least=1)
    lr: float = arg(5e-5, "peak learning rate (LoRA)")
    beta: float = arg(0.1, "DPO temperature: how far the policy may move from the reference", more_than=0)
    min_gap: float = arg(1.5, "a pair's costs must differ by at least this factor", at_least=1)
    pairs_per_problem: int = arg(4, "pairs per problem and instruction (from-scratch prompts)", at_least=1)
    edit_pairs_per_problem: int = arg(2, "edit-mode pairs per problem and instruction: the prompt carries a slower or "
                                         "failing original; chosen = a faster rewrite, rejected = the original or a "
                                         "failing one", at_least=0)
    max_completion_tokens: int = arg(512, "longer answers are cut", at_least=2)
    log_every: int = arg(1, "steps between metric lines", at_least=1)
    eval_every: int = arg(20, "steps between held-out evaluations (reward accuracy on test-split pairs; and one "
                              "after the last step)", at_least=1)


HELD_OUT_PROBLEMS = 8  # the first test problems; their pairs (up to 16) give the held-out margin and accuracy


# ----------------------------------------------------------------------------------------------------------
# The data: pairs of measured human solutions
# ----------------------------------------------------------------------------------------------------------
def dpo_pairs(problems, instructions=("time", "memory", "integral"), pairs_per_problem=4, min_gap=1.5, seed=0):
    """Pairs of passing human solutions; chosen = the cheaper on the instructed metric, by >= min_gap times AND by
    more than the noise (afterburner.cheaper): a pair that the sandbox's noise could turn round teaches nothing."""
    rng, out = random.Random(seed), []
    for p in problems:
        for ins in instructions:
            metric = afterburner.METRIC[ins]
            sols = data.passing_solutions(p, metric)
            pairs = [(a, b) for a in sols for b in sols if a is not b
                     and b[metric] >= min_gap * max(a[metric], 1e-6) and afterburner.cheaper(a, b, metric)]
            for a, b in rng.sample(pairs, min(pairs_per_problem, len(pairs))):
                out.append({"problem_id": p["problem_id"], "instruction": ins,
                            "prompt": afterburner.optimization_prompt(p, ins),
                            "chosen": afterburner.format_answer(a["code"], a.get("note")),
                            "rejected": afterburner.format_answer(b["code"], b.get("note"))})
    return out


def edit_dpo_pairs(problems, instructions=("time", "memory", "integral"), pairs_per_problem=2, min_gap=1.5, seed=0):
    """DPO pairs in edit mode (afterburner.improvement_pairs): the prompt carries an original (slower or failing);
    chosen = a passing rewrite cheaper than it by >= min_gap (any passing one when the original fails); rejected =
    the original handed back unchanged, or a solution that fails."""
    rng, out = random.Random(seed), []
    for p in problems:
        broken = [s for s in p["solutions"] if s.get("passed") is False]
        for ins in instructions:
            pairs = afterburner.improvement_pairs(p, afterburner.METRIC[ins], min_gap)
            for original, chosen in rng.sample(pairs, min(pairs_per_problem, len(pairs))):
                rejected = rng.choice([original] + broken)
                out.append({"problem_id": p["problem_id"], "instruction": ins,
                            "prompt": afterburner.optimization_prompt(p, ins, afterburner.measured_original(original)),
                            "chosen": afterburner.format_answer(chosen["code"], chosen.get("note")),
                            "rejected": afterburner.format_answer(rejected["code"], rejected.get("note"))})
    return out


def tokenize(tok, pairs, max_completion_tokens):
    """Each pair -> (prompt ids, chosen ids + EOS, rejected ids + EOS)."""
    cut = lambda text: tok(text, add_special_tokens=False)["input_ids"][:max_completion_tokens - 1] + [tok.eos_token_id]
    return [(tok(chat(tok, p["prompt"]), add_special_tokens=False)["input_ids"], cut(p["chosen"]),
             cut(p["rejected"])) for p in pairs]


# ----------------------------------------------------------------------------------------------------------
# The objective
# ----------------------------------------------------------------------------------------------------------
def dpo_loss(policy_chosen_logps, policy_rejected_logps, ref_chosen_logps, ref_rejected_logps, beta):
    """Sigmoid DPO loss on summed sequence log-probs, all (B,). Returns (loss, chosen_rewards, rejected_rewards).

        r_c = beta (log pi(y_c|x) - log pi_ref(y_c|x)),  r_r = beta (log pi(y_r|x) - log pi_ref(y_r|x))
        L = mean_b[ -log sigmoid(r_c - r_r) ]
    """
    chosen_rewards = beta * (policy_chosen_logps - ref_chosen_logps)        # (B,)
    rejected_rewards = beta * (policy_rejected_logps - ref_rejected_logps)  # (B,)
    loss = -F.logsigmoid(chosen_rewards - rejected_rewards).mean()
    return loss, chosen_rewards.detach(), rejected_rewards.detach()


def sequence_logps(model, tok, items):
    """Summed log-probs of chosen and rejected answers: (B,), (B,). Each pair's two answers sit side by side, so
    its prompt runs through the model once for both (model.answer_logps)."""
    answers = [a for _, c, r in items for a in (c, r)]                              # c_1, r_1, c_2, r_2, ...
    logps = answer_logps(model, [p for p, _, _ in items for _ in (0, 1)], answers, tok.pad_token_id)   # (2B, C)
    sums = (logps * completion_mask(answers, logps.device)).sum(-1)                 # (2B,)
    return sums[0::2], sums[1::2]


# ----------------------------------------------------------------------------------------------------------
# The loop
# ----------------------------------------------------------------------------------------------------------
@torch.no_grad()
def frozen_reference_logps(model, tok, items, batch_size):
    """log pi_ref for each pair in `items`, computed once, before training (dropout off), with the policy the run
    starts from, then frozen: [(chosen, rejected), ...]."""
    model.eval()
    out = []
    for i in tqdm(range(0, len(items), batch_size), desc="reference log-probs", leave=False):
        c, r = sequence_logps(model, tok, items[i:i + batch_size])
        out += list(zip(c.tolist(), r.tolist()))
    model.train()
    return out


@torch.no_grad()
def held_out_stats(model, tok, items, ref, beta, batch_size):
    """Reward margin and accuracy on pairs the policy never trains on."""
    model.eval()
    margins = []
    for i in tqdm(range(0, len(items), batch_size), desc="held-out pairs", leave=False):
        pc, pr = sequence_logps(model, tok, items[i:i + batch_size])
        rc, rr = (torch.tensor([r[k] for r in ref[i:i + batch_size]], device=pc.device) for k in (0, 1))
        margins += (beta * ((pc - rc) - (pr - rr))).tolist()
    model.train()
    return {"held_out_margin": sum(margins) / len(margins),
            "held_out_accuracy": sum(m > 0 for m in margins) / len(margins)}


def main(args):
    T.prepare_out(args)
    T.seed_everything(args.seed)
    problems, test_problems = T.training_problems(args, n_held_out=HELD_OUT_PROBLEMS)
    pairs = dpo_pairs(problems, pairs_per_problem=args.pairs_per_problem, min_gap=args.min_gap, seed=args.seed) + \
        edit_dpo_pairs(problems, pairs_per_problem=args.edit_pairs_per_problem, min_gap=args.min_gap, seed=args.seed)
    if not pairs:
        raise SystemExit(f"error: no DPO pairs: no training problem of {args.dataset} has two passing human "
                         f"solutions whose costs differ by --min-gap {args.min_gap} times")
    model, tok = T.load_policy(args)
    print(f"dpo: model {args.model}{' + ' + args.init_adapter if args.init_adapter else ''}, {len(pairs)} pairs")
    items = tokenize(tok, pairs, args.max_completion_tokens)
    test_pairs = dpo_pairs(test_problems, pairs_per_problem=1, min_gap=args.min_gap, seed=args.seed)[:16]
    test_items = tokenize(tok, test_pairs, args.max_completion_tokens)
    opt, sched = T.make_optimizer(model, args.lr, args.weight_decay, args.warmup_steps, args.steps)
    # Reference log-probs only for the pairs this run will train on: the data order is a function of (seed, step),
    # so they are known now. A short run on a large pair set then costs minutes, not one forward pass per pair in
    # the dataset. A resume reads those of the first run and adds the pairs a larger --steps reaches: before the
    # checkpoint loads, the model is still the policy the first run started from (--init-adapter, or a fresh
    # LoRA whose B = 0, i.e. the base model), so they come from the same reference.
    ref_path = os.path.join(args.out, "reference_logps.pt")
    used = sorted({i for step in range(args.steps) for idx in T.micro_batches(
        len(items), args.batch_size, args.seed, step, args.grad_accum) for i in idx})
    ref, test_ref = torch.load(ref_path) if args.resume else ({}, None)
    missing = [i for i in used if i not in ref]
    if missing or test_ref is None:
        ref.update(zip(missing, frozen_reference_logps(model, tok, [items[i] for i in missing], args.batch_size)))
        test_ref = frozen_reference_logps(model, tok, test_items, args.batch_size) if test_ref is None else test_ref
        os.makedirs(args.out, exist_ok=True)
        torch.save((ref, test_ref), ref_path)
    start = T.load_checkpoint(args.out, model, opt, sched) if args.resume else 0
    log = T.MetricsLog(os.path.join(args.out, "metrics.jsonl"), resume=args.resume)
    model.train()
    bar = tqdm(range(start, args.steps), initial=start, total=args.steps, desc="dpo")
    for step in bar:
        stats = {"loss": 0.0, "margin": 0.0, "accuracy": 0.0, "chosen_reward": 0.0, "rejected_reward": 0.0}
        for idx in T.micro_batches(len(items), args.batch_size, args.seed, step, args.grad_accum):
            pc, pr = sequence_logps(model, tok, [items[i] for i in idx])
            rc, rr = (torch.tensor([ref[i][k] for i in idx], device=pc.device) for k in (0, 1))
            loss, cr, rj = dpo_loss(pc, pr, rc, rr, args.beta)
            (loss / args.grad_accum).backward()
            for key, value in (("loss", loss.item()), ("margin", float((cr - rj).mean())),
                               ("accuracy", float((cr > rj).float().mean())), ("chosen_reward", float(cr.mean())),
                               ("rejected_reward", float(rj.mean()))):
                stats[key] += value / args.grad_accum
        stats["grad_norm"] = T.optimizer_step(model, opt, sched, args.max_grad_norm)
        stats["lr"] = sched.get_last_lr()[0]
        bar.set_postfix(loss=f"{stats['loss']:.3f}", margin=f"{stats['margin']:.3f}")
        if (step + 1) % args.log_every == 0 or step + 1 == args.steps:
            log.write(step + 1, **stats)
        T.checkpoint_if_due(args, model, opt, sched, step)
        if test_items and T.due(args.eval_every, step, args.steps):
            log.write(step + 1, **held_out_stats(model, tok, test_items, test_ref, args.beta, args.batch_size))
    # the final held-out check, after the last step's metrics and checkpoint are safe
    if test_items:
        log.write(args.steps, **held_out_stats(model, tok, test_items, test_ref, args.beta, args.batch_size))
    return T.finish(args, model, tok, log)


if __name__ == "__main__":
    T.main(main, Args, __doc__)
