"""integrations.py: our reward as a TRL GRPOTrainer reward function and as a verl compute_score."""
import json
import os

import pytest

import data
import afterburner
import integrations

os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="module")
def problem():
    p = data.load_problems("embedded", "train", measured=False)[0]
    data.profile("embedded", problem_ids=[p["problem_id"]])
    return data.get_problem(p["problem_id"])


def _original(problem, name):
    s = next(s for s in problem["solutions"] if s["name"] == name)
    return {k: s[k] for k in ("passed", "time_ms", "memory_kb", "integral_kb_ms")} | {"code": s["code"],
                                                                                      "status": s["status"]}


def test_verl_compute_score_and_dataset(problem, tmp_path):
    slow = next(s for s in problem["solutions"] if s["correct"] and s["time"] == "slow")
    fast = next(s for s in problem["solutions"] if s.get("reference"))
    wrong = next(s for s in problem["solutions"] if not s["correct"])
    truth = json.dumps({"source": "embedded", "problem_id": problem["problem_id"], "instruction": "time",
                        "original": _original(problem, slow["name"])})
    score = lambda code: integrations.compute_score("afterburner/embedded", afterburner.format_answer(code), truth)
    faster, broken = score(fast["code"]), score(wrong["code"])
    assert faster > 0.2 + 0.5 * 0.5 and broken == pytest.approx(0.2 - 0.5)   # pass->pass with a gain; pass->fail
    assert integrations.compute_score("x", "no code here", truth) == pytest.approx(-0.5)
    path = integrations.verl_dataset(str(tmp_path / "train.parquet"), split="train", instructions=("time",),
                                     limit_problems=1)
    import datasets
    rows = datasets.load_dataset("parquet", data_files=path, split="train")
    assert rows[0]["reward_model"]["style"] == "rule" and rows[0]["prompt"][0]["role"] == "user"
    assert json.loads(rows[0]["reward_model"]["ground_truth"])["instruction"] == "time"


def test_trl_grpo_trainer_runs_two_steps_with_our_reward(problem, tmp_path):
    from trl import GRPOConfig, GRPOTrainer

    import model as models
    model, tok = models.tiny_model()
    ds = integrations.trl_dataset(split="train", instructions=("time", "memory"), limit_problems=1)
    assert len(ds) >= 2 and set(ds.column_names) == {"prompt", "source", "problem_id", "instruction", "original"}
    calls = []

    def reward(prompts, completions, **kw):
        out = integrations.trl_reward(prompts, completions, **kw)
        calls.append((len(completions), sorted(kw)))
        return out
    reward.__name__ = "afterburner"
    cfg = GRPOConfig(output_dir=str(tmp_path), per_device_train_batch_size=2, num_generations=2,
                     max_completion_length=8, max_steps=2, learning_rate=1e-4, report_to="none", use_cpu=True,
                     logging_steps=1, save_strategy="no", bf16=False)
    trainer = GRPOTrainer(model=model, reward_funcs=[reward], args=cfg, train_dataset=ds, processing_class=tok)
    trainer.train()
    assert trainer.state.global_step == 2 and len(calls) >= 2
    assert {"problem_id", "instruction", "original", "source"} <= set(calls[0][1])
