"""Blind probes in English and French: fifty messages per language written before reading the lexicons
(webcam scam mails, a "lover" with nudes, demands for more photos, hacked accounts and stolen data, a
secret told to a spouse or an employer, threats to collect a "debt", to drop a complaint or to hand over
keys, escort and hookup adverts) next to hard negatives that share their words (a bank's warning, news of
a trial, a victim asking a friend, a debt collector, a lawyer's formal notice, a parent, a landlord,
flirting, banter). They guard the phrase families widened for them, not the single messages: FAMILIES
holds other phrasings of the same families (other verbs, word orders, tenses, SMS spellings, passive
voice), also written for these tests."""

from __future__ import annotations

import pytest

from detector import analyze

SEX, EXT, INT, SOL, NONE = "sextortion", "extortion", "intimidation", "sexual_solicitation", "none"

# A claimed debt is a compliance demand ("you owe me", "pay what you owe"), so harm + debt is intimidation;
# but "pay me" is also a plain money demand, and scoring.category() makes harm + money extortion.
DEBT = "'pay me back' is a money demand too: harm + money is extortion in scoring.category()"
# Nothing in the words says the pictures are intimate; the same message fits any photos held over someone.
UNNAMED_PICS = "'every pic' is never said to be intimate: extortion is all the words support"
# The threat is only implied ("your shop has big windows"): no phrase can name it without naming windows.
IMPLIED = "the harm is only implied ('your shop has big windows'); no lexical threat to match"
# A disclosure phrase and any amount are coercive in scoring.is_coercive(); no guard knows a celebration.
CELEBRATION = "photos 'published to the family group' + an amount is coercive in scoring; no guard for it"
# "Women in your area" is one sexual_offer phrase, and one offer phrase is a solicitation verdict.
WOMEN_NEAR_YOU = "'women in your area' alone makes a sexual offer; a health notice has no context signal"


def probe(pid, expected, text, subject="", xfail=""):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(expected, text, subject, marks=marks, id=f"{pid}-{expected}")


def family(fid, expected, text, xfail=""):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(expected, text, marks=marks, id=f"{fid}-{expected}")


PROBES = [
    # en: sextortion
    probe('en-01', SEX, 'Hello,\n\nI am a programmer and I got access to your device several months ago through a '
                        'malicious link you opened. Since then I have been watching everything you do. I switched '
                        'on your camera while you were visiting adult websites and made a split-screen video: on '
                        'one side the clip you were watching, on the other side you pleasuring yourself.\n\nI also '
                        'copied your whole contact list, email and social media friends included.\n\nIf you want '
                        'me to delete this material, send 1450 USD in Bitcoin to the address '
                        'below:\nbc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh\n\nThe clock started when you opened '
                        "this email: 48 hours. I can see when it is opened. If I don't receive the payment, the "
                        'video goes to every one of your contacts. Do not try to reply, this address is not '
                        'monitored. Going to the police will not help you.',
                        subject='Your account is compromised'),
    probe('en-02', SEX, 'I know that Tr0ub4dor&3 is your password. Now let me tell you what else I know. The porn '
                        'sites you visit are infected with my software, which turned your webcam into a recorder. '
                        'I have a nice video of you and the website you were on. Pay $2000 in BTC and it is gone '
                        'forever. Otherwise your coworkers and family get a copy. Wallet: '
                        '1BoatSLRHtKNngkdXEeobR76b53LETtpyT. Clock is ticking: 2 days.',
                        subject='Tr0ub4dor&3'),
    probe('en-03', SEX, 'remember those pics u sent me?? if u dont send me 300 on cashapp by tonight im posting '
                        'all of them on ur insta and sending them to ur mom. not playing'),
    probe('en-04', SEX, 'You thought you could just block me after everything? I still have the videos from our '
                        'nights together. Transfer 5000 euros to my account before Friday or they will be uploaded '
                        'to every porn site and your husband will get the link first.'),
    probe('en-05', SEX, "send me more pictures, without the top this time. if you don't I'll share the ones I "
                        'already have with your whole school. you have 1 hour'),
    probe('en-06', SEX, 'Hey babe I saved our video call lol. Not so shy now huh? Listen carefully. 500 dollars in '
                        'Google Play gift cards and nobody ever sees it. If not, i tag all your Facebook friends '
                        'in it. Send the codes here.'),
    probe('en-07', SEX, 'Your intimate recording made during our video chat yesterday will be forwarded to the '
                        'persons on your friends list unless the sum of 800 euros is paid by Western Union within '
                        '24 hours. Reply to this message to receive the payment details.'),
    probe('en-08', SEX, 'ATTENTION! Your device was hacked. I have recorded you masturbating while watching adult '
                        'videos. I will send this video to all of your contacts unless you pay me 0.05 BTC. '
                        'Bitcoin address: 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy. Do not ignore this message.',
                        subject='Security alert: recorded video'),
    probe('en-09', SEX, 'Some nudes of you ended up with me, never mind how. Your employer would be very '
                        'interested, I think. A small payment of 700 USDT makes this go away. Think about your '
                        'reputation.'),
    # en: extortion
    probe('en-10', EXT, "I have full access to your Gmail and your iCloud. I've downloaded your private messages, "
                        'bank statements and your conversations with that other woman. Unless 2,500 USD in bitcoin '
                        'is sent to the wallet below within three days, all of it will be forwarded to your wife '
                        'and to your employer.\nWallet: bc1q9h6m0pn3l5l6cqwz5j0vvz4y8r0s8k2q3n7x4t'),
    probe('en-11', EXT, 'We found your phone in a taxi. Very interesting photos and contacts inside. If you want '
                        'your data not to be published online, you will pay 400 euros. We will contact you for the '
                        'transfer details. If you go to the police everything gets leaked.'),
    probe('en-12', EXT, 'Your company network has been breached and 120 GB of client records have been '
                        'exfiltrated. If we do not receive 3 BTC within 72 hours, the data will be published on '
                        'our leak site and your clients will be notified. Contact us only through the Tor chat '
                        'link provided.',
                        subject='Data breach - read immediately'),
    probe('en-13', EXT, 'i know about the money you took from the register. either you give me 1000 by monday or '
                        'your boss finds out. your choice'),
    probe('en-14', EXT, 'Dear Sir, I have in my possession documents proving your involvement in tax fraud. Unless '
                        'you transfer the amount of 15,000 GBP to the account I will specify, these documents will '
                        'be handed over to the press and to HMRC. I suggest you take this seriously.'),
    probe('en-15', EXT, 'hey its me. i got into your instagram. if u want it back its 150 via paypal, otherwise I '
                        'start posting your DMs publicly and message all your followers'),
    probe('en-16', EXT, "I know you are cheating on your wife, I've got screenshots of everything. You can keep "
                        "your secret for 2000 dollars. Pay by Friday or she'll be reading them on Saturday."),
    probe('en-17', EXT, 'Your website database has been copied to our servers. To avoid its publication and the '
                        'notification of the data protection authority, a payment of 0.8 BTC is required. Failure '
                        'to pay within 5 days will result in full disclosure.'),
    # en: intimidation
    probe('en-18', INT, 'You owe me 2000 and you know it. I know where you live and I know what time your kids '
                        'come home from school. Pay up by the weekend or things are going to get very ugly for you.'),
    probe('en-19', INT, "Withdraw your complaint against my brother. If you don't, you will regret it, I promise. "
                        'We know your car and we know your address.'),
    probe('en-20', INT, 'last warning. bring the money tomorrow or ur gonna get hurt. dont make me come find you'),
    probe('en-21', INT, 'Drop the case by Monday. Something could easily happen to your shop, fires start so '
                        'quickly these days.'),
    probe('en-22', INT, 'You will hand over the keys to the apartment by Sunday, or my guys will come and get them '
                        "and you won't like how. Don't even think about calling the cops."),
    probe('en-23', INT, "I'm giving you one last chance to pay what you owe. If the money isn't here by Friday "
                        "you'd better start looking over your shoulder. We're watching your house."),
    probe('en-24', INT, 'Keep testifying against us and your family will pay the price. Shut your mouth and stay '
                        'home on the day of the hearing.'),
    # en: sexual_solicitation
    probe('en-25', SOL, 'Hot singles in your area are waiting to meet you tonight! No strings attached, 100% '
                        'discreet. Click here to see who wants to hook up: http://meet-locals.example/join',
                        subject='3 women near you want to meet'),
    probe('en-26', SOL, "Hi handsome, I'm Jessica, 24, independent escort. Incall/outcall available 24/7. 150 for "
                        'an hour, full service. Text me on WhatsApp for pics.'),
    probe('en-27', SOL, 'Full body massage with happy ending by young Asian girls. Open late, discreet location '
                        'downtown. Call 555-0134 to book.'),
    probe('en-28', SOL, 'I saw your profile and I am so horny tonight... I live close to you, want to come over '
                        'for some fun? Just a quick sign up to see my private photos ;)'),
    probe('en-29', SOL, 'lonely housewives looking for discreet affairs. register free and get laid this weekend, '
                        'guaranteed',
                        subject='Married but bored? Meet discreetly'),
    probe('en-30', SOL, 'New girls in town!!! Sexy students available for private meetings, hotel or your place. '
                        'Reasonable rates, discretion assured. Reply YES for the menu.'),
    # en: hard negatives (texts about extortion, lawful demands, flirting, banter)
    probe('en-31', NONE, 'Protect yourself from sextortion scams\n\nFraudsters are sending emails claiming they '
                         'hacked your webcam and recorded you watching adult content. They demand payment in '
                         'bitcoin within 48 hours and threaten to send the video to your contacts. These emails '
                         'are fake. Do not pay and do not reply. If you received one, delete it and change your '
                         'passwords. Your bank will never ask you to pay in cryptocurrency.',
                         subject='Security tips from your bank'),
    probe('en-32', NONE, 'A 29-year-old man was sentenced on Tuesday to six years in prison for blackmailing '
                         'teenagers. Prosecutors said he threatened to post intimate images of his victims online '
                         'unless they sent him money or more photos. The judge called his conduct cruel and '
                         'calculated.'),
    probe('en-33', NONE, 'hey, i need your help. some guy says he has a video of me and wants 500 euros or he '
                         "sends it to my family. i'm freaking out, i don't know what to do. should i pay him?? "
                         'please call me'),
    probe('en-34', NONE, 'Dear customer, our records show an outstanding balance of £245.60 on account 88123. '
                         'Please make a payment by 15 March to avoid late fees. If you have already paid, please '
                         'disregard this notice. If you are experiencing financial difficulty, contact us to '
                         'discuss a payment plan.',
                         subject='Payment reminder'),
    probe('en-35', NONE, 'Someone requested a password reset for your account. If this was you, click the link '
                         "below to choose a new password. This link expires in 24 hours. If you didn't request "
                         'this, you can safely ignore this email; your account is secure.',
                         subject='Reset your password'),
    probe('en-36', NONE, 'you still owe me 40 for the concert tickets. pay me back by friday or no more phone for '
                         'a week, young lady 😤 love you'),
    probe('en-37', NONE, 'Dear Mr. Patel, on behalf of our client, we hereby give you formal notice to pay the '
                         'amount of 3,200 EUR owed under the contract dated 4 June within 15 days. Failing '
                         'payment, our client reserves the right to initiate legal proceedings before the '
                         'competent court. Yours faithfully, Hart & Co Solicitors',
                         subject='Formal notice'),
    probe('en-38', NONE, "Valentine's sale! 40% off all lingerie, sexy bodysuits and lace sets. Free shipping on "
                         'orders over $50. Treat yourself or someone special this weekend only.',
                         subject="Heat up Valentine's 🔥"),
    probe('en-39', NONE, "can't stop thinking about last night 😏 come home early and I'll show you what I'm "
                         'wearing under this dress'),
    probe('en-40', NONE, "lmao if you don't bring the snacks tonight i'm leaking your karaoke video to the group "
                         'chat 😂😂'),
    probe('en-41', NONE, 'Hi Sam, just a friendly reminder that the rent for April (950) is due on the 1st. You '
                         'can transfer it to the usual account. Let me know if the plumber still needs to come in. '
                         'Thanks, Linda'),
    probe('en-42', NONE, 'Police have arrested two men suspected of an extortion scheme targeting local '
                         'businesses. The suspects allegedly demanded protection payments and threatened to burn '
                         'down shops. Anyone with information is asked to call the hotline. Victims are reminded '
                         'never to pay.',
                         subject='Press release: arrests in extortion case'),
    probe('en-43', NONE, 'We noticed a new sign-in to your account from a Windows device in Lisbon, Portugal. If '
                         'this was you, no action is needed. If not, secure your account now by changing your '
                         'password and reviewing recent activity.',
                         subject='New sign-in alert'),
    probe('en-44', NONE, 'Last year I was a victim of sextortion. A man I met online recorded our video call and '
                         "demanded money. I want to share my story so others know they're not alone: I reported "
                         'him, did not pay, and he never posted anything.'),
    probe('en-45', NONE, 'Reminder: your subscription renews in 3 days. To avoid interruption of service, make '
                         'sure your payment method is up to date. You can cancel anytime from your account '
                         'settings.'),
    probe('en-46', NONE, "bro if you miss the match again I'm gonna kill you lol. pay me the 10 you owe me too"),
    probe('en-47', NONE, 'Hi team, the webcam in meeting room B is broken again. IT says they will replace it by '
                         'Friday. In the meantime please use the laptop camera for calls with clients.'),
    probe('en-48', NONE, 'Our new online course teaches parents how to protect children from online predators, '
                         'grooming and blackmail. Learn to spot warning signs like requests for photos or secret '
                         'chats. Enrol today, 30% off until Sunday.'),
    probe('en-49', NONE, "I told him if he didn't delete the photos I'd go to the police, and he did. Thanks so "
                         'much for your advice last week, it really helped me.'),
    probe('en-50', NONE, 'Hello, as agreed, please send the 200 deposit for the flat viewing via bank transfer '
                         "before Thursday, otherwise I'll give the slot to the next applicant. Best regards."),
    # fr: sextortion
    probe('fr-01', SEX, "Bonjour,\n\nJe suis un hacker professionnel et j'ai pris le contrôle de votre appareil il "
                        "y a quelques mois, lorsque vous avez visité un site pour adultes. Depuis, j'ai accès à "
                        "tout : vos messages, vos contacts, votre caméra.\n\nJ'ai enregistré une vidéo de vous en "
                        "train de vous faire plaisir devant votre écran. Montage réalisé : d'un côté la vidéo que "
                        "vous regardiez, de l'autre votre visage.\n\nPour que tout soit effacé, vous devez envoyer "
                        "1200 € en Bitcoin à l'adresse suivante : "
                        'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq\n\nVous avez 48 heures. Si je ne reçois pas le '
                        'paiement, la vidéo sera envoyée à tous vos proches, collègues et amis. Inutile de '
                        'prévenir la police, je le saurai.',
                        subject='Votre appareil a été piraté'),
    probe('fr-02', SEX, "slt tu te souviens des photos que tu m'as envoyé ? si tu me fais pas un virement de 300e "
                        'avant ce soir je les balance sur ton insta et je les envoie a ta mere. je rigole pas'),
    probe('fr-03', SEX, "T'as cru que tu pouvais me bloquer comme ça ? J'ai encore nos vidéos. Tu me verses 2000 "
                        "euros d'ici vendredi ou elles finissent sur tous les sites porno et ton mari reçoit le "
                        'lien en premier.'),
    probe('fr-04', SEX, "envoie moi d'autres photos, sans le haut cette fois. sinon je montre celles que j'ai déjà "
                        "à tout ton lycée. t'as une heure"),
    probe('fr-05', SEX, "Votre enregistrement intime réalisé lors de notre appel vidéo sera transmis à l'ensemble "
                        "de vos amis Facebook si la somme de 500 euros n'est pas réglée par Western Union sous 24 "
                        'heures. Répondez à ce message pour obtenir les coordonnées du paiement.'),
    probe('fr-06', SEX, 'Je connais votre mot de passe : soleil2019. Votre webcam a été piratée pendant vos '
                        "soirées sur des sites pornographiques et j'ai tout filmé. Payez 0,04 BTC à cette adresse : "
                        '1BoatSLRHtKNngkdXEeobR76b53LETtpyT, sinon la vidéo part à vos contacts. Délai : 2 jours.',
                        subject='soleil2019'),
    probe('fr-07', SEX, "Coucou mon chou, j'ai gardé une capture de notre appel d'hier 😘 Maintenant tu vas "
                        "m'acheter des cartes PCS pour 400 euros et m'envoyer les codes. Sinon tous tes amis "
                        'Facebook vont te voir tout nu.'),
    probe('fr-08', SEX, 'Des photos dénudées de vous sont en ma possession. Votre employeur serait sûrement '
                        "intéressé. Un petit versement de 800 euros et on n'en parle plus. Pensez à votre "
                        'réputation.'),
    probe('fr-09', SEX, 'ATTENTION !!! Votre ordinateur a été infecté. Vous avez été filmé pendant que vous vous '
                        'masturbiez. Je vais diffuser cette vidéo à tous vos contacts si vous ne me payez pas 1000 '
                        'dollars en bitcoin. Ne ignorez pas ce message.'),
    # fr: extortion
    probe('fr-10', EXT, "J'ai un accès complet à votre boîte mail et à votre compte iCloud. J'ai téléchargé vos "
                        'messages privés, vos relevés bancaires et vos échanges avec votre maîtresse. Si 2000 '
                        'euros en bitcoin ne sont pas versés sur le portefeuille ci-dessous sous trois jours, tout '
                        'sera transmis à votre femme et à votre patron.\nPortefeuille : '
                        'bc1q9h6m0pn3l5l6cqwz5j0vvz4y8r0s8k2q3n7x4t'),
    probe('fr-11', EXT, 'On a trouvé ton téléphone dans le tram. Y a des photos et des contacts très intéressants '
                        'dedans. Si tu veux pas que tout soit publié sur internet, tu paies 300 euros. On te '
                        'recontacte pour le virement. Si tu vas voir les flics, on balance tout.'),
    probe('fr-12', EXT, 'Le réseau de votre entreprise a été compromis et 80 Go de données clients ont été '
                        'exfiltrés. Faute de paiement de 2 BTC sous 72 heures, les données seront publiées sur '
                        'notre site et vos clients seront informés. Contactez-nous uniquement via le lien Tor '
                        'fourni.',
                        subject='Fuite de données - urgent'),
    probe('fr-13', EXT, "je sais pour l'argent que t'as pris dans la caisse. soit tu me files 1000 balles lundi "
                        'soit ton patron est au courant. à toi de voir'),
    probe('fr-14', EXT, 'Monsieur, je détiens des documents prouvant votre implication dans une fraude fiscale. À '
                        'moins que vous ne versiez la somme de 15 000 euros sur le compte que je vous indiquerai, '
                        'ces documents seront remis à la presse et au fisc. Je vous conseille de prendre cette '
                        'affaire au sérieux.'),
    probe('fr-15', EXT, "jai piraté ton compte insta. si tu le veux tu m'envoies 150 euros sur paypal, sinon je "
                        "publie tes messages privés et j'écris à tous tes abonnés"),
    probe('fr-16', EXT, "Je sais que tu trompes ta femme, j'ai toutes les captures d'écran. Ton secret peut rester "
                        'entre nous pour 2000 euros. Paye avant vendredi ou elle les lira samedi.'),
    probe('fr-17', EXT, 'La base de données de votre site a été copiée sur nos serveurs. Pour éviter sa '
                        'publication et le signalement à la CNIL, un paiement de 0,8 BTC est exigé. Sans règlement '
                        'sous 5 jours, toutes les données seront divulguées.'),
    # fr: intimidation
    probe('fr-18', INT, 'Tu me dois 2000 et tu le sais. Je sais où tu habites et je sais à quelle heure tes gosses '
                        "sortent de l'école. Tu paies avant le week-end ou ça va très mal se passer pour toi."),
    probe('fr-19', INT, 'Retire ta plainte contre mon frère. Sinon tu vas le regretter, je te le promets. On '
                        'connaît ta voiture et on connaît ton adresse.'),
    probe('fr-20', INT, 'dernier avertissement. ramène la thune demain ou tu vas te faire casser la gueule. '
                        "m'oblige pas à venir te chercher"),
    probe('fr-21', INT, "Laissez tomber l'affaire d'ici lundi. Il pourrait vite arriver quelque chose à votre "
                        'commerce, un incendie est si vite arrivé.'),
    probe('fr-22', INT, "Tu vas rendre les clés de l'appart d'ici dimanche, sinon mes gars viendront les chercher "
                        'et tu vas pas aimer la manière. Pense même pas à appeler les keufs.'),
    probe('fr-23', INT, "Je te laisse une dernière chance de rembourser ce que tu dois. Si l'argent n'est pas là "
                        "vendredi, t'as intérêt à regarder derrière toi. On surveille ta maison."),
    probe('fr-24', INT, 'Si tu continues à témoigner contre nous, ta famille va le payer. Ferme ta gueule et reste '
                        "chez toi le jour de l'audience."),
    # fr: sexual_solicitation
    probe('fr-25', SOL, 'Des célibataires chaudes près de chez vous vous attendent ce soir ! Sans prise de tête, '
                        '100% discret. Cliquez ici pour voir qui veut vous rencontrer : '
                        'http://rencontres-locales.example/inscription',
                        subject='3 femmes près de chez vous veulent vous voir'),
    probe('fr-26', SOL, 'Bonjour mon chéri, je suis Léa, 23 ans, escort indépendante. Je reçois et je me déplace '
                        "24h/24. 150 roses l'heure, prestation complète. Écris-moi sur WhatsApp pour les photos."),
    probe('fr-27', SOL, 'Massage naturiste avec finition par jeunes masseuses asiatiques. Ouvert tard, lieu '
                        'discret au centre-ville. Appelez le 06 12 34 56 78 pour réserver.'),
    probe('fr-28', SOL, "J'ai vu ton profil et je suis trop excitée ce soir... j'habite pas loin, tu viens "
                        "t'amuser ? Inscris-toi vite pour voir mes photos privées ;)"),
    probe('fr-29', SOL, 'femmes mariées cherchent aventures discrètes. inscription gratuite, plan cul garanti ce '
                        'week-end',
                        subject="Mariée mais on s'ennuie ? Rencontres discrètes"),
    probe('fr-30', SOL, 'Nouvelles filles en ville !!! Étudiantes sexy disponibles pour rencontres privées, à '
                        "l'hôtel ou chez vous. Tarifs raisonnables, discrétion assurée. Répondez OUI pour le menu."),
    # fr: hard negatives (texts about extortion, lawful demands, flirting, banter)
    probe('fr-31', NONE, 'Protégez-vous contre la sextorsion\n\nDes escrocs envoient des courriels affirmant avoir '
                         'piraté votre webcam et vous avoir filmé en train de regarder des contenus pour adultes. '
                         "Ils exigent un paiement en bitcoin sous 48 heures et menacent d'envoyer la vidéo à vos "
                         'contacts. Ces messages sont faux. Ne payez pas et ne répondez pas. Si vous en avez reçu '
                         'un, supprimez-le et changez vos mots de passe. Votre banque ne vous demandera jamais de '
                         'payer en cryptomonnaie.',
                         subject='Conseils de sécurité de votre banque'),
    probe('fr-32', NONE, 'Un homme de 29 ans a été condamné mardi à six ans de prison pour avoir fait chanter des '
                         'adolescentes. Selon le parquet, il menaçait de publier des images intimes de ses '
                         "victimes si elles ne lui envoyaient pas d'argent ou d'autres photos. Le juge a dénoncé "
                         'un comportement cruel et calculé.'),
    probe('fr-33', NONE, "stp aide moi, un mec dit qu'il a une vidéo de moi et il veut 500 euros sinon il l'envoie "
                         'à ma famille. je panique, je sais pas quoi faire. je dois payer ?? appelle moi stp'),
    probe('fr-34', NONE, 'Madame, Monsieur, sauf erreur de notre part, votre compte présente un solde débiteur de '
                         '245,60 €. Nous vous remercions de bien vouloir régulariser votre situation avant le 15 '
                         "mars afin d'éviter des frais de retard. Si votre règlement a déjà été effectué, veuillez "
                         'ne pas tenir compte de ce courrier.',
                         subject='Rappel de paiement'),
    probe('fr-35', NONE, 'Une demande de réinitialisation du mot de passe de votre compte a été effectuée. Si vous '
                         "êtes à l'origine de cette demande, cliquez sur le lien ci-dessous. Ce lien expire dans "
                         '24 heures. Sinon, vous pouvez ignorer cet e-mail : votre compte est en sécurité.',
                         subject='Réinitialisation de votre mot de passe'),
    probe('fr-36', NONE, 'tu me dois toujours 40 euros pour les places de concert. tu me rembourses avant vendredi '
                         'ou pas de téléphone pendant une semaine ma puce 😤 bisous'),
    probe('fr-37', NONE, 'Monsieur, nous vous mettons en demeure, au nom et pour le compte de notre cliente, de '
                         'régler la somme de 3 200 euros due au titre du contrat du 4 juin, dans un délai de 15 '
                         "jours. À défaut, notre cliente se réserve le droit d'engager toute procédure judiciaire "
                         'devant la juridiction compétente. Veuillez agréer nos salutations distinguées. Cabinet '
                         'Martin Avocats',
                         subject='Mise en demeure'),
    probe('fr-38', NONE, 'Soldes de la Saint-Valentin ! -40% sur toute la lingerie, bodys sexy et ensembles en '
                         "dentelle. Livraison offerte dès 50 € d'achat. Faites-vous plaisir ce week-end seulement.",
                         subject='Faites monter la température 🔥'),
    probe('fr-39', NONE, "j'arrête pas de penser à hier soir 😏 rentre tôt et je te montrerai ce que je porte sous "
                         'cette robe'),
    probe('fr-40', NONE, 'mdr si tu ramènes pas les chips ce soir je balance ta vidéo de karaoké sur le groupe 😂😂'),
    probe('fr-41', NONE, "Bonjour Sam, petit rappel : le loyer d'avril (950 €) est à régler pour le 1er, sur le "
                         'compte habituel. Dites-moi si le plombier doit toujours passer. Merci, Linda'),
    probe('fr-42', NONE, "Les gendarmes ont interpellé deux hommes soupçonnés d'extorsion auprès de commerçants de "
                         "la ville. Les suspects exigeaient de l'argent et menaçaient d'incendier les boutiques. "
                         "Toute personne disposant d'informations est invitée à contacter la brigade. Les victimes "
                         'sont invitées à ne jamais payer.',
                         subject='Communiqué : interpellations pour extorsion'),
    probe('fr-43', NONE, 'Nous avons détecté une nouvelle connexion à votre compte depuis un appareil Windows à '
                         "Lisbonne, Portugal. Si c'était vous, aucune action n'est nécessaire. Sinon, sécurisez "
                         'votre compte en changeant votre mot de passe.',
                         subject='Alerte de connexion'),
    probe('fr-44', NONE, "L'an dernier j'ai été victime de sextorsion. Un homme rencontré en ligne a enregistré "
                         "notre appel vidéo et m'a demandé de l'argent. Je témoigne pour que d'autres sachent "
                         "qu'ils ne sont pas seuls : j'ai porté plainte, je n'ai pas payé, et il n'a jamais rien "
                         'publié.'),
    probe('fr-45', NONE, 'Rappel : votre abonnement sera renouvelé dans 3 jours. Pour éviter toute interruption de '
                         'service, vérifiez que votre moyen de paiement est à jour. Vous pouvez résilier à tout '
                         'moment depuis votre espace client.'),
    probe('fr-46', NONE, 'frérot si tu rates encore le match je te tue mdr. et rembourse moi les 10 balles au passage'),
    probe('fr-47', NONE, "Bonjour à tous, la webcam de la salle B est encore en panne. La DSI la remplacera d'ici "
                         'vendredi. En attendant, utilisez la caméra des portables pour les appels clients.'),
    probe('fr-48', NONE, 'Notre nouvelle formation en ligne apprend aux parents à protéger leurs enfants contre '
                         "les prédateurs, le grooming et le chantage. Apprenez à repérer les signaux d'alerte "
                         "comme les demandes de photos ou les conversations secrètes. Inscrivez-vous, -30% jusqu'à "
                         'dimanche.'),
    probe('fr-49', NONE, "Je lui ai dit que s'il ne supprimait pas les photos j'irais voir la police, et il l'a "
                         "fait. Merci encore pour tes conseils la semaine dernière, ça m'a vraiment aidée."),
    probe('fr-50', NONE, "Bonjour, comme convenu, merci de verser l'acompte de 200 € pour la visite de "
                         "l'appartement par virement avant jeudi, sinon je donnerai le créneau au candidat "
                         'suivant. Cordialement.'),
]


@pytest.mark.parametrize("expected, text, subject", PROBES)
def test_probe(expected, text, subject):
    assert analyze(text, subject=subject).verdict == expected


FAMILIES = [
    family('en-01', SEX, "I've got nudes of u from ur ex. 200 on cashapp tonight or they go to ur whole class"),
    family('en-02', SEX, 'Keep your secret for 1000 USD in bitcoin. Your boss would surely be interested in the '
                         'nudes of you I saved. 24 hours.'),
    family('en-03', SEX, 'Hello pervert. I have been monitoring your screen for months. I have a recording of you '
                         'touching yourself while watching dirty clips. Transfer $1300 to my BTC wallet or every '
                         'contact in your phone receives it.'),
    family('en-04', SEX, "u really thought i'd delete them? 250 by amazon gift card or ur boyfriend sees every pic",
                         xfail=UNNAMED_PICS),
    family('en-05', SEX, 'I made screenshots while you were undressing on our call. Want them gone? 400 euros. If '
                         'not, your relatives will enjoy the show.'),
    family('en-06', SEX, "Send me a video of you in the shower or I post the pics you already sent me. Don't test me."),
    family('en-07', SEX, 'Hi, ur webcam was hackd n i recordd u while u was watchin porn. pay 500$ btc to adress '
                         'below or vid goes to al ur frends. u hav 1 day'),
    family('en-08', SEX, 'It has come to my attention that you enjoy adult content. A compromising recording of '
                         "you has been obtained via your device's camera. To prevent its distribution to your "
                         'contact list, a payment of 900 EUR in Bitcoin is required within 2 days.'),
    family('en-09', SEX, 'Hey sweetie remember me from the dating app? I kept every naughty pic you sent. My price '
                         "is 300 in steam cards. Otherwise your wife and your kids' school get them."),
    family('en-10', SEX, "Give me more photos, the kind you sent last week. If you stop answering, I'll send the "
                         'old ones to your brother.'),
    family('en-11', SEX, 'I have your nude pics. Venmo me 300 by tonight or your dad gets them.'),
    family('en-12', EXT, 'we broke into your mailbox last week. 300 euros in btc by sunday or every email goes to '
                         'your wife'),
    family('en-13', EXT, 'Your customer files were exfiltrated on Monday. The records have been copied to our '
                         'server. Pay 1 BTC within 48 hours to avoid their publication.'),
    family('en-14', EXT, "I know you're stealing from the company. Unless you pay me 500 dollars, your manager "
                         'gets the proof.'),
    family('en-15', EXT, 'Your phone was stolen by us. We have your photos, contacts and banking apps. Pay 300 '
                         'dollars and we return everything, or we sell it all on the dark web.'),
    family('en-16', EXT, 'I have copies of your medical records. Either you wire 5k to the account below or I send '
                         'them to your employer and your insurer.'),
    family('en-17', EXT, 'Good afternoon. Our group has encrypted all your servers. To get the decryption key, pay '
                         '5 BTC. If you contact law enforcement, the key will be destroyed.'),
    family('en-18', EXT, "I saw what you did at the party. Venmo me 200 or I'm telling your girlfriend everything."),
    family('en-19', EXT, 'We have obtained your browsing history and your address book. Should you fail to pay 0.1 '
                         'BTC, everything will be disclosed to your family and coworkers.'),
    family('en-20', EXT, 'This is your final notice. Your email was compromised and we downloaded all your '
                         'correspondence. Payment of 1,000 USD in Bitcoin is required or your correspondence will '
                         'be published.'),
    family('en-21', EXT, 'I hold your passport scan and selfie from the loan app. Pay the 2000 fee today or I '
                         'message every contact in your phone saying you are a thief.'),
    family('en-22', EXT, "We've got your company's client list. 5 BTC or it gets sold on the darknet. Clock's "
                         'ticking.'),
    family('en-23', INT, 'You still owe me. Pay me back by Friday or things will get really ugly, I know where '
                         'your kids go to school.',
                         xfail=DEBT),
    family('en-24', INT, 'give me back my car keys by tonight. my brothers will pay you a visit otherwise, and you '
                         "won't like what happens"),
    family('en-25', INT, "Stop snitching. We're watching your house and we know when you get home."),
    family('en-26', INT, 'Withdraw the complaint. Something might happen to your family, you never know.'),
    family('en-27', INT, "Say one word to the judge next week and don't expect to make it home. Think about your "
                         "children."),
    family('en-28', INT, "Sign the papers and leave the house by the end of the month. You've been warned, we know "
                         'where your wife works.'),
    family('en-29', INT, 'Remove your post about my restaurant today, or my cousins will deal with you personally.'),
    family('en-30', INT, "you better not show up at school tomorrow or you'll end up in the hospital"),
    family('en-31', INT, 'Last chance to back off from the tender. You have a nice family. It would be a shame if '
                         'something happened to them.'),
    family('en-32', INT, "Vote for our candidate on Sunday. We will know if you don't. Your shop has big windows.",
                         xfail=IMPLIED),
    family('en-33', INT, 'Move your car from my spot today or your tyres will be slashed tonight.'),
    family('en-34', INT, 'Keep your mouth shut about what you saw, or you and your sister will regret it.'),
    family('en-35', INT, "You saw nothing. If you talk to the cops, don't expect to make it home."),
    family('en-36', SOL, 'Fresh girls just arrived in town, young models available for discreet meetings at your '
                         'hotel. Discretion guaranteed.'),
    family('en-37', SOL, 'Bored tonight? Mature women nearby want a fling. No credit card needed, join for free '
                         'and chat now.'),
    family('en-38', SOL, 'Relaxing massage by beautiful Thai ladies, extras available on request. Hotel visits '
                         'welcome.'),
    family('en-39', SOL, "Hi dear, I'm Anna, 22, new in town. Sweet and discreet. Available tonight at my place or "
                         'yours, call me 07700 900123.'),
    family('en-40', SOL, 'Want to see my naughty side? Add me on snap for a private show 😉'),
    family('en-41', NONE, "Hi, your parcel will be handed over to your neighbour if you're not home. Pay the 2 USD "
                          'customs fee.'),
    family('en-42', NONE, "lol you owe me a beer, pay me back friday or I'm telling everyone you lost at chess 😂"),
    family('en-43', NONE, 'Please return the keys to the office by Friday. Thanks, Anna'),
    family('en-44', NONE, 'Your account has been hacked? Learn how to protect yourself: never pay scammers, report '
                          'to the police.'),
    family('en-45', NONE, 'We know how hard it is: something could happen to your home at any time. Protect it '
                          'today for 9.99 per month.'),
    family('en-46', NONE, 'I regret this informal approach but I have a business proposal. Transfer 50 dollars fee '
                          'to proceed.'),
    family('en-47', NONE, 'Sextortion: if you receive an email claiming your webcam was hacked, do not pay. These '
                          'scammers send millions of such messages.'),
    family('en-48', NONE, 'The jury found the defendant guilty of extortion after he threatened to leak the '
                          "company's data unless paid 2 million dollars."),
    family('en-49', NONE, 'Hi Tom, the invoice 4471 for 350 EUR is overdue. Please pay by Friday to avoid a late '
                          'fee. Best regards, Accounts'),
    family('en-50', NONE, "Your Netflix account was accessed from a new device. If this wasn't you, reset your "
                          'password.'),
    family('en-51', NONE, "Pls help, someone hacked my insta and says he'll post my DMs unless I pay 100 dollars. "
                          'What should I do?'),
    family('en-52', NONE, "Hey sexy, can't wait to see you tonight. Bring wine, I'll handle the rest 😘"),
    family('en-53', NONE, 'Attention : des escrocs prétendent avoir piraté votre webcam et réclament des bitcoins. '
                          'Ne payez jamais, signalez-le sur Pharos.'),
    family('en-54', NONE, 'Promo lingerie : ensembles sexy en dentelle à -50% ce week-end seulement !'),
    family('en-55', NONE, 'Your Amazon order #113-22 will be delivered to your office tomorrow. Payment of 45 USD '
                          'received, thanks.'),
    family('en-56', NONE, "Reminder: our yoga class has moved. Please don't tell anyone the new code for the door; "
                          'pay the 10 dollars at the desk.'),
    family('en-57', NONE, "Dad: if you don't clean your room by tonight, no phone tomorrow. I mean it."),
    family('en-58', NONE, 'Hey babe, send me a pic of you in that new dress 😍'),
    family('en-59', NONE, 'Breaking: hackers threatened to publish patient records unless the hospital paid a '
                          'ransom of 5 million dollars, police said.'),
    family('en-60', NONE, 'I keep getting emails saying someone recorded me on my webcam and wants bitcoin, is '
                          'this real? should I pay?'),
    family('en-61', NONE, 'Chérie envoie moi une photo de toi dans ta nouvelle robe 😍'),
    family('en-62', NONE, "Hi all, the new intern starts Monday. Please don't share the wifi password with "
                          'visitors. Lunch is 12 dollars, pay at reception.'),
    family('en-63', NONE, 'Our records show your laptop was compromised by malware last week. IT has cleaned it; '
                          'no action needed.'),
    family('en-64', NONE, "My brother will come and get the keys on Sunday, hope that's ok! Rent for June is 800, "
                          "I'll transfer it tomorrow."),
    family('en-65', NONE, 'Guys, the photos from the wedding will be published on the family group tonight 🎉 Chip '
                          'in 20 euros for the album if you want a printed copy.',
                          xfail=CELEBRATION),
    family('en-66', NONE, 'Your tires will be replaced on Thursday. The total is 420 dollars, payable at pickup.'),
    family('en-67', NONE, "If you keep ignoring the dentist you'll regret it lol. Anyway, you owe me 15 for lunch."),
    family('en-68', NONE, 'Avoid the publication of your personal data: our privacy service removes your info from '
                          'data brokers for 9.99 a month.'),
    family('en-69', NONE, "I know you're cheating at Monopoly again 😂 pay up the 200 you owe the bank"),
    family('en-70', NONE, 'Sweet and discreet wedding planning for small budgets. Call us for rates.'),
    family('en-71', NONE, 'Mature women in your area are invited to our free breast cancer screening day, sign up '
                          'now.',
                          xfail=WOMEN_NEAR_YOU),
    family('en-72', NONE, 'Hey! Stop calling me at work, text me instead. And you still owe me 20 for the pizza lol'),
    family('en-73', NONE, "The suspect allegedly threatened to post the victim's photos unless she sent money, "
                          'police said.'),
    family('fr-01', SEX, "j'ai fait des captures de ta visio d'hier soir 😈 tu m'envoies 300 euros en recharges PCS "
                         'ou tous tes potes vont te voir à poil'),
    family('fr-02', SEX, "Salut, j'ai enregistré ta webcam pendant que tu te touchais. 500 € en bitcoin sous 48h "
                         "sinon j'envoie la vidéo à ta famille."),
    family('fr-03', SEX, "t'as 2h pour m'envoyer 200 balles en carte neosurf sinon tes nudes tournent dans tout le "
                         'bahut'),
    family('fr-04', SEX, "Tu m'envoies une autre vidéo ce soir, plus osée. Sinon j'envoie celles que j'ai à ton "
                         'copain.'),
    family('fr-05', SEX, "Bonjour monsieur, votre ordinateur a été compromis. J'ai une vidéo de vous en pleine "
                         'action devant un site porno. Vous devez me verser 700 euros en bitcoin. Passé ce délai '
                         'de 48 heures, vos collègues la recevront.'),
    family('fr-06', SEX, "jsp si tu te rappel de moi mais g tes photos de l'été dernier toute nue lol. 150€ en "
                         'paysafecard ou je les mets sur ton insta'),
    family('fr-07', SEX, "Ma belle, envoie-moi encore des photos en sous-vêtements, sinon celles que j'ai déjà "
                         'partiront chez tes parents.'),
    family('fr-08', SEX, "J'ai des vidéos de toi à poil. Tu m'envoies 300 euros par Lydia avant ce soir ou ta mère "
                         'les reçoit.'),
    family('fr-09', EXT, "tu me dois rien mais j'ai accédé à ton compte insta. 200 euros sur paypal ce soir sinon "
                         'je publie tout'),
    family('fr-10', EXT, 'Vos fichiers clients ont été copiés sur nos serveurs. Ces données seront transmises à la '
                         "presse si 1 BTC n'est pas versé sous 72 heures."),
    family('fr-11', EXT, 'Bonjour, votre boutique en ligne a été piratée. Nous possédons les coordonnées de tous '
                         'vos clients. Versez 3000 euros en USDT sinon nous les revendons.'),
    family('fr-12', EXT, 'Je sais que vous travaillez au noir. Pour que je garde le silence, ce sera 1500 euros en '
                         'espèces.'),
    family('fr-13', EXT, "j'ai ton tel, y a toutes tes photos perso dedans. Tu veux le récupérer ? 200 euros sinon "
                         'je mets tout sur Facebook'),
    family('fr-14', EXT, "Nous avons récupéré l'intégralité de vos e-mails. Sans versement de 0,5 BTC sous 3 "
                         'jours, ils seront transmis à vos clients et concurrents.'),
    family('fr-15', EXT, 'Je sais que tu revends de la came. Tu me files 500 par mois et personne ne le saura.'),
    family('fr-16', EXT, 'Tes conversations avec ton amant, je les ai toutes. Ton mari aimerait bien les lire, non '
                         "? 1000 euros et c'est oublié."),
    family('fr-17', EXT, 'On détient les données de vos patients. Sans paiement de 2 BTC, on les revend sur le '
                         'darknet.'),
    family('fr-18', INT, "Tu nous dois encore de l'argent. Rembourse avant samedi sinon mes frères vont passer "
                         'chez toi et ça va mal se terminer.'),
    family('fr-19', INT, "Rends-moi les clés du local d'ici demain. On surveille ta boutique, tu vas pas aimer la "
                         'suite.'),
    family('fr-20', INT, 'Si tu portes plainte, on brûle ta voiture. Fais pas le malin.'),
    family('fr-21', INT, "Démissionne avant la fin du mois, sinon il t'arrivera un malheur. On sait où tu gares ta "
                         'voiture.'),
    family('fr-22', INT, "Tu retires ce commentaire ou tu vas avoir de gros problèmes. T'es prévenu."),
    family('fr-23', INT, "Tu signes pas ce papier, on vient te voir chez toi. Et t'appelles personne."),
    family('fr-24', INT, "Dégage du quartier avant la fin de semaine sinon on s'occupe de ta famille."),
    family('fr-25', INT, 'Retirez votre témoignage, sinon vous allez avoir de sérieux ennuis. Nous savons où vous '
                         'habitez.'),
    family('fr-26', INT, 'Ta voiture bloque encore mon garage. Demain tu la retrouves sans pneus, et tu auras de '
                         'sérieux ennuis. Dernier avertissement.'),
    family('fr-27', SOL, "Coucou, je suis toute excitée ce soir et j'habite tout près de chez toi, tu viens me "
                         'rejoindre ? Viens voir mes photos privées.'),
    family('fr-28', SOL, "Jeune femme charmante vous propose un moment de détente à l'hôtel, discrétion assurée, "
                         'tarifs en privé.'),
    family('fr-29', SOL, 'Des milliers de femmes célibataires près de chez vous cherchent un plan ce soir. '
                         'Inscription gratuite !'),
    family('fr-30', SOL, 'Salut beau gosse, je suis Inès, 25 ans, je reçois dans mon appart à Lyon, discrète et '
                         'câline. Envoie un message pour les tarifs.'),
    family('fr-31', SOL, "Envie d'une rencontre coquine ce soir ? Des femmes mariées de ta région t'attendent, "
                         'inscription 100% gratuite.'),
    family('fr-32', NONE, "Merci de me rendre les clés de l'appartement avant samedi. Bonne journée, Marc"),
    family('fr-33', NONE, 'Tu me dois toujours 20 euros pour le resto, rembourse-moi quand tu peux bisous'),
    family('fr-34', NONE, 'Un homme a été condamné à trois ans de prison pour avoir menacé de diffuser des photos '
                          'intimes de son ex-compagne.'),
    family('fr-35', NONE, 'Madame, votre facture n° 2231 de 89 € reste impayée. Merci de régler avant le 10 pour '
                          'éviter une majoration. Service client.'),
    family('fr-36', NONE, "Aidez-moi svp, un mec me menace d'envoyer mes photos à mes parents si je paie pas 200 "
                          'euros. Je fais quoi ?'),
    family('fr-37', NONE, 'mdr je vais te tuer si tu manges encore mes chips 😂'),
    family('fr-38', NONE, 'Rappel : le loyer de mai (720 €) est à verser avant le 5. Merci, M. Durand'),
    family('fr-39', NONE, 'Ton colis sera remis à ton voisin si tu es absent. Merci de régler les frais de 2 euros.'),
    family('fr-40', NONE, 'Papa : si tu ranges pas ta chambre ce soir, pas de console demain.'),
    family('fr-41', NONE, "Les pirates menaçaient de publier les données des patients si l'hôpital ne payait pas "
                          'une rançon, selon la police.'),
    family('fr-42', NONE, 'Le notaire vous remettra les clés de la maison vendredi. Merci de régler les frais de '
                          "350 euros d'ici là."),
    family('fr-43', NONE, 'Tu me dois 10 balles pour le kebab frérot, rembourse quand tu peux 😂'),
    family('fr-44', NONE, 'Les photos du mariage seront envoyées à toute la famille ce soir ! Participation de 15 '
                          "euros pour l'album.",
                          xfail=CELEBRATION),
    family('fr-45', NONE, 'Votre compte a été piraté ? Voici comment le récupérer : changez votre mot de passe et '
                          'activez la double authentification.'),
    family('fr-46', NONE, 'Ma fille, ramène la voiture avant minuit sinon pas de sortie samedi. Bisous, maman'),
    family('fr-47', NONE, 'Nous surveillons votre maison pendant vos vacances : service de gardiennage à 30 euros '
                          'par semaine.'),
    family('fr-48', NONE, 'Un escroc a menacé de publier les photos de la victime si elle ne lui versait pas 2000 '
                          'euros, a indiqué le parquet.'),
    family('fr-49', NONE, "Je reçois chez moi samedi pour l'anniversaire de Léa, ramène une bouteille ! "
                          'Participation 10 euros.'),
]


@pytest.mark.parametrize("expected, text", FAMILIES)
def test_family(expected, text):
    assert analyze(text).verdict == expected
