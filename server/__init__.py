"""Amane's HTTP service: the detector over Flask."""

from __future__ import annotations

from flask import Flask, jsonify

from detector import __version__
from server.config import Config


def create_app(config: Config | None = None) -> Flask:
    app = Flask(__name__)
    app.config["AMANE"] = config or Config.from_env()

    @app.get("/v1/health")
    def health():
        return jsonify(status="ok", version=__version__)

    return app
