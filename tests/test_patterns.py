"""The patterns tier (data/patterns/): its shape, its split, and its labels measured in the sandbox."""
import os
from collections import Counter

import pytest

import data

PATTERNS = sorted(d for d in os.listdir(data.PATTERNS) if os.path.isdir(os.path.join(data.PATTERNS, d)))
HELD_OUT = {"sorted-search", "count-in-loop"}   # every problem of these patterns is in the test split


def _problems(pattern=None):
    return [p for p in data.load_problems("patterns", measured=False) if pattern is None or p["pattern"] == pattern]


def test_tier_shape_and_split():
    problems = _problems()
    assert len({p["problem_id"] for p in problems}) == len(problems)
    assert not {p["problem_id"] for p in problems} & {p["problem_id"] for p in data.load_problems("embedded",
                                                                                                  measured=False)}
    for pattern in PATTERNS:
        split = Counter(p["split"] for p in problems if p["pattern"] == pattern)
        if pattern in HELD_OUT:
            assert set(split) == {"test"}, pattern          # held out: nothing of it is trained on
        elif sum(split.values()) >= 4:
            assert split["train"] and split["test"], pattern  # seen pattern, unseen problems


@pytest.mark.parametrize("pattern", PATTERNS)
def test_pattern_shape(pattern):
    for p in _problems(pattern):
        pid = p["problem_id"]
        assert p["io"] == "call" and p["entry_point"] and p["starter_code"].startswith("class Solution"), pid
        assert p["split"] in ("train", "test") and p["statement"].strip() and p["tags"], pid
        assert len(p["tests"]) >= 6, pid
        correct = [s for s in p["solutions"] if s["correct"]]
        assert {s["time"] for s in correct} >= {"fast", "slow"}, pid
        assert len(p["solutions"]) >= 4 and len(p["solutions"]) > len(correct), pid
        assert all(s.get("note") for s in p["solutions"]), pid


@pytest.mark.slow
@pytest.mark.parametrize("pattern", PATTERNS)
def test_pattern_labels_hold_in_the_sandbox(pattern):
    """Every wrong solution fails, every other passes, and every slow one costs >= 5x the CPU time of every
    fast one, measured here (the same rule as the standard tier)."""
    ids = [p["problem_id"] for p in _problems(pattern)]
    problems = [p for p in data.profile("patterns", problem_ids=ids) if p["problem_id"] in set(ids)]
    assert data.label_violations(problems) == []
