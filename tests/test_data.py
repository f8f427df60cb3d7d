"""data.py, metrics.py and the prompts and training examples: the embedded benchmark, the upstream schemas, the
metrics, prompts and examples."""
import json
import os
import subprocess
import sys

import pytest

import afterburner
import data
import dpo
import grpo
import metrics
import sandbox
import sft

FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures")


# ---------------------------------------------------------------- the embedded benchmark
def test_embedded_benchmark_shape():
    problems = data.load_problems("embedded", measured=False)
    by_io = {io: [p for p in problems if p["io"] == io] for io in ("call", "stdio")}
    assert len(by_io["call"]) >= 40 and len(by_io["stdio"]) >= 10
    assert len({p["problem_id"] for p in problems}) == len(problems)
    for p in problems:
        assert p["split"] in ("train", "test") and p["difficulty"] in ("easy", "medium", "hard") and p["tags"]
        assert p["statement"].strip() and (p["io"] == "stdio" or p["starter_code"].startswith("class Solution"))
        assert len(p["tests"]) >= 6
        correct = [s for s in p["solutions"] if s["correct"]]
        assert len(correct) >= 6 and len(p["solutions"]) > len(correct), p["problem_id"]
        assert {s["time"] for s in correct} >= {"fast", "slow"}, p["problem_id"]
        assert {s["memory"] for s in correct} >= {"lean", "hungry"}, p["problem_id"]
    # train and test never share a problem, and both mix call and stdio
    train, test = data.load_problems("embedded", "train"), data.load_problems("embedded", "test")
    assert len(train) + len(test) == len(problems) and {p["io"] for p in test} == {"call", "stdio"}


@pytest.mark.slow
def test_embedded_labels_hold_in_the_sandbox():
    """Profile every human solution here; the wrong ones fail, the rest pass, and the labels are true:
    every slow solution costs >= 5x the CPU time of every fast one, and every hungry one peaks >= 2x and
    >= 256 KB above every lean one (README of data/embedded)."""
    assert data.label_violations(data.profile("embedded")) == []


# ---------------------------------------------------------------- upstream schemas, offline
def test_venus_fixture_maps_and_runs(capsys):
    problems = data.load_problems(os.path.join(FIXTURES, "venus_python.jsonl"), measured=False)
    assert [p["problem_id"] for p in problems] == ["1"]
    err = capsys.readouterr().err
    assert "skipped 3 of 4 rows" in err and "unparsable JSON" in err and "no passing solution" in err
    p = problems[0]
    assert p["io"] == "venus" and len(p["tests"]) == 2 and p["solutions"][0]["reported"]["time"] == 48.2
    results = sandbox.execute_many([(s["code"], p) for s in p["solutions"]], workers=2)
    assert [r.passed for r in results] == [True, True, False]


def test_apps_fixture_maps_and_runs(capsys):
    problems = data.load_problems(os.path.join(FIXTURES, "apps.jsonl"), measured=False)
    assert "skipped 2 of 4 rows" in capsys.readouterr().err
    stdio, call = sorted(problems, key=lambda p: p["io"], reverse=True)
    assert stdio["io"] == "stdio" and stdio["difficulty"] == "easy" and stdio["tests"][0]["output"] == "6\n"
    assert call["io"] == "call" and call["entry_point"] == "square" and call["tests"][1] == {"input": [-4],
                                                                                            "output": 16}
    for p in problems:
        assert all(r.passed for r in sandbox.execute_many([(s["code"], p) for s in p["solutions"]]))


def test_bad_sources_give_clear_errors():
    with pytest.raises(data.DataError, match="unknown source"):
        data.load_problems("mbpp")
    with pytest.raises(data.DataError, match="no such file"):
        data.load_problems("missing.jsonl")
    with pytest.raises(data.DataError, match="split must be"):
        data.load_problems("embedded", split="dev")
    with pytest.raises(data.DataError, match="no problem"):
        data.get_problem("no-such-problem")


def test_hub_without_network_says_what_to_do():
    env = dict(os.environ, HF_HUB_OFFLINE="1", HF_DATASETS_OFFLINE="1")
    out = subprocess.run([sys.executable, "data.py", "stats", "--dataset", "venus"], capture_output=True,
                         text=True, env=env, cwd=os.path.dirname(os.path.dirname(FIXTURES)), timeout=120)
    assert out.returncode != 0 and "Offline?" in out.stderr and "data.export_hub('venus'" in out.stderr
    assert "Traceback" not in out.stderr


# ---------------------------------------------------------------- the real datasets: splits, hub layouts, file errors
HUB_SNAPSHOT = os.path.join(FIXTURES, "hub")    # hub/<owner>/<name>/: the files of a dataset repo, as on the hub


def _venus_rows(ids, split=None):
    """Copies of the fixture's one good Venus row under other problem ids (and, optionally, a split column)."""
    with open(os.path.join(FIXTURES, "venus_python.jsonl")) as f:
        good = json.loads(f.readline())
    return [dict(good, problem_id=i, **({"split": split(i)} if split else {})) for i in ids]


def _write_jsonl(path, rows):
    with open(path, "w") as f:
        f.writelines(json.dumps(r) + "\n" for r in rows)
    return str(path)


def test_venus_file_without_split_column_is_resplit_by_problem_id(tmp_path):
    """An export of one hub split has no split column: train and test must still be disjoint, cover the
    file, and not move between calls (a hash of the problem id decides, not the order of rows)."""
    path = _write_jsonl(tmp_path / "venus-export.jsonl", _venus_rows(range(100, 140)))
    ids = lambda split: [p["problem_id"] for p in data.load_problems(path, split, measured=False)]
    train, test, every = ids("train"), ids("test"), ids(None)
    assert train and test and not set(train) & set(test)
    assert sorted(train + test) == sorted(every) == sorted(str(i) for i in range(100, 140))
    assert ids("test") == test and ids("train") == train
    reversed_path = _write_jsonl(tmp_path / "venus-reversed.jsonl", _venus_rows(reversed(range(100, 140))))
    assert sorted(p["problem_id"] for p in data.load_problems(reversed_path, "test", measured=False)) == sorted(test)


def test_venus_test_share_is_the_documented_one():
    test = [i for i in range(4000) if data.venus_split(str(i)) == "test"]
    assert abs(len(test) / 4000 - data.VENUS_TEST_SHARE) < 0.03


def test_venus_file_split_column_is_respected(tmp_path):
    rows = _venus_rows(range(1, 9), split=lambda i: "test" if i % 2 else "train")
    path = _write_jsonl(tmp_path / "venus.jsonl", rows)
    assert [p["problem_id"] for p in data.load_problems(path, "test", measured=False)] == ["1", "3", "5", "7"]
    assert [p["problem_id"] for p in data.load_problems(path, "train", measured=False)] == ["2", "4", "6", "8"]


def test_parquet_and_json_array_files_load_like_jsonl(tmp_path):
    import datasets
    rows = _venus_rows(range(1, 7), split=lambda i: "test" if i > 4 else "train")
    jsonl = _write_jsonl(tmp_path / "venus.jsonl", rows)
    parquet = str(tmp_path / "venus.parquet")
    datasets.Dataset.from_list(rows).to_parquet(parquet)
    (tmp_path / "venus.json").write_text(json.dumps(rows))
    view = lambda path: [(p["problem_id"], p["split"], len(p["tests"]))
                         for p in data.load_problems(path, measured=False)]
    assert view(parquet) == view(str(tmp_path / "venus.json")) == view(jsonl)
    assert [s for _, s, _ in view(jsonl)] == ["train"] * 4 + ["test"] * 2


def test_venus_hub_keeps_its_train_and_test_splits(monkeypatch, tmp_path):
    import datasets
    hub = {"train": _venus_rows([11, 12, 13]), "test": _venus_rows([21, 22])}
    calls = []

    def fake_load_dataset(name, split=None, **kwargs):
        calls.append((name, split))
        return datasets.Dataset.from_list(hub[split])
    monkeypatch.setattr(datasets, "load_dataset", fake_load_dataset)
    assert [p["problem_id"] for p in data.load_problems("venus", "test", measured=False)] == ["21", "22"]
    assert {(p["problem_id"], p["split"]) for p in data.load_problems("venus", measured=False)} == {
        ("11", "train"), ("12", "train"), ("13", "train"), ("21", "test"), ("22", "test")}
    assert set(calls) == {("Elfsong/Venus_Python", "train"), ("Elfsong/Venus_Python", "test")}
    # the export the README gives keeps the hub's split in a column, so the file loads with the same split
    out = data.export_hub("venus", str(tmp_path / "venus.jsonl"))
    assert [p["problem_id"] for p in data.load_problems(out, "test", measured=False)] == ["21", "22"]


def test_readme_gives_the_export_commands_the_loader_gives():
    with open(os.path.join(os.path.dirname(FIXTURES), "..", "README.md")) as f:
        readme = f.read()
    assert all(command in readme for command in data.EXPORT.values()) and "to_json" not in readme


def _fake_hub_download(calls):
    def hf_hub_download(repo_id, filename, *, repo_type=None, **kwargs):
        calls.append((repo_id, filename, repo_type))
        path = os.path.join(HUB_SNAPSHOT, *repo_id.split("/"), filename)
        assert os.path.exists(path), f"{repo_id} has no {filename}"
        return path
    return hf_hub_download


def test_apps_from_the_hub_keeps_problems_with_a_passing_human_solution(monkeypatch, tmp_path, capsys):
    """The hub path end to end, offline: test.jsonl from the (fake) hub, rows mapped, every human solution
    measured in our sandbox, problems without a passing one dropped, then re-split. The repo ships a loading
    script (the fake snapshot has its layout: apps.py beside train.jsonl and test.jsonl), which datasets >= 4
    refuses to run: the loader reads test.jsonl without it."""
    import datasets
    import huggingface_hub

    def refuse_the_script(*args, **kwargs):     # what datasets does with a repo that ships a loading script
        raise RuntimeError("Dataset scripts are no longer supported, but found apps.py")
    calls = []
    monkeypatch.setattr(huggingface_hub, "hf_hub_download", _fake_hub_download(calls))
    monkeypatch.setattr(datasets, "load_dataset", refuse_the_script)
    monkeypatch.setattr(data, "CACHE", str(tmp_path))      # profile measurements go here, not into .cache/
    monkeypatch.setattr(data, "APPS_TEST_PROBLEMS", 1)    # 300 in the paper; 1 here, so both splits are used
    unmeasured = data.load_problems("apps", measured=False)
    assert sorted(p["problem_id"] for p in unmeasured) == ["apps-5001", "apps-5002", "apps-5003", "apps-5004"]
    assert ("codeparrot/apps", "test.jsonl", "dataset") in calls
    with pytest.raises(data.DataError, match="profile --dataset apps"):
        data.load_problems("apps")                         # the filter needs measurements from this machine
    problems = data.profile("apps", workers=2)
    assert sorted(p["problem_id"] for p in problems) == ["apps-5001", "apps-5002", "apps-5004"]   # 5003 dropped
    assert "apps-5003" in capsys.readouterr().err
    train, test = data.load_problems("apps", "train"), data.load_problems("apps", "test")
    assert len(test) == 1 and len(train) == 2 and not {p["problem_id"] for p in train} & {p["problem_id"] for p in test}
    assert all(any(s["passed"] for s in p["solutions"]) for p in train + test)
    unfiltered = data.load_problems("apps", passing_only=False)          # the filter is a step one can leave out
    assert len(unfiltered) == 4 and all(s["passed"] is not None for p in unfiltered for s in p["solutions"])


def test_apps_resplit_is_300_test_problems_deterministically():
    problems = [{"problem_id": f"apps-{i}"} for i in range(1000)]
    first = data.apps_split([dict(p) for p in problems])
    again = data.apps_split([dict(p) for p in reversed(problems)])
    test = {p["problem_id"] for p in first if p["split"] == "test"}
    assert len(test) == 300 and test == {p["problem_id"] for p in again if p["split"] == "test"}
    assert all(p["split"] in ("train", "test") for p in first) and len(first) == 1000


def test_malformed_jsonl_line_names_the_file_line_and_reason(tmp_path):
    rows = _venus_rows([1, 2, 3])
    path = tmp_path / "venus-broken.jsonl"
    with open(path, "w") as f:
        f.write(json.dumps(rows[0]) + "\n" + json.dumps(rows[1])[:-40] + "\n" + json.dumps(rows[2]) + "\n")
    with pytest.raises(data.DataError, match=r"venus-broken\.jsonl, line 2: not valid JSON") as e:
        data.load_problems(str(path), measured=False)
    assert "\n" not in str(e.value)


def test_empty_jsonl_says_the_file_is_empty(tmp_path):
    path = tmp_path / "venus-empty.jsonl"
    path.write_text("")
    with pytest.raises(data.DataError, match=r"venus-empty\.jsonl is empty"):
        data.load_problems(str(path), measured=False)
    path.write_text("\n  \n")
    with pytest.raises(data.DataError, match=r"venus-empty\.jsonl is empty"):
        data.load_problems(str(path), measured=False)


def test_skipped_rows_are_named_with_their_reason(tmp_path, capsys):
    data.load_problems(os.path.join(FIXTURES, "venus_python.jsonl"), measured=False)
    err = capsys.readouterr().err
    assert "line 2 (problem_id 2): unparsable JSON in test_cases" in err
    assert "line 3 (problem_id 3): no passing solution" in err and "line 4 (problem_id 4): no tests" in err
    many = _venus_rows(range(1, 4)) + [dict(r, test_cases="[]") for r in _venus_rows(range(10, 20))]
    data.load_problems(_write_jsonl(tmp_path / "venus-many.jsonl", many), measured=False)
    err = capsys.readouterr().err
    assert "skipped 10 of 13 rows" in err and "line 4 (problem_id 10): no tests" in err and "and 5 more" in err
    assert "problem_id 19" not in err


def test_duplicate_problem_ids_are_skipped(tmp_path, capsys):
    """Two rows with one problem id could put one problem in both splits: the later row is skipped."""
    rows = _venus_rows([7, 8]) + _venus_rows([7], split=lambda i: "test")
    problems = data.load_problems(_write_jsonl(tmp_path / "venus-dup.jsonl", rows), measured=False)
    assert sorted(p["problem_id"] for p in problems) == ["7", "8"]
    assert "line 3 (problem_id 7): duplicate problem_id (first on line 1)" in capsys.readouterr().err


# ---------------------------------------------------------------- your own problems: a .jsonl in the sandbox's format
ADD = "class Solution:\n    def add(self, a, b):\n        return a + b\n"
OWN_ROWS = [   # one call problem with a right and a wrong human solution, one stdio problem with none
    {"problem_id": "add", "io": "call", "entry_point": "add", "statement": "Return a + b.", "split": "train",
     "tests": [{"input": [1, 2], "output": 3}, {"input": [-5, 5], "output": 0}],
     "solutions": [{"code": ADD}, {"name": "minus", "code": ADD.replace("a + b", "a - b"), "correct": False}]},
    {"problem_id": "sum-line", "io": "stdio", "statement": "Print the sum of the integers on the line.",
     "split": "test", "tests": [{"input": "1 2 3\n", "output": "6\n"}, {"input": "-4\n", "output": "-4\n"}]},
]


def test_own_format_jsonl_loads_and_runs_in_the_sandbox(tmp_path):
    path = _write_jsonl(tmp_path / "mine.jsonl", OWN_ROWS)
    add, sum_line = data.load_problems(path, measured=False)
    assert (add["problem_id"], add["io"], add["split"], sum_line["io"], sum_line["split"]) == (
        "add", "call", "train", "stdio", "test")
    assert [s["correct"] for s in add["solutions"]] == [True, False] and sum_line["solutions"] == []
    assert [p["problem_id"] for p in data.load_problems(path, "test", measured=False)] == ["sum-line"]
    assert sandbox.execute(add["solutions"][0]["code"], add).passed
    assert not sandbox.execute(add["solutions"][1]["code"], add).passed
    assert sandbox.execute("print(sum(map(int, input().split())))", sum_line).passed
    assert afterburner.optimization_prompt(add, "time").count("Return a + b.") == 1


def test_own_format_rows_without_split_are_split_by_problem_id(tmp_path):
    rows = [dict(OWN_ROWS[1], problem_id=f"p{i}") for i in range(40)]
    for r in rows:
        del r["split"]
    problems = data.load_problems(_write_jsonl(tmp_path / "mine.jsonl", rows), measured=False)
    assert [p["split"] for p in problems] == [data.venus_split(f"p{i}") for i in range(40)]
    assert {"train", "test"} == {p["split"] for p in problems}


def test_own_format_human_solutions_are_profiled_per_file(tmp_path, monkeypatch):
    """Measured like the embedded ones (the training data and Time% read them), in a cache of the file's own:
    two files of one name in two folders do not share it."""
    monkeypatch.setattr(data, "CACHE", str(tmp_path / "cache"))
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    first = _write_jsonl(tmp_path / "a" / "mine.jsonl", OWN_ROWS)
    train, = data.ensure_profiled(first, ("train", 0))
    assert [s["passed"] for s in train[0]["solutions"]] == [True, False]
    assert len(data.human_values(train[0], "time_ms")) == 1
    assert metrics.beats_share(0.0, data.human_values(train[0], "time_ms")) == 1.0
    assert len(sft.sft_examples(train, ("time",))) == 1
    _write_jsonl(tmp_path / "b" / "mine.jsonl", OWN_ROWS)
    data.ensure_profiled(str(tmp_path / "b" / "mine.jsonl"), ("train", 0))
    caches = sorted(os.listdir(tmp_path / "cache" / "profile"))
    assert len(caches) == 2 and all(name.startswith("mine") for name in caches)


BAD_ROWS = {   # what is wrong with the second row: (the row, a pattern of the message naming it)
    "io": (dict(OWN_ROWS[0], io="func"), "unknown io kind 'func'"),
    "no tests": (dict(OWN_ROWS[0], tests=[]), "no tests"),
    "test without output": (dict(OWN_ROWS[0], tests=[{"input": [1, 2]}]), "test 0 lacks output"),
    "call input": (dict(OWN_ROWS[0], tests=[{"input": 1, "output": 1}]), "a call test's input is the JSON list"),
    "entry_point": (dict(OWN_ROWS[0], entry_point=None), "needs entry_point"),
    "stdio input": (dict(OWN_ROWS[1], tests=[{"input": ["1"], "output": "1\n"}]), "an stdio test's input is the text"),
    "stdio output": (dict(OWN_ROWS[1], tests=[{"input": "1\n", "output": 1}]), "an stdio test's output is the text"),
    "problem_id": ({k: v for k, v in OWN_ROWS[0].items() if k != "problem_id"}, "no problem_id"),
    "statement": ({k: v for k, v in OWN_ROWS[0].items() if k != "statement"}, "no statement"),
    "split": (dict(OWN_ROWS[0], split="dev"), "split 'dev' is neither train nor test"),
    "solution code": (dict(OWN_ROWS[0], solutions=[{"name": "empty"}]), "solution 0 has no code"),
    "solutions": (dict(OWN_ROWS[0], solutions="return a + b"), "solutions must be a list"),
    "correct": (dict(OWN_ROWS[0], solutions=[{"code": ADD, "correct": "yes"}]), "correct must be true or false"),
    "duplicate": (dict(OWN_ROWS[1], problem_id="add"), "duplicate problem_id 'add' \\(first on line 1\\)"),
    "mixed": (_venus_rows([9])[0], "a Venus_Python row .* in a file whose line 1 is a row in the sandbox's own format"),
}


@pytest.mark.parametrize("kind", BAD_ROWS)
def test_own_format_bad_row_is_one_line_naming_file_and_line(tmp_path, kind):
    row, why = BAD_ROWS[kind]
    path = _write_jsonl(tmp_path / "mine.jsonl", [OWN_ROWS[0], row, OWN_ROWS[1]])
    with pytest.raises(data.DataError, match=r"mine\.jsonl, line 2: .*" + why) as e:
        data.load_problems(path, measured=False)
    assert "\n" not in str(e.value)


def test_own_format_bad_rows_counted_and_cli_gives_one_line(tmp_path):
    rows = [OWN_ROWS[0], dict(OWN_ROWS[1], tests=[]), dict(OWN_ROWS[1], problem_id="x", io="?"), OWN_ROWS[1]]
    path = _write_jsonl(tmp_path / "mine.jsonl", rows)
    with pytest.raises(data.DataError, match=r"line 2: .*no tests.* \(and 1 more bad row: line 3\)"):
        data.load_problems(path, measured=False)
    out = subprocess.run([sys.executable, "data.py", "stats", "--dataset", path], capture_output=True, text=True,
                         cwd=os.path.dirname(os.path.dirname(FIXTURES)), timeout=120)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert out.stderr.startswith("error: ") and out.stderr.count("\n") == 1 and "line 2" in out.stderr


def test_file_of_no_known_format_names_every_format(tmp_path):
    path = _write_jsonl(tmp_path / "other.jsonl", [{"question": "q", "answer": "a"}])
    with pytest.raises(data.DataError, match=r"other\.jsonl, line 1: .*(?=.*Venus_Python)(?=.*APPS)(?=.*io, tests)"):
        data.load_problems(path, measured=False)


def test_upstream_file_with_a_row_of_another_format_is_one_line(tmp_path):
    with open(os.path.join(FIXTURES, "apps.jsonl")) as f:
        apps_row = json.loads(f.readline())
    path = _write_jsonl(tmp_path / "venus.jsonl", _venus_rows([1, 2]) + [apps_row, OWN_ROWS[0]])
    with pytest.raises(data.DataError, match=r"venus\.jsonl, line 3: an APPS row .* whose line 1 is a Venus_Python"):
        data.load_problems(path, measured=False)


# ---------------------------------------------------------------- metrics, hand-computed
def test_beats_share_and_scores():
    human = [3, 5, 7, 9]
    assert metrics.beats_share(5, human) == 0.75       # 5, 7, 9 are >= 5: ties count as beaten
    assert metrics.beats_share(2, human) == 1.0 and metrics.beats_share(10, human) == 0.0
    assert metrics.beats_share(1, []) == 0.0
    assert metrics.beyond_score(False, 1, human) == 0.0 and metrics.beyond_score(True, 6, human) == 0.5
    assert metrics.mercury_beyond(True, 5, human) == pytest.approx((9 - 5) / 6)
    assert metrics.mercury_beyond(True, 1, human) == 1.0 and metrics.mercury_beyond(True, 99, human) == 0.0
    assert metrics.mercury_beyond(False, 1, human) == 0.0


def _problem(pid, times, passed=None):
    passed = passed or [True] * len(times)
    return {"problem_id": pid, "solutions": [{"passed": ok, "time_ms": t, "memory_kb": 10 * t,
                                              "integral_kb_ms": 100 * t} for t, ok in zip(times, passed)]}


def test_evaluate_attempts_by_hand():
    problems = [_problem("a", [10, 20, 30, 40]), _problem("b", [5, 50, 1], passed=[True, True, False])]
    attempts = [{"problem_id": "a", "passed": True, "time_ms": 20, "memory_kb": 500, "integral_kb_ms": 1},
                {"problem_id": "a", "passed": False, "time_ms": 1, "memory_kb": 1, "integral_kb_ms": 1},
                {"problem_id": "b", "passed": True, "time_ms": 2, "memory_kb": 60, "integral_kb_ms": 99999},
                {"problem_id": "b", "passed": True, "time_ms": 60, "memory_kb": 50, "integral_kb_ms": 500}]
    m = metrics.evaluate_attempts(attempts, problems, n_boot=200)
    assert m["pass@1"]["mean"] == 75.0
    # time: 3/4 beaten, failed, 2/2 (the failing human's 1 ms does not count), 0/2
    assert m["time%"]["mean"] == pytest.approx(100 * (0.75 + 0 + 1 + 0) / 4)
    # memory (10 x time): a: 500 beats nothing (max 400); b: 60 beats 500 -> 1/2; 50 ties 50 -> 1/2
    assert m["memory%"]["mean"] == pytest.approx(100 * (0 + 0 + 1.0 + 0.5) / 4)
    assert m["breakdown"]["time%"] == {"beyond": 0.25, "mediocre": 0.25, "below": 0.25, "failed": 0.25}
    lo, hi = m["time%"]["ci95"]
    assert lo <= m["time%"]["mean"] <= hi and lo < hi


# ---------------------------------------------------------------- prompts and examples
def test_extract_code_and_format():
    good = "<thinking>use a dict</thinking>\n<solution>\n```python\nprint(1)\n```\n</solution>"
    assert afterburner.format_ok(good) and afterburner.extract_code(good) == "print(1)\n"
    two = "<solution>```python\nx = 1\n```</solution> then <solution>\n```py\nx = 2\n```\n</solution>"
    assert afterburner.extract_code(two) == "x = 2\n" and not afterburner.format_ok(two)
    assert afterburner.extract_code("Here:\n```python\na = 1\n```\nand\n```\nb = 2\n```") == "b = 2\n"
    assert afterburner.extract_code("<solution>\nprint(3)\n</solution>") == "print(3)\n"
    assert afterburner.extract_code("<thinking>no code here</thinking>") is None
    assert afterburner.extract_code("<solution>\n```python\ncut = True") == "cut = True\n"   # truncated answer
    assert not afterburner.format_ok("<solution>```python\nx\n```</solution>")                # no thinking
    assert not afterburner.format_ok(good + "\nextra words")
    assert afterburner.format_ok(afterburner.format_answer("x = 1\n", "short"))


def test_optimization_prompt_sections():
    p = data.load_problems("embedded", measured=False)[0]
    fresh = afterburner.optimization_prompt(p, "memory")
    assert "No original code provided" in fresh and "memory efficient" in fresh and p["statement"][:40] in fresh
    original = {"code": "print(1)", "passed": False, "status": "failed", "error": "test 2: expected 3, got 1",
                "time_ms": 12.5, "memory_kb": 300.0, "integral_kb_ms": 900.0}
    full = afterburner.optimization_prompt(p, "integral", original)
    assert "Passed: False\nTime: 12.50 ms\nMemory: 300 KB\nIntegral: 900 KB*ms" in full
    # the feedback names the failure's category, never the failing test's expected output (that is the answer)
    assert "Failure: " in full and "expected 3" not in full and "both time and memory efficient" in full
    assert "expected 3" in afterburner.optimization_prompt(p, "integral", original, detail=True)  # the labelled deviation
    ablated = afterburner.optimization_prompt(p, "time", original, feedback=False)
    assert "print(1)" in ablated and "Original Performance" not in ablated
    with pytest.raises(ValueError, match="instruction"):
        afterburner.optimization_prompt(p, "speed")


def _measured():
    sols = [{"name": n, "code": f"# {n}\n", "passed": ok, "time_ms": t, "memory_kb": m, "integral_kb_ms": t * m}
            for n, ok, t, m in [("a", True, 10, 900), ("b", True, 12, 100), ("c", True, 40, 500),
                                ("d", False, 1, 1)]]
    return [{"problem_id": "x", "io": "call", "statement": "s", "starter_code": "", "solutions": sols}]


def test_training_examples():
    examples = sft.sft_examples(_measured(), ("time",), top_k=2)
    assert [e["completion"].split("# ")[1][0] for e in examples] == ["a", "b"]       # fastest passing first, never d
    pairs = dpo.dpo_pairs(_measured(), ("time",), pairs_per_problem=10, min_gap=1.5)
    names = {(e["chosen"].split("# ")[1][0], e["rejected"].split("# ")[1][0]) for e in pairs}
    assert names == {("a", "c"), ("b", "c")}                                    # 10 vs 12 is within the gap
    pool = grpo.grpo_prompts(_measured(), ("time", "memory"), seed=1)
    assert len(pool) == 2 and all(g["original"]["code"] in g["prompt"] for g in pool)


def test_grpo_prompts_can_start_from_the_slowest_passing_solution():
    """--originals slowest: every prompt's original is the slowest human solution that passes (edit mode's round
    0), never a faster or a failing one; random draws among all measured ones, failing ones included."""
    slowest = grpo.grpo_prompts(_measured(), ("time", "memory"), originals="slowest")
    assert [g["original"]["code"].split("# ")[1][0] for g in slowest] == ["c", "c"]
    drawn = {g["original"]["code"].split("# ")[1][0] for seed in range(20)
             for g in grpo.grpo_prompts(_measured(), ("time",), seed=seed)}
    assert drawn == {"a", "b", "c", "d"}


def test_grpo_prompts_without_an_original_ask_what_the_scratch_round_asks():
    """--originals none: each prompt is the loop's round-0 prompt (no code shown, the scratch protocol), and its
    reward scores against code that fails: a passing answer is fail->pass (gain 1), a failing one fail->fail."""
    problem, = _measured()
    pool = grpo.grpo_prompts([problem], ("time", "memory"), originals="none")
    assert [g["prompt"] for g in pool] == [afterburner.optimization_prompt(
        problem, ins, afterburner.original_for_prompt(None)) for ins in ("time", "memory")]
    answer = afterburner.format_answer("print(1)")
    ran = {"passed": True, "time_ms": 5.0, "memory_kb": 100.0, "integral_kb_ms": 500.0}
    for reward in afterburner.REWARDS.values():
        won, lost = (reward(answer, pool[0]["original"], {**ran, "passed": ok}, "time") for ok in (True, False))
        assert (won["pass"], won["gain"], lost["pass"]) == (1.0, 1.0, -0.5) and won["total"] > lost["total"]
