"""Messages and assertions shared by the server tests."""

from __future__ import annotations

# Unmistakable sextortion: every part of the pattern (lever, payment, deadline, threat to disclose).
WEBCAM_THREAT = ("I recorded you through your webcam. Pay 500 euros in bitcoin within 48 hours or I send the video "
                 "to all your contacts and your family.")
BENIGN = "Hi Salma, the meeting moves to Thursday at 10. Bring the budget slides please."
CHROME_EXTENSION = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
FIREFOX_EXTENSION = "moz-extension://0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d"


def assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    body = response.get_json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return body["error"]
