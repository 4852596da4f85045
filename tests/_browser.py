"""Headless Chromium driven over the DevTools protocol, with the standard library only.

Chromium is started with ``--remote-debugging-pipe``: it reads protocol
commands (JSON, each ended by a NUL byte) on file descriptor 3 and writes
answers and events on descriptor 4. That is all a test needs to load a page,
collect what the page logs (console messages, uncaught errors, Content
Security Policy violations), run a line of JavaScript in it and take a
screenshot; no browser-automation package, no network port, no download of a
browser build (Debian's ``chromium`` package provides the browser).

Use::

    with Browser.start() as browser:
        page = browser.open(path)            # waits for the load event
        page.evaluate("document.title")
        page.problems                        # console errors and CSP violations
"""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str | None:
    """The browser's path, or None; ``THREATGRAPH_CHROMIUM`` overrides the search."""
    override = os.environ.get("THREATGRAPH_CHROMIUM")
    if override:
        return shutil.which(override) or (override if Path(override).is_file() else None)
    for name in NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def _above_4(fd: int) -> int:
    """``fd`` moved above 4, so that placing the pipe on 3 and 4 cannot clobber it."""
    import fcntl

    high = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return high


class ProtocolError(RuntimeError):
    """The browser answered a command with an error, or did not answer in time."""


class Browser:
    """One headless Chromium process and its DevTools pipe."""

    def __init__(self, proc: subprocess.Popen[bytes], commands: int, answers: int) -> None:
        self._proc = proc
        self._commands = commands
        self._answers = answers
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []

    @classmethod
    @contextmanager
    def start(cls, timeout: float = 60.0) -> Iterator[Browser]:
        """Start Chromium; it is stopped (and its profile removed) when the block ends."""
        exe = find_chromium()
        if exe is None:
            raise FileNotFoundError("no Chromium on PATH")
        profile = tempfile.mkdtemp(prefix="threatgraph-chromium-")
        to_browser_r, to_browser_w = (_above_4(fd) for fd in os.pipe())
        from_browser_r, from_browser_w = (_above_4(fd) for fd in os.pipe())
        flags = [
            "--headless",
            "--remote-debugging-pipe",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-gpu",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-dev-shm-usage",
            f"--user-data-dir={profile}",
            "--window-size=1280,1000",
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            flags.append("--no-sandbox")  # Chromium refuses to sandbox itself as root
        # the browser expects the pipe on descriptors 3 and 4: a small Python
        # trampoline puts them there and becomes the browser
        trampoline = (
            "import os, sys; "
            f"os.dup2({to_browser_r}, 3); os.dup2({from_browser_w}, 4); "
            "os.execv(sys.argv[1], sys.argv[1:])"
        )
        proc = subprocess.Popen(
            [sys.executable, "-c", trampoline, exe, *flags, "about:blank"],
            pass_fds=(to_browser_r, from_browser_w),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        browser = cls(proc, to_browser_w, from_browser_r)
        try:
            browser.timeout = timeout
            yield browser
        finally:
            browser.close()
            shutil.rmtree(profile, ignore_errors=True)

    timeout: float = 60.0

    def close(self) -> None:
        """Ask the browser to quit, then make sure it has."""
        with suppress(OSError, ProtocolError):
            self.send("Browser.close")
        for fd in (self._commands, self._answers):
            with suppress(OSError):
                os.close(fd)
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()

    # ------------------------------------------------------------------ protocol

    def send(self, method: str, params: dict[str, Any] | None = None, session: str = "") -> Any:
        """Send one command and return its result; events that arrive meanwhile are kept."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._commands, json.dumps(message).encode("utf-8") + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise ProtocolError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method: str, session: str = "") -> dict[str, Any]:
        """The first event called ``method`` (already received, or the next one)."""
        deadline = time.monotonic() + self.timeout
        while True:
            for event in self.events:
                if event.get("method") == method and event.get("sessionId", "") == session:
                    self.events.remove(event)
                    return event
            self.events.append(self._read(deadline))

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise ProtocolError(f"Chromium did not answer within {self.timeout:g} s")
            ready, _, _ = select.select([self._answers], [], [], left)
            if not ready:
                continue
            chunk = os.read(self._answers, 1 << 16)
            if not chunk:
                raise ProtocolError("Chromium closed its DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        return message

    # ------------------------------------------------------------------ pages

    def open(self, path: Path) -> Page:
        """A new tab with ``path`` loaded (its load event fired)."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        page = Page(self, session)
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable", session=session)
        self.send("Page.navigate", {"url": path.resolve().as_uri()}, session=session)
        self.wait_for("Page.loadEventFired", session=session)
        return page


class Page:
    """One loaded tab."""

    def __init__(self, browser: Browser, session: str) -> None:
        self._browser = browser
        self._session = session

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (JSON-serialisable values)."""
        result = self._browser.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
            session=self._session,
        )
        if "exceptionDetails" in result:
            raise ProtocolError(f"{expression!r} threw: {result['exceptionDetails']}")
        return result["result"].get("value")

    @property
    def problems(self) -> list[str]:
        """Console errors and warnings, uncaught exceptions, and CSP violations, so far."""
        self.evaluate("0")  # let pending events arrive
        out = []
        for event in self._browser.events:
            if event.get("sessionId") != self._session:
                continue
            method, params = event.get("method"), event.get("params", {})
            if method == "Log.entryAdded":
                entry = params["entry"]
                if entry.get("level") in ("error", "warning") or entry.get("source") in (
                    "security",
                    "violation",
                ):
                    out.append(f"log {entry.get('source')}/{entry.get('level')}: {entry['text']}")
            elif method == "Runtime.consoleAPICalled" and params.get("type") in (
                "error",
                "warning",
            ):
                out.append(f"console.{params['type']}: {params.get('args')}")
            elif method == "Runtime.exceptionThrown":
                out.append(f"exception: {params.get('exceptionDetails')}")
        return out

    def screenshot(self, path: Path) -> Path:
        """A PNG of the whole page (for a person to look at while developing)."""
        result = self._browser.send(
            "Page.captureScreenshot",
            {"format": "png", "captureBeyondViewport": True},
            session=self._session,
        )
        path.write_bytes(base64.b64decode(result["data"]))
        return path
