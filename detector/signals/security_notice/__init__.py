"""Looks like a security notification from a service."""

from detector.signals.base import Signal

SIGNAL = Signal.from_package(__name__)
