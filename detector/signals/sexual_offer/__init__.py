"""Unsolicited offer of sexual services."""

from detector.signals.base import Signal

SIGNAL = Signal.from_package(__name__)
