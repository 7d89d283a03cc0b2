"""Messages the browser tests open: unmistakable ones, so the tests check the extension, not the
detector's judgement on borderline cases."""

SEXTORTION = {
    "en": (
        "Your video",
        "I recorded you through your webcam while you watched porn. Pay 500 euros in bitcoin within 48 hours "
        "or I send the video to all your contacts and your family.",
    ),
    "fr": (
        "Ta vidéo",
        "Je t'ai filmé avec ta webcam pendant que tu regardais des vidéos porno. Paie 500 euros en bitcoin "
        "dans les 48 heures, sinon j'envoie la vidéo à tous tes contacts et à ta famille.",
    ),
    "ar": (
        "الفيديو ديالك",
        "لقد سجلتك عبر كاميرا الويب وأنت تشاهد مقاطع إباحية. ادفع 500 يورو بالبيتكوين خلال 48 ساعة "
        "وإلا سأرسل الفيديو إلى جميع جهات اتصالك وعائلتك.",
    ),
}

BENIGN = (
    "Thursday lunch",
    "Hi Sam, the team lunch moves to Thursday at noon. Bring the slides for the quarterly review, "
    "and tell me if you need a lift from the station.",
)

SENDER = "anonymous.sender@example.net"
