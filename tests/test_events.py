"""Event coding by construction class, on sentences written for these tests (actors from the KB)."""

from __future__ import annotations

import pytest

from ghatna import Extractor
from ghatna.schema import PLOVER_TYPES


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _events(extractor: Extractor, text: str, published: str = "2026-03-04") -> list[tuple]:
    article = extractor.extract(text, published=published)
    names = {e.id: e.name_en for e in article.entities}
    return [  # PLOVER events only: incidents (FLOODS, RIOTS …) are tests/test_incidents.py's
        (ev.type, names.get(ev.source or ""), names.get(ev.target or ""), ev.negated, ev.modality)
        for ev in article.events
        if ev.type in PLOVER_TYPES
    ]


def test_ergative_ne_with_light_verb(extractor: Extractor) -> None:
    assert _events(extractor, "चीन ने जापान की कड़ी आलोचना की।") == [("ACCUSE", "China", "Japan", False, "asserted")]


def test_target_marked_by_se_and_par(extractor: Extractor) -> None:
    assert _events(extractor, "नेपाल ने भारत से मदद की अपील की।")[0][:3] == ("REQUEST", "Nepal", "India")
    assert _events(extractor, "अमेरिका ने ईरान पर नए प्रतिबंध लगाए।")[0][:3] == ("SANCTION", "United States", "Iran")


def test_passive_agent_dvara(extractor: Extractor) -> None:
    assert _events(extractor, "रूस द्वारा यूक्रेन पर हमला किया गया।")[0][:3] == ("ASSAULT", "Russia", "Ukraine")


def test_participial_clause(extractor: Extractor) -> None:
    found = _events(extractor, "तुर्की ने सीरिया की प्रशंसा करते हुए कहा कि हालात सुधर रहे हैं।")
    assert found[0][:3] == ("SUPPORT", "Turkey", "Syria")


def test_negation(extractor: Extractor) -> None:
    assert _events(extractor, "जर्मनी ने पोलैंड की आलोचना नहीं की।") == [("ACCUSE", "Germany", "Poland", True, "asserted")]


def test_negation_inside_the_predicate_is_its_meaning(extractor: Extractor) -> None:
    ((kind, *_rest, negated, _),) = _events(extractor, "इसराइल ने हमास के साथ बातचीत नहीं की।")
    assert kind == "REJECT" and not negated


def test_future_and_intent(extractor: Extractor) -> None:
    assert _events(extractor, "ब्रिटेन अगले महीने भारत से मुलाकात करेगा।")[0][::4] == ("CONSULT", "intended")
    found = _events(extractor, "ईरान ने सऊदी अरब से बातचीत करने की इच्छा जताई।")
    assert ("CONSULT", "Iran", "Saudi Arabia", False, "intended") in found


def test_embedded_infinitive_is_not_an_event(extractor: Extractor) -> None:
    found = _events(extractor, "भारत ने पाकिस्तान पर सीमा पार से हमला करने का आरोप लगाया।")
    assert [f[:3] for f in found] == [("ACCUSE", "India", "Pakistan")]


def test_coordinated_targets(extractor: Extractor) -> None:
    found = _events(extractor, "सीरिया ने अमेरिका, फ्रांस और तुर्की से सेना हटाने की मांग की।")
    assert {f[2] for f in found if f[0] == "REQUEST"} == {"United States", "France", "Turkey"}


def test_genitive_ki_is_not_the_verb(extractor: Extractor) -> None:
    assert _events(extractor, "मिस्र में हिंसा की घटनाएं बढ़ी हैं।") == []


def test_institution_acts_for_its_country(extractor: Extractor) -> None:
    # a KB record of the army, or else the country through its army
    ((kind, source, target, *_),) = _events(extractor, "पाकिस्तानी सेना ने अफ़ग़ानिस्तान पर हवाई हमला किया।")
    assert (kind, target) == ("ASSAULT", "Afghanistan") and source.startswith("Pakistan")
    found = _events(extractor, "बर्मा की सरकार ने थाईलैंड पर प्रतिबंध लगाए।")
    assert found[0][:3] == ("SANCTION", "Myanmar", "Thailand")


def test_one_event_stated_twice_is_one(extractor: Extractor) -> None:
    text = "क्यूबा ने वेनेज़ुएला की प्रशंसा की। बाद में क्यूबा ने फिर वेनेज़ुएला की प्रशंसा की।"
    assert len(_events(extractor, text)) == 1


def test_relative_date_attaches(extractor: Extractor) -> None:
    article = extractor.extract("मंगलवार को भारत ने बांग्लादेश से मुलाकात की।", published="2026-03-05")
    (event,) = [e for e in article.events if e.type in PLOVER_TYPES]
    assert event.date == "2026-03-03" and event.gist_en.endswith("on 2026-03-03")


def test_saying_with_a_purpose_clause_is_a_request(extractor: Extractor) -> None:
    assert _events(extractor, "भारत ने नेपाल से सीमा खोलने के लिए कहा।")[0][:3] == ("REQUEST", "India", "Nepal")
    assert _events(extractor, "चीन ने जापान को सेना हटाने को कहा।")[0][:3] == ("REQUEST", "China", "Japan")


def test_coordinated_sources_with_a_title_between(extractor: Extractor) -> None:
    found = _events(extractor, "फ्रांस और जर्मन चांसलर फ्रेडरिक मर्त्ज़ ने रूस की आलोचना की।")
    assert {(f[0], f[2]) for f in found} == {("ACCUSE", "Russia")} and len(found) == 2


def test_owner_of_an_intention_is_the_source(extractor: Extractor) -> None:
    article = extractor.extract("रूसी सैनिकों का उद्देश्य यूक्रेन की सेना को तबाह करना है।")
    (event,) = [e for e in article.events if e.type in PLOVER_TYPES]
    assert (event.type, event.modality) == ("ASSAULT", "intended") and event.gist_en.endswith("(intended)")


def test_an_alleged_attack_is_no_incident_and_one_attack_is_one_event(extractor: Extractor) -> None:
    alleged = extractor.extract("भारत ने पाकिस्तान पर सीमा पार से हमला करने का आरोप लगाया।")
    assert [e.type for e in alleged.events] == ["ACCUSE"]
    attack = extractor.extract("पाकिस्तानी सेना ने अफ़ग़ानिस्तान पर हवाई हमला किया।")
    assert [e.type for e in attack.events].count("ASSAULT") == 1


def test_unnamed_group_as_target_and_source(extractor: Extractor) -> None:
    text = "माली के राष्ट्रपति ने विद्रोहियों से हथियार डालने की अपील की। बाद में विद्रोहियों ने सेना पर हमला किया।"
    found = _events(extractor, text)
    assert ("REQUEST", None, "rebels") in [f[:3] for f in found] or any(
        f[0] == "REQUEST" and f[2] == "rebels" for f in found)
    assert any(f[0] == "ASSAULT" and f[1] == "rebels" and f[2] == "Mali" for f in found)


def test_unnamed_group_without_a_role_is_not_listed(extractor: Extractor) -> None:
    article = extractor.extract("इलाके में विद्रोहियों की मौजूदगी की खबरें हैं, पर कोई घटना नहीं हुई।")
    assert all(not (e.kb_id or "").startswith("group:") for e in article.entities)


def test_bare_institution_acts_for_the_country_the_article_is_about(extractor: Extractor) -> None:
    text = "म्यांमार में हालात तनावपूर्ण हैं। फौज ने प्रदर्शनकारियों पर गोलीबारी की।"
    assert ("ASSAULT", "Myanmar", "protesters") in [f[:3] for f in _events(extractor, text)]


def test_on_behalf_of_is_an_agent_not_a_target(extractor: Extractor) -> None:
    text = "सरकार की ओर से मंत्री ओकोन्क्वो बालेवा ने भारत से मदद की अपील की।"
    assert [f[:3] for f in _events(extractor, text)] == [("REQUEST", "Okonkwo Baleva", "India")]


def test_relative_pronoun_agent_refers_to_the_phrase_before_it(extractor: Extractor) -> None:
    text = "संयुक्त राष्ट्र ने उन विद्रोहियों की निंदा की, जिन्होंने शरणार्थियों पर हमला किया।"
    assert ("ASSAULT", "rebels", "refugees") in [f[:3] for f in _events(extractor, text)]


def test_relative_pronoun_agent_with_no_actor_before_it_codes_nothing(extractor: Extractor) -> None:
    text = "कई निर्यातक किसान, जिन्होंने चीन पर हमला किया, नाराज़ हैं।"
    assert not [f for f in _events(extractor, text) if f[0] == "ASSAULT"]


def test_relative_pronoun_object_refers_to_the_phrase_before_it(extractor: Extractor) -> None:
    text = "हमले में मारे गए लोग शरणार्थी थे जिन्हें विद्रोहियों ने निशाना बनाया।"
    assert ("ASSAULT", "rebels", "refugees") in [f[:3] for f in _events(extractor, text)]


def test_between_a_and_b_gives_both_parties(extractor: Extractor) -> None:
    text = "पिछले महीने भारत और नेपाल के बीच हुआ समझौता लागू हो गया।"
    assert [f[:3] for f in _events(extractor, text)] == [("AGREE", "India", "Nepal")]


def test_first_person_in_a_quote_is_its_speaker(extractor: Extractor) -> None:
    text = "केन्या के राष्ट्रपति विलियम रूटो ने कहा, ''हम विद्रोहियों से हथियार डालने की अपील करते हैं।''"
    assert ("REQUEST", "William Ruto", "rebels") in [f[:3] for f in _events(extractor, text)]


def test_participial_clause_takes_the_agent_after_it(extractor: Extractor) -> None:
    text = "चीन के साथ बैठक करते हुए भारत ने सीमा पर शांति की बात दोहराई।"
    assert ("CONSULT", "India", "China") in [f[:3] for f in _events(extractor, text)]


def test_talking_to_the_press_is_no_consultation(extractor: Extractor) -> None:
    text = "समाचार एजेंसी रॉयटर्स से बात करते हुए ईरान के विदेश मंत्री ने कहा कि बातचीत जारी रहेगी।"
    assert not [f for f in _events(extractor, text) if f[0] == "CONSULT"]


def test_subjunctive_and_ability_are_not_asserted(extractor: Extractor) -> None:
    found = _events(extractor, "तालिबान की मांग है कि गिरफ्तार लड़ाकों को रिहा किया जाए।")
    assert all(f[4] == "hypothetical" for f in found if f[0] == "CONCEDE")
    found = _events(extractor, "जानकारों के मुताबिक चीन इस बातचीत में रूस के साथ सहयोग कर सकता है।")
    assert all(f[4] == "hypothetical" for f in found)


def test_a_sentence_in_the_passive_is_handed_down_by_the_court(extractor: Extractor) -> None:
    text = ("पाकिस्तान की अदालत ने मामले की सुनवाई पूरी की। "
            "पूर्व मंत्री ओकोन्क्वो बालेवा को दस साल की सजा सुनाई गई है।")
    events = [f for f in _events(extractor, text) if f[0] == "COERCE"]
    assert events and events[0][1] == "Pakistan" and events[0][2] == "Okonkwo Baleva"


def test_protesters_described_as_opposing_someone_protest_against_them(extractor: Extractor) -> None:
    text = "राष्ट्रपति पुतिन का विरोध करने वाले हज़ारों प्रदर्शनकारियों ने बर्लिन में नारे लगाए।"
    assert ("PROTEST", "protesters", "Vladimir Putin") in [f[:3] for f in _events(extractor, text)]


def test_coordinated_possessed_targets(extractor: Extractor) -> None:
    text = "विपक्ष ने चीन की नीतियों और पाकिस्तान के फैसले की कड़ी निंदा की।"
    found = [f[:3] for f in _events(extractor, text)]
    assert ("ACCUSE", "opposition", "China") in found and ("ACCUSE", "opposition", "Pakistan") in found


def test_a_denial_and_a_demand_answer_the_accuser(extractor: Extractor) -> None:
    text = ("राष्ट्रपति विलियम रूटो ने विपक्षी नेता ओकोन्क्वो बालेवा पर तख्तापलट की साज़िश का आरोप लगाया। "
            "बालेवा ने इन आरोपों से इनकार किया और अपने साथियों को रिहा करने की मांग की।")
    found = [f[:3] for f in _events(extractor, text)]
    assert ("REJECT", "Okonkwo Baleva", "William Ruto") in found
    assert ("REQUEST", "Okonkwo Baleva", "William Ruto") in found


def test_a_refusal_with_nobody_to_answer_is_not_coded(extractor: Extractor) -> None:
    assert not _events(extractor, "ओकोन्क्वो बालेवा ने इस प्रस्ताव से इनकार किया।")


def test_a_denial_of_accusations_is_coded_though_the_accuser_is_unnamed(extractor: Extractor) -> None:
    found = _events(extractor, "ओकोन्क्वो बालेवा ने इन आरोपों से इनकार किया।")
    assert [f[:3] for f in found] == [("REJECT", "Okonkwo Baleva", None)]


def test_leaders_of_two_countries_meet_each_other(extractor: Extractor) -> None:
    text = "शनिवार को भारत और जापान के नेता टोक्यो में मिले।"
    assert [f[:3] for f in _events(extractor, text)] == [("CONSULT", "India", "Japan")]


def test_with_a_dative_milna_is_to_get_not_to_meet(extractor: Extractor) -> None:
    assert not _events(extractor, "भारत को इस फैसले से जापान से बड़ी मदद मिली।")


def test_a_relative_clause_subject_before_jis(extractor: Extractor) -> None:
    text = "भारत ने पाकिस्तान पर घुसपैठ का आरोप लगाया, पाकिस्तान जिस आरोप को खारिज करता है।"
    assert ("REJECT", "Pakistan", "India") in [f[:3] for f in _events(extractor, text)]


def test_an_inquiry_led_by_x_is_x_s(extractor: Extractor) -> None:
    text = "म्यांमार ने संयुक्त राष्ट्र के नेतृत्व में जांच को खारिज कर दिया है।"
    assert [f[:3] for f in _events(extractor, text)] == [("REJECT", "Myanmar", "United Nations")]


def test_in_reported_speech_the_speaker_is_a_party_to_talks(extractor: Extractor) -> None:
    text = "तालिबान कमांडर ओकोन्क्वो बालेवा ने स्वीकार किया कि पाकिस्तान सरकार के साथ शांति वार्ता चल रही है।"
    found = [f[:3] for f in _events(extractor, text)]
    assert any(f[0] == "CONSULT" and f[1] == "Okonkwo Baleva" for f in found)


def test_in_reported_speech_them_is_the_speaker(extractor: Extractor) -> None:
    text = "म्यांमार में संघर्ष जारी है। विद्रोहियों का कहना है कि सेना ने उन्हें भी निशाना बनाया है।"
    assert [f[:3] for f in _events(extractor, text)] == [("ASSAULT", "Myanmar", "rebels")]


def test_a_government_with_a_modifier_acts_for_its_state(extractor: Extractor) -> None:
    text = "मिस्र की नई सरकार हमास पर हथियारों की तस्करी का आरोप लगाती है, लेकिन हमास इससे इनकार करता है।"
    found = [f[:3] for f in _events(extractor, text)]
    assert ("ACCUSE", "Egypt", "Hamas") in found and ("REJECT", "Hamas", "Egypt") in found


def test_wanting_that_another_act_is_a_request(extractor: Extractor) -> None:
    text = "अमेरिका चाहता है कि ईरान परमाणु कार्यक्रम पर बातचीत दोबारा शुरू करे।"
    assert ("REQUEST", "United States", "Iran") in [f[:3] for f in _events(extractor, text)]


def test_criticism_of_this_statement_targets_its_author(extractor: Extractor) -> None:
    text = ('विपक्ष ने इसकी कड़ी आलोचना की। मंत्री ओकोन्क्वो बालेवा ने कहा था, "किसानों को अब और मदद नहीं मिलेगी।" '
            'बालेवा ने यह भी कहा, "सरकार के पास पैसा नहीं है।"')
    assert ("ACCUSE", "opposition", "Okonkwo Baleva") in [f[:3] for f in _events(extractor, text)]


def test_a_curfew_falls_on_the_place(extractor: Extractor) -> None:
    text = "हिंसा के बाद मणिपुर में कर्फ्यू लगा दिया गया।"
    found = [f[:3] for f in _events(extractor, text) if f[0] == "COERCE"]
    assert found and found[0][2] == "Manipur"


def test_both_leaders_are_the_two_parties_of_the_latest_meeting(extractor: Extractor) -> None:
    text = "भारत ने टोक्यो में जापान से बातचीत की। दोनों देशों ने व्यापार बढ़ाने पर सहमति जताई।"
    assert ("AGREE", "India", "Japan") in [f[:3] for f in _events(extractor, text)]


def test_a_group_subject_is_the_referent_of_a_plural_pronoun(extractor: Extractor) -> None:
    text = "विपक्षी दलों ने बजट की आलोचना की। उन्होंने सरकार से इस्तीफ़े की मांग की। भारत में चुनाव अगले साल हैं।"
    assert any(f[0] == "REQUEST" and f[1] == "opposition" for f in _events(extractor, text))


def test_one_meeting_told_in_the_headline_and_the_body_is_one_event(extractor: Extractor) -> None:
    text = ("भारत और नेपाल ने सीमा व्यापार पर बातचीत की\n"
            "भारत ने मंगलवार (11 मार्च 2025) को काठमांडू में नेपाल से मुलाकात की।")
    article = extractor.extract(text)
    consults = [e for e in article.events if e.type == "CONSULT"]
    assert len(consults) == 1 and consults[0].date == "2025-03-11"  # the telling that says when


def test_a_state_named_as_an_adjective_owns_the_phrase(extractor: Extractor) -> None:
    text = "ईरान ने अमेरिकी प्रतिबंधों की कड़ी निंदा की।"
    assert [f[:3] for f in _events(extractor, text)] == [("ACCUSE", "Iran", "United States")]


def test_a_pronoun_target_is_the_person_in_focus(extractor: Extractor) -> None:
    text = ("अमेरिकी विदेश मंत्री माइक पोम्पियो जुलाई में प्योंगयांग गए थे। "
            "कुछ ही घंटों बाद उत्तर कोरिया ने उनकी कड़ी निंदा की।")
    assert ("ACCUSE", "North Korea", "Mike Pompeo") in [f[:3] for f in _events(extractor, text)]


def test_saying_to_someone_what_ought_to_be_done_is_a_request(extractor: Extractor) -> None:
    text = 'फ्रांस ने ईरान से कहा कि: "परमाणु निरीक्षकों को तुरंत पहुंच दी जानी चाहिए।"'
    assert ("REQUEST", "France", "Iran") in [f[:3] for f in _events(extractor, text)]


def test_in_reported_speech_he_and_they_are_the_speaker(extractor: Extractor) -> None:
    text = "राष्ट्रपति विलियम रूटो ने बताया कि वे इस जनमत संग्रह का बहिष्कार करेंगे।"
    assert any(f[0] == "PROTEST" and f[1] == "William Ruto" for f in _events(extractor, text))


def test_calling_someone_a_criminal_or_a_friend_is_accusation_or_praise(extractor: Extractor) -> None:
    found = [f[:3] for f in _events(extractor, "भारत ने हमले के लिए पाकिस्तान को जिम्मेदार बताया।")]
    assert ("ACCUSE", "India", "Pakistan") in found
    found = [f[:3] for f in _events(extractor, "ईरान ने इज़राइल को आतंकवादी देश करार दिया।")]
    assert ("ACCUSE", "Iran", "Israel") in found
    assert [f[:3] for f in _events(extractor, "रूस ने चीन को सच्चा दोस्त बताया।")] == [("SUPPORT", "Russia", "China")]


def test_condemning_an_attack_accuses_its_agent(extractor: Extractor) -> None:
    text = ("शनिवार को माओवादियों ने छत्तीसगढ़ में कांग्रेस के काफिले पर हमला किया। राज्य के मुख्यमंत्री ने "
            "कहा कि जांच होगी। सोनिया गांधी ने नेताओं पर हुए हमले की कड़े शब्दों में निंदा की।")
    found = [f[:3] for f in _events(extractor, text)]
    assert ("ACCUSE", "Sonia Gandhi", "Maoists") in found
    assert not any(f[0] == "ASSAULT" and f[1] == "Sonia Gandhi" for f in found)


def test_an_ergative_pronoun_refers_to_the_person_before_it(extractor: Extractor) -> None:
    text = ("सरकारी वकील उज्जवल निकम ने कहा कि वो फैसले को चुनौती देंगे। उन्होंने राकेश वर्मा को कथित तौर पर "
            "एक शातिर अपराधी बताया।")
    article = extractor.extract(text)
    names = {e.id: e.name for e in article.entities}
    assert ("ACCUSE", "उज्जवल निकम", "राकेश वर्मा") in [
        (e.type, names.get(e.source), names.get(e.target)) for e in article.events]


def test_this_organization_as_agent_is_the_latest_organization(extractor: Extractor) -> None:
    text = "हमास के प्रवक्ता ने बयान जारी किया। इस संगठन ने इज़राइल पर हमला किया।"
    assert ("ASSAULT", "Hamas", "Israel") in [f[:3] for f in _events(extractor, text)]


def test_the_addressee_of_a_letter_is_the_target_of_its_demand(extractor: Extractor) -> None:
    text = "ईरान ने जर्मनी के दूतावास को पत्र लिखकर कार्यक्रम रद्द करने की मांग की।"
    assert ("REQUEST", "Iran", "Germany") in [f[:3] for f in _events(extractor, text)]


def test_a_state_adjective_owns_a_phrase_after_the_agent(extractor: Extractor) -> None:
    text = "उत्तर कोरिया ने अमेरिकी प्रतिबंधों को दोषी ठहराया।"
    assert ("ACCUSE", "North Korea", "United States") in [f[:3] for f in _events(extractor, text)]


def test_denying_accusations_answers_the_accuser_however_far_back(extractor: Extractor) -> None:
    text = ("भारत ने पाकिस्तान पर घुसपैठ कराने का आरोप लगाया। सीमा पर तनाव बढ़ गया है। बाजार भी गिरे हैं। "
            "पाकिस्तान ने इन आरोपों का खंडन किया है।")
    assert ("REJECT", "Pakistan", "India") in [f[:3] for f in _events(extractor, text)]


def test_a_quote_saying_what_someone_ought_to_do_is_a_request(extractor: Extractor) -> None:
    text = "अमेरिका का कहना है कि उत्तर कोरिया को सबसे पहले अपने परमाणु हथियार छोड़ देने चाहिए।"
    assert ("REQUEST", "United States", "North Korea") in [f[:3] for f in _events(extractor, text)]
    text = "जापान ने कहा कि चीन समुद्र में अपनी गश्त बंद करे।"
    assert ("REQUEST", "Japan", "China") in [f[:3] for f in _events(extractor, text)]


def test_a_ministry_the_model_tags_acts_for_its_state(extractor: Extractor) -> None:
    text = "चीन के विदेश मंत्रालय ने जापान की आलोचना की।"
    assert [f[:3] for f in _events(extractor, text)] == [("ACCUSE", "China", "Japan")]


def test_a_summit_between_two_is_theirs_not_the_speakers(extractor: Extractor) -> None:
    text = "जापान ने चीन और रूस के बीच शिखर सम्मेलन की योजना पर चर्चा की।"
    found = [f[:3] for f in _events(extractor, text)]
    assert ("CONSULT", "China", "Russia") in found and not any(f[1] == "Japan" for f in found)


def test_arguments_stand_before_the_predicate(extractor: Extractor) -> None:
    text = "म्यांमार सरकार ने लोगों को नागरिकता देने से इनकार कर दिया और उन्हें बांग्लादेश से आए लोग कहा।"
    assert not any(f[2] == "Bangladesh" for f in _events(extractor, text))


def test_a_judges_court_sentences_and_acquits_in_the_passive(extractor: Extractor) -> None:
    text = ("न्यायमूर्ति राकेश वर्मा की अदालत ने सोमवार को सुनवाई पूरी की। सुरेश यादव को दस साल की सज़ा सुनाई गई "
            "और महेश गुप्ता को बरी कर दिया गया।")
    article = extractor.extract(text)
    names = {e.id: e.name for e in article.entities}
    found = [(e.type, names.get(e.source), names.get(e.target)) for e in article.events]
    assert ("COERCE", "राकेश वर्मा", "सुरेश यादव") in found and ("CONCEDE", "राकेश वर्मा", "महेश गुप्ता") in found


def test_a_question_in_a_quote_is_no_request(extractor: Extractor) -> None:
    text = "जापान ने पूछा कि क्या चीन समुद्र में अपनी गश्त बंद करे?"
    assert not any(f[0] == "REQUEST" for f in _events(extractor, text))


def test_a_display_of_something_is_no_demonstration(extractor: Extractor) -> None:
    assert _events(extractor, "भारत ने समारोह में अपनी संस्कृति का प्रदर्शन किया।") == []
    assert [f[:2] for f in _events(extractor, "किसानों ने भारत के खिलाफ प्रदर्शन किया।")] == [("PROTEST", "farmers")]


def test_an_event_asked_about_is_not_asserted(extractor: Extractor) -> None:
    assert [f[4] for f in _events(extractor, "रूस ने यूक्रेन पर हमला क्यों किया?")] == ["hypothetical"]


def test_a_passive_with_a_progressive_perfective_or_modal_auxiliary(extractor: Extractor) -> None:
    done = _events(extractor, "पुलिस के अनुसार विधायक ओकोन्क्वो बालेवा को गिरफ़्तार किया जा चुका है।")
    assert [f[:3] for f in done] == [("COERCE", None, "Okonkwo Baleva")]
    maybe = _events(extractor, "विधायक ओकोन्क्वो बालेवा को गिरफ़्तार किया जा सकता है।")
    assert [(f[0], f[4]) for f in maybe] == [("COERCE", "hypothetical")]


def test_an_accusation_noun_with_its_genitive_is_an_accusation(extractor: Extractor) -> None:
    found = _events(extractor, "कांग्रेस का आरोप है कि भाजपा ने चुनाव में धांधली की।")
    assert ("ACCUSE", "Indian National Congress", "Bharatiya Janata Party") in [f[:3] for f in found]
    # a possessor (`भाजपा के दफ़्तर में`) is not the one accused
    found = _events(extractor, "कांग्रेस का आरोप है कि भाजपा के दफ़्तर में पैसे बांटे गए।")
    assert not [f for f in found if f[0] == "ACCUSE"]


def test_a_protest_by_people_no_one_names_is_a_protest(extractor: Extractor) -> None:
    found = _events(extractor, "सैकड़ों युवा नारे लगाते हुए सड़कों पर उतर आए और उन्होंने जमकर नारे लगाए।")
    assert found and all(f[0] == "PROTEST" and f[1] is None for f in found)


def test_a_compound_postposition_says_where_not_whose(extractor: Extractor) -> None:
    found = _events(extractor, "मार्च में ओकोन्क्वो बालेवा की दिल्ली हाई कोर्ट के सामने हत्या कर दी गई थी।")
    assert [f[:3] for f in found] == [("ASSAULT", None, "Okonkwo Baleva")]


def test_calling_something_an_actors_failure_or_success(extractor: Extractor) -> None:
    failure = _events(extractor, "ओकोन्क्वो बालेवा ने इस हार को पाकिस्तान की विफलता बताया।")
    assert [f[:3] for f in failure] == [("ACCUSE", "Okonkwo Baleva", "Pakistan")]
    success = _events(extractor, "ओकोन्क्वो बालेवा ने इस समझौते को भारत की जीत बताया।")
    assert ("SUPPORT", "Okonkwo Baleva", "India") in [f[:3] for f in success]


def test_a_relative_acts_for_themselves_not_for_their_relation(extractor: Extractor) -> None:
    found = _events(extractor, "ओकोन्क्वो बालेवा के पिता ने भारत सरकार से मदद की अपील की।")
    assert not [f for f in found if f[1] == "Okonkwo Baleva"]


def test_a_protest_against_him_targets_the_person_in_focus(extractor: Extractor) -> None:
    found = _events(extractor, "राष्ट्रपति विलियम रूटो ने शहर का दौरा किया। विपक्षी दलों ने उनके खिलाफ प्रदर्शन किया।")
    assert ("PROTEST", "opposition", "William Ruto") in [f[:3] for f in found]


def test_slogans_in_favour_of_someone_support_them(extractor: Extractor) -> None:
    found = _events(extractor, "विपक्षी दलों ने ओकोन्क्वो बालेवा के हक में नारे लगाए।")
    assert [f[:3] for f in found] == [("SUPPORT", "opposition", "Okonkwo Baleva")]


def test_calling_accusations_baseless_rejects_the_accuser(extractor: Extractor) -> None:
    found = _events(extractor, "कांग्रेस ने भाजपा के आरोपों को बेबुनियाद बताया।")
    assert [f[:3] for f in found] == [("REJECT", "Indian National Congress", "Bharatiya Janata Party")]
    text = "भाजपा ने कांग्रेस पर भ्रष्टाचार का आरोप लगाया। कांग्रेस ने इन आरोपों को निराधार बताया।"
    assert ("REJECT", "Indian National Congress", "Bharatiya Janata Party") in [f[:3] for f in _events(extractor, text)]


def test_a_judgement_in_a_condition_or_on_claims_is_no_accusation(extractor: Extractor) -> None:
    text = "ओकोन्क्वो बालेवा ने कहा कि अगर पाकिस्तान ऐसा करता है तो यह शर्मनाक होगा।"
    assert not [f for f in _events(extractor, text) if f[0] == "ACCUSE"]
    text = "ओकोन्क्वो बालेवा ने कहा कि पाकिस्तान पर लगाए गए ये आरोप निराधार हैं।"
    assert not [f for f in _events(extractor, text) if f[0] == "ACCUSE"]


def test_a_noun_marked_by_a_postposition_is_no_light_verbs_object(extractor: Extractor) -> None:
    assert not _events(extractor, "ओकोन्क्वो बालेवा भाजपा के बयान की तुलना कांग्रेस की निंदा से कर रहे थे।")
    assert [f[0] for f in _events(extractor, "भारत ने फिर से पाकिस्तान की निंदा की।")] == ["ACCUSE"]


def test_what_a_quote_asks_is_not_asked_of_a_place(extractor: Extractor) -> None:
    text = "ओकोन्क्वो बालेवा ने कहा कि वे भारत में हथियार भेजना बंद करें।"
    assert not [f for f in _events(extractor, text) if f[0] == "REQUEST"]


def test_welcoming_an_agreement_supports_its_parties(extractor: Extractor) -> None:
    text = "भारत और पाकिस्तान के बीच युद्धविराम समझौता हुआ। संयुक्त राष्ट्र ने इस युद्धविराम का स्वागत किया।"
    found = [f[:3] for f in _events(extractor, text)]
    assert ("SUPPORT", "United Nations", "India") in found
