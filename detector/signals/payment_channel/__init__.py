"""Names a hard-to-trace payment channel; also finds crypto wallet addresses that pass their checksum."""

from detector.normalize import Normalized
from detector.signals.base import Signal
from detector.wallets import find_wallets


def find_wallet_addresses(norm: Normalized):
    # Addresses are case-sensitive and checksummed: look at the original text, not the folded one.
    for wallet in find_wallets(norm.original):
        yield wallet.start, wallet.end


SIGNAL = Signal.from_package(__name__, finders=(find_wallet_addresses,))
