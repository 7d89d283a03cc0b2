"""Crypto wallet addresses in a message, kept only when their checksum (or, for Monero, their shape) holds.

A ransom note names where to pay; a random token that merely looks like an address must not count, so every
candidate is validated: Base58Check (Bitcoin, Litecoin, Tron), Bech32/Bech32m (BIP-173/BIP-350) and EIP-55.
Standard library only: the detector core also runs under Pyodide.
"""

from __future__ import annotations

import hashlib
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = [
    "Wallet",
    "find_wallets",
    "is_valid_bitcoin",
    "is_valid_ethereum",
    "is_valid_litecoin",
    "is_valid_monero",
    "is_valid_tron",
    "keccak256",
]


@dataclass(frozen=True, slots=True)
class Wallet:
    kind: str  # "bitcoin", "ethereum", "litecoin", "monero", "tron" (USDT-TRC20)
    address: str
    start: int  # index in the text given to find_wallets
    end: int


# --- Base58Check -----------------------------------------------------------------------------------------------

_BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58 = "[1-9A-HJ-NP-Za-km-z]"  # the same alphabet as a regex class
_BASE58_VALUE = {char: value for value, char in enumerate(_BASE58_ALPHABET)}
# Mainnet only: a ransom is never asked on a testnet, where coins are worthless.
_BASE58_VERSION_KIND = {0x00: "bitcoin", 0x05: "bitcoin", 0x30: "litecoin", 0x32: "litecoin", 0x41: "tron"}
_BASE58CHECK_SIZE = 25  # version byte, 20-byte hash, 4-byte checksum


def _base58_decode(text: str) -> bytes | None:
    number = 0
    for char in text:
        value = _BASE58_VALUE.get(char)
        if value is None:
            return None
        number = number * 58 + value
    leading_zero_bytes = len(text) - len(text.lstrip("1"))
    return b"\0" * leading_zero_bytes + number.to_bytes((number.bit_length() + 7) // 8, "big")


def _double_sha256(data: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(data).digest()).digest()


def _base58check_version(address: str) -> int | None:
    """Version byte of a 25-byte Base58Check address whose checksum holds, else None."""
    raw = _base58_decode(address)
    if raw is None or len(raw) != _BASE58CHECK_SIZE:
        return None
    payload, checksum = raw[:-4], raw[-4:]
    if _double_sha256(payload)[:4] != checksum:
        return None
    return payload[0]


def _base58check_kind(address: str) -> str | None:
    return _BASE58_VERSION_KIND.get(_base58check_version(address))


# --- Bech32 / Bech32m ------------------------------------------------------------------------------------------

_BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_VALUE = {char: value for value, char in enumerate(_BECH32_CHARSET)}
_BECH32_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_BECH32_CONST = 1
_BECH32M_CONST = 0x2BC830A3
_BECH32_MAX_LENGTH = 90


def _bech32_generator_sums() -> tuple[int, ...]:
    """For each 5-bit value shifted out of the checksum, the XOR of the generators its set bits select."""
    sums = []
    for top in range(32):
        total = 0
        for bit, generator in enumerate(_BECH32_GENERATOR):
            if top >> bit & 1:
                total ^= generator
        sums.append(total)
    return tuple(sums)


_BECH32_GENERATOR_SUMS = _bech32_generator_sums()


def _bech32_polymod(values: list[int]) -> int:
    check = 1
    for value in values:
        check = (check & 0x1FFFFFF) << 5 ^ value ^ _BECH32_GENERATOR_SUMS[check >> 25]
    return check


def _bech32_hrp_expand(hrp: str) -> list[int]:
    return [ord(char) >> 5 for char in hrp] + [0] + [ord(char) & 31 for char in hrp]


def _bech32_decode(text: str) -> tuple[str, list[int], int] | None:
    """(hrp, data without checksum, checksum constant) of a Bech32 or Bech32m string, else None."""
    if len(text) > _BECH32_MAX_LENGTH or (text != text.lower() and text != text.upper()):
        return None
    text = text.lower()
    separator = text.rfind("1")
    hrp, data_part = text[:separator], text[separator + 1 :]
    if separator < 1 or len(data_part) < 6 or any(not 33 <= ord(char) <= 126 for char in hrp):
        return None
    if any(char not in _BECH32_VALUE for char in data_part):
        return None
    data = [_BECH32_VALUE[char] for char in data_part]
    constant = _bech32_polymod(_bech32_hrp_expand(hrp) + data)
    if constant not in (_BECH32_CONST, _BECH32M_CONST):
        return None
    return hrp, data[:-6], constant


def _five_to_eight_bits(groups: list[int]) -> bytes | None:
    """Regroup 5-bit values into bytes; BIP-173 allows at most 4 bits of padding, all zero."""
    accumulator, bits, out = 0, 0, bytearray()
    for group in groups:
        accumulator = accumulator << 5 | group
        bits += 5
        if bits >= 8:
            bits -= 8
            out.append(accumulator >> bits & 0xFF)
    if bits >= 5 or accumulator & ((1 << bits) - 1):
        return None
    return bytes(out)


def _is_segwit_address(address: str, hrp: str) -> bool:
    decoded = _bech32_decode(address)
    if decoded is None or decoded[0] != hrp or not decoded[1]:
        return False
    _, data, constant = decoded
    version, program = data[0], _five_to_eight_bits(data[1:])
    if version > 16 or program is None or not 2 <= len(program) <= 40:
        return False
    if version == 0:
        # BIP-141 programs (P2WPKH 20, P2WSH 32), and BIP-350: v0 keeps Bech32, v1+ moved to Bech32m.
        return len(program) in (20, 32) and constant == _BECH32_CONST
    return constant == _BECH32M_CONST


# --- Keccak-256 and EIP-55 -------------------------------------------------------------------------------------

_MASK64 = (1 << 64) - 1


def _keccak_round_constants() -> tuple[int, ...]:
    # LFSR x^8 + x^6 + x^5 + x^4 + 1 of the Keccak reference; bit j of round i's constant sits at 2^j - 1.
    constants, state = [], 1
    for _ in range(24):
        constant = 0
        for j in range(7):
            if state & 1:
                constant |= 1 << ((1 << j) - 1)
            state = state << 1 ^ (0x171 if state & 0x80 else 0)
        constants.append(constant)
    return tuple(constants)


def _keccak_rho_pi() -> tuple[tuple[int, int], ...]:
    """(source lane, rotation) for each destination lane (index x + 5y): the walk (x, y) -> (y, 2x + 3y) from
    (1, 0) visits every lane but (0, 0) once, and its step t is both π's move and ρ's rotation (t + 1)(t + 2) / 2."""
    sources = {0: (0, 0)}
    x, y = 1, 0
    for t in range(24):
        source = x + 5 * y
        x, y = y, (2 * x + 3 * y) % 5
        sources[x + 5 * y] = (source, (t + 1) * (t + 2) // 2 % 64)
    return tuple(sources[destination] for destination in range(25))


_KECCAK_ROUND_CONSTANTS = _keccak_round_constants()
_KECCAK_RHO_PI = tuple((source, rotation, 64 - rotation) for source, rotation in _keccak_rho_pi())
_KECCAK_CHI = tuple((lane - lane % 5 + (lane + 1) % 5, lane - lane % 5 + (lane + 2) % 5) for lane in range(25))
_KECCAK256_RATE = 136  # bytes: 1600-bit state minus a 512-bit capacity


def _keccak_f1600(lanes: list[int]) -> list[int]:
    """The permutation on 25 lanes (index x + 5y); whole-state comprehensions, as Python's int ops dominate."""
    mask = _MASK64
    for round_constant in _KECCAK_ROUND_CONSTANTS:
        c0, c1, c2, c3, c4 = (lanes[x] ^ lanes[x + 5] ^ lanes[x + 10] ^ lanes[x + 15] ^ lanes[x + 20] for x in range(5))
        d = (
            c4 ^ (c1 << 1 & mask | c1 >> 63),
            c0 ^ (c2 << 1 & mask | c2 >> 63),
            c1 ^ (c3 << 1 & mask | c3 >> 63),
            c2 ^ (c4 << 1 & mask | c4 >> 63),
            c3 ^ (c0 << 1 & mask | c0 >> 63),
        ) * 5
        # θ's column mix folded into ρ∘π; a rotation by 0 needs no special case, a lane shifted right by 64 is 0.
        b = [((lane := lanes[s] ^ d[s]) << left | lane >> right) & mask for s, left, right in _KECCAK_RHO_PI]
        lanes = [own ^ (~b[j] & b[k]) for own, (j, k) in zip(b, _KECCAK_CHI, strict=True)]
        lanes[0] ^= round_constant
    return lanes


def keccak256(data: bytes) -> bytes:
    """Ethereum's Keccak-256: the pre-standard padding (0x01 ... 0x80), unlike hashlib.sha3_256 (0x06)."""
    return _keccak256_sponge(data, 0x01)


def _keccak256_sponge(data: bytes, domain_suffix: int) -> bytes:
    padded = bytearray(data) + bytes([domain_suffix]) + b"\0" * (-(len(data) + 1) % _KECCAK256_RATE)
    padded[-1] |= 0x80
    lanes = [0] * 25
    for offset in range(0, len(padded), _KECCAK256_RATE):
        block = padded[offset : offset + _KECCAK256_RATE]
        for i in range(_KECCAK256_RATE // 8):
            lanes[i] ^= int.from_bytes(block[8 * i : 8 * i + 8], "little")
        lanes = _keccak_f1600(lanes)
    return b"".join(lane.to_bytes(8, "little") for lane in lanes[:4])


def _eip55_case(hex_digits: str) -> str:
    """The 40 hex digits cased per EIP-55: a letter is upper-case where its nibble of the hash is >= 8."""
    lower = hex_digits.lower()
    digest = keccak256(lower.encode("ascii")).hex()
    cased = (char.upper() if int(nibble, 16) >= 8 else char for char, nibble in zip(lower, digest[:40], strict=True))
    return "".join(cased)


# --- one validator per kind ------------------------------------------------------------------------------------

_ETHEREUM_SHAPE = re.compile(r"0x[0-9a-fA-F]{40}")
_MONERO_SHAPE = re.compile(rf"4[0-9AB]{_B58}{{93}}|8{_B58}{{94}}|4{_B58}{{105}}")


def is_valid_bitcoin(address: str) -> bool:
    """Mainnet P2PKH/P2SH (Base58Check) or native SegWit (Bech32 v0, Bech32m v1+)."""
    if address[:3].lower() == "bc1":
        return _is_segwit_address(address, "bc")
    return _base58check_kind(address) == "bitcoin"


def is_valid_litecoin(address: str) -> bool:
    """L…/M… Base58Check or ltc1 SegWit; Litecoin's legacy 3… P2SH is indistinguishable and counts as bitcoin.
    A Base58 address may itself begin "LTC1…", so a failed SegWit reading falls back to Base58Check."""
    if address[:4].lower() == "ltc1" and _is_segwit_address(address, "ltc"):
        return True
    return _base58check_kind(address) == "litecoin"


def is_valid_tron(address: str) -> bool:
    """T… Base58Check, version 0x41: USDT-TRC20 is paid to a plain Tron address."""
    return _base58check_kind(address) == "tron"


def is_valid_ethereum(address: str) -> bool:
    """0x + 40 hex digits; single-case carries no checksum, mixed case must be exactly EIP-55's."""
    if not _ETHEREUM_SHAPE.fullmatch(address):
        return False
    digits = address[2:]
    if digits in (digits.lower(), digits.upper()):
        return True
    return digits == _eip55_case(digits)


def is_valid_monero(address: str) -> bool:
    """Shape only (standard and integrated 4…, subaddress 8…): Monero's checksum is not verified here."""
    return _MONERO_SHAPE.fullmatch(address) is not None


# --- finding them in text --------------------------------------------------------------------------------------

_ADDRESS_SHAPE = re.compile(
    rf"""(?P<ethereum>0x[0-9a-fA-F]{{40}})
      | (?P<segwit>(?:[bB][cC]|[lL][tT][cC])1[02-9ac-hj-np-zAC-HJ-NP-Z]{{8,87}})
      | (?P<monero>{_MONERO_SHAPE.pattern})
      | (?P<base58>[13LMT]{_B58}{{24,33}})""",
    re.VERBOSE,
)
_SHORTEST_ADDRESS = 14  # bc1 + witness version + a 2-byte program + 6 checksum characters
_ALNUM = frozenset((string.ascii_letters + string.digits).encode("ascii"))
# Every byte to "a" (ASCII letter or digit) or " " (anything else): runs of "a" are the words an address can be.
_RUN_MASK = bytes(ord("a") if byte in _ALNUM else ord(" ") for byte in range(256))
_RUN_SEED = b"a" * _SHORTEST_ADDRESS


def _candidate_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each maximal run of ASCII letters and digits long enough to be an address.

    An address glued to more ASCII letters or digits is not one; anything else separates, Arabic letters included
    (each non-ASCII code point encodes to one "?", so offsets stay those of the str). bytes.translate and
    bytes.find are linear and run in C: on 4 KB of plain text this costs a fraction of a regex search, which
    tries its pattern at every position.
    """
    mask = text.encode("ascii", "replace").translate(_RUN_MASK)
    start = mask.find(_RUN_SEED)
    while start != -1:
        end = mask.find(b" ", start)
        end = len(mask) if end == -1 else end
        yield start, end
        start = mask.find(_RUN_SEED, end)


def _classify(shape: str, candidate: str) -> str | None:
    if shape == "ethereum":
        return "ethereum" if is_valid_ethereum(candidate) else None
    if shape == "segwit":
        if is_valid_bitcoin(candidate):
            return "bitcoin"
        return "litecoin" if is_valid_litecoin(candidate) else None
    if shape == "monero":
        return "monero"  # the shape is all that is checked
    return _base58check_kind(candidate)


def find_wallets(text: str) -> list[Wallet]:
    """Addresses that validate, in order of appearance."""
    wallets = []
    for start, end in _candidate_spans(text):
        shape = _ADDRESS_SHAPE.fullmatch(text, start, end)
        if shape is None:
            continue
        kind = _classify(shape.lastgroup, shape[0])
        if kind is not None:
            wallets.append(Wallet(kind, shape[0], start, end))
    return wallets
