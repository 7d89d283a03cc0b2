"""Run the service: werkzeug's development server, or gunicorn in production."""

from __future__ import annotations

import logging
import os

from werkzeug.serving import WSGIRequestHandler, run_simple

from detector.core import preload
from server import create_app
from server.config import Config

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _QuietRequestHandler(WSGIRequestHandler):
    """werkzeug's own request line would duplicate, in another format, what ``amane.access`` logs."""

    def log_request(self, code="-", size="-") -> None:
        pass


def configure_logging(level: str) -> None:
    logging.basicConfig(level=level, format=LOG_FORMAT)
    # flask-limiter's INFO line on each refusal names the client's address; the access log's 429 is enough.
    logging.getLogger("flask-limiter").setLevel(max(logging.WARNING, logging.getLevelName(level)))


def worker_count(config: Config) -> int:
    return config.workers or len(os.sched_getaffinity(0))


def bind_address(config: Config) -> str:
    host = f"[{config.host}]" if ":" in config.host else config.host
    return f"{host}:{config.port}"


def gunicorn_options(config: Config) -> dict:
    return {
        "bind": bind_address(config),
        "workers": worker_count(config),
        # Threads let one worker hold idle keep-alive connections and slow clients while another computes.
        "worker_class": "gthread",
        "threads": 4,
        "preload_app": True,
        "accesslog": None,
        "errorlog": "-",
        "loglevel": config.log_level.lower(),
        "timeout": 30,
        "graceful_timeout": 10,
        "proc_name": "amane",
    }


def run(config: Config, *, production: bool) -> None:
    configure_logging(config.log_level)
    app = create_app(config)
    # The detector loads its lexicons on first use: load them once here, before gunicorn forks, so that
    # workers share those pages and no visitor waits for the loading.
    preload(config.region)
    if production:
        _run_gunicorn(app, gunicorn_options(config))
    else:
        run_simple(config.host, config.port, app, threaded=True, request_handler=_QuietRequestHandler)


def _run_gunicorn(app, options: dict) -> None:
    # Imported here: gunicorn is in the "server" extra and does not run on Windows.
    from gunicorn.app.base import BaseApplication

    class _Gunicorn(BaseApplication):
        def load_config(self) -> None:
            for key, value in options.items():
                self.cfg.set(key, value)
            # gunicorn >= 25.1 opens a control socket under $HOME by default; the service has no use for it.
            if "control_socket_disable" in self.cfg.settings:
                self.cfg.set("control_socket_disable", True)

        def load(self):
            return app

    _Gunicorn().run()
