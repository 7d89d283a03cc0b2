"""Tells you not to go to the police or tell anyone."""

from detector.signals.base import Signal

SIGNAL = Signal.from_package(__name__)
