"""Training-step benchmark: our SFT / DPO / GRPO step against TRL's trainer doing the same configuration.

    python bench/bench_training.py [--repeats 5] [--warmup 1] [--memory-steps 2] [--threads 1]

For each objective, one optimisation step = forward + backward + AdamW step (+ zero_grad), on the same tiny model
(model.tiny_model(), float32, FULL parameters: ~3.2M, most in the 49152 x 64 tied embedding) and the same
fixed batch as tests/test_trl_parity.py (3 prompts of 5/3/7 tokens; SFT: 3 completions, DPO: 3 pairs, GRPO: 3 x 3
completions of 1..6 tokens). Both contenders use the same optimiser, torch.optim.AdamW(all parameters, lr=1e-5,
weight_decay=0), and the configuration under which tests/test_trl_parity.py shows the two give the same loss and
gradients:

  ours  SFT   sft.batch_loss (pack + completion_logps + sft_loss) -> backward
        DPO   dpo.sequence_logps (one forward for chosen + rejected) + dpo_loss against reference log-probs
              computed once before training (as dpo.py does) -> backward
        GRPO  completion_logps(with_entropy=True, as grpo.py's loop) + grpo_loss(dapo, eps 0.2/0.28, beta=0,
              old log-probs given: an inner epoch > 1) -> backward
  TRL   SFT   SFTTrainer(completion_only_loss=True).training_step(model, collated batch, num_items_in_batch)
        DPO   DPOTrainer(precompute_ref_log_probs=True).training_step(...): the batch carries ref_chosen_logps /
              ref_rejected_logps (the same values as ours), so neither side runs a reference forward in the step
        GRPO  GRPOTrainer(loss_type="dapo", epsilon=0.2, epsilon_high=0.28, beta=0).compute_loss(model, inputs)
              + trainer.accelerator.backward: GRPOTrainer.training_step would call _prepare_inputs, which samples
              new completions; the batch (prompt/completion ids and masks, advantages, old_per_token_logps,
              num_items_in_batch) is given, as after TRL's generation step.
  Both then run the same optimizer.step() and optimizer.zero_grad(set_to_none=True).

Time: wall time of the whole step (time.perf_counter); `--warmup` untimed steps each, then the MEDIAN of `--repeats`.
Both contenders are timed in the same process, alternately (ours, TRL, TRL, ours, ...): on a shared machine a change
of background load then hits both alike (separate runs minutes apart were seen to differ by 7x on the same work).
Torch runs with `--threads` intra-op threads, 1 by default: on a 2-core machine that other jobs also use, 2 OpenMP
threads spend most of a step waiting for each other (the same GRPO step took 0.1-0.3 s or 1.3-1.5 s at random with 2
threads, a steady ~0.09 s with 1); pass --threads 2 on an idle machine.

Memory: every (objective, contender) runs in its own fresh subprocess, so nothing one contender allocated (or the
allocator kept) can hide or inflate the other's. tracemalloc does not see torch's tensor storage, and torch's CPU
profiler (profile_memory=True) reports per-operator allocations, not the process peak that decides whether a run
fits; so we measure the process's peak resident set size over the first `--memory-steps` steps: just before the
first step (model, trainer, optimiser and batch built, gc.collect()), the kernel's high-water mark is reset by
writing "5" to /proc/self/clear_refs (Linux >= 4.0; it resets VmHWM and with it getrusage's ru_maxrss); after the
steps, peak delta = VmHWM - VmRSS at the reset. This counts everything a step adds at its peak: activations,
gradients, the AdamW state created on the first step, the allocator's slack. The children run with glibc's
MALLOC_MMAP_THRESHOLD_=131072 (its initial default, made fixed): by default glibc raises the threshold after each
freed large block, so whether a tensor's memory goes back to the kernel depends on the allocation history and the
same measurement varied by up to 35 MB between runs; with the threshold fixed, repeated runs agree within 0.5 MB
and RSS follows the live tensors closely. Where the reset is not allowed, the fallback is
ru_maxrss(after) - ru_maxrss(before), which undercounts when set-up peaked higher than the steps (flagged "*").
Absolute numbers are small and platform dependent; the ratio ours/TRL is what to read.

CPU only; the whole run takes about 1.5-2 minutes on 2 cores.
"""
import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

for _var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE"):
    os.environ[_var] = "1"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

LR = 1e-5


# ------------------------------------------------------------------------------------------------ memory probes
def _status_kb(field):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise KeyError(field)


def reset_peak():
    """Reset the kernel's RSS high-water mark. Returns (method, baseline_kb)."""
    gc.collect()
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return "hwm-reset", _status_kb("VmRSS")
    except OSError:
        return "ru_maxrss*", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def peak_since(method):
    if method == "hwm-reset":
        return _status_kb("VmHWM")
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


# ------------------------------------------------------------------------------------------------ the batch
def make_batch(tok):
    """The fixed batch of the parity tests, imported so that both always measure the same thing."""
    from tests.test_trl_parity import fixed_batch
    return fixed_batch(tok)


def common_args(out):
    return dict(output_dir=out, report_to="none", use_cpu=True, bf16=False, fp16=False, gradient_accumulation_steps=1,
                save_strategy="no", logging_strategy="no", seed=0, learning_rate=LR, weight_decay=0.0)


# ------------------------------------------------------------------------------------------------ contenders
def build(objective, contender, model, reference, tok, batch, out):
    """-> step(): one forward + backward (optimizer step outside), returning the loss as a float."""
    import torch

    import dpo
    import grpo
    import sft
    from model import completion_logps, pack
    from tests.test_trl_parity import G, REWARDS  # the parity tests' group size and rewards

    if objective == "sft":
        items = list(zip(batch["prompts"], batch["chosen"]))
        if contender == "ours":
            def step():
                loss, _ = sft.batch_loss(model, tok, items)
                loss.backward()
                return float(loss)
            return step
        from datasets import Dataset
        from trl import SFTConfig, SFTTrainer
        ds = Dataset.from_dict({"input_ids": [p + c for p, c in items],
                                "completion_mask": [[0] * len(p) + [1] * len(c) for p, c in items]})
        trainer = SFTTrainer(model=model, args=SFTConfig(**common_args(out), per_device_train_batch_size=len(items),
                                                         completion_only_loss=True, max_length=None),
                             train_dataset=ds, processing_class=tok)
        trainer.current_gradient_accumulation_steps = 1
        inputs = trainer.data_collator([trainer.train_dataset[i] for i in range(len(items))])
        n_items = (inputs["labels"][:, 1:] != -100).sum()

        def step():
            return float(trainer.training_step(model, dict(inputs), n_items))
        return step

    if objective == "dpo":
        items = list(zip(batch["prompts"], batch["chosen"], batch["rejected"]))
        with torch.no_grad():                        # the reference, once, before training (both sides)
            reference.eval()
            ref_c, ref_r = dpo.sequence_logps(reference, tok, items)
        if contender == "ours":
            def step():
                pc, pr = dpo.sequence_logps(model, tok, items)
                loss, _, _ = dpo.dpo_loss(pc, pr, ref_c, ref_r, 0.1)
                loss.backward()
                return float(loss)
            return step
        from datasets import Dataset
        from trl import DPOConfig, DPOTrainer
        ds = Dataset.from_dict({"prompt": ["Question: two plus two is"], "chosen": [" four"], "rejected": [" five"]})
        trainer = DPOTrainer(model=model, ref_model=reference,
                             args=DPOConfig(**common_args(out), per_device_train_batch_size=len(items), beta=0.1,
                                            max_length=None, precompute_ref_log_probs=True),
                             train_dataset=ds, processing_class=tok)
        trainer.current_gradient_accumulation_steps = 1
        inputs = trainer.data_collator([{"prompt_ids": p, "chosen_ids": c, "rejected_ids": r,
                                         "ref_chosen_logps": float(a), "ref_rejected_logps": float(b)}
                                        for (p, c, r), a, b in zip(items, ref_c, ref_r)])

        def step():
            return float(trainer.training_step(model, dict(inputs), None))
        return step

    # grpo
    ids, attn, cmask = pack(batch["grpo_prompts"], batch["grpo_completions"], tok.pad_token_id)
    C = cmask.shape[1]
    P = ids.shape[1] - C
    with torch.no_grad():
        old = completion_logps(model, ids, attn, C) + batch["old_shift"][:, :C]
    adv = grpo.group_advantages(torch.tensor(REWARDS), G, "group")
    if contender == "ours":
        def step():
            logps, _entropy = completion_logps(model, ids, attn, C, with_entropy=True)
            loss, _ = grpo.grpo_loss(logps, old, None, adv, cmask, 0.2, 0.28, 0.0, "dapo", 8)
            loss.backward()
            return float(loss)
        return step
    from datasets import Dataset
    from trl import GRPOConfig, GRPOTrainer
    trainer = GRPOTrainer(model=model, reward_funcs=lambda completions, **kw: [0.0] * len(completions),
                          args=GRPOConfig(**common_args(out), per_device_train_batch_size=len(REWARDS),
                                          num_generations=G, max_completion_length=8, loss_type="dapo",
                                          scale_rewards="group", beta=0.0, epsilon=0.2, epsilon_high=0.28,
                                          use_bias_correction_kl=False),
                          train_dataset=Dataset.from_dict({"prompt": ["a", "b", "c"]}), processing_class=tok)
    trainer.current_gradient_accumulation_steps = 1
    inputs = {"prompt_ids": ids[:, :P], "prompt_mask": attn[:, :P], "completion_ids": ids[:, P:],
              "completion_mask": attn[:, P:], "advantages": adv, "old_per_token_logps": old,
              "num_items_in_batch": attn[:, P:].sum()}

    def step():
        model.train()
        loss = trainer.compute_loss(model, dict(inputs))
        trainer.accelerator.backward(loss)
        return float(loss)
    return step


def setup(objective, contender, out):
    import torch

    from model import tiny_model
    torch.manual_seed(0)
    model, tok = tiny_model(seed=0)
    reference = tiny_model(seed=1)[0] if objective == "dpo" else None
    model.train()
    step = build(objective, contender, model, reference, tok, make_batch(tok), out)
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=LR, weight_decay=0.0)

    def full_step():
        loss = step()
        opt.step()
        opt.zero_grad(set_to_none=True)
        return loss
    return full_step


def child_time(objective, repeats, warmup):
    """Both contenders in one process, timed alternately (ours, TRL, TRL, ours, ...), so that a change in the
    machine's background load hits both alike."""
    import torch
    with tempfile.TemporaryDirectory() as out:
        steps = {c: setup(objective, c, out) for c in ("ours", "trl")}
        losses = {c: [steps[c]() for _ in range(warmup)] for c in steps}
        times = {c: [] for c in steps}
        for r in range(repeats):
            for c in (("ours", "trl") if r % 2 == 0 else ("trl", "ours")):
                t = time.perf_counter()
                losses[c].append(steps[c]())
                times[c].append(time.perf_counter() - t)
    print(json.dumps({"objective": objective, "times_s": times, "first_loss": {c: v[0] for c, v in losses.items()},
                      "threads": torch.get_num_threads()}))


def child_memory(objective, contender, n_steps):
    """One contender alone in a fresh process: the peak RSS increase over its first `n_steps` steps."""
    with tempfile.TemporaryDirectory() as out:
        full_step = setup(objective, contender, out)
        method, base_kb = reset_peak()
        for _ in range(n_steps):
            full_step()
        peak_kb = peak_since(method)
    print(json.dumps({"objective": objective, "contender": contender, "peak_delta_mb": (peak_kb - base_kb) / 1024,
                      "base_mb": base_kb / 1024, "mem_method": method}))


def run_child(threads, *args):
    env = {**os.environ, "OMP_NUM_THREADS": str(threads), "MKL_NUM_THREADS": str(threads),
           "MALLOC_MMAP_THRESHOLD_": "131072"}   # a fixed glibc mmap threshold: reproducible RSS (see the docstring)
    proc = subprocess.run([sys.executable, os.path.abspath(__file__), "--threads", str(threads), *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT, env=env)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        sys.exit(f"error: {' '.join(map(str, args))} failed:\n{proc.stderr[-3000:]}")
    return json.loads(lines[-1])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeats", type=int, default=5, help="timed steps per contender (the median is reported)")
    ap.add_argument("--warmup", type=int, default=1, help="untimed steps first")
    ap.add_argument("--memory-steps", type=int, default=2, help="steps over which the peak memory is taken")
    ap.add_argument("--threads", type=int, default=1, help="torch intra-op threads in every contender's process")
    ap.add_argument("--child-time", metavar="OBJECTIVE", help=argparse.SUPPRESS)
    ap.add_argument("--child-memory", nargs=2, metavar=("OBJECTIVE", "CONTENDER"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child_time or a.child_memory:
        import torch
        torch.set_num_threads(a.threads)
    if a.child_time:
        return child_time(a.child_time, a.repeats, a.warmup)
    if a.child_memory:
        return child_memory(*a.child_memory, a.memory_steps)
    t0 = time.time()
    load0 = os.getloadavg()[0]
    timing, memory = {}, {}
    for objective in ("sft", "dpo", "grpo"):
        r = timing[objective] = run_child(a.threads, "--child-time", objective, "--repeats", a.repeats,
                                          "--warmup", a.warmup)
        for c in ("ours", "trl"):
            memory[objective, c] = m = run_child(a.threads, "--child-memory", objective, c,
                                                 "--memory-steps", a.memory_steps)
            print(f"  {objective:4s} {c:4s}: step times {', '.join(f'{x * 1e3:.0f}' for x in r['times_s'][c])} ms; "
                  f"peak +{m['peak_delta_mb']:.1f} MB over {a.memory_steps} steps from {m['base_mb']:.0f} MB "
                  f"[{m['mem_method']}]", flush=True)
    print(f"\ntiny model, full parameters, torch AdamW; torch intra-op threads: {timing['sft']['threads']}; "
          f"time = median of {a.repeats} steps after {a.warmup} warm-up, contenders alternated in one process; "
          f"peak = RSS high-water mark over {a.memory_steps} steps minus RSS before them, each contender alone in a "
          f"fresh process; "
          f"load average {load0:.1f} -> {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs\n")
    print(f"{'objective':9s} | {'ours ms':>8s} {'TRL ms':>8s} {'time ours/TRL':>13s} | {'ours MB':>8s} {'TRL MB':>8s} "
          f"{'peak ours/TRL':>13s} | first-step loss ours / TRL")
    for objective in ("sft", "dpo", "grpo"):
        t = {c: statistics.median(timing[objective]["times_s"][c]) for c in ("ours", "trl")}
        m = {c: memory[objective, c]["peak_delta_mb"] for c in ("ours", "trl")}
        loss = timing[objective]["first_loss"]
        print(f"{objective:9s} | {t['ours'] * 1e3:8.1f} {t['trl'] * 1e3:8.1f} {t['ours'] / t['trl']:13.2f} | "
              f"{m['ours']:8.1f} {m['trl']:8.1f} {m['ours'] / m['trl'] if m['trl'] > 0 else float('nan'):13.2f} | "
              f"{loss['ours']:.6f} / {loss['trl']:.6f}")
    print(f"\ntotal {time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
