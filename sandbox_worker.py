"""sandbox_worker.py -- the fork server behind sandbox.py: isolation, measurement and the test harness.

You never run this file yourself: `sandbox.py` starts one worker process per parallel slot
(`python sandbox_worker.py`) and talks to it over stdin/stdout in length-prefixed JSON frames. It is kept apart
so that `sandbox.py` reads as "what a caller sees" and this file as "how a hostile program is contained".

    worker (pre-warmed, isolated once)  --fork-->  monitor (trusted: asks, counts, bills)  --fork-->  runner

Sections: 1. frames between caller and worker; 2. the worker and its isolation (namespaces, a minimal root);
3. the monitor, which drives the runner test by test and takes the kernel's measurements; 4. the runner, the
only process that holds untrusted code. The isolation modes and what they cover are listed in sandbox.py's
docstring.

The runner and the program share one process, so the program can do anything the harness can: write to the
result pipe, read the request pipe, patch the harness. No secret kept in that process would stay secret. So
nothing the runner says is believed except its first record, which it writes before any untrusted code runs
(the CPU clock and memory at the start). After that the monitor keeps the protocol: it sends one request
(pass p, test k) at a time and takes exactly one well-formed answer to exactly that request, in order; any other
byte on the result pipe fails the run. A program that speaks the protocol itself gains nothing: its answers
are judged like any others, and the monitor bills, from the kernel's clocks, every nanosecond of CPU its
process tree used up to its last answer. The monitor never sees expected outputs either: sandbox.py judges.
"""
import ctypes
import fcntl
import gc
import io
import json
import os
import resource
import select
import shutil
import signal
import struct
import sys
import tempfile
import time

# The paper's Venus harness template puts these names in scope before the solution (LeetCode starter code
# uses `List[int]`; many human solutions use a bare `Counter` or `heappush`).
VENUS_PRELUDE = (
    "import io, re, itertools, collections, heapq, bisect, string, sys, functools, math, copy, unittest\n"
    "from math import floor, ceil, factorial, sqrt, inf\n"
    "from sys import maxsize, stdin\n"
    "from bisect import bisect_left, bisect_right\n"
    "from itertools import permutations, zip_longest\n"
    "from heapq import heappush, heappop, heapify\n"
    "from collections import deque, defaultdict, OrderedDict, Counter\n"
    "from typing import List, Optional, Tuple\n"
    "from functools import lru_cache, cache\n")
# io "call" (our LeetCode-style problems): everything above, plus what LeetCode's own Python environment has.
# typing comes first so that collections' Counter/OrderedDict/deque win over typing's aliases of the same name.
PRELUDE = ("from typing import *\n" + VENUS_PRELUDE + "import operator, random\nfrom collections import *\n"
           "from heapq import *\nfrom bisect import *\nfrom itertools import *\nfrom functools import *\n")
PRELUDES = {"call": PRELUDE, "venus": VENUS_PRELUDE}
REQUEST = struct.Struct("<ii")  # monitor -> runner: (pass, test)
RESULT_FD, REQUEST_FD = 3, 4    # the runner's two channels to the monitor; every other descriptor is closed


# ----------------------------------------------------------------------------------------------------------
# 1. Frames: the caller and the worker speak length-prefixed JSON over the worker's stdin/stdout.
# ----------------------------------------------------------------------------------------------------------
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
# 2. The worker: isolates itself once, then forks a monitor per run. Runs as `python sandbox_worker.py`.
# ----------------------------------------------------------------------------------------------------------
CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC = 0x20000, 0x4000000, 0x8000000
CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = 0x10000000, 0x20000000, 0x40000000
PR_SET_PDEATHSIG, PR_SET_DUMPABLE, PR_SET_CHILD_SUBREAPER, PR_SET_NO_NEW_PRIVS = 1, 4, 36, 38
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_BIND, MS_REC, MS_PRIVATE = 0x1, 0x2, 0x4, 0x1000, 0x4000, 0x40000
MNT_DETACH, MOUNT_ATTR_RDONLY, AT_RECURSIVE = 0x2, 0x1, 0x8000
SYSCALLS = {"x86_64": {"pivot_root": 155, "mount_setattr": 442}, "aarch64": {"pivot_root": 41, "mount_setattr": 442}}
SCRATCH_MB = 256  # the run's /tmp (also its cwd, /var/tmp and /dev/shm): a tmpfs wiped after every run
KEPT_IN_SCRATCH = []  # read-only folders inside the scratch /tmp that hold the interpreter (a checkout in /tmp)
DEV_NODES = ("null", "zero", "full", "random", "urandom")
_libc = ctypes.CDLL(None, use_errno=True)
_libc.mount.argtypes = [ctypes.c_char_p] * 3 + [ctypes.c_ulong, ctypes.c_char_p]


class _MountAttr(ctypes.Structure):
    _fields_ = [("attr_set", ctypes.c_uint64), ("attr_clr", ctypes.c_uint64),
                ("propagation", ctypes.c_uint64), ("userns_fd", ctypes.c_uint64)]


def _sys(ret):
    if ret != 0:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err))


def _mount(source, target, fstype=None, flags=0, options=None):
    enc = lambda s: s.encode() if isinstance(s, str) else s
    _sys(_libc.mount(enc(source), enc(target), enc(fstype), flags, enc(options)))


def _syscall(name, *args):
    _sys(_libc.syscall(SYSCALLS[os.uname().machine][name], *args))


def _isolate_worker():
    """Enter private namespaces and switch to a minimal root. Returns (mode, proc_fd)."""
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
    _mount(None, "/", None, MS_REC | MS_PRIVATE)  # our mounts never reach the host
    proc_fd = os.open("/proc", os.O_RDONLY | os.O_DIRECTORY)  # the monitor keeps the host's /proc through this
    _enter_minimal_root(_interpreter_dirs())
    return mode, proc_fd


def _interpreter_dirs():
    """What the forked interpreter may still need to read: its prefixes (stdlib, lib-dynload, site-packages)
    and the system's shared libraries, which extension modules load (libffi, libssl, libz, ...). Nothing else:
    a sys.path entry outside the prefixes (an editable install, the checkout) is left out on purpose."""
    prefixes = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}
    libs = ("/usr/lib", "/usr/lib64", "/lib", "/lib64", "/lib32")
    dirs = sorted({p for p in prefixes | set(libs) if os.path.isdir(p) and not os.path.islink(p)})
    return [d for d in dirs if not any(d.startswith(e + "/") for e in dirs)]  # nested: the outer one is enough


def _enter_minimal_root(dirs):
    """A fresh tmpfs becomes /: the interpreter's dirs and a few /dev nodes are bind-mounted into it, and the whole
    tree is made read-only; then a scratch tmpfs goes on /tmp. The checkout, its .cache/, the HF cache, $HOME
    and the caller's temp files are simply not in this tree, so no permission bit or uid decides what a program
    can read. pivot_root (not chroot) detaches the old root from this mount namespace entirely."""
    # Open every source first: the new root is mounted on /tmp, which may hide some of them.
    sources = [(d, os.open(d, os.O_PATH)) for d in dirs]
    sources += [(f"/dev/{n}", os.open(f"/dev/{n}", os.O_PATH)) for n in DEV_NODES if os.path.exists(f"/dev/{n}")]
    if os.path.exists("/etc/ld.so.cache"):
        sources.append(("/etc/ld.so.cache", os.open("/etc/ld.so.cache", os.O_PATH)))
    # An interpreter that lives under /tmp (a venv in a checkout cloned to /tmp) sits where the scratch tmpfs goes:
    # it is bound inside the scratch, after that mount, and made read-only on its own.
    under_tmp = [(path, fd) for path, fd in sources if path.startswith("/tmp/")]
    sources = [source for source in sources if source not in under_tmp]
    new = "/tmp"
    _mount("tmpfs", new, "tmpfs", MS_NOSUID | MS_NODEV, "mode=755,size=1m")
    for name in ("lib", "lib64", "lib32", "bin", "sbin"):  # merged /usr: keep /lib -> usr/lib for the loader
        if os.path.islink("/" + name):
            os.symlink(os.readlink("/" + name), f"{new}/{name}")
    for path, fd in sources:
        _bind(fd, new + path)
    for path in ("proc", "var", "dev", "tmp"):
        os.makedirs(f"{new}/{path}", mode=0o755, exist_ok=True)
    os.symlink("/tmp", f"{new}/var/tmp")
    os.symlink("/tmp", f"{new}/dev/shm")
    _read_only(new)
    _mount("tmpfs", f"{new}/tmp", "tmpfs", MS_NOSUID | MS_NODEV, f"size={SCRATCH_MB}m,mode=1777")
    for path, fd in under_tmp:
        _bind(fd, new + path)
        # the folders on the way (/tmp/<checkout>) are scratch folders: bind the top one onto itself and make it
        # read-only too, so that a run can neither write beside the interpreter nor move it away from the next run
        top = "/tmp/" + path.split("/")[2]
        if top not in KEPT_IN_SCRATCH:
            _mount(new + top, new + top, None, MS_BIND | MS_REC)
            _read_only(new + top)
            KEPT_IN_SCRATCH.append(top)
    os.chdir(new)
    _syscall("pivot_root", b".", b".")        # the new root stacks on top of the old one...
    _sys(_libc.umount2(b".", MNT_DETACH))     # ...which is then detached from this namespace
    os.chdir("/")


def _bind(fd, target):
    """Bind-mount the file or folder open as `fd` on `target`, creating the mount point."""
    os.makedirs(os.path.dirname(target), mode=0o755, exist_ok=True)
    if os.path.isdir(f"/proc/self/fd/{fd}"):
        os.makedirs(target, mode=0o755, exist_ok=True)
    else:
        open(target, "w").close()
    _mount(f"/proc/self/fd/{fd}", target, None, MS_BIND | MS_REC)
    os.close(fd)


def _read_only(path):
    """Make the mount tree at `path` read-only, every mount under it included."""
    ro = _MountAttr(MOUNT_ATTR_RDONLY, 0, 0, 0)
    _syscall("mount_setattr", -100, path.encode(), AT_RECURSIVE, ctypes.byref(ro), ctypes.sizeof(ro))


def _worker_main():
    os.umask(0o022)  # the minimal root's folders must be readable by the runner's throw-away uid
    mode, proc_fd = _isolate_worker()
    proc_fd = fcntl.fcntl(proc_fd, fcntl.F_DUPFD, 64)  # far from fds 0-4, which the runner rewires
    preludes = {}
    for kind, text in PRELUDES.items():
        preludes[kind] = {}
        exec(text, preludes[kind])  # import once here, so that the imports cost no run any time
    gc.collect()
    gc.freeze()  # a collection in a fork would write to every object's header: copy-on-write of the whole heap
    read, out = sys.stdin.buffer.read, sys.stdout.buffer
    write_frame(out, {"mode": mode})
    while (job := read_frame(read)) is not None:
        runs = [_run_once(job, mode, proc_fd, preludes) for _ in range(job["limits"]["repeats"])]
        write_frame(out, {"runs": runs})


def _kill_descendants(proc_fd):
    """Kill every process that was re-parented to us (we are a subreaper) and reap it."""
    me = os.getpid()
    for _ in range(1000):
        kids = _children(me, proc_fd)
        if not kids:
            return
        for pid in kids:
            for kill in (os.killpg, os.kill):
                try:
                    kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass


def _children(pid, proc_fd):
    """Child processes of every thread of `pid`, from /proc (empty when it is gone)."""
    kids = []
    try:
        fd = os.open(f"{pid}/task", os.O_RDONLY | os.O_DIRECTORY, dir_fd=proc_fd)
        tids = os.listdir(fd)
        os.close(fd)
    except OSError:
        return kids
    for tid in tids:
        try:
            fd = os.open(f"{pid}/task/{tid}/children", os.O_RDONLY, dir_fd=proc_fd)
            kids += [int(p) for p in os.read(fd, 65536).split()]
            os.close(fd)
        except OSError:
            pass
    return kids


def _wipe(path):
    for entry in os.scandir(path):
        if entry.path in KEPT_IN_SCRATCH:  # an interpreter under /tmp, read-only (see _enter_minimal_root)
            continue
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)
        else:
            try:
                os.unlink(entry.path)
            except OSError:
                pass


def _run_once(job, mode, proc_fd, preludes):
    tmp = tempfile.mkdtemp(prefix="run-", dir="/tmp")
    uid = 1_000_000 + os.getpid() if mode == "root" else os.getuid()
    if mode == "root":
        os.chown(tmp, uid, uid)
    rfd, wfd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the monitor
        os.close(rfd)
        try:
            result = _monitor(job, mode, uid, tmp, proc_fd, preludes)
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
        shutil.rmtree(tmp, ignore_errors=True)
    else:  # the private scratch tmpfs: wipe everything a run could have left for the next one
        _wipe("/tmp")
    try:
        return json.loads(b"".join(chunks))
    except ValueError:
        return {"sandbox_error": "monitor died without a result"}


# ----------------------------------------------------------------------------------------------------------
# 3. The monitor: starts the runner, asks it for one test at a time, samples it, bills it, kills it.
# ----------------------------------------------------------------------------------------------------------
def _cpu_clock(pid):
    """The kernel's CPU clock of a whole process (all its threads, live and dead), readable by its parent:
    clock id = MAKE_PROCESS_CPUCLOCK(pid, CPUCLOCK_SCHED). Exact to the nanosecond, even while it runs."""
    return (~pid << 3) | 2


class _Bill:
    """CPU time of the runner's whole process tree, from the kernel's clocks. Every descendant is seen at each
    sample and billed what its clock last said, so a child that exits (even one nobody waits for) still costs."""

    def __init__(self, pid, proc_fd, track_children):
        self.pid, self.proc_fd, self.track = pid, proc_fd, track_children
        self.seen, self.gone = {}, 0  # descendant pid -> its last clock reading; the clocks of finished ones

    def now_ns(self):
        total = time.clock_gettime_ns(_cpu_clock(self.pid))
        if self.track:
            todo = _children(self.pid, self.proc_fd)
            while todo:
                kid = todo.pop()
                try:
                    ns = time.clock_gettime_ns(_cpu_clock(kid))
                except OSError:
                    continue
                if ns < self.seen.get(kid, 0):  # the pid was reused by a new process
                    self.gone += self.seen[kid]
                self.seen[kid] = ns
                todo += _children(kid, self.proc_fd)
        return total + self.gone + sum(self.seen.values())


def _monitor(job, mode, uid, tmp, proc_fd, preludes):
    """Fork the runner in a fresh PID namespace; drive it test by test; sample it; enforce the wall limit."""
    lim = job["limits"]
    _libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    _libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)  # no ptrace, no process_vm_writev into us, even from our own uid
    if mode != "none":
        _sys(_libc.unshare(CLONE_NEWPID))  # our first child becomes PID 1: when it dies, the kernel kills the rest
    result_r, result_w = os.pipe()
    request_r, request_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(result_r)
        os.close(request_w)
        _runner(job, mode, uid, tmp, proc_fd, result_w, request_r, preludes)  # never returns
    os.close(result_w)
    os.close(request_r)
    n_tests, n_passes = len(json.loads(job["inputs_json"])), max(1, lim["case_multiply"])
    protocol = _Protocol(n_tests, n_passes, lim["output_limit_kb"] * 1024)
    bill = _Bill(pid, proc_fd, track_children=lim["max_procs"] > 1)
    t0 = time.monotonic()
    deadline, period = t0 + lim["timeout_s"], lim["sample_ms"] / 1000
    cap = lim["output_limit_kb"] * 1024 * n_passes * 4 + (1 << 20)
    status_fd = os.open(f"{pid}/status", os.O_RDONLY, dir_fd=proc_fd)
    scratch = "/tmp" if mode != "none" else None  # "none": /tmp is the host's, shared with everyone
    samples, received, eof, status, rusage, flags, first_sample = [], 0, False, None, None, {}, None
    while status is None:
        ready = select.select([] if eof else [result_r], [], [], period)[0]
        try:  # (cpu_ns of the tree, the program's memory KB, file-backed KB)
            memory_kb, file_kb = _memory_kb(status_fd, scratch)
            samples.append((bill.now_ns(), memory_kb, file_kb))
        except (OSError, IndexError, ValueError):
            pass
        if ready and "end_cpu_ns" not in flags:
            chunk = os.read(result_r, 1 << 20)
            eof, received = not chunk, received + len(chunk)
            if received > cap:
                flags["output_limit"] = True
                flags["why"] = f"the program wrote over {cap // 1024} KB of results"
            else:
                for request in protocol.feed(chunk):
                    try:
                        os.write(request_w, REQUEST.pack(*request))
                    except BrokenPipeError:  # the runner is gone (or closed its end); wait4 tells us how
                        pass
                if first_sample is None and protocol.start is not None:
                    first_sample = len(samples)  # samples from here on were taken after the baseline
                if protocol.finished:
                    # The harness now blocks reading the next request; once it is off the CPU, the clock holds
                    # exactly the work up to its last answer (exit teardown is not billed: we kill it after).
                    _wait_off_cpu(pid, proc_fd)
                    flags["end_cpu_ns"] = bill.now_ns()
        if time.monotonic() > deadline and "end_cpu_ns" not in flags:
            flags["timeout"] = True
            flags["why"] = f"wall time over {lim['timeout_s']} s"
        if flags or protocol.violation:
            os.kill(pid, signal.SIGKILL)
        got, st, ru = os.wait4(pid, 0 if (flags or protocol.violation) else os.WNOHANG)
        if got:
            status, rusage = st, ru
    wall_ms = (time.monotonic() - t0) * 1000
    if not eof and "end_cpu_ns" not in flags and not protocol.violation:
        os.set_blocking(result_r, False)  # last words before exit; never wait for a child that kept the pipe
        try:
            while chunk := os.read(result_r, 1 << 20):
                protocol.feed(chunk)
        except BlockingIOError:
            pass
    for fd in (status_fd, result_r, request_w):
        os.close(fd)
    return _summarise(protocol, samples[first_sample or 0:], status, rusage, wall_ms, flags, lim)


class _Protocol:
    """The monitor's side of the conversation. The runner's first line is its start record (trusted: written
    before any untrusted code). Then, for each request (pass p, test k), in order, exactly one answer:
        {"p": p, "t": k, "err": "..."}                        the test raised
        {"p": p, "t": k, "n": N} + N raw bytes                a stdio test's stdout
        {"p": p, "t": k, "json": 1} + JSON text + "\\n" + {"ok": 1} or {"err": "..."}   a call's return value
    and {"p": -1, "t": -1, "err": "..."} once, instead of the first answer, when the module raised at import.
    Bytes that are not the answer to the outstanding request -- a forged record, a second answer, anything
    written while no request is outstanding -- set `violation`, and the run fails."""

    def __init__(self, n_tests, n_passes, max_output):
        self.order = [(p, k) for p in range(n_passes) for k in range(n_tests)]
        self.max_output, self.buf, self.start, self.violation = max_output, bytearray(), None, None
        self.outputs, self.errors, self.inconsistent, self.answered = {}, {}, None, 0

    @property
    def finished(self):
        return self.start is not None and (self.answered == len(self.order) or -1 in self.errors
                                           or "cpu_ns" not in self.start)

    def feed(self, chunk):
        """Take bytes from the result pipe; return the requests to send now (none, or the next one)."""
        if self.violation or self.finished:
            return []
        self.buf += chunk
        requests = []
        if self.start is None:
            nl = self.buf.find(b"\n")
            if nl < 0:
                return []
            try:
                self.start = json.loads(self.buf[:nl])
            except ValueError:
                self.start = {"setup_error": "an unreadable start record"}
            del self.buf[:nl + 1]
            if self.finished:  # a compile or setup error: nothing to ask
                return []
            requests.append(self.order[0])
        if not self.buf:
            return requests
        try:
            answer = self._take_answer(*self.order[self.answered])
        except (ValueError, TypeError) as e:
            self.violation = f"the result channel carried bytes the harness did not send ({e})"
            return []
        if answer is None:
            return requests
        if self.buf:
            self.violation = "the result channel carried more than one answer to one request"
            return []
        return requests + ([] if self.finished else [self.order[self.answered]])

    def _take_answer(self, p, k):
        buf, nl = self.buf, self.buf.find(b"\n")
        if nl < 0:
            if len(buf) > 4096:
                raise ValueError("a header line over 4 KB")
            return None
        head = json.loads(buf[:nl])
        if type(head) is not dict:
            raise ValueError(f"the header {bytes(buf[:60])!r}")
        if (head.get("p"), head.get("t")) == (-1, -1) and self.answered == 0 and "err" in head:
            self.errors[-1] = str(head["err"])[:300]
            del buf[:nl + 1]
            return True
        if (head.get("p"), head.get("t")) != (p, k):
            raise ValueError(f"expected the answer to pass {p} test {k}, got {bytes(buf[:60])!r}")
        if "err" in head:
            return self._record(p, k, None, str(head["err"]), nl + 1)
        if type(head.get("n")) is int:
            if not 0 <= head["n"] <= self.max_output:
                raise ValueError(f"an output of {head['n']} bytes")
            if len(buf) < nl + 1 + head["n"]:
                return None
            return self._record(p, k, buf[nl + 1:nl + 1 + head["n"]], None, nl + 1 + head["n"])
        if head.get("json") != 1:
            raise ValueError(f"the header {bytes(buf[:60])!r}")
        end = buf.find(b"\n", nl + 1)
        trailer_end = buf.find(b"\n", end + 1) if end >= 0 else -1
        if trailer_end < 0:
            if len(buf) - nl > self.max_output + 4096:
                raise ValueError(f"an output over {self.max_output} bytes")
            return None
        trailer = json.loads(buf[end + 1:trailer_end])
        if trailer == {"ok": 1}:
            return self._record(p, k, buf[nl + 1:end], None, trailer_end + 1)
        if type(trailer) is dict and "err" in trailer:
            return self._record(p, k, None, str(trailer["err"]), trailer_end + 1)
        raise ValueError(f"the trailer {bytes(buf[end + 1:end + 61])!r}")

    def _record(self, p, k, out, err, used):
        if err is not None:
            self.errors.setdefault(k, err[:300])
        else:
            out = bytes(out).decode(errors="replace")
            if k in self.outputs and self.outputs[k] != out and self.inconsistent is None:
                self.inconsistent = k
            self.outputs.setdefault(k, out)
        del self.buf[:used]
        self.answered += 1
        return True


def _memory_kb(status_fd, scratch):
    """(memory the program holds, file-backed KB) from /proc/<pid>/status, which procfs regenerates on every
    pread at offset 0. Held memory = anonymous pages + shared memory pages (an mmap(-1, n) is MAP_SHARED, and
    would otherwise look free) + what the run's scratch tmpfs holds (files in /tmp are RAM too: a table kept
    in a file must not look leaner than one kept in a list). Pages of real files -- the interpreter's own code
    and libraries, which fault in as new code paths run -- are noise, and left out."""
    text = os.pread(status_fd, 4096, 0)
    field = lambda name: int(text[text.index(name) + len(name):].split(None, 1)[0])
    held = field(b"RssAnon:") + field(b"RssShmem:")
    if scratch:
        st = os.statvfs(scratch)
        held += (st.f_blocks - st.f_bfree) * st.f_frsize // 1024
    return held, field(b"RssFile:")


def _wait_off_cpu(pid, proc_fd, tries=200):
    """Wait (at most ~50 ms) until the runner is not running, so that the clock is read at a steady point."""
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


def _summarise(protocol, samples, status, rusage, wall_ms, flags, lim):
    start = protocol.start
    if start is None:
        return {"sandbox_error": "the runner failed before the program started"}
    if "compile_error" in start:
        return {"compile_error": start["compile_error"]}
    if "cpu_ns" not in start:
        return {"sandbox_error": f"runner setup: {start.get('setup_error')}"}
    finished = flags.pop("end_cpu_ns", None)
    sig = os.WTERMSIG(status) if os.WIFSIGNALED(status) and finished is None else None
    if sig == signal.SIGKILL and protocol.violation:
        sig = None  # we killed it
    if sig == signal.SIGXCPU:
        flags.setdefault("timeout", True)
        flags.setdefault("why", "CPU time limit exceeded")
    if sig == signal.SIGXFSZ:
        flags.setdefault("output_limit", True)
        flags.setdefault("why", f"output over {lim['output_limit_kb']} KB")
    # Unfinished runs (crash, timeout) are billed by wait4's count: the runner and every child it reaped.
    end_ns = finished if finished is not None else (rusage.ru_utime + rusage.ru_stime) * 1e9
    cpu_ms = (end_ns - start["cpu_ns"]) / 1e6
    # Memory is what the program holds (heap, stacks, shared memory, scratch files: see _memory_kb), without the
    # file-backed pages of the interpreter and its libraries. The kernel's exact peak RSS includes those, so it
    # gives the peak as peak RSS - file pages at the end (they only grow); the 1 ms samples give it directly
    # (and are the only ones to see scratch files). The larger of the two wins.
    base, last_file = start["anon_kb"], (samples[-1][2] if samples else start["file_kb"])
    peak = max([rusage.ru_maxrss - last_file] + [anon for _, anon, _ in samples]) - base
    # integral over CPU time, trapezoid rule; the tail after the last sample uses the last RSS seen
    pts = [(c, max(0, anon - base)) for c, anon, _ in samples if c >= start["cpu_ns"]]
    pts = [(start["cpu_ns"], 0)] + pts + [(start["cpu_ns"] + cpu_ms * 1e6, pts[-1][1] if pts else 0)]
    integral = sum((c1 - c0) / 1e6 * (m0 + m1) / 2 for (c0, m0), (c1, m1) in zip(pts, pts[1:]) if c1 > c0)
    failed = sig is not None or protocol.errors or finished is None
    if failed and not flags and peak >= 0.9 * lim["memory_mb"] * 1024:
        flags["memory"] = True
        flags["why"] = f"failed at {peak / 1024:.0f} MB, near the {lim['memory_mb']} MB limit"
    exit_desc = f"killed by {signal.Signals(sig).name}" if sig else f"exit code {os.WEXITSTATUS(status)}"
    return dict(flags, outputs=protocol.outputs, errors=protocol.errors, answered=protocol.answered,
                violation=protocol.violation, inconsistent=protocol.inconsistent, exit=exit_desc,
                time_ms=max(0.0, cpu_ms), memory_kb=max(0, peak), integral_kb_ms=integral, wall_ms=wall_ms)


# ----------------------------------------------------------------------------------------------------------
# 4. The runner: the only process that holds untrusted code. Four phases, then the tests.
# ----------------------------------------------------------------------------------------------------------
def _runner(job, mode, uid, tmp, proc_fd, result_w, request_r, preludes):
    try:
        lim = job["limits"]
        _drop_privileges(mode, uid)
        tests, compiled = _prepare(job, tmp, result_w, request_r)
        if compiled is None:
            os._exit(0)
        baseline = _take_baseline(proc_fd, "/tmp" if mode != "none" else None)
        _set_limits(lim, mode, baseline["vm_bytes"])
        _emit({"cpu_ns": time.clock_gettime_ns(time.CLOCK_PROCESS_CPUTIME_ID),
               "anon_kb": baseline["anon_kb"], "file_kb": baseline["file_kb"]})
    except BaseException as e:
        os.write(result_w, (json.dumps({"setup_error": _describe(e)}) + "\n").encode())
        os._exit(1)
    # ---- from here on, untrusted code shares this process: nothing it says is believed by the monitor ----
    try:
        _serve_tests(job, tests, compiled, preludes.get(job.get("prelude")) or {})
    finally:
        os._exit(1)  # e.g. the program closed the result pipe: never fall back into the worker's code


def _drop_privileges(mode, uid):
    """Phase 1. A throw-away uid (as root) or no capabilities (in a user namespace); no way back."""
    _libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if mode == "root":  # nothing to signal, RLIMIT_NPROC applies, and it owns no file outside its scratch space
        os.setgroups([])
        os.setresgid(uid, uid, uid)
        os.setresuid(uid, uid, uid)
    elif mode == "userns":
        _drop_capabilities()
    os.setsid()  # a process group of its own: kill(0, ...) must not reach the worker or the caller
    _libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
    _libc.prctl(PR_SET_DUMPABLE, 1, 0, 0, 0)  # keep /proc/self ours after setuid (for clear_refs)


def _prepare(job, tmp, result_w, request_r):
    """Phase 2. Descriptors, environment, inputs and the compiled program, all before the clock starts.
    Returns (tests, code object); code object None after reporting a compile error."""
    os.chdir(tmp)
    os.environ.clear()
    os.environ.update(HOME=tmp, PATH="/usr/bin:/bin", LANG="C.UTF-8", TMPDIR=tmp)
    result_w, request_r = fcntl.fcntl(result_w, fcntl.F_DUPFD, 100), fcntl.fcntl(request_r, fcntl.F_DUPFD, 100)
    os.dup2(result_w, RESULT_FD)   # (via fds >= 100, so that neither dup2 can overwrite the other's source)
    os.dup2(request_r, REQUEST_FD)
    null = os.open("/dev/null", os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 2)
    os.dup2(os.open(".stdout", os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600), 1)
    # The inputs are parsed only into what the tests keep: a throw-away parse, freed before the baseline, would
    # leave megabytes of free interpreter heap that the program then fills without any growth of its memory
    # (malloc_trim cannot hand that back: it belongs to Python's own allocator).
    if job["io"] == "stdio":
        for k, text in enumerate(json.loads(job["inputs_json"])):
            with open(f".in{k}", "w") as f:
                f.write(text)
        tests = None
    else:  # one parsed copy of the arguments per pass: a program that mutates its input spoils only its own
        tests = [json.loads(job["inputs_json"]) for _ in range(max(1, job["limits"]["case_multiply"]))]
    try:
        return tests, compile(job["code"], "solution.py", "exec")
    except (SyntaxError, ValueError) as e:
        line = f" (line {e.lineno})" if getattr(e, "lineno", None) else ""
        _emit({"compile_error": f"{type(e).__name__}: {e.msg if hasattr(e, 'msg') else e}{line}"})
        return tests, None


def _take_baseline(proc_fd, scratch):
    """Phase 3. First hand free heap pages back to the kernel: memory freed earlier (parsing, buffers) would
    otherwise be reused by the program without any growth of RSS, and hide its allocations. Then reset the
    kernel's peak-RSS mark (clear_refs = 5) and read the memory the harness itself holds, as the monitor will."""
    _libc.malloc_trim(0)
    fd = os.open("self/clear_refs", os.O_WRONLY, dir_fd=proc_fd)
    os.write(fd, b"5")
    os.close(fd)
    fd = os.open("self/statm", os.O_RDONLY, dir_fd=proc_fd)
    vm_pages = int(os.read(fd, 64).split()[0])
    os.close(fd)
    fd = os.open("self/status", os.O_RDONLY, dir_fd=proc_fd)
    held_kb, file_kb = _memory_kb(fd, scratch)
    os.close(fd)
    return {"vm_bytes": vm_pages * os.sysconf("SC_PAGE_SIZE"), "anon_kb": held_kb, "file_kb": file_kb}


def _set_limits(lim, mode, vm_bytes):
    """Phase 4. Close every descriptor but 0-4 (the host's /proc included), then lower the rlimits."""
    os.closerange(REQUEST_FD + 1, resource.getrlimit(resource.RLIMIT_NOFILE)[0])
    nproc = lim["max_procs"] if mode == "root" else lim["max_procs"] + _procs_of_uid(mode)
    for res, value in ((resource.RLIMIT_AS, vm_bytes + lim["memory_mb"] * 2**20),
                       (resource.RLIMIT_CPU, int(lim["timeout_s"]) + 1),
                       (resource.RLIMIT_FSIZE, lim["output_limit_kb"] * 1024),
                       (resource.RLIMIT_NOFILE, 64), (resource.RLIMIT_CORE, 0), (resource.RLIMIT_NPROC, nproc)):
        resource.setrlimit(res, (value, value + (1 if res == resource.RLIMIT_CPU else 0)))
    sys.setrecursionlimit(100_000)
    signal.signal(signal.SIGXFSZ, signal.SIG_DFL)  # Python ignores it; we want a flood to end the process


def _serve_tests(job, tests, compiled, prelude):
    """Run the module (io "call"), then answer the monitor's requests one by one until it kills us."""
    stdio, entry = job["io"] == "stdio", job.get("entry_point")
    g = dict(prelude, __name__="__main__", __builtins__=__builtins__)
    cls = None
    if not stdio:
        try:
            exec(compiled, g)
            cls = g.get("Solution")
            if not (cls and hasattr(cls, entry)) and not callable(g.get(entry)):
                raise NameError(f"no method Solution.{entry} and no function {entry}")
        except BaseException as e:
            _emit({"p": -1, "t": -1, "err": _describe(e)})
            while True:  # the monitor stops here; wait to be killed
                time.sleep(3600)
    while True:
        p, k = _next_request()
        try:
            if stdio:
                _run_script(compiled, g, k)
                _emit_stdout(p, k)
            else:
                fn = getattr(cls(), entry) if cls and hasattr(cls, entry) else g[entry]
                value = fn(*tests[p][k])
                _emit_json(p, k, value)
        except BaseException as e:
            _emit({"p": p, "t": k, "err": _describe(e)})


def _run_script(compiled, g, k):
    """One stdio test: the whole program, with the test's input file as stdin and an empty file as stdout."""
    fd = os.open(f".in{k}", os.O_RDONLY)
    os.dup2(fd, 0)
    os.close(fd)
    sys.stdin = sys.__stdin__ = io.TextIOWrapper(io.FileIO(0, "r", closefd=False))
    sys.stdout = sys.__stdout__ = io.TextIOWrapper(io.FileIO(1, "w", closefd=False))
    scope = dict(g)
    if "stdin" in scope:  # the Venus prelude's `from sys import stdin` must be this test's stdin
        scope["stdin"] = sys.stdin
    try:
        exec(compiled, scope)
    except SystemExit:
        pass
    sys.stdout.flush()


def _next_request():
    data = b""
    while len(data) < REQUEST.size:
        chunk = os.read(REQUEST_FD, REQUEST.size - len(data))
        if not chunk:  # the monitor is gone
            os._exit(0)
        data += chunk
    return REQUEST.unpack(data)


# Records on fd 3 are lines of JSON; an output follows its header line. Outputs are streamed in small pieces,
# so that the copies made to send them add little to the peak memory and time billed to the program.
def _write(data):
    while data:
        data = data[os.write(RESULT_FD, data):]


def _emit(record):
    _write((json.dumps(record) + "\n").encode())


def _emit_json(p, k, value, chunk=2048):
    """A call's return value: header, its JSON text (which never holds a raw newline) and a newline, then a
    trailer that says whether the text is complete (serialising can fail half-way, e.g. on a set)."""
    _emit({"p": p, "t": k, "json": 1})
    try:
        if type(value) is list and len(value) > chunk:
            _write(b"[")
            for i in range(0, len(value), chunk):
                _write((("," if i else "") + json.dumps(value[i:i + chunk])[1:-1]).encode())
            _write(b"]\n")
        else:
            _write((json.dumps(value) + "\n").encode())
    except BaseException as e:
        _write(b"\n")
        _emit({"err": _describe(e)})
    else:
        _write(b'{"ok": 1}\n')


def _emit_stdout(p, k, chunk=1 << 16):
    """A program's stdout (in the file on fd 1): header with its size, then the raw bytes, 64 KB at a time."""
    size = os.fstat(1).st_size
    _emit({"p": p, "t": k, "n": size})
    for offset in range(0, size, chunk):
        _write(os.pread(1, min(chunk, size - offset), offset))
    os.ftruncate(1, 0)
    os.lseek(1, 0, 0)


def _describe(e):
    return f"{type(e).__name__}: {e}"[:300]


def _procs_of_uid(mode):
    """In a user namespace RLIMIT_NPROC counts its own tasks: the worker and the monitor besides the runner."""
    return 2 if mode == "userns" else 64  # "none": only a loose cap is possible without namespaces


def _drop_capabilities():
    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]
    data = (ctypes.c_uint32 * 6)()  # effective, permitted, inheritable x 2 words, all zero
    _sys(_libc.capset(ctypes.byref(Header(0x20080522, 0)), data))
    PR_CAPBSET_DROP = 24
    for cap in range(64):
        _libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0)


if __name__ == "__main__":
    _worker_main()
