"""Amane's HTTP service: the detector over Flask."""

from __future__ import annotations

from flask import Flask
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from werkzeug.middleware.proxy_fix import ProxyFix

from server.access_log import AccessLog
from server.api import v1_blueprint
from server.config import Config
from server.cors import install_cors
from server.errors import register_error_handlers


def create_app(config: Config | None = None) -> Flask:
    config = config or Config.from_env()
    app = Flask(__name__)
    app.config["AMANE"] = config
    app.config["MAX_CONTENT_LENGTH"] = config.max_body_bytes
    # Keep the contract's key order, and Arabic as UTF-8 rather than \\u escapes (a third of the size).
    app.json.sort_keys = False
    app.json.ensure_ascii = False

    register_error_handlers(app)
    install_cors(app, config)
    limiter = Limiter(get_remote_address, app=app, storage_uri=config.rate_limit_storage, headers_enabled=True,
                      swallow_errors=True, in_memory_fallback_enabled=True)
    app.register_blueprint(v1_blueprint(config, limiter))
    app.after_request(_privacy_headers)

    if config.proxy_hops:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=config.proxy_hops)
    app.wsgi_app = AccessLog(app.wsgi_app)
    return app


def _privacy_headers(response):
    # Analyses describe private messages: no browser or proxy cache may keep them.
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
