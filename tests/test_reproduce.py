"""reproduce.py end to end with tiny sizes: every stage (SFT, DPO from SFT, GRPO from SFT, six evaluations) runs,
and the table and figures are written. Nothing is learned by a random 3M-parameter model; this checks plumbing."""
import json

import pytest

import reproduce


@pytest.mark.slow
def test_reproduce_smoke(tmp_path):
    curves, ablations = reproduce.main(["--smoke", "--out", str(tmp_path)])
    assert list(curves) == ["base", "SFT", "DPO", "GRPO"] and len(ablations) == 2
    assert all(len(rows) == 2 for rows in {**curves, **ablations}.values())  # iterations 0 and 1
    table = (tmp_path / "table.md").read_text()
    for label in ("| pass@1 | base |", "| time% | GRPO |", "| integral% | GRPO (no original) |"):
        assert label in table
    # what the answers were: 2 problems x 2 rounds per method, and the shares of each row add up to 100%
    anatomy = [line for line in table.splitlines() if line.startswith("| GRPO (no feedback) | ")]
    assert len(anatomy) == 1
    cells = anatomy[0].strip("| ").split(" | ")
    assert cells[1] == "4" and sum(int(c.rstrip("%")) for c in cells[3:]) in (99, 100, 101)  # rounding
    for name in ("curves.png", "training.png", "sft/adapter/adapter_config.json", "dpo/metrics.jsonl"):
        assert (tmp_path / name).exists(), name
    # an interrupted reproduction continues: a second run finds every stage done
    again, _ = reproduce.main(["--smoke", "--out", str(tmp_path)])
    assert again["GRPO"] == json.loads(json.dumps(curves["GRPO"]))
