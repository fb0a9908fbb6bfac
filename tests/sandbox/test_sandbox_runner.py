"""The runner's contract, as preview and healing use it: input, result, work dirs, servers."""

from __future__ import annotations

import json
import logging
import socket
import time
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from appwright.sandbox import (
    DEFAULT_ALLOWED_IMPORTS,
    SERVER_LIMITS,
    Backend,
    ErrorKind,
    ImportCheck,
    Job,
    Limits,
    SubprocessBackend,
    python_file_job,
    python_module_job,
    run,
    start,
)
from appwright.sandbox.bwrap import BwrapBackend
from appwright.sandbox.workspace import UnsafeFileNameError

FAST = Limits(wall_seconds=10, cpu_seconds=5, memory_mb=512)


def python_job(source: str, **fields: object) -> Job:
    job = Job(argv=("python", "main.py"), files={"main.py": source}, limits=FAST)
    return replace(job, **fields)  # type: ignore[arg-type]


def test_input_arrives_on_stdin_and_in_a_file_and_the_result_comes_back(backend: Backend) -> None:
    source = (
        "import json, os, sys\n"
        "from_stdin = json.load(sys.stdin)\n"
        "from_file = json.load(open(os.environ['APPWRIGHT_INPUT']))\n"
        "json.dump({'sum': from_stdin['a'] + from_file['b']}, open(os.environ['APPWRIGHT_RESULT'], 'w'))\n"
    )
    result = run(python_job(source, input={"a": 1, "b": 2}), backend)
    assert result.kind is ErrorKind.OK, result.stderr
    assert result.result == {"sum": 3}
    assert result.exit_code == 0
    assert result.isolation == backend.isolation


def test_the_result_may_be_the_last_stdout_line(backend: Backend) -> None:
    result = run(python_job("print('log line')\nprint('[1, 2]')\n", expect_result=True), backend)
    assert result.result == [1, 2]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("print('done')\n", "the last stdout line is not valid JSON"),
        ("pass\n", "no result"),
        (
            "import os\nopen(os.environ['APPWRIGHT_RESULT'], 'w').write('{oops')\n",
            "result.json is not valid JSON",
        ),
        (
            "import os\nopen(os.environ['APPWRIGHT_RESULT'], 'w').write('1' * 2000)\n",
            "result.json is larger than 1000 bytes",
        ),
    ],
)
def test_a_missing_or_malformed_result_is_bad_output(source: str, message: str) -> None:
    limits = replace(FAST, result_bytes=1000)
    result = run(
        python_job(source, expect_result=True, limits=limits), backend=_subprocess_backend()
    )
    assert result.kind is ErrorKind.BAD_OUTPUT
    assert message in result.message


def _subprocess_backend() -> Backend:
    return SubprocessBackend()


def test_a_crash_reports_the_exception(backend: Backend) -> None:
    result = run(python_job("row = {}\nrow['missing']\n"), backend)
    assert result.kind is ErrorKind.CRASH
    assert result.exception == "KeyError"
    assert result.exit_code == 1
    assert "KeyError: 'missing'" in result.message


def test_import_check_refuses_before_running(backend: Backend) -> None:
    result = run(replace(python_job("import socket\n"), import_check=_check(("main.py",))), backend)
    assert result.kind is ErrorKind.DENIED_IMPORT
    assert result.import_issues[0].startswith("main.py: line 1: import of 'socket'")
    broken = run(replace(python_job("def f(:\n"), import_check=_check(("main.py",))), backend)
    assert broken.kind is ErrorKind.SYNTAX_ERROR


def _check(files: tuple[str, ...]) -> ImportCheck:
    return ImportCheck(files, DEFAULT_ALLOWED_IMPORTS)


def test_python_file_job_checks_the_file(tmp_path: Path, backend: Backend) -> None:
    hook = tmp_path / "hook.py"
    hook.write_text(
        "import json, sys\nrow = json.load(sys.stdin)\nprint(json.dumps(row['n'] * 2))\n"
    )
    refused = run(python_file_job(hook, input={"n": 21}), backend)
    assert refused.kind is ErrorKind.DENIED_IMPORT  # sys is not on the default list
    allowed = python_file_job(
        hook, input={"n": 21}, expect_result=True, allowed_imports={"json", "sys"}
    )
    assert run(allowed, backend).result == 42


def test_unsafe_file_names_are_refused() -> None:
    with pytest.raises(UnsafeFileNameError):
        run(python_job("pass\n", files={"../escape.py": "pass"}), _subprocess_backend())


def test_a_given_work_dir_is_kept_and_a_temporary_one_removed(
    tmp_path: Path, backend: Backend
) -> None:
    source = "import os\nopen('made.txt', 'w').write('hi')\nprint(os.getcwd())\n"
    kept = run(python_job(source, work_dir=tmp_path), backend)
    assert kept.ok
    assert (tmp_path / "made.txt").read_text() == "hi"
    assert (tmp_path / "main.py").is_file()
    temporary = run(python_job(source), _subprocess_backend())
    assert not Path(temporary.stdout.strip()).exists()


def test_peak_memory_and_cpu_time_are_measured(backend: Backend) -> None:
    source = "block = bytearray(120 * 1024 * 1024)\nsum(range(3_000_000))\n"
    result = run(python_job(source), backend)
    assert result.ok
    assert result.peak_memory_mb > 120
    assert result.cpu_seconds > 0.02
    assert result.duration_seconds > 0


def test_long_output_is_truncated_and_says_so(backend: Backend) -> None:
    limits = replace(FAST, output_bytes=1000)
    result = run(python_job("for i in range(10000): print(i)\n", limits=limits), backend)
    assert result.ok
    assert result.stdout_truncated
    assert result.stdout_bytes > 40000
    assert "bytes not kept" in result.stdout
    assert result.stdout.rstrip().endswith("9999")


def test_stop_ends_a_long_running_job(backend: Backend) -> None:
    job = python_job(
        "import time\nprint('up', flush=True)\ntime.sleep(600)\n", limits=SERVER_LIMITS
    )
    running = start(job, backend)
    deadline = time.monotonic() + 10
    while "up" not in running.output()[0] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert running.running
    assert running.wait(timeout=0.1) is None
    result = running.stop()
    assert result.kind is ErrorKind.STOPPED
    assert not running.running
    assert result.stdout == "up\n"


APP_SOURCE = """
async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"hello from the sandbox"})
"""


def _wait_for(check: object, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():  # type: ignore[operator]
                return
        except (httpx.HTTPError, OSError):
            pass
        time.sleep(0.1)
    raise AssertionError("the server did not answer in time")


def test_a_preview_server_answers_on_a_unix_socket_without_network(
    tmp_path: Path, bwrap: BwrapBackend
) -> None:
    (tmp_path / "tinyapp.py").write_text(APP_SOURCE)
    job = python_module_job(
        "uvicorn", "tinyapp:app", "--uds", "app.sock", work_dir=tmp_path, limits=SERVER_LIMITS
    )
    server = start(job, bwrap)
    try:
        client = httpx.Client(transport=httpx.HTTPTransport(uds=str(tmp_path / "app.sock")))
        _wait_for(lambda: client.get("http://preview/").text == "hello from the sandbox")
    finally:
        result = server.stop()
    assert result.kind is ErrorKind.STOPPED
    assert result.network == "none"


def test_with_host_network_a_server_is_reachable_on_loopback_and_logged(
    tmp_path: Path, bwrap: BwrapBackend, caplog: pytest.LogCaptureFixture
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    job = python_module_job(
        "http.server", str(port), "--bind", "127.0.0.1", network="host", limits=SERVER_LIMITS
    )
    with caplog.at_level(logging.WARNING, logger="appwright.sandbox"):
        server = start(job, bwrap)
    try:
        _wait_for(lambda: httpx.get(f"http://127.0.0.1:{port}/").status_code == 200)
    finally:
        server.stop()
    assert any("network 'host' allowed" in record.getMessage() for record in caplog.records)


def test_read_only_mounts_are_readable_not_writable(tmp_path: Path, bwrap: BwrapBackend) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "data.txt").write_text("shared data")
    source = (
        f"print(open('{shared}/data.txt').read())\n"
        f"open('{shared}/data.txt', 'w').write('changed')\n"
    )
    result = run(python_job(source, ro_mounts=(shared,)), bwrap)
    assert result.stdout.startswith("shared data")
    assert "Read-only file system" in result.stderr
    assert (shared / "data.txt").read_text() == "shared data"


def test_a_sandbox_that_cannot_start_is_a_sandbox_error(
    tmp_path: Path, bwrap: BwrapBackend
) -> None:
    result = run(python_job("pass\n", ro_mounts=(tmp_path / "missing",)), bwrap)
    assert result.kind is ErrorKind.SANDBOX_ERROR
    assert "bwrap" in result.message


def test_the_bwrap_command_line(tmp_path: Path) -> None:
    backend = BwrapBackend()
    layout = backend.layout(tmp_path, tmp_path)
    argv = backend.sandbox_argv(Job(argv=("python", "x.py")), layout, nproc=16)
    joined = " ".join(argv)
    for option in ("--unshare-all", "--unshare-user", "--disable-userns", "--die-with-parent"):
        assert option in argv
    assert "--share-net" not in argv
    assert "/etc/shadow" not in joined
    assert "/etc/passwd" not in joined
    assert "--nproc=16:16" in joined
    assert argv[-2:] == ["python", "x.py"]
    shared = backend.sandbox_argv(Job(argv=("true",), network="host"), layout, nproc=None)
    assert "--share-net" in shared
    assert "--nproc" not in " ".join(shared)


def test_results_serialize_to_json(backend: Backend) -> None:
    result = run(python_job("print('hi')\n"), backend)
    document = json.loads(json.dumps(result.to_json_dict()))
    assert document["kind"] == "ok"
    assert document["ok"] is True
    assert document["isolation"] == backend.isolation
