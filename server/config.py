"""Service configuration from ``AMANE_*`` environment variables, with safe defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    host: str = "127.0.0.1"
    port: int = 8765

    @classmethod
    def from_env(cls, environ=None) -> Config:
        env = os.environ if environ is None else environ
        return cls(host=env.get("AMANE_HOST", cls.host), port=int(env.get("AMANE_PORT", cls.port)))
