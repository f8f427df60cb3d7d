"""CPU benchmark of the embedded path at Qwen2.5-Coder-0.5B: the machine's limits, each phase's time, and the
speed-ups of speedups.py against the plain way, alternated in one process.

    python bench/bench_cpu.py                 # GRPO at the reproduction's settings, SFT, DPO, an eval round
    python bench/bench_cpu.py --quick         # small sizes: a few minutes
    python bench/bench_cpu.py --no-compare    # the new way only (each phase once)
    python bench/bench_cpu.py --profile       # one GRPO step under torch.profiler: where its time goes
    python bench/bench_cpu.py --machine       # only the bandwidth and matrix-product probes

It prints
  - the machine: memory read bandwidth (a sum over a 512 MB bf16 tensor, best of 5) and matrix-product throughput
    (bf16 and fp32, torch's threads, at the update's shape: 2048 tokens x 896 -> 4864, the model's MLP);
  - the bounds they imply: a decode step reads every weight once (not the embedding table: one row per token),
    so sampling at batch B is bound by B x bandwidth / bytes of weights; the update is bound by its matrix
    products' FLOPs / the bf16 throughput (forward 2 N T, backward 2 N T: the base weights are frozen, so only
    the activations' gradient flows; the prompt counted once per group, as the new way runs it);
  - each phase's time (GRPO step: sampling / sandbox / update; SFT step; DPO step; an evaluation round), its
    tokens/s, sampling and update tokens/s as a share of their bounds, peak resident memory, and the load average
    beside every line (the machine may be shared: read ratios and shares, not absolute seconds);
  - with --compare (the default) each phase both ways, old and new alternated (old, new, new, old, ...) from the
    same LoRA weights and RNG state, so both sample the same answers (up to float rounding) and train on the same
    tokens, and the ratio new/old is the ratio of the same work;
  - with --ablate, GRPO's sampling with each speed-up left out in turn (decode step times: leaving the sampler
    out draws other answers, of other lengths).

The old way is this file's own copy of the plain way, built from public functions, with the speed-ups of
speedups.py undone (tests/test_perf.py checks it computes what the new way does): each prompt repeated G times
through HF's generate with its default DynamicCache and the LoRA adapter computed by peft at every token
(old_generate; it keeps the one-draw sampler, so that both ways draw the same answers: --ablate times it); the
GRPO update on slices of the whole batch packed once, G full copies of each prompt, peft's fp32 adapters
(old_policy_update); SFT on a padded batch (old_sft_loss); DPO on packed pairs (old_dpo_logps); an evaluation with
no memory of greedy answers (OldGenerator). Both ways load the model in the same format (--dtype auto: bf16 on a
CPU with native bf16), so the ratio is the speed-ups' alone; the probe shows what the format itself is worth.
"""
import argparse
import os
import statistics
import sys
import time
from contextlib import nullcontext

for _var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE"):
    os.environ[_var] = "1"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

import torch  # noqa: E402
from transformers.generation.logits_process import LogitsProcessorList  # noqa: E402

import afterburner  # noqa: E402
import data  # noqa: E402
import dpo  # noqa: E402
import grpo  # noqa: E402
import sft  # noqa: E402
import speedups  # noqa: E402
import training as T  # noqa: E402
from model import Answer, ModelGenerator, Rollout, chat, cpu_has_native_bf16, generate, load_model, pack  # noqa: E402

WAYS = ("old", "new")


# ----------------------------------------------------------------------------------------------------------
# The old way: the plain computation, every speed-up of speedups.py undone
# ----------------------------------------------------------------------------------------------------------
SAMPLING_PIECES = ("shared_prefill", "reserved_cache", "merged_lora", "inverse_cdf_sampler")


@torch.no_grad()
def old_generate(model, tok, prompt_texts, n=1, temperature=0.0, max_new_tokens=512, batch_size=8, keep=()):
    """model.generate the plain way: each prompt repeated n times through HF's generate (n prefills of it), HF's
    default DynamicCache (a torch.cat of the cache at every token), the LoRA adapter computed by peft, HF's sampling
    (torch.multinomial; top_k and the repetition penalty off, as generate has them). `keep`: the pieces of
    SAMPLING_PIECES to put back (--ablate times the new way with one of them left out)."""
    was_training = model.training
    model.eval()
    eos, per_call, out = tok.eos_token_id, max(1, batch_size // n), []
    plain = dict(top_k=None, repetition_penalty=1.0)                   # as generate has it
    sampling = dict(do_sample=True, temperature=temperature, top_p=1.0, **plain) if temperature > 0 else \
        dict(do_sample=False, temperature=None, top_p=None, **plain)
    if temperature > 0 and "inverse_cdf_sampler" in keep:        # greedy over the scores the sampler returns
        sampling = dict(do_sample=False, temperature=None, top_p=None, **plain,
                        logits_processor=LogitsProcessorList([speedups.InverseCDFSampler(temperature)]))
    with speedups.merged_lora(model) if "merged_lora" in keep else nullcontext():
        for i in range(0, len(prompt_texts), per_call):
            enc = tok([chat(tok, p) for p in prompt_texts[i:i + per_call]], return_tensors="pt",
                      padding=True, add_special_tokens=False)
            ids, attn = enc["input_ids"], enc["attention_mask"]                      # (k, P)
            cache = speedups.reserved_cache(model) if "reserved_cache" in keep else None
            if "shared_prefill" in keep:
                cache = speedups.shared_prefill(model, ids, attn, n, cache)
            ids, attn = ids.repeat_interleave(n, dim=0), attn.repeat_interleave(n, dim=0)   # (k * n, P)
            seqs = model.generate(input_ids=ids, attention_mask=attn, cache=cache, max_new_tokens=max_new_tokens,
                                  pad_token_id=tok.pad_token_id, eos_token_id=eos, use_cache=True, **sampling)
            for row, mask, seq in zip(ids, attn, seqs):
                completion = seq[ids.shape[1]:].tolist()
                truncated = eos not in completion
                if eos in completion:
                    completion = completion[:completion.index(eos) + 1]
                out.append(Rollout(tok.decode(completion, skip_special_tokens=True),
                                          row[mask.bool()].tolist(), completion, truncated))
    model.train(was_training)
    return out


def old_completion_logps(model, ids, attn, n_completion, with_entropy=False):
    """model.completion_logps with peft's own fp32 adapters (no speedups.adapters_in_base_dtype)."""
    position_ids = (attn.cumsum(-1) - 1).clamp(min=0)
    logits = model(input_ids=ids, attention_mask=attn, position_ids=position_ids, use_cache=False,
                   logits_to_keep=n_completion + 1).logits[:, :-1]            # (B, C, V)
    targets = ids[:, -n_completion:]
    logps, entropies = [], []
    for row_logits, row_targets in zip(logits, targets):
        row = row_logits.float().log_softmax(-1)                              # (C, V)
        logps.append(row.gather(-1, row_targets[:, None]).squeeze(-1))
        entropies.append(-(row.exp() * row).sum(-1).detach())
    return (torch.stack(logps), torch.stack(entropies)) if with_entropy else torch.stack(logps)


def old_policy_update(model, opt, sched, rollouts, advantages, pad_id, args):
    """grpo.policy_update the plain way (one inner epoch, beta 0: the CPU defaults): the whole batch packed once and
    each micro-batch a slice of it (padded to the batch's longest prompt and answer), every answer with its own
    full copy of the prompt, peft's fp32 adapters."""
    assert args.inner_epochs == 1 and not args.beta, "the old way is written for one inner epoch and beta 0"
    ids, attn, cmask = pack([x.prompt_ids for x in rollouts], [x.completion_ids for x in rollouts], pad_id)
    N, C = cmask.shape
    n_tokens = float(cmask.sum())
    stats = {"loss": 0.0, "entropy": 0.0}
    for i in range(0, N, args.micro_batch):
        sl = slice(i, min(i + args.micro_batch, N))
        logps, entropy = old_completion_logps(model, ids[sl], attn[sl], C, with_entropy=True)   # (b, C)
        loss, _ = grpo.grpo_loss(logps, logps.detach(), None, advantages[sl], cmask[sl], args.epsilon_low,
                                 args.epsilon_high, 0.0, args.loss_type, args.max_new_tokens)
        w = float(cmask[sl].sum()) / n_tokens if args.loss_type == "dapo" else (sl.stop - sl.start) / N
        (loss * w).backward()
        stats["loss"] += loss.item() * w
        stats["entropy"] += float((entropy * cmask[sl]).sum()) / n_tokens
    stats["grad_norm"] = T.optimizer_step(model, opt, sched, args.max_grad_norm)
    return stats


def old_sft_loss(model, tok, items):
    """sft.batch_loss the plain way: one padded micro-batch."""
    ids, attn, cmask = pack([p for p, _ in items], [c for _, c in items], tok.pad_token_id)
    return sft.sft_loss(old_completion_logps(model, ids, attn, cmask.shape[1]), cmask), cmask.sum()


def old_dpo_logps(model, tok, items):
    """dpo.sequence_logps the plain way: chosen and rejected packed with a full copy of the prompt each."""
    prompt_ids = [p for p, _, _ in items] * 2
    answers = [c for _, c, _ in items] + [r for _, _, r in items]
    ids, attn, cmask = pack(prompt_ids, answers, tok.pad_token_id)
    sums = (old_completion_logps(model, ids, attn, cmask.shape[1]) * cmask).sum(-1)   # (2B,)
    return sums[:len(items)], sums[len(items):]


class OldGenerator:
    """model.ModelGenerator the plain way: every prompt goes to the model (old_generate), remembered or not."""

    def __init__(self, model, tok, max_new_tokens, batch_size):
        self.model, self.tok, self.kw = model, tok, dict(max_new_tokens=max_new_tokens, batch_size=batch_size)
        self.generated = 0

    def __call__(self, prompt_texts):
        self.generated += len(prompt_texts)
        return [Answer.of(r.text, r.truncated) for r in old_generate(self.model, self.tok, prompt_texts,
                                                                            **self.kw)]


# ----------------------------------------------------------------------------------------------------------
# The machine
# ----------------------------------------------------------------------------------------------------------
def bandwidth_gbs(mb=512, repeats=5):
    """Memory read bandwidth, GB/s: the best of `repeats` sums over an `mb` MB bf16 tensor."""
    x = torch.ones(mb * 2 ** 20 // 2, dtype=torch.bfloat16)
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter()
        x.sum()
        best = min(best, time.perf_counter() - t)
    return x.numel() * 2 / best / 1e9


def matmul_gflops(tokens, d_in=896, d_out=4864, repeats=5):
    """{bf16, fp32: GFLOP/s} of a (tokens, d_in) x (d_in, d_out) product, best of `repeats`."""
    out = {}
    for name, dtype in (("bf16", torch.bfloat16), ("fp32", torch.float32)):
        x, w = torch.randn(tokens, d_in).to(dtype), torch.randn(d_out, d_in).to(dtype)
        torch.nn.functional.linear(x, w)
        best = float("inf")
        for _ in range(repeats):
            t = time.perf_counter()
            torch.nn.functional.linear(x, w)
            best = min(best, time.perf_counter() - t)
        out[name] = 2 * tokens * d_in * d_out / best / 1e9
    return out


def weight_bytes(model):
    """Bytes of weights a decode step reads: every parameter but the input embedding table (one row per token is
    read from it), counted once (a tied output layer is read as the output layer). The LoRA adapter is merged
    into its layer while sampling (speedups.merged_lora), so it adds nothing."""
    embedding = model.get_input_embeddings().weight
    seen, total = set(), 0
    for name, p in model.named_parameters():
        if "lora_" in name or id(p) in seen:
            continue
        seen.add(id(p))
        if p is not embedding or model.get_output_embeddings().weight is embedding:
            total += p.numel() * p.element_size()
    return total


def kv_bytes_per_token(model):
    """Bytes of keys and values the KV cache holds per token: 2 x layers x KV heads x head size x element size."""
    cfg = model.config
    head = getattr(cfg, "head_dim", None) or cfg.hidden_size // cfg.num_attention_heads
    dtype = next(p for n, p in model.named_parameters() if "lora_" not in n).dtype
    return 2 * cfg.num_hidden_layers * cfg.num_key_value_heads * head * torch.finfo(dtype).bits // 8


def update_flops(model, prompt_lengths, answer_lengths, group_size):
    """FLOPs of the update's matrix products, forward and backward. Forward: 2 N T over the layers' linear weights
    (N: their parameters; T: tokens, each group's prompt once, as speedups.shared_prompt_logits runs it), 2 V d per
    answer token for the output layer, and attention's scores and mixing, 4 d per key a query sees, per layer.
    Backward: the frozen weights need only the activations' gradient, as many FLOPs as their forward; attention
    needs the gradient of queries, keys and values, twice its forward; LoRA's own gradients (rank 16) are left out."""
    cfg = model.config
    d, layers, V = cfg.hidden_size, cfg.num_hidden_layers, cfg.vocab_size
    out_layer = model.get_output_embeddings().weight
    linear = sum(p.numel() for n, p in model.named_parameters()
                 if p.dim() == 2 and "lora_" not in n and p is not out_layer
                 and p is not model.get_input_embeddings().weight)
    prompt_tokens = sum(prompt_lengths[::group_size])
    answer_tokens = sum(answer_lengths)
    T_all = prompt_tokens + answer_tokens
    # causal attention: query i sees i keys; an answer token sees its prompt and the answer before it
    keys = sum(p * (p + 1) / 2 for p in prompt_lengths[::group_size]) + sum(
        a * p + a * (a + 1) / 2 for p, a in zip(prompt_lengths, answer_lengths))
    attention = 2 * 2 * d * keys * layers                                     # QK^T and AV, forward
    return 2 * (2 * linear * T_all + 2 * V * d * answer_tokens) + 3 * attention


def peak_rss_reset():
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")                                      # resets VmHWM, the peak resident set size


def peak_rss_gb():
    with open("/proc/self/status") as f:
        kb = next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))
    return kb / 2 ** 20


def load():
    return os.getloadavg()[0]


# ----------------------------------------------------------------------------------------------------------
# The phases
# ----------------------------------------------------------------------------------------------------------
class Way:
    """The model, with every timed step starting from the same LoRA weights and RNG state."""

    def __init__(self, model, tok):
        self.model, self.tok = model, tok
        self.start = grpo.lora_state(model)

    def reset(self, seed=0):
        self.model.load_state_dict(self.start, strict=False)
        self.model.zero_grad(set_to_none=True)
        T.seed_everything(seed)


def grpo_step(w, old, batch, by_id, args, bounds):
    """grpo.main's step: one generate() for prompts x G, the sandbox, the advantages, the update."""
    model, tok, G = w.model, w.tok, args.group_size
    opt, sched = T.make_optimizer(model, args.lr, 0.0, args.warmup_steps, args.steps)
    t0 = time.perf_counter()
    kw = dict(n=G, temperature=args.temperature, max_new_tokens=args.max_new_tokens, batch_size=len(batch) * G)
    asks = [b["prompt"] for b in batch]
    rollouts = old_generate(model, tok, asks, keep=("inverse_cdf_sampler",), **kw) if old else \
        generate(model, tok, asks, **kw)
    t1 = time.perf_counter()
    per_answer = [b for b in batch for _ in range(G)]
    results, rewards = grpo.score(per_answer, [r.text for r in rollouts], by_id, args)
    adv = grpo.group_advantages(torch.tensor([x["total"] for x in rewards]), G, args.scale)
    t2 = time.perf_counter()
    model.train()
    if old:
        stats = old_policy_update(model, opt, sched, rollouts, adv, tok.pad_token_id, args)
    else:
        stats = grpo.policy_update(model, opt, sched, rollouts, adv, None, tok.pad_token_id, args)
    t3 = time.perf_counter()
    answer_tokens = sum(len(r.completion_ids) for r in rollouts)
    sampling_rate = answer_tokens / (t1 - t0)
    steps = max(len(r.completion_ids) for r in rollouts)             # decode steps: until the longest answer ends
    flops = update_flops(model, [len(r.prompt_ids) for r in rollouts], [len(r.completion_ids) for r in rollouts], G)
    return {"total": t3 - t0, "sampling s": t1 - t0, "sandbox s": t2 - t1, "update s": t3 - t2,
            "sampling tok/s": sampling_rate, "of bound": sampling_rate / bounds["decode tok/s"],
            "step ms": 1e3 * (t1 - t0) / steps, "step of bound": bounds["step s"] * steps / (t1 - t0),
            "update tok/s": (sum(len(r.prompt_ids) for r in rollouts[::G]) + answer_tokens) / (t3 - t2),
            "update of bound": flops / bounds["flop/s"] / (t3 - t2),
            "answer tokens": answer_tokens, "check": stats["loss"]}


def sampling_without(w, piece, batch, args, bounds):
    """GRPO's sampling the new way but for one piece of SAMPLING_PIECES (None: all of them, model.generate)."""
    G, t0 = args.group_size, time.perf_counter()
    asks = [b["prompt"] for b in batch]
    kw = dict(n=G, temperature=args.temperature, max_new_tokens=args.max_new_tokens, batch_size=len(batch) * G)
    rollouts = generate(w.model, w.tok, asks, **kw) if piece is None else \
        old_generate(w.model, w.tok, asks, keep=[p for p in SAMPLING_PIECES if p != piece], **kw)
    dt = time.perf_counter() - t0
    steps = max(len(r.completion_ids) for r in rollouts)
    return {"total": dt, "tok/s": sum(len(r.completion_ids) for r in rollouts) / dt, "step ms": 1e3 * dt / steps,
            "step of bound": bounds["step s"] * steps / dt}


def sft_step(w, old, items, args):
    """sft.main's step: grad_accum micro-batches of batch_size examples, backward, AdamW."""
    model, tok = w.model, w.tok
    opt, sched = T.make_optimizer(model, args.lr, 0.0, args.warmup_steps, args.steps)
    model.train()
    t0 = time.perf_counter()
    loss_sum, real = 0.0, 0
    for idx in T.micro_batches(len(items), args.batch_size, args.seed, 0, args.grad_accum):
        loss, _ = (old_sft_loss if old else sft.batch_loss)(model, tok, [items[i] for i in idx])
        (loss / args.grad_accum).backward()
        loss_sum += loss.item() / args.grad_accum
        real += sum(len(items[i][0]) + len(items[i][1]) for i in idx)
    T.optimizer_step(model, opt, sched, args.max_grad_norm)
    dt = time.perf_counter() - t0
    return {"total": dt, "tok/s": real / dt, "check": loss_sum}


def dpo_step(w, old, items, ref, args):
    """dpo.main's step (the reference log-probs computed once before, as dpo.py does)."""
    model, tok = w.model, w.tok
    opt, sched = T.make_optimizer(model, args.lr, 0.0, args.warmup_steps, args.steps)
    model.train()
    t0 = time.perf_counter()
    loss_sum, real = 0.0, 0
    for idx in T.micro_batches(len(items), args.batch_size, args.seed, 0, args.grad_accum):
        pc, pr = (old_dpo_logps if old else dpo.sequence_logps)(model, tok, [items[i] for i in idx])
        rc, rr = (torch.tensor([ref[i][k] for i in idx]) for k in (0, 1))
        loss, _, _ = dpo.dpo_loss(pc, pr, rc, rr, args.beta)
        (loss / args.grad_accum).backward()
        loss_sum += loss.item() / args.grad_accum
        real += sum(len(items[i][0]) + len(items[i][1]) + len(items[i][2]) for i in idx)   # the prompt once
    T.optimizer_step(model, opt, sched, args.max_grad_norm)
    dt = time.perf_counter() - t0
    return {"total": dt, "tok/s": real / dt, "check": loss_sum}


def eval_rounds(w, old, problems, rounds, max_new_tokens, batch_size):
    """eval.py's loop (greedy) on `problems` for rounds 0..rounds, and how many prompts went to the model (the
    rest repeated an earlier prompt: the new way answers those from memory)."""
    gen = OldGenerator(w.model, w.tok, max_new_tokens, batch_size) if old else \
        ModelGenerator(w.model, w.tok, temperature=0.0, max_new_tokens=max_new_tokens, batch_size=batch_size)
    t0 = time.perf_counter()
    trajs = afterburner.optimize_many(problems, gen, rounds, "time", workers=None)
    dt = time.perf_counter() - t0
    answers = [r["answer"] for t in trajs for r in t]
    return {"total": dt, "prompts generated": gen.generated if old else len(gen.memory.answers),
            "prompts asked": len(answers), "check": sum(map(len, answers))}


# ----------------------------------------------------------------------------------------------------------
# Where one GRPO step's time goes
# ----------------------------------------------------------------------------------------------------------
def profile_grpo(w, batch, by_id, args, rows=20):
    """One GRPO step (the new way), its parts timed by hooks and its operators by torch.profiler: sampling
    (prefill and decode model calls; inside them the decoder layers, the output layer and the rest; between them
    HF's sampling and Python), the sandbox, and the update (the model's forward, the log-softmax and loss around
    it, the backward, the optimiser step). The profiler's own bookkeeping inflates the small operators of decode:
    read shares, and the wall times printed before the tables."""
    from torch.profiler import ProfilerActivity, profile
    model, tok, G = w.model, w.tok, args.group_size
    inner = model.get_base_model()                             # the transformers model under peft
    spans, calls = {}, []

    def timed(module, name, per_call=False):                   # a wall-time sum per name (and each call's length)
        def pre(_, args_, kwargs):
            module._t0 = time.perf_counter()

        def post(_, args_, kwargs, out):
            dt = time.perf_counter() - module._t0
            spans[name] = spans.get(name, 0.0) + dt
            if per_call:
                calls.append((kwargs["input_ids"].shape[1], dt))
        return [module.register_forward_pre_hook(pre, with_kwargs=True),
                module.register_forward_hook(post, with_kwargs=True)]
    hooks = timed(inner, "model", per_call=True) + timed(inner.lm_head, "output layer")
    for layer in inner.model.layers:
        hooks += timed(layer, "decoder layers")
    opt, sched = T.make_optimizer(model, args.lr, 0.0, args.warmup_steps, args.steps)
    step, backward = T.optimizer_step, torch.Tensor.backward
    clock = {"optimizer": 0.0, "backward": 0.0}

    def timing(name, fn):
        def run(*a, **k):
            t = time.perf_counter()
            out = fn(*a, **k)
            clock[name] += time.perf_counter() - t
            return out
        return run
    wall = {}
    with profile(activities=[ProfilerActivity.CPU]) as sampling_prof:
        t = time.perf_counter()
        rollouts = generate(model, tok, [b["prompt"] for b in batch], n=G, temperature=args.temperature,
                                   max_new_tokens=args.max_new_tokens, batch_size=len(batch) * G)
        wall["sampling"] = time.perf_counter() - t
    sampling_spans, sampling_calls = dict(spans), list(calls)
    spans.clear()
    t = time.perf_counter()
    results, rewards = grpo.score([b for b in batch for _ in range(G)], [r.text for r in rollouts], by_id, args)
    adv = grpo.group_advantages(torch.tensor([x["total"] for x in rewards]), G, args.scale)
    wall["sandbox"] = time.perf_counter() - t
    model.train()
    T.optimizer_step, torch.Tensor.backward = timing("optimizer", step), timing("backward", backward)
    try:
        with profile(activities=[ProfilerActivity.CPU]) as update_prof:
            t = time.perf_counter()
            grpo.policy_update(model, opt, sched, rollouts, adv, None, tok.pad_token_id, args)
            wall["update"] = time.perf_counter() - t
    finally:
        T.optimizer_step, torch.Tensor.backward = step, backward
        for h in hooks:
            h.remove()
    total = sum(wall.values())
    prefill = [dt for n, dt in sampling_calls if n > 1]
    decode = [dt for n, dt in sampling_calls if n == 1]
    print(f"\nprofile of one GRPO step (new way, under the profiler): {total:.1f} s (load {load():.1f}); "
          f"{len(rollouts)} answers, {sum(len(r.completion_ids) for r in rollouts)} answer tokens, "
          f"{len(decode)} decode steps, {sum(r.truncated for r in rollouts)} answers cut at the limit")
    for part, sec in wall.items():
        print(f"  {part:9s} {sec:7.1f} s  {100 * sec / total:5.1f}% of the step")
    layers, head = sampling_spans.get("decoder layers", 0.0), sampling_spans.get("output layer", 0.0)
    model_s = sampling_spans.get("model", 0.0)
    print(f"  sampling ({wall['sampling']:.1f} s): prefill {sum(prefill):.1f} s in {len(prefill)} call(s); decode "
          f"{sum(decode):.1f} s in {len(decode)} calls, {1e3 * statistics.median(decode or [0]):.0f} ms median")
    for name, sec in (("decoder layers (prefill + decode)", layers), ("output layer, lm_head", head),
                      ("rest of the model calls (embedding, norm, masks, rotary)", model_s - layers - head),
                      ("between model calls (HF sampling over the vocabulary, Python)", wall["sampling"] - model_s)):
        print(f"    {name:64s} {sec:7.1f} s  {100 * sec / wall['sampling']:5.1f}%")
    forward = spans.get("model", 0.0)
    print(f"  update ({wall['update']:.1f} s):")
    for name, sec in (("forward: the model", forward), ("backward", clock["backward"]),
                      ("optimiser step (clip the gradient, AdamW)", clock["optimizer"]),
                      ("the rest: log-softmax over the vocabulary, the loss, packing",
                       wall["update"] - forward - clock["backward"] - clock["optimizer"])):
        print(f"    {name:64s} {sec:7.1f} s  {100 * sec / wall['update']:5.1f}%")
    for name, prof in (("sampling", sampling_prof), ("update", update_prof)):
        print(f"\n  {name}: top operators by own CPU time")
        print(prof.key_averages().table(sort_by="self_cpu_time_total", row_limit=rows, max_name_column_width=45))


# ----------------------------------------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default="embedded", help="model to load (default: embedded, Qwen2.5-Coder-0.5B)")
    ap.add_argument("--quick", action="store_true", help="small sizes: a few minutes")
    ap.add_argument("--compare", action=argparse.BooleanOptionalAction, default=True,
                    help="run each phase the old way too, alternated with the new (default: on)")
    ap.add_argument("--repeats", type=int, default=1, help="timed steps per way and phase")
    ap.add_argument("--phases", default="grpo,sft,dpo,eval", help="comma-separated subset")
    ap.add_argument("--machine", action="store_true", help="only the bandwidth and matrix-product probes")
    ap.add_argument("--profile", action="store_true", help="profile one GRPO step (new way) instead")
    ap.add_argument("--threads", type=int, default=0, help="torch intra-op threads (0: torch's default)")
    ap.add_argument("--ablate", action="store_true", help="GRPO's sampling with each speed-up left out in turn, "
                                                          "alternated with all of them (instead of the phases)")
    a = ap.parse_args()
    if a.threads:
        torch.set_num_threads(a.threads)
    g = grpo.Args(dataset="patterns", group_size=8, micro_batch=8, max_new_tokens=256, prompts_per_step=2)
    s, d = sft.Args(dataset="patterns"), dpo.Args(dataset="patterns")
    eval_problems, eval_rounds_, eval_tokens, eval_batch = 4, 1, 256, 8
    if a.quick:
        g.group_size, g.micro_batch, g.max_new_tokens = 4, 4, 32
        s.max_completion_tokens, s.grad_accum = 96, 1
        d.max_completion_tokens, d.grad_accum = 96, 1
        eval_problems, eval_tokens = 2, 32

    print(f"torch {torch.__version__}, {torch.get_num_threads()} intra-op threads, {os.cpu_count()} CPUs, native "
          f"bf16: {cpu_has_native_bf16()}; load average {load():.1f}")
    bw = bandwidth_gbs()
    micro_tokens = 2048
    mm = matmul_gflops(micro_tokens)
    print(f"machine: read bandwidth {bw:.1f} GB/s; matrix products {micro_tokens} x 896 -> 4864, "
          f"{torch.get_num_threads()} threads: bf16 "
          f"{mm['bf16']:.0f} GFLOP/s, fp32 {mm['fp32']:.0f} GFLOP/s (load {load():.1f})")
    if a.machine:
        return

    T.seed_everything(0)
    model, tok = load_model(a.model, lora=True, lora_dropout=0.0)
    w = Way(model, tok)
    dtype = next(p for n, p in model.named_parameters() if "lora_" not in n).dtype
    wb = weight_bytes(model)
    flops_rate = (mm["bf16"] if dtype == torch.bfloat16 else mm["fp32"]) * 1e9
    B = g.prompts_per_step * g.group_size
    bounds = {"decode tok/s": B * bw * 1e9 / wb, "step s": wb / (bw * 1e9), "flop/s": flops_rate}
    # a decode step also multiplies every weight by B tokens: 2 B FLOPs per weight it reads (2 bytes in bf16)
    step_flop_s = 2 * B * wb / next(p for n, p in model.named_parameters() if "lora_" not in n).element_size() \
        / flops_rate
    print(f"model {a.model} in {str(dtype).replace('torch.', '')}: a decode step reads {wb / 1e9:.2f} GB of weights "
          f"-> a step >= {1e3 * bounds['step s']:.0f} ms, sampling at batch {B} <= {bounds['decode tok/s']:.0f} "
          f"tokens/s (the bandwidth bound, weights only; the KV cache adds {kv_bytes_per_token(model) / 1024:.0f} "
          f"KB per token held, read at every step). Its matrix products at batch {B}: >= {1e3 * step_flop_s:.0f} ms "
          f"at the probe's throughput. The update <= its FLOPs / {flops_rate / 1e9:.0f} GFLOP/s")

    train, tests = data.ensure_profiled("patterns", ("train", None), ("test", eval_problems))   # measured problems
    by_id = {p["problem_id"]: p for p in train}
    pool = grpo.grpo_prompts(train, tuple(g.instructions.split(",")), seed=g.seed)
    batch = [pool[i] for i in T.micro_batches(len(pool), g.prompts_per_step, g.seed, 0, 1)[0]]
    print(f"grpo: {g.prompts_per_step} prompts x G={g.group_size}, {g.max_new_tokens} new tokens, micro-batch "
          f"{g.micro_batch}; prompt tokens {[len(tok(chat(tok, b['prompt']))['input_ids']) for b in batch]}")
    # one short untimed pass of each path first: the first call of a shape pays oneDNN's kernel creation and the
    # allocator's growth, which a step of a real run pays once
    w.reset()
    generate(model, tok, [batch[0]["prompt"]], n=2, temperature=1.0, max_new_tokens=4)
    old_generate(model, tok, [batch[0]["prompt"]], n=2, temperature=1.0, max_new_tokens=4)
    sft.batch_loss(model, tok, [([1, 2, 3], [4, 5])])[0].backward()
    if a.profile:
        w.reset()
        profile_grpo(w, batch, by_id, g)
        return

    phases, jobs = ([] if a.ablate else a.phases.split(",")), {}
    if "grpo" in phases:
        jobs["grpo"] = lambda old: grpo_step(w, old, batch, by_id, g, bounds)
    if "sft" in phases:
        items = sft.tokenize(tok, sft.sft_examples(train, top_k=s.top_k), s.max_completion_tokens)
        jobs["sft"] = lambda old: sft_step(w, old, items, s)
        print(f"sft: {s.grad_accum} x {s.batch_size} examples, completions up to {s.max_completion_tokens} tokens")
    if "dpo" in phases:
        pairs = dpo.tokenize(tok, dpo.dpo_pairs(train, pairs_per_problem=d.pairs_per_problem, min_gap=d.min_gap,
                                                    seed=d.seed), d.max_completion_tokens)
        used = sorted({i for idx in T.micro_batches(len(pairs), d.batch_size, d.seed, 0, d.grad_accum) for i in idx})
        w.reset()
        ref = dict(zip(used, dpo.frozen_reference_logps(model, tok, [pairs[i] for i in used], d.batch_size)))
        jobs["dpo"] = lambda old: dpo_step(w, old, pairs, ref, d)
        print(f"dpo: {d.grad_accum} x {d.batch_size} pairs, answers up to {d.max_completion_tokens} tokens")
    if "eval" in phases:
        jobs["eval"] = lambda old: eval_rounds(w, old, tests, eval_rounds_, eval_tokens, eval_batch)
        print(f"eval: {len(tests)} problems, rounds 0..{eval_rounds_}, greedy, {eval_tokens} new tokens, "
              f"batch {eval_batch}")

    ways = WAYS if a.compare else ("new",)
    if a.ablate:     # the ways are: every speed-up, and each one left out
        ways = ("all",) + tuple(f"no {p}" for p in SAMPLING_PIECES)
        jobs = {"sampling": lambda way: sampling_without(w, None if way == "all" else way[3:], batch, g, bounds)}
    results = {p: {x: [] for x in ways} for p in jobs}
    for phase, job in jobs.items():
        for r in range(a.repeats):
            for way in (ways if r % 2 == 0 else ways[::-1]):
                w.reset(seed=r)
                peak_rss_reset()
                c0 = time.process_time()
                out = job(way if a.ablate else way == "old")
                out["cpu s"] = time.process_time() - c0
                out["peak RSS GB"] = peak_rss_gb()
                out["load"] = load()
                results[phase][way].append(out)
                shown = ", ".join(f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}" for k, v in out.items())
                print(f"  {phase:4s} {way}: {shown}", flush=True)

    print(f"\nmedian of {a.repeats} per way; load average now {load():.1f}")
    if a.ablate:
        for way, runs in results["sampling"].items():
            med = {k: statistics.median(o[k] for o in runs) for k in runs[0]}
            print(f"sampling, {way:18s} " + ", ".join(f"{k} {v:.2f}" for k, v in med.items()))
        return
    for phase, per in results.items():
        med = {x: {k: statistics.median(o[k] for o in per[x]) for k in per[x][0]} for x in ways}
        line = f"{phase:5s} new {med['new']['total']:7.1f} s"
        if a.compare:
            line += (f", old {med['old']['total']:7.1f} s, new/old {med['new']['total'] / med['old']['total']:.2f}")
        extra = [f"{k} " + (f"{med['old'][k]:.2f} -> " if a.compare else "") + f"{med['new'][k]:.2f}"
                 for k in med["new"] if k not in ("total", "check")]
        print(f"{line} | {'; '.join(extra)}")


if __name__ == "__main__":
    main()
