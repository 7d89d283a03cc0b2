"""The Latin-script lexicons (fr: French, ary-Latn: Moroccan Darija in Latin script, "Arabizi") on
messages written for these tests: coercive messages of each kind next to the hard negatives that share
their words (awareness texts, news, a victim asking for help, bills, jokes between friends, insults
without a demand), and messages that switch between French and Darija."""

import pytest

import detector

SEX, EXT, INT, SOL, NONE = "sextortion", "extortion", "intimidation", "sexual_solicitation", "none"

FR = [
    # sextortion
    (SEX, "Bonjour. Votre webcam a été activée à distance et je vous ai filmé pendant que vous regardiez des "
          "vidéos pour adultes. Versez 900 € en bitcoin dans les 72 heures, sinon la vidéo sera envoyée à tous vos contacts."),
    (SEX, "J'ai gardé toutes les photos intimes que tu m'as envoyées. Si tu ne me verses pas 3000 dirhams avant "
          "vendredi, ton mari les recevra."),
    (SEX, "Tu as 24h. 1500 dh par Wafacash ou je balance ta vidéo nue sur Instagram avec ton prénom."),
    (SEX, "Envoie-moi d'autres photos sans vêtements ce soir, sinon je publie celles que j'ai déjà dans le groupe de ta fac."),
    (SEX, "J'ai enregistré notre appel vidéo. Tu veux que tes parents voient ça ? Non ? Alors 2000 DH en recharges Orange, tout de suite."),
    (SEX, "Je détiens des vidéos compromettantes de vous. Payez 600 euros avec des cartes Neosurf, sinon je les "
          "diffuserai à votre employeur. Ne prévenez pas la police."),
    (SEX, "Si tu me quittes, tout le monde verra les vidéos qu'on a faites ensemble. Réfléchis bien."),
    (SEX, "j'ai screen tes nudes 😏 200€ en coupon PCS ou je les mets en story avec ton arobase"),
    (SEX, "Ta caméra m'a tout montré. 0,05 BTC à l'adresse ci-dessous sous 48 heures, faute de quoi je publierai l'enregistrement."),
    # extortion
    (EXT, "J'ai piraté ton compte WhatsApp et copié toutes tes conversations. Envoie 1000 DH par Cash Plus sinon je les transfère à ta femme."),
    (EXT, "Nous avons chiffré vos serveurs et copié vos données clients. Payez 3 BTC sous 5 jours ou tout sera publié sur notre site."),
    (EXT, "Je sais que tu truques les factures de la société. 10 000 dirhams et je ne dirai rien à ton directeur."),
    (EXT, "J'ai la copie de ton passeport et de ta CIN. 2500 DH avant demain ou je les vends sur Telegram."),
    (EXT, "Votre mot de passe est azerty123. Versez 400 dollars en bitcoin, sinon je publie vos emails."),
    (EXT, "Vos avis Google vont chuter : 300 avis négatifs en une nuit. Sauf si vous payez 1500 DH par mois."),
    (EXT, "J'ai trouvé ton portable au café et j'ai vu tes messages. 800 DH et tu le récupères, sinon tes "
          "conversations seront publiées sur Facebook."),
    # intimidation
    (INT, "Retire ta plainte contre mon cousin avant jeudi, sinon tu vas le regretter."),
    (INT, "Supprime ton commentaire sur mon restaurant. Je sais où tu habites, tu comprends ?"),
    (INT, "Si tu te présentes à l'élection du bureau, il t'arrivera quelque chose de grave."),
    (INT, "Ne viens pas témoigner lundi ou tu finiras à l'hôpital."),
    (INT, "Arrête de te garer devant mon garage, sinon ta voiture prendra feu."),
    (INT, "Démissionne avant la fin du mois. On connaît ton adresse et l'école de tes enfants."),
    (INT, "Remontez la note de mon fils, sinon vous aurez affaire à moi."),
    # sexual solicitation
    (SOL, "Escort girl disponible ce soir à Casablanca, discrétion assurée, je me déplace à l'hôtel."),
    (SOL, "Massage naturiste avec finition dans votre chambre, 800 DH, réservez sur WhatsApp."),
    (SOL, "Jolies étudiantes disponibles pour des rencontres discrètes, photos et tarifs sur demande."),
    (SOL, "Homme sérieux uniquement : je reçois dans mon appartement à Rabat, petits cadeaux appréciés."),
    (SOL, "Des femmes seules près de chez vous veulent vous rencontrer ce soir. Inscription gratuite."),
    (SOL, "Show webcam coquin rien que pour toi, 30 min pour 20 € en Neosurf."),
    # hard negatives
    (NONE, "Chantage à la webcam : si vous recevez un tel message, ne payez jamais et signalez-le sur e-blagh.ma. "
           "Ces escrocs envoient le même texte à des milliers de personnes."),
    (NONE, "La police a démantelé un réseau de sextorsion : les suspects menaçaient leurs victimes de publier des vidéos."),
    (NONE, "Aidez-moi svp, un inconnu me menace de publier mes photos si je ne paie pas 500 euros. Je fais quoi ?"),
    (NONE, "Relance : votre facture n° 2024-118 de 1 200 DH reste impayée. Merci de régler sous 8 jours, "
           "à défaut des pénalités de retard s'appliqueront. Cordialement, le service comptabilité."),
    (NONE, "Votre code de vérification est 551 208. Ne le communiquez jamais à personne."),
    (NONE, "t'es vraiment le pire joueur de l'équipe, t'as raté trois penaltys, nul !"),
    (NONE, "Je vais publier la photo où tu dors dans le bus mdr 😂"),
    (NONE, "Je t'envoie les photos du mariage ce soir, elles sont magnifiques."),
    (NONE, "Dans ce film, une avocate est victime de chantage : un inconnu menace de publier une vidéo de son passé."),
    (NONE, "Le loyer de 3500 DH est à payer avant le 5, comme prévu au contrat."),
    (NONE, "Ta mère a dit qu'on mange à 20h, passe prendre du pain."),
    (NONE, "Wafacash : vous avez reçu un transfert de 700 DH. Présentez-vous avec votre CIN."),
]

ARY = [
    # sextortion
    (SEX, "3andi tsawer dyalk 3aryana li siftti lia. ila ma siftich 3000dh f wafacash 9bel ghedda ghadi nsifthom l bak."),
    (SEX, "sejjelt lik f camera mli knti katehder m3aya. 2000dh f cash plus wla ghadi nlo7 lvideo f facebook."),
    (SEX, "sifti lia tsawer khrin bla 7wayej lyoum f lil, wla ghadi twsel lvideo l groupe dyal l9ism."),
    (SEX, "lvideo dyalk 3andi kamla. khlles 5000 dh b western union wla ghadi nfde7ek 9dam l3a2ila dyalk."),
    (SEX, "ila mchiti 3lia, tsawer dyalk ghadi ychofhom ga3 s7abk f insta. fekri mzyan."),
    (SEX, "3andi les captures dyal lchat w lvideo dyal skype. sift 1000dh recharge inwi daba wla nposti kolchi f story."),
    (SEX, "camera dyal pc dyalk sejlatek w nta katchouf des sites dyal lkbar. sift 0.02 btc f 48h wla ghadi twsel l ga3 les contacts dyalk."),
    (SEX, "ghadi nfde7ek b tsawer li 3andi ila makhllestich 2000dh f orange money 9bel lil."),
    # extortion
    (EXT, "hackit lcompte dyalk dyal insta. sift 500dh recharge orange wla nbi3o l chi nass f telegram."),
    (EXT, "3andi les screens dyal les messages dyalk m3a lmodir. 3000dh 9bel jem3a wla ghadi ywslo l mratek."),
    (EXT, "3andi scan dyal la cin dyalk w passport. 1500dh f wafacash wla ghadi npartagihom f les groupes."),
    (EXT, "3arfin chno katdir f l7anout bla factures. 5000dh kol chher wla ghadi n3iyto l DGI."),
    (EXT, "lmodpass dyal gmail dyalk 3andi. ila masifttich 800dh ghadi nsift les emails dyalk l ga3 les contacts."),
    (EXT, "whatsapp dyalk wlat 3andi. sift 4 cartes google play w nrj3o lik, wla lmessages dyalk ghadi ymchiw l l3a2ila."),
    # intimidation
    (INT, "sa7eb chkaya li drti 3la weld 3ammi 9bel tnin, wla ghadi tndem."),
    (INT, "mse7 dak lpost li ktebti 3la l7anout dyali wla ghadi nji 3ndk. 3aref fin saken."),
    (INT, "b3ed 3la khti. ila chftk 7dah merra khra ghadi tkhrej f l'ambulance."),
    (INT, "matmchich tchhed f lmahkama nhar lkhmis, wla wallah 7ta tndem."),
    (INT, "khrej men lgroupe dyal l7ouma w sket 3la smiti, wla ghadi tchouf chno ghadi yw9e3 lik."),
    (INT, "beddel lia nu9ta dyal l'examen 9bel conseil wla ghadi nwerrik chkoun ana."),
    (INT, "ila 3awdti parkiti tomobil 9dam bab dyali ghadi tl9a lglass mherres. akhir tanbih."),
    # sexual solicitation
    (SOL, "bnat zwinin disponible lyoum f tanger, discretion 100%, contact whatsapp."),
    (SOL, "massage complet f l'hotel dyalk, 600dh, service kamel 😉"),
    (SOL, "ana Nora 24 ans, kanst9bel f appart dyali f casa, ghir nass serieux. sa3a 800dh, lil kaml 2500."),
    (SOL, "bnat l t3aruf w lmot3a f marrakech, les numeros w prix f lcanal dyalna."),
    (SOL, "kan9leb 3la rajel kerim l rencontres discret, les cadeaux mar7ba bihom."),
    (SOL, "live prive f cam ghir lik, sift code recharge 50dh w nbdaw 🔥"),
    # hard negatives
    (NONE, "ila chi wa7ed bda kayhddek b tsawer dyalk, matkhelles walo! dir screens w blle3 f e-blagh."),
    (NONE, "cheddouhom drari li kaysejjlo nass f camera w kaytelbo lflous, lbolis gal matkhellsouch."),
    (NONE, "3afakom 3awnouni, wa7ed kayhddedni bli ghadi ynchr tsawer dyali ila makhlestouch. chno ndir?"),
    (NONE, "ghir nfekrek lkra dyal had chher khassha ttkhelles 9bel nhar 5, kif mktob f contrat."),
    (NONE, "wach nta 7mar? ma3refti tl3eb walo, khserti lina lmatch."),
    (NONE, "ghadi nfde7ek 9dam drari b dik tswira dyal sghorek hhhh 😂"),
    (NONE, "sift lia tsawer dyal l3ors 3afak, bghit nprintihom."),
    (NONE, "sift lia 200dh 3afak, ghadi nrj3hom lik ghedda."),
    (NONE, "lfilm kay7ki 3la bent kaybtazha wa7ed b tsawer, w lbolis 9bdo f lakher."),
    (NONE, "inwi: charji b 20dh w khod 10 Go, l'offre 7ta lyoum f lil."),
    (NONE, "rah ghadi nsifet lik lien dyal lvideo dyal l3ors f whatsapp."),
    (NONE, "ila matjich l'entrainement ghedda, coach ghadi y7iydek men lmatch."),
]

MIXED = [
    (SEX, "J'ai les vidéos dyalk devant la caméra. Ila ma payitich 4000 DH avant demain, ghadi nsifthom l la famille dyalk."),
    (SEX, "Écoute, tsawer dyalk 3andi. Tu m'envoies 2000 dh par Cash Plus ce soir, sinon je les publie f groupe dyal la fac."),
    (SEX, "3andi la vidéo de notre appel. sift 1500dh f wafacash wla ghadi twsel l ton mari."),
    (EXT, "J'ai piraté ton compte Insta. Ila bghitih yrje3 lik, sift 300 dh recharge inwi, sinon je le vends."),
    (EXT, "J'ai accès à ta boîte mail w 3andi les contacts dyalk kamlin. 5000 dh avant vendredi sinon kolchi ywsel l direction."),
    (EXT, "Crédit Express: khlles lyoum 900 dh wla on envoie votre CIN et vos photos à tous vos contacts."),
    (INT, "Retire ta plainte 9bel lundi, sinon ghadi tndem wallah."),
    (INT, "Supprime le post 3la lcafe dyali daba. Je sais où tu habites."),
    (INT, "Si tu viens à la fête samedi, ghadi tkhrej f l'ambulance."),
    (SOL, "Belles filles disponibles lyoum f Casa, discrétion totale, contact WhatsApp."),
    (SOL, "Massage complet f l'hôtel dyalk, 700 dh, discrétion 100%."),
    (NONE, "Frère j'ai reçu un mail, kay9oul 3ando une vidéo dyali men la webcam w bgha 500 euros. C'est une arnaque non ?"),
    (NONE, "Oui c'est une arnaque, matkhelles walo. Change ton mot de passe w signale f e-blagh."),
    (NONE, "Rappel: la facture dyal had chher avant le 10, sinon pénalité dyal 100 dh kif f contrat. Cordialement"),
    (NONE, "Ila t'es en retard ghadi n9tlek 😂 le film commence à 21h."),
    (NONE, "Sift lia les photos dyal l'anniversaire stp, j'ai rien sur mon tel."),
    (NONE, "La police a publié un post 3la chantage b la caméra: matqblouch les appels vidéo men des inconnus."),
]


def _cases(lang, table):
    return [pytest.param(verdict, text, id=f"{lang}-{i:02d}-{verdict}") for i, (verdict, text) in enumerate(table)]


@pytest.mark.parametrize("expected, text", _cases("fr", FR) + _cases("ary-Latn", ARY) + _cases("mixed", MIXED))
def test_verdict(expected, text):
    assert detector.analyze(text).verdict == expected


def test_tables_cover_every_verdict():
    for table in (FR, ARY, MIXED):
        assert {verdict for verdict, _ in table} == {SEX, EXT, INT, SOL, NONE}
