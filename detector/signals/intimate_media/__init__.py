"""Claims to hold intimate images, videos or recordings of you."""

from detector.signals.base import Signal

SIGNAL = Signal.from_package(__name__)
