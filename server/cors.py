"""Who may call the service from a browser: browser extensions, plus the origins the operator lists.

A request that carries any other ``Origin`` is refused outright (403), so a web page cannot use a
person's local service even through requests that skip the CORS preflight.
"""

from __future__ import annotations

import re

from flask import Flask, request
from flask_cors import CORS

from server.config import Config
from server.errors import ApiError

# Chromium extension ids are 32 letters a-p; Firefox gives each installed extension a random UUID.
EXTENSION_ORIGINS = (
    re.compile(r"chrome-extension://[a-p]{32}\Z"),
    re.compile(r"moz-extension://[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z"),
)


def allowed_origins(config: Config) -> tuple[re.Pattern, ...]:
    return EXTENSION_ORIGINS + tuple(re.compile(re.escape(origin) + r"\Z") for origin in config.cors_origins)


def is_allowed_origin(origin: str, patterns: tuple[re.Pattern, ...]) -> bool:
    return any(pattern.match(origin) for pattern in patterns)


def install_cors(app: Flask, config: Config) -> None:
    patterns = allowed_origins(config)

    @app.before_request
    def refuse_foreign_origins():
        origin = request.headers.get("Origin")
        if origin is not None and not is_allowed_origin(origin, patterns):
            raise ApiError(403, "origin_not_allowed", "this origin may not call the service; see the CORS settings")

    CORS(app, origins=list(patterns), methods=["GET", "POST"], allow_headers=["Content-Type"],
         supports_credentials=False, max_age=600)
