"""Talks about extortion (awareness, news, advice) rather than threatening."""

from detector.signals.base import Signal

SIGNAL = Signal.from_package(__name__)
