"""Adult adverts, hookup spam and premium-rate sex lines beside the ordinary messages they resemble
(a lingerie shop, a sexual-health clinic, news about porn sites, a dating app's notice, a sale, a
friend's flirting, a sex-education course), in every language. Written for these tests: the families
of phrasing, not any one message, are what the lexicons must carry."""

from __future__ import annotations

import zlib

import pytest

from detector import analyze
from detector.core import hits_in_field

SOL, NONE = "sexual_solicitation", "none"


def case(lang, expected, text, subject="", xfail=""):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    name = f"{lang}-{expected}-{zlib.crc32(text.encode()) % 10000}"
    return pytest.param(expected, text, subject, marks=marks, id=name)


CASES = [
    # en: adverts
    case("en", SOL, "Bored tonight? Lonely wives in your town are waiting online. Text WIVES to 80808 now, 150p per "
                    "msg, 18+ only."),
    case("en", SOL, "Adult personals for grown-ups: thousands of real members who want casual sex. Click here to "
                    "browse profiles, registration is free."),
    case("en", SOL, "hey it's Mia :) I'm so horny tonight... watch me strip live on my webcam, click to see me now"),
    case("en", SOL, "Dirty talk line open all night! Call 0909 555 0199, only 65p/min, choose your girl."),
    case("en", SOL, "Tap for a date: http://meet-jenna.example/profile",
         subject="Jenna, 24, home alone and looking for a sex partner. I'm so naughty"),
    case("en", SOL, "Free XXX videos every day on our adult tube! Click here to enter, adults only."),
    case("en", SOL, "Lena, 29, would love to spend the night with you after her shift. Join for free and message "
                    "her tonight."),
    case("en", SOL, "3 new girls 2 miles from you want to hook up. Open her profile now."),
    case("en", SOL, "Welcome! Confirm your account and start meeting members near you.",
         subject="Your FuckBuddyFinder membership is ready"),
    case("en", SOL, "Txt me ur dirtiest fantasy babe, I reply all night. Replies cost £1.50."),
    case("en", SOL, "Hot pics of me straight to your phone, see me get naked! Text PICS to 80123, costs 150p."),
    # en: look-alikes
    case("en", NONE, "Our new lace lingerie collection has landed: soft bras, bodysuits and matching knickers for "
                     "every day. Click here to shop, free delivery over £40. Unsubscribe anytime."),
    case("en", NONE, "Feel sexy this summer: 30% off swimwear and lingerie this weekend only. Click here to see our "
                     "summer sale."),
    case("en", NONE, "Reminder from the sexual health clinic: your appointment is on Tuesday at 10am. Free STI "
                     "testing, call 020 7946 0000 to rebook."),
    case("en", NONE, "The government will block porn sites that do not check the age of visitors, the regulator said "
                     "on Monday. Adult websites face heavy fines, according to the report. Read more on our site."),
    case("en", NONE, "Your profile on Heartmatch has been approved. Click here to add photos and meet people near "
                     "you."),
    case("en", NONE, "can't wait to see you tonight babe, wear that sexy dress ;) call me when you're out xx"),
    case("en", NONE, "I miss you so much, I want to spend the night with you when you're back. Call me now"),
    case("en", NONE, "Sex education course for parents: how to talk to teenagers about consent, puberty and safe "
                     "sex. Sign up on our website, places are free."),
    case("en", SOL, "Horny singles in your area are waiting to chat! Sign up free and start chatting now."),
    case("en", SOL, "She's 2 km away and wants to meet for sex. Click to view her photos."),
    case("en", SOL, "Claim your free membership to the hottest adult dating site, thousands of members want sex "
                    "tonight. Register now"),
    case("en", NONE, "Your Tinder match is waiting! Open the app to chat with Sarah, 3 miles away."),
    case("en", NONE, "Police shut down an illegal escort ring; the porn website owner was arrested, the report said."),
    case("en", NONE, "Watch me live at the Jazz Café on Friday, click here for tickets"),
    case("en", NONE, "LOOK at the time, what the fuck, where are you?? fucking late again"),
    case("en", NONE, "hold on a minute babe, call me at home when you're back xxx"),
    case("en", SOL, "hi babe im Kate, 25, single and bored... i want to have sex with you. add me on snapchat",
         xfail="one explicit passage and one call read the same from a stranger and from a partner"),
    case("en", NONE, "Our Valentine's lingerie edit is here: sexy red lace for her. Click here to shop now, sign up "
                     "for 10% off.",
         xfail="'sexy' and two calls to action are also a premium sex line's whole vocabulary"),
    # fr: adverts
    case("fr", SOL, "Rencontre coquine près de chez vous : des femmes mariées cherchent un amant discret. "
                    "Inscris-toi gratuitement, clique ici."),
    case("fr", SOL, "Je suis toute nue devant ma webcam ce soir, viens me regarder, clique sur le lien pour me voir "
                    "en direct"),
    case("fr", SOL, "Tchat coquin 24h/24 : appelle le 0899 12 34 56, 0,80€ la minute, des filles chaudes "
                    "t'attendent."),
    case("fr", SOL, "Salut c'est Léa, 23 ans, je cherche un plan d'un soir. Clique ici pour voir mon profil."),
    case("fr", SOL, "Vidéos X gratuites et films pour adultes, des milliers de scènes hot. Accès gratuit, réservé "
                    "aux majeurs."),
    case("fr", SOL, "Une femme de ta ville a envie de passer la nuit avec un homme. Inscription gratuite, rencontre-la "
                    "ce soir."),
    case("fr", SOL, "Envoie CHAUDE au 81222 pour recevoir mes photos sexy, 1,50€ par SMS"),
    # fr: look-alikes
    case("fr", NONE, "Nouvelle collection de lingerie en dentelle : soutiens-gorge et culottes à -30 %. Cliquez ici "
                     "pour découvrir nos soldes d'été. Se désabonner."),
    case("fr", NONE, "Rappel : votre rendez-vous au centre de santé sexuelle est mardi à 10h. Dépistage gratuit, "
                     "appelez le 01 23 45 67 89 pour le déplacer."),
    case("fr", NONE, "Le gouvernement va bloquer les sites pornographiques qui ne vérifient pas l'âge des visiteurs, "
                     "selon le régulateur. Les sites pour adultes risquent une amende, rapporte le journal."),
    case("fr", NONE, "Votre profil sur CoeurFidèle a été validé. Cliquez ici pour ajouter des photos et découvrir "
                     "des personnes près de chez vous."),
    case("fr", NONE, "J'ai trop hâte de te voir ce soir, mets ta robe sexy 😉 appelle-moi quand tu pars"),
    case("fr", NONE, "Cours d'éducation sexuelle pour les parents : parler de consentement et de puberté aux ados. "
                     "Inscription gratuite sur notre site."),
    case("fr", SOL, "Coucou, moi c'est Inès, 22 ans, je m'ennuie toute seule... viens me voir sur ma cam, clique ici"),
    case("fr", SOL, "Site de rencontres pour adultes : plans d'un soir et rencontres coquines, accès gratuit, clique "
                    "ici"),
    case("fr", NONE, "chéri je suis toute seule ce soir, viens me voir après le boulot ❤️"),
    case("fr", NONE, "Le site pornographique a été condamné à une amende de 2 millions d'euros, selon le tribunal."),
    # ar: adverts
    case("ar", SOL, "فتيات ساخنات بالقرب منك ينتظرن مكالمتك الآن، اضغط هنا للدخول إلى الموقع، للكبار فقط"),
    case("ar", SOL, "أنا وحيدة الليلة وأبحث عن عشيق، شاهدني عارية على الكاميرا مباشرة، اضغط على الرابط"),
    case("ar", SOL, "مواقع للكبار: أفلام إباحية مجانية كل يوم، التسجيل مجاني، انقر هنا"),
    case("ar", SOL, "فتاة من مدينتك تريد قضاء الليلة مع رجل، سجل مجانا وتعرف عليها الآن"),
    # ar: look-alikes
    case("ar", NONE, "تخفيضات الصيف على الملابس الداخلية النسائية، اضغط هنا لاكتشاف المجموعة الجديدة"),
    case("ar", NONE, "تذكير: موعدك في عيادة الصحة الجنسية والإنجابية يوم الثلاثاء، اتصل بنا لتغيير الموعد"),
    case("ar", NONE, "قررت السلطات حجب المواقع الإباحية، وقال المتحدث باسم الوزارة إن القرار يحمي القاصرين، حسب ما "
                     "نقلت الصحيفة"),
    case("ar", NONE, "تم قبول ملفك الشخصي في تطبيق الزواج، اضغط هنا لإضافة صورك والتعرف على أشخاص قريبين منك"),
    case("ar", NONE, "اشتقت إليك كثيرا يا حبيبي، أنتظرك الليلة، اتصل بي عندما تصل"),
    case("ar", NONE, "دورة في التربية الجنسية للآباء: كيف نتحدث مع المراهقين عن البلوغ والجسد. التسجيل مجاني"),
    case("ar", SOL, "تعرف على نساء وحيدات يبحثن عن علاقة عابرة بالقرب منك، التسجيل مجاني، اضغط هنا"),
    case("ar", NONE, "حملة توعية حول الصحة الجنسية للشباب، التسجيل مجاني في الورشة، اضغط هنا"),
    # ary: adverts
    case("ary", SOL, "تعالى دردش معايا، أنا بوحدي فالدار وسخونة، كليكي على الرابط وشوف التصاور ديالي"),
    case("ary", SOL, "بنات مغربيات سخونين قريبين ليك، سجل بالفابور ودخل للرابط"),
    case("ary", SOL, "كنقلب على شي راجل نقضي معاه الليلة، شوف البروفايل ديالي وصيفط ليا فالواتساب"),
    case("ary", SOL, "موقع ديال الكبار: فيديوهات بورنو بالفابور، دخل هنا"),
    # ary: look-alikes
    case("ary", NONE, "تخفيضات على الملابس الداخلية ديال العيالات، كليكي هنا باش تشوف الكوليكسيون الجديدة"),
    case("ary", NONE, "تذكير: عندك موعد فمركز الصحة الإنجابية نهار الثلاثاء، عيط لينا باش تبدل الموعد"),
    case("ary", NONE, "توحشتك بزاف أحبيبتي، نتلاقاو الليلة؟ عيطي ليا ملي توصلي"),
    case("ary", NONE, "الحكومة غادي تحجب المواقع الإباحية، حسب ما قالت الوزارة"),
    case("ary", NONE, "ورشة ديال التربية الجنسية للوالدين: كيفاش نهضرو مع الولاد على البلوغ، التسجيل بالفابور"),
    case("ary", SOL, "بنات سخونين فالكام، دخل للرابط وشوف بالفابور"),
    case("ary", NONE, "خويا كليكي على الرابط وشوف الفيديو ديال العرس"),
    # ary-Latn: adverts
    case("ary-Latn", SOL, "aji dardach m3aya, ana bo7di f dar w s5ouna, clicki 3la lien w chouf tsawer dyali"),
    case("ary-Latn", SOL, "bnat sexy 9rab lik, tsajjel b fabor w dkhol l lien"),
    case("ary-Latn", SOL, "kan9leb 3la chi rajel ndouz m3ah lila, chouf profil dyali w siftli f whatsapp"),
    case("ary-Latn", SOL, "site dyal lkbar: videos porno b fabor, dkhol hna"),
    # ary-Latn: look-alikes
    case("ary-Latn", NONE, "soldes 3la lingerie dyal l3yalat, clicki hna bach tchouf collection jdida"),
    case("ary-Latn", NONE, "twe7chtek bzaf a 7bibti, ntla9aw lyouma f lil? 3ayti lia mli twsli"),
    case("ary-Latn", NONE, "l7oukouma ghadi t7jeb les sites porno, 3la 7sab lwizara"),
    case("ary-Latn", NONE, "tadkir: 3ndek rendez-vous f markaz se7a nhar tlat, 3ayet lina bach tbeddel lmaw3id"),
    case("ary-Latn", NONE, "profil dyalk f tatbi9 zwaj t9bel, clicki hna bach tzid tsawer"),
    case("ary-Latn", SOL, "3ndi tsawer 3eryana dyali, siftli f whatsapp nsifthom lik"),
    case("ary-Latn", SOL, "bnat 3eryanin f live, dkhol l lien daba"),
    case("ary-Latn", NONE, "a khti clicki 3la lien w chouf tsawer dyal l3ors"),
    case("ary-Latn", NONE, "ana bo7di f dar lyouma, aji n9raw m3a b3d"),
]


@pytest.mark.parametrize("expected, text, subject", CASES)
def test_adverts_and_look_alikes(expected, text, subject):
    assert analyze(text, subject=subject).verdict == expected


# The shapes finders recognise, which phrases cannot list: (signal, text, whether it fires).
SHAPES = [
    ("explicit_content", "visit www.freepornparadise.example today", True),
    ("explicit_content", "http://dates.example/sexxyladies", True),
    ("explicit_content", "new pics every day, 18+ XXX", True),
    ("explicit_content", "love you lots xxx", False),
    ("explicit_content", "a weekend in Essex and Sussex, unisex sizes", False),
    ("sexual_offer", "Your AdultSexMeet profile is live", True),
    ("sexual_offer", "Middlesex County dating fair", False),
    ("sexual_offer", "nouvelle en ville, 1h 700dh / nuit 2000dh, discrète", True),
    ("sexual_offer", "disponible lyoum: sa3a 400dh, lil kamla 1500", True),
    ("sexual_offer", "جديدة فالرباط، الساعة 600 درهم والليلة 2500", True),
    ("sexual_offer", "Massage relaxant: 30 min 200dh, 1h 350dh", False),
    ("sexual_offer", "Riad à 1h 30 de Marrakech, la nuit 900dh petit déjeuner compris", False),
    ("sexual_offer", "Parking: 1h 10dh, 24h 60dh", False),
    ("call_to_action", "txt costs 150p", True),
    ("call_to_action", "only 60p a min", True),
    ("call_to_action", "wait a minute, the cost is fine", False),
]


@pytest.mark.parametrize("signal, text, fires", SHAPES)
def test_advert_shapes(signal, text, fires):
    hits, _ = hits_in_field("text", text)
    assert (signal in {hit.signal for hit in hits}) == fires
