"""data.py -- problems with human solutions, and their cost distributions measured in our sandbox.

    problems = data.load_problems("embedded", split="test")     # or "venus", "apps", or a .jsonl/.parquet file
    python data.py stats                                        # the embedded benchmark at a glance
    python data.py profile --dataset embedded                   # measure every human solution in OUR sandbox

Every problem comes back in the sandbox's format (see sandbox.py) plus what the metrics and prompts need:
    {"problem_id", "title", "io", "entry_point", "difficulty", "tags", "split", "statement", "starter_code",
     "tests": [{"input", "output"}], "solutions": [{"name", "code", "correct", "passed", "time_ms", "memory_kb",
     "integral_kb_ms", "note", ...}], "source"}
A solution's `passed/time_ms/memory_kb/integral_kb_ms` are None until `profile` has measured it *here*: the
metrics always compare an attempt with human solutions measured by the same sandbox on the same machine, never
with numbers from elsewhere (the upstream Venus numbers are kept under `reported`, for reference only).

Sources:
  embedded  data/embedded/{call,stdio}/*.py, written for this project; expected outputs come from each
            problem's reference solution, run here (our own code, so in-process) and cached in .cache/.
  venus     HF `Elfsong/Venus_Python` (io "venus": the row's own runner and evaluator decide correctness).
  apps      HF `codeparrot/apps` test split, filtered to rows with tests and solutions, re-split 300 test.
  a file    a local .jsonl/.parquet in either upstream schema, detected from its columns.

The metrics computed against these distributions (Pass@1, Time% / Memory% / Integral%) live in metrics.py.
The fix over the reference starts here: the human distribution holds only solutions that passed in our sandbox,
measured in our sandbox (the reference mixes in numbers measured once, elsewhere).
"""
import argparse
import glob
import hashlib
import importlib.util
import io
import json
import os
import random
import sys
from collections import Counter

import sandbox

ROOT = os.path.dirname(os.path.abspath(__file__))
EMBEDDED = os.path.join(ROOT, "data", "embedded")
PATTERNS = os.path.join(ROOT, "data", "patterns")   # the small tier: one folder per inefficiency pattern
TIERS = {"embedded": (EMBEDDED, ("call", "stdio")), "patterns": (PATTERNS, ("*",))}
CACHE = os.path.join(ROOT, ".cache")
METRICS = ("time_ms", "memory_kb", "integral_kb_ms")
HUB = {"venus": "Elfsong/Venus_Python", "apps": "codeparrot/apps"}
PROFILE_LIMITS = dict(repeats=3, timeout_s=30.0)  # human solutions: median of 3 fresh runs each


class DataError(ValueError):
    """A problem with the data the user asked for; the message says what to do."""


# ----------------------------------------------------------------------------------------------------------
# 1. The embedded benchmark
# ----------------------------------------------------------------------------------------------------------
def _embedded_files(tier="embedded"):
    folder, subfolders = TIERS[tier]
    return sorted(f for sub in subfolders for f in glob.glob(os.path.join(folder, sub, "*.py")))


def _load_module(path):
    spec = importlib.util.spec_from_file_location("problem_" + os.path.basename(path)[:-3].replace("-", "_"), path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run_reference(code, io_kind, entry_point, inputs):
    """Expected outputs from our own reference solution, in-process (trusted code, not model output)."""
    scope = {"__name__": "__main__"}
    exec(sandbox.PRELUDE if io_kind == "call" else "", scope)
    outputs = []
    if io_kind == "call":
        exec(code, scope)
        for args in inputs:
            target = getattr(scope["Solution"](), entry_point) if "Solution" in scope else scope[entry_point]
            outputs.append(json.loads(json.dumps(target(*json.loads(json.dumps(args))))))
        return outputs
    compiled = compile(code, "reference.py", "exec")
    for text in inputs:
        old = sys.stdin, sys.stdout
        sys.stdin, sys.stdout = io.StringIO(text), io.StringIO()
        try:
            exec(compiled, dict(scope))
        except SystemExit:
            pass
        finally:
            out, (sys.stdin, sys.stdout) = sys.stdout.getvalue(), old
        outputs.append(out)
    return outputs


def _build_embedded(path, tier="embedded"):
    m = _load_module(path)
    p = dict(m.PROBLEM)
    inputs = list(m.EDGE_INPUTS) + list(m.perf_inputs(random.Random(p["problem_id"])))
    refs = [s for s in m.SOLUTIONS if s.get("reference")]
    if len(refs) != 1:
        raise DataError(f"{path}: exactly one solution must have reference=True")
    expected = _run_reference(refs[0]["code"], p["io"], p.get("entry_point"), inputs)
    p["tests"] = [{"input": i, "output": o} for i, o in zip(inputs, expected)]
    p["solutions"] = [dict(s, passed=None, time_ms=None, memory_kb=None, integral_kb_ms=None) for s in m.SOLUTIONS]
    p["source"] = tier
    return p


def _embedded_problems(tier="embedded"):
    files = _embedded_files(tier)
    digest = hashlib.sha1(b"".join(open(f, "rb").read() for f in files)).hexdigest()[:16]
    cache = os.path.join(CACHE, f"{tier}-{digest}.json")
    if os.path.exists(cache):
        with open(cache) as f:
            return json.load(f)
    problems = [_build_embedded(f, tier) for f in files]
    os.makedirs(CACHE, exist_ok=True)
    with open(cache + ".tmp", "w") as f:
        json.dump(problems, f)
    os.replace(cache + ".tmp", cache)
    return problems


# ----------------------------------------------------------------------------------------------------------
# 2. The paper's datasets: Venus_Python and APPS rows -> our problem format
# ----------------------------------------------------------------------------------------------------------
def venus_problem(row, split=None):
    """One Elfsong/Venus_Python row -> problem (io "venus"). Raises ValueError with the reason for a bad row."""
    tests = json.loads(row["test_cases"]) if isinstance(row["test_cases"], str) else row["test_cases"]
    if not tests:
        raise ValueError("no tests")
    if sandbox.PLACEHOLDER not in (row.get("test_case_runners") or ""):
        raise ValueError("runner without the ==Code Submission== placeholder")
    if "def evaluate" not in (row.get("test_case_evaluator") or ""):
        raise ValueError("no evaluate() in test_case_evaluator")
    solutions = [{"name": f"h{i}", "code": s["code"], "correct": bool(s.get("passed")), "passed": None,
                  "time_ms": None, "memory_kb": None, "integral_kb_ms": None,
                  "reported": {k: s.get(k) for k in ("passed", "time", "memory", "integral")}}
                 for i, s in enumerate(row.get("solutions") or []) if s.get("code")]
    if not any(s["correct"] for s in solutions):
        raise ValueError("no passing solution")
    return {"problem_id": str(row["problem_id"]), "title": row.get("title", ""), "io": "venus",
            "difficulty": str(row.get("difficulty", "")).lower(), "tags": list(row.get("tags") or []),
            "split": split, "statement": row["question_content"], "starter_code": row.get("code_prompt", ""),
            "tests": [{"input": t["input"], "output": t["output"]} for t in tests],
            "test_case_runners": row["test_case_runners"], "test_case_evaluator": row["test_case_evaluator"],
            "solutions": solutions, "source": "venus"}


def _lines(x):
    return "\n".join(map(str, x)) + "\n" if isinstance(x, list) else str(x)


def apps_problem(row, split=None):
    """One codeparrot/apps row -> problem (io "stdio", or "call" when it names fn_name)."""
    io_spec = json.loads(row["input_output"]) if row.get("input_output") else {}
    inputs, outputs = io_spec.get("inputs") or [], io_spec.get("outputs") or []
    if not inputs or len(inputs) != len(outputs):
        raise ValueError("no tests")
    codes = json.loads(row["solutions"]) if row.get("solutions") else []
    if not codes:
        raise ValueError("no solutions")
    fn = io_spec.get("fn_name")
    if fn:
        # APPS wraps call-style outputs in a one-element list; unwrap when every output is wrapped.
        if all(isinstance(o, list) and len(o) == 1 for o in outputs):
            outputs = [o[0] for o in outputs]
        tests = [{"input": i if isinstance(i, list) else [i], "output": o} for i, o in zip(inputs, outputs)]
    else:
        tests = [{"input": _lines(i), "output": _lines(o)} for i, o in zip(inputs, outputs)]
    level = {"introductory": "easy", "interview": "medium", "competition": "hard"}
    return {"problem_id": f"apps-{row['problem_id']}", "title": "", "io": "call" if fn else "stdio",
            "entry_point": fn, "difficulty": level.get(row.get("difficulty"), row.get("difficulty", "")),
            "tags": [], "split": split, "statement": row["question"], "starter_code": row.get("starter_code") or "",
            "tests": tests, "source": "apps",
            "solutions": [{"name": f"h{i}", "code": c, "correct": True, "passed": None, "time_ms": None,
                           "memory_kb": None, "integral_kb_ms": None} for i, c in enumerate(codes)]}


def _map_rows(rows, convert, split, what):
    problems, skipped = [], Counter()
    for row in rows:
        try:
            problems.append(convert(row, split))
        except json.JSONDecodeError:
            skipped["unparsable JSON"] += 1
        except (ValueError, KeyError, TypeError) as e:
            skipped[str(e) if type(e) is ValueError else f"bad field ({type(e).__name__}: {e})"] += 1
    if skipped:
        reasons = ", ".join(f"{n} {why}" for why, n in skipped.most_common())
        print(f"[data] {what}: skipped {sum(skipped.values())} of {len(problems) + sum(skipped.values())} rows "
              f"({reasons})", file=sys.stderr)
    return problems


def _hf_rows(name, split):
    try:
        import datasets
        return datasets.load_dataset(HUB[name], split=split)
    except Exception as e:  # no network, no such split, ...: say what to do instead of a deep traceback
        raise DataError(
            f"could not load {HUB[name]} ({type(e).__name__}: {str(e)[:200]}).\nOffline? Export it once where "
            f"you have network:\n  python -c \"import datasets; datasets.load_dataset('{HUB[name]}', "
            f"split='{split}').to_json('{name}-{split}.jsonl')\"\nthen pass the file: "
            f"load_problems('{name}-{split}.jsonl') or --dataset {name}-{split}.jsonl") from None


def _file_rows(path):
    if not os.path.exists(path):
        raise DataError(f"no such file: {path}")
    import datasets
    kind = "parquet" if path.endswith(".parquet") else "json"
    return datasets.load_dataset(kind, data_files=path, split="train")


def _apps_split(problems, split, n_test=300):
    """The paper re-splits APPS: a fixed, hash-chosen 300 problems are the test set, the rest train."""
    key = lambda p: hashlib.sha1(p["problem_id"].encode()).hexdigest()
    test_ids = {p["problem_id"] for p in sorted(problems, key=key)[:n_test]}
    for p in problems:
        p["split"] = "test" if p["problem_id"] in test_ids else "train"
    return [p for p in problems if split is None or p["split"] == split]


# ----------------------------------------------------------------------------------------------------------
# 3. One entry point
# ----------------------------------------------------------------------------------------------------------
def load_problems(source="embedded", split=None, measured=True):
    """Problems from `source` ("embedded", "venus", "apps" or a .jsonl/.parquet path), optionally one split.
    With measured=True, human solutions carry the numbers `python data.py profile` stored for this machine."""
    if split not in (None, "train", "test"):
        raise DataError(f"split must be train, test or None, not {split!r}")
    if source in TIERS:
        problems = [p for p in _embedded_problems(source) if split is None or p["split"] == split]
    elif source == "venus":
        problems = _map_rows(_hf_rows("venus", split or "train"), venus_problem, split or "train", "venus")
        if split is None:
            problems += _map_rows(_hf_rows("venus", "test"), venus_problem, "test", "venus")
    elif source == "apps":
        problems = _apps_split(_map_rows(_hf_rows("apps", "test"), apps_problem, None, "apps"), split)
    elif source.endswith((".jsonl", ".json", ".parquet")):
        rows = _file_rows(source)
        if "test_case_runners" in rows.column_names:
            problems = _map_rows(rows, venus_problem, split, source)
        elif "input_output" in rows.column_names:
            problems = _apps_split(_map_rows(rows, apps_problem, None, source), split)
        else:
            raise DataError(f"{source}: columns {rows.column_names} match neither Venus_Python "
                            "(test_case_runners, ...) nor APPS (input_output, ...)")
    else:
        raise DataError(f"unknown source {source!r}: use embedded, venus, apps, or a .jsonl/.parquet path")
    if measured:
        _attach_profile(problems, _profile_name(source))
    return problems


def get_problem(problem_id, source="embedded"):
    for p in load_problems(source):
        if str(p["problem_id"]) == str(problem_id):
            return p
    raise DataError(f"no problem {problem_id!r} in {source}; `python data.py stats` lists them")


# ----------------------------------------------------------------------------------------------------------
# 4. Human distributions, measured here: `python data.py profile`
# ----------------------------------------------------------------------------------------------------------
def _profile_name(source):
    return os.path.splitext(os.path.basename(source))[0]


def _profile_keys(problem):
    """One cache key per solution: problem, tests, code, sandbox settings and machine all play a part."""
    machine = f"{os.uname().nodename}|{os.cpu_count()}|{sys.version.split()[0]}|{_sandbox_version()}"
    tests = hashlib.sha1(json.dumps(problem["tests"]).encode()).hexdigest()
    return [hashlib.sha1(json.dumps([str(problem["problem_id"]), tests, hashlib.sha1(s["code"].encode()).hexdigest(),
                                     PROFILE_LIMITS, machine]).encode()).hexdigest() for s in problem["solutions"]]


def _sandbox_version():
    """A change to how the sandbox measures (sandbox_worker.py) invalidates every cached measurement."""
    with open(os.path.join(ROOT, "sandbox_worker.py"), "rb") as f:
        return hashlib.sha1(f.read()).hexdigest()[:12]


def _profile_path(name):
    return os.path.join(CACHE, "profile", f"{name}.jsonl")


def _read_profile(name):
    seen = {}
    if os.path.exists(_profile_path(name)):
        with open(_profile_path(name)) as f:
            for line in f:
                try:
                    rec = json.loads(line)
                    seen[rec["key"]] = rec
                except (ValueError, KeyError):
                    continue  # a line cut by an interrupted run
    return seen


def _attach_profile(problems, name):
    seen = _read_profile(name)
    for p in problems:
        for s, key in zip(p["solutions"], _profile_keys(p)):
            rec = seen.get(key)
            if rec:
                s.update({k: rec[k] for k in ("passed",) + METRICS}, status=rec["status"])


def profile(source="embedded", workers=None, batch=64, problem_ids=None):
    """Run every human solution (of `problem_ids`, or of all problems) in the sandbox; append each result to a
    cache so that an interrupted run resumes and nothing is measured twice."""
    name, problems = _profile_name(source), load_problems(source, measured=False)
    if problem_ids is not None:
        problems = [p for p in problems if str(p["problem_id"]) in set(map(str, problem_ids))]
    seen = _read_profile(name)
    todo = [(p, s, key) for p in problems for s, key in zip(p["solutions"], _profile_keys(p)) if key not in seen]
    print(f"[profile] {name}: {len(todo)} solutions to measure, {len(seen)} cached ({_profile_path(name)})")
    os.makedirs(os.path.dirname(_profile_path(name)), exist_ok=True)
    from tqdm import tqdm
    with open(_profile_path(name), "a") as out, tqdm(total=len(todo), desc="profile", unit="sol") as bar:
        for i in range(0, len(todo), batch):
            chunk = todo[i:i + batch]
            results = sandbox.execute_many([(s["code"], p) for p, s, _ in chunk], workers=workers, progress=False,
                                           **PROFILE_LIMITS)
            for (p, s, key), r in zip(chunk, results):
                rec = {"key": key, "problem_id": str(p["problem_id"]),
                       "name": s.get("name"), "status": r.status, "passed": r.passed,
                       **{m: getattr(r, m) for m in METRICS}}
                out.write(json.dumps(rec) + "\n")
            out.flush()
            bar.update(len(chunk))
    return load_problems(source)


def passing_solutions(problem, metric):
    """The problem's human solutions that passed in our sandbox and have a measured `metric`."""
    return [s for s in problem["solutions"] if s.get("passed") and s.get(metric) is not None]


def human_values(problem, metric):
    """The measured values of `metric` over the problem's human solutions that passed in our sandbox: the
    distribution every Time% / Memory% / Integral% is computed against (metrics.py)."""
    return [s[metric] for s in passing_solutions(problem, metric)]


def label_violations(problems):
    """What breaks the benchmark's promises, measured: a wrong solution that passes or a right one that fails;
    a `slow` solution under 5x the CPU time of a `fast` one; a `hungry` one under 2x (and 256 KB) the peak of a
    `lean` one. [] when every label holds (tests/test_data.py, tests/test_patterns.py)."""
    broken = []
    for p in problems:
        sols = p["solutions"]
        for s in sols:
            if s["passed"] != s["correct"]:
                broken.append(f"{p['problem_id']}/{s['name']}: correct={s['correct']} but {s.get('status')}")
        good = [s for s in sols if s["correct"] and s["passed"]]
        for a in good:
            for b in good:
                if a.get("time") == "slow" and b.get("time") == "fast" and not a["time_ms"] >= 5 * b["time_ms"]:
                    broken.append(f"{p['problem_id']}: slow {a['name']} {a['time_ms']:.1f} ms vs fast "
                                  f"{b['name']} {b['time_ms']:.1f} ms")
                if a.get("memory") == "hungry" and b.get("memory") == "lean" and not (
                        a["memory_kb"] >= 2 * b["memory_kb"] and a["memory_kb"] - b["memory_kb"] >= 256):
                    broken.append(f"{p['problem_id']}: hungry {a['name']} {a['memory_kb']} KB vs lean "
                                  f"{b['name']} {b['memory_kb']} KB")
    return broken


# ----------------------------------------------------------------------------------------------------------
# 5. CLI
# ----------------------------------------------------------------------------------------------------------
def stats(source="embedded"):
    problems = load_problems(source)
    print(f"{'problem':32s} {'io':5s} {'split':5s} {'diff':6s} {'tests':>5s} {'sols':>4s} {'wrong':>5s} "
          f"{'fastest ms':>10s} {'slowest ms':>10s} {'spread':>7s}")
    for p in problems:
        times = human_values(p, "time_ms")
        fast, slow = (min(times), max(times)) if times else (None, None)
        fmt = lambda x: f"{x:10.1f}" if x is not None else f"{'-':>10s}"
        spread = f"{slow / max(fast, 1e-3):6.0f}x" if times else f"{'-':>7s}"
        print(f"{str(p['problem_id'])[:32]:32s} {p['io']:5s} {str(p['split']):5s} {p['difficulty'][:6]:6s} "
              f"{len(p['tests']):5d} {len(p['solutions']):4d} "
              f"{sum(not s.get('correct', True) for s in p['solutions']):5d} {fmt(fast)} {fmt(slow)} {spread}")
    splits = Counter((p["io"], p["split"]) for p in problems)
    print(f"\n{len(problems)} problems: " + ", ".join(f"{n} {io}/{sp}" for (io, sp), n in sorted(splits.items())))
    if not any(human_values(p, "time_ms") for p in problems):
        print(f"(no measurements yet: run `python data.py profile --dataset {source}`)")


def main(argv=None):
    ap = argparse.ArgumentParser(description="Problems, human-solution profiles and metrics for afterburner.")
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name, help_ in (("stats", "print a table of the problems and their measured spread"),
                        ("profile", "measure every human solution in this machine's sandbox (resumable)")):
        p = sub.add_parser(name, help=help_)
        p.add_argument("--dataset", default="embedded", help="embedded, venus, apps, or a .jsonl/.parquet path")
        if name == "profile":
            p.add_argument("--workers", type=int, default=None, help="parallel sandbox workers (default: all cores)")
    a = ap.parse_args(argv)
    try:
        if a.cmd == "profile":
            profile(a.dataset, workers=a.workers)
        stats(a.dataset)
    except DataError as e:
        sys.exit(f"error: {e}")


if __name__ == "__main__":
    main()
