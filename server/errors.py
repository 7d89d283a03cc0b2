"""Every failure leaves the service as ``{"error": {"code", "message"}}`` with the right status.

Messages are fixed texts or name a field; they never quote what the client sent in a message field.
"""

from __future__ import annotations

import logging
import traceback

from flask import Flask, Response, jsonify
from werkzeug.exceptions import HTTPException

log = logging.getLogger("amane.server")

_HTTP_ERRORS = {
    400: ("bad_request", "the request could not be understood"),
    403: ("forbidden", "this request is not allowed"),
    404: ("not_found", "no such endpoint; see /v1/openapi.json"),
    405: ("method_not_allowed", "this endpoint does not accept that method"),
    413: ("payload_too_large", "the request body is over the size limit; see /v1/info"),
    415: ("unsupported_media_type", "send the body as application/json"),
    429: ("rate_limited", "too many requests from this client; retry after the delay in Retry-After"),
}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def error_response(status: int, code: str, message: str) -> Response:
    response = jsonify(error={"code": code, "message": message})
    response.status_code = status
    return response


def _http_error(exc: HTTPException) -> Response | HTTPException:
    if exc.code is None or exc.code < 400:
        return exc
    code, message = _HTTP_ERRORS.get(exc.code, ("http_error", "the request failed"))
    response = error_response(exc.code, code, message)
    allow = dict(exc.get_headers()).get("Allow")
    if allow:
        response.headers["Allow"] = allow
    return response


def _unexpected_error(exc: Exception) -> Response:
    # An exception's message may quote the message being analyzed: log where it happened, not what it says.
    frames = "".join(traceback.format_tb(exc.__traceback__))
    log.error("unexpected %s\n%s", type(exc).__name__, frames)
    return error_response(500, "internal", "the service failed to answer; this is a bug, not your request")


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(ApiError, lambda exc: error_response(exc.status, exc.code, exc.message))
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected_error)
