"""How often is a GRPO group silent? The share of zero-spread groups (all G rewards equal: advantage 0, no gradient)
by sampling temperature and group size, measured without training, on the same prompts for every setting.

    python bench/bench_spread.py --adapter runs/reproduce/edit/sft/adapter              # the edit protocol's start
    python bench/bench_spread.py --adapter runs/sft/adapter --temperatures 1.0,0.7 --prompts 24

For each temperature, G_max answers are sampled per prompt (exactly as grpo.sample_groups samples them), run in
the sandbox and rewarded against the prompt's original (grpo.score). The share for a smaller G is read off the
same answers, cut into G_max / G consecutive groups of G: the same draws, so settings differ only by G, not by luck.
This is how the reproduction's GRPO group size was chosen (README); rerun it when you change the model, the cold
start or the tier. A share from n prompts has a standard error of about sqrt(s (1 - s) / n): use >= 12.
"""
import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import torch  # noqa: E402

import grpo  # noqa: E402
import training as T  # noqa: E402
from model import generate  # noqa: E402


def zero_spread_share(totals, n_prompts, G_max, G):
    """totals: n_prompts * G_max rewards, prompt by prompt -> the share of groups of G (consecutive, within one
    prompt's answers) whose rewards are all equal."""
    groups = [totals[p * G_max + h * G: p * G_max + (h + 1) * G] for p in range(n_prompts) for h in range(G_max // G)]
    return sum(max(g) - min(g) < 1e-6 for g in groups) / len(groups)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--adapter", default="", help="the policy GRPO would start from (empty: the bare base model)")
    ap.add_argument("--model", default="auto", help="base model, as grpo.py --model")
    ap.add_argument("--dataset", default="patterns", help="tier whose training problems give the prompts")
    ap.add_argument("--temperatures", default="1.0,0.7,0.5", help="comma-separated sampling temperatures")
    ap.add_argument("--group-sizes", default="2,4,8", help="comma-separated G; each must divide the largest")
    ap.add_argument("--prompts", type=int, default=12, help="prompts (problem x instruction x original) per setting")
    ap.add_argument("--max-new-tokens", type=int, default=256, help="answer length, as in the GRPO stage")
    ap.add_argument("--limit-problems", type=int, default=0, help="only the first N training problems (0 = all)")
    a = ap.parse_args(argv)
    sizes = sorted(int(g) for g in a.group_sizes.split(","))
    G_max = sizes[-1]
    if any(G_max % g for g in sizes) or sizes[0] < 2:
        ap.error(f"--group-sizes {a.group_sizes}: each G must be >= 2 and divide the largest ({G_max})")
    args = T.parse_args(grpo.Args, ["--model", a.model, "--dataset", a.dataset, "--init-adapter", a.adapter,
                                    "--max-new-tokens", str(a.max_new_tokens),
                                    "--limit-problems", str(a.limit_problems), "--out", os.devnull])
    T.seed_everything(0)
    problems, = T.training_problems(args)
    by_id = {p["problem_id"]: p for p in problems}
    pool = grpo.grpo_prompts(problems, tuple(args.instructions.split(",")), seed=0)
    batch = [pool[i] for i in T.micro_batches(len(pool), min(a.prompts, len(pool)), 12345, 0, 1)[0]]
    model, tok = T.load_policy(args)
    print(f"{len(batch)} prompts; originals passing: {sum(b['original']['passed'] for b in batch)}")
    for temperature in (float(t) for t in a.temperatures.split(",")):
        t0 = time.perf_counter()
        torch.manual_seed(1)
        rollouts = []
        for i in range(0, len(batch), 2):  # two prompts x G_max answers per generate() call, as a GRPO step
            rollouts += generate(model, tok, [b["prompt"] for b in batch[i:i + 2]], n=G_max,
                                 temperature=temperature, max_new_tokens=a.max_new_tokens, batch_size=2 * G_max)
        results, rewards = grpo.score([b for b in batch for _ in range(G_max)], [x.text for x in rollouts], by_id,
                                      args)
        totals = [r["total"] for r in rewards]
        row = {"temperature": temperature,
               **{f"zero_spread_G{g}": round(zero_spread_share(totals, len(batch), G_max, g), 3) for g in sizes},
               "format": round(sum(r["format"] for r in rewards) / len(rewards), 3),
               "pass": round(sum(r["passed"] for r in results) / len(results), 3),
               "reward": round(sum(totals) / len(totals), 3), "seconds": round(time.perf_counter() - t0)}
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
