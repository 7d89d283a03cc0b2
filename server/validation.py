"""Turn a request body into the keyword arguments of ``detector.analyze``, or an :class:`ApiError`.

Error messages name the offending field and the rule; they quote nothing the client sent, not even the
name of an unknown field (a careless client may put message text in a key).
"""

from __future__ import annotations

import json
import re

from detector import CHANNELS, LANGUAGES
from server.errors import ApiError

MESSAGE_FIELDS = ("text", "subject", "sender")
OPTIONAL_CHOICES = ("lang", "channel")
ITEM_FIELDS = (*MESSAGE_FIELDS, *OPTIONAL_CHOICES)
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def parse_json_object(body: bytes) -> dict:
    try:
        value = json.loads(body)
    except (ValueError, RecursionError):
        # ValueError covers bad JSON, bad UTF-8 and over-long integers; RecursionError very deep nesting.
        raise ApiError(400, "bad_json", "the body is not valid JSON") from None
    if not isinstance(value, dict):
        raise ApiError(400, "bad_json", "the body must be a JSON object")
    return value


def analyze_kwargs(item: object, *, max_chars: int, where: str = "") -> dict:
    """Validate one message object and return it as ``analyze`` keyword arguments (``text`` included)."""
    if not isinstance(item, dict):
        raise _invalid(where or "body", "must be a JSON object")
    if set(item) - set(ITEM_FIELDS):
        raise _invalid(where or "body", f"has an unknown field; the fields are {', '.join(ITEM_FIELDS)}")
    if "text" not in item:
        raise _invalid(_field(where, "text"), "is required")
    kwargs = {}
    for name in MESSAGE_FIELDS:
        value = item.get(name)
        if value is None and name != "text":
            continue
        if not isinstance(value, str):
            raise _invalid(_field(where, name), "must be a string")
        if len(value) > max_chars:
            raise ApiError(413, "text_too_long", f"{_field(where, name)} is over the limit of {max_chars} characters")
        kwargs[name] = replace_lone_surrogates(value)
    for name, allowed in (("lang", LANGUAGES), ("channel", CHANNELS)):
        value = item.get(name)
        if value is None:
            continue
        if not isinstance(value, str) or value not in allowed:
            raise _invalid(_field(where, name), f"must be one of {', '.join(allowed)}, or absent")
        kwargs[name] = value
    return kwargs


def batch_items(body: dict, *, max_items: int) -> list:
    if set(body) - {"items"}:
        raise _invalid("body", "has an unknown field; the only field is items")
    items = body.get("items")
    if not isinstance(items, list):
        raise _invalid("items", "must be a JSON array of message objects")
    if len(items) > max_items:
        raise ApiError(413, "too_many_items", f"items holds more than {max_items} messages; split the batch")
    return items


def replace_lone_surrogates(value: str) -> str:
    """A JSON string may carry half an emoji (a lone UTF-16 surrogate): make it U+FFFD, keeping every offset."""
    return _LONE_SURROGATE.sub("\ufffd", value)


def _field(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


def _invalid(field: str, problem: str) -> ApiError:
    return ApiError(400, "invalid_field", f"{field} {problem}")
