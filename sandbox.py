"""sandbox.py -- run untrusted, model-written Python; judge it; measure time, peak memory and their integral.

Everything in afterburner stands on this file: the GRPO reward, the "beats X% of humans" metrics and the
iterative loop all trust its numbers, and every program it runs is treated as hostile.

    res = execute(code, problem)                      # -> ExecResult(status, passed, time_ms, memory_kb, ...)
    results = execute_many([(code, problem), ...], workers=2)
    python sandbox.py solution.py --problem problem.json [--json]

A problem is a plain dict: {"problem_id", "io", "tests": [{"input", "output"}], ...} with three `io` kinds:
  "call"   LeetCode style. `entry_point` names a method of `class Solution` (or a top-level function); a test's
           input is the JSON list of positional arguments, its output the expected JSON value; the answer is
           compared as a value (_same_value: ints exactly, floats within 1e-6 of the expected value's size).
  "stdio"  APPS style. The program reads stdin, writes stdout; compared line by line, ALL lines, after
           stripping trailing whitespace (a program that prints only the first expected line fails).
  "venus"  Venus_Python rows: `test_case_runners` holds the program with a `==Code Submission==` placeholder
           (it reads one test's input from stdin and prints the result) and `test_case_evaluator` defines
           `evaluate(expected_output, program_output) -> bool`, which we call in the *caller's* process.

Architecture (why it is fast): each worker is a pre-warmed Python process (a "fork server"). Per execution it
forks a *monitor*, which forks the *runner* that executes the program -- no interpreter start-up per run; the
worker's heap is frozen (gc.freeze) so that forks copy few pages. `bench/bench_sandbox.py` measures the rate.

    caller (your process; judges outputs)  --frames-->  worker (zygote)  --fork-->  monitor  --fork-->  runner

This file is what a caller sees: 1. checking problems and limits, and judging; 2. the pool of workers;
3. the command line. How a hostile program is contained and measured is in sandbox_worker.py.

Trust: the runner is the only process that holds untrusted code, and the harness code in it shares that
process, so the program can do anything the harness can (write to its pipes, patch it, walk its frames). So:
  * The monitor asks for one answer at a time -- (pass p, test k), in order -- and takes exactly one
    well-formed answer to exactly that request; a forged record, a second answer or a "done" marker fails the
    run. The caller counts again: every test x every pass answered, or the run fails. Emptying the harness's
    list of passes makes the next request fail; it cannot skip one.
  * Time is billed from the kernel's clocks, read by the monitor: the CPU clock of the runner's whole process
    (all threads) and of every descendant it has, up to its last answer. The only numbers taken from the runner
    are its start values (CPU clock, memory), written before the first line of untrusted code runs.
  * A program that speaks the protocol itself gains nothing: its answers are judged like any others, and all
    the CPU it used until its last one is billed. What no sandbox can tell apart from computing an answer is
    knowing it: hard-coded outputs, and a cache kept across case_multiply passes (which then cost only the
    first pass; `repeats` uses fresh processes and is immune).

Measurement (what we do better than the paper's sandbox, Monolith):
  * time_ms is that CPU time (user+sys) from the moment before the program's first line runs until its last
    answer, read once the runner is off the CPU (exit teardown is not billed). Monolith measures wall time
    between polls of a shell loop, start-up included. A program that patches `time` changes neither end.
  * memory_kb is the peak memory the program *holds* -- anonymous pages, shared-memory pages (an mmap(-1, n)
    is MAP_SHARED) and the files on its scratch tmpfs (RAM too) -- above the baseline taken right before the
    program runs. The harness first hands free heap pages back to the kernel (malloc_trim), so that memory
    freed earlier cannot hide the program's allocations, then resets the kernel's high-water mark
    (`/proc/self/clear_refs` = 5). Peak = max(kernel peak RSS - file-backed pages, 1 ms samples of the same
    plus scratch files): pages of the interpreter's own files fault in as new code paths run, which is noise.
  * integral_kb_ms is the real area under that memory curve over the runner's CPU time, by the trapezoid rule
    over samples that the monitor takes every `sample_ms` (default 1 ms). Monolith sums a running peak with no
    time step, so its "integral" grows with the number of samples. Using CPU time (not wall time) as the axis
    keeps the integral steady on a busy machine.
  * Correctness is decided by the caller comparing outputs; no process of the sandbox ever holds an expected
    output, and nothing the program says about itself is believed (Monolith trusts a "Success" line).
  * Noise: `repeats=k` runs k fresh processes and reports the least time and integral and the median memory
    (`aggregate` says why); `case_multiply=m` runs the test list m times in one process (the paper uses x64)
    with every pass's outputs checked.

Isolation, used when available and reported by `isolation()`:
  "root"   (we are root) worker in new mount/network/IPC/UTS namespaces; each run in a new PID namespace
           as a throw-away uid (1,000,000 + worker pid) with no capabilities.
  "userns" (ordinary user, unprivileged user namespaces allowed) the same namespaces inside a user namespace;
           the runner keeps our uid but drops every capability.
  "none"   neither works: rlimits, a fresh session, and a subreaper that kills every descendant; network,
           files and signals to our own processes are then NOT contained (a warning says so).
The filesystem, in "root" and "userns" alike, is a minimal root: a fresh tmpfs, into which the worker
bind-mounts the interpreter's prefixes (sys.prefix and sys.base_prefix: stdlib, lib-dynload, site-packages),
the system's shared libraries (/usr/lib, for the extension modules' own libraries), /etc/ld.so.cache and
/dev/{null,zero,full,random,urandom}, all read-only; a scratch tmpfs on /tmp (also /var/tmp, /dev/shm and the
run's working directory) wiped after every run; an empty /proc. Then pivot_root, and the old root is detached.
We chose this over hiding paths (tmpfs over the checkout, over $HOME, ...) because a list of what to hide is
never complete -- the checkout and its .cache/, the Hugging Face cache, the caller's temp files, a dataset
exported anywhere -- while the list of what Python needs is short and checkable; and over permission bits
because as root, or as the same user in "userns" mode, the runner could read whatever we can.
Covered in "root"/"userns" besides: limits on wall time, CPU time, address space, processes/threads, file size,
open files and output size; no network (a network namespace with no interfaces up); a scrubbed environment;
stdin from /dev/null unless a test feeds it; every descriptor closed but the two pipes to the monitor and
stdin/stdout/stderr; the whole process tree killed afterwards (PID-namespace teardown kills daemons that
setsid or double-fork). Not covered: CPU-cache/timing side channels, kernel exploits, site-packages (readable,
as the interpreter needs them; they hold no answers), and, when max_procs > 1 lets a program fork, CPU time of
a child that lives less than one sampling period (1 ms) and is never seen by the monitor; `max_procs=1`, the
default, forbids children and threads.
"""
import argparse
import json
import math
import os
import random
import select
import subprocess
import sys
import threading
from dataclasses import asdict, dataclass

from sandbox_worker import PRELUDE, read_frame, write_frame  # PRELUDE: names a call-style solution sees

STATUSES = ("passed", "failed", "timeout", "memory_exceeded", "runtime_error", "syntax_error", "output_limit",
            "sandbox_error")
IO_KINDS = ("call", "stdio", "venus")
DEFAULT_LIMITS = dict(
    timeout_s=10.0,        # wall-clock limit per run (the CPU limit is the same, rounded up)
    memory_mb=512,         # address space the program may add on top of the harness
    repeats=1,             # fresh processes per job; see aggregate() for how they become one number
    case_multiply=1,       # passes over the test list inside one process (the paper: x64 on Venus)
    max_procs=1,           # processes+threads the program may have, itself included (1 = no fork, no threads)
    output_limit_kb=16384, # stdout per test (file-size limit) and result bytes per run
    sample_ms=1.0,         # memory sampling period of the monitor, for the integral
)
LIMIT_UNITS = dict(timeout_s="seconds", memory_mb="MB", repeats="runs", case_multiply="passes", max_procs="tasks",
                   output_limit_kb="KB", sample_ms="ms")
PLACEHOLDER = "==Code Submission=="
WORKER_SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sandbox_worker.py")


@dataclass
class ExecResult:
    status: str                  # one of STATUSES
    passed: bool
    tests_passed: int
    tests_total: int
    time_ms: float               # CPU time of the program's own work (the least over repeats)
    memory_kb: float             # peak memory held (anonymous + shared pages + scratch files) above the baseline
    integral_kb_ms: float        # area under (memory held - baseline) over CPU time
    error: str = ""              # short reason: which test failed and why
    wall_ms: float = 0.0

    def to_dict(self):
        return asdict(self)


# ----------------------------------------------------------------------------------------------------------
# 1. Checking what the caller gives us, and judging: runs in the caller, the only place that sees the expected
#    outputs. Bad problems and limits are refused here, with one clear line, before anything runs.
# ----------------------------------------------------------------------------------------------------------
def validate_problem(problem):
    """Raise ValueError (naming the problem, what is wrong and what it should be) for a problem we cannot run."""
    if not isinstance(problem, dict):
        raise ValueError(f"a problem is a JSON object (dict), got {type(problem).__name__}")
    pid = problem.get("problem_id", "?")
    bad = lambda why: ValueError(f"problem {pid!r}: {why}")
    io, tests = problem.get("io"), problem.get("tests")
    if io not in IO_KINDS:
        raise bad(f"unknown io kind {io!r}; use one of {', '.join(IO_KINDS)}")
    if not isinstance(tests, list):
        raise bad(f"tests must be a list of {{\"input\", \"output\"}} objects, got {type(tests).__name__}")
    if not tests:
        raise bad("no tests; a problem needs at least one {\"input\", \"output\"} test")
    for k, t in enumerate(tests):
        missing = [key for key in ("input", "output") if not (isinstance(t, dict) and key in t)]
        if missing:
            raise bad(f"test {k} lacks {' and '.join(missing)}; each test is {{\"input\": ..., \"output\": ...}}")
        if io == "call" and not isinstance(_as_json(t["input"]), list):
            raise bad(f"test {k}: a call test's input is the JSON list of arguments, got {_short(t['input'])}")
        if io != "call" and not isinstance(t["input"], str):
            raise bad(f"test {k}: an {io} test's input is the text fed to stdin, got {type(t['input']).__name__}")
    if io == "call" and not (isinstance(problem.get("entry_point"), str) and problem["entry_point"]):
        raise bad("io \"call\" needs entry_point, the name of the method of class Solution (or function) to call")
    if io == "venus":
        if PLACEHOLDER not in str(problem.get("test_case_runners", "")):
            raise bad(f"test_case_runners lacks {PLACEHOLDER!r}, where the solution goes")
        try:  # dataset code, trusted like the dataset: run here once, so a broken one stops before any run
            evaluate = _venus_evaluator(problem)
        except Exception as e:
            raise bad(f"test_case_evaluator does not run: {type(e).__name__}: {e}") from None
        if not callable(evaluate):
            raise bad("test_case_evaluator must define evaluate(expected_output, program_output)")


def _venus_evaluator(problem):
    """The `evaluate` function a Venus_Python row's test_case_evaluator defines (None if it defines none)."""
    scope = {}
    exec(problem.get("test_case_evaluator") or "", scope)
    return scope.get("evaluate")


def validate_limits(limits):
    """Unknown names raise TypeError; values out of range raise ValueError naming the limit, its range and unit."""
    unknown = set(limits) - set(DEFAULT_LIMITS)
    if unknown:
        raise TypeError(f"unknown sandbox limit(s) {sorted(unknown)}; known: {sorted(DEFAULT_LIMITS)}")
    for key, value in limits.items():
        integer = isinstance(DEFAULT_LIMITS[key], int)
        ok = (isinstance(value, int) if integer else isinstance(value, (int, float))) and not isinstance(value, bool)
        if not ok or not (value >= 1 if integer else value > 0):
            rule = "an integer >= 1" if integer else "a number > 0"
            raise ValueError(f"{key} must be {rule} ({LIMIT_UNITS[key]}), got {value!r}")


def _same_value(got, want, tol=1e-6):
    """Is the answer `got` (what json.loads made of the program's JSON text) the expected value `want`? Lists
    compare item by item, objects key by key, numbers by _same_number, bools only with bools (True is not 1),
    and anything else -- a string, even "0" or "inf"; null -- only with a value of its own type, exactly. The
    runner writes that text itself, so `got` may be any value json.loads makes (NaN, Infinity, an int of
    thousands of digits): none of them raises here, and none equals what it is not."""
    if isinstance(got, bool) or isinstance(want, bool):
        return got is want
    if isinstance(got, (int, float)) and isinstance(want, (int, float)):
        return _same_number(got, want, tol)
    if isinstance(got, list) and isinstance(want, list):
        return len(got) == len(want) and all(_same_value(g, w, tol) for g, w in zip(got, want))
    if isinstance(got, dict) and isinstance(want, dict):
        return got.keys() == want.keys() and all(_same_value(got[k], want[k], tol) for k in want)
    return type(got) is type(want) and got == want


def _same_number(got, want, tol):
    """Two ints must be equal: a count off by one is wrong however large it is. Otherwise (a float on either
    side) the answer may differ from the expected value by its rounding, scaled by the *expected* value alone,

        |got - want| <= tol * max(1, |want|)

    so that no answer widens its own tolerance (scaled by |got| too, an infinite answer matched every number).
    A non-finite number equals only itself (inf == inf, -inf == -inf) and NaN nothing; an int past a float's
    range (json.loads makes one of 309 digits or more) compares exactly, since no float is near it."""
    if isinstance(got, int) and isinstance(want, int):
        return got == want
    try:
        g, w = float(got), float(want)
    except OverflowError:
        return got == want          # Python compares an int and a float exactly, and never overflows doing so
    if not (math.isfinite(g) and math.isfinite(w)):
        return g == w               # NaN == NaN is False
    return abs(g - w) <= tol * max(1.0, abs(w))


def _same_stdout(got, expected):
    """All lines, trailing whitespace and trailing blank lines ignored (never `zip`, which stops early)."""
    norm = lambda s: [line.rstrip() for line in s.rstrip().splitlines()]
    return norm(got) == norm(expected)


def _clip(s, n=120):
    return s if len(s) <= n else s[:n] + "..."


def _short(x):
    """A value for an error message, on one line: text quoted with its escapes visible, anything else as JSON."""
    return _clip(repr(x) if isinstance(x, str) else json.dumps(x))


def _make_checker(problem):
    """Return check(k, raw_output) -> bool for the problem's io kind (validate_problem has checked it)."""
    io, tests = problem["io"], problem["tests"]
    if io == "call":
        unordered = problem.get("compare") == "unordered"

        def check(k, raw):
            got, want = json.loads(raw), tests[k]["output"]
            if unordered and isinstance(got, list) and isinstance(want, list):
                order = lambda v: json.dumps(v, sort_keys=True)   # {"a", "b"} and {"b", "a"} sort alike
                got, want = sorted(got, key=order), sorted(want, key=order)
            return _same_value(got, want)
        return check
    if io == "stdio":
        return lambda k, raw: _same_stdout(raw, tests[k]["output"])
    if io == "venus":
        evaluate = _venus_evaluator(problem)
        return lambda k, raw: bool(evaluate(tests[k]["output"], raw))
    raise ValueError(f"problem {problem.get('problem_id')!r}: unknown io kind {io!r}")


def _as_json(x):
    return json.loads(x) if isinstance(x, str) else x


def _judge(problem, run, passes):
    """Turn one raw run (from the worker) into (status, tests_passed, error). We count for ourselves: every test
    of every pass must have been answered once, or the run fails, whatever the worker reports."""
    n = len(problem["tests"])
    if run.get("sandbox_error"):
        return "sandbox_error", 0, run["sandbox_error"]
    if run.get("compile_error"):
        return "syntax_error", 0, run["compile_error"]
    if run.get("violation"):
        return "failed", 0, f"the program tampered with the harness: {run['violation']}"
    outs = {int(k): v for k, v in run["outputs"].items()}  # JSON turned the int keys into strings
    errs = {int(k): v for k, v in run["errors"].items()}
    answered = run["answered"]
    if not (0 <= answered <= n * passes) or (answered == n * passes and set(outs) | set(errs) != set(range(n))):
        return "failed", 0, f"the worker reported {answered} answers to {n} tests x {passes} passes"
    check, passed, first = _make_checker(problem), 0, None
    for k in range(n):
        if k in errs:
            first = first or ("runtime_error", f"test {k}: {errs[k]}")
        elif k in outs:
            try:
                ok = check(k, outs[k])
            except Exception as e:  # unparsable output, or the evaluator rejected it
                ok, why = False, f"{type(e).__name__}: {e}"
            else:  # a call's output is JSON text (never a raw newline); stdout is shown with its escapes
                want = problem["tests"][k]["output"]
                shown = (json.dumps(want), outs[k]) if problem["io"] == "call" else (repr(want), repr(outs[k]))
                why = f"expected {_clip(shown[0])}, got {_clip(shown[1])}"
            passed += ok
            if not ok:
                first = first or ("failed", f"test {k}: {why}")
    if answered < n * passes and -1 not in errs:  # it stopped answering: died, or was stopped (flags below)
        p, k = divmod(answered, n)
        where = f"pass {p} test {k}" if passes > 1 else f"test {k}"
        first = first or ("runtime_error", f"the program exited during {where} ({run['exit']})")
    if -1 in errs:  # the module itself raised before any test
        first = ("runtime_error", f"at import: {errs[-1]}")
    if run.get("inconsistent") is not None:
        first = first or ("failed", f"test {run['inconsistent']}: output changed between case_multiply passes")
    # Resource verdicts outrank what the outputs say.
    for flag, status in (("timeout", "timeout"), ("output_limit", "output_limit"), ("memory", "memory_exceeded")):
        if run.get(flag):
            return status, passed, run.get("why") or (first[1] if first else status)
    if first:
        status, why = first
        if status == "runtime_error" and "MemoryError" in why:
            status = "memory_exceeded"
        if status == "runtime_error" and "[Errno 27]" in why:  # EFBIG: a flood that ignored SIGXFSZ
            status = "output_limit"
        return status, passed, why
    return "passed", passed, ""


# What decides a verdict, for data.py's profile cache: a cached `passed` is stale once any of these changes.
JUDGE = (_same_value, _same_number, _same_stdout, _make_checker, _venus_evaluator, _judge)


def _median(xs):
    xs = sorted(xs)
    m = len(xs) // 2
    return xs[m] if len(xs) % 2 else (xs[m - 1] + xs[m]) / 2


# How k runs of one program become one number. Another process on the machine (a shared core, a neighbour's
# cache misses, a frequency dip) can only *add* CPU time to a run, never take it away, so the least of k runs is
# the estimate nearest the program's own cost and by far the most repeatable: over 10 fresh batches of 7 runs
# each, its CV was 0.3-3.5% where the median's was 0.5-19% (bench/bench_sandbox.py, section 4). The integral is
# measured over CPU time, so it follows time. Memory noise goes both ways (a fresh heap may or may not absorb
# the first allocations), so memory takes the median.
AGGREGATE = {"time_ms": min, "memory_kb": _median, "integral_kb_ms": min, "wall_ms": min}


def aggregate(runs):
    """One measurement from several runs of one program (dicts with the AGGREGATE keys)."""
    return {key: round(f([r.get(key, 0.0) for r in runs]), 3) for key, f in AGGREGATE.items()}


def _result(problem, runs, passes):
    judged = [_judge(problem, r, passes) for r in runs]
    worst = next((j for j in judged if j[0] != "passed"), judged[0])  # any failing repeat fails the job
    error = worst[2].replace("\r", "\\r").replace("\n", "\\n")  # one line, always
    return ExecResult(status=worst[0], passed=worst[0] == "passed", tests_passed=min(j[1] for j in judged),
                      tests_total=len(problem["tests"]), error=error, **aggregate(runs))


def _job(code, problem, limits):
    """What a worker receives: the program and the inputs, never the expected outputs."""
    io, prelude = problem["io"], {"call": "call", "venus": "venus"}.get(problem["io"])
    if io == "venus":  # the dataset's runner, with the solution in its placeholder, is a stdio program
        code, io = problem["test_case_runners"].replace(PLACEHOLDER, code), "stdio"
    inputs = [_as_json(t["input"]) if io == "call" else t["input"] for t in problem["tests"]]
    return {"code": code, "io": io, "prelude": prelude, "entry_point": problem.get("entry_point"),
            "inputs_json": json.dumps(inputs), "limits": limits}


# ----------------------------------------------------------------------------------------------------------
# 2. The caller side: a pool of worker processes speaking length-prefixed JSON frames over pipes.
# ----------------------------------------------------------------------------------------------------------
class _Worker:
    warned = False  # the "no isolation" warning is printed once per process
    def __init__(self):
        env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONHASHSEED": "0"}
        # -s: no user site-packages; -P: do not put this folder on sys.path; -B: write no .pyc. The worker ignores
        # its --caller argument: it is there so that the worker, and every monitor and runner forked from it (they
        # keep its command line), can be told apart from another program's sandbox (tests/test_sandbox.py)
        self.proc = subprocess.Popen([sys.executable, "-s", "-P", "-B", WORKER_SCRIPT, f"--caller={os.getpid()}"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, cwd="/",
                                     start_new_session=True)  # Ctrl-C reaches the caller, not mid-run workers
        hello = read_frame(self.proc.stdout.read)
        if not hello:
            code = self.proc.wait()
            raise RuntimeError(f"sandbox worker failed to start (exit code {code}); its own error message is "
                               f"printed above, on stderr")
        self.mode = hello["mode"]
        if self.mode == "none" and not _Worker.warned:
            _Worker.warned = True
            print("[sandbox] WARNING: no namespaces here (no root, no unprivileged user namespaces): generated code "
                  "runs with rlimits only, and can reach the network, read and write your files (the expected "
                  "outputs in .cache/ too) and signal your processes.",
                  file=sys.stderr)

    def run(self, job, timeout):
        """Send a job, wait for its runs. A worker that hangs or dies is killed, and reported, never trusted."""
        try:
            write_frame(self.proc.stdin, job)
            fd = self.proc.stdout.fileno()
            if not select.select([fd], [], [], timeout)[0]:
                raise TimeoutError(f"worker gave no answer in {timeout:.0f} s")
            reply = read_frame(self.proc.stdout.read)
            if reply is None:
                raise EOFError("worker died")
            return reply["runs"]
        except (OSError, EOFError, TimeoutError, ValueError) as e:
            self.close()
            return [{"sandbox_error": f"{type(e).__name__}: {e}"}]

    def alive(self):
        return self.proc.poll() is None

    def close(self):
        if self.alive():
            self.proc.kill()
        self.proc.wait()


class _Pool:
    def __init__(self):
        self.idle, self.lock, self.size = [], threading.Condition(), 0

    def grow(self, n):
        while self.size < n:
            self.idle.append(_Worker())
            self.size += 1

    def run(self, job, timeout):
        with self.lock:
            while not self.idle:
                self.lock.wait()
            worker = self.idle.pop()
        try:
            return worker.run(job, timeout)
        finally:
            with self.lock:
                self.idle.append(worker if worker.alive() else _Worker())
                self.lock.notify()


_POOL = _Pool()


def isolation():
    """The isolation mode the workers run in: "root", "userns" or "none" (see the module docstring)."""
    _POOL.grow(1)
    return _POOL.idle[0].mode if _POOL.idle else "unknown"


def execute(code, problem, **limits):
    """Run `code` on every test of `problem`; return an ExecResult. Limits: see DEFAULT_LIMITS."""
    return execute_many([(code, problem)], workers=1, progress=False, **limits)[0]


def execute_many(jobs, workers=None, progress=None, **limits):
    """Run [(code, problem), ...] in parallel on `workers` processes; results in the order of `jobs`."""
    validate_limits(limits)
    for _, problem in jobs:  # every problem is checked before anything runs
        validate_problem(problem)
    lim = {**DEFAULT_LIMITS, **limits}
    workers = max(1, min(workers or os.cpu_count() or 1, len(jobs) or 1))
    _POOL.grow(workers)
    # A generous caller-side deadline: the monitor enforces the real one; this only catches a stuck worker.
    timeout = (lim["timeout_s"] + 5) * lim["repeats"] + 30
    payloads = [_job(code, problem, lim) for code, problem in jobs]
    results = [None] * len(jobs)
    bar = _progress_bar(len(jobs), progress)

    def one(i):
        try:
            results[i] = _result(jobs[i][1], _POOL.run(payloads[i], timeout), lim["case_multiply"])
        except Exception as e:  # a bug of ours must fail this job, never leave a hole (None) in the results
            results[i] = ExecResult(status="sandbox_error", passed=False, tests_passed=0,
                                    tests_total=len(jobs[i][1]["tests"]), time_ms=0.0, memory_kb=0.0,
                                    integral_kb_ms=0.0, error=f"the judge failed: {type(e).__name__}: {e}")
        if bar:
            bar.update(1)

    threads, nxt, lock = [], iter(range(len(jobs))), threading.Lock()

    def loop():
        while True:
            with lock:
                i = next(nxt, None)
            if i is None:
                return
            one(i)

    for _ in range(workers):
        threads.append(threading.Thread(target=loop, daemon=True))
        threads[-1].start()
    for t in threads:
        t.join()
    if bar:
        bar.close()
    return results


def _progress_bar(total, progress):
    if progress is False or (progress is None and total < 32):
        return None
    try:  # imported here: tqdm is optional, and most calls need no bar
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, desc="sandbox", unit="run", leave=False)


# ----------------------------------------------------------------------------------------------------------
# 3. The command line: run one file on one problem, or a demo
# ----------------------------------------------------------------------------------------------------------
DEMO = [  # (label, program) for `--demo`: one problem, solutions of varied efficiency, and two hostile ones
    ("O(n^2) pairs", "class Solution:\n    def countPairs(self, nums, t):\n        n = len(nums)\n"
                     "        return sum(nums[i] + nums[j] == t for i in range(n) for j in range(i + 1, n))\n"),
    ("O(n) counter", "from collections import Counter\nclass Solution:\n    def countPairs(self, nums, t):\n"
                     "        seen, total = Counter(), 0\n        for x in nums:\n"
                     "            total += seen[t - x]\n            seen[x] += 1\n        return total\n"),
    ("O(n) + big list", "class Solution:\n    def countPairs(self, nums, t):\n        table = [0] * 2_000_001\n"
                        "        total = 0\n        for x in nums:\n            if -10**6 <= t - x <= 10**6:\n"
                        "                total += table[t - x + 10**6]\n            table[x + 10**6] += 1\n"
                        "        return total\n"),
    ("wrong (i <= j)", "class Solution:\n    def countPairs(self, nums, t):\n        n = len(nums)\n"
                       "        return sum(nums[i] + nums[j] == t for i in range(n) for j in range(i, n))\n"),
    ("prints Success", "import os\nos.write(1, b'Success\\n')\nos._exit(0)\n"),
    ("fork bomb", "import os\nwhile True:\n    os.fork()\n"),
]


def demo():
    rng = random.Random(0)
    tests = []
    for n in (5, 1500, 1500):
        nums = [rng.randint(-50, 50) for _ in range(n)]
        t = rng.randint(-20, 20)
        tests.append({"input": [nums, t], "output": sum(1 for i in range(n) for j in range(i + 1, n)
                                                         if nums[i] + nums[j] == t)})
    problem = {"problem_id": "demo-pair-count", "io": "call", "entry_point": "countPairs", "tests": tests}
    print(f"sandbox demo: count pairs i < j with nums[i] + nums[j] == t  (isolation: {isolation()})")
    results = execute_many([(code, problem) for _, code in DEMO], workers=2, repeats=3, timeout_s=5)
    print(f"{'solution':18s} {'status':16s} {'time ms':>9s} {'memory KB':>10s} {'integral KB*ms':>15s}")
    for (label, _), r in zip(DEMO, results):
        print(f"{label:18s} {r.status:16s} {r.time_ms:9.2f} {r.memory_kb:10.0f} {r.integral_kb_ms:15.0f}")
    print("time = CPU time of the program's own work; memory = peak memory held (anonymous + shared pages + scratch "
          "files) above the harness's baseline; least time, median memory of 3 runs.")


LIMIT_HELP = dict(
    timeout_s="wall-clock limit per run, in seconds; the CPU-time limit is the same, rounded up",
    memory_mb="address space the program may add on top of the harness, in MB",
    repeats="fresh processes per job (runs); time and integral are their least, memory their median",
    case_multiply="passes over the test list inside one process; every pass's outputs are checked",
    max_procs="processes + threads the program may have, itself included (1 = no fork, no threads)",
    output_limit_kb="stdout per test (a file-size limit) and result bytes per pass, in KB",
    sample_ms="memory sampling period of the monitor, in ms (for the integral)",
)


def main(argv=None):
    p = argparse.ArgumentParser(description="Run a solution on a problem in the sandbox and print the verdict "
                                            "with its CPU time, peak memory and memory-time integral.")
    p.add_argument("solution", nargs="?", help="path of the Python file to run")
    p.add_argument("--problem", help="problem JSON file (keys: problem_id, io, tests, ...)")
    p.add_argument("--json", action="store_true", help="print the ExecResult as JSON")
    p.add_argument("--demo", action="store_true", help="run a built-in problem with six solutions and exit")
    for key, value in DEFAULT_LIMITS.items():
        rule = "an integer >= 1" if isinstance(value, int) else "a number > 0"
        p.add_argument("--" + key.replace("_", "-"), type=type(value), default=value, metavar=LIMIT_UNITS[key].upper(),
                       help=f"{LIMIT_HELP[key]}; {rule} (default {value})")
    a = p.parse_args(argv)
    limits = {k: getattr(a, k) for k in DEFAULT_LIMITS}
    try:
        validate_limits(limits)
    except ValueError as e:
        key = str(e).split()[0]
        sys.exit(f"error: --{key.replace('_', '-')}{str(e)[len(key):]}")
    if a.demo:
        return demo()
    if not (a.solution and a.problem):
        p.error("give a SOLUTION file and --problem PROBLEM.json (or --demo)")
    try:
        with open(a.solution) as f:
            code = f.read()
        with open(a.problem) as f:
            text = f.read()
    except OSError as e:
        sys.exit(f"error: cannot read input: {e.filename}: {e.strerror}")
    try:
        problem = json.loads(text)
    except ValueError as e:
        sys.exit(f"error: {a.problem} is not JSON ({e}); a problem file holds one JSON object")
    try:
        validate_problem(problem)
    except ValueError as e:
        sys.exit(f"error: {a.problem}: {e}")
    res = execute(code, problem, **limits)
    if a.json:
        print(json.dumps(res.to_dict(), indent=2))
    else:
        print(f"{res.status.upper()}  {res.tests_passed}/{res.tests_total} tests  time {res.time_ms:.2f} ms  "
              f"memory {res.memory_kb:.0f} KB  integral {res.integral_kb_ms:.1f} KB*ms  (isolation: {isolation()})")
        if res.error:
            print(f"  {res.error}")
    return 0 if res.passed else 1


if __name__ == "__main__":
    sys.exit(main())
