"""Blind probes in Moroccan Darija written in Latin letters (Arabizi, ary-Latn): extortion, sextortion,
intimidation and sexual offers as people type them (digits for letters, vowels dropped or doubled, fused
futures like "ghanfd7k", "la ma" for "ila ma", French mixed in), beside hard look-alikes that share their
words (awareness posts, news, a victim asking for help, reminders, jokes, a mother, adverts). Written before
reading the lexicons, so that they test families of phrasing rather than entries."""

from __future__ import annotations

import pytest
from verdict_tables import EXT, INT, NONE, SEX, SOL, case

from detector import analyze

CASES = [
    case(
        "aryl-01-sextortion-snap-call-recorded-wafacash",
        SEX,
        "salam a khouya nta li kont katdwi m3aya f snap lbare7, rani sjelt la vidéo kamla dyal l appel. ila "
        "ma sifttich 3000dh f wafacash 9bel ghda ghanpartajiha m3a ga3 les amis dyalk f facebook w 3ailtek",
    ),
    case(
        "aryl-02-sextortion-naked-photos-recharge-to-father",
        SEX,
        "3andi tsawr dyalek 3eryana. bghiti ma nchrhomch? siftili 500 dh recharge inwi daba wla ghadi ywslo l bak",
    ),
    case(
        "aryl-03-sextortion-naked-video-youtube-tag-wife",
        SEX,
        "wach nsiti? la video dyalk w nta 3ryan ra kayna 3ndi. 2000dh f cash plus smiya ghansiftlk f msg wla "
        "ghan7etha f youtube w ntagui fiha mratek",
    ),
    case(
        "aryl-04-sextortion-skype-undressing-groups-48h",
        SEX,
        "hhh xouf had lvideo li sjlt lik f skype mlli kenti kat7el 7wayjk. gha ndirha f ga3 les groupes dyal "
        "l7ouma w f page dyal l college la makhlstich 5000dh. 3ndk 48h",
    ),
    case(
        "aryl-05-sextortion-more-photos-or-to-brother",
        SEX,
        "khtiii sifti lia tsawr khrin bla 7wayj wla ghanseft les photos li 3andi l khouk w l bak. ma "
        "t3awdich tbloquini",
    ),
    case(
        "aryl-06-sextortion-demand-naked-video-or-insta",
        SEX,
        "ana 3aref smitek w fin katqraay, ila ma bghitich tsifti lia video fiha nti 3ryana, les photos li "
        "3titini ghaybano f insta dyal ga3 sa7batek",
    ),
    case(
        "aryl-07-sextortion-video-call-recording-messenger",
        SEX,
        "Slm. 3ndi enregistrement dyal l appel video dialk m3a dik lbent. ila ma 7welti lia 1500 derham gha "
        "nsift lvideo l ga3 les contacts dyalk f messenger. 3andek 24 sa3a, choufha mzyan",
        subject="lvideo dyalk",
    ),
    case(
        "aryl-08-sextortion-fused-ghanfd7k-tiktok",
        SEX,
        "ghanfd7k b la vidéo dyalek o nta katl3eb b rask. sifet lflous daba wla safi ghatchouf rask f tiktok ghda sba7",
    ),
    case(
        "aryl-09-sextortion-nudes-capture-story-western-union",
        SEX,
        "les nudes li siftti liya f snap ra 3andi capture dyalhom kamlin. bghit 1000dh f western union ola "
        "ghanpostihom f story w nmentionni bak w khtek. ma tgol l 7ta wa7ed",
    ),
    case(
        "aryl-10-extortion-hacked-instagram-to-wife",
        EXT,
        "Salam, compte instagram dyalk ra 3andi daba, w chft ga3 les messages dyalk m3a sa7btek. ila bghiti "
        "trj3o sift 800dh f cash plus wla ghanseft kolchi l mratek",
    ),
    case(
        "aryl-11-extortion-stolen-phone-publish-infos",
        EXT,
        "telephone dyalk 3andi, fih les photos dyal lkhdma w les conversations dyalk. 1500 dh w nrdo lik, "
        "ila ma siftich ghannecher les infos w les numeros dyalk f ga3 les groupes",
    ),
    case(
        "aryl-12-extortion-affair-secret-to-husband",
        EXT,
        "3reft kolchi 3la dak rajel li katchoufih f l9hwa. ila ma 3titinich 3000dh had simana rajlek "
        "ghay3ref kolchi, 3andi les captures w les audios",
    ),
    case(
        "aryl-13-extortion-job-favour-or-vocaux-to-boss",
        EXT,
        "khassk tdekhel khoya l charika dyalk f had l'embauche wla ghadi nsift l mudir dyalk les vocaux li "
        "katsebo fihom. nta 3aref ach ghaywq3 lik",
    ),
    case(
        "aryl-14-extortion-recharge-codes-or-sell-id-card",
        EXT,
        "sifet lia 5 dial les cartes recharge 100dh iam (les codes f sms) wla ghan3ti numero dyalk w la "
        "carte nationale dyalk l ga3 les arnaqueurs f telegram",
    ),
    case(
        "aryl-15-extortion-hacked-facebook-western-union",
        EXT,
        "a sidi compte facebook dyalk tpirata. ila bghitih yrje3 bla ma nnecher les messages privés dyalk, "
        "sift 200 euro b western union. ila ma jawbtinich f 2 jours kolchi ghaytnecher",
        subject="compte dyalk",
    ),
    case(
        "aryl-16-extortion-la-ma-report-to-police-and-boss",
        EXT,
        "3rft bli katkhdem bla papiers f dik charika w katkhbi 3la dariba. la ma khlstinich 5000 ghanbla9 "
        "3lik l police w l patron dyalk",
    ),
    case(
        "aryl-17-extortion-drinking-secret-to-father",
        EXT,
        "ana 3aref bli katcherbi w katkmi, ila ma jbtich lia 1000 dh ghda ghangol l bak kolchi w nsiftlo "
        "tsawer dyalk f lkoktil",
        xfail='"tsawer dyalk" (your photos) counts as an intimate lever, so a threat to show a parent party photos '
        "reads as sextortion: telling what the photos show needs more than phrases",
    ),
    case(
        "aryl-18-extortion-hacked-email-bitcoin-contacts",
        EXT,
        "J'ai piraté ton email. 3andi ga3 les mots de passe dyalk w les contacts. khlles 300 dolar f bitcoin "
        "f 48h wla ghan envoyer kolchi l ga3 les contacts dyalk w l khedma",
    ),
    case(
        "aryl-19-intimidation-drop-complaint-know-where-you-live",
        INT,
        "nta li mdaba 3liya dik chikaya? tnazel 3liha had simana wla ghadi tnedem. 3reft fin saken w fin "
        "kat7et tomobil",
    ),
    case(
        "aryl-20-intimidation-debt-or-come-to-your-house",
        INT,
        "lflous li 3lik khasshom ywslo 7ta l jem3a. ila ma jbthomch rah ghadi nji l darek w nta 3aref chno ghadi ywqe3",
    ),
    case(
        "aryl-21-intimidation-leave-place-know-kids-school",
        INT,
        "khwi lblassa ghda ola ghatchouf chi 7aja ma3mrek chftiha. rah kan3ref wladek fin kayqraw",
    ),
    case(
        "aryl-22-intimidation-hand-over-moto-or-break-legs",
        INT,
        "sme3 mzyan, 3tini dik lmoto li 3andk bla sda3 ola ghankessrlk rjlik. ma tdirch fiha ra9el",
    ),
    case(
        "aryl-23-intimidation-debt-gang-regret",
        INT,
        "ghanjib lik drari w ghatchof, dyn dyalk 10000dh ila mkhlstich f had l weekend ghatnedem 3la nhar li tzaditi",
        xfail="harm + a named amount is extortion in scoring.category (DESIGN: harm unless the victim pays); "
        "debt-collection threats are intimidation in the brief: a category decision, not a lexicon one",
    ),
    case(
        "aryl-24-intimidation-leave-neighbourhood-ruin-life",
        INT,
        "ila mamchitich mn l 7ouma had chhar ghadi nkhser 3lik 7yatek, ma tgolch ma glthach lik",
    ),
    case(
        "aryl-25-intimidation-withdraw-complaint-watched-daily",
        INT,
        "retire la plainte dyalk ola ghadi ndir lik chi 7aja ma t7mdhach. rah kanchoufk kol nhar mlli "
        "katkhrj mn lkhdma",
    ),
    case(
        "aryl-26-intimidation-drop-complaint-parents-regret",
        INT,
        "3reft fin saknin waldik. tnazl 3la chikaya w nssa had lmochkil, sinon ghadi tnedem nta w ga3 3ailtek",
    ),
    case(
        "aryl-27-intimidation-give-back-reach-you-anywhere",
        INT,
        "rd lia dakchi li khditi 9bel ma yfout l waqt. ana machi bhal li kat3ref, n9der nwslek fin ma knti. "
        "ghir sme3 lkalam",
    ),
    case(
        "aryl-28-sexual_solicitation-girls-available-whatsapp",
        SOL,
        "Bnat disponible f casa w rabat, massage + service complet, 3ayet wla sift whatsapp 06 12 34 56 78",
    ),
    case(
        "aryl-29-sexual_solicitation-pimp-girls-discreet-night",
        SOL,
        "Salut a ssi, wach bghiti tdwz chi lila zwina? 3andi bnat zwinin 20-25 ans, nuit w journée, privé "
        "100% discret. Contact WA +212 6 61 22 33 44",
    ),
    case(
        "aryl-30-sexual_solicitation-massage-happy-end-home",
        SOL,
        "massage relaxant a domicile par jeunes filles, happy end garanti, marrakech gueliz. tel 0661 00 11 22",
    ),
    case(
        "aryl-31-sexual_solicitation-self-offer-price-per-night",
        SOL,
        "ana salma 23 ans disponible lyoma f tanja, ila bghiti tji 3ndi ola nji 3ndk 500dh la nuit. wts 07 00 11 22 33",
    ),
    case(
        "aryl-32-sexual_solicitation-escort-snap",
        SOL,
        "Slm cv? chft profil dyalk 3jbni bzf. ana escort, ila bghiti ndouzo weekend 7lw m3a ba3diyatna 3tini "
        "msg f snap: salma.vip",
    ),
    case(
        "aryl-33-sexual_solicitation-naked-cam-show-recharge",
        SOL,
        "hbibi bghiti cam show live w ana 3ryana? 50dh recharge w nwrik kolchi, ktb lia f prive",
    ),
    case(
        "aryl-34-sexual_solicitation-new-girls-naturist-massage",
        SOL,
        "Nouvelles filles jdad f agadir 🔥 appartement privé, massage naturiste w service kaml, prix m3qol. "
        "appel ola whatsapp 0708 09 10 11",
    ),
    case(
        "aryl-35-sexual_solicitation-woman-receives-men-hourly",
        SOL,
        "salam khouya, kayna wa7d l3iyala sakna bo7dha f mohammedia katstqbel rjal f darha, 200dh sa3a. "
        "bghiti numero dyalha?",
    ),
    case(
        "aryl-36-sexual_solicitation-discreet-encounters-fes",
        SOL,
        "rencontres discrètes m3a bnat wa3rin f fes, bla ta3qidat, plan d'un soir w tkhles 3la 7sab lwaqt. "
        "wts 06 55 44 33 22",
    ),
    case(
        "aryl-37-none-awareness-video-call-scam",
        NONE,
        "Ntbhou a drari! kaynin chi nas f facebook kaydiro m3ak appel video w kaysjlouk, mn b3d kaytalbo "
        "lflous w kayhddouk ynchro la vidéo. Ma tkhlsouch, blghou f e-blagh ola 3aytou 19",
    ),
    case(
        "aryl-38-none-news-arrest-blackmailer",
        NONE,
        "chedo wa7ed f wejda kan ybtez les filles f insta, kaytlb mnhom lflous ola ynecher tsawerhom. lah "
        "yjib lkhir w ytsetr 3la bnat nas",
    ),
    case(
        "aryl-39-none-victim-asks-friend-for-help",
        NONE,
        "khti 3afak 3awniini, wa7d derri f insta kayhddni ynchr tswer dyali ila ma siftlouch 2000dh, ma "
        "3rftch chno ndir, wach nmchi l police?",
    ),
    case(
        "aryl-40-none-shop-credit-reminder",
        NONE,
        "Salam ssi Ahmed, rah mazal 3lik 450dh dyal l kridi f l7anout, 3afak khalles 9bel akhir chhar. "
        "chokran w lah y3awn",
    ),
    case(
        "aryl-41-none-friends-match-joke",
        NONE,
        "ghadi nqtlek ila ma jitich l match hhh, 9 d lil f terrain dyal l7ay, jib m3ak l kora",
    ),
    case(
        "aryl-42-none-mother-come-home",
        NONE,
        "ila ma dkhltich daba l dar ghadi ngol l bak w ghatchouf chno ghaydir lik. sa3a hadi w nta f zn9a",
    ),
    case(
        "aryl-43-none-phone-repair-price-list",
        NONE,
        "Réparation téléphone: changement écran iphone 11 600dh, batterie 250dh, déblocage compte icloud "
        "300dh, récupération photos w vidéos mn tel mkhser. wts 06 11 22 33 44",
    ),
    case(
        "aryl-44-none-car-for-sale",
        NONE,
        "Lbi3 golf 7 diesel 2016, 180000km, papiers kamlin, wa7ed lmalk, 150000dh 9abel lnegociation. li "
        "bgha ysowel y3ayet 06 22 33 44 55",
    ),
    case(
        "aryl-45-none-cousin-borrows-money",
        NONE,
        "salam wld 3ammi, 3afak wach t9der tsellefni 1000dh 7ta nrdhom lik awel chhar, 3andi chi mochkil m3a "
        "lkra. sift liya f cash plus ila 9dirti",
    ),
    case(
        "aryl-46-none-football-insult",
        NONE,
        "wydad ghir l7mir, l3ibat dyalkom ma kay3rfo ydiro walo, ghadi nfer3oukom f derby ya lmsakh",
    ),
    case(
        "aryl-47-none-lost-phone-please-call",
        NONE,
        "tlefli telephone f tobis lyoum, ila chi wa7d l9ah 3afak y3yet 3la had numero, fih tsawer dyal lwlad "
        "w ma bghitch nkhserhom",
    ),
    case(
        "aryl-48-none-wedding-photos-for-mum",
        NONE,
        "les photos dyal l3ers li sawerti, siftihom liya f whatsapp 3afak, mama bghat tchofhom",
    ),
    case(
        "aryl-49-none-hacked-account-warn-friends",
        NONE,
        "3afakom a sa7bi compte facebook dyali tpirata lbare7, chi wa7ed kaysift messages l 3ailti kaytlb "
        "flous. ma tsiftou walo w blockiwh",
    ),
    case(
        "aryl-50-none-landlord-court-threat",
        NONE,
        "ila ma khllstich lkra dyal 3 chhour had simana ghadi nmchi l tribunal w nrfe3 3lik da3wa, hadchi machi l3ib",
    ),
    case(
        "aryl-51-none-coach-training-or-dropped",
        NONE,
        "ila ma jitich l entrainement ghda ghadi n7iydek mn l'équipe, 3ndna match s3ib s-sebt. coach",
    ),
    case(
        "aryl-52-none-coffee-joke-expose",
        NONE,
        "hhhh ghanfde7k 3nd drari bli tb3ti f l9hwa ila ma khlstich lia l café lyoma 😂",
    ),
    case(
        "aryl-53-none-hammam-traditional-massage",
        NONE,
        "Hammam w massage traditionnel l3yalat, hammam beldi + gommage 150dh, centre f agdal, rdv 05 37 00 "
        "00 00. mftou7 7ta 10 d lil",
    ),
    case(
        "aryl-54-none-film-plot-blackmail",
        NONE,
        "chfti film li fih wa7d kaybtez mrato b tsawer dyalha? film zwin bzaf walakin nihaya dyalo 3yana",
    ),
    case(
        "aryl-55-none-tip-never-share-whatsapp-code",
        NONE,
        "matsiftouch code dyal whatsapp l 7ta wa7ed! kaynin chi nas kaypiratiw les comptes w kaytalbo "
        "recharge mn les contacts dyalk",
    ),
    case(
        "aryl-56-none-call-centre-job-ad",
        NONE,
        "Charika f tanger kat9leb 3la bnat w drari l khdma f call center, salaire 4000dh, sift CV f whatsapp "
        "06 77 88 99 00",
    ),
    case(
        "aryl-57-none-sibling-charger-joke",
        NONE,
        "ila ma rdditich lia chargeur dyali ghadi nkesser lik telephone dyalk hhh",
    ),
    case(
        "aryl-58-none-wedding-photographer-balance",
        NONE,
        "les photos w la vidéo dyal l3ers wajdin, khlles lbaqi 1500dh w nsiftlk lien dyal téléchargement. "
        "merci 3la tiqa",
    ),
    case(
        "aryl-59-none-gossip-leaked-video",
        NONE,
        "sm3ti b dik lbent li tla7t lvideo dyalha f facebook? meskina, 3ailtha ma bghawch ykhrjo mn dar. lah "
        "ysameh li dar fiha hadchi",
    ),
    case(
        "aryl-60-none-advice-report-threat",
        NONE,
        "ila chi wa7ed hddek b tsawer dyalk, ma tkhlsch, dir capture l msgs w mchi l commissariat ola e-blagh",
    ),
]


@pytest.mark.parametrize("expected, text, subject", CASES)
def test_arabizi_probe(expected, text, subject):
    assert analyze(text, subject=subject).verdict == expected
