"""Wallet addresses: the specifications' test vectors, addresses encoded here from random payloads, and the
look-alikes a message is full of (hashes, phone numbers, long words) that must not count."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

# _bech32_decode and _keccak256_sponge: the published Bech32 string vectors and the SHA-3 cross-check reach below
# the address layer.
from detector.wallets import (
    Wallet,
    _bech32_decode,
    _keccak256_sponge,
    find_wallets,
    is_valid_bitcoin,
    is_valid_ethereum,
    is_valid_litecoin,
    is_valid_monero,
    is_valid_tron,
    keccak256,
)

# --- encoders written from the specifications, to make test addresses ------------------------------------------

BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32M_CONST = 0x2BC830A3


def base58check(version: int, body: bytes) -> str:
    raw = bytes([version]) + body
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    number, digits = int.from_bytes(raw, "big"), []
    while number:
        number, digit = divmod(number, 58)
        digits.append(BASE58[digit])
    leading_zero_bytes = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * leading_zero_bytes + "".join(reversed(digits))


def bech32_polymod(values: list[int]) -> int:
    generators = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            check ^= generators[i] if top >> i & 1 else 0
    return check


def segwit_address(hrp: str, version: int, program: bytes, padding: str = "0") -> str:
    bits = "".join(f"{byte:08b}" for byte in program)
    bits += padding * (-len(bits) % 5)
    data = [version] + [int(bits[i : i + 5], 2) for i in range(0, len(bits), 5)]
    return bech32_string(hrp, data, 1 if version == 0 else BECH32M_CONST)


def bech32_string(hrp: str, data: list[int], constant: int) -> str:
    hrp_values = [ord(char) >> 5 for char in hrp] + [0] + [ord(char) & 31 for char in hrp]
    remainder = bech32_polymod(hrp_values + data + [0] * 6) ^ constant
    checksum = [remainder >> 5 * (5 - i) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[value] for value in data + checksum)


def eip55_address(body: bytes) -> str:
    digits = body.hex()
    hashed = int.from_bytes(keccak256(digits.encode("ascii")), "big")
    # EIP-55 in its original words: upper-case the i-th hex letter when bit 4i of the hash is set.
    return "0x" + "".join(
        char.upper() if char.isalpha() and hashed >> (255 - 4 * i) & 1 else char for i, char in enumerate(digits)
    )


def monero_shaped(prefix: str, body: bytes, length: int) -> str:
    return (prefix + "".join(BASE58[byte % 58] for byte in body * 4))[:length]


# name: (kind, the prefix every such address shows, encoder of a 32-byte payload)
ENCODERS = {
    "bitcoin P2PKH": ("bitcoin", "1", lambda payload: base58check(0x00, payload[:20])),
    "bitcoin P2SH": ("bitcoin", "3", lambda payload: base58check(0x05, payload[:20])),
    "bitcoin P2WPKH": ("bitcoin", "bc1q", lambda payload: segwit_address("bc", 0, payload[:20])),
    "bitcoin P2WSH": ("bitcoin", "bc1q", lambda payload: segwit_address("bc", 0, payload)),
    "bitcoin P2TR": ("bitcoin", "bc1p", lambda payload: segwit_address("bc", 1, payload)),
    "litecoin L": ("litecoin", "L", lambda payload: base58check(0x30, payload[:20])),
    "litecoin M": ("litecoin", "M", lambda payload: base58check(0x32, payload[:20])),
    "litecoin ltc1": ("litecoin", "ltc1q", lambda payload: segwit_address("ltc", 0, payload[:20])),
    "tron": ("tron", "T", lambda payload: base58check(0x41, payload[:20])),
    "ethereum": ("ethereum", "0x", lambda payload: eip55_address(payload[:20])),
}
VALIDATORS = {
    "bitcoin": is_valid_bitcoin,
    "ethereum": is_valid_ethereum,
    "litecoin": is_valid_litecoin,
    "monero": is_valid_monero,
    "tron": is_valid_tron,
}
PAYLOADS = st.binary(min_size=32, max_size=32)

SAMPLE = bytes(range(7, 39))
P2PKH = base58check(0x00, SAMPLE[:20])
P2SH = base58check(0x05, SAMPLE[:20])
P2WPKH = segwit_address("bc", 0, SAMPLE[:20])
LITECOIN = base58check(0x30, SAMPLE[:20])
TRON = base58check(0x41, SAMPLE[:20])
ETHEREUM = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"  # EIP-55's first example
MONERO = monero_shaped("4A", SAMPLE, 95)
MONERO_SUBADDRESS = monero_shaped("8", SAMPLE, 95)
MONERO_INTEGRATED = monero_shaped("4B", SAMPLE, 106)


def altered(address: str, index: int, char: str) -> str:
    return address[:index] + char + address[index + 1 :]


# --- specification vectors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "digest"),
    [
        (b"", "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"),
        (b"abc", "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"),
    ],
)
def test_keccak256_vectors(data, digest):
    assert keccak256(data).hex() == digest


@given(st.binary(max_size=600))
def test_keccak_sponge_with_sha3_padding_is_hashlib_sha3_256(data):
    # SHA3-256 is the same sponge with domain bits 0x06 instead of Keccak's 0x01: this checks the permutation and
    # the multi-block absorption against an independent implementation.
    assert _keccak256_sponge(data, 0x06) == hashlib.sha3_256(data).digest()


EIP55_EXAMPLES = [
    "0x52908400098527886E0F7030069857D2E4169EE7",
    "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
    "0xde709f2102306220921060314715629080e2fb77",
    "0x27b1fdb04752bbc536007a920d24acb045561c26",
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
    "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
    "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
]


@pytest.mark.parametrize("address", EIP55_EXAMPLES)
def test_eip55_examples_are_valid_and_are_what_the_encoder_produces(address):
    assert is_valid_ethereum(address)
    assert eip55_address(bytes.fromhex(address[2:])) == address


@pytest.mark.parametrize("address", EIP55_EXAMPLES[4:])
def test_eip55_examples_with_one_letter_case_swapped_are_invalid(address):
    letter = next(i for i, char in enumerate(address) if i > 1 and char.isalpha())
    assert not is_valid_ethereum(altered(address, letter, address[letter].swapcase()))


BECH32_VALID = [
    "A12UEL5L",
    "a12uel5l",
    "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs",
    "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
    "11" + "q" * 82 + "c8247j",
    "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
    "?1ezyfcl",
]
BECH32M_VALID = [
    "A1LQFN3A",
    "a1lqfn3a",
    "an83characterlonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11sg7hg6",
    "abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx",
    "11llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllludsr8",
    "split1checkupstagehandshakeupstreamerranterredcaperredlc445v",
    "?1v759aa",
]
BECH32_INVALID = [  # BIP-173 then BIP-350
    "\x201nwldj5",
    "\x7f1axkwrx",
    "\x801eym55h",
    "an84characterslonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1569pvx",
    "pzry9x0s0muk",
    "1pzry9x0s0muk",
    "x1b4n0q5v",
    "li1dgmt3",
    "de1lg7wt\xff",
    "A1G7SGD8",
    "10a06t8",
    "1qzzfhee",
    "\x201xj0phk",
    "\x7f1g6xzxy",
    "\x801vctc34",
    "an84characterslonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11d6pts4",
    "qyrz8wqd2c9m",
    "1qyrz8wqd2c9m",
    "y1b0jsk6g",
    "lt1igcx5c0",
    "in1muywd",
    "mm1crxm3i",
    "au1s5cgom",
    "M1VUXWEZ",
    "16plkw9",
    "1p2gdwpf",
]


@pytest.mark.parametrize(
    ("string", "constant"), [(s, 1) for s in BECH32_VALID] + [(s, BECH32M_CONST) for s in BECH32M_VALID]
)
def test_bech32_and_bech32m_valid_strings(string, constant):
    decoded = _bech32_decode(string)
    assert decoded is not None
    assert decoded[2] == constant


@pytest.mark.parametrize("string", BECH32_INVALID)
def test_bech32_invalid_strings(string):
    assert _bech32_decode(string) is None


@pytest.mark.parametrize(
    ("address", "valid"),
    [
        # BIP-350 valid segwit addresses; the testnet ones ("tb") are rejected on purpose: no ransom on testnet.
        ("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", True),
        ("bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y", True),
        ("BC1SW50QGDZ25J", True),
        ("bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs", True),
        ("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", True),
        ("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7", False),
        ("tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c", False),
        # BIP-350 invalid segwit addresses
        ("tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut", False),
        ("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd", False),
        ("tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf", False),
        ("BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL", False),
        ("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh", False),
        ("tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47", False),
        ("bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4", False),
        ("BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R", False),
        ("bc1pw5dgrnzv", False),
        ("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav", False),
        ("BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P", False),
        ("tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq", False),
        ("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf", False),
        ("tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j", False),
        ("bc1gmk9yu", False),
        # BIP-173 invalid segwit addresses (its Bech32 v1+ examples became invalid with BIP-350)
        ("tc1qw508d6qejxtdg4y5r3zarvary0c5xw7kg3g4ty", False),
        ("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", False),
        ("BC13W508D6QEJXTDG4Y5R3ZARVARY0C5XW7KN40WF2", False),
        ("bc1rw5uspcuh", False),
        ("bc10w508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kw5rljs90", False),
        ("bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du", False),
        ("bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx", False),
        # Base58Check: the genesis block's address, and a BIP-13-era P2SH example
        ("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", True),
        ("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", True),
        ("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", False),
        (base58check(0x6F, SAMPLE[:20]), False),  # testnet P2PKH
        (base58check(0xC4, SAMPLE[:20]), False),  # testnet P2SH
        (base58check(0x00, SAMPLE[:21]), False),  # one byte too long
        ("", False),
    ],
)
def test_is_valid_bitcoin(address, valid):
    assert is_valid_bitcoin(address) is valid


@pytest.mark.parametrize(
    ("validator", "address", "valid"),
    [
        (is_valid_tron, "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", True),  # the USDT-TRC20 contract
        (is_valid_tron, "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6T", False),
        (is_valid_tron, P2PKH, False),
        (is_valid_litecoin, LITECOIN, True),
        (is_valid_litecoin, P2SH, False),  # Litecoin's legacy 3… is Bitcoin's P2SH: reported as bitcoin
        (is_valid_litecoin, segwit_address("ltc", 1, SAMPLE), True),
        (is_valid_litecoin, P2WPKH, False),
        (is_valid_bitcoin, LITECOIN, False),
        (is_valid_bitcoin, segwit_address("ltc", 0, SAMPLE[:20]), False),
        (is_valid_bitcoin, segwit_address("bc", 0, SAMPLE), True),
        (is_valid_bitcoin, segwit_address("bc", 0, SAMPLE, padding="1"), False),  # 32 bytes leave 4 padding bits
        (is_valid_bitcoin, bech32_string("bc", [0] + [0] * 33, 1), False),  # 165 bits: 5 of padding, max is 4
        (is_valid_bitcoin, segwit_address("bc", 0, SAMPLE[:21]), False),  # v0 takes 20 or 32 bytes
        (is_valid_bitcoin, segwit_address("bc", 2, SAMPLE[:2]), True),  # future versions are valid (BIP-350)
        (is_valid_bitcoin, segwit_address("bc", 2, SAMPLE[:1]), False),
        (is_valid_bitcoin, bech32_string("bc", [17] + [0] * 32, BECH32M_CONST), False),  # witness version > 16
        (is_valid_ethereum, "0x" + "ab" * 20, True),
        (is_valid_ethereum, "0x" + "AB" * 20, True),
        (is_valid_ethereum, "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe0", False),  # one digit changed
        (is_valid_ethereum, "0X5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", False),
        (is_valid_ethereum, "0x" + "ab" * 19 + "a", False),
        (is_valid_ethereum, "0x" + "ab" * 20 + "a", False),
        (is_valid_ethereum, "0x" + "ag" * 20, False),
        (is_valid_monero, MONERO, True),
        (is_valid_monero, MONERO_SUBADDRESS, True),
        (is_valid_monero, MONERO_INTEGRATED, True),
        (is_valid_monero, MONERO[:-1], False),
        (is_valid_monero, MONERO + "a", False),
        (is_valid_monero, altered(MONERO, 1, "C"), False),  # standard: second character 0-9, A or B
        (is_valid_monero, altered(MONERO, 5, "0"), False),  # 0 is not in the Base58 alphabet
        (is_valid_monero, altered(MONERO, 0, "5"), False),
    ],
)
def test_validators(validator, address, valid):
    assert validator(address) is valid


# --- finding addresses in a message ----------------------------------------------------------------------------

FOUND = {
    "sentence": (f"Send 0.04 BTC to {P2PKH} within 48 hours.", [("bitcoin", P2PKH)]),
    "whole text": (P2WPKH, [("bitcoin", P2WPKH)]),
    "upper-case bech32": (
        "pay BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4!",
        [("bitcoin", "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4")],
    ),
    "USDT-TRC20 after a colon": (
        "USDT (TRC20):TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
        [("tron", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")],
    ),
    "in parentheses": (f"wallet ({ETHEREUM})", [("ethereum", ETHEREUM)]),
    "all-lowercase ethereum": ("0x" + "de" * 20, [("ethereum", "0x" + "de" * 20)]),
    "in a URL": (f"https://blockchair.com/bitcoin/address/{P2SH}?from=mail", [("bitcoin", P2SH)]),
    "glued to Arabic letters": (f"ادفع{P2PKH}فورا", [("bitcoin", P2PKH)]),
    "after emoji, offsets in code points": (f"💰💸 {ETHEREUM} 🕒", [("ethereum", ETHEREUM)]),
    "several kinds, in order": (
        f"BTC: {P2PKH}\nETH: {ETHEREUM}\nXMR: {MONERO}\nLTC: {LITECOIN}\nUSDT: {TRON}\nXMR sub: {MONERO_SUBADDRESS}",
        [
            ("bitcoin", P2PKH),
            ("ethereum", ETHEREUM),
            ("monero", MONERO),
            ("litecoin", LITECOIN),
            ("tron", TRON),
            ("monero", MONERO_SUBADDRESS),
        ],
    ),
    "monero integrated": (f"XMR {MONERO_INTEGRATED}", [("monero", MONERO_INTEGRATED)]),
    "one valid among look-alikes": (f"{P2PKH[:-1]}x {P2PKH} {P2PKH}z", [("bitcoin", P2PKH)]),
}


@pytest.mark.parametrize(("text", "expected"), FOUND.values(), ids=FOUND.keys())
def test_find_wallets_finds(text, expected):
    wallets = find_wallets(text)
    assert [(wallet.kind, wallet.address) for wallet in wallets] == expected
    for wallet in wallets:
        assert text[wallet.start : wallet.end] == wallet.address


NOT_FOUND = {
    "EIP-55 letter case swapped": "pay 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",
    "EIP-55 digit changed": "pay 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe0",
    "bc1 with a wrong checksum": "pay bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",
    "bc1 v0 with a Bech32m checksum": "pay bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh",
    "bc1 in mixed case": "pay bc1qW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
    "testnet bech32": "pay tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
    "testnet base58": f"pay {base58check(0x6F, SAMPLE[:20])}",
    "base58 with one character altered": f"pay {altered(P2PKH, 10, 'z' if P2PKH[10] != 'z' else 'y')}",
    "base58-looking words": "T" + "z" * 33 + " LMNPQRSTUVWXYZabcdefghijkmnopqrs " + "1" * 25,
    "64-hex transaction hash": f"tx 0x{hashlib.sha256(b'tx').hexdigest()} {hashlib.sha256(b'tx').hexdigest()}",
    "git commit hash": f"commit {hashlib.sha1(b'amane').hexdigest()}",
    "phone numbers": "Appelez le +212 6 61 23 45 67, le 0661234567 ou +212661234567 / 00212661234567",
    "address with a letter before": f"x{P2PKH}",
    "address with a digit after": f"{P2PKH}7",
    "ethereum with hex after": f"{ETHEREUM}ab",
    "ethereum inside a word": f"id{ETHEREUM}",
    "bech32 with data after": f"{P2WPKH}qq",
    "monero one too short": MONERO[:-1],
    "monero 4 then not 0-9AB": altered(MONERO, 1, "C"),
    "long word": "Anticonstitutionnellement, intergouvernementalisations",
    "one long run": "a" * 100_000,
    "empty": "",
}


@pytest.mark.parametrize("text", NOT_FOUND.values(), ids=NOT_FOUND.keys())
def test_find_wallets_ignores(text):
    assert find_wallets(text) == []


# --- properties over random payloads --------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ENCODERS)
@given(payload=PAYLOADS)
# Encoded as a Litecoin L… address, this payload reads "LTC14tT6…": Base58, though it opens like ltc1 SegWit.
@example(payload=b"Wbv" + bytes(29))
def test_encoded_address_is_found_and_validated_by_its_kind_only(encoding, payload):
    kind, prefix, encode = ENCODERS[encoding]
    address = encode(payload)
    assert address.startswith(prefix)
    text = f"Envoyez 0,04 BTC à {address}. Vous avez 48 heures."
    start = text.index(address)
    assert find_wallets(text) == [Wallet(kind, address, start, start + len(address))]
    assert [name for name, is_valid in VALIDATORS.items() if is_valid(address)] == [kind]


@pytest.mark.parametrize("encoding", [name for name in ENCODERS if name != "ethereum"])
@given(payload=PAYLOADS, data=st.data())
def test_one_substituted_character_is_not_found(encoding, payload, data):
    kind, _, encode = ENCODERS[encoding]
    address = encode(payload)
    alphabet = BECH32 if address.startswith(("bc1", "ltc1")) else BASE58
    index = data.draw(st.integers(0, len(address) - 1))
    char = data.draw(st.sampled_from(alphabet).filter(lambda c: c != address[index]))
    mutant = altered(address, index, char)
    assert not VALIDATORS[kind](mutant)
    assert find_wallets(f"send to {mutant} now") == []


@given(payload=PAYLOADS, data=st.data())
def test_eip55_one_letter_case_swapped_is_not_found(payload, data):
    address = eip55_address(payload[:20])
    letters = [i for i, char in enumerate(address) if i > 1 and char.isalpha()]
    assume(letters)
    index = data.draw(st.sampled_from(letters))
    mutant = altered(address, index, address[index].swapcase())
    digits = mutant[2:]
    assume(digits not in (digits.lower(), digits.upper()))  # single case carries no checksum to break
    assert not is_valid_ethereum(mutant)
    assert find_wallets(f"send to {mutant} now") == []


@given(data=st.data())
def test_monero_is_shape_only_so_an_altered_character_is_still_found(data):
    index = data.draw(st.integers(2, 94))
    mutant = altered(MONERO, index, data.draw(st.sampled_from(BASE58)))
    assert find_wallets(f"XMR: {mutant}") == [Wallet("monero", mutant, 5, 100)]


@given(st.text(alphabet=st.sampled_from(BASE58 + BECH32 + "0x \n.:éب💰"), max_size=300))
def test_found_spans_index_the_text(text):
    for wallet in find_wallets(text):
        assert text[wallet.start : wallet.end] == wallet.address
