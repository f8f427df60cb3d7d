"""The sandbox: judging for the three io kinds, measurement, and a suite of hostile programs.

Run under root and under an unprivileged user (`.ci/run` does both). Set AFTERBURNER_REQUIRE_ISOLATION=1 to
fail, instead of degrade, when namespaces are unavailable (CI sets it).
"""
import json
import os
import socket
import subprocess
import sys
import textwrap
import threading
import time
import uuid

import pytest

import sandbox

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ADD = {"problem_id": "add", "io": "call", "entry_point": "add",
       "tests": [{"input": [1, 2], "output": 3}, {"input": [5, 7], "output": 12}, {"input": "[-1, 1]", "output": 0}]}
ONE = {"problem_id": "one", "io": "call", "entry_point": "f", "tests": [{"input": [], "output": False}]}
SUM = {"problem_id": "sum", "io": "stdio",
       "tests": [{"input": "3\n1 2 3\n", "output": "6\n"}, {"input": "2\n5 5\n", "output": "10"}]}
TWO_LINES = {"problem_id": "two-lines", "io": "stdio", "tests": [{"input": "", "output": "a\nb\n"}]}


def run(code, problem=ONE, **limits):
    return sandbox.execute(textwrap.dedent(code), problem, **limits)


def solution(body):
    """A call-style `f()` whose body is `body`; ONE expects it to return False."""
    return "class Solution:\n    def f(self):\n" + textwrap.indent(textwrap.dedent(body), "        ")


def test_isolation_mode():
    mode = sandbox.isolation()
    if os.environ.get("AFTERBURNER_REQUIRE_ISOLATION") == "1":
        assert mode == ("root" if os.geteuid() == 0 else "userns")
    assert mode in ("root", "userns", "none")


# ---------------------------------------------------------------- judging, all three io kinds
def test_call_pass_fail_and_errors():
    good = run("class Solution:\n    def add(self, a, b): return a + b\n", ADD)
    assert good.status == "passed" and good.passed and good.tests_passed == good.tests_total == 3
    bad = run("class Solution:\n    def add(self, a, b): return a + b if a > 0 else 99\n", ADD)
    assert bad.status == "failed" and bad.tests_passed == 2 and bad.error.startswith("test 2: expected 0, got 99")
    assert run("def add(a, b): return a + b\n", ADD).passed  # a top-level function works too
    crash = run("class Solution:\n    def add(self, a, b): return a // 0\n", ADD)
    assert crash.status == "runtime_error" and "ZeroDivisionError" in crash.error
    assert run("class Solution:\n    def add(self, a, b) return 1\n", ADD).status == "syntax_error"
    missing = run("class Solution:\n    def plus(self, a, b): return a + b\n", ADD)
    assert missing.status == "runtime_error" and "Solution.add" in missing.error
    assert run("class Solution:\n    def add(self, a, b): return {1, 2}\n", ADD).status == "runtime_error"


def test_call_comparison_floats_and_unordered():
    p = {"problem_id": "p", "io": "call", "entry_point": "f", "tests": [{"input": [], "output": [0.1, 2]}]}
    assert run("def f(): return [0.1 + 1e-12, 2.0]\n", p).passed
    assert not run("def f(): return [0.2, 2]\n", p).passed
    assert not run("def f(): return [2, 0.1]\n", p).passed
    assert run("def f(): return [2, 0.1]\n", dict(p, compare="unordered")).passed
    assert not run("def f(): return True\n", {**p, "tests": [{"input": [], "output": 1}]}).passed


def test_stdio_compares_all_lines():
    assert run("n = int(input())\nprint(sum(map(int, input().split())))\n", SUM).passed
    assert run("import sys\nd = sys.stdin.buffer.read().split()\nsys.stdout.write(str(sum(map(int, d[1:]))))\n",
               SUM).passed
    assert run("print(sum(map(int, open(0).read().split())))\n", SUM).status == "failed"  # counts n too
    assert run("print('a  ')\nprint('b')\n\n", TWO_LINES).passed           # trailing spaces are ignored
    assert run("print('a')\n", TWO_LINES).status == "failed"             # a missing line is a failure
    assert run("print('a')\nprint('b')\nprint('c')\n", TWO_LINES).status == "failed"
    assert run("import sys\nprint('a')\nprint('b')\nsys.exit(0)\n", TWO_LINES).passed  # exit() ends the test


def test_venus_runner_and_evaluator():
    runner = "import json, sys\n==Code Submission==\nargs = json.loads(sys.stdin.read())\n" \
             "print(json.dumps(Solution().twoSum(*args)))\n"
    evaluator = "import json\ndef evaluate(expected_output, program_output):\n" \
                "    return sorted(json.loads(expected_output)) == sorted(json.loads(program_output))\n"
    p = {"problem_id": 1, "io": "venus", "test_case_runners": runner, "test_case_evaluator": evaluator,
         "tests": [{"input": "[[2, 7, 11], 9]", "output": "[0, 1]"}, {"input": "[[3, 3], 6]", "output": "[1, 0]"}]}
    code = "class Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n" \
           "        for i, x in enumerate(nums):\n            if target - x in seen:\n" \
           "                return [seen[target - x], i]\n            seen[x] = i\n"
    assert run(code, p).passed
    assert run(code.replace("return [seen[target - x], i]", "return [0, 0]"), p).status == "failed"
    with pytest.raises(ValueError, match="Code Submission"):
        run(code, dict(p, test_case_runners="print(1)"))


def test_case_multiply_and_repeats():
    res = run("class Solution:\n    def add(self, a, b): return a + b\n", ADD, case_multiply=4, repeats=3)
    assert res.passed and res.time_ms > 0
    flaky = "class Solution:\n    calls = 0\n    def add(self, a, b):\n        Solution.calls += 1\n" \
            "        return a + b if Solution.calls <= 3 else 0\n"
    res = run(flaky, ADD, case_multiply=2)
    assert res.status == "failed" and "between case_multiply passes" in res.error


def test_execute_many_keeps_order():
    jobs = [(f"class Solution:\n    def add(self, a, b): return a + b + {i % 2}\n", ADD) for i in range(12)]
    results = sandbox.execute_many(jobs, workers=2)
    assert [r.passed for r in results] == [i % 2 == 0 for i in range(12)]
    with pytest.raises(TypeError, match="unknown sandbox limit"):
        sandbox.execute_many(jobs, timeout=3)


def test_cli(tmp_path):
    (tmp_path / "sol.py").write_text("class Solution:\n    def add(self, a, b): return a + b\n")
    (tmp_path / "p.json").write_text(json.dumps(ADD))
    out = subprocess.run([sys.executable, os.path.join(ROOT, "sandbox.py"), str(tmp_path / "sol.py"),
                          "--problem", str(tmp_path / "p.json"), "--json"], capture_output=True, text=True)
    assert out.returncode == 0 and json.loads(out.stdout)["status"] == "passed"
    out = subprocess.run([sys.executable, os.path.join(ROOT, "sandbox.py"), str(tmp_path / "sol.py"),
                          "--problem", str(tmp_path / "missing.json")], capture_output=True, text=True)
    assert out.returncode != 0 and "cannot read input" in out.stderr and "Traceback" not in out.stderr


# ---------------------------------------------------------------- measurement
def busy(n, hold_mb=0):
    return solution(f"""
        hold = bytearray({hold_mb} * 2**20)
        s = 0
        for i in range({n}):
            s += i
        return False
    """)


def test_time_scales_with_work_and_ignores_forged_clocks():
    small, large = run(busy(200_000)), run(busy(2_000_000))
    assert small.passed and large.passed
    assert 5 < large.time_ms / small.time_ms < 20
    forged = run(solution("""
        import time
        time.clock_gettime_ns = lambda *a: 0
        time.process_time = time.perf_counter = time.time = lambda: 0.0
        s = 0
        for i in range(2_000_000):
            s += i
        return False
    """))
    assert forged.passed and forged.time_ms > 0.5 * large.time_ms


def test_memory_peak_and_integral():
    # The slope below is a ratio of two differences of measurements: three runs each (the least time and
    # integral, sandbox.aggregate) keep one slow run of a busy machine from bending it (one run each failed once
    # in a full suite: slope 1.5x).
    idle, held = run(busy(1_000_000)), run(busy(1_000_000, hold_mb=64), repeats=3)
    assert idle.memory_kb < 2048
    assert 64 * 1024 <= held.memory_kb < 72 * 1024
    # Holding 64 MB for longer adds 64 MB x the extra CPU time to the area (sampled every 1 ms); the difference
    # of two runs cancels the allocation ramp, which both share.
    longer = run(busy(6_000_000, hold_mb=64), repeats=3)
    slope = (longer.integral_kb_ms - held.integral_kb_ms) / (longer.time_ms - held.time_ms)
    assert 0.85 * 64 * 1024 < slope < 1.15 * 64 * 1024
    assert held.integral_kb_ms <= held.memory_kb * held.time_ms
    # A peak that is freed at once costs memory but little integral.
    spike = run(solution("""
        x = bytearray(64 * 2**20); del x
        s = 0
        for i in range(3_000_000):
            s += i
        return False
    """))
    assert spike.memory_kb >= 63 * 1024 and spike.integral_kb_ms < 0.3 * longer.integral_kb_ms


def test_memory_in_shared_pages_or_scratch_files_is_billed():
    """Memory must not look leaner when kept in MAP_SHARED pages or in files on the scratch tmpfs (RAM too)."""
    shared = solution("""
        import mmap
        m = mmap.mmap(-1, 48 * 2**20)
        for i in range(0, len(m), 4096):
            m[i] = 1
        return False
    """)
    files = solution("""
        block = bytes(15 * 2**20)
        for n in range(3):
            with open(f"table{n}.bin", "wb") as f:
                f.write(block)
        del block
        return False
    """)
    for program in (shared, files):
        res = run(program)
        assert res.passed and res.memory_kb >= 44 * 1024, res


def test_small_objects_are_billed_in_full_after_a_large_input():
    """100k fresh ints (32 B each) and their list (8 B a slot): ~3.9 MB, and billed as that even when the test's
    input is large. A throw-away parse of the inputs, freed before the baseline, once left megabytes of free
    interpreter heap that the program refilled unbilled: this measured 1.6 MB."""
    big = {"problem_id": "big", "io": "call", "entry_point": "f",
           "tests": [{"input": [list(range(1000, 201000))], "output": 0}]}
    res = run("class Solution:\n    def f(self, nums):\n        x = list(range(1000, 101000))\n        return 0\n",
              big)
    assert res.passed and res.memory_kb >= 0.9 * (100_000 * 40) / 1024, res


def test_memory_limit():
    res = run(solution("a = []\nwhile True:\n    a.append(bytearray(2**20))\n"), memory_mb=128)
    assert res.status == "memory_exceeded"


# ---------------------------------------------------------------- hostile programs
def stray_processes():
    """Sandbox processes of ours that outlived their run: anything whose command line names this checkout's worker
    script and this test process as its caller (monitors and runners are forks of a worker, so they carry its
    command line in every isolation mode) and that is not one of our own live workers; and any whose caller has
    exited (a subprocess's sandbox that outlived it). Those re-parented away from us count too; the sandbox of
    another live program running beside the tests (an evaluation, say) does not."""
    me, found = os.getpid(), []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                argv = f.read().split(b"\0")
            with open(f"/proc/{pid}/status") as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line)
        except OSError:
            continue
        ppid, uid = int(fields["PPid"]), int(fields["Uid"].split()[0])
        callers = [a[len(b"--caller="):] for a in argv if a.startswith(b"--caller=")]
        caller = int(callers[0]) if callers and callers[0].isdigit() else None
        ours = caller is not None and (caller == me or not os.path.exists(f"/proc/{caller}"))  # or caller gone
        if WORKER_ARG in argv and ours and ppid != me and fields["State"].split()[0] != "Z":
            found.append((int(pid), ppid, uid))
    return found


WORKER_ARG = os.path.join(ROOT, "sandbox_worker.py").encode()


def test_stray_process_check_finds_a_leaked_process():
    # A process that looks like a leaked monitor (it carries the worker's path), re-parented away from us.
    leak = subprocess.run([sys.executable, "-c", "import subprocess, sys\n"
                           "p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)', *sys.argv[1:]],"
                           " stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\nprint(p.pid)",
                           WORKER_ARG.decode(), f"--caller={os.getpid()}"],
                          capture_output=True, text=True, check=True)
    pid = int(leak.stdout)
    strays = lambda: [p for p, _, _ in stray_processes()]
    try:
        deadline = time.monotonic() + 10
        while pid not in strays() and time.monotonic() < deadline:  # until its exec has set its command line
            time.sleep(0.05)
        assert pid in strays()
    finally:
        os.kill(pid, 9)
    deadline = time.monotonic() + 10
    while pid in strays() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert pid not in strays()


@pytest.fixture
def clean():
    yield
    time.sleep(0.2)
    assert stray_processes() == []
    assert run("class Solution:\n    def add(self, a, b): return a + b\n", ADD).passed  # the pool still works


HOSTILE_TIMEOUTS = {
    "infinite loop": "while True: pass",
    "sleep forever": "import time\ntime.sleep(10**6)",
    "fork bomb": "import os\nwhile True:\n    try: os.fork()\n    except OSError: pass",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_TIMEOUTS))
def test_hostile_timeouts(name, clean):
    t = time.monotonic()
    res = run(solution(HOSTILE_TIMEOUTS[name]), timeout_s=1, max_procs=16)
    assert res.status == "timeout" and time.monotonic() - t < 5


def test_fork_is_refused_by_default(clean):
    res = run(solution("import os\nos.fork()\nreturn False"))
    assert res.status == "runtime_error" and "BlockingIOError" in res.error


def test_double_forking_daemon_is_killed(clean, tmp_path):
    marker = f"/tmp/afterburner-daemon-{uuid.uuid4().hex}"
    res = run(solution(f"""
        import os, time
        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                time.sleep(1.0)
                open({marker!r}, "w").write("escaped")
                time.sleep(10**6)
            os._exit(0)
        return False
    """), max_procs=8)
    assert res.passed
    time.sleep(1.5)
    assert not os.path.exists(marker)


def test_memory_bomb(clean):
    assert run(solution("x = bytearray(10**12)")).status == "memory_exceeded"
    assert run(solution("x = [0] * 10**9")).status == "memory_exceeded"


def test_stdout_flood(clean):
    assert run("while True:\n    print('x' * 1000)\n", SUM, output_limit_kb=1024).status == "output_limit"
    res = run(solution("import signal\nsignal.signal(signal.SIGXFSZ, signal.SIG_IGN)\nwhile True: print('y' * 999)"),
              output_limit_kb=1024)
    assert res.status == "output_limit"


def test_writes_outside_the_workdir_do_not_land(clean):
    targets = [f"/tmp/afterburner-{uuid.uuid4().hex}", os.path.join(ROOT, f"pwned-{uuid.uuid4().hex}"),
               os.path.expanduser(f"~/pwned-{uuid.uuid4().hex}"), f"/var/tmp/pwned-{uuid.uuid4().hex}"]
    res = run(solution(f"""
        import os
        for path in {targets!r}:
            try:
                with open(path, "w") as f:
                    f.write("x")
            except OSError:
                pass
        open("inside.txt", "w").write("fine")    # the working directory is writable
        return not os.path.exists("inside.txt")
    """))
    assert res.passed
    assert [t for t in targets if os.path.exists(t)] == []


def test_environment_secrets_are_not_visible(clean):
    program = solution("""
        import os, glob
        seen = repr(dict(os.environ))
        for path in glob.glob("/proc/*/environ") + ["/proc/self/environ", "/proc/1/environ"]:
            try:
                seen += open(path, "rb").read().decode(errors="replace")
            except OSError:
                pass
        return "hunter2" in seen
    """)
    script = "import json, sys, sandbox\nr = sandbox.execute(sys.stdin.read(), json.loads(sys.argv[1]))\n" \
             "print(r.status)\n"
    out = subprocess.run([sys.executable, "-c", script, json.dumps(ONE)], input=program, capture_output=True,
                         text=True, cwd=ROOT, env=dict(os.environ, AFTERBURNER_SECRET="hunter2"), timeout=60)
    assert out.stdout.strip() == "passed", out.stderr


def test_no_network(clean):
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(3)
    port, hits = server.getsockname()[1], []
    def accept():
        try:
            hits.append(server.accept())
        except OSError:  # closed, or timed out: nobody came
            pass
    threading.Thread(target=accept, daemon=True).start()
    res = run(solution(f"""
        import socket
        for host in ("127.0.0.1", "1.1.1.1"):
            try:
                socket.create_connection((host, {port}), timeout=1).close()
                return True
            except OSError:
                pass
        return False
    """))
    time.sleep(0.5)
    server.close()
    assert res.passed and hits == []


@pytest.mark.skipif("sandbox.isolation() == 'none'",  # evaluated when the test starts, not at collection
                    reason="without namespaces kill(-1) reaches every process of this user; CI requires isolation")
def test_killing_parents_is_contained(clean):
    # The program signals its parent, its process group, every process it may (-1), init, and a process of ours it
    # is told the id of. A PID namespace makes all of these miss. The check is a sentinel this test starts, not
    # os.getppid() > 1: pytest run in the background (nohup ... &) has init as its parent from the start.
    sentinel = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    parent = os.getppid()
    try:
        res = run(solution(f"""
            import os, signal
            for pid in (os.getppid(), 0, -1, 1, {sentinel.pid}):
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            return False
        """))
        assert res.status in ("passed", "runtime_error")
        time.sleep(0.1)
        assert sentinel.poll() is None, "the sandboxed program killed a process outside its sandbox"
        assert os.getppid() == parent
    finally:
        sentinel.kill()  # by the id we started it with
        sentinel.wait()


def test_closing_stdout_and_the_result_pipe(clean):
    assert run("import os\nos.close(1)\nprint('6')\n", SUM).status in ("runtime_error", "failed")
    res = run(solution("import os\nos.close(3)\nreturn False"))
    assert res.status == "runtime_error"


def test_stdin_never_blocks(clean):
    t = time.monotonic()
    res = run(solution("return input() == 'x'"), timeout_s=5)
    assert res.status == "runtime_error" and "EOFError" in res.error and time.monotonic() - t < 3


def test_deep_recursion(clean):
    # Python-to-Python calls live on the heap in 3.11+: unbounded recursion ends at the memory limit.
    res = run(solution("""
        import sys
        sys.setrecursionlimit(10**8)
        def down(n):
            return down(n + 1) + 1
        return down(0) == 0
    """), memory_mb=128, timeout_s=30)  # a busy machine stretches its seconds of CPU time: judge by CPU time
    assert res.status in ("memory_exceeded", "runtime_error") and res.time_ms < 8000
    # Recursion through C frames overflows the C stack and kills the interpreter with SIGSEGV.
    res = run(solution("""
        import sys
        sys.setrecursionlimit(10**8)
        def down():
            return list(map(lambda _: down(), [0]))
        return down() == 0
    """))
    assert res.status == "runtime_error" and "SIGSEGV" in res.error


def test_exit_mid_test(clean):
    res = run("class Solution:\n    def add(self, a, b):\n        import os\n        if a == 5: os._exit(0)\n"
              "        return a + b\n", ADD)
    assert res.status == "runtime_error" and "test 1" in res.error


FAKES = {  # ONE expects False; each program returns True or never returns, and must not pass
    "print the expected output": "print('{\"t\": 0, \"out\": \"false\"}')\nreturn True",
    "forge a done record": "import os\nos.write(3, b'\\n{\"done\": 1}\\n')\nreturn False",
    "print Success and exit": "import os\nprint('Success')\nos.write(1, b'Success\\n')\nos._exit(0)",
    "patch the comparator": "import __main__\nfor n in dir(__main__):\n    if 'same' in n or 'judge' in n:\n"
                            "        setattr(__main__, n, lambda *a, **k: True)\nreturn True",
}


@pytest.mark.parametrize("name", sorted(FAKES))
def test_faking_success_fails(name, clean):
    res = run(solution(FAKES[name]))
    assert not res.passed and res.status in ("failed", "runtime_error")


def test_expected_outputs_never_reach_the_program(clean):
    secret = f"expected-{uuid.uuid4().hex}"
    p = {"problem_id": "s", "io": "call", "entry_point": "f", "tests": [{"input": [], "output": secret}]}
    res = run(solution(f"""
        import gc, sys
        needle = {secret[:9]!r} + {secret[9:]!r}
        found = any(isinstance(o, str) and needle in o and o is not needle for o in gc.get_objects())
        frame = sys._getframe().f_back  # every caller: the harness, the monitor, the worker
        while frame:
            found = found or needle in repr(frame.f_locals)
            frame = frame.f_back
        return "found" if found else "not found"
    """), p)
    assert res.status == "failed" and 'got "not found"' in res.error


# ---------------------------------------------------------------- reward hacking: answers, records, repetitions
def test_answer_files_on_disk_are_out_of_reach(clean, tmp_path):
    """A program that looks for stored expected outputs (the project's .cache/embedded-*.json, any JSON of answers
    under the checkout, the caller's temp files) must find none, and must not see the checkout at all."""
    secret = f"expected-{uuid.uuid4().hex}"
    p = {"problem_id": "s", "io": "call", "entry_point": "f", "tests": [{"input": [], "output": secret}]}
    planted = []
    for folder in (os.path.join(ROOT, ".cache"), ROOT, str(tmp_path)):
        path = os.path.join(folder, f"embedded-{uuid.uuid4().hex}.json")
        try:
            with open(path, "w") as f:
                json.dump([p], f)
            planted.append(path)
        except OSError:  # as an unprivileged user the checkout is not writable
            pass
    assert planted
    try:
        res = run(solution(f"""
            import glob, os
            paths = {planted!r} + glob.glob({ROOT!r} + "/.cache/embedded-*.json") + glob.glob({ROOT!r} + "/*.json")
            for path in paths:
                try:
                    text = open(path).read()
                except OSError:
                    continue
                if "expected-" in text:
                    return text[text.index("expected-"):][:41]
            for name in ("sandbox.py", "data.py", "README.md"):
                try:
                    return open(os.path.join({ROOT!r}, name)).read()[:20]
                except OSError:
                    pass
            return "not found"
        """), p)
        assert res.status == "failed" and 'got "not found"' in res.error, res.error
    finally:
        for path in planted:
            os.unlink(path)


def test_only_the_interpreter_is_visible(clean):
    """The program's filesystem: the interpreter's files read-only, its own scratch space, a few /dev nodes."""
    home, tmp = os.path.expanduser("~"), os.environ.get("TMPDIR", "/tmp")
    interpreter = [os.path.join(sys.prefix, ""), os.path.join(sys.base_prefix, "")]  # and the folders above them
    res = run(solution(f"""
        import os
        seen = []
        for path in ({home!r}, {ROOT!r}, {os.path.dirname(ROOT)!r}, "/etc", "/root", "/home", "/work", {tmp!r} + "/.."):
            try:
                seen += [os.path.join(path, n) for n in os.listdir(path)]
            except OSError:
                pass
        allowed = lambda p: p.startswith(("/tmp/", "/etc/ld.so")) or any(i.startswith(p + "/") for i in {interpreter!r})
        return sorted({{p for p in seen if not allowed(p)}})
    """), {**ONE, "tests": [{"input": [], "output": []}]})
    assert res.passed, res.error


def test_an_interpreter_under_tmp_runs_read_only(tmp_path):
    """A checkout cloned to /tmp puts the venv where the scratch /tmp goes. The sandbox still runs from it, and a
    run can neither write beside the interpreter nor move it away from the next run."""
    venv = tmp_path / "venv"  # pytest's tmp_path is under /tmp
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    top = "/tmp/" + str(venv).split("/")[2]
    attack = solution(f"""
        import os
        tries = []
        for act in (lambda: open({str(venv)!r} + "/planted", "w"), lambda: open({top!r} + "/planted", "w"),
                    lambda: os.rename({top!r}, "/tmp/moved"), lambda: os.rename({str(venv)!r}, "/tmp/moved")):
            try:
                act()
                tries.append("done")
            except OSError:
                tries.append("refused")
        return tries
    """)
    script = textwrap.dedent(f"""
        import json, sys
        sys.path.insert(0, {ROOT!r})
        import sandbox
        problem = {{**{ONE!r}, "tests": [{{"input": [], "output": ["refused"] * 4}}]}}
        first = sandbox.execute({attack!r}, problem)
        second = sandbox.execute("def add(a, b): return a + b", {ADD!r})
        print(json.dumps([sandbox.isolation(), first.status, first.error, second.status]))
    """)
    out = subprocess.run([str(venv / "bin" / "python"), "-c", script], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    mode, first, error, second = json.loads(out.stdout.splitlines()[-1])
    assert mode == sandbox.isolation()
    assert (first, second) == ("passed", "passed"), error
    assert not (venv / "planted").exists() and not os.path.exists(top + "/planted")


FORGED = (b'\n{"t": 0, "json": 1}\nfalse\n{"done": 1}\n', b'{"t": 0, "out": "false"}\n{"done": 1}\n',
          b'{"p": 0, "t": 0, "json": 1}\nfalse\n')


def test_forged_result_records_do_not_end_the_measurement(clean):
    """Records and a "done" marker written to every inherited descriptor, then the real work: the run must fail
    or be billed for the work."""
    burn = "s = 0\nfor i in range(3_000_000):\n    s += i\n"
    honest = run(solution(burn + "return False"))
    forged = run(solution(f"import os\nfor fd in range(256):\n    for rec in {FORGED!r}:\n        try:\n"
                          f"            os.write(fd, rec)\n        except OSError:\n            pass\n"
                          + burn + "return False"))
    assert honest.passed
    assert not forged.passed or forged.time_ms > 0.7 * honest.time_ms, (forged, honest)


SKIP_PASSES = """
import sys
class Solution:
    def f(self):
        frame = sys._getframe(1)
        while frame is not None:  # the harness's frames: empty every list that could hold the remaining passes
            for value in list(frame.f_locals.values()):
                if type(value) is list and len(value) == 8:
                    del value[1:]
            frame = frame.f_back
        s = 0
        for i in range(300_000):
            s += i
        return False
"""


def test_skipping_repetitions_is_detected_or_billed(clean):
    honest = run(SKIP_PASSES.replace("del value[1:]", "pass"), case_multiply=8)
    cheat = run(SKIP_PASSES, case_multiply=8)
    assert honest.passed
    assert not cheat.passed or cheat.time_ms > 0.7 * honest.time_ms, (cheat, honest)


def test_the_caller_counts_the_results():
    """Every test x every pass must be delivered once, in order; the caller checks it, whatever the worker says."""
    good = run("class Solution:\n    def add(self, a, b): return a + b\n", ADD, case_multiply=2)
    assert good.passed and good.tests_total == 3


# ---------------------------------------------------------------- the Venus harness's prelude
def test_venus_prelude_names_are_in_scope():
    row = json.loads(open(os.path.join(ROOT, "tests", "fixtures", "venus_prelude.jsonl")).readline())
    assert "List" not in row["test_case_runners"] and "import sys" not in row["test_case_runners"]
    p = {"problem_id": str(row["problem_id"]), "io": "venus", "test_case_runners": row["test_case_runners"],
         "test_case_evaluator": row["test_case_evaluator"],
         "tests": [{"input": t["input"], "output": t["output"]} for t in json.loads(row["test_cases"])]}
    res = run(row["solutions"][0]["code"], p)
    assert res.passed, res.error
    names = ("io re itertools collections heapq bisect string sys functools math copy unittest floor ceil "
             "factorial sqrt inf maxsize stdin bisect_left bisect_right permutations zip_longest heappush heappop "
             "heapify deque defaultdict OrderedDict List Optional Tuple lru_cache cache Counter").split()
    probe = ("class Solution:\n    def topKFrequent(self, nums, k):\n"
             "        return [n for n in %r if n not in globals()]\n" % (names,))
    missing = run(probe, {**p, "tests": [{"input": p["tests"][0]["input"], "output": "[]"}]})
    assert missing.passed, missing.error
    # io "call" gets the same names (and LeetCode's star imports); io "stdio" (APPS) gets none of them
    call = {"problem_id": "c", "io": "call", "entry_point": "topKFrequent", "tests": [{"input": [[], 0], "output": []}]}
    assert run(probe, call).passed
    stdio = run("print(sorted(n for n in %r if n not in globals()) == sorted(%r))\n" % (names, names),
                {"problem_id": "s", "io": "stdio", "tests": [{"input": "", "output": "True"}]})
    assert stdio.passed, stdio.error


# ---------------------------------------------------------------- bad input: one clear error before anything runs
BAD_PROBLEMS = {
    "unknown io": ({**ADD, "io": "leetcode"}, "leetcode"),
    "no tests": ({**ADD, "tests": []}, "no tests"),
    "tests as a dict": ({**ADD, "tests": {"input": [1, 2], "output": 3}}, "list"),
    "a test without input": ({**ADD, "tests": [{"output": 3}]}, "input"),
    "call without entry_point": ({k: v for k, v in ADD.items() if k != "entry_point"}, "entry_point"),
}


@pytest.mark.parametrize("name", sorted(BAD_PROBLEMS))
def test_bad_problems_are_refused_before_running(name, tmp_path):
    problem, words = BAD_PROBLEMS[name]
    with pytest.raises(ValueError, match=words):
        sandbox.execute("class Solution:\n    def add(self, a, b): return a + b\n", problem)
    (tmp_path / "sol.py").write_text("class Solution:\n    def add(self, a, b): return a + b\n")
    (tmp_path / "p.json").write_text(json.dumps(problem))
    out = cli(tmp_path / "sol.py", "--problem", tmp_path / "p.json")
    assert out.returncode != 0 and words in out.stderr and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1, out.stderr


def cli(*args):
    return subprocess.run([sys.executable, os.path.join(ROOT, "sandbox.py"), *map(str, args)], capture_output=True,
                          text=True, timeout=120)


def test_cli_refuses_bad_limits_and_files(tmp_path):
    (tmp_path / "sol.py").write_text("class Solution:\n    def add(self, a, b): return a + b\n")
    (tmp_path / "p.json").write_text(json.dumps(ADD))
    (tmp_path / "broken.json").write_text("{not json")
    for option in ("--timeout-s", "--repeats", "--memory-mb", "--case-multiply", "--max-procs",
                   "--output-limit-kb", "--sample-ms"):
        out = cli(tmp_path / "sol.py", "--problem", tmp_path / "p.json", option, "0")
        assert out.returncode != 0 and option in out.stderr and "Traceback" not in out.stderr, out.stderr
    out = cli(tmp_path / "sol.py", "--problem", tmp_path / "broken.json")
    assert out.returncode != 0 and "broken.json" in out.stderr and "Traceback" not in out.stderr
    with pytest.raises(ValueError, match="repeats"):
        sandbox.execute("def add(a, b): return a + b\n", ADD, repeats=0)
    helptext = cli("--help").stdout
    for words in ("seconds", "MB", "KB", "ms", "default"):
        assert words in helptext


def test_stdio_failure_message_quotes_outputs():
    res = run("print(7)\n", {"problem_id": "s", "io": "stdio", "tests": [{"input": "", "output": "3\n"}]})
    assert res.status == "failed" and "\n" not in res.error and "expected '3\\n', got '7\\n'" in res.error
