"""Quotes and their speakers, on sentences written for these tests."""

from __future__ import annotations

from ghatna.quotes import QuoteCandidate, attribute, find_quotes
from ghatna.segment import segment


def _quotes(text: str) -> list[tuple[bool, str | None, str]]:
    found = find_quotes(text, segment(text))
    return [(q.direct, text[q.speaker[0]:q.speaker[1]] if q.speaker else None, text[q.start:q.end]) for q in found]


def test_direct_quote_after_speech_verb() -> None:
    text = "मुख्यमंत्री ने कहा, “बाढ़ पीड़ितों को हर संभव मदद दी जाएगी।”"
    assert _quotes(text) == [(True, "मुख्यमंत्री", "बाढ़ पीड़ितों को हर संभव मदद दी जाएगी")]


def test_direct_quote_before_pronoun_speaker() -> None:
    text = "“हम किसी भी दबाव के आगे नहीं झुकेंगे,” उन्होंने पत्रकारों से कहा।"
    assert _quotes(text) == [(True, "उन्होंने", "हम किसी भी दबाव के आगे नहीं झुकेंगे")]


def test_reported_speech_with_ki() -> None:
    text = "रक्षा मंत्रालय के प्रवक्ता सुनील वर्मा ने बताया कि सीमा पर स्थिति पूरी तरह नियंत्रण में है।"
    assert _quotes(text) == [(False, "रक्षा मंत्रालय के प्रवक्ता सुनील वर्मा", "सीमा पर स्थिति पूरी तरह नियंत्रण में है")]


def test_genitive_and_according_to() -> None:
    assert _quotes("विशेषज्ञों का कहना है कि महंगाई अगले साल कम होगी।") == [
        (False, "विशेषज्ञों", "महंगाई अगले साल कम होगी")
    ]
    assert _quotes("पुलिस के मुताबिक, हादसे में तीन लोग घायल हुए हैं।") == [
        (False, "पुलिस", "हादसे में तीन लोग घायल हुए हैं")
    ]


def test_two_clauses_share_the_speaker() -> None:
    text = "मंत्री ने कहा कि बातचीत सफल रही और उम्मीद जताई कि समझौता जल्द होगा।"
    assert _quotes(text) == [
        (False, "मंत्री", "बातचीत सफल रही"),
        (False, "मंत्री", "समझौता जल्द होगा"),
    ]


def test_scare_quotes_are_not_quotes_but_fragments_in_speech_are() -> None:
    assert _quotes("इस फ़ैसले को 'ऐतिहासिक' बताया जा रहा है।") == []
    text = "नेता ने कहा कि सरकार “जनता के साथ धोखा” कर रही है।"
    assert _quotes(text) == [
        (False, "नेता", "सरकार “जनता के साथ धोखा” कर रही है"),
        (True, "नेता", "जनता के साथ धोखा"),
    ]


def test_quote_continuing_in_the_next_paragraph() -> None:
    text = "राज्यपाल ने कहा, “चुनाव समय पर होंगे।”\n“सभी दलों को इसके लिए तैयार रहना चाहिए।”"
    assert [q[2] for q in _quotes(text)] == ["चुनाव समय पर होंगे", "सभी दलों को इसके लिए तैयार रहना चाहिए"]


def test_attribution_to_entities_and_pronouns() -> None:
    text = "गृह मंत्री अमित राय ने रविवार को कहा कि जांच जारी है। उन्होंने कहा कि दोषियों को सज़ा मिलेगी।"
    mentions = [(text.index("अमित राय"), text.index("अमित राय") + 8, "e1", "PERSON")]
    quotes = attribute(find_quotes(text, segment(text)), text, mentions)
    assert [(q.speaker, q.text, q.cue.text) for q in quotes] == [
        ("e1", "जांच जारी है", "कहा"),
        ("e1", "दोषियों को सज़ा मिलेगी", "कहा"),
    ]


def test_unattributable_quote_is_dropped() -> None:
    cand = QuoteCandidate(0, 5, True, None, (0, 3), False)
    assert attribute([cand], "कोई नहीं", []) == []


def test_coordinated_speakers_each_get_the_quote() -> None:
    text = "जापान और दक्षिण कोरिया ने कहा कि क्षेत्र में शांति ज़रूरी है।"
    mentions = [(0, 5, "jp", "GPE"), (9, 22, "kr", "GPE")]
    quotes = attribute(find_quotes(text, segment(text)), text, mentions)
    assert [q.speaker for q in quotes] == ["jp", "kr"]


def test_unnamed_speaker_is_not_the_state_that_modifies_it() -> None:
    text = "भारत के जर्मन राजदूत ने कहा कि व्यापार बढ़ेगा।"
    mentions = [(0, 4, "in", "GPE"), (8, 13, "de", "GPE")]
    assert attribute(find_quotes(text, segment(text)), text, mentions) == []
    text = "चीनी और अमेरिकी विशेषज्ञों का कहना है कि व्यापार घटेगा।"
    mentions = [(0, 4, "cn", "GPE"), (8, 15, "us", "GPE")]
    assert attribute(find_quotes(text, segment(text)), text, mentions) == []


def test_imperfective_speech_verb_after_the_speaker() -> None:
    text = "विशेषज्ञ सुधा राव कहती हैं, “बाज़ार में मांग अभी कमज़ोर बनी रहेगी।”"
    assert _quotes(text) == [(True, "विशेषज्ञ सुधा राव", "बाज़ार में मांग अभी कमज़ोर बनी रहेगी")]


def test_two_apostrophes_and_single_curly_marks_are_quotation_marks() -> None:
    from ghatna import Extractor

    extractor = Extractor()
    for text in ("विलियम रूटो ने कहा, ''हम शांति वार्ता के लिए पूरी तरह तैयार हैं।''",
                 "विलियम रूटो ने कहा, ‘हम शांति वार्ता के लिए पूरी तरह तैयार हैं।’"):
        quotes = extractor.extract(text).quotes
        assert [q.text for q in quotes if q.direct] == ["हम शांति वार्ता के लिए पूरी तरह तैयार हैं"]


def test_a_sentence_opening_with_its_speech_verb_keeps_the_previous_subject() -> None:
    from ghatna import Extractor

    text = ("राष्ट्रपति विलियम रूटो ने बुधवार को कैदियों को रिहा करने की पेशकश की थी। "
            "लेकिन साथ ही कहा था कि बातचीत के बाद उन्हें वापस जेल लौटना होगा।")
    article = Extractor().extract(text)
    names = {e.id: e.name_en for e in article.entities}
    assert [(names[q.speaker], q.text) for q in article.quotes] == [
        ("William Ruto", "बातचीत के बाद उन्हें वापस जेल लौटना होगा")
    ]


def test_a_source_reporting_another_speaker_is_not_the_speaker() -> None:
    from ghatna import Extractor

    article = Extractor().extract("राष्ट्रपति ओबामा के हवाले से व्हाइट हाउस ने कहा कि अमरीका अपने कार्यक्रम जारी रखेगा।")
    names = {e.id: e.name for e in article.entities}
    assert [(names[q.speaker], q.text) for q in article.quotes] == [("व्हाइट हाउस", "अमरीका अपने कार्यक्रम जारी रखेगा")]


def test_state_organs_speak_as_entities_of_their_own() -> None:
    from ghatna import Extractor

    text = ("पाकिस्तान की सेना ने कहा कि सीमा पर गोलीबारी हुई। लखनऊ की पुलिस ने बताया कि दो लोग गिरफ्तार हुए। "
            "पुलिस ने कहा कि जांच जारी है। अधिकारियों ने बताया कि दो लोग घायल हुए।")
    article = Extractor().extract(text)
    by_id = {e.id: e for e in article.entities}
    spoken = [(by_id[q.speaker].name, by_id[q.speaker].actor) for q in article.quotes]
    assert spoken == [("पाकिस्तान की सेना", "PAKMIL"), ("लखनऊ की पुलिस", "INDCOP"), ("पुलिस", "PAKCOP")]


def test_a_quote_opened_by_plain_marks_may_close_with_a_curly_one() -> None:
    text = ("प्रवक्ता ने कहा, ''गश्ती दल पर अचानक गोलीबारी हुई और दो जवान घायल हो गए.” "
            "इलाके में तलाशी जारी है. सरकार ने कहा कि दोषियों को बख्शा नहीं जाएगा।")
    assert _quotes(text) == [
        (True, "प्रवक्ता", "गश्ती दल पर अचानक गोलीबारी हुई और दो जवान घायल हो गए"),
        (False, "सरकार", "दोषियों को बख्शा नहीं जाएगा"),
    ]


def test_a_claim_or_an_allegation_with_its_genitive_is_reported_speech() -> None:
    text = "पुलिस का दावा है कि हमलावर जंगल की ओर भाग गए।"
    assert _quotes(text) == [(False, "पुलिस", "हमलावर जंगल की ओर भाग गए")]


def test_an_organization_speaks_through_its_spokesperson() -> None:
    from ghatna import Extractor

    article = Extractor().extract("हमास के एक प्रवक्ता ने कहा कि संघर्ष विराम जल्द होगा। उनका कहना है कि बातचीत जारी है।")
    names = {e.id: e.name_en for e in article.entities}
    assert [(names[q.speaker], q.text) for q in article.quotes] == [
        ("Hamas", "संघर्ष विराम जल्द होगा"), ("Hamas", "बातचीत जारी है")]


def test_a_relative_or_a_lawyer_speaks_for_themselves() -> None:
    from ghatna import Extractor

    article = Extractor().extract("विलियम रूटो के पिता ने कहा कि उनका बेटा निर्दोष है।")
    assert not article.quotes  # the father is unnamed: the quote is not Ruto's


def test_a_source_before_a_speaker_of_their_own_only_reports_them() -> None:
    text = "रॉयटर्स के अनुसार ओकोन्क्वो बालेवा ने कहा, “हम अगले महीने चुनाव लड़ेंगे।”"
    assert _quotes(text) == [(True, "ओकोन्क्वो बालेवा", "हम अगले महीने चुनाव लड़ेंगे")]


def test_a_news_agency_cited_as_the_source_is_no_speaker() -> None:
    from ghatna import Extractor

    article = Extractor().extract("पीटीआई के मुताबिक़ इस नई पार्टी की स्थापना पिछले महीने हुई। एएफ़पी ने कहा कि हमले में दो लोग मरे।")
    names = {e.id: e.name_en for e in article.entities}
    assert [(names[q.speaker], q.text) for q in article.quotes] == [("Agence France-Presse", "हमले में दो लोग मरे")]



def test_a_pronoun_after_a_quote_is_not_someone_the_quote_named() -> None:
    from ghatna import Extractor

    text = ('विलियम रूटो ने कहा, "यह कानून हमने दिया है. कांग्रेस पार्टी ने ख़ुद यह पहल की." '
            'उन्होंने कहा, "आज अदालतें कानून बना रही हैं और संसद चुप है."')
    article = Extractor().extract(text)
    names = {e.id: e.name_en for e in article.entities}
    assert [names[q.speaker] for q in article.quotes] == ["William Ruto", "William Ruto"]


def test_according_to_a_pronoun_and_the_misspelt_ergative() -> None:
    text = "विलियम रूटो कहते हैं कि चुनाव समय पर होंगे। उनके अनुसार विपक्ष को डरने की ज़रूरत नहीं है।"
    assert _quotes(text)[-1] == (False, "उनके", "विपक्ष को डरने की ज़रूरत नहीं है")
    text = "जिला अधिकारी ओकोन्क्वो बालेवा नें बताया कि जांच शुरू हो गई है।"
    assert _quotes(text) == [(False, "जिला अधिकारी ओकोन्क्वो बालेवा", "जांच शुरू हो गई है")]
