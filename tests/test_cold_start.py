"""The cold start: sft.edit_examples / dpo.edit_dpo_pairs (built from measured human pairs), and cold_start.py (the
model's own cheapest passing answers)."""
import json

import pytest

import afterburner
import cold_start
import data
import dpo
import sft
import training as T
from conftest import reward_of


def _problem():
    # a, b pass and are fast; c passes but is slow (40 ms); d fails. Within 1.5x of each other: a (10) and b (12).
    sols = [{"name": n, "code": f"# {n}\n", "passed": ok, "time_ms": t, "memory_kb": m, "integral_kb_ms": t * m,
             "note": f"note {n}"}
            for n, ok, t, m in [("a", True, 10, 900), ("b", True, 12, 100), ("c", True, 40, 500), ("d", False, 1, 1)]]
    return {"problem_id": "x", "io": "call", "statement": "s", "starter_code": "", "solutions": sols}


def _name(text):
    return text.split("# ")[1][0]


def _original(prompt):
    return prompt.split("## Original Solution\n```python\n# ")[1][0]


def test_edit_examples_rewrite_a_slower_or_failing_original_into_a_faster_passing_one():
    examples = sft.edit_examples([_problem()], ("time",), per_problem=10, min_gap=1.5, targets="any")
    pairs = {(_original(e["prompt"]), _name(e["completion"])) for e in examples}
    # targets pass; originals are >= 1.5x slower (c) or fail (d); a and b are within noise of each other
    assert pairs == {("c", "a"), ("c", "b"), ("d", "a"), ("d", "b"), ("d", "c")}
    for e in examples:
        assert "## Original Performance\nPassed:" in e["prompt"] and afterburner.format_ok(e["completion"])
        assert f"note {_name(e['completion'])}" in e["completion"]  # the target's note is the thinking


def test_nearest_targets_pick_each_originals_most_similar_faster_solution():
    problem = _problem()
    codes = {"a": "# a\nfor v in nums:\n    if v in seen_set:\n        count += 1\n",      # c's fix: one word
             "b": "# b\nreturn len(set(nums) & seen_set)\n",                              # a rewrite
             "c": "# c\nfor v in nums:\n    if v in seen_list:\n        count += 1\n",
             "d": "# d\nreturn len(set(nums) | seen_set)\n"}                              # wrong: b's bug
    for sol in problem["solutions"]:
        sol["code"] = codes[sol["name"]]
    examples = sft.edit_examples([problem], ("time",), per_problem=10, min_gap=1.5, targets="nearest")
    assert sorted((_original(e["prompt"]), _name(e["completion"])) for e in examples) == [("c", "a"), ("d", "b")]


def test_nearest_targets_score_real_functions_by_all_their_characters():
    """On a real problem of the patterns tier, the quadratic concatenation's nearest fast solution is the one that
    keeps its loop and collects parts (similarity 0.74), not the zip_longest rewrite (0.30). difflib's default
    autojunk, which drops every character frequent in a text of >= 200, scored them 0.22 and 0.30 and picked the
    rewrite."""
    import data
    problem = next(p for p in data.load_problems("patterns", measured=False)
                   if p["problem_id"] == "alternate-words-of-two-lists")
    by_name = {s["name"]: s for s in problem["solutions"]}
    slow, rewrite, edit = by_name["concat-words"], by_name["zip-longest"], by_name["parts-join"]
    assert sft.nearest_targets([(slow, rewrite), (slow, edit)]) == [(slow, edit)]


def test_edit_dpo_pairs_prefer_the_faster_rewrite_to_the_original_or_a_broken_one():
    pairs = dpo.edit_dpo_pairs([_problem()], ("time",), pairs_per_problem=10, min_gap=1.5, seed=3)
    assert pairs
    for p in pairs:
        original, chosen, rejected = _original(p["prompt"]), _name(p["chosen"]), _name(p["rejected"])
        assert chosen in "abc" and chosen != original
        assert rejected in (original, "d")


# ---------------------------------------------------------------- GRPO's dynamic sampling (DAPO)
def _fake_step(monkeypatch, flat_ids):
    """grpo.sample_groups with generation and scoring faked: prompts of `flat_ids` get equal rewards."""
    import grpo
    import model as models

    def fake_generate(model, tok, prompt_texts, n=1, **kw):
        return [models.Rollout(f"{p}#{j}", [1], [2]) for p in prompt_texts for j in range(n)]

    def fake_score(per_answer, answers, by_id, args):
        rewards = [reward_of(0.0 if b["problem_id"] in flat_ids else float(a[-1])) for b, a in zip(per_answer, answers)]
        return [{"passed": False, "status": "failed"} for _ in answers], rewards
    monkeypatch.setattr(grpo, "generate", fake_generate)
    monkeypatch.setattr(grpo, "score", fake_score)
    return grpo


def test_dynamic_sampling_drops_zero_spread_groups_and_redraws_within_bounds(monkeypatch):
    import training as T
    grpo = _fake_step(monkeypatch, flat_ids={f"p{i}" for i in range(6)})      # 6 of 8 prompts carry no signal
    pool = [{"problem_id": f"p{i}", "prompt": f"p{i}", "instruction": "time", "original": {}} for i in range(8)]
    plain = T.parse_args(grpo.Args, ["--prompts-per-step", "2", "--group-size", "3"])
    dynamic = T.parse_args(grpo.Args, ["--prompts-per-step", "2", "--group-size", "3", "--dynamic-sampling",
                                       "--max-draws", "4"])
    informative = {"plain": 0, "dynamic": 0}
    for step in range(6):
        groups, drawn, _ = grpo.sample_groups(None, None, pool, {}, step, plain)
        assert len(groups) == 2 and drawn["groups_drawn"] == 2                   # the paper: every group kept
        informative["plain"] += sum(g["prompt"]["problem_id"] in {"p6", "p7"} for g in groups)
        groups, drawn, _ = grpo.sample_groups(None, None, pool, {}, step, dynamic)
        assert len(groups) <= 2 and drawn["groups_drawn"] <= 2 * 4             # bounded cost
        for g in groups:                                                         # only groups with a signal
            totals = [r["total"] for r in g["rewards"]]
            assert max(totals) > min(totals)
        informative["dynamic"] += len(groups)
    assert informative["dynamic"] > informative["plain"], informative


def test_cold_start_targets_the_cheapest_passing_answer_of_each_prompt():
    prompts = [{"problem_id": i, "prompt": f"p{i}", "original": {"code": "# slow\n"}} for i in range(3)]
    answers = [[afterburner.format_answer(c) for c in ("# wrong\n", "# slow\n", "# fast\n")],
               [afterburner.format_answer("# wrong\n")],
               ["```python\n# slow\n```"]]                            # out of the format: the code still counts
    results = [[{"passed": False, "time_ms": 1.0}, {"passed": True, "time_ms": 10.0}, {"passed": True, "time_ms": 5.0}],
               [{"passed": False, "time_ms": 0.0}],
               [{"passed": True, "time_ms": 8.0}]]
    examples = cold_start.best_answers(prompts, answers, results)
    assert [(e["problem_id"], e["time_ms"], e["copy"]) for e in examples] == [(0, 5.0, False), (2, 8.0, True)]
    assert all(afterburner.format_ok(e["completion"]) for e in examples)          # every target in the format
    assert afterburner.extract_code(examples[0]["completion"]).strip() == "# fast"
    rewrites = cold_start.best_answers(prompts, answers, results, targets="rewrites")
    assert [(e["problem_id"], e["copy"]) for e in rewrites] == [(0, False)]        # prompt 2 had only a copy


def test_cold_start_trains_on_its_draws_and_reuses_them(tiny_folder, tmp_path, monkeypatch):
    """End to end on a tiny model (which passes nothing by itself: a stand-in draws each training problem's
    passing human solution twice). The draw is saved and reused by a rerun with the same settings; other
    settings draw again."""
    draws = []

    def human_answers(model, tok, prompts, by_id, args):
        draws.append(args.samples)
        codes = [data.passing_solutions(by_id[b["problem_id"]], "time_ms")[0]["code"] + "# drawn\n" for b in prompts]
        return ([[afterburner.format_answer(c)] * args.samples for c in codes],
                [[{"passed": True, "time_ms": 1.0}] * args.samples for _ in codes])
    monkeypatch.setattr(cold_start, "draw_answers", human_answers)
    out = tmp_path / "cold"
    argv = ["--model", tiny_folder, "--dataset", "embedded", "--limit-problems", "2", "--steps", "1",
            "--start", "slowest", "--max-completion-tokens", "32", "--out", str(out)]
    cold_start.main(T.parse_args(cold_start.Args, argv + ["--samples", "2"]))
    examples = [json.loads(line) for line in open(out / "examples.jsonl")]
    assert len(examples) == 2 and not any(e["copy"] for e in examples)
    assert "## Original Solution" in examples[0]["prompt"] and (out / "adapter" / "adapter_config.json").exists()
    cold_start.main(T.parse_args(cold_start.Args, argv + ["--samples", "2", "--overwrite"]))
    assert draws == [2]                                                           # reused
    cold_start.main(T.parse_args(cold_start.Args, argv + ["--samples", "3", "--overwrite"]))
    assert draws == [2, 3]
    cold_start.main(T.parse_args(cold_start.Args, argv + ["--samples", "3", "--targets", "rewrites", "--overwrite"]))
    assert draws == [2, 3]                                   # other targets, the same answers: not drawn again


def test_cold_start_without_a_passing_answer_stops_with_the_fix(tiny_folder, tmp_path, monkeypatch):
    monkeypatch.setattr(cold_start, "draw_answers", lambda model, tok, prompts, by_id, args: (
        [["no code"]] * len(prompts), [[{"passed": False, "time_ms": 0.0}]] * len(prompts)))
    with pytest.raises(SystemExit, match="--samples"):
        cold_start.main(T.parse_args(cold_start.Args, ["--model", tiny_folder, "--dataset", "embedded",
                                                       "--limit-problems", "1", "--steps", "1", "--samples", "1",
                                                       "--out", str(tmp_path / "c")]))
