"""reproduce.py end to end with tiny sizes: in both protocols every stage (SFT, GRPO and DPO from SFT, SFT
again with another seed, and the evaluations) runs, and the tables, the verdict and the figures are written.
Nothing is learned by a random 3M-parameter model; this checks plumbing."""
import json

import pytest

import reproduce


@pytest.mark.slow
def test_reproduce_smoke(tmp_path):
    results = reproduce.main(["--smoke", "--out", str(tmp_path)])
    assert list(results) == ["edit", "scratch"]
    # 2 problems; scratch answers every round (2 rounds), edit mode's round 0 is the given slowest solution
    answers = {"edit": "2", "scratch": "4"}
    for name, (curves, ablations) in results.items():
        assert list(curves) == ["base", "SFT", "DPO", "GRPO"] and len(ablations) == 2
        saved = json.loads((tmp_path / name / "eval-GRPO" / "results.json").read_text())["metrics"]
        assert json.loads(json.dumps(curves["GRPO"])) == saved
        assert all(len(rows) == 2 for rows in {**curves, **ablations}.values())  # iterations 0 and 1
        table = (tmp_path / name / "table.md").read_text()
        for label in ("| pass@1 | base |", "| time% | GRPO |", "| integral% | GRPO (no original) |"):
            assert label in table
        # what the answers were, and the shares of the outcome columns add up to 100%
        anatomy = [line for line in table.split("| method | answers |")[1].split("Paired")[0].splitlines()
                   if line.startswith("| GRPO (no feedback) | ")]
        assert len(anatomy) == 1
        cells = anatomy[0].strip("| ").split(" | ")
        assert cells[1] == answers[name], (name, cells)
        assert sum(int(c.rstrip("%")) for c in cells[3:-1]) in (99, 100, 101)  # rounding
        for fname in ("curves.png", "training.png", "sft/adapter/adapter_config.json", "dpo/metrics.jsonl"):
            assert (tmp_path / name / fname).exists(), (name, fname)
        # the verdict: paired differences, and each method's gain after it1; the run-to-run spread (SFT trained
        # again) in both protocols, the sampled rounds in edit mode only
        assert "| GRPO - DPO | " in table and "| SFT (rerun) - SFT | " in table
        assert (tmp_path / name / "sft-rerun" / "adapter" / "adapter_config.json").exists()
        sampled = name == "edit"
        assert ("| SFT (rerun) (sampled) - SFT (sampled) | " in table) == sampled
        assert ("| GRPO (sampled) | " in table) == ("| SFT (sampled) | " in table) == sampled
        assert (tmp_path / name / "curves-sampled.png").exists() == sampled
        # GRPO's held-out check ran before its first step and after its last (--grpo-eval-every 1 in --smoke)
        grpo_log = [json.loads(line) for line in open(tmp_path / name / "grpo" / "metrics.jsonl")]
        assert [r["step"] for r in grpo_log if "held_out_pass@1" in r] == [0, 1, 2]
        # every stage that ran says how long it took and at which commit
        stages = [json.loads(line) for line in open(tmp_path / name / "stages.jsonl")]
        assert {s["stage"] for s in stages} >= {"sft", "grpo", "dpo", "eval GRPO"}
        assert all(s["finished"] and s["seconds"] > 0 and s["commit"] for s in stages)
    assert "## edit protocol" in (tmp_path / "table.md").read_text()
    # an interrupted reproduction continues: a second run finds every stage done
    again = reproduce.main(["--smoke", "--out", str(tmp_path), "--protocols", "edit"])
    assert again["edit"][0]["GRPO"] == json.loads(json.dumps(results["edit"][0]["GRPO"]))
    # and the joint table still holds the protocol not run this time
    assert "## scratch protocol" in (tmp_path / "table.md").read_text()


def test_grpo_trains_on_the_problems_the_cold_start_draw_solved(tmp_path):
    """solved_list: a problem is listed when at least one of its drawn answers passed, under any of its prompts."""
    rows = [{"problem_id": "a", "results": [{"passed": False}, {"passed": True}]},
            {"problem_id": "b", "results": [{"passed": False}, {"passed": False}]},
            {"problem_id": 7, "results": [{"passed": False}]}, {"problem_id": 7, "results": [{"passed": True}]}]
    (tmp_path / "draws.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    path = reproduce.solved_list(str(tmp_path))
    assert open(path).read().split() == ["7", "a"]
