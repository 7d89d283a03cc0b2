"""Amane's detection library: text in, :class:`Analysis` out. No web and no I/O of its own."""

__version__ = "0.1.0"

from detector.analysis import VERDICTS, Analysis, Finding
from detector.core import CHANNELS, analyze
from detector.signals import EVIDENCE as SIGNALS
from detector.signals import LANGUAGES

__all__ = ["CHANNELS", "LANGUAGES", "SIGNALS", "VERDICTS", "Analysis", "Finding", "__version__", "analyze"]
