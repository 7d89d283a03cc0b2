"""Service configuration from ``AMANE_*`` environment variables, with safe defaults.

Every field ``name`` is read from ``AMANE_<NAME>``. Values are checked when the ``Config`` is built, so a
bad deployment fails at startup with a message naming the variable, never later on a request.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass

import limits
from limits.storage import SCHEMES as RATE_LIMIT_STORAGE_SCHEMES

from detector.advice import regions

ENV_PREFIX = "AMANE_"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_ORIGIN = re.compile(r"[a-z][a-z0-9+.-]*://[^/\s*]+")


class ConfigError(ValueError):
    """A setting is invalid; the message names the environment variable to fix."""


@dataclass(frozen=True)
class Config:
    host: str = "127.0.0.1"
    port: int = 8765
    max_body_bytes: int = 256 * 1024
    max_text_chars: int = 100_000
    max_batch_items: int = 50
    # Origins admitted besides browser extensions, e.g. "https://webmail.example.org".
    cors_origins: tuple[str, ...] = ()
    # Messages per client: a batch counts each of its messages.
    rate_limit: str = "300/minute"
    rate_limit_storage: str = "memory://"
    region: str = "MA"
    # 0: one gunicorn worker per CPU core available to this process.
    workers: int = 0
    # Number of reverse proxies in front of the service whose X-Forwarded-For is trusted to identify the
    # client for rate limiting; 0 trusts none (a client could otherwise spoof its address).
    proxy_hops: int = 0
    log_level: str = "INFO"

    def __post_init__(self) -> None:
        _check(self.host.strip() != "", "host", "must not be empty")
        _check(0 <= self.port <= 65535, "port", "must be between 0 and 65535")
        for name in ("max_body_bytes", "max_text_chars", "max_batch_items"):
            _check(getattr(self, name) >= 1, name, "must be at least 1")
        for name in ("workers", "proxy_hops"):
            _check(getattr(self, name) >= 0, name, "must be 0 or more")
        for origin in self.cors_origins:
            _check(_ORIGIN.fullmatch(origin) is not None, "cors_origins",
                   f"{origin!r} is not an origin like https://mail.example.org (no path, no wildcard)")
        _check(_parses_as_rate_limit(self.rate_limit), "rate_limit", f"{self.rate_limit!r} is not like '300/minute'")
        _check(min(item.amount for item in limits.parse_many(self.rate_limit)) >= self.max_batch_items, "rate_limit",
               f"must allow at least {self.max_batch_items} messages (AMANE_MAX_BATCH_ITEMS) per period")
        scheme = self.rate_limit_storage.partition("://")[0]
        _check(scheme in RATE_LIMIT_STORAGE_SCHEMES, "rate_limit_storage",
               f"{self.rate_limit_storage!r} is not a storage URI such as memory:// or redis://host:6379")
        _check(self.region in regions(), "region", f"must be one of {', '.join(regions())} (reporting platforms known)")
        _check(self.log_level in LOG_LEVELS, "log_level", f"must be one of {', '.join(LOG_LEVELS)}")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Config:
        env = os.environ if environ is None else environ
        values = {}
        for field in dataclasses.fields(cls):
            raw = env.get(env_name(field.name))
            if raw is not None:
                values[field.name] = _parse(field.name, field.type, raw.strip())
        return cls(**values)


def env_name(field_name: str) -> str:
    return ENV_PREFIX + field_name.upper()


def _parse(name: str, type_name: str, raw: str):
    if type_name == "int":
        try:
            return int(raw)
        except ValueError:
            raise ConfigError(f"{env_name(name)} must be a whole number, got {raw!r}") from None
    if type_name == "tuple[str, ...]":
        return tuple(item.strip() for item in raw.split(",") if item.strip())
    if name in ("region", "log_level"):
        return raw.upper()
    return raw


def _parses_as_rate_limit(value: str) -> bool:
    try:
        return bool(limits.parse_many(value))
    except ValueError:
        return False


def _check(ok: bool, name: str, problem: str) -> None:
    if not ok:
        raise ConfigError(f"{env_name(name)} {problem}")
