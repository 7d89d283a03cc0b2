"""Looks like a legitimate invoice, reminder or legal notice."""

from detector.signals.base import Signal

SIGNAL = Signal.from_package(__name__)
