"""The OpenAPI 3.1 document of the service, built from the running configuration and the detector's
own vocabularies so that it cannot drift from what the endpoints accept and return."""

from __future__ import annotations

from collections.abc import Sequence

from detector.core import MATCHED_FIELDS
from server.config import Config

JSON = "application/json"


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _strings(values: Sequence[str]) -> dict:
    return {"type": "array", "items": {"type": "string", "enum": list(values)}}


def _object(properties: dict, required: Sequence[str] | None = None) -> dict:
    return {"type": "object", "additionalProperties": False, "properties": properties,
            "required": list(properties if required is None else required)}


def _json_body(schema_name: str, description: str) -> dict:
    return {"description": description, "content": {JSON: {"schema": _ref(schema_name)}}}


def _error(description: str) -> dict:
    return _json_body("Error", description)


def _schemas(config: Config, *, languages, verdicts, risks, signals, channels) -> dict:
    limited_text = {"type": "string", "maxLength": config.max_text_chars}
    optional_text = {"type": ["string", "null"], "maxLength": config.max_text_chars}
    return {
        "AnalyzeRequest": _object({
            "text": {**limited_text, "description": "the message body, as plain text"},
            "subject": {**optional_text, "description": "the subject line, if any"},
            "sender": {**optional_text, "description": "the sender's name or address, if any"},
            "lang": {"enum": [*languages, None], "description": "language of the advice; detected when absent"},
            "channel": {"enum": [*channels, None], "description": "where the message was received"},
        }, required=["text"]),
        "BatchRequest": _object({
            "items": {"type": "array", "maxItems": config.max_batch_items, "items": _ref("AnalyzeRequest")},
        }),
        "Finding": _object({
            "signal": {"type": "string", "enum": list(signals)},
            "field": {"type": "string", "enum": list(MATCHED_FIELDS)},
            "start": {"type": "integer", "minimum": 0,
                      "description": "Unicode code point offset in the original field"},
            "end": {"type": "integer", "minimum": 0},
            "excerpt": {"type": "string"},
            "weight": {"type": "number"},
            "explanation": {"type": "string"},
        }),
        "Advice": _object({
            "lang": {"type": "string", "description": "language of title, steps and label"},
            "title": {"type": "string"},
            "steps": {"type": "array", "items": {"type": "string"}},
            "report": _object({"name": {"type": "string"}, "url": {"type": "string", "format": "uri"}}),
            "emergency": _object({"label": {"type": "string"}, "number": {"type": "string"}}),
        }),
        "Analysis": _object({
            "verdict": {"type": "string", "enum": list(verdicts)},
            "risk": {"type": "string", "enum": list(risks)},
            "score": {"type": "number", "minimum": 0, "maximum": 1},
            "language": {"type": "string"},
            "languages": {"type": "array", "items": {"type": "string"}},
            "findings": {"type": "array", "items": _ref("Finding")},
            "advice": _ref("Advice"),
            "detector_version": {"type": "string"},
        }),
        "BatchResponse": _object({"results": {"type": "array", "items": _ref("Analysis")}}),
        "Health": _object({"status": {"const": "ok"}, "version": {"type": "string"}}),
        "Info": _object({
            "version": {"type": "string"},
            "region": {"type": "string"},
            "languages": _strings(languages),
            "verdicts": _strings(verdicts),
            "risks": _strings(risks),
            "signals": _strings(signals),
            "channels": _strings(channels),
            "limits": _object({
                "max_body_bytes": {"type": "integer", "minimum": 1},
                "max_text_chars": {"type": "integer", "minimum": 1},
                "max_batch_items": {"type": "integer", "minimum": 1},
                "rate_limit": {"type": "string", "description": "messages per client, e.g. '300/minute'"},
            }),
        }),
        "Error": _object({
            "error": _object({
                "code": {"type": "string", "description": "stable, machine-readable, e.g. invalid_field"},
                "message": {"type": "string", "description": "for people; never quotes the message"},
            }),
        }),
    }


def openapi_document(config: Config, *, version: str, languages: Sequence[str], verdicts: Sequence[str],
                     risks: Sequence[str], signals: Sequence[str], channels: Sequence[str]) -> dict:
    common = {
        "403": _error("the request came from a browser origin that is not allowed"),
        "default": _error("unknown path (404), wrong method (405), or a service failure (500)"),
    }
    limited = {
        "400": _error("malformed JSON, or a missing, unknown or wrongly typed field"),
        "413": _error(f"body over {config.max_body_bytes} bytes, a field over {config.max_text_chars} characters, "
                      f"or more than {config.max_batch_items} items"),
        "415": _error("the body is not application/json"),
        "429": {**_error(f"over the per-client rate limit of {config.rate_limit}"),
                "headers": {"Retry-After": {"description": "seconds to wait", "schema": {"type": "integer"}}}},
        **common,
    }

    def post(summary: str, request_schema: str, response_schema: str) -> dict:
        return {"post": {
            "summary": summary,
            "requestBody": {"required": True, "content": {JSON: {"schema": _ref(request_schema)}}},
            "responses": {"200": _json_body(response_schema, "the analysis"), **limited},
        }}

    def get(summary: str, response: dict) -> dict:
        return {"get": {"summary": summary, "responses": {"200": response, **common}}}

    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Amane",
            "version": version,
            "description": "Detects sextortion, extortion, intimidation and unsolicited sexual offers in a message "
                           "and says what to do. Message text is analyzed in memory and never stored or logged.",
            "license": {"name": "Apache-2.0", "identifier": "Apache-2.0"},
        },
        "servers": [{"url": "/"}],
        "paths": {
            "/v1/analyze": post("Analyze one message", "AnalyzeRequest", "Analysis"),
            "/v1/analyze/batch": post("Analyze several messages; results come in the order of items",
                                      "BatchRequest", "BatchResponse"),
            "/v1/health": get("Say that the service is up", _json_body("Health", "the service is up")),
            "/v1/info": get("Languages, verdicts, signals, limits and region",
                            _json_body("Info", "what this service detects and accepts")),
            "/v1/openapi.json": get("This document", {"description": "the OpenAPI document",
                                                      "content": {JSON: {"schema": {"type": "object"}}}}),
        },
        "components": {"schemas": _schemas(config, languages=languages, verdicts=verdicts, risks=risks,
                                           signals=signals, channels=channels)},
    }
