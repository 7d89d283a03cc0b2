"""Demands intimate images, sexual acts or a relationship."""

from detector.signals.base import Signal

SIGNAL = Signal.from_package(__name__)
