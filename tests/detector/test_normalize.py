"""normalize(): what each step folds, what it must leave alone, and the offset map back to the original."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detector import normalize as normalize_module
from detector.normalize import Normalized, normalize

FOLDS = [
    # 1. HTML entities
    ("Tom &amp; Jerry", "tom & jerry"),
    ("&#x62;it&#99;oin", "bitcoin"),
    ("r&eacute;seau", "reseau"),
    ("&ampxyz", "&xyz"),
    # 2. invisible characters, Arabic tatweel and diacritics
    ("bit\u200bco\u200din", "bitcoin"),
    ("se\u00adx\ufeff", "sex"),
    ("\u202epay\u202c now", "pay now"),
    ("bitcoin\ufe0f", "bitcoin"),
    ("جـنـس", "جنس"),
    ("مَدْرَسَةٌ", "مدرسه"),
    # NFC then accents: composed and decomposed spellings meet
    ("e\u0301te\u0301", "ete"),
    ("\x85豈", "\x85\u8c48"),  # NFC next to a non-ASCII space (U+0085); U+F900 has a canonical singleton
    # 3. lowercase, Latin accents and ligatures
    ("PAYEZ Maintenant", "payez maintenant"),
    ("Vidéo çà Ñandú", "video ca nandu"),
    ("straße œuvre Æther", "strasse oeuvre aether"),
    ("İstanbul", "istanbul"),
    # 4. Arabic letter variants and digits
    ("أحمد إبراهيم آمنة ٱلله", "احمد ابراهيم امنه الله"),
    ("فضيحة على", "فضيحه علي"),
    ("مؤامرة بئر", "موامره بير"),
    ("کتاب گاز ڭال فی", "كتاب كاز كال في"),
    ("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹", "0123456789 0123456789"),
    # 5. look-alikes in Latin words; fullwidth, mathematical and enclosed letters
    ("bitcоin", "bitcoin"),  # Cyrillic о
    ("ВІТСОІN", "bitcoin"),  # Cyrillic capitals
    ("webcаm vіdeo", "webcam video"),
    ("ραy", "pay"),  # Greek ρ α
    ("сор", "cop"),  # only look-alikes, in a text with no real Cyrillic
    ("Ｂｉｔｃｏｉｎ", "bitcoin"),
    ("𝐛𝐢𝐭𝐜𝐨𝐢𝐧", "bitcoin"),
    ("ⓑⓘⓣ", "bit"),
    ("ﬁle", "file"),
    ("ᴘᴀʏ", "pay"),
    ("привет, bitcоin", "привет, bitcoin"),  # a Latin word in a Russian text still folds
    ("ﻻ", "لا"),  # Arabic presentation form
    # 6. digits for letters in Latin words
    ("b1tc0in", "bitcoin"),
    ("ghadi nfde7k", "ghadi nfdehk"),
    ("3afak", "aafak"),
    ("9tel", "qtel"),
    ("7na", "hna"),
    ("5ouya", "khouya"),
    ("8adi", "ghadi"),
    ("c@sh", "cash"),
    ("$ex", "sex"),
    # 7. spaced or dotted letters
    ("b i t c o i n", "bitcoin"),
    ("p.a.y now", "pay now"),
    ("s-e-x", "sex"),
    ("n_u_d_e", "nude"),
    ("s*e*x", "sex"),
    ("f l o u s", "flous"),
    ("ف ل و س", "فلوس"),
    ("v.i.d.é.o", "video"),
    # 8. stretched letters
    ("pleaseeee", "pleasee"),
    ("ههههه", "هه"),
    ("noooow", "noow"),
]

UNCHANGED = [
    "48h",
    "24hrs",
    "500dh",
    "100euros",
    "3eme",
    "0.5btc",
    "5pm",
    "0612345678",
    "1,350",
    "$500",
    "$5k",
    "5usdt 1bitcoin 2minutes 3mois",
    "us$500",
    "2020s",
    "4x4",
    "hello@mail.com",
    "user@g00gle.com",
    "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",  # a crypto address is not a word
    "sift l flous",
    "i am ok, a b",
    "!!!!! ???",
    "   \t\n  ",
    "",
    "a\x00b",
    "a\ud800b",
    "привет, как у тебя дела? у нас всё хорошо.",  # real Russian, with у, a word made of one look-alike
    "καλημέρα, τι κάνεις;",
    "مرحبا، كيف حالك؟",
    "مي\u200cخواهم",  # Persian ZWNJ: removed, nothing folded to Latin
    "ok 👍🏽 😀",
    "a.m. e.g. i.e.",
    "AT&T, Q&A, 5 & 6",
]


@pytest.mark.parametrize(("text", "expected"), FOLDS)
def test_folds_spelling_variants(text, expected):
    assert normalize(text).text == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_leaves_alone(text):
    expected = text.lower().replace("\u200c", "")
    assert normalize(text).text == expected


@pytest.mark.parametrize(
    ("text", "needle", "original"),
    [
        ("a &amp; b", "&", "&amp;"),
        ("x &#x62;it y", "bit", "&#x62;it"),
        ("send b i t c o i n now", "bitcoin", "b i t c o i n"),
        ("send b.i.t.c.o.i.n.", "bitcoin", "b.i.t.c.o.i.n"),
        ("pay in bit\u200bcoin", "bitcoin", "bit\u200bcoin"),
        ("the bitcоin address", "bitcoin", "bitcоin"),
        ("groß", "ss", "ß"),
        ("pleaseeeee help", "pleasee", "pleaseeeee"),
        ("ghadi nfde7k", "nfdehk", "nfde7k"),
        ("5ouya", "kh", "5"),
        ("جـنـس", "جنس", "جـنـس"),
        ("ne\u0301gocier", "negocier", "ne\u0301gocier"),
        ("ⅱ ok", "ii", "ⅱ"),
    ],
)
def test_span_points_at_the_original(text, needle, original):
    normalized = normalize(text)
    start = normalized.text.index(needle)
    s, e = normalized.span(start, start + len(needle))
    assert text[s:e] == original


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("abc", 1, (1, 1)),
        ("abc", 3, (3, 3)),
        ("ab\u200b", 2, (2, 2)),
        ("\u200b", 0, (1, 1)),
        ("", 0, (0, 0)),
    ],
)
def test_empty_span_maps_to_an_empty_original_span(text, start, expected):
    assert normalize(text).span(start, start) == expected


@pytest.mark.parametrize(("start", "end"), [(-1, 1), (2, 1), (0, 4)])
def test_span_rejects_ranges_outside_the_text(start, end):
    with pytest.raises(ValueError):
        normalize("abc").span(start, end)


def test_rejects_non_str():
    with pytest.raises(TypeError):
        normalize(b"bytes")


def test_plain_text_keeps_identity_offsets():
    normalized = normalize("Plain text, nothing to fold.")
    assert list(normalized.starts) == list(range(len(normalized.text)))
    assert list(normalized.ends) == list(range(1, len(normalized.text) + 1))


def test_confusable_table_is_one_letter_to_one_ascii_letter():
    data = json.loads(resources.files("detector").joinpath("confusables.json").read_text(encoding="utf-8"))
    tables = [table for table in data.values() if isinstance(table, dict)]
    assert tables
    for table in tables:
        for char, image in table.items():
            assert len(char) == 1 and not char.isascii()
            assert len(image) == 1 and image.isascii() and image.isalpha()


@pytest.mark.parametrize("table", ["_CONFUSABLES", "_LETTER_FOLDS", "_SPECIAL_IMAGES"])
def test_no_image_is_folded_again(table):
    # the one-pass replacements are then independent of their order, and normalizing is idempotent
    images = getattr(normalize_module, table)
    assert not {char for image in images.values() for char in image} & images.keys()


def _assert_offset_invariants(normalized: Normalized) -> None:
    original, text = normalized.original, normalized.text
    assert len(normalized.starts) == len(normalized.ends) == len(text)
    previous = 0
    for start, end in zip(normalized.starts, normalized.ends, strict=True):
        assert 0 <= start < end <= len(original)
        assert start >= previous
        previous = start


ANY_CHAR = st.characters(codec=None, exclude_categories=())
TRICKY_CHAR = st.sampled_from(
    [
        *"aAbéeEhz0123456789@$&;#x. -_*оОВρα",
        *("\u0301", "\u200b", "\u200c", "\u0640", "\u064e", "ß", "İ", "ﬁ", "ﻻ", "ه", "أ", "٣", "Ｂ", "𝐛"),
        *("\x00", "\ud800", "\u202e", "&amp;", "&#x62;", "&eacute", "\r\n", "\x85", "\u00a0", "豈"),
    ]
)
TEXTS = st.one_of(
    st.text(ANY_CHAR, max_size=60),
    st.lists(TRICKY_CHAR, max_size=40).map("".join),
    st.builds(lambda c, n: c * n, ANY_CHAR, st.integers(0, 50)),
)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_offsets_are_valid_and_ordered(text):
    _assert_offset_invariants(normalize(text))


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.data())
def test_span_of_any_range_is_a_valid_original_range(text, data):
    normalized = normalize(text)
    start = data.draw(st.integers(0, len(normalized.text)))
    end = data.draw(st.integers(start, len(normalized.text)))
    s, e = normalized.span(start, end)
    assert 0 <= s <= e <= len(text)
    assert (s == e) == (start == end)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_is_deterministic(text):
    assert normalize(text) == normalize(text)


@settings(max_examples=300, deadline=None)
@given(TEXTS.filter(lambda text: "&" not in text))  # "&amp;amp;" rightly decodes one level per call
def test_normalizing_twice_changes_nothing(text):
    once = normalize(text).text
    assert normalize(once).text == once


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_output_is_lowercase_without_invisible_characters(text):
    normalized = normalize(text).text
    assert normalized == normalized.lower()
    assert not set(normalized) & {"\u200b", "\u200c", "\u200d", "\u00ad", "\ufeff", "\u202e", "\u0640", "\u064e"}


@pytest.mark.parametrize("char", ["a", "é", "о", "ه", "\u200b", "7", " ", "&", "\ud800"])
def test_one_megabyte_of_one_character(char):
    normalized = normalize(char * 1_000_000)
    _assert_offset_invariants(normalized)
    assert len(normalized.text) <= 1_000_000


@pytest.mark.parametrize("unit", ["a1", "b i ", "&amp;", "e\u0301", "aaab", "bitcоin "])
def test_one_megabyte_of_a_repeated_pattern(unit):
    text = unit * (1_000_000 // len(unit))
    _assert_offset_invariants(normalize(text))
