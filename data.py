"""data.py -- problems with human solutions, and their cost distributions measured in our sandbox.

    problems = data.load_problems("embedded", split="test")     # or "patterns", "venus", "apps", or a file
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
  embedded  data/embedded/{call,stdio}/*.py, written for this project (the "standard" tier: 50 LeetCode/APPS-style
            problems); expected outputs come from each problem's reference solution, run here (our own code, so
            in-process) and cached in .cache/.
  patterns  data/patterns/<pattern>/*.py: the small tier, one classic inefficiency per problem (README there).
  venus     HF `Elfsong/Venus_Python`, its train/test kept (io "venus": the row's own runner and evaluator decide
            correctness); from a file, a row's `split` column, else a hash of the problem id (25% test).
  apps      HF `codeparrot/apps` test.jsonl (a file download: datasets refuses the repo's loading script), kept
            where a human solution passes in our sandbox (keep_passing), re-split 300 test.
  a file    a local .jsonl/.json/.parquet, its format detected from its columns: your own problems in the sandbox's
            format (section 3), or rows of Venus_Python or APPS (an export: data.export_hub).

The metrics computed against these distributions (Pass@1, Time% / Memory% / Integral%) live in metrics.py.
The fix over the reference starts here: the human distribution holds only solutions that passed in our sandbox,
measured in our sandbox (the reference mixes in numbers measured once, elsewhere).

What is simplified, and why: the embedded tiers are small (a CPU must profile every human solution in minutes);
human solutions are measured over a few fresh runs (sandbox.aggregate), not the paper's single run (one run is noise).
"""
import glob
import hashlib
import importlib.util
import inspect
import io
import json
import os
import random
import shutil
import sys
from collections import Counter

import cli
import sandbox
# datasets, huggingface_hub and pyarrow are imported only inside the real-data loaders below: the embedded path
# (every test, the CPU default) never pays their import time.

ROOT = os.path.dirname(os.path.abspath(__file__))
EMBEDDED = os.path.join(ROOT, "data", "embedded")
PATTERNS = os.path.join(ROOT, "data", "patterns")   # the small tier: one folder per inefficiency pattern
TIERS = {"embedded": (EMBEDDED, ("call", "stdio")), "patterns": (PATTERNS, ("*",))}
CACHE = os.path.join(ROOT, ".cache")
METRICS = ("time_ms", "memory_kb", "integral_kb_ms")
HUB = {"venus": "Elfsong/Venus_Python", "apps": "codeparrot/apps"}
PROFILE_LIMITS = dict(repeats=3, timeout_s=30.0)  # human solutions: 3 fresh runs each (sandbox.aggregate)
DATASET_HELP = ("embedded, patterns, venus, apps, or a .jsonl/.parquet file: your own problems in the sandbox's "
                "format (data.py, section 3; a row's split, else 1 in 4 to test by a hash of its problem_id) or a "
                "Venus_Python/APPS export")


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
# Splits. Elfsong/Venus_Python on the hub has train and test splits (test: about 300 problems): they are kept. A
# local file of Venus rows or of your own problems (section 3) keeps each row's `split` column ("train" or "test")
# where it has one; a row without one goes to test when a hash of its problem id falls in the first
# VENUS_TEST_SHARE (25%) of the hash range, so 1 problem in 4. The problem id, not the row's position, decides:
# the split is the same in every call, every file and every order of rows, and no problem is in both. An export
# of one hub split (no split column) is re-split this way; data.export_hub("venus", ...) writes both hub splits
# with the column instead. APPS is re-split as the paper does: of the problems kept (keep_passing), the
# APPS_TEST_PROBLEMS (300) with the smallest id hash are test.
VENUS_TEST_SHARE = 0.25
APPS_TEST_PROBLEMS = 300
SKIPS_SHOWN = 5          # a bad row is named with its reason; past this many, "and N more"


def _id_hash(problem_id):
    """A number in [0, 1) fixed by the problem id alone (sha1: the same in every process, unlike hash())."""
    return int(hashlib.sha1(str(problem_id).encode()).hexdigest()[:13], 16) / 16 ** 13


def venus_split(problem_id):
    """The split of a Venus (or own-format) row that names none: test for the lowest VENUS_TEST_SHARE of id hashes."""
    return "test" if _id_hash(problem_id) < VENUS_TEST_SHARE else "train"


def apps_split(problems, n_test=None):
    """The paper's APPS re-split: the n_test (default APPS_TEST_PROBLEMS = 300) problems with the smallest id hash
    are test, the rest train. Sets p["split"] in place and returns the problems."""
    n_test = APPS_TEST_PROBLEMS if n_test is None else n_test
    ranked = sorted(problems, key=lambda p: (_id_hash(p["problem_id"]), str(p["problem_id"])))
    test_ids = {p["problem_id"] for p in ranked[:n_test]}
    for p in problems:
        p["split"] = "test" if p["problem_id"] in test_ids else "train"
    return problems


def _json_field(row, key):
    """Both datasets store some fields as JSON *strings*; parse one, naming the field when it is not JSON."""
    value = row.get(key)
    if not isinstance(value, str):
        return value
    if not value.strip():
        return None
    try:
        return json.loads(value)
    except json.JSONDecodeError as e:
        raise ValueError(f"unparsable JSON in {key} ({e.msg}, char {e.pos})") from None


def venus_problem(row, split=None):
    """One Elfsong/Venus_Python row -> problem (io "venus"). Raises ValueError with the reason for a bad row.
    The split is the row's own `split` column if it has one, else `split`, else venus_split(problem id)."""
    split = row.get("split") or split or venus_split(row["problem_id"])
    if split not in ("train", "test"):
        raise ValueError(f"split {split!r} is neither train nor test")
    tests = _json_field(row, "test_cases")
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
    """One codeparrot/apps row -> problem (io "stdio", or "call" when it names fn_name). The split is set later,
    by apps_split, once the problems without a passing human solution are gone."""
    io_spec = _json_field(row, "input_output") or {}
    if not isinstance(io_spec, dict):
        raise ValueError("input_output is not a JSON object")
    inputs, outputs = io_spec.get("inputs") or [], io_spec.get("outputs") or []
    if not inputs or len(inputs) != len(outputs):
        raise ValueError("no tests")
    codes = _json_field(row, "solutions") or []
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


def _skip_reason(e):
    if type(e) is ValueError:
        return str(e)
    if isinstance(e, KeyError):
        return f"missing field {e}"
    return f"bad field ({type(e).__name__}: {e})"


def _map_rows(rows, convert, split, what):
    """rows: (where, row) pairs, `where` saying where the row is ("line 12", "row 3 of test"). Converts each row;
    a bad one is skipped, and the skips are printed with where they are, their problem id and why, so that a
    user can find them. A repeated problem id is skipped too: it could put one problem in both splits."""
    problems, first_at, skipped = [], {}, []
    for where, row in rows:
        if row.get("problem_id") is not None:
            where = f"{where} (problem_id {row['problem_id']})"
        try:
            problem = convert(row, split)
        except (ValueError, KeyError, TypeError, AttributeError) as e:
            skipped.append((where, _skip_reason(e)))
            continue
        if problem["problem_id"] in first_at:
            skipped.append((where, f"duplicate problem_id (first on {first_at[problem['problem_id']]})"))
            continue
        first_at[problem["problem_id"]] = where.split(" (")[0]
        problems.append(problem)
    if skipped:
        counts = Counter(why.split(" (")[0] for _, why in skipped)
        listed = "".join(f"\n  {where}: {why}" for where, why in skipped[:SKIPS_SHOWN])
        more = f"\n  and {len(skipped) - SKIPS_SHOWN} more" if len(skipped) > SKIPS_SHOWN else ""
        print(f"[data] {what}: skipped {len(skipped)} of {len(problems) + len(skipped)} rows ("
              + ", ".join(f"{n} {why}" for why, n in counts.most_common()) + f"):{listed}{more}", file=sys.stderr)
    return problems


# Where there is network, once; the file then works offline (load_problems("venus.jsonl") or --dataset venus.jsonl).
EXPORT = {name: f"python -c \"import data; data.export_hub('{name}', '{file}')\""
          for name, file in (("venus", "venus.jsonl"), ("apps", "apps-test.jsonl"))}


def _hf_rows(name, split):
    try:
        import datasets
        return datasets.load_dataset(HUB[name], split=split)
    except Exception as e:  # no network, no such split, ...: say what to do instead of a deep traceback
        raise DataError(f"could not load {HUB[name]} ({type(e).__name__}: {str(e)[:200]}).\nOffline? Export it "
                        f"once where you have network:\n  {EXPORT[name]}\nthen pass the file: "
                        f"load_problems('{name}.jsonl') or --dataset {name}.jsonl") from None


def _venus_hub_rows(split):
    """The rows of one hub split of Venus_Python (a parquet dataset: datasets loads it), each tagged with it."""
    rows = _hf_rows("venus", split)
    if "test_case_runners" not in rows.column_names:
        raise DataError(f"{HUB['venus']} ({split}): columns {rows.column_names} are not Venus_Python's "
                        "(test_case_runners, ...); pass a local export of the dataset instead")
    return ((f"row {i} of {split}", dict(row, split=split)) for i, row in enumerate(rows, 1))


def _apps_hub_file():
    """codeparrot/apps ships a loading script (apps.py), which datasets >= 4 refuses to run, even with data_files
    given. Its data sit next to the script at the repo root, train.jsonl and test.jsonl: download test.jsonl
    (about 1.3 GB once; huggingface_hub caches it, and HF_HUB_OFFLINE=1 reuses the cached copy) and read it like
    any local file."""
    try:
        from huggingface_hub import hf_hub_download
        return hf_hub_download(HUB["apps"], "test.jsonl", repo_type="dataset")
    except Exception as e:
        raise DataError(f"could not download test.jsonl of {HUB['apps']} ({type(e).__name__}: {str(e)[:200]})."
                        f"\nOffline? Export it once where you have network:\n  {EXPORT['apps']}\nthen pass the "
                        "file: load_problems('apps-test.jsonl') or --dataset apps-test.jsonl") from None


def export_hub(name, path):
    """Write a hub dataset to a local .jsonl that load_problems reads offline: Venus_Python's train and test rows
    with a `split` column (so the file keeps the hub's split), or APPS' test.jsonl as it is on the hub."""
    if name == "venus":
        with open(path + ".tmp", "w") as f:
            for split in ("train", "test"):
                f.writelines(json.dumps(row) + "\n" for _, row in _venus_hub_rows(split))
    elif name == "apps":
        shutil.copyfile(_apps_hub_file(), path + ".tmp")
    else:
        raise DataError(f"export_hub knows venus and apps, not {name!r}")
    os.replace(path + ".tmp", path)
    return path


def _json_rows(path):
    """(where, row) for each row of a JSON-lines file (blank lines ignored), or of a file holding one JSON array."""
    with open(path, "rb") as f:
        is_array = f.read(4096).lstrip()[:1] == b"["
    try:
        with open(path, encoding="utf-8") as f:
            if is_array:
                try:
                    rows = json.load(f)
                except json.JSONDecodeError as e:
                    raise DataError(f"{path}, line {e.lineno}: not valid JSON ({e.msg}, column {e.colno})") from None
                numbered = ((f"row {i}", row) for i, row in enumerate(rows, 1))
            else:
                numbered = ((f"line {n}", line) for n, line in enumerate(f, 1) if line.strip())
            for where, row in numbered:
                if not is_array:
                    try:
                        row = json.loads(row)
                    except json.JSONDecodeError as e:
                        raise DataError(f"{path}, {where}: not valid JSON ({e.msg}, column {e.colno}); every line "
                                        "must be one JSON object, one row") from None
                if not isinstance(row, dict):
                    raise DataError(f"{path}, {where}: a JSON {type(row).__name__} where a row (an object) belongs")
                yield where, row
    except UnicodeDecodeError as e:
        raise DataError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start}); a .jsonl file is JSON lines, "
                        "a .parquet file needs that extension") from None


def _parquet_rows(path):
    import pyarrow.parquet
    try:
        table = pyarrow.parquet.ParquetFile(path)
    except Exception as e:
        raise DataError(f"{path}: not a readable parquet file ({type(e).__name__}: {e})") from None
    n = 0
    for batch in table.iter_batches(batch_size=256):
        for row in batch.to_pylist():
            n += 1
            yield f"row {n}", row


def _file_rows(path):
    """(first, rows) of a local .jsonl/.json/.parquet file: its first (where, row) pair, and every (where, row)
    pair, the first included, read lazily (APPS' test.jsonl is 1.3 GB). A file that cannot be read raises DataError
    naming the file, the line and the reason; an empty one is reported here, before anything else runs."""
    if not os.path.exists(path):
        raise DataError(f"no such file: {path}")
    rows = _parquet_rows(path) if path.endswith(".parquet") else _json_rows(path)
    first = next(rows, None)
    if first is None:
        raise DataError(f"{path} is empty: it should hold problems, one JSON object a line, in the sandbox's own "
                        "format (data.py, section 3) or Venus_Python's or APPS' (data.export_hub writes such a file)")

    def all_rows():
        yield first
        yield from rows
    return first, all_rows()


def keep_passing(problems, what):
    """The paper's filter (for APPS): keep only problems with at least one human solution that passed in OUR
    sandbox, as measured by `python data.py profile` on this machine. Dropped problems are named on stderr. When
    some problem is still undecided (none of its solutions passed, some were not measured yet), the filter cannot
    run: DataError saying which profile to run."""
    passing = lambda p: any(s.get("passed") for s in p["solutions"])
    undecided = [p for p in problems if not passing(p) and any(s.get("passed") is None for s in p["solutions"])]
    if undecided:
        raise DataError(f"{what}: {len(undecided)} of {len(problems)} problems have no human solution measured "
                        f"passing on this machine yet (e.g. {undecided[0]['problem_id']}), so the filter that keeps "
                        f"problems with one cannot run: `python data.py profile --dataset {what}` (cached, resumable)")
    kept, dropped = [p for p in problems if passing(p)], [str(p["problem_id"]) for p in problems if not passing(p)]
    if dropped:
        more = f" and {len(dropped) - SKIPS_SHOWN} more" if len(dropped) > SKIPS_SHOWN else ""
        print(f"[data] {what}: dropped {len(dropped)} of {len(problems)} problems with no human solution that passes "
              f"in our sandbox: {', '.join(dropped[:SKIPS_SHOWN])}{more}", file=sys.stderr)
    return kept


# ----------------------------------------------------------------------------------------------------------
# 3. Your own problems: a file of rows in the sandbox's own format
# ----------------------------------------------------------------------------------------------------------
# One JSON object a line, the problem dict sandbox.py runs plus what the prompts need (the header of this file):
#   {"problem_id": "add", "io": "call", "entry_point": "add", "statement": "Return a + b.", "split": "train",
#    "tests": [{"input": [1, 2], "output": 3}], "solutions": [{"code": "class Solution: ...", "correct": true}]}
# Required: problem_id, io, tests, statement, and entry_point for io "call". Optional: split, solutions (each a
# "code", with "name" and "correct", default true), title, difficulty, tags, starter_code, and any key the sandbox
# reads ("compare", a venus problem's runner and evaluator). A row without a split goes where venus_split puts
# its problem id. Unlike an upstream dataset's rows, which are skipped when bad (nobody can fix them), a bad row
# of your own stops the load with one line naming the file, the line and what is wrong: you can fix it.
ROW_IS = {"own": "a row in the sandbox's own format (io, tests, ...: data.py, section 3)",
          "venus": "a Venus_Python row (test_case_runners, ...)", "apps": "an APPS row (input_output, ...)"}


def row_format(row):
    """The format a row (or a list of column names) is in, from its columns: "own", "venus", "apps", or None."""
    if "io" in row or "tests" in row:     # the upstream schemas have neither column
        return "own"
    return "venus" if "test_case_runners" in row else "apps" if "input_output" in row else None


def own_problem(row):
    """One row in the sandbox's own format -> problem. Raises ValueError saying what is wrong with the row."""
    if row.get("problem_id") in (None, ""):
        raise ValueError("no problem_id; every row needs one, unique in the file")
    sandbox.validate_problem(row)         # io kind, tests, entry_point; its messages name the problem
    pid = str(row["problem_id"])
    for k, t in enumerate(row["tests"]):  # the sandbox compares a stdio program's stdout with this text
        if row["io"] == "stdio" and not isinstance(t["output"], str):
            raise ValueError(f"problem {pid!r}: test {k}: an stdio test's output is the text expected on stdout, "
                             f"got {type(t['output']).__name__}")
    if not (isinstance(row.get("statement"), str) and row["statement"].strip()):
        raise ValueError(f"problem {pid!r}: no statement; the problem text the model is shown")
    split = row.get("split") or venus_split(pid)
    if split not in ("train", "test"):
        raise ValueError(f"problem {pid!r}: split {split!r} is neither train nor test")
    solutions = row.get("solutions") or []
    if not isinstance(solutions, list):
        raise ValueError(f"problem {pid!r}: solutions must be a list of {{\"code\": ...}} objects")
    for i, sol in enumerate(solutions):
        if not (isinstance(sol, dict) and isinstance(sol.get("code"), str) and sol["code"].strip()):
            raise ValueError(f"problem {pid!r}: solution {i} has no code; each solution is {{\"code\": ..., "
                             "\"name\" and \"correct\" optional}")
        if not isinstance(sol.get("correct", True), bool):
            raise ValueError(f"problem {pid!r}: solution {i}: correct must be true or false")
    return {**row, "problem_id": pid, "title": str(row.get("title") or ""), "split": split, "source": "own",
            "difficulty": str(row.get("difficulty") or "").lower(), "tags": list(row.get("tags") or []),
            "starter_code": row.get("starter_code") or "",
            "solutions": [dict(sol, name=sol.get("name") or f"h{i}", correct=sol.get("correct", True), passed=None,
                               time_ms=None, memory_kb=None, integral_kb_ms=None) for i, sol in enumerate(solutions)]}


def _own_problems(path, rows):
    """Every row of an own-format file -> problems; DataError at the first bad row (counting the others)."""
    problems, first_at, bad = [], {}, []
    for where, row in rows:
        try:
            problem = own_problem(row)
            if problem["problem_id"] in first_at:
                raise ValueError(f"duplicate problem_id {problem['problem_id']!r} (first on "
                                 f"{first_at[problem['problem_id']]})")
        except ValueError as e:
            bad.append(f"{where}: {e}")
            continue
        first_at[problem["problem_id"]] = where
        problems.append(problem)
    if bad:
        others = [b.split(":")[0] for b in bad[1:]]
        more = (f" (and {len(others)} more bad row{'s' * (len(others) > 1)}: {', '.join(others[:SKIPS_SHOWN])}"
                f"{', ...' * (len(others) > SKIPS_SHOWN)})") if others else ""
        raise DataError(f"{path}, {bad[0]}{more}")
    return problems


def _one_format(path, first, rows):
    """The rows of a file, stopping with one line at a row in another known format than the first row's."""
    expected = row_format(first[1])
    for where, row in rows:
        found = row_format(row)
        if found not in (None, expected):
            raise DataError(f"{path}, {where}: {ROW_IS[found]} in a file whose {first[0]} is {ROW_IS[expected]}; "
                            "a file holds one format: put the rows of each in a file of its own")
        yield where, row


# ----------------------------------------------------------------------------------------------------------
# 4. One entry point
# ----------------------------------------------------------------------------------------------------------
def load_problems(source="embedded", split=None, measured=True, passing_only=None):
    """Problems from `source` ("embedded", "patterns", "venus", "apps" or a .jsonl/.json/.parquet path: your own
    problems in the sandbox's format, their split a row's `split`, else venus_split's; or a Venus_Python or APPS
    export), optionally one split.
    measured=True: human solutions carry the numbers `python data.py profile` stored for this machine.
    passing_only=True keeps only problems with a human solution that passed here (keep_passing; needs measured);
    the default (None) does so for APPS, from the hub or a file, when measured, as the paper did, and for no other
    source. APPS is re-split after that filter (300 test); unfiltered (measured=False, as profile() loads it) the
    300 are drawn from all its problems, a view meant for measuring only. Venus keeps its splits (section 2)."""
    if split not in (None, "train", "test"):
        raise DataError(f"split must be train, test or None, not {split!r}")
    if source in TIERS:
        schema, problems = "embedded", _embedded_problems(source)
    elif source == "venus":
        rows = (r for s in ([split] if split else ["train", "test"]) for r in _venus_hub_rows(s))
        schema, problems = "venus", _map_rows(rows, venus_problem, None, HUB["venus"])
    elif source == "apps":
        schema, problems = "apps", _map_rows(_file_rows(_apps_hub_file())[1], apps_problem, None,
                                             f"{HUB['apps']} test.jsonl")
    elif source.endswith((".jsonl", ".json", ".parquet")):
        first, rows = _file_rows(source)
        schema, rows = row_format(first[1]), _one_format(source, first, rows)
        if schema == "own":
            problems = _own_problems(source, rows)
        elif schema in ("venus", "apps"):
            problems = _map_rows(rows, venus_problem if schema == "venus" else apps_problem, None, source)
        else:
            raise DataError(f"{source}, {first[0]}: columns {sorted(first[1])} match no known format; a row is "
                            f"{ROW_IS['own']}, {ROW_IS['venus']} or {ROW_IS['apps']}")
    else:
        raise DataError(f"unknown source {source!r}: use {DATASET_HELP}")
    if measured:
        _attach_profile(problems, _profile_name(source))
    if passing_only is None:
        passing_only = measured and schema == "apps"
    if passing_only:
        if not measured:
            raise DataError("passing_only=True needs measured=True: the filter reads this machine's measurements")
        problems = keep_passing(problems, source)
    if schema == "apps":
        problems = apps_split(problems)
    return [p for p in problems if split is None or p["split"] == split]


def get_problem(problem_id, source="embedded"):
    for p in load_problems(source):
        if str(p["problem_id"]) == str(problem_id):
            return p
    raise DataError(f"no problem {problem_id!r} in {source}; `python data.py stats` lists them")


# ----------------------------------------------------------------------------------------------------------
# 5. Human distributions, measured here: `python data.py profile`
# ----------------------------------------------------------------------------------------------------------
def _profile_name(source):
    """The profile cache's name: the source's, or for a file its name and a hash of where it is (two files of one
    name in two folders keep two caches; an edited file keeps its own, and what changed is measured again)."""
    if source in TIERS or source in HUB:
        return source
    where = hashlib.sha1(os.path.realpath(source).encode()).hexdigest()[:8]
    return f"{os.path.splitext(os.path.basename(source))[0]}-{where}"


def _profile_keys(problem):
    """One cache key per solution: problem, tests, code, sandbox settings and machine all play a part."""
    machine = f"{os.uname().nodename}|{os.cpu_count()}|{sys.version.split()[0]}|{_sandbox_version()}"
    tests = hashlib.sha1(json.dumps(problem["tests"]).encode()).hexdigest()
    return [hashlib.sha1(json.dumps([str(problem["problem_id"]), tests, hashlib.sha1(s["code"].encode()).hexdigest(),
                                     PROFILE_LIMITS, machine]).encode()).hexdigest() for s in problem["solutions"]]


def _sandbox_version():
    """A change to how the sandbox measures (sandbox_worker.py), judges (sandbox.JUDGE: a cached `passed` is its
    verdict) or makes one number of several runs (sandbox.AGGREGATE) invalidates every cached measurement."""
    with open(os.path.join(ROOT, "sandbox_worker.py"), "rb") as f:
        worker = f.read()
    judge = "".join(inspect.getsource(f) for f in sandbox.JUDGE).encode()
    aggregate = json.dumps({key: f.__name__ for key, f in sandbox.AGGREGATE.items()}).encode()
    return hashlib.sha1(worker + judge + aggregate).hexdigest()[:12]


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
    _measure(name, todo, workers, batch)
    return load_problems(source)


def _measure(name, todo, workers=None, batch=64):
    """Run (problem, solution, cache key) triples in the sandbox, a batch at a time, with a progress bar,
    appending each result to the profile cache as soon as its batch is done (an interruption loses one batch)."""
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


# Core-seconds per human solution, only for the estimate printed before a first measurement. Measured on 2 cores:
# the embedded benchmark's 362 solutions (3 fresh runs each) in 2.5-4.5 min, 0.8-1.5 each; the patterns tier's 520
# (small inputs) in 16 s, ~0.06 each. Other sources (HF datasets) are estimated like the embedded benchmark.
CORE_SECONDS_PER_SOLUTION = {"embedded": (0.8, 1.5), "patterns": (0.04, 0.12)}


def _about(seconds):
    lo, hi = seconds
    return f"about {max(1, round(hi))} s" if hi < 90 else f"about {lo / 60:.1f}-{hi / 60:.1f} min"


def ensure_profiled(source, *selection, workers=None):
    """The human distributions, measured on first use. `selection`: (split, limit) pairs, limit 0 = the whole
    split; returns one list of problems per pair, every human solution measured on this machine.

    Whatever needs the human solutions' costs (the trainers' examples and prompts, eval.py's metrics) calls this
    instead of asking the user to run `python data.py profile` first: what is not in the cache yet is measured
    now, once, with one line saying so and a progress bar; the cache makes it resumable (see profile)."""
    bad = [split for split, _ in selection if split not in ("train", "test")]
    if bad:
        raise DataError(f"split must be train or test, not {bad[0]!r}")
    name = _profile_name(source)
    unmeasured = load_problems(source, measured=False)
    if any(p["source"] == "apps" for p in unmeasured[:1]):
        # keep_passing (the paper's APPS filter) needs every problem decided before any split exists
        wanted = unmeasured
    else:
        wanted = [p for split, limit in selection
                  for p in [q for q in unmeasured if q["split"] == split][:limit or None]]
    seen = _read_profile(name)
    todo, problems, keys = [], set(), set()
    for p in wanted:
        for s, key in zip(p["solutions"], _profile_keys(p)):
            if key not in seen and key not in keys:
                todo.append((p, s, key))
                problems.add(str(p["problem_id"]))
                keys.add(key)
    if todo:
        cores = workers or os.cpu_count() or 1
        per_solution = CORE_SECONDS_PER_SOLUTION.get(name, CORE_SECONDS_PER_SOLUTION["embedded"])
        estimate = _about([len(todo) * c / min(cores, len(todo)) for c in per_solution])
        print(f"[data] first use: measuring {len(todo)} human solutions of {len(problems)} {name} problems in this "
              f"machine's sandbox (the training data and the metrics compare against them), {estimate} on {cores} "
              f"cores; once: cached in {_profile_path(name)}, an interrupted run resumes",
              file=sys.stderr)
        _measure(name, todo, workers)
    measured = load_problems(source)
    return [[p for p in measured if p["split"] == split][:limit or None] for split, limit in selection]


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
# 6. CLI
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
    ap = cli.Parser(description="The problems and their human solutions, measured in this machine's sandbox.")
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name, help_ in (("stats", "print a table of the problems and their measured spread"),
                        ("profile", "measure every human solution in this machine's sandbox (resumable)")):
        p = sub.add_parser(name, help=help_)
        p.add_argument("--dataset", default="embedded", help=DATASET_HELP)
        if name == "profile":
            p.add_argument("--workers", type=cli.at_least(1), default=None,
                           help="parallel sandbox workers (unset: one per core)")
    a = ap.parse_args(argv)

    def run():
        if a.cmd == "profile":
            profile(a.dataset, workers=a.workers)
        stats(a.dataset)
    cli.run(run, errors=(DataError,), on_interrupt=lambda: (
        f"what was measured is cached in {_profile_path(_profile_name(a.dataset))}; the same command continues: "
        f"{cli.command()}"))


if __name__ == "__main__":
    main()
