"""sft.py, dpo.py, grpo.py: each objective on hand-computed cases, learning tests on a tiny model that fail if a
sign or a mask is wrong, the reward by hand, and exact resume of the training loops."""
import copy
import json
import math
import os

import pytest
import torch

import afterburner as ab
import data
import dpo
import grpo
import model as models
import sft
import training as T
from conftest import reward_of

# ---------------------------------------------------------------- objectives, by hand


def test_sft_loss_is_masked_token_mean():
    logps = torch.tensor([[-1.0, -2.0, -9.0], [-3.0, -9.0, -9.0]], requires_grad=True)
    mask = torch.tensor([[1.0, 1.0, 0.0], [1.0, 0.0, 0.0]])
    loss = sft.sft_loss(logps, mask)
    assert loss.item() == pytest.approx((1 + 2 + 3) / 3)
    loss.backward()
    assert torch.equal(logps.grad, -mask / 3)  # padding gets no gradient at all


def test_dpo_loss_by_hand():
    pc, pr = torch.tensor([-10.0, -5.0]), torch.tensor([-12.0, -4.0])
    rc, rr = torch.tensor([-11.0, -5.0]), torch.tensor([-11.0, -5.0])
    loss, cr, rj = dpo.dpo_loss(pc, pr, rc, rr, beta=0.5)
    assert torch.allclose(cr, torch.tensor([0.5, 0.0])) and torch.allclose(rj, torch.tensor([-0.5, 0.5]))
    want = (-math.log(1 / (1 + math.exp(-1.0))) - math.log(1 / (1 + math.exp(0.5)))) / 2
    assert float(loss) == pytest.approx(want)


def test_group_advantages():
    r = torch.tensor([1.0, 0.0, 1.0, 0.0, 0.3, 0.3, 0.3, 0.3])
    a = grpo.group_advantages(r, 4, "group")
    assert torch.allclose(a[:4], torch.tensor([1, -1, 1, -1.0]) * 0.5 / (math.sqrt(1 / 3) + 1e-4), atol=1e-6)
    assert torch.equal(a[4:], torch.zeros(4))                        # zero spread: zero advantage, not NaN
    assert torch.allclose(grpo.group_advantages(r, 4, "none")[:4], torch.tensor([0.5, -0.5, 0.5, -0.5]))
    batch = grpo.group_advantages(r, 4, "batch")
    assert torch.allclose(batch[:4], torch.tensor([0.5, -0.5, 0.5, -0.5]) / (r.std() + 1e-4))
    assert not torch.isnan(grpo.group_advantages(torch.ones(4), 4, "group")).any()
    with pytest.raises(ValueError):
        grpo.group_advantages(r, 4, "std")


def test_grpo_loss_by_hand():
    logps = torch.log(torch.tensor([[0.5, 0.5], [0.2, 0.9]]))
    old = torch.log(torch.tensor([[0.5, 0.25], [0.2, 0.9]]))          # token (0,1): ratio 2
    mask = torch.tensor([[1.0, 1.0], [1.0, 0.0]])
    adv = torch.tensor([1.0, -2.0])
    # per token: -min(rA, clip(r)A): (0,0) -1, (0,1) -min(2, 1.2) = -1.2, (1,0) 2; (1,1) is padding
    loss, st = grpo.grpo_loss(logps, old, None, adv, mask, 0.2, 0.2, 0.0, "dapo")
    assert float(loss) == pytest.approx((-1 - 1.2 + 2) / 3) and st["clip_ratio"] == pytest.approx(1 / 3)
    loss, _ = grpo.grpo_loss(logps, old, None, adv, mask, 0.2, 0.2, 0.0, "grpo")
    assert float(loss) == pytest.approx(((-1 - 1.2) / 2 + 2) / 2)
    loss, _ = grpo.grpo_loss(logps, old, None, adv, mask, 0.2, 0.2, 0.0, "dr_grpo", max_completion_length=4)
    assert float(loss) == pytest.approx((-1 - 1.2 + 2) / (2 * 4))
    # k3 KL: exp(q) - q - 1 with q = log p_ref - log p
    ref = logps + torch.log(torch.tensor(2.0))
    loss_kl, st = grpo.grpo_loss(logps, logps, ref, torch.zeros(2), mask, beta=0.1, loss_type="dapo")
    assert float(loss_kl) == pytest.approx(0.1 * (2 - math.log(2) - 1)) and st["kl"] == pytest.approx(
        2 - math.log(2) - 1)


def test_zero_spread_share_cuts_each_prompts_answers_into_groups():
    from bench.bench_spread import zero_spread_share
    # 2 prompts x 4 answers: prompt 0 = [0, 0 | 0, 1], prompt 1 = [1, 1 | 1, 1]
    totals = [0.0, 0.0, 0.0, 1.0, 1.0, 1.0, 1.0, 1.0]
    assert zero_spread_share(totals, 2, 4, 4) == 0.5     # prompt 0 has a spread, prompt 1 none
    assert zero_spread_share(totals, 2, 4, 2) == 0.75    # of the 4 pairs only (0, 1) differs
    assert zero_spread_share([0.2, 0.2 + 1e-9, -0.5, 0.7], 1, 4, 2) == 0.5  # float noise is no spread


def test_afterburner_reward_every_case():
    good = "<thinking>t</thinking><solution>```python\nx\n```</solution>"
    ok = {"passed": True, "time_ms": 10.0, "memory_kb": 100.0, "integral_kb_ms": 1000.0}
    bad = {"passed": False, "time_ms": 0.0, "memory_kb": 0.0, "integral_kb_ms": 0.0}
    R = ab.afterburner_reward
    assert R(good, bad, bad, "time")["total"] == pytest.approx(0.2 - 0.25)                    # fail -> fail
    assert R(good, ok, bad, "time")["total"] == pytest.approx(0.2 - 0.5)                      # pass -> fail
    assert R(good, bad, ok, "time")["total"] == pytest.approx(0.2 + 0.5 * (1 + 0.5 * math.tanh(1)))  # fail->pass
    same = R(good, ok, ok, "time")
    assert same["total"] == pytest.approx(0.2 + 0.25) and same["gain"] == 0.0                  # pass -> pass
    twice = dict(ok, time_ms=5.0)
    assert R(good, ok, twice, "time")["gain"] == pytest.approx(0.5)
    assert R(good, ok, twice, "time")["total"] == pytest.approx(0.2 + 0.5 * (0.5 + 0.5 * math.tanh(0.5)))
    assert R(good, ok, dict(ok, time_ms=1000.0), "time")["gain"] == -1.0                      # clipped at -1
    assert R(good, ok, twice, "memory")["gain"] == 0.0                                        # instruction picks
    held = dict(ok, integral_kb_ms=1e6)  # an integral well above the resolution (256 KB held for the run)
    assert R(good, held, dict(ok, integral_kb_ms=2.5e5), "integral")["gain"] == pytest.approx(0.75)
    # milliseconds are not clipped at 90 (the reference code's unit bug): 900 ms -> 300 ms is a real gain
    slow, fast = dict(ok, time_ms=900.0), dict(ok, time_ms=300.0)
    assert R(good, slow, fast, "time")["gain"] == pytest.approx(2 / 3)
    for broken in ("```python\nx\n```", good + " trailing", "<thinking>a</thinking><thinking>b</thinking>" + good[21:]):
        assert R(broken, ok, ok, "time")["format"] == 0.0


def test_keep_best_reward_pays_only_what_keep_best_would_keep():
    good = "<thinking>t</thinking><solution>```python\nx\n```</solution>"
    ok = {"passed": True, "time_ms": 10.0, "memory_kb": 100.0, "integral_kb_ms": 1000.0}
    bad = {"passed": False, "time_ms": 0.0, "memory_kb": 0.0, "integral_kb_ms": 0.0}
    R = ab.REWARDS["keep-best"]
    copy, fail, slower = R(good, ok, ok, "time"), R(good, ok, bad, "time"), R(good, ok, dict(ok, time_ms=30.0), "time")
    assert copy["total"] == fail["total"] == slower["total"] == pytest.approx(0.2)   # all three discarded alike
    assert slower["gain"] < 0 and fail["pass"] == -1.0          # the paper's parts still logged as they are
    assert R(good, ok, dict(ok, time_ms=5.0), "time")["total"] == pytest.approx(0.2 + 0.8 * math.tanh(0.5))
    assert R(good, bad, ok, "time")["total"] == pytest.approx(0.2 + 0.8 * math.tanh(1))     # a fix
    assert R("```python\nx\n```", ok, dict(ok, time_ms=5.0), "time")["total"] == pytest.approx(0.8 * math.tanh(0.5))
    assert set(R(good, ok, ok, "time")) == set(ab.REWARDS["paper"](good, ok, ok, "time"))   # sample_metrics reads both


def test_grpo_scores_with_the_reward_it_is_asked_for(monkeypatch):
    from types import SimpleNamespace
    good = "<thinking>t</thinking><solution>```python\nx\n```</solution>"
    ok = {"passed": True, "time_ms": 10.0, "memory_kb": 100.0, "integral_kb_ms": 1000.0}
    monkeypatch.setattr(ab, "run_codes", lambda codes, problems, **kw: [dict(ok) for _ in codes])   # copies
    batch = [{"problem_id": "p", "original": ok, "instruction": "time"}]
    totals = {name: grpo.score(batch, [good], {"p": {}}, SimpleNamespace(reward=name, sandbox_timeout_s=1.0))[1][0]
              ["total"] for name in ("paper", "keep-best")}
    assert totals == {"paper": pytest.approx(0.45), "keep-best": pytest.approx(0.2)}
    assert grpo.Args.__dataclass_fields__["reward"].default == "paper"


def test_sample_metrics_count_percent_opt_of_the_samples():
    """%Opt of a step's samples: pass -> pass and >= 1.2x cheaper (measured, whatever the reward's noise band says);
    a fail -> pass (gain 1) has no passing original to be faster than."""
    good = "<thinking>t</thinking><solution>```python\nx\n```</solution>"
    ok = {"passed": True, "time_ms": 12.0, "memory_kb": 100.0, "integral_kb_ms": 1000.0}
    bad = {"passed": False, "time_ms": 0.0, "memory_kb": 0.0, "integral_kb_ms": 0.0}
    cases = [(ok, dict(ok, time_ms=10.0)),    # 1.2x cheaper: counts (the reward's band, 20% of 12 ms, gives gain 0)
             (ok, dict(ok, time_ms=10.5)),    # 1.14x: does not
             (bad, ok),                      # fail -> pass: gain 1, but no passing original to be faster than
             (ok, bad)]                      # pass -> fail
    rewards = [ab.afterburner_reward(good, original, result, "time") for original, result in cases]
    m = grpo.sample_metrics(rewards, [result for _, result in cases])
    assert m["opt_rate"] == pytest.approx(0.25) and m["pass_rate"] == pytest.approx(0.75)
    assert m["reward"] == pytest.approx(sum(r["total"] for r in rewards) / 4) and m["reward_format"] == 1.0


# ---------------------------------------------------------------- learning tests on a tiny model
@pytest.fixture(scope="module")
def tiny():
    return models.tiny_model(seed=1)


def fixed_batch(tok, n=4, completion_len=6):
    g = torch.Generator().manual_seed(0)
    prompts_ = [torch.randint(100, 5000, (5 + i,), generator=g).tolist() for i in range(n)]
    completions = [torch.randint(100, 5000, (completion_len - i % 2,), generator=g).tolist() for i in range(n)]
    return models.pack(prompts_, completions, tok.pad_token_id)


def test_sft_learns(tiny):
    model, tok = copy.deepcopy(tiny[0]), tiny[1]
    ids, attn, cmask = fixed_batch(tok)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    first = None
    for _ in range(20):
        loss = sft.sft_loss(models.completion_logps(model, ids, attn, cmask.shape[1]), cmask)
        first = first if first is not None else float(loss)
        opt.zero_grad()
        loss.backward()
        opt.step()
    assert float(loss) < 0.5 * first


def test_dpo_learns(tiny):
    model, tok = copy.deepcopy(tiny[0]), tiny[1]
    ids, attn, cmask = fixed_batch(tok, n=4)
    with torch.no_grad():
        ref = (models.completion_logps(model, ids, attn, cmask.shape[1]) * cmask).sum(-1)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    margins = []
    for _ in range(10):
        seq = (models.completion_logps(model, ids, attn, cmask.shape[1]) * cmask).sum(-1)   # rows 0,1 chosen; 2,3 not
        loss, cr, rj = dpo.dpo_loss(seq[:2], seq[2:], ref[:2], ref[2:], beta=0.1)
        margins.append(float((cr - rj).mean()))
        opt.zero_grad()
        loss.backward()
        opt.step()
    assert margins[0] == pytest.approx(0.0, abs=1e-6) and margins[-1] > 0.5


def test_grpo_raises_a_toy_reward(tiny):
    """Reward = share of completion tokens with an even id; the clipped objective must raise it.

    A random tiny model's next-token distribution is nearly flat over 49,152 ids, where 96 sampled tokens a step
    barely move the share of half the vocabulary (0.46 -> 0.51 in 12 steps, measured). A trained model's is
    peaked: a fixed prior of +8 logits on 64 ids (half of them even) stands in for pretraining. The hook is part
    of the policy for sampling and for the update alike, and is not trained."""
    model, tok = copy.deepcopy(tiny[0]), tiny[1]
    prior = torch.zeros(model.config.vocab_size)
    prior[torch.randperm(model.config.vocab_size, generator=torch.Generator().manual_seed(0))[:64]] = 8.0
    model.lm_head.register_forward_hook(lambda module, inputs, logits: logits + prior)
    torch.manual_seed(0)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    prompt = ["Say something."] * 2

    def rollouts():
        outs = models.generate(model, tok, prompt, n=8, temperature=1.0, max_new_tokens=6, batch_size=16)
        rewards = torch.tensor([sum(t % 2 == 0 for t in o.completion_ids) / len(o.completion_ids) for o in outs])
        return outs, rewards
    start = float(torch.cat([rollouts()[1] for _ in range(4)]).mean())
    for _ in range(12):
        outs, r = rollouts()
        adv = grpo.group_advantages(r, 8, "group")
        ids, attn, cmask = models.pack([o.prompt_ids for o in outs], [o.completion_ids for o in outs], tok.pad_token_id)
        logps = models.completion_logps(model, ids, attn, cmask.shape[1])
        loss, _ = grpo.grpo_loss(logps, logps.detach(), None, adv, cmask, loss_type="dapo")
        opt.zero_grad()
        loss.backward()
        opt.step()
    end = float(torch.cat([rollouts()[1] for _ in range(4)]).mean())
    assert end > start + 0.15, (start, end)


# ---------------------------------------------------------------- the scripts: exact resume
@pytest.fixture(scope="module")
def tiny_folder(tiny_folder):
    """conftest's folder of the tiny model (the `tiny` above, saved), with the training problems the runs below
    use measured: their examples need measured human solutions (cached)."""
    train = [p["problem_id"] for p in data.load_problems("embedded", "train", measured=False)[:2]]
    data.profile("embedded", problem_ids=train)
    return tiny_folder


def adapter_weights(out):
    from safetensors.torch import load_file
    return load_file(f"{out}/adapter/adapter_model.safetensors")


@pytest.mark.parametrize("script,extra", [
    (sft, ["--batch-size", "2", "--grad-accum", "2", "--max-completion-tokens", "32", "--eval-every", "3"]),
    (dpo, ["--batch-size", "1", "--grad-accum", "2", "--max-completion-tokens", "32", "--pairs-per-problem", "2"]),
    (grpo, ["--prompts-per-step", "1", "--group-size", "2", "--max-new-tokens", "8", "--micro-batch", "2",
            "--eval-every", "0", "--inner-epochs", "2", "--beta", "0.05", "--lora-dropout", "0.1"]),
])
def test_resume_is_exact(script, extra, tiny_folder, tmp_path, monkeypatch):
    # a tiny random model never writes code, so every GRPO reward would be equal and nothing would move:
    # a toy reward (by answer length) gives the advantages a spread
    monkeypatch.setitem(ab.REWARDS, "paper",
                        lambda answer, *_: reward_of(len(answer) % 5 / 5))
    common = ["--model", tiny_folder, "--steps", "4", "--save-every", "2", "--lr", "1e-2"] + extra
    straight, resumed = str(tmp_path / "straight"), str(tmp_path / "resumed")
    script.main(T.parse_args(script.Args, common + ["--out", straight]))
    real_mark = T.mark

    def ctrl_c_after_the_first_checkpoint(out, made_by):   # the checkpoint of step 2 and its run.json are written
        real_mark(out, made_by)
        raise KeyboardInterrupt
    monkeypatch.setattr(T, "mark", ctrl_c_after_the_first_checkpoint)
    with pytest.raises(KeyboardInterrupt):
        script.main(T.parse_args(script.Args, common + ["--out", resumed]))
    monkeypatch.setattr(T, "mark", real_mark)
    assert not os.path.exists(f"{resumed}/adapter")                                  # it stopped after step 2
    assert torch.load(f"{resumed}/checkpoint/trainer_state.pt", weights_only=False)["step"] == 2
    script.main(T.parse_args(script.Args, common + ["--out", resumed, "--resume"]))
    assert T.made_by(straight) == T.made_by(resumed) == f"{script.__name__}.py"   # no other script continues them
    a, b = adapter_weights(straight), adapter_weights(resumed)
    assert a.keys() == b.keys() and any(float(v.abs().sum()) > 0 for k, v in a.items() if "lora_B" in k)
    for k in a:
        assert torch.equal(a[k], b[k]), k
    rows = [json.loads(line) for line in open(f"{resumed}/metrics.jsonl")]
    assert [r["step"] for r in rows if "loss" in r] == [1, 2, 3, 4]   # every step once, the held-out lines apart


def test_a_loaded_adapter_trains_with_the_dropout_asked_for(tiny_folder, tmp_path):
    """GRPO from an SFT adapter: the update must score the policy it sampled (no dropout), whatever rate the
    adapter was trained with."""
    fresh, _ = models.load_model(tiny_folder, lora=True, trainable=True, lora_dropout=0.3, dtype="fp32")
    fresh.save_pretrained(tmp_path / "sft")
    args = grpo.Args(model=tiny_folder, init_adapter=str(tmp_path / "sft"), dtype="fp32")
    assert args.lora_dropout == 0.0
    policy, _ = T.load_policy(args)
    rates = [m.p for n, m in policy.named_modules() if ".lora_dropout." in n and isinstance(m, torch.nn.Dropout)]
    assert rates and set(rates) == {0.0}


def test_dpo_resumes_with_more_steps(tiny_folder, tmp_path):
    """dpo.py computes the reference log-probs of the pairs its steps use, once; a resume with a larger --steps
    needs those of more pairs (it ended in a KeyError). They are the first run's reference: the same numbers a
    run of that many steps from the start computes."""
    common = ["--model", tiny_folder, "--limit-problems", "2", "--batch-size", "1", "--grad-accum", "1",
              "--max-completion-tokens", "16", "--pairs-per-problem", "2", "--eval-every", "100"]
    short, straight = str(tmp_path / "short"), str(tmp_path / "straight")
    dpo.main(T.parse_args(dpo.Args, common + ["--steps", "1", "--out", short]))
    first, _ = torch.load(f"{short}/reference_logps.pt")
    dpo.main(T.parse_args(dpo.Args, common + ["--steps", "6", "--out", short, "--resume"]))
    dpo.main(T.parse_args(dpo.Args, common + ["--steps", "6", "--out", straight]))
    resumed, _ = torch.load(f"{short}/reference_logps.pt")
    expected, _ = torch.load(f"{straight}/reference_logps.pt")
    assert len(first) < len(expected) and resumed.keys() == expected.keys()
    for i in expected:
        assert torch.allclose(torch.tensor(resumed[i]), torch.tensor(expected[i])), i
    rows = [json.loads(line) for line in open(f"{short}/metrics.jsonl")]
    assert [r["step"] for r in rows if "loss" in r] == [1, 2, 3, 4, 5, 6]


def test_bench_spread_runs_end_to_end(tiny_folder, capsys):
    """bench/bench_spread.py, the tool that chose the reproduction's G, on the tiny model: one JSON row per
    temperature, whose shares obey what cutting the same answers finer must give (a flat group of 4 is two flat
    pairs, so the share for G=2 is never below G=4's), and a clear error for group sizes that do not nest."""
    from bench import bench_spread
    bench_spread.main(["--model", tiny_folder, "--dataset", "embedded", "--limit-problems", "2", "--prompts", "2",
                       "--temperatures", "1.0,0.5", "--group-sizes", "2,4", "--max-new-tokens", "8"])
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith("2 prompts")
    rows = [json.loads(line) for line in lines[1:]]
    assert [r["temperature"] for r in rows] == [1.0, 0.5]
    for r in rows:
        assert 0 <= r["zero_spread_G4"] <= r["zero_spread_G2"] <= 1
        assert r["format"] == 0.0 and r["pass"] == 0.0          # a random model writes no code
    with pytest.raises(SystemExit):
        bench_spread.main(["--group-sizes", "3,4"])
    assert "each G must be >= 2 and divide the largest" in capsys.readouterr().err


# ---------------------------------------------------------------- CUDA memory setting


@pytest.mark.parametrize("preset, expected", [(None, "expandable_segments:True"),
                                              ("expandable_segments:False", "expandable_segments:False")])
def test_cuda_allocator_default_yields_to_the_user(preset, expected):
    """model.py turns on expandable segments (3 GiB less reserved in bench/bench_gpu_memory.py) unless the
    user chose an allocator setting."""
    import os
    import subprocess
    import sys
    env = {k: v for k, v in os.environ.items() if k not in ("PYTORCH_CUDA_ALLOC_CONF", "PYTORCH_ALLOC_CONF")}
    if preset:
        env["PYTORCH_CUDA_ALLOC_CONF"] = preset
    out = subprocess.run([sys.executable, "-c", "import os, model; print(os.environ['PYTORCH_CUDA_ALLOC_CONF'])"],
                         env=env, cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == expected


def test_grpo_counts_answers_too_fast_to_have_done_the_work(tiny_folder):
    """The hack watch (grpo.too_fast), on real sandbox runs: an answer that looks its outputs up (it passes,
    doing none of the work) runs in under a tenth of the fastest human's time and is counted; the fastest
    human solution itself, and an answer that fails, are not; a problem whose fastest human is near the
    sandbox's fixed cost is not watched."""
    problem = next(p for p in data.load_problems("embedded") if p["problem_id"] == "anagram-groups-count")
    fastest = grpo.fastest_human_ms(problem)
    # watched, and slow enough that doing none of the work (0.5-1 ms: the sandbox's fixed cost) is under a tenth of
    # it: ~20 ms here, measured 19.3 ms on a quiet fresh clone, so the bound is not a round 20
    assert fastest >= 5 * grpo.TOO_FAST_MIN_HUMAN_MS
    outputs = json.dumps([t["output"] for t in problem["tests"]])
    lookup = (f"import json\n_OUT, _K = json.loads({outputs!r}), [0]\nclass Solution:\n"
              f"    def {problem['entry_point']}(self, *args):\n        _K[0] += 1\n        return _OUT[_K[0] - 1]\n")
    human = next(s["code"] for s in data.passing_solutions(problem, "time_ms") if s["time_ms"] == fastest)
    hack, honest, wrong = ab.run_codes([lookup, human, lookup.replace("_K[0] - 1", "_K[0] - 2")], [problem] * 3,
                                       repeats=3)
    assert hack["passed"] and honest["passed"] and not wrong["passed"]
    assert [grpo.too_fast(r, problem) for r in (hack, honest, wrong)] == [True, False, False], \
        (hack["time_ms"], honest["time_ms"], fastest)
    tiny_times = dict(problem, solutions=[dict(s, time_ms=1.0) for s in problem["solutions"]])
    assert not grpo.too_fast(dict(hack, time_ms=0.01), tiny_times) and not grpo.too_fast(hack, None)


def test_grpo_logs_too_fast_answers(tiny_folder, tmp_path, monkeypatch):
    """Each step logs how many passing answers were too fast (metrics.jsonl: too_fast_answers) and writes a few of
    them, code and times, to samples.jsonl."""
    watched = []  # per step: is the drawn problem watched (its fastest human takes TOO_FAST_MIN_HUMAN_MS or more)?

    def fake_score(per_answer, answers, by_id, args):  # every other answer passes in 0.01 ms
        fastest = grpo.fastest_human_ms(by_id[per_answer[0]["problem_id"]])
        watched.append(fastest is not None and fastest >= grpo.TOO_FAST_MIN_HUMAN_MS)
        results = [{"passed": j % 2 == 0, "status": "passed", "time_ms": 0.01} for j in range(len(answers))]
        return results, [reward_of(j % 2 / 2) for j in range(len(answers))]
    monkeypatch.setattr(grpo, "score", fake_score)
    out = tmp_path / "run"
    grpo.main(T.parse_args(grpo.Args, ["--model", tiny_folder, "--steps", "4", "--prompts-per-step", "1",
                                       "--group-size", "4", "--max-new-tokens", "8", "--eval-every", "0",
                                       "--log-samples", "1", "--out", str(out)]))
    rows = [json.loads(line) for line in open(out / "metrics.jsonl")]
    assert any(watched) and [r["too_fast_answers"] for r in rows] == [2 * w for w in watched]
    flagged = [json.loads(line) for line in open(out / "samples.jsonl") if '"too_fast"' in line]
    assert [r["step"] for r in flagged] == [k + 1 for k, w in enumerate(watched) if w]      # --log-samples 1 each
    assert all(r["time_ms"] == 0.01 and r["fastest_human_ms"] >= 2 and "code" in r for r in flagged)


def test_grpo_logs_every_answer_drawn_not_only_the_groups_it_trains_on(tiny_folder, tmp_path, monkeypatch):
    """With --dynamic-sampling a zero-spread group is dropped; the logged reward and pass rate still count its
    answers (the policy's state), and a step that keeps no group logs what it drew, not zeros."""
    calls = []

    def fake_score(per_answer, answers, by_id, args):  # 1st draw of a step: all pass (flat); 2nd: half pass
        calls.append(1)
        flat = len(calls) % 2 == 1
        results = [{"passed": flat or j % 2 == 0, "status": "passed", "time_ms": 1.0} for j in range(len(answers))]
        return results, [reward_of(0.5 if flat else j % 2 / 2) for j in range(len(answers))]
    monkeypatch.setattr(grpo, "score", fake_score)
    out = tmp_path / "run"
    grpo.main(T.parse_args(grpo.Args, ["--model", tiny_folder, "--steps", "2", "--prompts-per-step", "1",
                                       "--group-size", "4", "--max-new-tokens", "8", "--eval-every", "0",
                                       "--dynamic-sampling", "--max-draws", "2", "--out", str(out)]))
    rows = [json.loads(line) for line in open(out / "metrics.jsonl")]
    assert [r["trained_groups"] for r in rows] == [1, 1] and [r["zero_spread_groups"] for r in rows] == [0.5, 0.5]
    assert all(r["pass_rate"] == pytest.approx(0.75) and r["reward"] == pytest.approx((0.5 * 4 + 0.25 * 4) / 8)
               for r in rows)                                     # 8 answers drawn a step, not the 4 trained on


def record_problems_drawn(monkeypatch):
    """Replaces GRPO's sandbox scoring with one that fails every answer, with rewards that still differ within a
    group, and returns the list it appends each scored answer's problem id to."""
    drawn = []

    def fake_score(per_answer, answers, by_id, args):
        drawn.extend(b["problem_id"] for b in per_answer)
        return [{"passed": False, "status": "failed", "time_ms": 0.0}] * len(answers), \
            [reward_of(j % 2 / 2) for j in range(len(answers))]
    monkeypatch.setattr(grpo, "score", fake_score)
    return drawn


def test_grpo_trains_on_a_fixed_pool_and_checks_it_as_seen(tiny_folder, tmp_path, monkeypatch):
    """--train-problems n: prompts come only from n training problems spread over the split, and the check also
    runs on them (seen_*), beside the held-out one."""
    drawn = record_problems_drawn(monkeypatch)
    out = tmp_path / "run"
    grpo.main(T.parse_args(grpo.Args, ["--model", tiny_folder, "--steps", "3", "--prompts-per-step", "2",
                                       "--group-size", "2", "--max-new-tokens", "4", "--eval-every", "3",
                                       "--eval-problems", "1", "--train-problems", "2", "--eval-start", "slowest",
                                       "--out", str(out)]))
    train = data.load_problems("embedded", "train", measured=False)
    assert set(drawn) <= {p["problem_id"] for p in grpo.spread(train, 2)} and len(set(drawn)) == 2
    rows = [json.loads(line) for line in open(out / "metrics.jsonl")]
    checked = [r for r in rows if "seen_%opt" in r]
    assert [r["step"] for r in checked] == [0, 3] and all("held_out_%opt" in r for r in checked)
    assert grpo.spread(list(range(10)), 3) == [0, 3, 6] and grpo.spread([1, 2], 5) == [1, 2]


def test_grpo_trains_only_on_the_listed_problems(tiny_folder, tmp_path, monkeypatch):
    """--only-problems FILE: every prompt comes from a problem the file lists; a file that names a problem the split
    does not have, or none, or that is missing stops with one line naming the file, before any model loads."""
    drawn = record_problems_drawn(monkeypatch)
    train = [str(p["problem_id"]) for p in data.load_problems("embedded", "train", measured=False)]
    listed = tmp_path / "solved.txt"
    listed.write_text(f"{train[5]}\n{train[20]}\n\n")
    argv = ["--model", tiny_folder, "--steps", "3", "--prompts-per-step", "2", "--group-size", "2",
            "--max-new-tokens", "4", "--eval-every", "0", "--only-problems", str(listed)]
    grpo.main(T.parse_args(grpo.Args, argv + ["--out", str(tmp_path / "run")]))
    assert set(drawn) == {train[5], train[20]}
    monkeypatch.setattr(T, "load_policy", lambda *_: pytest.fail("a bad list must stop before the model loads"))
    for text, says in ((f"{train[5]}\nno-such-problem\n", "'no-such-problem'"), ("\n", "lists no problem id"),
                       (None, "No such file")):
        bad = tmp_path / f"bad{len(says)}.txt"
        if text is not None:
            bad.write_text(text)
        with pytest.raises(SystemExit) as stop:
            grpo.main(T.parse_args(grpo.Args, argv[:-1] + [str(bad), "--out", str(tmp_path / f"r{len(says)}")]))
        assert str(bad) in str(stop.value) and says in str(stop.value) and "one a line" in str(stop.value)


def test_grpo_inner_epochs_are_ppo_steps(tiny_folder, tmp_path, monkeypatch):
    """--inner-epochs K means K optimiser steps on one generation batch with pi_old fixed: from the second epoch
    the ratio leaves 1 and clipping acts (clip_ratio > 0). With K = 1 the ratio is exactly 1 (clip_ratio 0)."""
    monkeypatch.setitem(ab.REWARDS, "paper",
                        lambda answer, *_: reward_of(len(answer) % 5 / 5))
    common = ["--model", tiny_folder, "--steps", "2", "--lr", "5e-2", "--warmup-steps", "0", "--prompts-per-step",
              "1", "--group-size", "4", "--max-new-tokens", "8", "--eval-every", "0", "--epsilon-low", "0.02",
              "--epsilon-high", "0.02"]
    clip = {}
    for epochs in (1, 4):
        out = tmp_path / f"epochs{epochs}"
        grpo.main(T.parse_args(grpo.Args, common + ["--inner-epochs", str(epochs), "--out", str(out)]))
        clip[epochs] = [json.loads(line)["clip_ratio"] for line in open(out / "metrics.jsonl")]
    assert clip[1] == [0.0, 0.0]
    assert max(clip[4]) > 0.0, clip


def test_grpo_checks_held_out_problems_before_during_and_after(tiny_folder, tmp_path, monkeypatch):
    """--eval-every k: the evaluation's loop, greedy, on one fixed subset of test problems spread over the split,
    before the first step, every k steps and after the last; in edit mode (--eval-start slowest) it logs %Opt
    against the slowest human solution, with its interval. A stand-in model answers each problem with its
    reference solution, so the check must find every problem passing and (for these) faster than the slowest."""
    monkeypatch.setitem(ab.REWARDS, "paper", lambda answer, *_: reward_of(len(answer) % 5 / 5))
    tests = data.load_problems("embedded", "test", measured=False)
    reference = {p["statement"].strip(): next(s["code"] for s in p["solutions"] if s.get("reference"))
                 for p in tests}
    asked = []

    class ReferenceAnswers:
        def __init__(self, *args, **kw):
            pass

        def __call__(self, asks):
            asked.append(asks)
            return [ab.format_answer(reference[next(k for k in reference if k in a)]) for a in asks]
    monkeypatch.setattr(grpo, "ModelGenerator", ReferenceAnswers)
    out = tmp_path / "run"
    grpo.main(T.parse_args(grpo.Args, ["--model", tiny_folder, "--steps", "3", "--prompts-per-step", "1",
                                       "--group-size", "2", "--max-new-tokens", "8", "--eval-every", "2",
                                       "--eval-problems", "2", "--eval-start", "slowest", "--out", str(out)]))
    checks = [r for r in (json.loads(line) for line in open(out / "metrics.jsonl")) if "held_out_%opt" in r]
    assert [r["step"] for r in checks] == [0, 2, 3]
    shown = [[next(p["problem_id"] for p in tests if p["statement"].strip() in a) for a in asks] for asks in asked]
    assert shown == [[tests[0]["problem_id"], tests[len(tests) // 2]["problem_id"]]] * 3   # spread, not the first 2
    for r in checks:
        assert r["held_out_pass@1"] == 100.0 and r["held_out_%opt"] > 0 and r["held_out_speedup"] > 1
        lo, hi = r["held_out_%opt_ci95"]
        assert lo <= r["held_out_%opt"] <= hi
        # what the answers were: all in the format and passing, none a copy of the slowest solution shown
        assert (r["held_out_format"], r["held_out_answers_passed"], r["held_out_copies"]) == (1.0, 1.0, 0.0)
