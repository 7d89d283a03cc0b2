"""Threatens you or your family with harm."""

from detector.signals.base import Signal

SIGNAL = Signal.from_package(__name__)
