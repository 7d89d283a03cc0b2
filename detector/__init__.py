"""Amane's detection library: text in, :class:`Analysis` out. No web and no I/O of its own."""

__version__ = "0.1.0"

from detector.analysis import VERDICTS, Analysis, Finding  # noqa: E402
from detector.core import CHANNELS, analyze  # noqa: E402
from detector.signals import EVIDENCE as SIGNALS  # noqa: E402
from detector.signals import LANGUAGES  # noqa: E402

__all__ = ["CHANNELS", "LANGUAGES", "SIGNALS", "VERDICTS", "Analysis", "Finding", "__version__", "analyze"]
