"""Requests per second and latency of the builder service's conversation endpoints.

Starts the real service (uvicorn on a free port of 127.0.0.1, SQLite in a temporary data
directory), registers a user, and has ``--clients`` threads converse at once, each in its own
build session: a first description, then refinements, with reads of the messages and versions
in between. The model is scripted (``appwright.llm.ScriptedProvider`` answering every request at
once, with what the offline designer would say), so the figures are the service's own cost plus
the offline rules, not a model's latency; ``--designer offline`` measures the no-model default.
A description costs more than a refinement: the scripted model designs it step by step (six
requests), each step running the offline designer. A baseline endpoint (``GET /api/v1/auth/me``: authentication and
one query) is measured in the same run, and latencies are also given as ratios to it, which stay
meaningful on a noisy shared machine.

    .venv/bin/python benchmarks/service.py                  # print the table
    .venv/bin/python benchmarks/service.py --write          # also refresh docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import socket
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from report_section import replace_section
from scripted_model import scripted_designer

from appwright.config import AppwrightSettings
from appwright.llm import Provider
from appwright.service.app import build_context, create_app
from appwright.service.settings import ServiceSettings

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
SECTION_START = "<!-- benchmark:service:start -->"
SECTION_END = "<!-- benchmark:service:end -->"
COMMAND = ".venv/bin/python benchmarks/service.py --write"

DESCRIPTION = (
    "A small CRM: companies with a name, an industry and a website; contacts who work at a "
    "company, with a name, an email and a phone; deals linked to a company with an amount, a "
    "close date and a stage that goes from lead to qualified to won or lost. Sales reps edit "
    "their own deals, managers see everything. Report the total deal amount per stage."
)
REFINEMENTS = (
    "add a priority (low, medium, high) to deal",
    "add notes to company",
    "rename contact to person",
    "remove the notes field",
    "only managers can delete deals",
    "undo",
)

Timings = dict[str, list[float]]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class RunningService:
    """The service in a thread of this process, as ``appwright serve`` runs it."""

    def __init__(self, data_dir: Path, provider: Provider | None) -> None:
        settings = AppwrightSettings(
            service=ServiceSettings(data_dir=data_dir, run_generated_tests=False)
        )
        context = build_context(settings, provider_factory=lambda: provider)
        self.port = free_port()
        config = uvicorn.Config(
            create_app(context), host="127.0.0.1", port=self.port, log_level="warning"
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> RunningService:
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the service did not start within 30 s")
            time.sleep(0.05)
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=30)


def register(base_url: str) -> dict[str, str]:
    with httpx.Client(base_url=base_url, timeout=60) as client:
        email, password = "bench@example.com", "benchmark-password"
        client.post(
            "/api/v1/auth/register", json={"email": email, "password": password}
        ).raise_for_status()
        token = client.post(
            "/api/v1/auth/token", data={"username": email, "password": password}
        ).json()["access_token"]
    return {"Authorization": f"Bearer {token}"}


def timed(timings: Timings, name: str, call: Callable[[], httpx.Response]) -> httpx.Response:
    started = time.perf_counter()
    response = call()
    timings[name].append(time.perf_counter() - started)
    if response.status_code >= 400:
        raise RuntimeError(f"{name}: HTTP {response.status_code}: {response.text[:300]}")
    return response


def converse(base_url: str, headers: dict[str, str], rounds: int) -> Timings:
    """One client: a session, its description, then ``rounds`` passes over the refinements."""
    timings: Timings = defaultdict(list)
    with httpx.Client(base_url=base_url, headers=headers, timeout=120) as client:
        session = timed(
            timings,
            "POST /sessions",
            lambda: client.post("/api/v1/sessions", json={"title": "Bench CRM"}),
        ).json()
        messages = f"/api/v1/sessions/{session['id']}/messages"
        versions = f"/api/v1/sessions/{session['id']}/versions"
        timed(
            timings,
            "POST /sessions/{id}/messages (a description)",
            lambda: client.post(messages, json={"content": DESCRIPTION}),
        )
        for _ in range(rounds):
            for text in REFINEMENTS:
                timed(
                    timings,
                    "POST /sessions/{id}/messages (a refinement)",
                    lambda text=text: client.post(messages, json={"content": text}),
                )
                timed(timings, "GET /sessions/{id}/messages", lambda: client.get(messages))
                timed(timings, "GET /sessions/{id}/versions", lambda: client.get(versions))
                timed(timings, "GET /auth/me (baseline)", lambda: client.get("/api/v1/auth/me"))
    return timings


def measure(clients: int, rounds: int, designer: str) -> tuple[list[dict[str, Any]], float]:
    provider = scripted_designer() if designer == "scripted" else None
    with (
        tempfile.TemporaryDirectory(prefix="appwright-bench-") as data_dir,
        RunningService(Path(data_dir), provider) as service,
    ):
        headers = register(service.url)
        started = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            results = list(
                pool.map(lambda _: converse(service.url, headers, rounds), range(clients))
            )
        wall = time.perf_counter() - started
    merged: Timings = defaultdict(list)
    for timings in results:
        for name, values in timings.items():
            merged[name].extend(values)
    baseline_p95 = percentile(merged["GET /auth/me (baseline)"], 95)
    rows = [
        {
            "endpoint": name,
            "requests": len(values),
            "per_second": len(values) / wall,
            "p50_ms": percentile(values, 50) * 1000,
            "p95_ms": percentile(values, 95) * 1000,
            "p95_ratio": percentile(values, 95) / baseline_p95,
        }
        for name, values in merged.items()
    ]
    return rows, wall


def percentile(values: list[float], pct: int) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1]


def markdown(rows: list[dict[str, Any]], wall: float, clients: int, designer: str) -> str:
    total = sum(row["requests"] for row in rows)
    lines = [
        f"{clients} clients at once, {designer} designer, {total} requests in {wall:.1f} s "
        f"({total / wall:.0f} requests/s overall).",
        "",
        "| endpoint | requests | requests/s | p50 ms | p95 ms | p95 / baseline p95 |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| `{row['endpoint']}` | {row['requests']} | {row['per_second']:.1f} | "
            f"{row['p50_ms']:.1f} | {row['p95_ms']:.1f} | {row['p95_ratio']:.1f} |"
        )
    return "\n".join(lines)


def write_section(tables: list[str]) -> None:
    machine = (
        f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} CPUs"
    )
    section = "\n".join(
        [
            SECTION_START,
            "## Builder service: conversation endpoints",
            "",
            f"Command: `{COMMAND}` — {dt.date.today().isoformat()}, {machine}, SQLite (WAL),",
            "uvicorn in the benchmark's process, httpx clients in threads. The scripted model",
            "answers at once with what the offline rules would say; a description costs six of",
            "its answers (one per definition step, each running the offline designer), so with",
            "20 clients on 2 cores it is the slowest call. Compare the ratios to the baseline",
            "(authentication and one query): the machine is shared.",
            "",
            *(table + "\n" for table in tables),
            SECTION_END,
        ]
    )
    replace_section(DOC, SECTION_START, SECTION_END, section)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=2, help="passes over the refinements")
    parser.add_argument("--designer", choices=["scripted", "offline", "both"], default="both")
    parser.add_argument("--write", action="store_true", help="refresh docs/benchmarks.md")
    args = parser.parse_args(argv)
    designers = ["scripted", "offline"] if args.designer == "both" else [args.designer]
    tables = []
    for designer in designers:
        rows, wall = measure(args.clients, args.rounds, designer)
        table = markdown(rows, wall, args.clients, designer)
        print(table, end="\n\n")
        tables.append(table)
    if args.write:
        write_section(tables)
    return 0


if __name__ == "__main__":
    sys.exit(main())
