"""English behaviour: positives of every verdict beside the hard negatives they resemble."""

from __future__ import annotations

import pytest

from detector import analyze

CASES = [
    # sextortion
    ("sextortion", "I hacked your laptop and recorded you with your webcam while you watched adult videos. "
                   "Send $900 in Bitcoin within 48 hours or the clip goes to every contact you have."),
    ("sextortion", "u remember the pics u sent me? send 300 on cash app tonight or ur parents get them all"),
    ("sextortion", "I still have our video call recording. If you block me, your husband will see it. "
                   "Transfer 2,000 dirhams to this RIB before Friday."),
    ("sextortion", "Send me more nude photos tonight or I post the ones I have in your class group."),
    ("sextortion", "Y0ur p4ssw0rd is sunshine99. I rec0rded y0u on w3bcam. P4y 0.05 BTC or your family sees it."),
    ("sextortion", "I made a double-screen video: on one side the clip you were watching, on the other the "
                   "recording of your web camera. Send 1450 USD in bitcoin, otherwise I will send the video "
                   "to all your contacts."),
    ("sextortion", "PEGASUS. I have full control over your phone and I saw your intimate chats. Transfer 0.05 "
                   "bitcoin. If I do not receive the payment, all your friends will get your photos."),
    ("sextortion", "Remember me? I kept the screenshots of our little video chat. Unless 300 bucks lands in my "
                   "PayPal by Sunday, your mom gets a copy."),
    ("sextortion", "I know what you did on that website last night. The camera was on. 1000 USD in BTC and the "
                   "footage is deleted, otherwise your coworkers will enjoy it."),
    ("sextortion", "hey cutie, I screen recorded our facetime. you have 24 hours to send 200 via cash app or it goes "
                   "on your instagram story and to your followers"),
    # extortion
    ("extortion", "I know about your affair. Your wife will find out unless you wire me 2000 euros."),
    ("extortion", "We copied your customer database. Pay 5 BTC within 72 hours or we publish everything "
                  "and inform the regulator."),
    ("extortion", "I have screenshots of your messages about your boss. 1500 dh by tomorrow or he reads them."),
    ("extortion", "Your Instagram account is mine now. Send 4 Google Play gift cards if you want it back, "
                  "otherwise I post your private messages to all your followers."),
    ("extortion", "Pay 3,000 euros a month to keep your shop safe. Accidents happen to those who refuse."),
    # intimidation
    ("intimidation", "Take that video down right now. We know which school your son goes to."),
    ("intimidation", "Resign from the council by Friday or your family will pay the price."),
    ("intimidation", "Withdraw your complaint before Monday or you will regret it. I know where you live."),
    ("intimidation", "Delete the review you posted about my garage tonight. I have your address. Last warning."),
    ("intimidation", "Keep away from my cousin. If I catch you at her door again, you will not be able to walk home."),
    ("intimidation", "Don't testify on Thursday. Something bad could happen to your kids on their way to school."),
    # sexual solicitation
    ("sexual_solicitation", "Hot girls in your area want to meet tonight! Discreet encounters, text GIRLS to 69911."),
    ("sexual_solicitation", "Escort available in Marrakech, incall and outcall, rates on request."),
    ("sexual_solicitation", "Private webcam show with me, 20 minutes for 25 euros, pay with a Neosurf code."),
    ("sexual_solicitation", "Lonely? Our naughty girls are waiting for your call: ring 0909 111 2222, only 60p/min, "
                            "text HOT to 69911."),
    ("sexual_solicitation", "FREE hardcore movies! Click here to join our members area, sluts and milfs live on cam."),
    # hard negatives
    ("none", "Sextortion alert: if you receive an e-mail claiming someone recorded you through your webcam "
             "and demanding bitcoin, do not pay. Report it to the police on e-Blagh."),
    ("none", "Police arrested a gang that threatened victims to publish intimate videos unless they paid."),
    ("none", "Someone says he will send my photos to my family if I don't pay him 200 euros. What should I do?"),
    ("none", "Reminder: invoice number 2291 for 450 MAD is overdue. Please pay by Friday, otherwise late fees "
             "apply. Kind regards, Accounts department"),
    ("none", "Security alert: someone signed in to your account from Firefox on Linux. Not you? Change your password."),
    ("none", "haha if you don't bring the pizza I'm posting your karaoke video in the family group 😂"),
    ("none", "Your photographer here: your private gallery is ready, the password is wedding2026, "
             "it expires in 30 days."),
    ("none", "My antivirus detects webcam hacking and malware that records your screen. Only $29.99 a year."),
    ("none", "You are an idiot and everyone at school knows it."),
    ("none", "Can you send me the photos from the party? My mum wants to see them."),
    ("none", "Your transfer of 500 euros by Western Union has been received. Reference 88213."),
    ("none", "Your Netflix account is on hold. Update your payment details within 24 hours to keep watching."),
    ("none", "Send the video of the wedding to the whole family group please, everyone wants to see it!"),
    ("none", "The movie is about a man who is blackmailed with photos of his affair and has to pay the criminals."),
    ("none", "Sorry I missed your call! The kids were naughty all day. Call me back on 0612 345 678 tonight."),
    ("none", "The documentary on the porn industry airs tonight at 9. Click here to add it to your calendar."),
    ("none", ""),
]


@pytest.mark.parametrize("expected, text", CASES, ids=[f"{i:02d}-{c[0]}" for i, c in enumerate(CASES)])
def test_english_verdicts(expected, text):
    assert analyze(text).verdict == expected
