"""grpo.py -- GRPO with the Afterburner reward: the model learns to make code faster by trying, in the sandbox.

    python grpo.py                                  # CPU: embedded Qwen2.5-Coder-0.5B on the embedded benchmark
    python grpo.py --init-adapter runs/sft/adapter  # the paper starts GRPO from an SFT "cold start"

One step (the paper's recipe, scaled down; GRPO of Shao et al. 2024, as run by verl in the paper):
  1. take `prompts_per_step` prompts: a training problem, an instruction (time / memory / integral), and a random
     human solution with its measured performance as the "original" to improve (it may be a failing one;
     --originals slowest: the slowest passing one, edit mode's start; none: no code, the scratch protocol's);
  2. sample a group of G answers per prompt (--temperature, 1 in the paper; the update scores the same softmax(z / T));
  3. run every answer's code in the sandbox, all in parallel (with --dynamic-sampling, groups whose rewards are
     all equal are dropped and replaced by new prompts, DAPO-style, at most --max-draws batches a step);
  4. reward each answer against its original (afterburner_reward; --reward keep-best: keep_best_reward, ours),
     normalise rewards within the group
     (group_advantages), and take one clipped policy-gradient step (grpo_loss) on the LoRA weights.

The reward (R_pass is the pass transition original -> new: fail->fail -0.5, pass->pass +0.5, fail->pass +1,
pass->fail -1; the gain is the relative improvement on the instructed metric, b = original, c = new):

    R = 0.2 * R_format + 0.5 * ( R_pass + 0.5 * 1[new passes] * tanh(gain) )
    gain = clip((b - c) / b, -1, 1)   (both pass; 0 when neither is cheaper by more than the noise: the band
                                       keep-best keeps by, afterburner.cheaper)
    gain = 1                          (the original failed and the new code passes)
    gain = 0                          (the new code fails)

The reference code clips each *value* before the gain -- time at 90 while measuring it in milliseconds, so for
almost every problem both values clip to 90 and the time gain is always 0. We clip no value (the relative gain
has no unit); the gain itself is clipped to [-1, 1], as in the paper. See afterburner.afterburner_reward.

Why the loss hovers near zero while the policy learns: with one update per batch the probability ratio is exactly
1, and advantages are normalised to mean zero within each group, so the surrogate's *value* is ~0 (token
weighting breaks the exact zero). Its *gradient* is sum_i A_i * grad log pi(y_i), which is not zero. Watch the
reward, the pass rate and the share of groups whose rewards are all equal (their advantage is 0: no signal); and
too_fast_answers, the passing answers far faster than every human solution of their problem (see too_fast;
samples.jsonl shows a few): a count that rises over a run is the first sign of a hack. And the held-out check
(held_out_*, before the first step, every --eval-every steps and after the last): the evaluation's own loop, greedy,
on test problems the run never trains on, so the one curve that says whether what it learns carries over.

What is simplified, and why: LoRA on one GPU (or CPU) instead of full fine-tuning on 8 (the point is one
consumer card); groups of 4-8 instead of 32 (a group of G costs G generations per prompt, the step's dominant
cost); sampling with HF generate instead of vLLM (no server to run; slower, but one process a reader can step
through); KL off by default and no entropy bonus (both as in the paper).
"""
import json
import os
import random
from dataclasses import dataclass

import torch
from tqdm import tqdm

import afterburner
import cli
import data
import metrics
import training as T
from model import ModelGenerator, answer_logps, completion_mask, device_of, generate, packaged_name, pick_model
from training import arg

@dataclass
class Args(T.TrainArgs):
    """grpo.py's own options and defaults; the shared ones (model, steps, lr, LoRA, checkpoints, resume) are
    declared in training.TrainArgs. `python grpo.py --help` lists them all."""
    out: str = arg("runs/grpo", "output folder: adapter/, checkpoint/, metrics.jsonl, samples.jsonl")
    init_adapter: str = arg("", "start from this adapter (e.g. runs/sft/adapter); it is also the KL reference")
    steps: int = arg(12, "optimiser steps (one generation batch each)")
    prompts_per_step: int = arg(2, "prompts per step", at_least=1)
    group_size: int = arg(4, "G: answers sampled per prompt (a group of one has no spread: its advantage is "
                             "always 0; bench/bench_spread.py measures how many groups of each G are silent)",
                          at_least=2)
    max_new_tokens: int = arg(192, "answer length limit", at_least=1)
    temperature: float = arg(1.0, "sampling temperature (the paper: 1.0)", more_than=0)
    dynamic_sampling: bool = arg(False, "DAPO-style: drop groups whose rewards are all equal (no gradient) and draw "
                                        "more prompts in their place, up to --max-draws batches a step")
    max_draws: int = arg(3, "with --dynamic-sampling: generation batches per step at most (bounds the cost)",
                         at_least=1)
    micro_batch: int = arg(4, "answers per forward/backward (gradient accumulation inside a step)", at_least=1)
    inner_epochs: int = arg(1, "optimiser steps per generation batch (PPO-style: pi_old fixed, so from the "
                               "second the ratio and clipping act; the paper: 1)", at_least=1)
    lr: float = arg(5e-5, "peak learning rate (LoRA)")
    warmup_steps: int = arg(2, "linear warm-up steps")
    loss_type: str = arg("dapo", "grpo (per-answer mean), dr_grpo (sum / (B * max len)), dapo (token mean; paper)",
                         choices=("grpo", "dr_grpo", "dapo"))
    scale: str = arg("group", "advantage scaling: group (the paper), batch, or none (Dr. GRPO)",
                     choices=("group", "batch", "none"))
    epsilon_low: float = arg(0.2, "PPO clip range below 1", at_least=0, below=1)
    epsilon_high: float = arg(0.2, "PPO clip range above 1 (DAPO uses 0.28)", at_least=0)
    beta: float = arg(0.0, "k3 KL penalty to the reference (the paper: 0, off)", at_least=0)
    instructions: str = arg("time,memory,integral", "comma-separated instructions to train on",
                            parse=cli.one_of_each(afterburner.INSTRUCTIONS))
    originals: str = arg("random", "each prompt's original: random (any measured human solution, passing or not: "
                                   "the model learns to fix and to speed up), slowest (the slowest passing one, "
                                   "as edit mode starts: only speed is left to gain) or none (no code shown, as "
                                   "the scratch protocol starts: only passing is left to gain)",
                         choices=("random", "slowest", "none"))
    reward: str = arg("paper", "paper (format + pass transition + tanh gain) or keep-best (ours: format + tanh of "
                               "the gain alone, a copy earns what a failure does; afterburner.keep_best_reward)",
                      choices=tuple(afterburner.REWARDS))
    sandbox_timeout_s: float = arg(5.0, "wall-time limit per answer in the sandbox, in seconds", more_than=0)
    lora_dropout: float = arg(0.0, "LoRA dropout (0: sampling and update see the same policy)")
    eval_every: int = arg(12, "steps between greedy checks on held-out test problems (also one before the first "
                              "step and one after the last; 0 = none)", at_least=0)
    eval_problems: int = arg(6, "held-out problems in that check: a fixed subset spread over the test split",
                             at_least=1)
    train_problems: int = arg(0, "train on only this many training problems, spread over the split (0 = all), and "
                                 "run the held-out check on them too (seen_*): learning apart from transfer",
                              at_least=0)
    only_problems: str = arg("", "train only on the problem ids listed in this file, one a line -- e.g. those the "
                                 "model solved at least once when drawn (reproduce.py writes "
                                 "cold-start/solved.txt): a problem it never solves gives only equal rewards")
    eval_start: str = arg("scratch", "round 0 of that check: scratch (Pass@1 of answers written from scratch) or "
                                     "slowest (edit mode: the share of problems made >= 1.2x faster in one round "
                                     "from the slowest human solution)",
                          choices=("scratch", "slowest"))
    log_samples: int = arg(2, "answers written to samples.jsonl per step", at_least=0)
    save_every: int = arg(4, "steps between checkpoints (an interruption loses at most this many)")

    # The defaults above are the CPU's, the same on every machine (--help too). A GPU affords longer runs, larger
    # groups and answers: on CUDA, the options not given on the command line take these values instead
    # (training.parse_args applies them and prints which).
    CUDA_OVERRIDES = {"steps": 200, "prompts_per_step": 4, "group_size": 8, "max_new_tokens": 512, "lr": 2e-5,
                      "gradient_checkpointing": True, "eval_every": 25}


# ----------------------------------------------------------------------------------------------------------
# The data: prompts around a measured human original (the answers are sampled in the training loop)
# ----------------------------------------------------------------------------------------------------------
# originals="none": the prompt shows no code, and the reward scores the answer against this "no code", which
# fails: a passing answer is fail->pass (R_pass +1, gain 1), a failing one fail->fail (-0.5), whichever reward.
NO_CODE = {"code": None, "passed": False, "status": "no code", "error": "", "time_ms": None, "memory_kb": None,
           "integral_kb_ms": None}


def grpo_prompts(problems, instructions=("time", "memory", "integral"), seed=0, feedback=True, originals="random"):
    """One prompt per problem and instruction, around a measured human solution: with originals="random" any of
    them, at random (it may fail: then the model must fix it); with "slowest", the slowest passing one (edit
    mode's round 0, eval.py --start slowest); with "none", no code (the scratch protocol's round 0, eval.py
    --start scratch; NO_CODE). The original's measurements travel along: the reward compares against them. The
    prompt is built by afterburner.optimization_prompt exactly as the loop builds it for the same original (same
    feedback, no failing test quoted), so that what GRPO trains on is what eval.py asks."""
    rng, out = random.Random(seed), []
    for p in problems:
        measured = [s for s in p["solutions"] if s.get("time_ms") is not None]
        if originals == "slowest":  # edit mode's round 0, as afterburner.start_codes picks it
            slowest = afterburner.slowest_passing(p)
            measured = [slowest] if slowest else []
        for ins in instructions:
            if originals == "none":  # the loop's round-0 prompt: optimization_prompt(problem, ins, None)
                out.append({"problem_id": p["problem_id"], "instruction": ins, "original": NO_CODE,
                            "prompt": afterburner.optimization_prompt(p, ins, None, feedback=feedback)})
                continue
            if not measured:
                continue
            original = afterburner.measured_original(rng.choice(measured))
            out.append({"problem_id": p["problem_id"], "instruction": ins, "original": original,
                        "prompt": afterburner.optimization_prompt(p, ins, original, feedback=feedback)})
    return out


# ----------------------------------------------------------------------------------------------------------
# The advantages and the loss: small pure functions, each tested on its own (the reward: afterburner.py)
# ----------------------------------------------------------------------------------------------------------
def group_advantages(rewards, group_size, scale="group"):
    """A_i = r_i - mean(group of i), divided by the group's std ("group", the paper), the batch's std ("batch"),
    or by nothing ("none", Dr. GRPO). rewards: (N,), groups consecutive. A group whose rewards are all equal
    gets A = 0 (the 1e-4 keeps the division finite), never NaN."""
    grouped = rewards.view(-1, group_size)                                       # (N/G, G)
    centred = (grouped - grouped.mean(dim=1, keepdim=True)).view(-1)             # (N,)
    if scale == "group":
        std = grouped.std(dim=1, keepdim=True).expand_as(grouped).reshape(-1)   # unbiased, as TRL
    elif scale == "batch":
        std = rewards.std().expand_as(rewards)
    elif scale == "none":
        return centred
    else:
        raise ValueError(f"scale must be group, batch or none, not {scale!r}")
    return centred / (std + 1e-4)


def grpo_loss(logps, old_logps, ref_logps, advantages, mask, epsilon_low=0.2, epsilon_high=0.2, beta=0.0,
              loss_type="dapo", max_completion_length=None):
    """Clipped surrogate (+ optional k3 KL), aggregated per loss_type. logps/old_logps/ref_logps/mask: (B, C),
    advantages: (B,). Returns (loss, stats).

        rho_t = exp(log pi(y_t) - log pi_old(y_t))
        l_t   = -min(rho_t A, clip(rho_t, 1 - eps_low, 1 + eps_high) A) + beta * (exp(q_t) - q_t - 1),
                q_t = log pi_ref(y_t) - log pi(y_t)                                    (k3 estimator of KL)
        grpo:    mean_b [ sum_t m l / sum_t m ]          each answer weighs the same
        dr_grpo: sum_{b,t} m l / (B * max_completion_length)
        dapo:    sum_{b,t} m l / sum_{b,t} m             each token weighs the same (the paper's verl setting)
    """
    A = advantages[:, None]                                                     # (B, 1)
    # rho_t = exp(log pi(y_t) - log pi_old(y_t))
    ratio = torch.exp(logps - old_logps)                                        # (B, C)
    # l_t = -min(rho_t A, clip(rho_t, 1 - eps_low, 1 + eps_high) A)
    clipped = torch.clamp(ratio, 1 - epsilon_low, 1 + epsilon_high)
    per_token = -torch.min(ratio * A, clipped * A)                              # (B, C)
    r = ratio.detach()
    stats = {"clip_ratio": float((((r < 1 - epsilon_low) & (A < 0)) | ((r > 1 + epsilon_high) & (A > 0)))
                                 .float().mul(mask).sum() / mask.sum().clamp(min=1))}
    if beta:
        # KL_t ~ exp(q_t) - q_t - 1,  q_t = log pi_ref(y_t) - log pi(y_t)   (k3: unbiased, always >= 0)
        q = ref_logps - logps                                                   # (B, C)
        kl = torch.exp(q) - q - 1                                               # (B, C)
        per_token = per_token + beta * kl
        stats["kl"] = float((kl.detach() * mask).sum() / mask.sum().clamp(min=1))
    # aggregate over tokens: the three loss types differ only in how answers and tokens are weighted
    if loss_type == "grpo":
        loss = ((per_token * mask).sum(-1) / mask.sum(-1).clamp(min=1)).mean()
    elif loss_type == "dr_grpo":
        loss = (per_token * mask).sum() / (mask.shape[0] * (max_completion_length or mask.shape[1]))
    elif loss_type == "dapo":
        loss = (per_token * mask).sum() / mask.sum().clamp(min=1)
    else:
        raise ValueError(f"loss_type must be grpo, dr_grpo or dapo, not {loss_type!r}")
    return loss, stats


# ----------------------------------------------------------------------------------------------------------
# The loop
# ----------------------------------------------------------------------------------------------------------
def lora_state(model):
    return {k: v.detach().clone() for k, v in model.state_dict().items() if "lora_" in k}


@torch.no_grad()
def kl_reference_logps(model, ref_state, logps_of):
    """log pi_ref = logps_of() with the reference LoRA weights swapped in (the initial adapter: the SFT model after
    SFT; disabling the adapter would give the bare base model instead)."""
    now = lora_state(model)
    model.load_state_dict(ref_state, strict=False)
    out = logps_of()
    model.load_state_dict(now, strict=False)
    return out


def score(batch, answers, problems_by_id, args):
    """Run every answer's code in the sandbox (in parallel); reward it against its prompt's original."""
    results = afterburner.run_codes([afterburner.extract_code(a) for a in answers],
                                    [problems_by_id[b["problem_id"]] for b in batch],
                                    timeout_s=args.sandbox_timeout_s, progress=False)
    reward = afterburner.REWARDS[args.reward]
    rewards = [reward(a, b["original"], r, b["instruction"]) for a, b, r in zip(answers, batch, results)]
    return results, rewards


# Watching for hacks. An answer that passes in under a tenth of the time of the *fastest* human solution of its
# problem has done almost none of the work: the signature of a program that ignores its input (a constant the
# judge took) or looks its answers up. An honest rewrite rarely beats the best of a problem's human solutions by
# 10x (the standard tier's labelled slow and fast solutions differ by >= 5x, and its fast ones are the intended
# algorithm), so each such answer is worth a look (samples.jsonl), and a count that rises over a run is the first
# sign that the policy has found a hole in the judge. The floor: a program that does nothing is still billed the
# harness's own work around each call, 0.5-1.0 ms here (a constant answer: median 0.7 ms over the 244 call
# problems of the embedded tiers), so where the fastest human takes under TOO_FAST_MIN_HUMAN_MS its time is
# mostly that fixed cost, a tenth of it says nothing, and the problem is not watched. The blind spot, for the
# same reason: where the fastest human takes under ~10x that fixed cost (7 ms here: 29 of the 50 standard
# problems, the whole patterns tier) a hack is billed more than a tenth of it and goes uncounted.
TOO_FAST_SHARE = 0.1
TOO_FAST_MIN_HUMAN_MS = 2.0


def fastest_human_ms(problem):
    """The least time of the problem's human solutions that passed in our sandbox; None if none was measured."""
    return min(data.human_values(problem, "time_ms"), default=None)


def too_fast(result, problem):
    """Did a passing `result` run in under TOO_FAST_SHARE of the time of the fastest human solution of `problem`
    (one that takes TOO_FAST_MIN_HUMAN_MS or more)? False for a failing answer and for a problem (or None) with
    no measured human solution."""
    fastest = fastest_human_ms(problem) if problem else None
    return (bool(result.get("passed")) and fastest is not None and fastest >= TOO_FAST_MIN_HUMAN_MS
            and result["time_ms"] < TOO_FAST_SHARE * fastest)


def sample_groups(model, tok, pool, problems_by_id, step, args):
    """Prompts for this step, G answers each, run and rewarded. Returns a list of groups, each
    {"prompt", "rollouts", "results", "rewards"}, the diagnostics of what was drawn, and the answers drawn that
    passed too_fast (problem, instruction, times, reward and code of each).

    Zero-spread groups (all G rewards equal) have advantage 0 and carry no gradient. With --dynamic-sampling
    (DAPO, Yu et al. 2025) they are dropped and more prompts are drawn, at most `max_draws` batches a step, so
    the cost of a step stays bounded; the prompts of draw k are a function of (seed, step, k), so resume stays
    exact. Without it, every group is kept, as in the paper."""
    G, kept, drawn, zero, suspects, every_reward, every_result = args.group_size, [], 0, 0, [], [], []
    for draw in range(args.max_draws if args.dynamic_sampling else 1):
        picks = T.micro_batches(len(pool), args.prompts_per_step, args.seed + 7919 * draw, step, 1)[0]
        batch = [pool[i] for i in picks]
        # one generate() call for the whole draw: every prompt x G answers
        rollouts = generate(model, tok, [b["prompt"] for b in batch], n=G, temperature=args.temperature,
                            max_new_tokens=args.max_new_tokens, batch_size=len(batch) * G)
        per_answer = [b for b in batch for _ in range(G)]
        results, rewards = score(per_answer, [x.text for x in rollouts], problems_by_id, args)
        every_reward, every_result = every_reward + rewards, every_result + results
        # every answer drawn is watched, a dropped group's too: a hack that a whole group shares has zero spread
        suspects += [{"problem_id": b["problem_id"], "instruction": b["instruction"], "time_ms": res["time_ms"],
                      "fastest_human_ms": fastest_human_ms(problems_by_id[b["problem_id"]]), "reward": rw["total"],
                      "code": afterburner.extract_code(x.text)}
                     for b, x, res, rw in zip(per_answer, rollouts, results, rewards)
                     if too_fast(res, problems_by_id.get(b["problem_id"]))]
        for g, b in enumerate(batch):
            span = slice(g * G, (g + 1) * G)
            totals = [x["total"] for x in rewards[span]]
            flat = max(totals) - min(totals) < 1e-6
            drawn, zero = drawn + 1, zero + flat
            if not (args.dynamic_sampling and flat):
                kept.append({"prompt": b, "rollouts": rollouts[span], "results": results[span],
                             "rewards": rewards[span]})
        if len(kept) >= args.prompts_per_step:
            break
    # With dynamic sampling the step trains on at most prompts_per_step informative groups (possibly none: then it
    # changes nothing, as a zero-spread batch would). zero_spread_groups and the sample metrics count every answer
    # drawn: the policy's honest state, whatever was dropped (the kept groups alone would read better than it is,
    # and a step that kept none would read as all zeros).
    return kept[:args.prompts_per_step], {"zero_spread_groups": zero / drawn, "groups_drawn": drawn,
                                          "too_fast_answers": len(suspects),
                                          **sample_metrics(every_reward, every_result)}, suspects


def sample_metrics(rewards, results):
    """The step's rewards and sandbox results, summarised the way practitioners read a GRPO run: the reward, its
    spread and components, the pass rate, and %Opt of the samples: the share that pass, whose original passed,
    and that are >= metrics.OPT_THRESHOLD x cheaper on the asked-for metric (b / c >= 1.2, the threshold of the
    evaluation's %Opt; on time the reward's noise band is wider, 20% of b, so a 1.2x sample counts here and earns
    no gain there).

    `rewards` are afterburner_reward's dicts, every key present: a reward of your own returns them all (`ratio` 0
    where it measures no b / c)."""
    mean = lambda xs: sum(xs) / len(xs) if xs else 0.0
    totals = [x["total"] for x in rewards]
    passed = [x["passed"] for x in results]
    faster = [x["ratio"] >= metrics.OPT_THRESHOLD for x in rewards]
    return {"reward": mean(totals), "reward_std": float(torch.tensor(totals).std()) if len(totals) > 1 else 0.0,
            "reward_format": mean([x["format"] for x in rewards]), "reward_pass": mean([x["pass"] for x in rewards]),
            "pass_rate": mean(passed), "opt_rate": mean(faster),
            "mean_gain": mean([x["gain"] for x, ok in zip(rewards, passed) if ok])}


def spread(problems, n):
    """n problems spread evenly over a split (which lists problems pattern by pattern, so the first n would share
    one), the same every time."""
    n = min(n, len(problems))
    return [problems[i * len(problems) // n] for i in range(n)]


def listed(problems, path):
    """The problems whose ids the file at `path` lists, one a line; an id the split does not have is an error (a
    list made for another dataset or split would otherwise train on nothing, silently)."""
    try:
        with open(path) as f:
            ids = {line.strip() for line in f if line.strip()}
    except OSError as e:
        raise SystemExit(f"error: --only-problems {path}: {e.strerror}; give a file of problem ids, one a line")
    known = {str(p["problem_id"]) for p in problems}
    unknown = sorted(ids - known)
    if unknown or not ids:
        raise SystemExit(f"error: --only-problems {path}: " + (
            f"{len(unknown)} ids are not training problems of this dataset (first: {unknown[0]!r})" if unknown
            else "lists no problem id") + "; list ids of --dataset's training split, one a line")
    return [p for p in problems if str(p["problem_id"]) in ids]


def held_out_subset(args):
    """--eval-problems test problems spread over the test split, the same at every check and in every run, their
    human solutions measured (data.profile: only these, once, then cached)."""
    ids = {str(p["problem_id"]) for p in spread(data.load_problems(args.dataset, "test", measured=False),
                                                 args.eval_problems)}
    return [p for p in data.profile(args.dataset, problem_ids=ids) if str(p["problem_id"]) in ids]


@torch.no_grad()
def held_out_check(model, tok, problems, args, prefix="held_out"):
    """The evaluation's own loop, greedy as in eval.py, on test problems GRPO never trains on: from scratch, round
    0's Pass@1; in edit mode (--eval-start slowest), one round on the slowest passing human solution, and %Opt and
    the speed-up of the kept code over it. Each figure with its 95% interval over the problems (metrics.summarize,
    on afterburner.rescore's side-by-side re-measurement); and what the answers were, which says why a figure
    moved: the share in the format, that pass, and (edit mode) that hand back the code they were shown. With
    --train-problems the same check also runs on the problems GRPO trains on (prefix "seen"): whether it learns
    what it is shown, apart from whether that carries over."""
    edit = args.eval_start == "slowest"
    generator = ModelGenerator(model, tok, temperature=0.0, max_new_tokens=args.max_new_tokens, batch_size=16)
    trajs = afterburner.optimize_many(problems, generator, 1 if edit else 0, "time",
                                      afterburner.start_codes(problems, args.eval_start))
    row = metrics.summarize(trajs, problems)[-1]
    answers = [(t[-1], t[-2]["kept_code"] if edit else None) for t in trajs]     # (the answer's round, shown code)
    share = lambda hits: sum(hits) / max(1, len(answers))
    out = {"pass@1": row["pass@1"], "pass@1_ci95": row["ci95"]["pass@1"],
           "format": share([afterburner.format_ok(r["answer"] or "") for r, _ in answers]),
           "answers_passed": share([bool(r["result"] and r["result"]["passed"]) for r, _ in answers])}
    if edit:
        out.update({"%opt": row["%opt"], "%opt_ci95": row["ci95"]["%opt"], "speedup": row["speedup"],
                    "copies": share([bool(r["code"] and shown and r["code"].strip() == shown.strip())
                                     for r, shown in answers])})
    return {f"{prefix}_{k}": v for k, v in out.items()}


def policy_update(model, opt, sched, rollouts, advantages, ref_state, pad_id, args):
    """`inner_epochs` optimiser steps on one generation batch, PPO-style: pi_old (the sampling policy) is fixed
    for the whole batch, so in the first epoch rho = 1 exactly and from the second the ratio and its clipping
    act. Each epoch accumulates micro-batches into one full-batch gradient. Returns the epoch-mean statistics.

    Micro-batches follow the groups and each is packed on its own (answer_logps: a group's prompt runs once), so
    it pays neither for another group's longer prompt nor for the batch's longest answer. pi_old is recomputed
    here rather than taken from the sampling pass: generate() computes its logits token by token from a KV cache,
    in eval mode, a different order of float sums than this full-sequence forward, so the first-epoch ratio
    would not be exactly 1."""
    N = len(rollouts)
    chunks = [slice(i, min(i + args.micro_batch, N)) for i in range(0, N, args.micro_batch)]
    device = device_of(model)
    masks = [completion_mask([x.completion_ids for x in rollouts[sl]], device) for sl in chunks]   # [(b, C')]
    n_tokens = float(sum(m.sum() for m in masks))

    def logps_of(j, with_entropy=False):                                        # (b, C') [, (b, C')]
        micro = rollouts[chunks[j]]
        # log pi at the sampling temperature: the policy the answers were drawn from (the paper samples at 1)
        return answer_logps(model, [x.prompt_ids for x in micro], [x.completion_ids for x in micro], pad_id,
                            with_entropy, temperature=args.temperature)
    # L = sum_mb w_mb L_mb, with w_mb = (tokens in mb) / (tokens in batch) for the token mean (dapo) and
    # w_mb = (answers in mb) / N for the per-answer means: accumulating w_mb L_mb gives the full-batch gradient
    weights = [float(m.sum()) / n_tokens if args.loss_type == "dapo" else (sl.stop - sl.start) / N
               for sl, m in zip(chunks, masks)]
    old = ref = None
    if args.inner_epochs > 1:  # log pi_old, fixed for every epoch (with one epoch it is logps.detach() below)
        with torch.no_grad():
            old = [logps_of(j) for j in range(len(chunks))]                                       # [(b, C')]
    if args.beta:  # before any forward that keeps a graph: the swap writes into the LoRA weights
        ref = [kl_reference_logps(model, ref_state, lambda: logps_of(j)) for j in range(len(chunks))]   # [(b, C')]
    totals = {"loss": 0.0, "clip_ratio": 0.0, "kl": 0.0, "entropy": 0.0, "grad_norm": 0.0}
    for _ in range(args.inner_epochs):
        for j, (sl, w, mb_cmask) in enumerate(zip(chunks, weights, masks)):
            logps, entropy = logps_of(j, with_entropy=True)                                       # (b, C')
            loss, st = grpo_loss(logps, logps.detach() if old is None else old[j], None if ref is None else ref[j],
                                 advantages[sl].to(logps.device), mb_cmask, args.epsilon_low, args.epsilon_high,
                                 args.beta, args.loss_type, args.max_new_tokens)
            (loss * w).backward()
            totals["loss"] += loss.item() * w
            totals["clip_ratio"] += st["clip_ratio"] * w
            totals["kl"] += st.get("kl", 0.0) * w
            totals["entropy"] += float((entropy * mb_cmask).sum()) / n_tokens
        totals["grad_norm"] += T.optimizer_step(model, opt, sched, args.max_grad_norm)
    stats = {k: v / args.inner_epochs for k, v in totals.items()}
    stats["completion_tokens"] = n_tokens / N
    return stats


def main(args):
    T.prepare_out(args)
    T.seed_everything(args.seed)
    model_name, four_bit = pick_model(args.model)
    packaged = packaged_name(model_name)
    shown = f"{packaged} {os.path.basename(model_name)} (CPU)" if packaged else model_name
    cuda = "CUDA" if torch.cuda.is_available() else "no CUDA"
    print(f"grpo: {cuda} -> {shown}{' in 4-bit' if four_bit else ''} + LoRA; "
          f"{args.steps} steps x {args.prompts_per_step} prompts x G={args.group_size}, "
          f"{args.max_new_tokens} new tokens, loss {args.loss_type}, scale {args.scale}, beta {args.beta}")
    instructions = tuple(args.instructions.split(","))
    problems, = T.training_problems(args)
    if args.only_problems:    # difficulty filtering (as DeepCoder does): a group on a problem the policy never
        problems = listed(problems, args.only_problems)   # solves has equal rewards, so no advantage to learn from
    if args.train_problems:   # a small fixed pool: does GRPO learn what it is shown? (checked as "seen")
        problems = spread(problems, args.train_problems)
    by_id = {p["problem_id"]: p for p in problems}
    pool = grpo_prompts(problems, instructions, seed=args.seed, originals=args.originals)
    if not pool:
        raise SystemExit(f"error: no GRPO prompts: {args.dataset} has no training problem with a human solution")
    held_out_problems = held_out_subset(args) if args.eval_every else []
    seen = problems if args.train_problems and args.eval_every else []

    def checks():  # the held-out check, and with --train-problems the same on the problems trained on
        return {**held_out_check(model, tok, held_out_problems, args),
                **(held_out_check(model, tok, seen, args, "seen") if seen else {})}
    model, tok = T.load_policy(args)
    ref_state = lora_state(model) if args.beta else None  # the policy we start from is the reference
    opt, sched = T.make_optimizer(model, args.lr, args.weight_decay, args.warmup_steps,
                                  args.steps * args.inner_epochs)  # the schedule counts optimiser steps
    start = T.load_checkpoint(args.out, model, opt, sched) if args.resume else 0
    if args.resume and args.beta:
        ref_state = torch.load(os.path.join(args.out, "reference_lora.pt"))
    elif args.beta:
        os.makedirs(args.out, exist_ok=True)
        torch.save(ref_state, os.path.join(args.out, "reference_lora.pt"))
    log = T.MetricsLog(os.path.join(args.out, "metrics.jsonl"), resume=args.resume)
    samples = open(os.path.join(args.out, "samples.jsonl"), "a" if args.resume else "w")
    if held_out_problems and start == 0:  # where the curve starts: the policy before its first update
        log.write(0, **checks())
    G = args.group_size
    bar = tqdm(range(start, args.steps), initial=start, total=args.steps, desc="grpo")
    for step in bar:
        # 1-3. prompts, G answers each, run in the sandbox and rewarded against each prompt's original
        groups, drawn, suspects = sample_groups(model, tok, pool, by_id, step, args)
        rollouts = [x for g in groups for x in g["rollouts"]]
        results = [x for g in groups for x in g["results"]]
        rewards = [x for g in groups for x in g["rewards"]]
        per_answer = [g["prompt"] for g in groups for _ in range(G)]
        answers = [x.text for x in rollouts]
        stats = {}
        if groups:
            r = torch.tensor([x["total"] for x in rewards])                            # (N,) N = groups x G
            adv = group_advantages(r, G, args.scale)                                    # (N,)
            # 4. the update: `inner_epochs` clipped policy-gradient steps on this batch
            stats = policy_update(model, opt, sched, rollouts, adv, ref_state, tok.pad_token_id, args)
        else:  # dynamic sampling found no group with a signal: nothing to learn from, keep the schedule moving
            for _ in range(args.inner_epochs):
                sched.step()
        # 5. what practitioners look at
        logged = {**stats, **drawn, "trained_groups": len(groups), "lr": sched.get_last_lr()[0]}
        log.write(step + 1, **logged)
        for j in random.Random(step).sample(range(len(answers)), min(args.log_samples, len(answers))):
            samples.write(json.dumps({"step": step + 1, "problem_id": per_answer[j]["problem_id"],
                                      "instruction": per_answer[j]["instruction"], "reward": rewards[j],
                                      "status": results[j]["status"], "answer": answers[j]}) + "\n")
        for suspect in suspects[:args.log_samples]:  # for a reader to judge: a hack, or a real 10x rewrite?
            samples.write(json.dumps({"step": step + 1, "too_fast": True, **suspect}) + "\n")
        samples.flush()
        bar.set_postfix(reward=f"{logged['reward']:.3f}", pass_rate=f"{logged['pass_rate']:.2f}",
                        zero_spread=f"{logged['zero_spread_groups']:.2f}")
        T.checkpoint_if_due(args, model, opt, sched, step)
        if held_out_problems and T.due(args.eval_every, step, args.steps):
            log.write(step + 1, **checks())
    # the final held-out check, after the last step's metrics and checkpoint are safe
    if held_out_problems and args.eval_every:
        log.write(args.steps, **checks())
    return T.finish(args, model, tok, log)


if __name__ == "__main__":
    T.main(main, Args, __doc__)
