"""What several test files share: the `add` problem with a slow, a fast and a wrong solution, a scripted
generator, and the tiny random model (in memory, and saved as a folder the scripts can load)."""
import pytest

import afterburner
import model as models

# A call problem whose first test's expected output (424242) must never reach a prompt (test_measure).
ADD = {"problem_id": "add", "io": "call", "entry_point": "add", "statement": "Add two numbers.",
       "starter_code": "class Solution:\n    def add(self, a: int, b: int) -> int:\n", "split": "test",
       "tests": [{"input": [424200, 42], "output": 424242}, {"input": [1, 2], "output": 3}]}
SLOW = "class Solution:\n    def add(self, a, b):\n        s = 0\n        for _ in range(300000):\n" \
       "            s += 1\n        return a + b\n"
FAST = "class Solution:\n    def add(self, a, b):\n        return a + b\n"
WRONG = "class Solution:\n    def add(self, a, b):\n        return a - b\n"


def answer(code):
    """A well-formed answer holding `code`."""
    return afterburner.format_answer(code, "scripted")


class Scripted:
    """A generator that returns a fixed answer per round, and records the prompts it was shown."""

    def __init__(self, per_round):
        self.per_round, self.seen = per_round, []

    def __call__(self, asks):
        self.seen.append(asks)
        return [self.per_round[len(self.seen) - 1]] * len(asks)


def reward_of(total):
    """A stand-in for afterburner_reward's answer: every key it returns, `total` as given, the parts 0."""
    return {"total": total, "format": 0.0, "pass": 0.0, "gain": 0.0, "ratio": 0.0}


def against_the_profile(trajectories):
    """Drop the human costs afterburner.rescore measured beside each kept code, so that metrics.py scores the
    kept codes against the problems' stated (profile) costs instead: for synthetic human solutions, which have
    no code to run. Returns the trajectories."""
    for t in trajectories:
        for r in t:
            r["scoring_result"].pop("human", None)
    return trajectories


@pytest.fixture(scope="module")
def tiny():
    """A tiny random model and its tokenizer (model.tiny_model, seed 0)."""
    return models.tiny_model()


@pytest.fixture(scope="module")
def tiny_folder(tmp_path_factory):
    """model.tiny_model(seed=1), saved: what --model takes."""
    folder = tmp_path_factory.mktemp("tiny")
    m, tok = models.tiny_model(seed=1)
    m.save_pretrained(folder)
    tok.save_pretrained(folder)
    return str(folder)
