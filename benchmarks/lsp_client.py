"""A small LSP client over a subprocess's stdio, without pygls: what tests and
`benchmarks/lsp_latency.py` drive `mtqa lsp` with, as an editor would.

It lives beside the benchmarks, not in the package: no user of mtqa needs it, and an installed
mtqa carried it only for the tests (moved out of `mtqa.lsp` by the audit of stop 43).

It frames JSON-RPC messages (`Content-Length` headers), reads the server's messages on a thread
into a queue, answers the server's own requests with null, and waits for a response or a
notification with a time limit (a hang guard, never a measure).
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from typing import Any, Callable, Sequence


def frame(message: dict) -> bytes:
    body = json.dumps(message, ensure_ascii=False).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read_message(stream) -> dict | None:
    """One framed message from a binary stream; None at its end."""
    length = None
    while True:
        line = stream.readline()
        if not line:
            return None
        line = line.strip()
        if not line:
            break
        name, _, value = line.decode("ascii").partition(":")
        if name.lower() == "content-length":
            length = int(value)
    if length is None:
        return None
    return json.loads(stream.read(length).decode("utf-8"))


class Client:
    """`mtqa lsp` (or `command`) started as a subprocess, spoken to over its stdio."""

    def __init__(self, command: Sequence[str] | None = None, cwd: str | None = None,
                 env: dict | None = None) -> None:
        self.proc = subprocess.Popen(list(command or [sys.executable, "-m", "mtqa", "lsp"]), stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd, env=env)
        self.messages: queue.Queue = queue.Queue()
        self.seen: list[dict] = []  # every message from the server, in order
        self._next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        try:
            while (message := read_message(self.proc.stdout)) is not None:
                if "method" in message and "id" in message:  # the server asks (registration, ...)
                    self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})
                self.messages.put(message)
        except (OSError, ValueError):  # the pipe closed under the reader (`close`, `kill`)
            pass
        self.messages.put(None)

    def send(self, message: dict) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(frame(message))
        self.proc.stdin.flush()

    def notify(self, method: str, params: Any = None) -> None:
        self.send({"jsonrpc": "2.0", "method": method, **({"params": params} if params is not None else {})})

    def request(self, method: str, params: Any = None, timeout: float = 120.0) -> Any:
        """Send a request and wait for its response's result (an error response raises)."""
        self._next_id += 1
        ident = self._next_id
        self.send({"jsonrpc": "2.0", "id": ident, "method": method,
                   **({"params": params} if params is not None else {})})
        answer = self.wait(lambda m: m.get("id") == ident and "method" not in m, timeout)
        if "error" in answer:
            raise RuntimeError(f"{method}: {answer['error']}")
        return answer.get("result")

    def wait(self, matches: Callable[[dict], bool], timeout: float = 120.0) -> dict:
        """The next message from the server that `matches` (earlier ones are kept in `seen`)."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no such message from the server in time")
            try:
                message = self.messages.get(timeout=left)
            except queue.Empty:
                continue
            if message is None:
                err = self.proc.stderr.read().decode("utf-8", "replace") if self.proc.stderr else ""
                raise EOFError(f"the server closed its output: {err[-2000:]}")
            self.seen.append(message)
            if matches(message):
                return message

    def diagnostics(self, uri: str, version: int | None = None, timeout: float = 120.0) -> list[dict]:
        """The next diagnostics published for `uri` (of `version`, when given)."""
        def fits(m: dict) -> bool:
            if m.get("method") != "textDocument/publishDiagnostics" or m["params"]["uri"] != uri:
                return False
            return version is None or m["params"].get("version") == version
        return self.wait(fits, timeout)["params"]["diagnostics"]

    def initialize(self, root_uri: str | None = None, encodings: Sequence[str] | None = None,
                   options: Any = None, pull: bool = False) -> dict:
        """`initialize` then `initialized`; `options` are the editor's settings
        (`initializationOptions`), `pull` says the client asks for diagnostics itself."""
        caps: dict = {"textDocument": {"publishDiagnostics": {"versionSupport": True},
                                       "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {
                                           "valueSet": ["quickfix", "source", "source.fixAll"]}}}}}
        if encodings:
            caps["general"] = {"positionEncodings": list(encodings)}
        if pull:
            caps["textDocument"]["diagnostic"] = {}
        params: dict = {"processId": None, "rootUri": root_uri, "capabilities": caps}
        if options is not None:
            params["initializationOptions"] = options
        result = self.request("initialize", params)
        self.notify("initialized", {})
        return result

    def open(self, uri: str, text: str, language_id: str = "plaintext", version: int = 1) -> None:
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": language_id,
                                                              "version": version, "text": text}})

    def change(self, uri: str, version: int, text: str, range_: dict | None = None) -> None:
        change: dict = {"text": text} if range_ is None else {"range": range_, "text": text}
        self.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                               "contentChanges": [change]})

    def close(self, timeout: float = 60.0) -> int:
        """`shutdown` then `exit`; the server's exit code."""
        self.request("shutdown", timeout=timeout)
        self.notify("exit")
        try:
            return self.proc.wait(timeout=timeout)
        finally:
            for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
                if stream is not None:
                    stream.close()

    def kill(self) -> None:
        """End the server if it still runs, and close the pipes."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None and not stream.closed:
                stream.close()
