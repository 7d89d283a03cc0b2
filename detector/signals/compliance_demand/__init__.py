"""Demands that you do something (delete, withdraw, stay silent, give access…)."""

from detector.signals.base import Signal

SIGNAL = Signal.from_package(__name__)
