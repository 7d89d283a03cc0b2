"""The ``v1`` endpoints. Nothing is kept between requests: any instance can answer any request."""

from __future__ import annotations

from flask import Blueprint, jsonify, request
from flask_limiter import Limiter
from werkzeug.exceptions import HTTPException

import detector
from detector import CHANNELS, LANGUAGES, SIGNALS, VERDICTS, __version__
from detector.analysis import RISKS
from server.config import Config
from server.errors import ApiError
from server.openapi import openapi_document
from server.validation import analyze_kwargs, batch_items, parse_json_object


def _json_body() -> dict:
    if request.mimetype != "application/json":
        raise ApiError(415, "unsupported_media_type", "send the body as application/json")
    return parse_json_object(request.get_data())


def batch_cost(max_items: int) -> int:
    """A batch spends one unit of the client's budget per message (at least one, at most ``max_items``)."""
    try:
        items = parse_json_object(request.get_data()).get("items")
    except (ApiError, HTTPException):
        return 1
    return min(max(len(items), 1), max_items) if isinstance(items, list) else 1


def _vocabulary() -> dict:
    return {"languages": LANGUAGES, "verdicts": VERDICTS, "risks": RISKS, "signals": SIGNALS, "channels": CHANNELS}


def info_document(config: Config) -> dict:
    return {
        "version": __version__,
        "region": config.region,
        **{name: list(values) for name, values in _vocabulary().items()},
        "limits": {"max_body_bytes": config.max_body_bytes, "max_text_chars": config.max_text_chars,
                   "max_batch_items": config.max_batch_items, "rate_limit": config.rate_limit},
    }


def v1_blueprint(config: Config, limiter: Limiter) -> Blueprint:
    v1 = Blueprint("v1", __name__, url_prefix="/v1")
    # One budget of messages per client for both analysis endpoints, so batching does not multiply it.
    one_message = limiter.shared_limit(config.rate_limit, scope="analysis")
    batch_messages = limiter.shared_limit(config.rate_limit, scope="analysis",
                                          cost=lambda: batch_cost(config.max_batch_items))

    def checked(item: object, where: str = "") -> dict:
        return analyze_kwargs(item, max_chars=config.max_text_chars, where=where)

    def analysis(kwargs: dict) -> dict:
        return detector.analyze(**kwargs, region=config.region).to_dict()

    @v1.post("/analyze")
    @one_message
    def analyze_one():
        return jsonify(analysis(checked(_json_body())))

    @v1.post("/analyze/batch")
    @batch_messages
    def analyze_batch():
        items = batch_items(_json_body(), max_items=config.max_batch_items)
        # Every item is checked before any is analyzed: a bad item costs no detector time.
        all_checked = [checked(item, f"items[{index}]") for index, item in enumerate(items)]
        return jsonify(results=[analysis(kwargs) for kwargs in all_checked])

    @v1.get("/health")
    def health():
        return jsonify(status="ok", version=__version__)

    @v1.get("/info")
    def info():
        return jsonify(info_document(config))

    @v1.get("/openapi.json")
    def openapi():
        return jsonify(openapi_document(config, version=__version__, **_vocabulary()))

    return v1
