"""speedups.py -- CPU speed-ups: each changes how, not what, is computed.

The method needs none of this file: model.py's plain plumbing (generate, completion_logps, answer_logps,
ModelGenerator) calls these pieces where they apply and takes the plain way where they cannot, and sft.py, dpo.py,
grpo.py and eval.py never name them. Each piece gives the plain way's result up to float rounding (the adapters in
bf16: within a stated tolerance; the sampler: the same distribution), and tests/test_perf.py pins each one against
the plain way, computed directly or by bench/bench_cpu.py's own copy of it (which the bench times side by side).

What each saves is measured at Qwen2.5-Coder-0.5B in bf16 on this project's 2-core AMD EPYC (AVX512-BF16), at
GRPO's reproduction settings (2 prompts x G = 8, 256 new tokens, micro-batch 8) unless said otherwise: counts of
work are exact; the sampling times are `bench/bench_cpu.py --ablate --repeats 2` (each piece left out in turn,
alternated with all of them, median of 2, load average 1.8-2.0 with the bench itself; 2026-12-07, the code of 06c6d69).

Sampling (model.generate, model.ModelGenerator)
  shared_prefill        G answers to one prompt: the prompt runs through the model once and its KV cache is copied
                        G times. Saves G-1 of G prefills: 714 prompt tokens instead of 5,712 a step; sampling
                        44.0 s instead of 63.2 s. Pinned by test_shared_prefill_gives_the_same_tokens.
  reserved_cache        the KV cache writes each new token into room reserved ahead instead of HF's torch.cat of
                        the whole cache at every step (118 MB a step at batch 16 x 600 tokens, beside 0.99 GB of
                        weights read). At 0.5B no measurable gain (left out: 1% faster, 2% more CPU time: noise);
                        it pays at SmolLM2-135M in fp32 (7x the cache per byte of weights: the copies were 22-49% of
                        a decode step's CPU time in two profiles), so it stays. Pinned by
                        test_fast_sampling_gives_the_same_tokens_and_leaves_the_weights_untouched,
                        test_reserved_cache_grows_past_its_room.
  merged_lora           LoRA folded into the weights for the call: one matrix product per adapted layer instead of
                        three plus peft's Python, 168 adapted layers every step: sampling 44.0 s instead of 47.9 s.
                        Pinned by the same test (the same tokens, every weight bit for bit the same afterwards).
  InverseCDFSampler     a token drawn with one uniform number per sequence instead of torch.multinomial's
                        exponential variate per vocabulary entry: 1.9 ms instead of 48 ms a step at batch 16 (load
                        0.5); a decode step 172 ms instead of 218 ms, sampling 44.0 s instead of 55.9 s. Pinned by
                        test_one_draw_sampler_draws_each_token_with_its_probability.
  AnswerMemory          greedy decoding only: a prompt asked before (byte for byte) is answered from memory; a
                        round whose kept code did not change costs no generation. Pinned by
                        test_greedy_generator_remembers_answers.
Log-probs (model.completion_logps, model.answer_logps: SFT's loss, DPO's pairs, GRPO's update)
  adapters_in_base_dtype  on a bf16 base, LoRA's products in bf16 instead of peft's cast of every adapted layer's
                        input up to fp32; parameters, gradients, optimiser state stay fp32. A padded SFT micro-batch
                        of 4: forward 29-35 s instead of 39-42 s (load 4-5). Within a tolerance. Pinned by
                        test_adapters_compute_in_bf16_on_a_bf16_base_with_fp32_parameters.
  shared_prompt_logits  answers in runs to one prompt (GRPO's groups, DPO's pairs; found by prompt_groups): the
                        prompt runs once, with gradients, and its answers attend to its keys/values. Not under
                        gradient checkpointing (can_share_prompt). GRPO's update: 3,952 tokens through the model
                        instead of 8,950 (a step's 3,238 answer tokens). Pinned by
                        test_prompt_groups_finds_runs_of_one_prompt,
                        test_shared_prompt_logps_and_gradients_match_full_copies,
                        test_grpo_update_matches_the_plain_one, test_dpo_with_a_shared_prompt_matches_the_packed_pairs.
  no padding            (model.answer_logps, grpo.policy_update) on a CPU each sequence goes through the model alone,
                        at its own length, and each GRPO micro-batch is packed on its own, not cut from the whole
                        batch's padding. An SFT micro-batch of the patterns tier is ~7% padding; at 0.5B the gain
                        was within the noise of a loaded machine. Pinned by
                        test_unpadded_sft_loss_and_gradients_match_the_padded_batch,
                        test_micro_batches_packed_alone_give_the_same_logps, test_grpo_update_matches_the_plain_one.

Layering: this file imports nothing of ours (torch, transformers and peft only), and model.py imports it. The
plain loop and forward in model.py call the speed-ups, and every speed-up acts on an HF/peft model directly, so it
needs none of our plumbing; where a piece cannot finish alone (log-probs from logits) it hands the logits back.
"""
import math
from contextlib import contextmanager

import torch
from transformers.cache_utils import DynamicCache, DynamicLayer


def _on_cpu(model):
    return next(model.parameters()).device.type == "cpu"


def gradient_checkpointing_on(model):
    return any(getattr(m, "gradient_checkpointing", False) for m in model.modules())


# ----------------------------------------------------------------------------------------------------------
# 1. Sampling
# ----------------------------------------------------------------------------------------------------------
def shared_prefill(model, ids, attn, n, cache):
    """The KV cache of k left-padded prompts ids, attn (k, P), each copied n times: (k * n, ...), for generate() to
    sample n answers per prompt from. The cache holds each prompt minus its last token; generate() runs that token
    and samples from there, as it would have after a full prefill (the same numbers up to float rounding: a pass
    over P-1 + 1 tokens sums in another order than one over P). An edit-mode prompt is ~420-580 tokens and an
    answer up to 192-512, so a group of G answers saves G-1 of its G prompt passes. Returns `cache` untouched when
    there is nothing to share (n == 1, or a one-token prompt)."""
    if n == 1 or ids.shape[1] < 2:
        return cache
    positions = (attn.cumsum(-1) - 1).clamp(min=0)                           # left padding keeps positions
    cache = model(input_ids=ids[:, :-1], attention_mask=attn[:, :-1], position_ids=positions[:, :-1],
                  cache=cache, use_cache=True, logits_to_keep=1).cache        # (k, P-1): the prompts' keys/values
    cache.batch_repeat_interleave(n)                                          # (k, ...) -> (k * n, ...)
    return cache


class ReservedLayer(DynamicLayer):
    """One layer of a KV cache that writes each new token into room reserved ahead, instead of HF's default
    torch.cat of the whole cache with the new token at every step. The cat re-allocates and copies the layer's
    whole cache at every token (at 0.5B: 2 KV heads x 64 x 2 (keys, values) x 2 bytes = 512 bytes per token and
    layer; at batch 16 x 600 tokens, 4.9 MB per layer and 118 MB a step over 24 layers, beside the 0.99 GB of
    weights a step reads), and on a CPU each such allocation is fresh memory the kernel must map and zero
    (measured at SmolLM2-135M, batch 8: 22-49% of a decode step's CPU time in two profiles). Here the room doubles
    when full, so a token costs one small copy. Only without gradients (sampling): an in-place write
    into a tensor autograd saved would be an error, so with gradients it does what DynamicLayer does."""

    def update(self, key_states, value_states, *args, **kwargs):
        if not self.is_initialized:
            self.lazy_initialization(key_states, value_states)
        if torch.is_grad_enabled() and (key_states.requires_grad or self.keys.requires_grad):
            return super().update(key_states, value_states, *args, **kwargs)
        L, t = self.get_seq_length(), key_states.shape[-2]
        room = getattr(self, "room", None)
        # a new room when there is none, when it is full, or when the cache was replaced (repeat_interleave, crop,
        # batch selection make new tensors: self.keys is then no longer a view of the room)
        if room is None or self.keys._base is not room[0] or L + t > room[0].shape[-2]:
            B, H, _, D = key_states.shape
            room = tuple(key_states.new_empty(B, H, 2 * (L + t) + 64, D) for _ in range(2))   # (B, H, room, D)
            if L:
                room[0][:, :, :L], room[1][:, :, :L] = self.keys, self.values
            self.room = room
        room[0][:, :, L:L + t], room[1][:, :, L:L + t] = key_states, value_states
        self.keys, self.values = room[0][:, :, :L + t], room[1][:, :, :L + t]       # views: (B, H, L + t, D)
        return self.keys, self.values


def reserved_cache(model):
    """A DynamicCache for `model` whose plain layers are ReservedLayers (sliding-window layers are left as HF
    makes them)."""
    cache = DynamicCache(config=model.config)
    cache.layers = [ReservedLayer() if type(layer) is DynamicLayer else layer for layer in cache.layers]
    return cache


@contextmanager
def merged_lora(model):
    """LoRA folded into the weights while sampling on a CPU: each adapted layer computes with W' = W + (alpha / r) B A
    (a new tensor; W itself is never written) and the adapter is switched off, so a layer is one matrix product
    instead of three plus the adapter's Python (at 0.5B: 24 layers x 7 adapted linears, every token). The same
    function up to float rounding; afterwards every layer has its own W back, untouched. Not on CUDA: 4-bit weights
    cannot take an exact merge, and W' of a real model would cost GPU memory. Without a LoRA adapter, nothing."""
    from peft.tuners.lora import LoraLayer
    layers = [m for m in model.modules() if isinstance(m, LoraLayer)]
    weights = [m.get_base_layer().weight for m in layers]
    if (not layers or not _on_cpu(model) or not hasattr(model, "disable_adapter")
            or any(m.merged or m.disable_adapters for m in layers)
            or any(w.dtype not in (torch.float32, torch.bfloat16, torch.float16) for w in weights)):
        yield
        return
    originals = [w.data for w in weights]
    try:
        for m, w in zip(layers, weights):
            w.data = w.data + sum(m.get_delta_weight(name) for name in m.active_adapters).to(w.dtype)
        with model.disable_adapter():      # the adapter's own path off: its update is inside W' now
            yield
    finally:
        for w, original in zip(weights, originals):
            w.data = original


class InverseCDFSampler:
    """Temperature sampling with one uniform draw per sequence, as a logits processor for HF's generate run greedy:
    it returns scores that are 0 at the sampled token and -inf elsewhere, so the greedy argmax takes that token.

    HF's own sampling is torch.multinomial, which on a CPU draws an exponential variate for every vocabulary entry of
    every sequence (at 0.5B, batch 16: 2.4 M draws a step, measured 48 ms on a quiet 2-core machine, beside a decode
    step's ~140 ms). Here: p = softmax(scores / T) (B, V), its running sum F (B, V), one u ~ U(0, F_V) per sequence,
    and the token is the first index i with F_i > u: token i is drawn with probability p_i, the same distribution
    (~2 ms)."""

    def __init__(self, temperature):
        self.temperature = temperature

    def __call__(self, input_ids, scores):                                  # scores: (B, V) fp32
        # F_i = sum_{j <= i} p_j,  p = softmax(scores / T)
        cdf = (scores / self.temperature).softmax(-1).cumsum(-1)             # (B, V)
        # token = min { i : F_i > u },  u ~ U(0, F_V)
        u = torch.rand(scores.shape[0], 1, device=scores.device) * cdf[:, -1:]   # (B, 1)
        token = torch.searchsorted(cdf, u, right=True).clamp(max=scores.shape[1] - 1)   # (B, 1)
        return torch.full_like(scores, float("-inf")).scatter_(1, token, 0.0)


class AnswerMemory:
    """Greedy answers remembered by prompt text. Greedy decoding is a function of the prompt, the weights and the
    settings, all fixed for one generator, so a prompt seen before (the loop asks the same thing again when a round
    kept nothing new: same kept code, same measurements) gets the same answer without a model call, and a prompt
    repeated within one call is generated once. The one thing a new call could change is float rounding from a
    different batch (other prompts, other padding), which can flip a near-tie between two tokens; the remembered
    answer is the one this run already saw. Only for greedy decoding, and only while the weights stay as they are."""

    def __init__(self):
        self.answers = {}                  # prompt text -> answer

    def __call__(self, prompt_texts, generate):
        """The answers to `prompt_texts`, asking `generate` (prompts -> answers) only for those not seen before."""
        new = list(dict.fromkeys(p for p in prompt_texts if p not in self.answers))     # unique, in order
        if new:
            self.answers.update(zip(new, generate(new)))
        return [self.answers[p] for p in prompt_texts]


# ----------------------------------------------------------------------------------------------------------
# 2. Log-probs for training
# ----------------------------------------------------------------------------------------------------------
@contextmanager
def adapters_in_base_dtype(model):
    """On a CPU, with bf16 base weights: LoRA's matrix products in bf16 too, its parameters still fp32.

    peft keeps the adapters in fp32 on a bf16 base and casts every adapted layer's bf16 input up to fp32 (every
    adapted linear, forward and backward; measured at SmolLM2-135M: ~9k casts, 13% of a bf16 SFT micro-batch's CPU
    time in a torch-profiler look). Here peft's input cast is switched off and autocast runs the adapters' products
    in bf16 instead: it casts the small A (r, d) and B (d, r) down once per autocast region (and caches them), and
    the (tokens, d) activations stay as they are. The parameters, their gradients and the optimiser state stay fp32
    (autocast casts the gradient back to each fp32 leaf); what changes is the rounding of the adapters' products,
    measured on a fixed batch within the tolerance of tests/test_perf.py. Not on CUDA (4-bit bitsandbytes layers take
    their own compute dtype), not in fp32, and not under gradient checkpointing: its recomputation in the backward
    runs after peft's cast is back on, so the recomputed layer would see other dtypes than the forward did."""
    from peft.tuners.lora import LoraLayer
    layers = [m for m in model.modules() if isinstance(m, LoraLayer)]
    if (not layers or not _on_cpu(model) or gradient_checkpointing_on(model)
            or layers[0].get_base_layer().weight.dtype != torch.bfloat16):
        yield
        return
    from peft.helpers import disable_input_dtype_casting
    with disable_input_dtype_casting(model), torch.autocast("cpu", dtype=torch.bfloat16):
        yield


def can_share_prompt(model):
    """Whether shared_prompt_logits may be used: gradient checkpointing drops the KV cache in training (HF sets
    cache=None inside each checkpointed layer), and the completions would then attend to no prompt at all."""
    return not gradient_checkpointing_on(model)


def prompt_groups(prompt_ids):
    """The prompt of each answer (B lists) -> (k distinct prompts, n) when the answers come in k runs of n answers
    to one prompt each (n >= 2, one prompt at least 2 tokens long), else None. A longer run of one prompt (two
    GRPO groups or two DPO pairs of the same problem side by side) counts as several runs of n, n the greatest
    common divisor of the run lengths."""
    runs = []                                                  # [prompt, run length]
    for p in prompt_ids:
        if runs and p == runs[-1][0]:
            runs[-1][1] += 1
        else:
            runs.append([p, 1])
    n = math.gcd(*(size for _, size in runs))
    if n < 2 or max(map(len, prompt_ids)) < 2:
        return None
    return [p for p, size in runs for _ in range(size // n)], n


def shared_prompt_logits(model, prompt_ids, completion_ids, pad_id):
    """The logits that predict each answer token, for k prompts with n answers each (completion_ids: k * n lists,
    prompt i's n answers consecutive), running each prompt through the model once: logits (k * n, C, V) and the
    answer tokens they predict (k * n, C), C the longest answer (its padding past each answer's end).

    The prompt minus its last token goes through the model once, with gradients, and its keys/values are copied n
    times (repeat_interleave: differentiable, so each answer's gradient flows back into the one prompt pass,
    summed); the answers then attend to that cache. The same function of the weights as packing n full copies, up
    to float rounding (tests/test_perf.py). Needs prompts of >= 2 tokens; not under gradient checkpointing
    (can_share_prompt)."""
    k, n = len(prompt_ids), len(completion_ids) // len(prompt_ids)
    if k * n != len(completion_ids):
        raise ValueError(f"{len(completion_ids)} answers for {k} prompts: each prompt needs the same number")
    P, C = max(map(len, prompt_ids)), max(max(map(len, completion_ids)), 1)
    prompt = torch.full((k, P), pad_id, dtype=torch.long)                   # (k, P) left-padded
    prompt_attn = torch.zeros_like(prompt)
    for i, p in enumerate(prompt_ids):
        prompt[i, P - len(p):], prompt_attn[i, P - len(p):] = torch.tensor(p, dtype=torch.long), 1
    answers = torch.full((k * n, 1 + C), pad_id, dtype=torch.long)          # (k*n, 1+C): last prompt token, y
    answers_attn = torch.zeros((k * n, C), dtype=torch.long)                # (k*n, C) right-padded
    for j, c in enumerate(completion_ids):
        answers[j, 1:1 + len(c)], answers_attn[j, :len(c)] = torch.tensor(c, dtype=torch.long), 1
    answers[:, 0] = prompt[:, -1].repeat_interleave(n)
    device = next(model.parameters()).device
    prompt, prompt_attn, answers, answers_attn = (x.to(device) for x in (prompt, prompt_attn, answers, answers_attn))
    full_attn = torch.cat([prompt_attn.repeat_interleave(n, dim=0), answers_attn], dim=1)   # (k*n, P+C)
    positions = (full_attn.cumsum(-1) - 1).clamp(min=0)                     # left padding must not shift positions
    with adapters_in_base_dtype(model):
        cache = model(input_ids=prompt[:, :-1], attention_mask=prompt_attn[:, :-1],
                      position_ids=positions[::n, :P - 1], use_cache=True, logits_to_keep=1).cache  # (k, P-1), once
        cache.batch_repeat_interleave(n)                                     # (k, ...) -> (k * n, ...)
        logits = model(input_ids=answers, attention_mask=full_attn, position_ids=positions[:, P - 1:], cache=cache,
                       use_cache=True).logits[:, :-1]                        # (k*n, C, V): logit t predicts y_t
    return logits, answers[:, 1:]
