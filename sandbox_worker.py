"""sandbox_worker.py -- the fork server behind sandbox.py: isolation, measurement and the test harness.

You never run this file yourself: `sandbox.py` starts one worker process per parallel slot
(`python sandbox_worker.py`) and talks to it over stdin/stdout in length-prefixed JSON frames. It is kept apart
so that `sandbox.py` reads as "what a caller sees" and this file as "how a hostile program is contained".

    worker (pre-warmed, isolated once)  --fork-->  monitor (samples, enforces the wall limit)  --fork-->  runner

The worker never sees expected outputs: it receives the program and the test inputs, and answers with the
program's raw outputs and the kernel's measurements. `sandbox.py` judges. The isolation modes and what they
cover are listed in sandbox.py's docstring.
"""
import json
import os
import select
import struct
import sys
import time

# What LeetCode's Python environment pre-imports; solutions commonly rely on it.
PRELUDE = ("from typing import *\nimport collections, heapq, bisect, math, itertools, functools, string, re, "
           "operator, random\nfrom collections import *\nfrom heapq import *\nfrom bisect import *\n"
           "from itertools import *\nfrom functools import *\nfrom math import inf\n")
DONE = b'\n{"done": 1}\n'  # the harness's last record


def write_frame(f, obj):
    data = json.dumps(obj).encode()
    f.write(struct.pack("<I", len(data)) + data)
    f.flush()


def _read_exact(read, n):
    buf = b""
    while len(buf) < n:
        chunk = read(n - len(buf))
        if not chunk:
            return None
        buf += chunk
    return buf


def read_frame(read):
    head = _read_exact(read, 4)
    body = head and _read_exact(read, struct.unpack("<I", head)[0])
    return None if body is None else json.loads(body)


# ----------------------------------------------------------------------------------------------------------
# 3. The worker: isolates itself once, then forks a monitor per run. Runs as `python sandbox_worker.py`.
# ----------------------------------------------------------------------------------------------------------
CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC = 0x20000, 0x4000000, 0x8000000
CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = 0x10000000, 0x20000000, 0x40000000
PR_SET_PDEATHSIG, PR_SET_DUMPABLE, PR_SET_CHILD_SUBREAPER, PR_SET_NO_NEW_PRIVS = 1, 4, 36, 38
_libc = None


def _sys(ret):
    if ret != 0:
        import ctypes
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err))


def _isolate_worker():
    """Enter private namespaces and make the filesystem read-only but for wiped tmpfs. Returns (mode, proc_fd)."""
    global _libc
    import ctypes
    _libc = ctypes.CDLL(None, use_errno=True)
    _libc.mount.argtypes = [ctypes.c_char_p] * 3 + [ctypes.c_ulong, ctypes.c_char_p]
    _sys(_libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0))  # orphans come back to us, to be killed
    flags = CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS
    uid, gid = os.getuid(), os.getgid()
    try:
        if uid == 0:
            _sys(_libc.unshare(flags))
            mode = "root"
        else:
            _sys(_libc.unshare(flags | CLONE_NEWUSER))
            for name, text in (("setgroups", "deny"), ("uid_map", f"{uid} {uid} 1"), ("gid_map", f"{gid} {gid} 1")):
                with open(f"/proc/self/{name}", "w") as f:
                    f.write(text)
            mode = "userns"
    except OSError:
        return "none", os.open("/proc", os.O_RDONLY | os.O_DIRECTORY)
    MS_REC, MS_PRIVATE = 0x4000, 0x40000
    _sys(_libc.mount(None, b"/", None, MS_REC | MS_PRIVATE, None))  # our mounts never reach the host
    if mode == "root":
        _expose_interpreter(MS_REC)
    proc_fd = os.open("/proc", os.O_RDONLY | os.O_DIRECTORY)      # the monitor keeps /proc through this fd

    class MountAttr(ctypes.Structure):
        _fields_ = [("attr_set", ctypes.c_uint64), ("attr_clr", ctypes.c_uint64),
                    ("propagation", ctypes.c_uint64), ("userns_fd", ctypes.c_uint64)]
    MOUNT_ATTR_RDONLY, AT_RECURSIVE, SYS_mount_setattr, AT_FDCWD = 1, 0x8000, 442, -100
    for path, attr, how in ((b"/", MountAttr(MOUNT_ATTR_RDONLY, 0, 0, 0), AT_RECURSIVE),   # everything read-only,
                            (b"/proc", MountAttr(0, MOUNT_ATTR_RDONLY, 0, 0), 0)):       # but proc (clear_refs)
        _sys(_libc.syscall(SYS_mount_setattr, AT_FDCWD, path, how, ctypes.byref(attr), ctypes.sizeof(attr)))
    for path in (b"/tmp", b"/var/tmp", b"/dev/shm", b"/proc"):
        if os.path.isdir(path):
            opts = b"size=256m,mode=1777" if path != b"/proc" else b"size=4k,mode=555"
            _sys(_libc.mount(b"tmpfs", path, b"tmpfs", 0, opts))
    return mode, proc_fd


def _expose_interpreter(MS_REC, MS_BIND=0x1000):
    """The throw-away uid must read Python and its libraries. Where they sit under a directory it cannot enter
    (say /root, mode 700), cover that directory with an empty tmpfs and bind back only the entries Python needs;
    the rest of it (keys, tokens, caches) stays out of sight."""
    blocked = {}
    for path in {sys.prefix, sys.base_prefix, os.path.dirname(os.path.realpath(sys.executable)), *sys.path}:
        if not path or not os.path.exists(path):
            continue
        parts = os.path.realpath(path).strip("/").split("/")
        for i in range(1, len(parts)):
            parent = "/" + "/".join(parts[:i])
            if not os.stat(parent).st_mode & 0o001:  # others may not enter it
                blocked.setdefault(parent, set()).add(parts[i])
                break
    for parent, names in blocked.items():
        fds = {name: os.open(os.path.join(parent, name), os.O_PATH) for name in names}
        _sys(_libc.mount(b"tmpfs", parent.encode(), b"tmpfs", 0, b"mode=755,size=64k"))
        for name, fd in fds.items():
            target, source = os.path.join(parent, name), f"/proc/self/fd/{fd}"
            os.mkdir(target) if os.path.isdir(source) else open(target, "w").close()
            _sys(_libc.mount(source.encode(), target.encode(), None, MS_BIND | MS_REC, None))
            os.close(fd)


def _worker_main():
    import ctypes, fcntl, gc, io, resource, shutil, signal, tempfile  # noqa: E401,F401  (the forks use them)
    mode, proc_fd = _isolate_worker()
    proc_fd = fcntl.fcntl(proc_fd, fcntl.F_DUPFD, 64)  # far from fds 0-3, which the runner rewires
    prelude = {}
    exec(PRELUDE, prelude)  # import once here, so the imports cost no run any time
    gc.collect()
    gc.freeze()  # a collection in a fork would write to every object's header: copy-on-write of the whole heap
    read, out = sys.stdin.buffer.read, sys.stdout.buffer
    write_frame(out, {"mode": mode})
    while (job := read_frame(read)) is not None:
        runs = [_run_once(job, mode, proc_fd, prelude) for _ in range(job["limits"]["repeats"])]
        write_frame(out, {"runs": runs})


def _kill_descendants(proc_fd):
    """Kill every process that was re-parented to us (we are a subreaper) and reap it."""
    me = os.getpid()
    for _ in range(1000):
        try:
            fd = os.open(f"{me}/task/{me}/children", os.O_RDONLY, dir_fd=proc_fd)
            kids = [int(p) for p in os.read(fd, 65536).split()]
            os.close(fd)
        except OSError:
            kids = []
        if not kids:
            return
        for pid in kids:
            for kill in (lambda: os.killpg(pid, 9), lambda: os.kill(pid, 9)):
                try:
                    kill()
                except OSError:
                    pass
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass


def _wipe(path):
    import shutil
    for entry in os.scandir(path):
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)
        else:
            try:
                os.unlink(entry.path)
            except OSError:
                pass


def _run_once(job, mode, proc_fd, prelude):
    import tempfile
    tmp = tempfile.mkdtemp(prefix="run-", dir="/tmp")
    uid = 1_000_000 + os.getpid() if mode == "root" else os.getuid()
    if mode == "root":
        os.chown(tmp, uid, uid)
    rfd, wfd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the monitor
        os.close(rfd)
        try:
            result = _monitor(job, mode, uid, tmp, proc_fd, prelude)
        except BaseException as e:  # a bug of ours, never the program's
            result = {"sandbox_error": f"monitor: {type(e).__name__}: {e}"}
        data = json.dumps(result).encode()
        while data:
            data = data[os.write(wfd, data):]
        os._exit(0)
    os.close(wfd)
    chunks = []
    while chunk := os.read(rfd, 1 << 20):
        chunks.append(chunk)
    os.close(rfd)
    os.waitpid(pid, 0)
    _kill_descendants(proc_fd)
    if mode == "none":
        import shutil
        shutil.rmtree(tmp, ignore_errors=True)
    else:  # private tmpfs mounts: wipe everything a run could have left for the next one
        for path in ("/tmp", "/var/tmp", "/dev/shm"):
            if os.path.isdir(path):
                _wipe(path)
    try:
        return json.loads(b"".join(chunks))
    except ValueError:
        return {"sandbox_error": "monitor died without a result"}


def _monitor(job, mode, uid, tmp, proc_fd, prelude):
    """Fork the runner in a fresh PID namespace; sample it; enforce the wall limit; collect its records."""
    lim = job["limits"]
    _libc.prctl(PR_SET_PDEATHSIG, 9, 0, 0, 0)
    if mode != "none":
        _sys(_libc.unshare(CLONE_NEWPID))  # our first child becomes PID 1: when it dies, the kernel kills the rest
    rfd, wfd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(rfd)
        _runner(job, mode, uid, tmp, proc_fd, wfd, prelude)  # never returns
    os.close(wfd)
    t0 = time.monotonic()
    deadline, period = t0 + lim["timeout_s"], lim["sample_ms"] / 1000
    cap = lim["output_limit_kb"] * 1024 * max(1, lim["case_multiply"]) * 4 + (1 << 20)
    statm = os.open(f"{pid}/statm", os.O_RDONLY, dir_fd=proc_fd)
    sched = os.open(f"{pid}/schedstat", os.O_RDONLY, dir_fd=proc_fd)
    page_kb = os.sysconf("SC_PAGE_SIZE") // 1024
    samples, buf, eof, status, rusage, flags, first_sample = [], bytearray(), False, None, None, {}, None
    while status is None:
        ready = select.select([] if eof else [rfd], [], [], period)[0]
        try:  # (cpu_ns, anonymous KB, file-backed KB); procfs regenerates the text on every pread at offset 0
            pages = os.pread(statm, 64, 0).split()
            rss, shared = int(pages[1]) * page_kb, int(pages[2]) * page_kb
            samples.append((int(os.pread(sched, 64, 0).split()[0]), rss - shared, shared))
        except (OSError, IndexError, ValueError):
            pass
        if ready and "end_cpu_ns" not in flags:
            chunk = os.read(rfd, 1 << 20)
            eof, seen = not chunk, max(0, len(buf) - len(DONE))
            buf += chunk
            if first_sample is None and b"\n" in buf:
                first_sample = len(samples)  # samples from here on were taken after the baseline
            if len(buf) > cap:
                flags["output_limit"], flags["why"] = True, f"the program wrote over {cap // 1024} KB of results"
            end = buf.find(DONE, seen)
            if end >= 0 and "end_cpu_ns" not in flags:
                # The harness sleeps after its last record; once it is off the CPU the kernel's count is exact
                # and excludes the exit's teardown. Records after a (possibly forged) "done" are dropped.
                _wait_off_cpu(pid, proc_fd)
                flags["end_cpu_ns"], buf = int(os.pread(sched, 64, 0).split()[0]), buf[:end + len(DONE)]
        if time.monotonic() > deadline and "end_cpu_ns" not in flags:
            flags["timeout"], flags["why"] = True, f"wall time over {lim['timeout_s']} s"
        if flags:
            os.kill(pid, 9)
        got, st, ru = os.wait4(pid, 0 if flags else os.WNOHANG)
        if got:
            status, rusage = st, ru
    wall_ms = (time.monotonic() - t0) * 1000
    while not eof and "end_cpu_ns" not in flags and (chunk := os.read(rfd, 1 << 20)):  # last words before exit
        buf += chunk
    os.close(statm), os.close(sched), os.close(rfd)
    return _summarise(bytes(buf[:cap]), samples[first_sample or 0:], status, rusage, wall_ms, flags, lim)


def _wait_off_cpu(pid, proc_fd, tries=200):
    """Wait (at most ~50 ms) until the runner is not running: schedstat only counts a slice when it ends."""
    for _ in range(tries):
        try:
            fd = os.open(f"{pid}/stat", os.O_RDONLY, dir_fd=proc_fd)
            state = os.read(fd, 512).rsplit(b")", 1)[1].split()[0]
            os.close(fd)
        except (OSError, IndexError):
            return
        if state != b"R":
            return
        time.sleep(0.00025)


def _summarise(buf, samples, status, rusage, wall_ms, flags, lim):
    import signal
    first = buf.find(b"\n")
    try:
        start = json.loads(buf[:first])  # written by the harness before any untrusted code ran: trusted
    except ValueError:
        return {"sandbox_error": "the runner failed before the program started"}
    if "compile_error" in start:
        return {"compile_error": start["compile_error"]}
    if "setup_error" in start:
        return {"sandbox_error": f"runner setup: {start['setup_error']}"}
    outputs, errors, inconsistent = {}, {}, None
    done, pos = buf.endswith(DONE), first + 1
    while pos < len(buf):  # anything malformed is skipped: garbage on the pipe cannot make a test pass
        end = buf.find(b"\n", pos)
        end = len(buf) if end < 0 else end
        line, pos = buf[pos:end], end + 1
        try:
            rec = json.loads(line) if line.strip() else {}
            if "err" in rec:
                errors.setdefault(int(rec["t"]), str(rec["err"])[:300])
            elif "t" in rec:
                k = int(rec["t"])
                if "n" in rec:  # raw stdout bytes follow
                    out, pos = buf[pos:pos + int(rec["n"])].decode(errors="replace"), pos + int(rec["n"])
                else:  # one line of JSON text follows
                    end = buf.find(b"\n", pos)
                    end = len(buf) if end < 0 else end
                    out, pos = buf[pos:end].decode(errors="replace"), end + 1
                if k in outputs and outputs[k] != out and inconsistent is None:
                    inconsistent = k
                outputs.setdefault(k, out)
        except (ValueError, KeyError, TypeError, AttributeError):
            continue
    finished = flags.pop("end_cpu_ns", None)
    sig = os.WTERMSIG(status) if os.WIFSIGNALED(status) and finished is None else None
    if sig == signal.SIGXCPU:
        flags.setdefault("timeout", True), flags.setdefault("why", "CPU time limit exceeded")
    if sig == signal.SIGXFSZ:
        flags.setdefault("output_limit", True)
        flags.setdefault("why", f"output over {lim['output_limit_kb']} KB")
    end_ns = finished if finished is not None else (rusage.ru_utime + rusage.ru_stime) * 1e9
    cpu_ms = (end_ns - start["cpu_ns"]) / 1e6
    # Memory is anonymous memory (heap, stacks): file-backed pages of the interpreter and its libraries fault in
    # as new code paths run, and would add noise unrelated to the program's data. The kernel's exact peak RSS
    # includes them, so it gives the anonymous peak as peak RSS - file pages at the end (they only grow);
    # the 1 ms samples give it directly. The larger of the two wins.
    base, last_file = start["anon_kb"], (samples[-1][2] if samples else start["file_kb"])
    peak = max([rusage.ru_maxrss - last_file] + [anon for _, anon, _ in samples]) - base
    # integral over CPU time, trapezoid rule; the tail after the last sample uses the last RSS seen
    pts = [(c, max(0, anon - base)) for c, anon, _ in samples if c >= start["cpu_ns"]]
    pts = [(start["cpu_ns"], 0)] + pts + [(start["cpu_ns"] + cpu_ms * 1e6, pts[-1][1] if pts else 0)]
    integral = sum((c1 - c0) / 1e6 * (m0 + m1) / 2 for (c0, m0), (c1, m1) in zip(pts, pts[1:]) if c1 > c0)
    if (sig is not None or errors or not done) and not flags and peak >= 0.9 * lim["memory_mb"] * 1024:
        flags["memory"], flags["why"] = True, f"failed at {peak / 1024:.0f} MB, near the {lim['memory_mb']} MB limit"
    exit_desc = (f"killed by {signal.Signals(sig).name}" if sig else f"exit code {os.WEXITSTATUS(status)}")
    return dict(flags, outputs=outputs, errors=errors, done=done, inconsistent=inconsistent, exit=exit_desc,
                time_ms=max(0.0, cpu_ms), memory_kb=max(0, peak), integral_kb_ms=integral, wall_ms=wall_ms)


# ----------------------------------------------------------------------------------------------------------
# 4. The runner: the only process that holds untrusted code. Drops privileges, sets limits, runs the tests.
# ----------------------------------------------------------------------------------------------------------
def _runner(job, mode, uid, tmp, proc_fd, wfd, prelude):
    import io
    import resource
    try:
        lim = job["limits"]
        _libc.prctl(PR_SET_PDEATHSIG, 9, 0, 0, 0)
        if mode == "root":  # a throw-away uid: no capabilities, nothing to signal, RLIMIT_NPROC applies
            os.setgroups([])
            os.setresgid(uid, uid, uid)
            os.setresuid(uid, uid, uid)
        elif mode == "userns":
            _drop_capabilities()
        os.setsid()  # a process group of its own: kill(0, ...) must not reach the worker or the caller
        _libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
        _libc.prctl(PR_SET_DUMPABLE, 1, 0, 0, 0)  # keep /proc/self ours after setuid (for clear_refs)
        os.chdir(tmp)
        os.environ.clear()
        os.environ.update(HOME=tmp, PATH="/usr/bin:/bin", LANG="C.UTF-8", TMPDIR=tmp)
        os.dup2(wfd, 3)
        null = os.open("/dev/null", os.O_RDWR)
        os.dup2(null, 0), os.dup2(null, 2)
        os.dup2(os.open(".stdout", os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600), 1)
        stdio = job["io"] == "stdio"
        inputs = job["inputs_json"]
        passes = [json.loads(inputs) for _ in range(max(1, lim["case_multiply"]))]  # parsed before the clock
        if stdio:
            for k, text in enumerate(passes[0]):
                with open(f".in{k}", "w") as f:
                    f.write(text)
        try:
            compiled = compile(job["code"], "solution.py", "exec")
        except (SyntaxError, ValueError) as e:
            line = f" (line {e.lineno})" if getattr(e, "lineno", None) else ""
            _emit({"compile_error": f"{type(e).__name__}: {e.msg if hasattr(e, 'msg') else e}{line}"})
            os._exit(0)
        # The baseline. First hand free heap pages back to the kernel: memory freed earlier (parsing, buffers)
        # would otherwise be reused by the program without any growth of RSS, and hide its allocations.
        # Then reset the kernel's peak-RSS mark and read RSS, seal /proc and lower the limits.
        _libc.malloc_trim(0)
        fd = os.open("self/clear_refs", os.O_WRONLY, dir_fd=proc_fd)
        os.write(fd, b"5"), os.close(fd)
        fd = os.open("self/statm", os.O_RDONLY, dir_fd=proc_fd)
        vm_pages, rss_pages, file_pages = [int(x) for x in os.read(fd, 64).split()[:3]]
        os.close(fd)
        os.closerange(4, resource.getrlimit(resource.RLIMIT_NOFILE)[0])
        page = os.sysconf("SC_PAGE_SIZE")
        cpu_s = int(lim["timeout_s"]) + 1
        nproc = lim["max_procs"] if mode == "root" else lim["max_procs"] + _procs_of_uid(mode)
        for res, value in ((resource.RLIMIT_AS, vm_pages * page + lim["memory_mb"] * 2**20),
                           (resource.RLIMIT_CPU, cpu_s), (resource.RLIMIT_FSIZE, lim["output_limit_kb"] * 1024),
                           (resource.RLIMIT_NOFILE, 64), (resource.RLIMIT_CORE, 0), (resource.RLIMIT_NPROC, nproc)):
            resource.setrlimit(res, (value, value + (1 if res == resource.RLIMIT_CPU else 0)))
        sys.setrecursionlimit(100_000)
        import signal
        signal.signal(signal.SIGXFSZ, signal.SIG_DFL)  # Python ignores it; we want a flood to end the process
        _emit({"cpu_ns": time.clock_gettime_ns(time.CLOCK_PROCESS_CPUTIME_ID),
               "anon_kb": (rss_pages - file_pages) * page // 1024, "file_kb": file_pages * page // 1024})
    except BaseException as e:
        os.write(wfd, (json.dumps({"setup_error": _describe(e)}) + "\n").encode())
        os._exit(1)
    # ---- from here on, untrusted code shares this process: nothing below is believed by the monitor ----
    g = dict(prelude if not stdio else {}, __name__="__main__", __builtins__=__builtins__)
    if not stdio:
        try:
            exec(compiled, g)
            cls = g.get("Solution")
            entry = job["entry_point"]
            if not (cls and hasattr(cls, entry)) and not callable(g.get(entry)):
                raise NameError(f"no method Solution.{entry} and no function {entry}")
        except BaseException as e:
            _emit({"t": -1, "err": _describe(e)}), _write(DONE)
            time.sleep(3600)
    for tests in passes:
        for k, args in enumerate(tests):
            try:
                if stdio:
                    fd = os.open(f".in{k}", os.O_RDONLY)
                    os.dup2(fd, 0), os.close(fd)
                    sys.stdin = sys.__stdin__ = io.TextIOWrapper(io.FileIO(0, "r", closefd=False))
                    sys.stdout = sys.__stdout__ = io.TextIOWrapper(io.FileIO(1, "w", closefd=False))
                    try:
                        exec(compiled, dict(g))
                    except SystemExit:
                        pass
                    sys.stdout.flush()
                    _emit_stdout(k)
                else:
                    fn = getattr(cls(), entry) if cls and hasattr(cls, entry) else g[entry]
                    _emit_json(k, fn(*args))
            except BaseException as e:
                _write(b"\n")  # ends a record cut short by the error
                _emit({"t": k, "err": _describe(e)})
    _write(DONE)
    while True:  # wait to be killed: the monitor reads our CPU clock now, so exit teardown is not billed
        time.sleep(60)


# Records on fd 3 are lines of JSON; an output follows its header line. Outputs are streamed in small pieces,
# so that the copies made to send them add little to the peak memory and time billed to the program.
def _write(data):
    while data:
        data = data[os.write(3, data):]


def _emit(record):
    _write((json.dumps(record) + "\n").encode())


def _emit_json(k, value, chunk=2048):
    """A call's return value: header, then its JSON text (which never holds a raw newline), then a newline."""
    _emit({"t": k, "json": 1})
    if type(value) is list and len(value) > chunk:
        _write(b"[")
        for i in range(0, len(value), chunk):
            _write((("," if i else "") + json.dumps(value[i:i + chunk])[1:-1]).encode())
        _write(b"]\n")
    else:
        _write((json.dumps(value) + "\n").encode())


def _emit_stdout(k, chunk=1 << 16):
    """A program's stdout (in the file on fd 1): header with its size, then the raw bytes, 64 KB at a time."""
    size = os.fstat(1).st_size
    _emit({"t": k, "n": size})
    for offset in range(0, size, chunk):
        _write(os.pread(1, min(chunk, size - offset), offset))
    os.ftruncate(1, 0), os.lseek(1, 0, 0)


def _describe(e):
    return f"{type(e).__name__}: {e}"[:300]


def _procs_of_uid(mode):
    """In a user namespace RLIMIT_NPROC counts its own tasks: the worker and the monitor besides the runner."""
    return 2 if mode == "userns" else 64  # "none": only a loose cap is possible without namespaces


def _drop_capabilities():
    import ctypes

    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]
    data = (ctypes.c_uint32 * 6)()  # effective, permitted, inheritable x 2 words, all zero
    _sys(_libc.capset(ctypes.byref(Header(0x20080522, 0)), data))
    PR_CAPBSET_DROP = 24
    for cap in range(64):
        _libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0)


if __name__ == "__main__":
    _worker_main()
