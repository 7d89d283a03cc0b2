"""Threatens to send or publish something about you to your contacts, family, employer or online."""

from detector.signals.base import Signal

SIGNAL = Signal.from_package(__name__)
