"""Run the real service (``amane serve``) in a child process on a free loopback port, for tests and benchmarks."""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class RunningService:
    port: int
    log_path: Path

    def connection(self, timeout: float = 10.0) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(LOOPBACK, self.port, timeout=timeout)

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def log_text_once_it_holds(self, *fragments: str, timeout: float = 10.0) -> str:
        """The log once every fragment is in it (or at the timeout): a request's access line is written
        after its response has left, so a client may read the log before the line of its last request."""
        deadline = time.monotonic() + timeout
        text = self.log_text()
        while not all(fragment in text for fragment in fragments) and time.monotonic() < deadline:
            time.sleep(0.05)
            text = self.log_text()
        return text


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]


@contextmanager
def running_service(*, production: bool, env: Mapping[str, str] | None = None,
                    startup_timeout: float = 30.0) -> Iterator[RunningService]:
    port = free_port()
    child_env = {**os.environ, **(env or {}), "AMANE_HOST": LOOPBACK, "AMANE_PORT": str(port)}
    with tempfile.TemporaryDirectory(prefix="amane-service-") as folder:
        log_path = Path(folder) / "service.log"
        # Output goes to a file, not a pipe: an unread pipe would fill up under load and stall the server.
        with log_path.open("wb") as log:
            command = [sys.executable, "-m", "detector.cli", "serve", *(["--production"] if production else [])]
            child = subprocess.Popen(command, env=child_env, stdout=log, stderr=subprocess.STDOUT)
        service = RunningService(port, log_path)
        try:
            _wait_until_healthy(service, child, startup_timeout)
            yield service
        finally:
            child.terminate()
            try:
                child.wait(timeout=15)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()


def _wait_until_healthy(service: RunningService, child: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if child.poll() is not None:
            raise RuntimeError(f"the service exited with status {child.returncode}:\n{service.log_text()}")
        connection = service.connection(timeout=1.0)
        try:
            connection.request("GET", "/v1/health")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.1)
        finally:
            connection.close()
    raise RuntimeError(f"the service did not answer /v1/health within {timeout:.0f} s:\n{service.log_text()}")
