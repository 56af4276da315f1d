"""Boilerplate removal on Hindi news text written for these tests."""

from __future__ import annotations

from ghatna.clean import clean

STORY = "सरकार ने मंगलवार को नई शिक्षा नीति की घोषणा की।"
STORY2 = "मंत्री ने कहा कि इससे लाखों छात्रों को लाभ होगा।"


def _cleaned(*lines: str):
    return clean("\n".join(lines))


def test_related_links_with_and_without_colon() -> None:
    for cue in ("और पढ़ें: ", "ये भी पढ़ें: ", "इसे भी पढ़ें - ", "यह भी पढ़ें ", "Read more: ", "और पढें: "):
        result = _cleaned(STORY, cue + "राजधानी में बारिश से जनजीवन अस्त-व्यस्त", STORY2)
        assert result.text == f"{STORY}\n{STORY2}", cue
        assert [r.reason for r in result.removed] == ["related-link"]


def test_related_heading_takes_its_list() -> None:
    result = _cleaned(
        STORY, "ये भी पढ़ें", "किसानों का आंदोलन तीसरे दिन भी जारी", "चुनाव आयोग ने तारीखों का एलान किया", STORY2
    )
    assert result.text == f"{STORY}\n{STORY2}"
    assert len(result.removed) == 3


def test_story_sentence_that_mentions_reading_is_kept() -> None:
    line = "छात्रों से कहा गया कि और पढ़ें और आगे बढ़ें।"
    assert _cleaned(STORY, line).text == f"{STORY}\n{line}"


def test_captions_share_bars_copyright_and_footer() -> None:
    result = _cleaned(
        STORY,
        "इमेज स्रोत, Getty Images",
        "इमेज कैप्शन, संसद भवन के बाहर सुरक्षा कड़ी की गई",
        "शेयर करें",
        STORY2,
        "(ताज़ा ख़बरों के लिए हमारा ऐप डाउनलोड करें. आप हमें फ़ेसबुक और ट्विटर पर फ़ॉलो भी कर सकते हैं.)",
        "© 2026 समाचार सेवा. सर्वाधिकार सुरक्षित.",
    )
    assert result.text == f"{STORY}\n{STORY2}"
    assert [r.reason for r in result.removed] == ["caption", "caption", "share-bar", "footer", "copyright"]


def test_footer_broken_over_lines_inside_a_story_line() -> None:
    text = f"{STORY}(बीबीसी हिन्दी के \n\nएंड्रॉएड ऐप के लिए आप \n\nयहां क्लिक कर सकते हैं.)"
    result = clean(text)
    assert result.text == STORY
    assert result.removed[0].reason == "footer"


def test_byline_and_dateline_are_kept_as_metadata() -> None:
    result = _cleaned("लेखक: सुनीता शर्मा", "पटना, 3 मई (भाषा)। " + STORY, STORY2)
    assert result.text == f"{STORY}\n{STORY2}"
    assert result.kept["byline"] == "लेखक: सुनीता शर्मा"
    assert result.kept["dateline"] == "पटना, 3 मई (भाषा)"


def test_navigation_menu_at_top() -> None:
    result = _cleaned("होम", "देश", "विदेश", "खेल", "सरकार ने नई शिक्षा नीति की घोषणा की", STORY, STORY2)
    assert result.text.startswith("सरकार ने नई शिक्षा नीति की घोषणा की\n")
    assert {r.reason for r in result.removed} == {"navigation"}


def test_teaser_headline_with_ellipsis_mid_article() -> None:
    result = _cleaned(STORY, "एक फ़ैसला... और बदल गई पूरी तस्वीर", STORY2)
    assert result.text == f"{STORY}\n{STORY2}"
    assert result.removed[0].reason == "teaser"


def test_removed_spans_point_into_the_input() -> None:
    source = f"{STORY}\r\nऔर पढ़ें: कुछ और\r\n{STORY2}"
    result = clean(source)
    (cut,) = result.removed
    assert source[cut.start:cut.end] == cut.text
    assert cut.text.startswith("और पढ़ें")
