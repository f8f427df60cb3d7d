"""reproduce.py end to end with tiny sizes: in both protocols every stage (SFT, DPO from SFT, GRPO from SFT, six
evaluations) runs, and the tables and figures are written. Nothing is learned by a random 3M-parameter model;
this checks plumbing."""
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
        assert all(len(rows) == 2 for rows in {**curves, **ablations}.values())  # iterations 0 and 1
        table = (tmp_path / name / "table.md").read_text()
        for label in ("| pass@1 | base |", "| time% | GRPO |", "| integral% | GRPO (no original) |"):
            assert label in table
        # what the answers were, and the shares of the outcome columns add up to 100%
        anatomy = [line for line in table.splitlines() if line.startswith("| GRPO (no feedback) | ")]
        assert len(anatomy) == 1
        cells = anatomy[0].strip("| ").split(" | ")
        assert cells[1] == answers[name], (name, cells)
        assert sum(int(c.rstrip("%")) for c in cells[3:-1]) in (99, 100, 101)  # rounding
        for fname in ("curves.png", "training.png", "sft/adapter/adapter_config.json", "dpo/metrics.jsonl"):
            assert (tmp_path / name / fname).exists(), (name, fname)
    assert "## edit protocol" in (tmp_path / "table.md").read_text()
    # an interrupted reproduction continues: a second run finds every stage done
    again = reproduce.main(["--smoke", "--out", str(tmp_path), "--protocols", "edit"])
    assert again["edit"][0]["GRPO"] == json.loads(json.dumps(results["edit"][0]["GRPO"]))
