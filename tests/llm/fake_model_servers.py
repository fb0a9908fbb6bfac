"""Fake model services on 127.0.0.1 that speak the OpenAI and Anthropic wire formats.

The real SDKs talk to these: each server plays back a queue of scripted HTTP replies and keeps
every request it received, so tests check both what the SDK sent and how the provider reads
each kind of answer (good, 429, 5xx, slow, cut short, garbled).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class FakeReply:
    status: int = 200
    body: Any = None  # a dict/list is sent as JSON, bytes or str as is
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (to outlast a client timeout)
    truncate_to: int | None = None  # send only this many body bytes, then hang up

    def encoded_body(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode()
        return json.dumps(self.body).encode()


@dataclass
class ReceivedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


class FakeModelServer:
    def __init__(self) -> None:
        self.replies: list[FakeReply] = []
        self.requests: list[ReceivedRequest] = []
        self.unexpected: list[str] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        # A short poll interval: shutdown() waits up to one interval, once per test.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def reply(self, *replies: FakeReply) -> None:
        with self._lock:
            self.replies.extend(replies)

    def start(self) -> FakeModelServer:
        self._thread.start()
        return self

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _next_reply(self, request: ReceivedRequest) -> FakeReply | None:
        with self._lock:
            self.requests.append(request)
            if not self.replies:
                self.unexpected.append(f"{request.method} {request.path}")
                return None
            return self.replies.pop(0)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                raw = self.rfile.read(length)
                try:
                    body = json.loads(raw) if raw else None
                except json.JSONDecodeError:
                    body = raw
                request = ReceivedRequest(
                    "POST", self.path, {k.lower(): v for k, v in self.headers.items()}, body
                )
                reply = fake._next_reply(request)
                if reply is None:
                    reply = FakeReply(500, {"error": {"message": "no reply scripted"}})
                time.sleep(reply.delay)
                payload = reply.encoded_body()
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    if reply.truncate_to is not None:
                        self.send_header("Connection", "close")
                    self.end_headers()
                    if reply.truncate_to is not None:
                        self.wfile.write(payload[: reply.truncate_to])
                        self.wfile.flush()
                        self.close_connection = True
                        return
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up first (a timeout test)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler


@contextmanager
def running_fake_server() -> Iterator[FakeModelServer]:
    server = FakeModelServer().start()
    try:
        yield server
    finally:
        server.close()


# --- OpenAI wire format ---------------------------------------------------------------------


def openai_completion(
    content: str | None,
    *,
    finish_reason: str = "stop",
    prompt_tokens: int = 12,
    completion_tokens: int = 7,
    model: str = "gpt-4o-mini-2024-07-18",
    refusal: str | None = None,
) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": refusal},
                "finish_reason": finish_reason,
                "logprobs": None,
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def openai_error(status: int, message: str, *, kind: str = "invalid_request_error") -> FakeReply:
    return FakeReply(status, {"error": {"message": message, "type": kind, "code": None}})


# --- Anthropic wire format ------------------------------------------------------------------


def anthropic_message(
    *,
    text: str | None = None,
    tool_input: dict[str, Any] | None = None,
    stop_reason: str = "end_turn",
    input_tokens: int = 20,
    output_tokens: int = 9,
    model: str = "claude-haiku-4-5-20251001",
) -> dict[str, Any]:
    content: list[dict[str, Any]] = []
    if text is not None:
        content.append({"type": "text", "text": text})
    if tool_input is not None:
        content.append(
            {"type": "tool_use", "id": "toolu_fake", "name": "answer", "input": tool_input}
        )
    return {
        "id": "msg_fake",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": content,
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": {"input_tokens": input_tokens, "output_tokens": output_tokens},
    }


def anthropic_error(status: int, message: str, *, kind: str = "invalid_request_error") -> FakeReply:
    return FakeReply(status, {"type": "error", "error": {"type": kind, "message": message}})
