"""A message that quotes a threat to report it (a victim asking for help, an awareness post, a news item)
is not the threat; a threat that only puts a word or two in quotes, or a pasted threat with nothing
around it, still is. Written for these tests, in every language."""

from __future__ import annotations

import pytest

from detector import analyze
from detector.guards import quotations, words_outside

NONE = "none"
CASES = [
    # A threat quoted inside a report: none.
    ("en", NONE, 'My cousin keeps getting texts from an unknown number that say "send 300 dollars in gift cards '
                 'tonight or your private video goes to your whole family". We have not answered. Who should we '
                 "call first?"),
    ("fr", NONE, "Ma voisine m'a montré ce qu'on lui a écrit sur Instagram : « vire 400 euros par Western Union "
                 "avant demain sinon ta vidéo intime part chez ton mari ». Elle ne sait pas quoi faire, on va au "
                 "commissariat ?"),
    ("ar", NONE, 'وصلت إلى صديقتي رسالة من حساب مجهول تقول: "ادفعي 2000 درهم عبر وفاكاش وإلا نشرت صورك الخاصة '
                 'على فيسبوك". لم ترد عليه بعد، وتريد أن تعرف كيف تبلغ الشرطة.'),
    ("ary", NONE, 'ختي جاها ميساج فيه "صيفطي 1000 درهم فكاش بلوس ولا نسيفط الفيديو ديالك لباك". ما عرفناش '
                  'شنو نديرو، واش نمشيو للبوليس ولا لا؟'),
    ("ary-Latn", NONE, "sahbti wslha msg gal liha 'sifti 1500dh f wafacash wla nlo7 tsawer dyalk f facebook'. "
                       "ma bghatch tkhls, wach nmchiw l commissariat nta3 l7ay?"),
    # Threats that quote only a word, or are pasted with nothing around them: still flagged.
    ("en", "sextortion", 'I have the "special" video from our call. Send 500 dollars in bitcoin by tomorrow or your '
                         "family and all your friends will see it."),
    ("fr", "sextortion", "J'ai gardé la vidéo intime de notre « petit moment » sur Skype. 500 euros par Western "
                         "Union avant demain, sinon elle part chez tous tes contacts."),
    ("en", "sextortion", '"Send 300 dollars in gift cards tonight or your private video goes to your whole family"'),
    ("ar", "sextortion", 'عندي الفيديو "الخاص" من مكالمتنا. ادفع 3000 درهم عبر وفاكاش قبل الغد وإلا أرسلته لعائلتك '
                         "وكل أصدقائك على فيسبوك."),
]


@pytest.mark.parametrize(("lang", "expected", "text"), CASES, ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_quoted_threats(lang, expected, text):
    result = analyze(text)
    assert result.verdict == expected
    assert ("reports_a_quoted_threat" in result.guards) == (expected == NONE)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('he said "pay me now or else" twice', ['"pay me now or else"']),
        ("l'argent, don't, it's 'fine'", []),  # apostrophes and a short quote are not quotations
        ("« vire 400 euros » puis “send it now”", ["« vire 400 euros »", "“send it now”"]),
    ],
)
def test_quotations(text, quoted):
    assert [text[a:b] for a, b in quotations(text)] == quoted


def test_words_outside_quotations():
    text = 'one two "three four five six" seven'
    assert words_outside(text, quotations(text)) == 3
