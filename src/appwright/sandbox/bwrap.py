"""The bubblewrap backend: fresh namespaces, a read-only system, a private work directory.

The program sees a new root built from nothing: ``/usr`` (and the ``/bin``, ``/lib`` links) and
a handful of ``/etc`` files read-only, the interpreter's prefix and venv read-only, the job's
``ro_mounts`` read-only, its work directory at ``/sandbox/work`` and its I/O directory at
``/sandbox/io`` read-write, a fresh ``/proc`` of its own pid namespace (host processes are
invisible), a minimal read-only ``/dev`` and in-memory ``/tmp`` and ``/dev/shm`` of a fixed size;
the root itself is read-only. It runs in new user, pid, network,
ipc, uts and cgroup namespaces, with no capabilities, nested user namespaces disabled, a new
session (no terminal injection), and dies with its parent. The program is the namespace's pid 1
(``--as-pid-1``): signals it has no handler for are ignored from inside, the kernel's SIGKILL
(the CPU hard limit, ``--die-with-parent``, the runner's kill) still ends it. Rlimits are set inside the sandbox by
``prlimit`` so the process count (``RLIMIT_NPROC``) is counted in the sandbox's own user namespace.

``network="host"`` keeps the host's network namespace (``--share-net``): a server in the
sandbox is then reachable on the host's 127.0.0.1, and the program can reach anything the host
can. A preview that only needs to be reachable from the builder can instead listen on a Unix
socket in its work directory (``uvicorn --uds``) with the network off.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from appwright.sandbox.base import (
    Availability,
    Backend,
    Job,
    Launch,
    Layout,
    Limits,
    program_environment,
)
from appwright.sandbox.limits import prlimit_argv, rlimit_values

if TYPE_CHECKING:
    from appwright.sandbox.limits import PidsCgroup

SANDBOX_WORK_DIR = "/sandbox/work"
SANDBOX_IO_DIR = "/sandbox/io"
SANDBOX_UID = 1000
# what dynamic linking, time zones, MIME types and TLS need; nothing with secrets (no shadow)
ETC_FILES = (
    "ld.so.cache",
    "ld.so.conf",
    "ld.so.conf.d",
    "localtime",
    "nsswitch.conf",
    "hosts",
    "mime.types",
    "ssl",
    "ca-certificates",
    "alternatives",
)
ETC_FILES_WITH_NETWORK = ("resolv.conf", "host.conf", "gai.conf")
TOP_LEVEL_LINKS = ("bin", "lib", "lib32", "lib64", "sbin")


def python_mounts(python: Path) -> list[Path]:
    """The directories the interpreter needs: its venv (when it is one) and its prefix."""
    candidates = []
    if (python.parent.parent / "pyvenv.cfg").is_file():
        candidates.append(python.parent.parent.absolute())
    candidates.append(Path(os.path.realpath(python)).parent.parent)
    mounts: list[Path] = []
    for candidate in candidates:
        if candidate == Path("/usr") or Path("/usr") in candidate.parents:
            continue
        if candidate not in mounts:
            mounts.append(candidate)
    return mounts


def _system_arguments(network: str) -> list[str]:
    arguments = ["--ro-bind", "/usr", "/usr"]
    for name in TOP_LEVEL_LINKS:
        path = Path("/", name)
        if path.is_symlink():
            arguments += ["--symlink", os.readlink(path), str(path)]
        elif path.is_dir():
            arguments += ["--ro-bind", str(path), str(path)]
    etc_files = ETC_FILES + (ETC_FILES_WITH_NETWORK if network == "host" else ())
    for name in etc_files:
        arguments += ["--ro-bind-try", f"/etc/{name}", f"/etc/{name}"]
    return arguments


class BwrapBackend(Backend):
    name = "bwrap"
    isolation = "bwrap"

    def __init__(self, executable: str | None = None, prlimit: str | None = None) -> None:
        self.executable = executable or shutil.which("bwrap") or "bwrap"
        self.prlimit = prlimit or shutil.which("prlimit") or "prlimit"

    def layout(self, host_work_dir: Path, host_io_dir: Path) -> Layout:
        return Layout(host_work_dir, host_io_dir, SANDBOX_WORK_DIR, SANDBOX_IO_DIR)

    def sandbox_argv(self, job: Job, layout: Layout, nproc: int | None) -> list[str]:
        """The full ``bwrap ... -- prlimit ... -- program`` command line."""
        limits: Limits = job.limits
        argv = [
            self.executable,
            "--unshare-all",
            "--unshare-user",
            "--disable-userns",
            "--die-with-parent",
            "--new-session",
            # the program is pid 1 of its namespace, so bwrap reaps it directly and wait4 on
            # bwrap sees its CPU time and peak memory (a reaper in between would hide them)
            "--as-pid-1",
            "--cap-drop",
            "ALL",
            "--uid",
            str(SANDBOX_UID),
            "--gid",
            str(SANDBOX_UID),
            "--hostname",
            "sandbox",
        ]
        if job.network == "host":
            argv.append("--share-net")
        argv += _system_arguments(job.network)
        tmpfs_size = str(limits.tmp_mb * 1024 * 1024)
        argv += ["--proc", "/proc", "--dev", "/dev", "--size", tmpfs_size, "--tmpfs", "/dev/shm"]
        argv += ["--size", tmpfs_size, "--tmpfs", "/tmp"]
        for mount in [*python_mounts(job.python), *job.ro_mounts]:
            argv += ["--ro-bind", str(mount), str(mount)]
        argv += ["--bind", str(layout.host_work_dir), layout.work_dir]
        argv += ["--bind", str(layout.host_io_dir), layout.io_dir]
        # the root and /dev are in-memory file systems without a size: writable, they would let
        # a program fill the host's memory, so only the sized /tmp and /dev/shm stay writable
        argv += ["--remount-ro", "/dev", "--remount-ro", "/"]
        argv += ["--chdir", layout.work_dir, "--"]
        argv += [self.prlimit, *prlimit_argv(rlimit_values(limits, nproc)), "--"]
        return argv + list(job.argv)

    def launch(self, job: Job, layout: Layout, cgroup: PidsCgroup | None) -> Launch:
        # without a pids cgroup, RLIMIT_NPROC (counted in the sandbox's own user namespace)
        nproc = None if cgroup is not None else job.limits.processes
        return Launch(
            argv=tuple(self.sandbox_argv(job, layout, nproc)),
            env=program_environment(job, layout, "/tmp"),
            cwd=layout.host_work_dir,
            preexec=cgroup.enter if cgroup is not None else None,
            signal_exit_codes=True,
        )

    def availability(self) -> Availability:
        """Run ``true`` in a full sandbox once: namespaces, mounts and prlimit all work."""
        if shutil.which(self.executable) is None:
            return Availability(
                False, "bwrap is not installed (Debian: apt-get install bubblewrap)"
            )
        if shutil.which(self.prlimit) is None:
            return Availability(False, "prlimit is not installed (Debian: util-linux)")
        probe = Job(argv=("/usr/bin/true",))
        with tempfile.TemporaryDirectory(prefix="appwright-probe-") as scratch:
            layout = self.layout(Path(scratch), Path(scratch))
            argv = self.sandbox_argv(probe, layout, None)
            try:
                completed = subprocess.run(
                    argv,
                    env={"PATH": "/usr/bin:/bin"},
                    capture_output=True,
                    timeout=30,
                    check=False,
                )
            except (OSError, subprocess.TimeoutExpired) as exc:
                return Availability(False, f"bwrap did not run: {exc}")
        if completed.returncode != 0:
            detail = completed.stderr.decode(errors="replace").strip() or "no detail"
            return Availability(False, f"bwrap failed: {detail}")
        return Availability(True, f"{_version(self.executable)}: namespaces and mounts work")


def _version(executable: str) -> str:
    try:
        completed = subprocess.run(
            [executable, "--version"], capture_output=True, timeout=10, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return "bwrap"
    return completed.stdout.decode(errors="replace").strip() or "bwrap"
