"""Someone asking for help about a threat they received."""

from detector.signals.base import Signal

SIGNAL = Signal.from_package(__name__)
