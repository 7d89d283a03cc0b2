"""Round 2 for Darija in Latin letters (Arabizi, ary-Latn): another author's probes and, for each slot they
missed, other ways people phrase it (media first then "3ndi", a recorded video call, posting and tagging with a
fused pronoun, teachers and employers as the audience, "you'll pay with your body", "you'll feel it", thugs sent
to "explain", girls "near you", premium chat, a companion "for the night") beside look-alikes that share their
words (wedding pictures, a work call, a spa, a holiday flat, a friend's loan, cousins who want to meet you)."""

from __future__ import annotations

import pytest
from verdict_tables import EXT, INT, NONE, SEX, SOL, case

from detector import analyze

CASES = [
    case(
        "probe-h01-sextortion",
        SEX,
        "Wach nta Younes? ana li kont m3ak f skype lbar7 😉 l video 3ndi, wjhek bayn mzyan. 3andek 24h "
        "bach tsift 5000 dh par western union sinon ghadi tla3 f youtube b smitk o nsifto l ga3 les "
        "contacts dyalek f facebook. matblokinich 7it 3ndi copie",
    ),
    case(
        "probe-h02-sextortion",
        SEX,
        "bghit tsawer khrin lyoum, bla 7wayj. ila ma jawnich 9bel 10 d lil, dakchi li 3ndi ghadi ywsel "
        "l groupe dyal la classe o l khak. ma t3ayenich m3aya",
    ),
    case(
        "probe-h03-sextortion",
        SEX,
        "l vid 3ndi 😈 1000dh cashplus daba wla kolchi ychofha. 3ndk hta l3chiya",
    ),
    case(
        "probe-h04-sextortion",
        SEX,
        "[vocal] smi3i mzyan a Sara, tsawer li kano binatna mazal 3ndi, kamlin, ma ms7t 7ta wa7da. ila "
        "ma rj3tich liya lflous dyal l voyage, 8000dh, 9bel akhir chhar, ghadi nposthom f story o "
        "ntagui khwatatek w mok. ma nkhallikch tfer7i m3a dak jdid b flousi, wakha?",
    ),
    case(
        "probe-h05-sextortion",
        SEX,
        "Salam cv? dak l'appel vidéo dyal nhar sebt rani m3a9el 3lih 😂 machi mochkil, ghir sift liya 10 "
        "dyal recharge inwi d 100 o nms7 kolchi. ila ma bghitich, l'entreprise fin khdam ghadi tchof "
        "chi 7aja zwina 🙂",
    ),
    case(
        "probe-h06-sextortion",
        SEX,
        "Rah t7akat lik l cam dyal l pc mlli dkhlti l dak site 🔞 3ndi l enregistrement kaml, nta o chno "
        "kont katchouf. Sift 0.015 b-i-t-c-o-i-n l had l'adresse: "
        "bc1qk3v8n0x2w7rhe5sq9yt4dz6lmj2fpa8uc0g7h\n3ndk 2 jours, wla l f1d3o ghadi twsel l ga3 les "
        "contacts f gmail dyalek. ma tgoul l 7ta wa7d",
    ),
    case(
        "probe-h07-sextortion",
        SEX,
        "ghir nswlek 😇 wach mratk 3arfa b dak l video call dyal lkhmis? ana machi bnadem khayb, ila "
        "drti m3aya lkhir 3000 dh nnsaw kolchi. sinon... nta 3aref",
    ),
    case(
        "probe-h08-extortion",
        EXT,
        "compte insta dyalk wla 3ndi 😎 bghiti trj3o? sift 200dh recharge orange, wla ncommenci npubliyi "
        "les messages dyalek m3a lkhtiba dyalk f story",
    ),
    case(
        "probe-h09-extortion",
        EXT,
        "3reft bli khdam m3a la concurrence f lil o l patron dyalk ma 3arf walo. 3ndi les preuves, les "
        "mails o les photos. 4000dh f cash plus 9bel jem3a wla kolchi ywsel l RH o l patron. khtar",
    ),
    case(
        "probe-h10-extortion",
        EXT,
        "tel dyalk 3ndi, l9itu f tram. fih tsawer dyal la carte nationale, passport o l compte "
        "bancaire. bghiti trj3o o man sta3melch les papiers dyalk f chi credit? 1000dh wafacash lyoum. "
        "police la, rani ghadi n3ref",
    ),
    case(
        "probe-h11-extortion",
        EXT,
        "ghadi tkteb liya l PFE dyali kaml, mn lowl l lkhr. sinon nsift l encadrant les screens bli "
        "chriti l memoire dyalek mn 3nd wa7ed f facebook. t2akked ghadi ytjerjer lik l diplome",
    ),
    case(
        "probe-h12-extortion",
        EXT,
        "dkhlt l whatsapp dyalek o 9rit dakchi li katgoul 3la bak o 3la l3a2ila f groupe m3a s7abek 👀 "
        "ila ma sifttich 1500 dh wafacash, ghadi nforwardi kolchi l groupe dyal l3a2ila. deadline: ghda "
        "18h, pas une minute de plus",
    ),
    case(
        "probe-h13-extortion",
        EXT,
        "Bonjour, le site dyalkom t7ak. 3ndna la base de données dyal les clients kamla (CIN, numéros, "
        "adresses). 2000 USDT f had l wallet TN7qP2xR9vKd4LmZs8eYc3bW5fHj6uGa1o, sinon ghadi npubliwha "
        "f telegram o nsiftu message l ga3 les clients. Vous avez 72h.",
        subject="Base de données dyalkom",
    ),
    case(
        "probe-h14-intimidation",
        INT,
        "fin wsslna m3a dik 3 melyon? rah sbr dyali sala. had l weekend ila ma khlstich, chi wa7ed "
        "ghadi ykhlss blastek f jesmek. sowl Rachid chnu w9e3 lih l3am lli daz",
    ),
    case(
        "probe-h15-intimidation",
        INT,
        "t2kd bli ghadi t'retirer la plainte ghda 9bel l'audience. ana ma ghadich n3awd lik. 3arfin fin "
        "katskon o fin kayn l garage dyalk",
    ),
    case(
        "probe-h16-intimidation",
        INT,
        "had l blasa dyal l parking dyalna. ila chfnak mzl katgardi hna ghda, ghadi t7ess b rask. sir "
        "b7alek m3a l gilet dyalk",
    ),
    case(
        "probe-h17-intimidation",
        INT,
        "dakchi li w9e3 f chantier ma tgoulo l 7ta wa7ed, surtout l'inspecteur. fhmti? ila hdrti ghatndem nta o drarek",
    ),
    case(
        "probe-h18-intimidation",
        INT,
        "jib liya les clés dyal l'appart hadi lyoum, l'appart wla dyali mn nhar mat l7aj. ila ma "
        "jitich, ana nji m3a drari o nkherjo l7wayej dyalk l zen9a 9dam jiran",
    ),
    case(
        "probe-h19-intimidation",
        INT,
        "3tini 5000 dh dyal la caution 3awtani, lyoum. ila la, ghadi n9t3 lik l'eau o l'électricité o "
        "nsift lik chi jouj drari ychar7o lik lmouchkil b tari9t'hom 🙂",
        xfail="harm plus money is extortion by design (DESIGN.md); the author labels a landlord's thugs intimidation",
    ),
    case(
        "probe-h20-solicitation",
        SOL,
        "Bnat zwinin 9rab lik bghaw yt3rfo 3lik lyoum 😍🔥 bla engagement. cliqui hna: bit.ly/3vPz7Qw",
    ),
    case(
        "probe-h21-solicitation",
        SOL,
        "Massage relaxant f dar wla f l'hotel, service complet 🌸 1h 400dh, 1h30 550dh. Casa o "
        "Mohammedia. WhatsApp 06 98 12 47 33",
    ),
    case(
        "probe-h22-solicitation",
        SOL,
        "Salam 😘 ana Salma, jdida f Agadir, disponible lyoum o ghda. 1h 500dh, lil kamla 1200. discret "
        "o propre, ghir whatsapp, numéro masqué ma kanjawbch",
    ),
    case(
        "probe-h23-solicitation",
        SOL,
        "Bghiti thder m3a chi bnat s5onin lyoum? 🔥 sift HOT l 7788, 2dh l message. +18 ghir",
    ),
    case(
        "probe-h24-solicitation",
        SOL,
        "li bgha chi rfi9a l lil yji inbox 😉 casa / rabat / tanger, prix m3a9ol",
    ),
    case(
        "probe-h25-none",
        NONE,
        "3endak!! ⚠️ l'chantage sexuel wla kter bzaf. kayban lik compte dyal chi bent zwina, katbda "
        'thder m3ak, mn b3d kattlob video call, o f lkhr kayjik message "sift lflous wla nlo7 l video". '
        "ila w9e3 lik hadchi: ma tkhlsch, ma tms7ch la conversation, o dir plainte. machi 3ib tsowel 🙏 "
        "partagi bach twsel l nas",
    ),
    case(
        "probe-h26-none",
        NONE,
        "Conseil mn l'police: ila chi wa7ed hddek bach ynchr tsawrek wla video dyalk 3la 9bel lflous, "
        "ma tkhlsch, 7it lkhlas ma kayw9ef walo. khbi les messages, smiya dyal l compte o numéro dyal "
        'transfert, o bellegh 3la plateforme "E-blagh" wla sir l a9rab commissariat.',
    ),
    case(
        "probe-h27-none",
        NONE,
        "Jdid: l'police 7ebsat jouj drari f Oued Zem, 19 o 23 3am, li kano kaybtazzo nas f facebook. "
        "kaydiro rashom bnat, kaysjlo les appels vidéo o mn b3d kaytlbo lflous b wafacash. l9aw 3ndhom "
        "bzaf dyal les cartes SIM. daba f garde à vue o l'enquête mazal.",
    ),
    case(
        "probe-h28-none",
        NONE,
        'khoya 3afak 3awnni, wa7d compte sifet liya: "3ndi l video dyalk, sift 400$ bitcoin 9bel ghda '
        'wla nsifto l l3a2ila dyalk". wallah ma drt 7ta video call m3a 7ta wa7ed. wach hada arnaque wla '
        "khassni nkhaf? njawbo wla la?",
    ),
    case(
        "probe-h29-none",
        NONE,
        "Salam 3likom, sm7o liya 3la derange. wa7d drri t3rft 3lih f insta kaygoul bli sjjel l'appel "
        "dyalna o kaytlob mni 5000dh wla ysifto l rajli o l3a2ila. 3tani hta jem3a. ana khayfa bzaf o "
        "ma9draach ngoul l 7ta wa7ed. chno ndir? wach t9dro t3awnoni n7yd l video ila nchro?",
    ),
    case(
        "probe-h30-none",
        NONE,
        "Salam Mme Amina, rappel: lflous dyal la crèche dyal had chhar, 900dh, khasshom ytkhlsso 9bel "
        "5. t9dri tkhlsi cash wla virement. Merci o nhar mabrok 🌷",
    ),
    case(
        "probe-h31-none",
        NONE,
        "Bonjour Mr, m3ak l'agence dyal crédit. 3ndk 2 mensualités ma mkhlsinch (2 x 1350dh). ila ma "
        "tsswatch l wad3iya f 15 jours, ghadi ndwzo le dossier l service contentieux kima kayn f "
        "contrat. Pour toute info 3iyet 0522 48 70 00.",
    ),
    case(
        "probe-h32-none",
        NONE,
        "Orange Money: code dyalk howa 558 214. ma tpartagih m3a 7ta wa7ed, Orange ma3emmerha tsowlek 3lih.",
    ),
    case(
        "probe-h33-none",
        NONE,
        'khti ila nsiti l mot de passe dyal insta, dkhli l "mot de passe oublié", ghadi yjik code f '
        'sms, dakhlih o bdli l mdp. o ma t3tih l 7ta wa7ed li gal lik "ana mn support" 7it hadak nasab',
    ),
    case(
        "probe-h34-none",
        NONE,
        "📢 Video jdida f la chaîne: kifach t3ref bli l'email dyal \"hakit lik la caméra o 3ndi video "
        "dyalk\" kdb f kdb, o 3lach ma khassekch tkhles. + astuce bach t'activer la double "
        "authentification f whatsapp. lien f bio 👆",
    ),
    case(
        "probe-h35-none",
        NONE,
        "wallah ila ma jitich l'anniv d Hiba ghda, nposti dik tswira fach knti mkelkh f plage "
        "😂😂 t'es prévenu a sa7bi",
    ),
    case(
        "probe-h36-none",
        NONE,
        "ila jibti 3awtani chi note khayba f contrôle, ghadi n7ayd lik l portable o l wifi hta l'été. "
        "machi dghya, rani m3ak f sda9. 9ra o safi",
    ),
    case(
        "probe-h37-none",
        NONE,
        "Promo 🔥 sneakers Nike b 450dh, Adidas b 390dh, livraison gratuite f Casa, l villes lokhrin "
        "35dh. commande f whatsapp 0677 54 20 18 📦",
    ),
    case(
        "probe-h38-none",
        NONE,
        "twa7chtek bzaf a 7yati ❤️ lbar7 kant zwina bzaf. sifti liya tswira dyalek f dak lpyjama l7mer "
        "😘 bghit nn3es o nti f bali",
    ),
    case(
        "probe-h39-none",
        NONE,
        "lkhwa, l7aram kaybda b nadra o kaysali b ghaflah. dak tilifoun li f yeddek ghadi ychhed 3lik "
        "nhar l9iyama. rje3 l lah 9bel ma yfout lfout, lah ysster 3lina o 3likom 🤲",
    ),
    case(
        "probe-h40-none",
        NONE,
        '3reft chnu w9e3 l khay? chi wa7ed sifet lih "ghadi nfde7k ila ma sifttich 2000dh f cash plus". '
        "l7amdullah gal lia, mchina l commissariat o 3tinahom kolchi, daba l compte t'bloqua o "
        "l'enquête khdama.",
    ),
    case(
        "var-s1-lvideo-3ndi-recharge",
        SEX,
        "lvideo 3ndi, 300dh recharge inwi daba wla ga3 s7abk ychofoha",
    ),
    case(
        "var-s1-la-video-3andi-wafacash",
        SEX,
        "la video 3andi a sa7bi. 2000dh f wafacash 9bel ghda wla ghadi twsel l mratek",
    ),
    case(
        "var-s1-tsawer-mazal-3ndi-kamlin",
        SEX,
        "tsawer mazal 3ndi kamlin. ila ma sifttich 1000dh had simana ghadi nposthom f insta",
    ),
    case(
        "var-s1-les-photos-m3aya",
        SEX,
        "les photos m3aya, ma ms7thomch. sift 500dh cash plus lyoum wla ntagui khtek fihom",
    ),
    case(
        "var-s1-tsawer-binatna",
        SEX,
        "tsawer li kanou bini w binek mazal 3andi. rj3 lia 5000dh dyali wla n7ethom f story",
    ),
    case(
        "var-s1-tsawer-dyalk-ba9in",
        SEX,
        "tsawer dyalk ba9in 3ndi a khti. 3tini 800dh 9bel ljem3a wla ywslo l bak",
    ),
    case(
        "var-s1-lvideo-li-derna",
        SEX,
        "lvideo li derna f dik lila f hotel 3ndi. 1500dh f cashplus wla ghadi ychofha rajlek",
    ),
    case(
        "var-s2-appel-video-msejjel",
        SEX,
        "dak l'appel video dyal lbar7 rah msejjel 3ndi. sift 1000dh wafacash daba wla nsiftou l 3a2iltek",
    ),
    case(
        "var-s2-video-call-sjeltou",
        SEX,
        "l video call dyalna sjeltou kaml. 2000dh 9bel ghda wla ghadi ywsel l ga3 les contacts dyalk",
    ),
    case(
        "var-s2-live-mazal-3ndi",
        SEX,
        "dak live li drna mazal 3ndi. khlles 700dh recharge orange lyoum wla kolchi f facebook",
    ),
    case(
        "var-s2-skype-3a9el",
        SEX,
        "dik skype dyal ssebt ana 3a9el 3liha mzyan 😏 3tini 400dh daba wla mratek ghatchoufha",
    ),
    case(
        "var-s3-nposteha-insta",
        EXT,
        "3ndi l compte dyalk. 500dh f cash plus wla nposteha l conversation f insta",
    ),
    case(
        "var-s3-ntagi-mok",
        EXT,
        "les messages dyalk m3a dik lbent 3ndi. sift 1000dh lyoum wla npostihom f facebook o ntagi mok w khtek",
    ),
    case(
        "var-s3-nsift-prof",
        EXT,
        "3reft bli n9elti f l'examen. 2000dh 9bel lkhmis wla nsift les screens l prof dyalk",
    ),
    case(
        "var-s3-nsift-doyen",
        EXT,
        "3ndi les preuves bli chriti l memoire. 3000dh sinon nsift kolchi l doyen",
    ),
    case(
        "var-s3-nforwardi-groupe",
        EXT,
        "9rit ga3 les messages dyalk. sift 800dh wafacash wla nforwardi kolchi l l3a2ila",
    ),
    case(
        "var-s3-lentreprise-ghadi-tchof",
        EXT,
        "3ndi dakchi li katgoul 3la lpatron. 1500dh cash plus, sinon lentreprise fin khdam ghadi tchof kolchi",
    ),
    case(
        "var-s4-khlles-b-dmmek",
        INT,
        "ila ma rj3tich lia dik lmasala had simana, ghadi tkhlles b dmmek",
    ),
    case(
        "var-s4-sowl-jarek",
        INT,
        "ila b9iti katparki 9dam lbab dyali, sowl jarek chno w9e3 lih l3am li fat",
    ),
    case(
        "var-s4-tkhellesha-f-sa7tek",
        INT,
        "ila ma khrejtich mn l7ouma, tkhellesha f sa7tek, fhmti",
    ),
    case(
        "var-s5-ghat7ess-b-rasek",
        INT,
        "ila chefnak 3awtani 9dam lbab dyal lmahal, ghat7ess b rasek",
    ),
    case(
        "var-s5-l9inak-t7ess",
        INT,
        "ila l9inak mazal katdouz mn hna, ghadi t7ess b rask wallah",
    ),
    case(
        "var-s6-drari-yfahmouk",
        INT,
        "ila ma tnazltich 3la lplainte, nsift lik drari yfahmouk b tari9thom",
    ),
    case(
        "var-s6-nfahmek-b-tari9ti",
        INT,
        "ila ma sedditich fommek 3la dakchi li chefti, ghadi nfahmek b tari9ti",
    ),
    case(
        "var-s7-bnat-f-mdintek",
        SOL,
        "kaynin bnat zwinin f mdintek bghaw yt3arfo 3lik 😘 dkhol l lien",
    ),
    case(
        "var-s7-bnat-9rib-mnk",
        SOL,
        "chi bnat wa7dinin 9rib mnk baghin ytla9aw m3ak lyoum 🔥",
    ),
    case(
        "var-s8-tchatti-bnat-hot",
        SOL,
        "tchatti m3a bnat hot daba 🔥 sift SEXY l 6060",
    ),
    case(
        "var-s8-kteb-love-l",
        SOL,
        "bghiti thder m3a bnat s5onin f lil? kteb LOVE l 4545, 3dh l message",
    ),
    case(
        "var-s9-s7iba-l-lil",
        SOL,
        "ila bghiti chi s7iba l had lila, ana dispo, 3iyet lia f whatsapp",
    ),
    case(
        "var-s9-rafi9a-prive",
        SOL,
        "li bgha chi rafi9a f lil f marrakech ysift prive, prix m3a9ol",
    ),
    case(
        "var-neg-s1-wedding-photos",
        NONE,
        "tsawer dyal l3ers mazal 3ndi, nsiftehom lik ghda f whatsapp inchallah",
    ),
    case(
        "var-neg-s1-lvideo-3ndi-f-pc",
        NONE,
        "lvideo dyal l7efla 3ndi f pc, ghadi nsiftha lik f wetransfer daba",
    ),
    case(
        "var-neg-s2-work-call",
        NONE,
        "dak l'appel dyal lkhedma lbar7 rani 3a9el 3lih, l patron bgha rapport 9bel lkhmis",
    ),
    case(
        "var-neg-s3-post-wedding",
        NONE,
        "ghadi npostihom f story dyali tsawer dyal l3ers, ntagui khwatatek w mok",
    ),
    case(
        "var-neg-s3-encadrant",
        NONE,
        "sift l encadrant l rapport 9bel ljem3a, sinon ghadi y3tik note khayba",
    ),
    case(
        "var-neg-s4-sowl-match",
        NONE,
        "sowl Rachid chno w9e3 lih f match lbar7, tfer9o 3lih drari",
    ),
    case(
        "var-neg-s5-hammam",
        NONE,
        "mn b3d l7mmam ghadi t7ess b rask khfif, jrreb o goul lia",
    ),
    case(
        "var-neg-s5-ila-chfnak-lfac",
        NONE,
        "ila chfnak f lfac ghda nsalmo 3lik, wach ghadi tji?",
    ),
    case(
        "var-neg-s6-helpers",
        NONE,
        "ghadi nsift lik drari y3awnouk f ta7wil, khlles lihom 200dh",
    ),
    case(
        "var-neg-s6-teacher",
        NONE,
        "l'ostad w drari ychar7o lik les exercices dyal lmath ila ma fhemtich",
    ),
    case(
        "var-neg-s7-cousins",
        NONE,
        "bnat khalti bghaw yt3rfo 3lik, aji l3cha lyoum 3ndna",
    ),
    case(
        "var-neg-s7-internet-offer",
        NONE,
        "bla engagement: abonnement fibre 249dh f chhar, cliqui hna bach tsejjel",
    ),
    case(
        "var-neg-s8-stop",
        NONE,
        "bach twe9ef les messages, sift STOP l 7788 (gratuit)",
    ),
    case(
        "var-neg-s9-travel",
        NONE,
        "bghit chi rfi9a f safar l marrakech nhar sebt, li bgha yji inbox nt9asmo lessence",
    ),
    case(
        "var-neg-s9-prix",
        NONE,
        "chambre f l'hotel 9rib l b7er, prix m3a9ol, 3iyet lina",
    ),
    case(
        "var-x-undressing-w-nti",
        SEX,
        "a zine rah lvideo dyalek w nti katbeddli 3andi. 1000 dh f cashplus wla nchoufo chkoun ghadi ychofha",
    ),
    case(
        "var-x-lvideo-fused-3ndi",
        SEX,
        "lvideo 3ndi, 300dh recharge inwi daba wla ga3 s7abk ychofoha",
    ),
    case(
        "var-x-hospital-fused-article",
        INT,
        "ila ma sedditich l page dyalk, ghadi ndekhlek lsbitar",
    ),
    case(
        "var-x-wont-find-yourself",
        INT,
        "sma3 mzyan, ila rj3ti tchki bia, ma ghatl9ach rask",
    ),
    case(
        "var-x-nharres-tomobil",
        INT,
        "wallah ila ma khlestini lyoum ta nharres lik tomobil",
    ),
    case(
        "var-x-wife-knows-nothing",
        EXT,
        "3andi ga3 lmessages li kathder fihom m3a dik lbent, mratek ma3arfa walo. 1000dh w nsaliw",
    ),
    case(
        "var-x-give-back-money-or-boss-hears",
        EXT,
        "ghir bach t3ref, 3ndi enregistrement dyal dakchi li golti f lkhedma. ila ma rdditich lia "
        "lflous, lpatron ghadi ysm3o",
    ),
    case(
        "var-x-girl-waiting-flat-hourly",
        SOL,
        "chi wa7da zwina katsennak f l'appart, 300dh sa3a, discretion totale",
    ),
    case(
        "var-x-massage-at-home",
        SOL,
        "massage b lyedin w kolchi, f dari, 250dh, whatsapp",
    ),
    case(
        "var-x-selling-own-pictures",
        SOL,
        "ila bghiti tchouf tsawer dyali kamlin sift 50dh recharge",
    ),
    case(
        "var-neg-x-sister-waiting",
        NONE,
        "khti katsennak f dar, jib m3ak 2 khobzat",
    ),
    case(
        "var-neg-x-spa",
        NONE,
        "massage relaxant f spa dyalna, 250dh, reservation f whatsapp",
    ),
    case(
        "var-neg-x-holiday-flat",
        NONE,
        "appart 300dh lila, dispo f agadir, discret w n9i",
    ),
    case(
        "var-neg-x-wedding-pictures",
        NONE,
        "ila bghiti tchouf tsawer dyali dyal l3ers sift lia numero dyalk",
    ),
    case(
        "var-neg-x-surprise-party",
        NONE,
        "mratek ma3arfa walo 3la surprise, sift lia 200dh nchriw cadeau",
    ),
    case(
        "var-neg-x-friend-loan",
        NONE,
        "khoya rdd lia lflous dyali li sellefti lik l3am lli fat, ra 7tajithom",
    ),
    case(
        "var-x-webcam-hacked-saw-you",
        SEX,
        "ana li hackit lcam dyalk, chftek chno kadir. 200$ btc f 48h wla lvideo f ga3 contacts",
    ),
    case(
        "var-x-eviction-things-in-street-break-door",
        INT,
        "ila ma khwititich l'appart had simana, ghadi nkherjo 7wayjek l zen9a w nkessro lbab",
    ),
    case(
        "var-neg-x-laundry-in-street",
        NONE,
        "ila ma jatch chems, ghadi nkherjo l7wayej l zen9a",
    ),
    case(
        "var-neg-x-zoom-camera",
        NONE,
        "lcam dyal lpc ma khdamach, hackit l'option dyal zoom",
    ),
]


@pytest.mark.parametrize(("expected", "text", "subject"), CASES)
def test_round2_aryl(expected, text, subject):
    assert analyze(text, subject=subject).verdict == expected
