# ruff: noqa: E501  (the tables below hold whole messages, one per line)
"""Round 2 (English, French): probe messages by another author, and variants of the slots they missed.

Each miss was traced to a slot (a lever, a disclosure, a harm threat, a demand, an offer); the variants say the
same slot in other words, and the look-alikes use the same words without coercion. Still-failing messages are
strict xfails with the reason."""

from __future__ import annotations

import pytest

from detector import analyze

XFAIL = {
    'en-h06': "the pictures are never said to be intimate ('the ones from Ibiza'): extortion is all the words support",
    'en-h14': 'harm + a named debt is extortion in scoring.category (DESIGN); the probe calls it intimidation',
    'en-h19': 'harm (fake arrest) + money to settle is extortion in scoring.category (DESIGN); the probe calls it intimidation',
    'fr-h01': "a fake police letter cites 'articles 227-23' and 'Code penal': two discussion markers make the talks_about_extortion guard lower it (a guard change, not a lexicon one)",
    'fr-h14': 'harm + a named debt is extortion in scoring.category (DESIGN); the probe calls it intimidation',
}

# (id, expected verdict, subject, text): the 80 probes2 messages (24 positives and 16 hard negatives per language).
PROBES = [
    ('en-h01', 'sextortion', 'Unpaid invoice #44-0912 – last reminder', 'Hello.\n\nI will keep this short because you are not the only one on my list. Around four months ago a router you connected to was running my software, and from that moment I had full control of the laptop you use for email. Camera, microphone, browser history, all of it.\n\nI have put together a split-screen recording. Left side: the site you were on. Right side: you, clearly visible, doing what you were doing. I also have the list of your contacts, including colleagues.\n\nThe fix is simple. Send $1,450 in Bitcoin to this wallet:\nbc1qz8m4rk2f0t7yq9w3e5xj6p0lvu8s4dkh2n7c3a\n\nYou have 50 hours from when you open this message. I get a notification when it is read. Once the payment is confirmed the file is destroyed and the software removes itself. If I see nothing, every contact gets the video, and it goes up on three tube sites with your full name in the title.\n\nDo not reply, the sender address is spoofed. Do not bother with the police, they cannot trace the wallet and it will only speed things up.'),
    ('en-h02', 'sextortion', '', 'babe you thought i was joking?? 😂 i recorded the whole call from start to finish, your face is very clear. 500 dollars by western union before tonight or your sister and all your facebook friends see it. i already found where you work on linkedin so dont play smart. name for transfer: Kelvin Osei, Accra'),
    ('en-h03', 'sextortion', '', "You sent me 2 already so stop acting innocent. I want 5 more, no clothes, face in it this time. Midnight. If I don't have them by then the ones I've got go straight into the year 11 group chat and I'll tag you. Your choice really"),
    ('en-h04', 'sextortion', '', 'saw ur vid lol 😏 $300 steam cards or it goes to ur mum on insta. till 9pm. send the codes here, scratch them and take pic'),
    ('en-h05', 'sextortion', 'Re: your pаyment', 'Hi,\n\nYour phone was compromised the last time you used the free WiFi at the airport. I copied your whole gallery, including the private photos you took for someone special. Very nice.\n\nI am not interested in ruining your life. Send 0.031 BTС to the address below and everything is deleted:\n3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy\n\nIf the bitсoin is not there within 3 days, the photos will be sent to every number in your phone, your Facebook friends and your LinkedIn connections. Telling anyone about this email will trigger the sending immediately.'),
    ('en-h06', 'sextortion', '', "[voice note, transcribed] listen listen I'm not gonna repeat myself okay. The pictures. The ones from Ibiza, you know which ones. I still have every single one. You left me with nothing, nothing, so you owe me. Either two grand is in my account by Friday or I'm printing them out, big, and sticking them on Mark's car windscreen at his office. Friday. I swear to God Claire."),
    ('en-h07', 'sextortion', '', "Hi Daniel. It would be a real shame if the video of our little Skype chat ended up with HR at Meridian Logistics, wouldn't it? Or with Sarah. I'm a reasonable person. 800 euros via Remitly to the name I send you and I delete everything, you never hear from me again. Don't block me, there are copies."),
    ('en-h08', 'extortion', 'Your data - read carefully', 'To the management of Brightwell Dental Group,\n\nWe have had access to your network for 19 days. During this time we exported 14.2 GB of data: patient records, payroll, insurance claims and the personal email of your directors.\n\nIf we do not receive 2.5 BTC within 5 days, the complete archive will be published on our blog and a notification will be sent to every patient in the database and to the regional press. Restoring from backup will not help you; the data is already with us.\n\nContact us only through the chat link in the attached readme. Do not contact law enforcement or a recovery company, our price doubles if you do.'),
    ('en-h09', 'extortion', '', 'I got into your icloud. Read everything with the girl from the gym 👀 your wife doesnt know yet. 1000$ USDT TRC20 to TXq8Hf3v9LmRk2PwZ7ct5NbYe1oGa4sDuJ and I forget all about it. You have until Sunday'),
    ('en-h10', 'extortion', '', "I found ur wallet with ur ID card and residence permit. if u want them back and dont want me using them to open loans in ur name, send 150 on Wise tonight. dont call the police I'll know"),
    ('en-h11', 'extortion', '', 'your account is with me now. dont waste time with instagram support they wont help u. u want it back = 200 USD apple gift cards, send photo of the back of the card. if not I post all ur DMs on ur story and sell the account 📸 clock is ticking'),
    ('en-h12', 'extortion', '', "I know about the money from the register in March. I have the camera footage, the whole thing. Relax, I don't want money. You'll give me your manager login for the shift system this weekend and that's it. If you don't, the footage is on the owner's desk Monday morning."),
    ('en-h13', 'extortion', 'Confidential – billing irregularities', "Dr. Harris,\n\nI am in possession of billing documents showing that your clinic charged patients and their insurers for procedures that were never performed. Before I send them to the state medical board and the Ledger-Tribune, I am giving you one chance to settle this privately.\n\n$15,000 in Bitcoin, wallet address below, within 72 hours. After that I won't be answering."),
    ('en-h14', 'intimidation', '', "Last warning about the 4 grand you owe Ricky. We know where you park. Tomorrow night we come collect, one way or another. Don't make us go round your mum's place to ask"),
    ('en-h15', 'intimidation', '', 'Drop the complaint you filed at the station. Your boy walks home alone down Elm Street every day at 3.30 right? Just saying. Be smart'),
    ('en-h16', 'intimidation', '', "You and your family have until the end of the month to get out of number 12. Next time it won't just be your tyres."),
    ('en-h17', 'intimidation', '', 'whatever you think you saw in the warehouse thursday, you didnt see it. keep your mouth shut at the meeting tomorrow. accidents happen on night shift, ask anybody'),
    ('en-h18', 'intimidation', '', 'bring the car keys and the logbook to the garage by saturday. that car is mine now, your brother lost it to me fair and square. if I have to come looking for you its not going to be nice'),
    ('en-h19', 'intimidation', '', 'FINAL NOTICE - Case No. 77210-KR. Officers have been assigned to your address concerning an unpaid loan. Settle 349.99 today at pay-settle-now.co to cancel the arrest warrant and avoid seizure of your property. Failure to act by 6PM will result in immediate detention.'),
    ('en-h20', 'sexual_solicitation', '', 'Lonely tonight? 😘 Hot girls 2km from you want to meet NOW. No strings, no names. Tap here 👉 bit.ly/3xKq9Lz'),
    ('en-h21', 'sexual_solicitation', '', 'Hi handsome 💋 Natalia here, new in town, independent, 23. Incall/outcall, 1h 150, full night 600. Very discreet. WhatsApp only +44 7700 913 482, no withheld numbers'),
    ('en-h22', 'sexual_solicitation', '', 'Relaxing body to body massage by young ladies, happy ending included 🌸 Open till 2am 7 days. 45min £70. Call or text 07911 204 556, 2 mins from the station'),
    ('en-h23', 'sexual_solicitation', '', 'Text FLIRT to 89123 and chat dirty with real local girls 24/7 😈 £1.50/msg received, 18+ only. Stop? Text STOP'),
    ('en-h24', 'sexual_solicitation', 'Anna sent you 3 private photos 🔥', "Anna (24) is 1.2 miles away and has shared 3 private photos with you. She's looking for someone to meet up with tonight, no commitment. Unlock her profile free before it expires:\nhttps://meet-local-singles.click/a/anna24\n\nYou received this because you're a member. Unsubscribe"),
    ('en-h25', 'none', '', 'Sextortion is rising among teenage boys. The pattern is almost always the same: a "girl" their age starts chatting, moves fast to swapping photos, then turns around and demands money, often within an hour, threatening to send the images to family and followers.\n\nIf this happens to your child: don\'t pay, don\'t keep talking, don\'t delete the chat. Screenshot everything, report the account, and use Take It Down to stop the images spreading. And tell them, over and over, that they\'re not in trouble with you.'),
    ('en-h26', 'none', '', 'Police advice: if someone is threatening to share intimate images of you unless you pay, do not pay and stop all contact. Keep the messages, usernames and any payment details as evidence, and report it to us on 101 or online. Sharing or threatening to share intimate images is a criminal offence. You are the victim, you have done nothing wrong.'),
    ('en-h27', 'none', '', 'A 27-year-old man was jailed for six years on Tuesday after admitting blackmailing at least 14 men he met on dating apps. The court heard he recorded video calls without consent, then demanded payments of between £200 and £3,000 in gift cards, threatening to send the footage to victims\' employers. The judge described his conduct as "calculated and cruel".'),
    ('en-h28', 'none', '', 'mate I need advice, I\'m actually freaking out. Got a message from some account saying "I have your video, send 400 in bitcoin by tomorrow or your whole family sees it". I never even did a video call with anyone?? is this one of those scam things or should I be worried. do I answer'),
    ('en-h29', 'none', '', "Hello, I'm writing to your helpline because someone I met on a dating site says he recorded our video call and wants £1000 or he'll send it to my employer. He gave me until Friday. I'm too ashamed to tell anyone. What should I do? Is it possible to get the video removed if he posts it?"),
    ('en-h30', 'none', '', "Hi Sam, this is a friendly reminder that your electricity bill of £84.20 for March is due on 15/04. Pay by direct debit, online at your account or by phone. If you've already paid, thank you and please ignore this message. - Northlight Energy"),
    ('en-h31', 'none', '', 'NOTICE OF HEARING. You are hereby notified that the claim filed against you by Greenway Lettings Ltd for rent arrears of £2,310 will be heard at Bristol County Court on 12 June at 10:00. If you do not attend, judgment may be entered against you. You may seek free legal advice from Citizens Advice.'),
    ('en-h32', 'none', '', "Your verification code is 482 913. Don't share this code with anyone, including people claiming to be from our support team. We will never call you to ask for it."),
    ('en-h33', 'none', 'Reset your password', "Hi Jordan,\n\nWe received a request to reset the password for your account. Click the button below to choose a new one. This link expires in 30 minutes.\n\nIf you didn't request this, you can safely ignore this email, your password won't change.\n\nThe Accounts Team"),
    ('en-h34', 'none', 'Secure Weekly #112: that webcam email is probably fake', 'This week in Secure Weekly: why the "I hacked your webcam" bitcoin emails keep coming back, and why they almost never mean anything. Plus: a passkeys explainer for your parents, a new ransomware crew leaking hospital data, and our tool of the week. Read online | Unsubscribe'),
    ('en-h35', 'none', '', "if u eat my leftover pizza AGAIN i'm posting the pic of you asleep with ur mouth open to the family group chat. u have been warned 😤🍕"),
    ('en-h36', 'none', '', "I'm not going to say it again. If your grades don't come up by the end of term, the phone stays in my drawer and you're not going to Leah's party. I'm not joking this time."),
    ('en-h37', 'none', '', '🛍️ Spring sale at Bella Nails! Gel manicure 120 MAD, pedicure spa 150, full set acrylic 250. Book on WhatsApp 0661 23 45 78. Limited spots this weekend 💅'),
    ('en-h38', 'none', '', "can't stop thinking about last night 🙈 you looked so good in that dress. send me a pic of you in it later? I miss you already, see you Friday my love ❤️"),
    ('en-h39', 'none', '', 'Brothers and sisters, remember that what is done in secret is seen. Guard your eyes and what you look at on your phone at night. Every sin can be repented of, the door is open until the last breath. May Allah guide us all.'),
    ('en-h40', 'none', '', 'Dear parents, this week we had to deal with students sharing a classmate\'s photo without permission. Let me be very clear: forwarding someone\'s intimate image, even as a "joke", is illegal and will result in exclusion and a report to the police. Please talk to your children about it. — Ms Okafor, Head of Year 9'),
    ('fr-h01', 'sextortion', 'CONVOCATION JUDICIAIRE – dossier n° 2024/5817', "MINISTÈRE DE L'INTÉRIEUR – BRIGADE DE PROTECTION DES MINEURS\n\nMadame, Monsieur,\n\nÀ la suite d'une saisie informatique ordonnée par le parquet, nous avons constaté des connexions répétées depuis votre adresse IP vers des sites à caractère pornographique impliquant des mineurs. Ces faits constituent des délits graves (articles 227-23 et suivants du Code pénal).\n\nAfin de ne pas donner suite à la procédure, qui entraînerait votre inscription au fichier des auteurs d'infractions sexuelles et la transmission de votre dossier à la presse locale ainsi qu'à votre employeur, vous disposez de 72 heures pour nous transmettre vos justifications par retour de courriel.\n\nUne amende transactionnelle pourra vous être proposée. Sans réponse de votre part, le mandat d'arrêt sera exécuté.\n\nCommissaire divisionnaire Brigitte JULLIAND"),
    ('fr-h02', 'sextortion', "Il faut qu'on parle de ce que vous faites devant votre écran", "Bonjour,\n\nJe n'irai pas par quatre chemins. Il y a quelques semaines, en visitant un site pour adultes, vous avez cliqué sur une publicité qui a installé un petit programme sur votre ordinateur. Depuis, je vois tout ce que vous voyez, et votre webcam travaille pour moi.\n\nJ'ai un montage de 3 minutes : d'un côté la vidéo que vous regardiez, de l'autre votre visage pendant que vous vous faisiez plaisir. Pas très flatteur.\n\nMontant : 1 200 € en Bitcoin.\nAdresse : bc1q7hx3vnl2k8wqe0m5tjr9c4fzs6yd2gpa0nu8k\nSi vous ne savez pas comment acheter du bitcoin, cherchez « acheter bitcoin » sur Google, c'est facile.\n\nVous avez 48 h. Passé ce délai, la vidéo part à tous vos contacts mail, WhatsApp et Facebook. Si vous répondez à ce message ou si vous en parlez à qui que ce soit, je l'envoie immédiatement."),
    ('fr-h03', 'sextortion', '', "Salut Julien, tu te souvien de moi ? la vidéo d'hier soir sur messenger j'ai tout enregistrer du début a la fin. Si tu veux pas que je la met sur youtube avec ton nom et que je l'envoi a ta famille (j'ai déja fais la liste de tes amis facebook) tu m'envoie 3000 euros par western union. nom : Koffi Serge, Abidjan. tu as jusqu'a demain midi pas une minute de plus"),
    ('fr-h04', 'sextortion', '', "t'as 10 min pour m'envoyer d'autres photos. en entier cette fois. sinon celles que j'ai deja je les envoie a toute ta classe et sur le snap de ton frere. je rigole pas du tout"),
    ('fr-h05', 'sextortion', '', "Tu penses quoi, que tu vas partir comme ça avec les 2000$ que je t'ai prêtés? Tu me rembourses d'ici la fin du mois, sinon les vidéos de nous deux s'en vont sur un site et j'envoie le lien à ton nouveau chum. Je les ai encore toutes, crois-moi."),
    ('fr-h06', 'sextortion', '', "J'ai ta vid3o 😈 500€ en coupons PCS avant demain 18h sinon d1ffusion a tous tes abonnés. envoie les codes ici en photo. pas de police sinon c'est direct"),
    ('fr-h07', 'sextortion', '', "Madame Lefèvre,\n\nIl serait fort regrettable que les photos que vous m'avez confiées l'été dernier, lors de nos échanges, parviennent aux membres de votre conseil municipal à quelques semaines des élections. Je suis certain que nous pouvons trouver un arrangement entre adultes.\n\nUn virement de 5 000 € sur le compte dont je vous communiquerai les coordonnées mettrait un terme définitif à cette affaire. Je reste à votre disposition jusqu'à vendredi."),
    ('fr-h08', 'extortion', '', "ton compte facebook est a moi maintenant 😂 si tu veux le recuperer tu envoies 100€ en recharge Neosurf. sinon je publie toutes tes conversations privées sur ton mur et je l'envoie a tes contacts. tic tac"),
    ('fr-h09', 'extortion', 'Vos fichiers – instructions', "À l'attention de la direction de Transports Garnier SARL,\n\nVos serveurs ont été chiffrés et nous avons copié 38 Go de vos données : fiches de paie, contrats clients, scans de pièces d'identité de vos salariés.\n\nPour obtenir l'outil de déchiffrement et la suppression de nos copies, la somme de 45 000 USD en Monero doit être réglée sous 7 jours. Passé ce délai, les données seront publiées sur notre site et vos clients seront contactés un par un.\n\nToute tentative de restauration par un tiers ou contact avec l'ANSSI entraînera la publication immédiate."),
    ('fr-h10', 'extortion', '', "Je sais pour toi et la voisine du 3e. J'ai des photos de vous deux au café de la gare, mardi et jeudi, et les messages aussi. Ta femme serait intéressée je pense. 1500 euros en liquide dans une enveloppe, boîte aux lettres du 14, vendredi soir. Après ça je t'oublie."),
    ('fr-h11', 'extortion', '', "Bonjour monsieur, c'est moi qui a votre téléphone perdu au tram. J'ai accès à tout, la banque, les photos, votre passeport et vos fiches de paie dans le drive. Si vous voulez pas que je mets tout ça en ligne et que je vends les papiers, vous envoyez 3000 dh par Wafacash au nom que je vais vous donner. Aujourd'hui."),
    ('fr-h12', 'extortion', '', "Bon écoute. Tu vas me faire mes TD de compta jusqu'à la fin du semestre, tous. Sinon j'envoie au prof les captures de ton antisèche du partiel, et tu sais très bien que c'est l'exclusion direct. À toi de voir."),
    ('fr-h13', 'extortion', 'Discrétion', "Cher collègue,\n\nJe dispose de captures de vos échanges avec la société Arvéa, notre principal concurrent, auquel vous avez transmis nos grilles tarifaires. Je n'en ai encore parlé ni à la direction ni au service juridique.\n\nUn virement de 8 000 € sur le compte ci-dessous avant le 30 me semble un prix raisonnable pour ma discrétion. Au-delà de cette date, le dossier sera sur le bureau du DRH."),
    ('fr-h14', 'intimidation', '', "Tu dois 8000 dh à Hamid depuis trois mois. Demain si t'es pas là avec l'argent on vient chez toi, devant tes voisins, et ça va mal finir pour toi. Dernier message."),
    ('fr-h15', 'intimidation', '', "Retire ta plainte contre mon frère. Tu sais pas à qui t'as affaire. On sait où t'habites et à quelle heure ta fille sort de l'école."),
    ('fr-h16', 'intimidation', '', 'Dégage du quartier avant la fin de la semaine toi et ta boutique. Un magasin ça brûle vite tu sais. Dernier avertissement'),
    ('fr-h17', 'intimidation', '', "Au tribunal jeudi tu dis rien. T'as rien vu, t'étais pas là ce soir-là. On se comprend? Ce serait dommage qu'il arrive quelque chose à ta mère en rentrant du marché."),
    ('fr-h18', 'intimidation', '', "Signe la renonciation à l'héritage chez le notaire jeudi. La maison de papa c'est pour moi, point. Si tu te pointes pas tu vas comprendre ta douleur, et ton mari aussi."),
    ('fr-h19', 'intimidation', '', 'Tu signes ta démission demain à 9h dans mon bureau. Sinon je te garantis que tu ne retrouveras plus jamais de boulot dans la région, et fais bien attention en rentrant le soir par le parking.'),
    ('fr-h20', 'sexual_solicitation', '', 'Jolie métisse 25 ans 💋 nouvelle sur Casablanca, reçoit dans appart discret et propre quartier Maârif. 1h 800dh, nuit 2500dh. Pas de numéro masqué, WhatsApp uniquement 06 72 18 44 90'),
    ('fr-h21', 'sexual_solicitation', '', 'Massage naturiste complet par masseuse expérimentée, finition incluse 🌹 Paris 15e, métro Vaugirard. 30 min 80 roses, 1h 150 roses. Sur RDV de 11h à 23h. Appelez-moi : 07 58 21 09 33'),
    ('fr-h22', 'sexual_solicitation', '3 femmes de Lyon ont consulté votre profil', 'Des femmes mariées de votre ville cherchent un amant discret. Inscription gratuite, 100% anonyme, rencontres dès ce soir. Voir les profils près de chez vous →\n\nPour ne plus recevoir nos offres, cliquez ici.'),
    ('fr-h23', 'sexual_solicitation', '', "Envie de parler à une fille coquine ce soir ? 🔥 Appelle le 0895 22 40 17, des étudiantes chaudes t'attendent 24h/24. 0,80€/min + prix appel. Réservé aux +18."),
    ('fr-h24', 'sexual_solicitation', '', "Coucou c Léa 😘 je suis dispo ce soir pour un moment coquin chez toi ou à l'hôtel, 150 roses/h. Écris-moi sur Telegram @lea_douceur_xx bisous"),
    ('fr-h25', 'none', '', "#SextorsionStop 📢 Tu as envoyé une photo intime et maintenant quelqu'un te fait chanter ? Ce n'est pas ta faute.\n✅ Ne paie pas : payer n'arrête jamais le chantage\n✅ Coupe le contact, mais garde les preuves (captures, pseudo, lien du profil)\n✅ Signale sur PHAROS et appelle le 3018, gratuit et anonyme\nPartage pour protéger tes proches 💙"),
    ('fr-h26', 'none', '', "Conseils de la gendarmerie : vous avez reçu un courriel prétendant que votre webcam a été piratée et exigeant un paiement en bitcoins ? Il s'agit d'une escroquerie massive. Ne payez pas, ne répondez pas. Si un mot de passe réel est cité, changez-le immédiatement. Vous pouvez signaler le message sur la plateforme dédiée."),
    ('fr-h27', 'none', '', "Oued Zem : démantèlement d'un réseau de chantage sexuel en ligne\n\nLes éléments de la Brigade nationale de la police judiciaire ont interpellé mardi trois individus âgés de 19 à 31 ans, soupçonnés d'avoir extorqué des fonds à des victimes marocaines et étrangères. Selon un communiqué de la DGSN, les suspects se faisaient passer pour des jeunes femmes sur les réseaux sociaux, enregistraient des vidéos intimes lors d'appels puis exigeaient des transferts d'argent via des agences de paiement. Les perquisitions ont permis la saisie de téléphones et de cartes SIM."),
    ('fr-h28', 'none', '', "Meuf j'ai besoin de toi 😭 un mec que j'ai jamais vu m'écrit sur insta « je vais envoyer tes photos à ta mère si tu paies pas 200 balles ». J'ai jamais envoyé de photos à personne!! c'est des montages ou quoi? je fais quoi je réponds?"),
    ('fr-h29', 'none', "Demande d'aide urgente – mon fils victime de chantage", "Bonjour, mon fils de 15 ans vient de m'avouer qu'une personne rencontrée sur un jeu en ligne le menace de diffuser des photos de lui s'il ne paie pas 300 € en cartes cadeaux. Il a déjà envoyé 50 €. Je ne sais pas par où commencer : faut-il porter plainte, fermer ses comptes ? Merci de me rappeler au plus vite."),
    ('fr-h30', 'none', '', "Lydec : Cher client, votre facture d'électricité de 412,60 DH (réf. 88021437) arrive à échéance le 20/05. Réglez-la en agence, sur lydec.ma ou via votre application bancaire. Si déjà réglée, merci de ne pas tenir compte de ce message."),
    ('fr-h31', 'none', 'Mise en demeure – loyers impayés', "Maître Anne Rousseau, avocate au barreau de Lyon\n\nObjet : Mise en demeure\n\nMonsieur,\n\nAgissant pour le compte de la SCI Les Tilleuls, je vous mets en demeure de régler la somme de 2 460 € correspondant aux loyers impayés de janvier à mars, dans un délai de quinze jours à compter de la réception de la présente. À défaut, ma cliente saisira le tribunal judiciaire compétent aux fins d'obtenir le paiement et la résiliation du bail.\n\nVeuillez agréer, Monsieur, l'expression de mes salutations distinguées."),
    ('fr-h32', 'none', '', 'CIH BANK : Votre code de validation est 739204. Il expire dans 5 minutes. Ne le communiquez jamais, même à un conseiller.'),
    ('fr-h33', 'none', 'Réinitialisation de votre mot de passe', "Bonjour,\n\nVous avez demandé la réinitialisation du mot de passe de votre compte. Cliquez sur le lien ci-dessous pour en choisir un nouveau (valable 1 heure).\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message ; votre mot de passe actuel reste inchangé.\n\nL'équipe Support"),
    ('fr-h34', 'none', 'Lettre Cybervigilance – mars', "Au sommaire de la lettre Cybervigilance de mars : les faux mails « j'ai piraté votre webcam » reviennent en force, le point sur les rançongiciels dans les collectivités, et nos 5 réflexes pour sécuriser le compte Instagram de vos ados. Bonne lecture !"),
    ('fr-h35', 'none', '', "si demain t'as pas les croissants à 8h pétantes je balance la vidéo de toi au karaoké sur le groupe de la promo 😂😂 t'es prévenu"),
    ('fr-h36', 'none', '', "Yanis, je te préviens une dernière fois. Si je te reprends à traîner avec ces garçons devant le lycée au lieu d'être en cours, c'est fini la console et l'argent de poche jusqu'aux vacances. On en reparle ce soir avec ton père."),
    ('fr-h37', 'none', '', '✨ Nouvelle collection caftans & takchitas ✨ À partir de 900 dh, location possible pour mariages 1500 dh le week-end. Livraison partout au Maroc 🚚 Commandez sur WhatsApp : 06 61 77 02 15 📲'),
    ('fr-h38', 'none', '', "J'arrête pas de penser à toi depuis ce matin… ce soir je t'attends avec la petite robe noire que t'aimes bien 😏 rentre pas trop tard mon cœur ❤️"),
    ('fr-h39', 'none', '', "Frères et sœurs, la pornographie détruit en silence des familles entières. Ce qui se fait dans le secret finit toujours par peser sur le cœur. Il n'est jamais trop tard pour revenir vers Dieu : la porte du repentir reste ouverte. Prions les uns pour les autres."),
    ('fr-h40', 'none', '', "Devant le tribunal correctionnel de Bobigny, le prévenu, 22 ans, a reconnu avoir menacé une quinzaine d'hommes de diffuser des vidéos intimes enregistrées lors d'appels vidéo. « Je ne pensais pas que ça allait aussi loin », a-t-il déclaré. Le parquet a requis quatre ans de prison dont deux avec sursis. Décision le 14 juin."),
]

# (id, lang, expected verdict, text): other phrasings of each missed slot, and look-alikes that must stay none.
VARIANTS = [
    ('en-v-call-whole', 'en', 'sextortion', 'remember me? i recorded the whole call, your face is very clear. 400 dollars on western union by tomorrow or your family sees it'),
    ('en-v-call-facetime', 'en', 'sextortion', 'I screen recorded our facetime. Send $250 in bitcoin tonight or I send it to all your contacts'),
    ('en-v-face-visible', 'en', 'sextortion', 'Your face is clearly visible in the clip. Pay 300 usd by paypal before friday or your wife receives it'),
    ('en-v-saw-vid', 'en', 'sextortion', 'saw ur vid 😏 100 bucks in steam cards or it goes to ur dad on facebook'),
    ('en-v-straight-group', 'en', 'sextortion', 'send me 3 more pics, no clothes this time. if not, the ones i have go straight into the class group chat'),
    ('en-v-story', 'en', 'extortion', "I'm in your instagram. 150 USD in gift cards or I post all your DMs on your story"),
    ('en-v-desk', 'en', 'extortion', "I have the cctv footage from the stockroom. You will give me your login for the till system, or the footage is on the manager's desk on Monday."),
    ('en-v-board', 'en', 'extortion', 'I have records proving that your practice billed for fake visits. $9,000 in bitcoin within 72 hours or I send them to the medical board and the newspaper.'),
    ('en-v-archive', 'en', 'extortion', 'We had access to your servers for weeks and exported 40 GB of data. Pay 3 BTC within 4 days or the full archive will be published on our blog.'),
    ('en-v-every-client', 'en', 'extortion', 'Your database is already with us. 1 BTC by Friday, otherwise an email goes to every client in the database.'),
    ('en-v-posters', 'en', 'extortion', "Five grand in my account by Sunday or I'm sticking copies of those letters all over your office."),
    ('en-v-next-time', 'en', 'intimidation', "Get out of the flat by Sunday. Next time it won't just be your windows."),
    ('en-v-routine', 'en', 'intimidation', "Withdraw the statement you gave the police. Your daughter takes the bus alone every morning, doesn't she? Be smart."),
    ('en-v-come-looking', 'en', 'intimidation', "bring the keys to the shop by monday. if I have to come looking for you, it won't be pretty for you"),
    ('en-v-police-scam', 'en', 'extortion', 'Officers have been dispatched to your home. Pay 499.00 today to cancel the arrest warrant; failure will result in immediate arrest.'),
    ('en-v-dating', 'en', 'sexual_solicitation', 'Sophie has shared 4 private photos with you. She wants to meet up tonight, no strings attached. Unlock her profile now.'),
    ('en-n-call-recorded', 'en', 'none', 'This call may be recorded for training. Please pay the 40 dollars balance by Friday.'),
    ('en-n-desk', 'en', 'none', "I left the signed papers on your manager's desk. The invoice of 200 dollars is due next week."),
    ('en-n-story', 'en', 'none', 'Loved the concert! Share your photos on your story and tag us to win tickets.'),
    ('en-n-board', 'en', 'none', 'Please send the minutes to the board by Friday, and settle the 120 catering invoice.'),
    ('en-n-next-time', 'en', 'none', "Sorry about the rain at the barbecue. Next time it won't be so cold, promise!"),
    ('en-n-routine', 'en', 'none', 'Your son walks home alone every day? Mine too, maybe they could walk together. Bring the snacks on Friday.'),
    ('en-n-pretty', 'en', 'none', "The quarterly numbers are in and it's not going to be pretty for you guys in sales. Meeting at 9."),
    ('en-n-miles', 'en', 'none', 'The new store is 1.2 miles away and opens tonight, no commitment needed to join the loyalty club.'),
    ('en-n-settle', 'en', 'none', 'Hi, please settle the 45.50 for the team dinner when you can, thanks!'),
    ('en-n-grand', 'en', 'none', 'The car cost two grand in the end but it runs well. See you at the garage on Saturday.'),
    ('en-n-account', 'en', 'none', 'Good news: your account is with us now, the transfer from your old bank is complete.'),
    ('fr-v-prof', 'fr', 'extortion', "Tu vas me faire mon mémoire. Sinon j'envoie au directeur les captures de tes messages."),
    ('fr-v-drh', 'fr', 'extortion', 'Je dispose de captures de vos échanges avec le fournisseur. 3 000 € par virement pour ma discrétion, sinon le dossier sera sur le bureau du directeur lundi.'),
    ('fr-v-regrettable', 'fr', 'sextortion', "Il serait regrettable que les photos que vous m'avez confiées circulent auprès de vos collègues. Un virement de 2 000 € avant lundi réglera tout."),
    ('fr-v-nous-deux', 'fr', 'sextortion', 'Rembourse-moi les 1500 euros avant samedi, sinon les vidéos de toi et moi partent sur internet.'),
    ('fr-v-vid3o', 'fr', 'sextortion', 'g ta vid3o 😈 300€ en recharge PCS avant ce soir sinon diffusion à tous tes contacts'),
    ('fr-v-encore', 'fr', 'sextortion', "t'as une heure pour m'envoyer d'autres photos, sinon celles que j'ai je les balance à ta classe"),
    ('fr-v-transmission', 'fr', 'sextortion', "Nous avons constaté des connexions vers des contenus à caractère pédopornographique. Sans paiement de l'amende sous 48 heures, transmission de votre dossier à votre employeur et à la presse."),
    ('fr-v-tribunal', 'fr', 'intimidation', "Devant le juge tu diras rien. Vous n'avez rien vu. Ce serait dommage qu'il arrive quelque chose à vos enfants."),
    ('fr-v-douleur', 'fr', 'intimidation', 'Signez la cession du terrain chez le notaire lundi. Si vous vous présentez pas, vous allez comprendre votre douleur.'),
    ('fr-v-boulot', 'fr', 'intimidation', 'Tu signes ta démission ce soir. Sinon tu ne trouveras plus jamais de travail dans cette ville.'),
    ('fr-n-drh', 'fr', 'none', "Votre dossier de mutation sera sur le bureau du DRH lundi pour signature. Merci de régler les frais de 30 € à l'accueil."),
    ('fr-n-rien-vu', 'fr', 'none', "T'as rien vu du match hier ? Tu dis rien, c'était génial, on se comprend."),
    ('fr-n-signe', 'fr', 'none', 'Tu signes ton contrat demain à 9h. Signez les documents ci-joints et renvoyez-les avant vendredi.'),
    ('fr-n-dommage', 'fr', 'none', 'Ce serait dommage que tes photos de vacances se retrouvent perdues, pense à les sauvegarder !'),
    ('fr-n-transmission', 'fr', 'none', "Transmission de votre dossier à la caisse d'allocations effectuée. Aucun paiement n'est requis."),
    ('fr-n-nous-deux', 'fr', 'none', "J'ai retrouvé les photos de nous deux à la plage, je te les envoie ce soir !"),
]


def _cases():
    for case_id, label, subject, text in PROBES:
        marks = [pytest.mark.xfail(strict=True, reason=XFAIL[case_id])] if case_id in XFAIL else []
        yield pytest.param(label, subject, text, id=f"{case_id}-{label}", marks=marks)


@pytest.mark.parametrize(("label", "subject", "text"), list(_cases()))
def test_probe(label: str, subject: str, text: str) -> None:
    assert analyze(text, subject=subject).verdict == label


@pytest.mark.parametrize(("expected", "text"), [pytest.param(v, t, id=f"{i}-{v}") for i, _, v, t in VARIANTS])
def test_variant(expected: str, text: str) -> None:
    assert analyze(text).verdict == expected


# The fake police letter (fr-h01) is lowered to none by the discussion guard: not flagged at all.
UNFLAGGED = {"fr-h01"}


@pytest.mark.parametrize("text", [t for case_id, label, _, t in PROBES
                                  if case_id in XFAIL and label != "none" and case_id not in UNFLAGGED])
def test_inexact_probes_are_still_flagged(text: str) -> None:
    """The other xfails above are flagged, with another coercive verdict."""
    assert analyze(text).verdict != "none"
