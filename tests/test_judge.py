"""The judge: how sandbox.py compares an answer with the expected output, against answers that ignore their input.

GRPO samples thousands of programs and amplifies whatever the judge pays for, so no program that ignores its
input may pass a problem: not a constant of any JSON type, not a non-finite or huge number, not a list of them
sized from the input, not an object that claims to equal everything, not raw JSON text that the program writes
itself (it shares a process with the harness, so it can), and for stdout, not any fixed text (issue 27).
The other side, that no honest answer is lost: every labelled-correct human solution of both embedded tiers
still passes (tests/test_data.py and tests/test_patterns.py, `labels_hold_in_the_sandbox`; the profile cache
they read is keyed on the judge too, data._sandbox_version), as do those of the real-data fixtures
(tests/test_data.py, `fixture_maps_and_runs`).
"""
import functools
import os
import re
import time
from collections import Counter

import pytest

import data
import sandbox

FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures")
NAN, INF = float("nan"), float("inf")


def _value_id(v):
    """A short test id: an int too long to read is shown by its number of digits."""
    return f"{'-' * (v < 0)}{len(str(abs(v)))}-digit-int" if type(v) is int and abs(v) > 10 ** 20 else None


# ---------------------------------------------------------------- values compare as values
@pytest.mark.parametrize("got, want, same", [
    (3, 3, True), (3.0, 3, True), (3, 3.0, True), (0.1 + 0.2, 0.3, True), (1e6 + 0.5, 1e6, True),
    (2, 3, False), (1e-7, 0.0, True), (1e-5, 0.0, False),
    # non-finite numbers equal only themselves, NaN nothing
    (INF, INF, True), (-INF, -INF, True), (INF, -INF, False), (NAN, NAN, False), (NAN, 0.0, False),
    (INF, 5, False), (-INF, 5, False), (INF, 1e308, False), (INF, 10 ** 400, False), (5, INF, False),
    (NAN, INF, False), ([INF, INF], [1, 2], False), ({"a": INF}, {"a": 1.5}, False),
    # the tolerance is scaled by the expected value only: a huge answer buys no slack
    (1e300, 1e300 * (1 + 1e-9), True), (1e300, 5.0, False), (-1e300, 5.0, False), (1.7976931348623157e308, 1.0, False),
    (1.7976931348623157e308, -1.7976931348623157e308, False),
    # ints are exact: no tolerance to forgive an off-by-one on a large count
    (10 ** 9 + 6, 10 ** 9 + 7, False), (2 ** 63, 2 ** 63 + 1, False), (2 ** 63, 2 ** 63, True),
    # ints beyond a float's range compare exactly, never raise OverflowError
    (10 ** 400, 10 ** 400, True), (10 ** 400, 10 ** 400 + 1, False), (10 ** 400, 1.5, False), (10 ** 400, 6, False),
    (6, 10 ** 400, False), (1e308, 10 ** 400, False), (-10 ** 400, 0, False),
    # bools are not ints
    (True, 1, False), (1, True, False), (False, 0, False), (0, False, False), (0.0, False, False), (True, True, True),
    # strings that look like numbers are strings
    ("0", 0, False), (0, "0", False), ("inf", INF, False), ("1e999", INF, False), ("NaN", NAN, False), ("1", "1", True),
    # anything else compares as what it is
    (None, 0, False), (0, None, False), (None, None, True), ([], {}, False), ({}, [], False), ("", [], False),
    ([0], 0, False), ([[]], [], False), ([1, 2], [1, 2, 3], False), ({"a": 1}, {"a": 1, "b": 2}, False),
    ({"a": [1, 2.0]}, {"a": [1, 2]}, True),
], ids=_value_id)
def test_values_compare_as_values(got, want, same):
    assert sandbox._same_value(got, want) is same


def _run(raws):
    """A raw run record, as the worker reports one: test k's answer is the JSON text raws[k]."""
    return {"outputs": {str(k): raw for k, raw in enumerate(raws)}, "errors": {}, "answered": len(raws),
            "exit": "exit code 0"}


HOSTILE_TEXT = ["NaN", "Infinity", "-Infinity", "1e999", "-1e999", "[NaN]", "[Infinity]", "9" * 400, "9" * 5000,
                "-" + "9" * 400, "[" * 100_000 + "]" * 100_000, "[" * 900 + "]" * 900,
                '{"a": ' * 5000 + "1" + "}" * 5000,
                "", "[1,", "nan", "inf", "True", '"\\ud800"', '"0"', "null", "{}", "[]", "0", "true", "1e-999",
                '{"a": 1, "a": 2}', "[" + ",".join(["Infinity"] * 1000) + "]"]
HONEST = [("0", 0), ("1e-999", 0), ("true", True), ("null", None), ("{}", {}), ("[]", []), ('"0"', "0")]
WANTS = [0, 1, -1, 6, 2.5, True, False, None, "", "0", [], {}, [0, 1], [[1, 2], [3]], {"a": 1}, 10 ** 20, 10 ** 400,
         1e308, [0.5] * 1000]


@pytest.mark.parametrize("unordered", [False, True])
def test_hostile_json_text_is_judged_and_never_crashes_the_judge(unordered):
    """The runner writes its answer's JSON text itself, so the caller's json.loads may meet anything: NaN,
    Infinity, 1e999, ints past a float's range or past Python's 4,300-digit limit, nesting past the recursion
    limit, malformed text. Each is a verdict (failed), never an exception out of the judge, and never a pass
    against a value it is not."""
    for want in WANTS:
        problem = {"problem_id": "p", "io": "call", "entry_point": "f", "tests": [{"input": [], "output": want}],
                   **({"compare": "unordered"} if unordered else {})}
        for raw in HOSTILE_TEXT:
            status, passed, why = sandbox._judge(problem, _run([raw]), 1)
            honest = any(raw == text and type(want) is type(value) and want == value for text, value in HONEST)
            assert status in ("passed", "failed"), (raw[:40], want, status, why)
            assert (status == "passed") == honest, (raw[:40], want, status, why)
            assert "\n" not in why and len(why) < 400


def test_non_finite_expected_values_are_matched_only_by_themselves():
    """A problem whose answer is Infinity (JSON allows it as Python writes it) passes Infinity and 1e999 (which
    parses to it), nothing else; an expected NaN is matched by nothing, itself included."""
    inf = {"problem_id": "p", "io": "call", "entry_point": "f", "tests": [{"input": [], "output": INF}]}
    assert [sandbox._judge(inf, _run([raw]), 1)[0] for raw in ("Infinity", "1e999", "-Infinity", "NaN", "1e308")] \
        == ["passed", "passed", "failed", "failed", "failed"]
    nan = dict(inf, tests=[{"input": [], "output": NAN}])
    assert {sandbox._judge(nan, _run([raw]), 1)[0] for raw in ("NaN", "Infinity", "0")} == {"failed"}


# ---------------------------------------------------------------- answer-ignorant programs, through the real sandbox
# Each call-style program is a body defining `_answer(args)`, the value returned whatever the input; _n(args) is the
# length of the first list (or string) argument, so that a list can be sized like the expected one.
FIRST_LEN = "def _n(args):\n    return len(next((a for a in args if isinstance(a, (list, str))), ()))\n"
CONSTANTS = ["0", "1", "-1", "0.0", "True", "False", "None", '""', '"0"', "[]", "{}", "()", 'float("inf")',
             'float("-inf")', 'float("nan")', "10 ** 400", "1e308"]
SIZED = ["0", "-1", 'float("inf")', 'float("-inf")', 'float("nan")', "None", "[]", "10 ** 400"]
# Objects that claim to equal anything. The worker serialises a return value with json.dumps: a subclass of
# int/float/str/list/dict is written as the value it holds (int.__repr__, not its own), a tuple as a list, and
# anything else (a plain object, a set) is an error. So these reach the judge as plain JSON, or as an error.
ALWAYS_EQUAL = {
    "object": "class _Eq:\n    def __eq__(self, other): return True\n    def __ne__(self, other): return False\n"
              "    __hash__ = object.__hash__\ndef _answer(args): return _Eq()\n",
    "int-subclass": "class _I(int):\n    def __eq__(self, other): return True\n    __hash__ = int.__hash__\n"
                    "    def __repr__(self): return '6'\n    __str__ = __repr__\ndef _answer(args): return _I(0)\n",
    "float-subclass": "class _F(float):\n    def __eq__(self, other): return True\n    __hash__ = float.__hash__\n"
                      "def _answer(args): return _F('inf')\n",
    "str-subclass": "class _S(str):\n    def __eq__(self, other): return True\n    __hash__ = str.__hash__\n"
                    "def _answer(args): return _S('')\n",
    "list-subclass-sized": "class _L(list):\n    def __eq__(self, other): return True\n"
                           "def _answer(args): return _L([float('inf')] * _n(args))\n",
    "dict-subclass": "class _D(dict):\n    def __eq__(self, other): return True\n    def keys(self): return {}.keys()\n"
                     "def _answer(args): return _D()\n",
    "set": "def _answer(args): return set()\n",
}
# Raw JSON text, written by the program over the harness's own writer (the runner is one process): what
# json.dumps would never write, and what the caller must still judge.
RAW = {"1e999": '"1e999"', "-1e999": '"-1e999"', "digits-5000": '"9" * 5000', "nested-100000": '"[" * 100_000',
       "empty": '""', "sized-1e999": '"[" + ",".join(["1e999"] * _n(args)) + "]"'}
RAW_WRITER = ("import sys\n_h = sys.modules['__main__']  # the harness\n"
              "def _raw(p, k, text, chunk=2048):\n    _h._emit({'p': p, 't': k, 'json': 1})\n"
              "    _h._write(text.encode() + b'\\n')\n    _h._write(b'{\"ok\": 1}\\n')\n_h._emit_json = _raw\n")

CALL_PROGRAMS = {**{f"const {c}": f"def _answer(args): return {c}\n" for c in CONSTANTS},
                 **{f"[{v}] * n": f"def _answer(args): return [{v}] * _n(args)\n" for v in SIZED},
                 **{f"always-equal {k}": body for k, body in ALWAYS_EQUAL.items()},
                 **{f"raw {k}": RAW_WRITER + f"def _answer(args): return {text}\n" for k, text in RAW.items()}}
# stdout for stdio problems, and for Venus ones (the program runs inside the dataset's runner: it prints and
# exits before the runner prints anything)
STDOUT = ["", "0", "1", "-1", "0\\n0", "inf", "-inf", "nan", "NaN", "Infinity", "1e999", "YES", "NO", "Yes", "No",
          "True", "False", "None", "null", "[]", "{}", '""', "9" * 400]
STDOUT_PROGRAMS = {**{f"print {t!r}": f"import sys\nsys.stdout.write('{t}\\n')\nraise SystemExit\n" for t in STDOUT},
                   "one 0 per input line": "import sys\nsys.stdout.write('0\\n' * len(sys.stdin.read().splitlines()))\n"
                                           "raise SystemExit\n",
                   "invalid utf-8": "import sys\nsys.stdout.buffer.write(b'\\xff\\xfe\\n')\nsys.stdout.flush()\n"
                                    "raise SystemExit\n"}


def _entry(problem):
    """The method a call or Venus problem asks for (Venus rows name it only in their starter code)."""
    if problem.get("entry_point"):
        return problem["entry_point"]
    return re.search(r"def (\w+)\(self", problem["starter_code"]).group(1)


def _call_code(body, problem):
    return FIRST_LEN + body + f"class Solution:\n    def {_entry(problem)}(self, *args, **kwargs):\n" \
                              f"        return _answer(args)\n"


@functools.cache
def _every_problem():
    """Both embedded tiers and every fixture of the real-data loaders, as the loaders make them."""
    problems = data.load_problems("embedded", measured=False) + data.load_problems("patterns", measured=False)
    for name in ("venus_python.jsonl", "venus_prelude.jsonl", "apps.jsonl", "hub/codeparrot/apps/test.jsonl"):
        problems += data.load_problems(os.path.join(FIXTURES, name), measured=False)
    return problems


def _jobs():
    """(name, code, problem) for every program that can run on every problem: call-style programs on call and
    Venus problems (the raw writer replaces a harness function that Venus' runner does not use), stdout on
    stdio and Venus problems."""
    problems = _every_problem()
    return [(f"{name} / {p['problem_id']}", _call_code(body, p), p) for p in problems if p["io"] in ("call", "venus")
            for name, body in CALL_PROGRAMS.items() if not (p["io"] == "venus" and name.startswith("raw "))] + \
           [(f"{name} / {p['problem_id']}", code, p) for p in problems if p["io"] in ("stdio", "venus")
            for name, code in STDOUT_PROGRAMS.items()]


ISSUE_27 = ('const float("inf")', '[float("inf")] * n')   # the two the issue found passing; in the fast suite


@pytest.mark.parametrize("programs", [ISSUE_27, pytest.param(None, marks=pytest.mark.slow)], ids=["issue-27", "all"])
def test_no_answer_ignorant_program_passes_any_problem(programs):
    """Every program above (or the issue's two) on every problem of both embedded tiers and of the fixtures: none
    passes, and the judge gives each a verdict (no sandbox_error, no exception). A program fails a problem when
    it fails any of its tests, so each runs first on the first 3 tests of the problem and only what passes those
    runs on all of them: the same verdicts in less sandbox time (the later tests' inputs are the large ones).
    Measured on the shared 2-core machine: all 9,812 runs in 81 s (hence slow), the issue's two (496 runs) in 4 s."""
    start, jobs = time.time(), [job for job in _jobs() if programs is None or job[0].split(" / ")[0] in programs]
    assert {p["source"] for p in _every_problem()} == {"embedded", "patterns", "venus", "apps"}
    results = sandbox.execute_many([(code, dict(p, tests=p["tests"][:3])) for _, code, p in jobs], progress=False)
    again = [i for i, r in enumerate(results) if r.passed]
    for i, r in zip(again, sandbox.execute_many([jobs[i][1:] for i in again], progress=False)):
        results[i] = r
    assert all(isinstance(r, sandbox.ExecResult) and r.status != "sandbox_error" for r in results), \
        [(jobs[i][0], r) for i, r in enumerate(results) if not isinstance(r, sandbox.ExecResult)][:5]
    passed = [jobs[i][0] for i, r in enumerate(results) if r.passed]
    print(f"{len(jobs)} runs ({len(again)} on every test) in {time.time() - start:.0f} s; {len(passed)} passed")
    by_program = Counter(name.split(" / ")[0] for name in passed)
    assert passed == [], f"{len(passed)} answer-ignorant runs passed; problems passed by each program: {by_program}"


def test_a_change_of_the_judge_invalidates_the_profile_cache(monkeypatch):
    """A profiled human solution's `passed` is the judge's verdict: the cache key must change with the judge, or
    the label tests would keep reading verdicts of a judge that is gone."""
    before = data._sandbox_version()
    monkeypatch.setattr(sandbox, "JUDGE", sandbox.JUDGE[:-1])
    assert data._sandbox_version() != before


VENUS_RUNNER = "==Code Submission==\nprint(solve())"


@pytest.mark.parametrize("evaluator", ["def evaluate(a, b):\n    return (",            # does not compile
                                       "import no_such_module\ndef evaluate(a, b):\n    return a == b",
                                       "evaluate = 3\n# def evaluate is only in a comment"])
def test_a_broken_venus_evaluator_is_refused_before_anything_runs(evaluator):
    """A dataset row whose evaluator does not run used to kill a pool thread inside execute_many and leave None in
    the results (the caller then failed far away); now the problem is refused up front, in one line."""
    p = {"problem_id": "v", "io": "venus", "test_case_runners": VENUS_RUNNER, "test_case_evaluator": evaluator,
         "tests": [{"input": "", "output": "1"}]}
    with pytest.raises(ValueError, match="problem 'v': test_case_evaluator"):
        sandbox.execute_many([("def solve(): return 1", p)])


def test_a_judge_that_raises_fails_its_job_instead_of_leaving_a_hole(monkeypatch):
    """Whatever goes wrong while judging one job, execute_many returns a result for every job."""
    p = {"problem_id": "v", "io": "venus", "test_case_runners": VENUS_RUNNER,
         "test_case_evaluator": "def evaluate(a, b):\n    return a.strip() == b.strip()",
         "tests": [{"input": "", "output": "1"}]}
    def broken(*a, **k):
        raise RuntimeError("boom")
    monkeypatch.setattr(sandbox, "_judge", broken)
    res, = sandbox.execute_many([("def solve(): return 1", p)])
    assert res is not None and res.status == "sandbox_error" and not res.passed and "boom" in res.error


def test_unordered_answers_compare_dicts_whatever_their_key_order():
    """compare: "unordered" sorts both lists before comparing; dicts with the same items in another key order must
    sort to the same place (json.dumps without sort_keys put them apart and failed an honest answer)."""
    p = {"problem_id": "u", "io": "call", "entry_point": "f", "compare": "unordered",
         "tests": [{"input": [], "output": [{"a": 1, "b": 2}, {"a": 0, "b": 5}]}]}
    code = "def f():\n    return [{'b': 5, 'a': 0}, {'b': 2, 'a': 1}]"
    assert sandbox.execute(code, p).passed
