"""Who a pronoun refers to (ghatna.salience), on sentences written for these tests."""

from __future__ import annotations

from ghatna.salience import antecedent


def _mentions(text: str, names: dict[str, str]) -> list[tuple[int, int, str, str]]:
    return sorted((text.index(n), text.index(n) + len(n), key, "PERSON") for n, key in names.items())


def test_the_subject_of_the_latest_sentence_naming_a_person() -> None:
    text = "सुरेश यादव ने राकेश वर्मा से मुलाकात की। उन्होंने कहा कि बातचीत अच्छी रही।"
    mentions = _mentions(text, {"सुरेश यादव": "sy", "राकेश वर्मा": "rv"})
    assert antecedent(text, mentions, text.index("उन्होंने"), None) == "sy"


def test_a_sentence_naming_a_person_only_as_a_possessor_is_passed_over() -> None:
    text = ("वकील राकेश वर्मा ने अदालत के बाहर पत्रकारों से बात की। उनके हाथ की फ़ाइल पर सुरेश यादव की तस्वीर "
            "थी। उन्होंने कहा कि फैसला गलत है।")
    mentions = _mentions(text, {"राकेश वर्मा": "rv", "सुरेश यादव": "sy"})
    assert antecedent(text, mentions, text.index("उन्होंने"), None) == "rv"


def test_the_possessor_of_an_event_or_a_speech_is_its_agent() -> None:
    text = ("राकेश वर्मा ने कल भाषण दिया। यह चुनाव के बाद सुरेश यादव की राकेश वर्मा से दूसरी मुलाकात थी। "
            "उन्होंने कहा कि बातचीत अच्छी रही।")
    mentions = sorted(_mentions(text, {"सुरेश यादव": "sy"}) + [
        (m, m + 11, "rv", "PERSON") for m in (text.index("राकेश वर्मा"), text.rindex("राकेश वर्मा"))])
    assert antecedent(text, mentions, text.index("उन्होंने"), None) == "sy"
