"""CPU benchmark of the embedded path: one GRPO step, one SFT step, one DPO step and one evaluation round, today's way
("old") and the new way ("new"), alternated in one process (old, new, new, old, ...), at the CPU defaults.

    python bench/bench_cpu.py            # the scripts' CPU defaults (long: minutes per phase on 2 cores)
    python bench/bench_cpu.py --quick    # small sizes: a minute or two per phase
    python bench/bench_cpu.py --probe    # only the fp32 vs bf16 matrix-product probe

The model is the embedded Qwen2.5-Coder-0.5B-Instruct (model.load_model("embedded")) with a fresh LoRA adapter, the data
the embedded benchmark. The two ways differ only in the settings issue 15 introduced:

  old  --dtype fp32, generate(share_prompt=False, fast_cache=False) (each of the G copies of a prompt runs through
       the model; HF's concatenating KV cache; the LoRA adapter's own path at every token),
       policy_update(trim=False, share_prompt=False) (micro-batches padded to the whole batch, G prompt passes per
       group), sft.batch_loss(unpadded=False) (padded micro-batches), dpo.sequence_logps(share_prompt=False),
       ModelGenerator(remember=False)
  new  --dtype auto (bf16 on a CPU with native bf16 (AVX512-BF16 or AMX), fp32 otherwise), share_prompt=True,
       fast_cache=True (reserved KV room, LoRA merged while sampling), trim=True, one prompt pass per group in
       the GRPO update and per pair in DPO, SFT sequences one at a time with no padding, remember=True

Both start every timed step from the same LoRA weights and the same RNG state, so they sample the same answers
and train on the same tokens (in fp32 the same ones up to float rounding) and the ratio new/old is the ratio of
the same work. The evaluation phase runs rounds 0..ROUNDS of the loop (afterburner.optimize_many) on a few test
problems: a round whose prompt repeats an earlier one (the kept code did not change) is where remembering pays.

Time is wall time (time.perf_counter) and CPU time of this process (time.process_time), per phase; on a shared
machine read the ratios, which are taken side by side, not the absolute numbers. Tokens/s: sampling = answer tokens
generated / sampling time; training = real (unpadded) prompt + answer tokens of the forward/backward / its time.
"""
import argparse
import copy
import os
import statistics
import sys
import time

for _var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE"):
    os.environ[_var] = "1"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

import torch  # noqa: E402

import afterburner  # noqa: E402
import data  # noqa: E402
import dpo  # noqa: E402
import grpo  # noqa: E402
import sft  # noqa: E402
import training as T  # noqa: E402
from model import PACKAGED, ModelGenerator, chat, cpu_has_native_bf16, generate, load_model, resolve_dtype  # noqa: E402

WAYS = ("old", "new")


def probe(tokens=(8, 512), repeats=10):
    """CPU time of one 576 -> 1536 linear layer (SmolLM2-135M's MLP shape) in fp32 and in bf16, 1 thread."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    for m in tokens:
        x, w = torch.randn(m, 576), torch.randn(1536, 576)
        row = []
        for name, (a, b) in (("fp32", (x, w)), ("bf16", (x.bfloat16(), w.bfloat16()))):
            torch.nn.functional.linear(a, b)
            t = time.process_time()
            for _ in range(repeats):
                torch.nn.functional.linear(a, b)
            row.append(f"{name} {(time.process_time() - t) / repeats * 1e3:.2f} ms")
        print(f"  linear 576->1536 on {m:3d} tokens: " + ", ".join(row))
    torch.set_num_threads(threads)
    print(f"  native bf16 on this CPU: {cpu_has_native_bf16()}")


def set_lora_dropout(model, p):
    for name, module in model.named_modules():
        if "lora_dropout" in name and isinstance(module, torch.nn.Dropout):
            module.p = p


class Way:
    """One way of doing the work: its model (shared when both ways use the same format) and its settings."""

    def __init__(self, name, model, tok):
        self.name, self.model, self.tok = name, model, tok
        self.new = name == "new"
        self.start = grpo.lora_state(model)   # every timed step starts from these LoRA weights

    def reset(self, seed=0):
        self.model.load_state_dict(self.start, strict=False)
        self.model.zero_grad(set_to_none=True)
        T.seed_everything(seed)


def grpo_step(way, batch, by_id, args):
    """grpo.main's step: one generate() for prompts x G, the sandbox, the advantages, policy_update."""
    model, tok = way.model, way.tok
    set_lora_dropout(model, args.lora_dropout)
    opt, sched = T.make_optimizer(model, args.lr, 0.0, args.warmup_steps, args.steps)
    t0 = time.perf_counter()
    rollouts = generate(model, tok, [b["prompt"] for b in batch], n=args.group_size,
                               temperature=args.temperature, max_new_tokens=args.max_new_tokens,
                               batch_size=len(batch) * args.group_size, share_prompt=way.new,
                               fast_cache=way.new)
    t1 = time.perf_counter()
    per_answer = [b for b in batch for _ in range(args.group_size)]
    results, rewards = grpo.score(per_answer, [r.text for r in rollouts], by_id, args)
    adv = grpo.group_advantages(torch.tensor([x["total"] for x in rewards]), args.group_size, args.scale)
    t2 = time.perf_counter()
    stats = grpo.policy_update(model, opt, sched, rollouts, adv, None, tok.pad_token_id, args, trim=way.new,
                                 share_prompt=way.new)
    t3 = time.perf_counter()
    answer_tokens = sum(len(r.completion_ids) for r in rollouts)
    real_tokens = sum(len(r.prompt_ids) + len(r.completion_ids) for r in rollouts)
    return {"total": t3 - t0, "sampling": t1 - t0, "sandbox": t2 - t1, "update": t3 - t2,
            "sampling tok/s": answer_tokens / (t1 - t0), "training tok/s": real_tokens / (t3 - t2),
            "check": stats["loss"], "answer_tokens": answer_tokens}


def sft_step(way, items, args):
    """sft.main's step: grad_accum micro-batches of batch_size examples, backward, AdamW."""
    model, tok = way.model, way.tok
    set_lora_dropout(model, args.lora_dropout)
    opt, sched = T.make_optimizer(model, args.lr, 0.0, args.warmup_steps, args.steps)
    model.train()
    t0 = time.perf_counter()
    loss_sum, real = 0.0, 0
    for idx in T.micro_batches(len(items), args.batch_size, args.seed, 0, args.grad_accum):
        loss, _ = sft.batch_loss(model, tok, [items[i] for i in idx], unpadded=way.new)
        (loss / args.grad_accum).backward()
        loss_sum += loss.item() / args.grad_accum
        real += sum(len(items[i][0]) + len(items[i][1]) for i in idx)
    T.optimizer_step(model, opt, sched, args.max_grad_norm)
    dt = time.perf_counter() - t0
    return {"total": dt, "training tok/s": real / dt, "check": loss_sum}


def dpo_step(way, items, ref, args):
    """dpo.main's step (the reference log-probs computed once before, as dpo.py does)."""
    model, tok = way.model, way.tok
    set_lora_dropout(model, args.lora_dropout)
    opt, sched = T.make_optimizer(model, args.lr, 0.0, args.warmup_steps, args.steps)
    model.train()
    t0 = time.perf_counter()
    loss_sum, real = 0.0, 0
    for idx in T.micro_batches(len(items), args.batch_size, args.seed, 0, args.grad_accum):
        pc, pr = dpo.sequence_logps(model, tok, [items[i] for i in idx], share_prompt=way.new)
        rc, rr = (torch.tensor([ref[i][k] for i in idx]) for k in (0, 1))
        loss, _, _ = dpo.dpo_loss(pc, pr, rc, rr, args.beta)
        (loss / args.grad_accum).backward()
        loss_sum += loss.item() / args.grad_accum
        real += sum(2 * len(items[i][0]) + len(items[i][1]) + len(items[i][2]) for i in idx)
    T.optimizer_step(model, opt, sched, args.max_grad_norm)
    dt = time.perf_counter() - t0
    return {"total": dt, "training tok/s": real / dt, "check": loss_sum}


def eval_rounds(way, problems, rounds, max_new_tokens, batch_size):
    """eval.py's loop (greedy) on `problems` for rounds 0..rounds; returns the time and how many prompts the model
    was actually asked (the rest were repeats, answered from memory)."""
    gen = ModelGenerator(way.model, way.tok, temperature=0.0, max_new_tokens=max_new_tokens, batch_size=batch_size,
                         remember=way.new, fast_cache=way.new)
    t0 = time.perf_counter()
    trajs = afterburner.optimize_many(problems, gen, rounds, "time", workers=None)
    dt = time.perf_counter() - t0
    answers = [r["answer"] for t in trajs for r in t]
    return {"total": dt, "prompts generated": gen.generated, "prompts asked": len(answers),
            "check": sum(map(len, answers))}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="small sizes (short answers, small batches)")
    ap.add_argument("--repeats", type=int, default=1, help="timed steps per way and phase (alternated)")
    ap.add_argument("--phases", default="grpo,sft,dpo,eval", help="comma-separated subset")
    ap.add_argument("--eval-problems", type=int, default=4, help="test problems in the evaluation phase")
    ap.add_argument("--eval-rounds", type=int, default=2, help="rounds after round 0 in the evaluation phase")
    ap.add_argument("--threads", type=int, default=0, help="torch intra-op threads (0: torch's default)")
    ap.add_argument("--probe", action="store_true", help="only the fp32 vs bf16 linear-layer probe")
    a = ap.parse_args()
    if a.threads:
        torch.set_num_threads(a.threads)
    print(f"torch {torch.__version__}, {torch.get_num_threads()} intra-op threads, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f}")
    probe()
    if a.probe:
        return
    phases = a.phases.split(",")
    g = grpo.Args()   # the CPU defaults of each script
    s = sft.Args()
    d = dpo.Args()
    eval_tokens, eval_batch = 384, 8   # eval.py's defaults
    if a.quick:
        g.max_new_tokens, g.group_size = 24, 4
        s.max_completion_tokens, s.grad_accum = 96, 1
        d.max_completion_tokens, d.grad_accum = 96, 1
        eval_tokens = 24
    new_dtype = resolve_dtype("auto", PACKAGED["embedded"].folder)
    loaded = {}
    for dtype in {torch.float32, new_dtype}:
        T.seed_everything(0)
        name = {torch.float32: "fp32", torch.bfloat16: "bf16"}[dtype]
        loaded[dtype] = load_model("embedded", lora=True, lora_dropout=0.0, dtype=name)
    ways = {"old": Way("old", *loaded[torch.float32]), "new": Way("new", *loaded[new_dtype])}
    if loaded[torch.float32][0] is not loaded[new_dtype][0]:
        ways["new"].start = copy.deepcopy(ways["old"].start)   # the same LoRA weights in both formats
    tok = ways["old"].tok
    fmt = {w: "fp32" if w == "old" else ("bf16" if new_dtype == torch.bfloat16 else "fp32") for w in WAYS}
    print(f"old: fp32, share_prompt=False, trim=False, unpadded=False, remember=False; new: {fmt['new']}, "
          f"share_prompt=True, trim=True, unpadded=True, remember=True"
          f"{' (auto picked fp32: no native bf16 here)' if fmt['new'] == 'fp32' else ''}")

    train = data.load_problems("embedded", "train")
    jobs = {}
    if "grpo" in phases:
        pool = grpo.grpo_prompts(train, tuple(g.instructions.split(",")), seed=g.seed)
        batch = [pool[i] for i in T.micro_batches(len(pool), g.prompts_per_step, g.seed, 0, 1)[0]]
        by_id = {p["problem_id"]: p for p in train}
        jobs["grpo"] = lambda w: grpo_step(w, batch, by_id, g)
        print(f"grpo: {g.prompts_per_step} prompts x G={g.group_size}, {g.max_new_tokens} new tokens, micro-batch "
              f"{g.micro_batch}; prompt tokens "
              f"{[len(tok(chat(tok, b['prompt']))['input_ids']) for b in batch]}")
    if "sft" in phases:
        items = sft.tokenize(tok, sft.sft_examples(train, top_k=s.top_k), s.max_completion_tokens)
        jobs["sft"] = lambda w: sft_step(w, items, s)
        print(f"sft: {s.grad_accum} x {s.batch_size} examples, completions up to {s.max_completion_tokens} tokens")
    if "dpo" in phases:
        pairs = dpo.tokenize(tok, dpo.dpo_pairs(train, pairs_per_problem=d.pairs_per_problem, min_gap=d.min_gap,
                                                seed=d.seed), d.max_completion_tokens)
        used = sorted({i for idx in T.micro_batches(len(pairs), d.batch_size, d.seed, 0, d.grad_accum) for i in idx})
        refs = {}
        for w in {id(ways[x].model): ways[x] for x in WAYS}.values():   # the reference once per model (format)
            w.reset()
            refs[id(w.model)] = dict(zip(used, dpo.frozen_reference_logps(w.model, tok, [pairs[i] for i in used],
                                                                          d.batch_size)))
        jobs["dpo"] = lambda w: dpo_step(w, pairs, refs[id(w.model)], d)
        print(f"dpo: {d.grad_accum} x {d.batch_size} pairs, answers up to {d.max_completion_tokens} tokens")
    if "eval" in phases:
        tests = data.load_problems("embedded", "test")[:a.eval_problems]
        jobs["eval"] = lambda w: eval_rounds(w, tests, a.eval_rounds, eval_tokens, eval_batch)
        print(f"eval: {len(tests)} problems, rounds 0..{a.eval_rounds}, greedy, {eval_tokens} new tokens, "
              f"batch {eval_batch}")

    results = {p: {w: [] for w in WAYS} for p in jobs}
    for phase, job in jobs.items():
        for r in range(a.repeats):
            for w in (WAYS if r % 2 == 0 else WAYS[::-1]):
                ways[w].reset(seed=r)
                c0 = time.process_time()
                out = job(ways[w])
                out["cpu"] = time.process_time() - c0
                results[phase][w].append(out)
                shown = ", ".join(f"{k} {v:.1f}" if isinstance(v, float) else f"{k} {v}" for k, v in out.items())
                print(f"  {phase:4s} {w}: {shown}", flush=True)

    print(f"\nload average now {os.getloadavg()[0]:.1f}; median of {a.repeats} per way; ratio = new / old "
          f"(target <= 0.5)")
    print(f"{'phase':6s} | {'old s':>8s} {'new s':>8s} {'ratio':>6s} | {'old cpu s':>9s} {'new cpu s':>9s} "
          f"{'ratio':>6s} | details (old -> new)")
    for phase, per in results.items():
        med = {w: {k: statistics.median(x[k] for x in per[w]) for k in per[w][0]} for w in WAYS}
        extra = [f"{k} {med['old'][k]:.1f} -> {med['new'][k]:.1f}" for k in med["old"]
                 if k not in ("total", "cpu", "check")]
        print(f"{phase:6s} | {med['old']['total']:8.1f} {med['new']['total']:8.1f} "
              f"{med['new']['total'] / med['old']['total']:6.2f} | {med['old']['cpu']:9.1f} {med['new']['cpu']:9.1f} "
              f"{med['new']['cpu'] / med['old']['cpu']:6.2f} | {'; '.join(extra)}")
    print(f"formats: old {fmt['old']}, new {fmt['new']}")


if __name__ == "__main__":
    main()
