"""Looks like a newsletter or marketing mail."""

from detector.signals.base import Signal

SIGNAL = Signal.from_package(__name__)
