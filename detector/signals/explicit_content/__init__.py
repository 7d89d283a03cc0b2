"""Explicit sexual content."""

from detector.signals.base import Signal

SIGNAL = Signal.from_package(__name__)
