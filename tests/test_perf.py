"""The speed-ups of speedups.py change only the time a result takes, or its numbers within a stated tolerance: each
is checked against the plain way, computed directly (pack + completion_logps) or by bench/bench_cpu.py's copy of
the old way (so the benchmark's comparison is a comparison of the same work).

- generate: one prefill per prompt, the reserved KV cache and LoRA merged give the plain way's tokens; the one-draw
  sampler draws from the distribution HF's multinomial draws from.
- the shared prompt pass (GRPO's groups, DPO's pairs): the packed full copies' log-probs and gradients within 1e-5.
- no padding: a micro-batch packed alone, and SFT's sequences run alone, give the padded batch's numbers.
- ModelGenerator remembers greedy answers by prompt: a repeated prompt costs no model call, gives the same answer.
- the adapters in bf16 on a bf16 base; bf16 base weights (--dtype bf16) within BF16_TOLERANCE of fp32.
"""
import copy

import pytest
import torch

import model as models
import sft
import speedups
from bench import bench_cpu

# Measured on the fixed batch below (SmolLM2-135M, --model smollm2, + a fresh LoRA, 2 statements + human solutions, 177
# positions): per-token log-prob max |bf16 - fp32| 0.22 nat, mean 0.037 nat; SFT loss 1.8530 (fp32) vs 1.8562
# (bf16), 0.17% apart. (On two real SFT examples: 0.27, 0.043 and 0.3%.) The tolerance leaves about 2x room.
BF16_TOLERANCE = {"logp_max_abs": 0.5, "logp_mean_abs": 0.1, "loss_rel": 0.02}


PROMPTS = ["Write add.", "Write a longer function please, with a docstring."]


@pytest.mark.parametrize("temperature", [0.0, 1.0])
def test_shared_prefill_gives_the_same_tokens(tiny, temperature):
    """generate (each prompt prefilled once for its 3 answers, the reserved KV cache) against the plain way (the
    prompt repeated 3 times through HF's generate, its default cache; the same one-draw sampler): the same tokens,
    greedy and sampled."""
    model, tok = tiny
    runs = []
    for way in (bench_cpu.old_generate, models.generate):
        torch.manual_seed(0)
        kw = dict(keep=("inverse_cdf_sampler",)) if way is bench_cpu.old_generate else {}
        runs.append(way(model, tok, PROMPTS, n=3, temperature=temperature, max_new_tokens=10, batch_size=6, **kw))
    assert [r.prompt_ids for r in runs[0]] == [r.prompt_ids for r in runs[1]]
    assert [r.completion_ids for r in runs[0]] == [r.completion_ids for r in runs[1]]
    assert len({tuple(r.completion_ids) for r in runs[1]}) > 1 or temperature == 0   # sampling did sample


def uneven_batch(tok):
    """Two groups of two answers with different prompt lengths and answer lengths 1..7: (prompts, answers)."""
    g = torch.Generator().manual_seed(0)
    p = [torch.randint(100, 5000, (n,), generator=g).tolist() for n in (4, 9)]
    c = [torch.randint(100, 5000, (n,), generator=g).tolist() for n in (7, 1, 3, 2)]
    return [p[0], p[0], p[1], p[1]], c


def test_micro_batches_packed_alone_give_the_same_logps(tiny):
    """A micro-batch packed on its own (no columns of the whole batch's padding) against its rows of the whole
    batch packed at once: the same log-probs within 1e-6 (fp32)."""
    model, tok = tiny
    prompts_, answers = uneven_batch(tok)
    ids, attn, cmask = models.pack(prompts_, answers, tok.pad_token_id)
    with torch.no_grad():
        full = models.completion_logps(model, ids, attn, cmask.shape[1])                       # (4, 7)
        for rows in (slice(0, 2), slice(2, 4)):
            a_ids, a_attn, a_cmask = models.pack(prompts_[rows], answers[rows], tok.pad_token_id)
            assert a_ids.shape[1] < ids.shape[1]                                                # less to compute
            alone = models.completion_logps(model, a_ids, a_attn, a_cmask.shape[1])
            assert torch.equal(a_cmask, cmask[rows, :a_cmask.shape[1]]) and cmask[rows, a_cmask.shape[1]:].sum() == 0
            assert float(((alone - full[rows, :a_cmask.shape[1]]) * a_cmask).abs().max()) < 1e-6


@pytest.mark.parametrize("micro_batch", [2, 3])
def test_grpo_update_matches_the_plain_one(tiny, micro_batch):
    """grpo.policy_update against bench_cpu.old_policy_update (the whole batch packed once, each micro-batch a
    slice of it, a full copy of the prompt per answer): the same statistics and updated weights within 1e-5, on
    two groups with different prompt and answer lengths. Micro-batches of 2 are whole groups (one prompt pass
    each); of 3 they cut the groups (each sequence alone)."""
    import grpo
    model, tok = tiny
    prompts_, answers = uneven_batch(tok)
    rollouts = [models.Rollout("", p, c) for p, c in zip(prompts_, answers)]
    adv = torch.tensor([1.0, -1.0, 0.5, -0.5])
    args = grpo.Args(micro_batch=micro_batch, beta=0.0, max_new_tokens=8)
    out = []
    for way in ("old", "new"):
        m = copy.deepcopy(model)
        # plain SGD at lr 1: a weight moves by its (clipped) gradient; Adam would blow a 1e-9 gradient difference
        # on an element with a ~0 gradient up to a full lr-sized step
        opt = torch.optim.SGD(m.parameters(), lr=1.0)
        sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda step: 1.0)
        stats = bench_cpu.old_policy_update(m, opt, sched, rollouts, adv, tok.pad_token_id, args) if way == "old" \
            else grpo.policy_update(m, opt, sched, rollouts, adv, None, tok.pad_token_id, args)
        out.append((stats, {k: v.detach().clone() for k, v in m.state_dict().items()}))
    (plain, plain_weights), (fast, fast_weights) = out
    for key in ("loss", "entropy", "grad_norm"):
        assert fast[key] == pytest.approx(plain[key], abs=1e-5, rel=1e-5), key
    assert plain["grad_norm"] > 0
    for k, v in plain_weights.items():
        assert float((fast_weights[k] - v).abs().max()) < 1e-5, k


def test_answer_logps_score_the_distribution_sampled_at_a_temperature(tiny, monkeypatch):
    """log softmax(logits / T) of each answer token, by hand from one full forward per sequence, against
    answer_logps at T = 0.5 on both of its CPU paths (a group sharing its prompt; sequences alone); and GRPO's
    update asks for the temperature it sampled at."""
    import grpo
    model, tok = tiny
    p, q, answers = [5, 6, 7, 8], [9, 10, 11], [[12, 13, 14], [15, 16]]
    for prompts_ in ([p, p], [p, q]):
        with torch.no_grad():
            got = models.answer_logps(model, prompts_, answers, tok.pad_token_id, temperature=0.5)        # (2, 3)
            plain = models.answer_logps(model, prompts_, answers, tok.pad_token_id)
            for row, (prompt, answer) in enumerate(zip(prompts_, answers)):
                logits = model(input_ids=torch.tensor([prompt + answer])).logits[0, len(prompt) - 1:-1]   # (C, V)
                by_hand = (logits.float() / 0.5).log_softmax(-1).gather(-1, torch.tensor(answer)[:, None])[:, 0]
                assert torch.allclose(got[row, :len(answer)], by_hand, atol=1e-5)
                assert not torch.allclose(plain[row, :len(answer)], by_hand, atol=1e-3)   # T matters here
    asked = []
    monkeypatch.setattr(grpo, "answer_logps", lambda *a, temperature=1.0, **k: asked.append(temperature) or
                        models.answer_logps(*a, temperature=temperature, **k))
    m = copy.deepcopy(model)                                       # the shared fixture keeps no gradients
    opt = torch.optim.SGD(m.parameters(), lr=0.0)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda step: 1.0)
    rollouts = [models.Rollout("", p, c) for c in answers]
    grpo.policy_update(m, opt, sched, rollouts, torch.tensor([1.0, -1.0]), None, tok.pad_token_id,
                       grpo.Args(micro_batch=2, temperature=0.7, max_new_tokens=4))
    assert asked and set(asked) == {0.7}


def test_prompt_groups_finds_runs_of_one_prompt():
    a, b, c = [1, 2, 3], [4, 5], [6, 7, 8]
    assert speedups.prompt_groups([a, a, b, b]) == ([a, b], 2)                 # two groups of two
    assert speedups.prompt_groups([a, a, a, a, b, b]) == ([a, a, b], 2)        # a longer run: two groups of a
    assert speedups.prompt_groups([a, a, b]) is None                           # a cut group: nothing to share
    assert speedups.prompt_groups([a, b, c]) is None                           # one answer each
    assert speedups.prompt_groups([[1], [1]]) is None                          # a one-token prompt: nothing to cache


def test_greedy_generator_remembers_answers(tiny, monkeypatch):
    """A round whose prompt is byte-identical to an earlier one asks the model nothing, and answers the same."""
    model, tok = tiny
    asked = []
    real = models.generate

    def counting(model_, tok_, prompt_texts, **kw):
        asked.extend(prompt_texts)
        return real(model_, tok_, prompt_texts, **kw)
    monkeypatch.setattr(models, "generate", counting)
    gen = models.ModelGenerator(model, tok, max_new_tokens=6)
    first = gen(PROMPTS)
    again = gen([PROMPTS[1], PROMPTS[0], PROMPTS[1]])        # every prompt seen before, one twice
    assert again == [first[1], first[0], first[1]]
    assert asked == PROMPTS                                  # the second call cost no model call
    assert gen(["Something new."] * 2) and asked == PROMPTS + ["Something new."]   # a repeat within a call: once
    sampler = models.ModelGenerator(model, tok, temperature=1.0, max_new_tokens=6)
    sampler(PROMPTS)
    sampler(PROMPTS)
    assert asked[-4:] == PROMPTS * 2                         # sampling never remembers


def test_dtype_setting(monkeypatch):
    packaged = [spec.folder for spec in models.PACKAGED.values()]           # embedded (Qwen 0.5B) and smollm2
    assert models.resolve_dtype("fp32", packaged[0]) == torch.float32
    assert models.resolve_dtype("bf16", "/some/model") == torch.bfloat16
    if not torch.cuda.is_available():   # tiny/other models stay fp32 on a CPU; the packaged ones follow the CPU
        for native in (True, False):
            monkeypatch.setattr(models, "cpu_has_native_bf16", lambda: native)
            assert models.resolve_dtype("auto", "/some/model") == torch.float32
            want = torch.bfloat16 if native else torch.float32
            assert [models.resolve_dtype("auto", folder) for folder in packaged] == [want, want]
    with pytest.raises(SystemExit, match="--dtype must be auto, fp32 or bf16"):
        models.resolve_dtype("fp16", packaged[0])


def test_bf16_stays_within_its_tolerance():
    """SmolLM2 with bf16 base weights (+ fp32 LoRA) against fp32, on a fixed batch of SFT examples."""
    import data
    problems = data.load_problems("embedded", "train", measured=False)[:2]
    asks = [p["statement"][:300] for p in problems]                # a fixed batch: statements and human solutions
    answers = [p["solutions"][0]["code"][:300] for p in problems]
    out = {}
    for dtype in ("fp32", "bf16"):
        model, tok = models.load_model("smollm2", lora=True, lora_dropout=0.0, dtype=dtype)
        assert all(p.dtype == torch.float32 for n, p in model.named_parameters() if "lora_" in n)
        assert any(p.dtype == models.DTYPES[dtype] for n, p in model.named_parameters() if "lora_" not in n)
        model.eval()
        examples = sft.tokenize(tok, [{"prompt": a, "completion": c} for a, c in zip(asks, answers)], 512)
        ids, attn, cmask = models.pack(*zip(*examples), tok.pad_token_id)
        with torch.no_grad():
            logps = models.completion_logps(model, ids, attn, cmask.shape[1])
        out[dtype] = logps, sft.sft_loss(logps, cmask)
    diff = (out["bf16"][0] - out["fp32"][0]).abs() * cmask
    assert 0 < float(diff.max()) < BF16_TOLERANCE["logp_max_abs"]        # > 0: the format did change
    assert float(diff.sum() / cmask.sum()) < BF16_TOLERANCE["logp_mean_abs"]
    loss32, loss16 = float(out["fp32"][1]), float(out["bf16"][1])
    assert abs(loss16 - loss32) / loss32 < BF16_TOLERANCE["loss_rel"]


@pytest.fixture(scope="module")
def tiny_lora():
    """The tiny model with a LoRA adapter whose B is not zero (a fresh adapter is the identity: merging it would
    test nothing)."""
    from peft import LoraConfig, get_peft_model
    model, tok = models.tiny_model()
    model = get_peft_model(model, LoraConfig(r=4, lora_alpha=8, lora_dropout=0.0, target_modules="all-linear"))
    with torch.no_grad():
        for name, p in model.named_parameters():
            if "lora_B" in name:
                p.normal_(0, 0.05, generator=torch.Generator().manual_seed(1))
    return model, tok


def test_shared_prompt_logps_and_gradients_match_full_copies(tiny_lora):
    """One prompt pass shared by its answers (speedups.shared_prompt_logits) against n packed full copies: the same
    log-probs and the same LoRA gradients within 1e-5, on prompts and answers of different lengths."""
    model, tok = tiny_lora
    g = torch.Generator().manual_seed(0)
    prompts_ = [torch.randint(100, 5000, (n,), generator=g).tolist() for n in (4, 9)]
    answers = [torch.randint(100, 5000, (n,), generator=g).tolist() for n in (7, 1, 3, 2, 5, 4)]  # 3 per prompt
    ids, attn, cmask = models.pack([p for p in prompts_ for _ in range(3)], answers, tok.pad_token_id)
    grads = []
    for shared in (False, True):
        model.zero_grad()
        if shared:
            logits, targets = speedups.shared_prompt_logits(model, prompts_, answers, tok.pad_token_id)  # (6, 7, V)
            logps = logits.float().log_softmax(-1).gather(-1, targets[..., None]).squeeze(-1)            # (6, 7)
        else:
            logps = models.completion_logps(model, ids, attn, cmask.shape[1])                            # (6, 7)
        (logps * cmask).sum().backward()
        grads.append(((logps * cmask).detach(), {n: p.grad.clone() for n, p in model.named_parameters()
                                                 if p.grad is not None}))
    assert float((grads[0][0] - grads[1][0]).abs().max()) < 1e-5
    assert grads[0][1].keys() == grads[1][1].keys() and grads[0][1]
    for name, grad in grads[0][1].items():
        assert float((grads[1][1][name] - grad).abs().max()) < 1e-5, name
    model.zero_grad()


def test_fast_sampling_gives_the_same_tokens_and_leaves_the_weights_untouched(tiny_lora):
    """generate with a LoRA adapter (merged into the weights for the call, the KV cache in reserved room, one
    prefill per prompt) against the plain way (bench_cpu.old_generate: peft computes the adapter at every token;
    the same one-draw sampler): the same tokens, greedy and sampled, and afterwards every weight bit for bit as it
    was."""
    model, tok = tiny_lora
    before = {k: v.clone() for k, v in model.state_dict().items()}
    for temperature in (0.0, 1.0):
        runs = []
        for way in (bench_cpu.old_generate, models.generate):
            torch.manual_seed(0)
            kw = dict(keep=("inverse_cdf_sampler",)) if way is bench_cpu.old_generate else {}
            runs.append([r.completion_ids for r in way(model, tok, PROMPTS, n=3, temperature=temperature,
                                                       max_new_tokens=12, batch_size=6, **kw)])
        assert runs[0] == runs[1]
    assert all(torch.equal(v, model.state_dict()[k]) for k, v in before.items())
    from peft.tuners.lora import LoraLayer
    layers = [m for m in model.modules() if isinstance(m, LoraLayer)]
    assert layers and not any(m.disable_adapters or m.merged for m in layers)   # the adapter is back on, unmerged


def test_one_draw_sampler_draws_each_token_with_its_probability():
    """speedups.InverseCDFSampler against the distribution HF's multinomial draws from, softmax(scores / T): 40,000
    draws over 5 tokens, each token's frequency within 0.01 of its probability (4 standard errors), at T = 1 and 2;
    the scores it returns are 0 at one token and -inf elsewhere, so the greedy argmax takes the drawn token."""
    torch.manual_seed(0)
    scores = torch.tensor([0.5, 0.25, 0.15, 0.07, 0.03]).log().repeat(40_000, 1)            # (40000, 5)
    for temperature in (1.0, 2.0):
        out = speedups.InverseCDFSampler(temperature)(None, scores)                        # (40000, 5)
        assert ((out == 0).sum(-1) == 1).all() and bool(torch.isneginf(out).sum(-1).eq(4).all())
        frequency = torch.bincount(out.argmax(-1), minlength=5) / len(out)
        assert float((frequency - (scores[0] / temperature).softmax(-1)).abs().max()) < 0.01, frequency


def test_reserved_cache_grows_past_its_room():
    """A ReservedLayer fed more tokens than its first room holds keeps every token, in order."""
    layer = speedups.ReservedLayer()
    ks = [torch.randn(2, 3, t, 4) for t in (5, 1, 40, 1, 100)]
    with torch.no_grad():
        for k in ks:
            keys, values = layer.update(k, -k)
    assert torch.equal(keys, torch.cat(ks, dim=2)) and torch.equal(values, -torch.cat(ks, dim=2))


def test_unpadded_sft_loss_and_gradients_match_the_padded_batch(tiny_lora):
    """sft.batch_loss on a CPU (each sequence alone, no padding) against the padded micro-batch (pack +
    completion_logps + sft_loss): the same loss, token count and LoRA gradients within 1e-5, on prompts and
    completions of different lengths."""
    model, tok = tiny_lora
    g = torch.Generator().manual_seed(3)
    items = [tuple(torch.randint(100, 5000, (n,), generator=g).tolist() for n in lens)
             for lens in ((9, 2), (3, 7), (5, 1), (12, 4))]

    def padded(model_, tok_, items_):
        ids, attn, cmask = models.pack([p for p, _ in items_], [c for _, c in items_], tok_.pad_token_id)
        return sft.sft_loss(models.completion_logps(model_, ids, attn, cmask.shape[1]), cmask), cmask.sum()
    out = []
    for way in (padded, sft.batch_loss):
        model.zero_grad()
        loss, n = way(model, tok, items)
        loss.backward()
        out.append((float(loss), float(n), {k: p.grad.clone() for k, p in model.named_parameters()
                                            if p.grad is not None}))
    (loss_a, n_a, grads_a), (loss_b, n_b, grads_b) = out
    assert n_a == n_b == 14 and abs(loss_a - loss_b) < 1e-5
    assert grads_a.keys() == grads_b.keys() and grads_a
    for name, grad in grads_a.items():
        assert float((grads_b[name] - grad).abs().max()) < 1e-5, name
    model.zero_grad()


def test_dpo_with_a_shared_prompt_matches_the_packed_pairs(tiny_lora):
    """dpo.sequence_logps (each pair's prompt run once) against bench_cpu.old_dpo_logps (chosen and rejected packed
    with a full copy of the prompt each)."""
    import dpo
    model, tok = tiny_lora
    g = torch.Generator().manual_seed(2)
    items = [tuple(torch.randint(100, 5000, (n,), generator=g).tolist() for n in lens) for lens in ((6, 3, 8), (2, 5, 1))]
    with torch.no_grad():
        shared = dpo.sequence_logps(model, tok, items)
        packed = bench_cpu.old_dpo_logps(model, tok, items)
    for a, b in zip(shared, packed):
        assert float((a - b).abs().max()) < 1e-4


def test_adapters_compute_in_bf16_on_a_bf16_base_with_fp32_parameters():
    """completion_logps on a bf16 base (CPU): the adapters' products take the bf16 activations as they are (no
    cast up to fp32 at each adapted layer, speedups.adapters_in_base_dtype), the LoRA parameters and their gradients
    stay fp32, and the log-probs and gradients agree with peft's own fp32-adapter way (bench_cpu.old_completion_logps)
    within bf16 rounding."""
    from peft import LoraConfig, get_peft_model
    from peft.tuners.lora import LoraLayer
    base, tok = models.tiny_model()
    model = get_peft_model(base.to(torch.bfloat16), LoraConfig(r=4, lora_alpha=8, lora_dropout=0.0,
                                                               target_modules="all-linear"))
    with torch.no_grad():
        for name, p in model.named_parameters():
            if "lora_B" in name:
                p.normal_(0, 0.05, generator=torch.Generator().manual_seed(1))
    lora = {n: p for n, p in model.named_parameters() if "lora_" in n}
    assert lora and all(p.dtype == torch.float32 for p in lora.values())
    seen = []   # the dtype of every input an adapter's A receives
    hooks = [m.lora_A["default"].register_forward_pre_hook(lambda _, args: seen.append(args[0].dtype))
             for m in model.modules() if isinstance(m, LoraLayer)]
    g = torch.Generator().manual_seed(0)
    ids, attn, cmask = models.pack([torch.randint(100, 5000, (n,), generator=g).tolist() for n in (6, 9)],
                                   [torch.randint(100, 5000, (n,), generator=g).tolist() for n in (8, 5)],
                                   tok.pad_token_id)
    runs = {}
    for way in ("peft", "ours"):
        seen.clear()
        model.zero_grad()
        # peft's own way: adapters in fp32, each adapted layer's input cast up to fp32
        logps = (bench_cpu.old_completion_logps if way == "peft" else models.completion_logps)(
            model, ids, attn, cmask.shape[1])                                                   # (2, 8)
        (logps * cmask).sum().backward()
        runs[way] = set(seen), (logps * cmask).detach(), {n: p.grad.clone() for n, p in lora.items()}
    assert runs["peft"][0] == {torch.float32} and runs["ours"][0] == {torch.bfloat16}
    assert all(grad.dtype == torch.float32 for grad in runs["ours"][2].values())
    flat = [torch.cat([d[n].flatten() for n in sorted(d)]) for d in (runs["ours"][2], runs["peft"][2])]
    # measured: log-probs at most 0.0013 nat apart, gradients' cosine 0.99995
    assert float((runs["ours"][1] - runs["peft"][1]).abs().max()) < 0.01
    assert float(torch.nn.functional.cosine_similarity(*flat, dim=0)) > 0.999
    # afterwards peft casts again (the switch is for the call only), and the shared-prompt path takes the same way
    assert all(m.cast_input_dtype_enabled for m in model.modules() if isinstance(m, LoraLayer))
    seen.clear()
    speedups.shared_prompt_logits(model, [ids[1, :6].tolist()], [[7, 8, 9], [10, 11]], tok.pad_token_id)
    assert set(seen) == {torch.bfloat16}
    # under gradient checkpointing peft's way stays: the backward's recomputation runs with peft's cast back on
    model.gradient_checkpointing_enable()
    seen.clear()
    models.completion_logps(model, ids, attn, cmask.shape[1])
    assert set(seen) == {torch.float32}
    model.gradient_checkpointing_disable()
    for h in hooks:
        h.remove()
