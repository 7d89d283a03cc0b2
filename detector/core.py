"""analyze(): the library's one entry point (the detection pipeline lands with the detector issue)."""

from __future__ import annotations

from detector.analysis import Analysis


def _require_str(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be str, not {type(value).__name__}")
    return value


def analyze(text, *, subject="", sender="", lang=None, channel=None) -> Analysis:
    from detector import __version__

    _require_str("text", text)
    _require_str("subject", subject)
    _require_str("sender", sender)
    return Analysis(
        verdict="none", risk="none", score=0.0, language="und", languages=(),
        findings=(), advice={}, detector_version=__version__,
    )
