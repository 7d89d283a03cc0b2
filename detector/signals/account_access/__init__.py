"""Claims access to your device, accounts, password, documents or private messages."""

from detector.signals.base import Signal

SIGNAL = Signal.from_package(__name__)
