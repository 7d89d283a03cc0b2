"""Asks you to call, text, click or join."""

from detector.signals.base import Signal

SIGNAL = Signal.from_package(__name__)
