"""One access-log line per request: method, path, status, size, latency. Nothing from the body or query."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable

log = logging.getLogger("amane.access")
MAX_LOGGED_PATH = 200


class AccessLog:
    """WSGI middleware: it sees every response, including routing errors and rate-limit refusals."""

    def __init__(self, app: Callable) -> None:
        self.app = app

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        started = time.perf_counter()
        status = []

        def recording_start_response(status_line, headers, exc_info=None):
            status.append(status_line.split(" ", 1)[0])
            return start_response(status_line, headers, exc_info)

        body = self.app(environ, recording_start_response)
        size = 0
        try:
            for chunk in body:
                size += len(chunk)
                yield chunk
        finally:
            if hasattr(body, "close"):
                body.close()
            elapsed_ms = (time.perf_counter() - started) * 1000
            log.info("%s %s %s %d %.1fms", environ.get("REQUEST_METHOD", "-"),
                     loggable_path(environ.get("PATH_INFO", "")), status[-1] if status else "-", size, elapsed_ms)


def loggable_path(path: str) -> str:
    """The path a client asked for, shortened and escaped so it cannot forge or split log lines."""
    return path[:MAX_LOGGED_PATH].encode("unicode_escape").decode("ascii")
