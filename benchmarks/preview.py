"""Live preview: time from asking for a preview to its first page served through the proxy.

The project of examples/crm.json is generated once (a real generation job, tests off). Each
round then measures, interleaved:

- **preview**: ``POST /api/v1/sessions/<id>/preview`` and ``GET`` of the returned URL through
  the builder's proxy until the app's first page arrives (the proxy waits while the preview
  starts): copy the project, the app's ``seed`` command (migrates first) in the sandbox, uvicorn in the sandbox
  on a Unix socket, the token → cookie redirect and the app's sign-in redirect;
- **baseline**: the same generated app started with plain ``uvicorn`` outside the sandbox (no
  migrate or seed step: its start-up applies the migrations), timed to its first page.

The preview is stopped between rounds. The table gives medians and the ratio.

    .venv/bin/python benchmarks/preview.py                 # print the table
    .venv/bin/python benchmarks/preview.py --write         # also refresh docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from fastapi.testclient import TestClient
from report_section import write_measured_section

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from support.generation import generate
from support.service import example_spec, make_actor, make_build_session

from appwright.codegen.planner import build_plan
from appwright.config import AppwrightSettings
from appwright.sandbox import choose_backend
from appwright.service.app import build_context, create_app
from appwright.service.models import Role
from appwright.service.projects import version_dir
from appwright.service.settings import ServiceSettings
from appwright.spec import load_spec

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
SECTION_START = "<!-- benchmark:preview:start -->"
SECTION_END = "<!-- benchmark:preview:end -->"
COMMAND = ".venv/bin/python benchmarks/preview.py --write"
EXAMPLE = "crm"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def baseline(project: Path, package: str) -> float:
    """Seconds from starting plain uvicorn on a copy of the project to its first page."""
    with tempfile.TemporaryDirectory(prefix="aw-baseline-") as scratch:
        work = Path(scratch) / "app"
        shutil.copytree(project, work)
        port = _free_port()
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "APP_DATABASE_URL": "sqlite:///baseline.db",
            "APP_SECRET_KEY": "baseline-secret",
            "APP_ADMIN_PASSWORD": "baseline-password",
        }
        started = time.perf_counter()
        server = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", f"{package}.main:app", "--port", str(port)],
            cwd=work,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=5) as client:
                while True:
                    try:
                        if client.get("/", follow_redirects=True).status_code == 200:
                            return time.perf_counter() - started
                    except httpx.TransportError:
                        pass
                    if server.poll() is not None:
                        raise RuntimeError("the baseline server exited")
                    time.sleep(0.01)
        finally:
            server.kill()
            server.wait()


def measure(runs: int) -> tuple[list[float], list[float], str]:
    with tempfile.TemporaryDirectory(prefix="aw-bench-") as scratch:
        service = ServiceSettings(
            data_dir=Path(scratch) / "data", secret_key="b" * 40, run_generated_tests=False
        )
        context = build_context(AppwrightSettings(service=service), provider_factory=lambda: None)
        previews: list[float] = []
        baselines: list[float] = []
        with TestClient(create_app(context)) as client:
            admin = make_actor(context, Role.admin)
            session_id = make_build_session(context, admin, example_spec(EXAMPLE))
            generate(client, admin, session_id)
            project = version_dir(context.projects_dir, session_id, 1)
            package = build_plan(load_spec(example_spec(EXAMPLE))).package
            url = f"/api/v1/sessions/{session_id}/preview"
            for _ in range(runs):
                client.cookies.clear()
                started = time.perf_counter()
                answer = client.post(url, headers=admin.headers)
                assert answer.status_code == 202, answer.text
                page = client.get(answer.json()["url"])
                assert page.status_code == 200, page.text
                previews.append(time.perf_counter() - started)
                client.delete(url, headers=admin.headers)
                while client.get(url, headers=admin.headers).json()["state"] != "stopped":
                    time.sleep(0.05)
                baselines.append(baseline(project, package))
        isolation = choose_backend().isolation
        context.jobs.stop(wait=True)
        context.database.dispose()
    return previews, baselines, isolation


def render(previews: list[float], baselines: list[float], isolation: str) -> str:
    preview_median = statistics.median(previews)
    baseline_median = statistics.median(baselines)
    rows = [
        ("plain `uvicorn` on the generated app, to its first page (baseline)", baselines),
        ("`POST …/preview` → first page through the proxy", previews),
    ]
    lines = ["| variant | median s | max s | ÷ baseline |", "|---|---:|---:|---:|"]
    for label, values in rows:
        ratio = statistics.median(values) / baseline_median
        lines.append(
            f"| {label} | {statistics.median(values):.2f} | {max(values):.2f} | {ratio:.2f} |"
        )
    lines += [
        "",
        f"{len(previews)} interleaved rounds on examples/{EXAMPLE}.json, sandbox: {isolation}. "
        f"A preview's first page arrives {preview_median:.1f} s after it is asked for; the "
        f"extra {preview_median - baseline_median:.1f} s over the baseline is the project copy, "
        "the app's `seed` command (one more interpreter start-up in the sandbox: it "
        "migrates the new database, then inserts the sample rows through the app's own "
        "rules), the sandbox and the proxy's token → cookie redirect. The machine is shared: "
        "compare the ratio more than the seconds.",
    ]
    return "\n".join(lines)


def write_section(table: str) -> None:
    write_measured_section(
        DOC,
        (SECTION_START, SECTION_END),
        "Live preview: first page (`appwright.service.preview`)",
        COMMAND,
        table,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="interleaved rounds")
    parser.add_argument("--write", action="store_true", help=f"refresh the section in {DOC}")
    args = parser.parse_args(argv)
    previews, baselines, isolation = measure(args.runs)
    table = render(previews, baselines, isolation)
    print(table)
    if args.write:
        write_section(table)
        print(f"\nwrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
