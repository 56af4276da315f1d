# ruff: noqa: E501  (a data table: one country per line reads better than wrapped lines)
"""Hand-written facts about countries that CLDR and the gazetteer do not give: Wikidata ids, capitals,
the spelling variants of Hindi news, demonyms. One line per country:

    ISO2 ; QID ; capital (English) ; capital (Hindi) | its variants ; Hindi variants ; demonyms ; English aliases

Lists are `|`-separated; empty fields are unknown. Read by build_countries.py.
"""

FACTS = """
AF;Q889;Kabul;काबुल;अफ़ग़ानिस्तान|अफगानिस्तान|अफ़ग़ानिस्तान इस्लामी अमीरात;अफ़ग़ान|अफ़ग़ानी|Afghan;Islamic Emirate of Afghanistan
AL;Q222;Tirana;तिराना;अल्बानिया|अलबानिया;अल्बानियाई|Albanian;
DZ;Q262;Algiers;अल्जीयर्स|अल्जियर्स;अल्जीरिया|अलजीरिया;अल्जीरियाई|Algerian;
AD;Q228;Andorra la Vella;अंडोरा ला वेला;अंडोरा|एंडोरा;;
AO;Q916;Luanda;लुआंडा;;अंगोलाई|Angolan;
AG;Q781;Saint John's;सेंट जॉन्स;एंटीगुआ और बारबुडा;;Antigua and Barbuda
AR;Q414;Buenos Aires;ब्यूनस आयर्स|ब्यूनस आइरिस;अर्जेंटिना;अर्जेंटीनी|अर्जेंटीनाई|Argentine|Argentinian;
AM;Q399;Yerevan;येरेवान;आर्मीनिया|अर्मेनिया;आर्मेनियाई|आर्मीनियाई|अर्मेनियाई|Armenian;
AU;Q408;Canberra;कैनबरा;आस्ट्रेलिया;ऑस्ट्रेलियाई|Australian;
AT;Q40;Vienna;वियना;आस्ट्रिया;ऑस्ट्रियाई|Austrian;
AZ;Q227;Baku;बाकू;अजरबैजान|आज़रबाइजान;अज़रबैजानी|Azerbaijani|Azeri;
BS;Q778;Nassau;नासाउ;बहामास;;The Bahamas
BH;Q398;Manama;मनामा;बहरैन;बहरीनी|Bahraini;
BD;Q902;Dhaka;ढाका;बांगलादेश|बंगलादेश|बंग्लादेश;बांग्लादेशी|Bangladeshi;
BB;Q244;Bridgetown;ब्रिजटाउन;;;
BY;Q184;Minsk;मिंस्क;बेलारूस|बेलरूस;बेलारूसी|Belarusian;
BE;Q31;Brussels;ब्रसेल्स|ब्रुसेल्स;बेल्जियम;बेल्जियाई|बेल्जियन|Belgian;
BZ;Q242;Belmopan;बेलमोपान;;;
BJ;Q962;Porto-Novo;पोर्टो-नोवो;बेनिन;;
BT;Q917;Thimphu;थिंपू|थिम्पू;भूटान;भूटानी|Bhutanese;
BO;Q750;Sucre;सुक्रे;बोलिविया;बोलिवियाई|Bolivian;
BA;Q225;Sarajevo;साराजेवो|सारायेवो;बोस्निया|बोस्निया-हर्ज़ेगोविना|बोस्निया और हर्जेगोविना;बोस्नियाई|Bosnian;Bosnia and Herzegovina|Bosnia
BW;Q963;Gaborone;गैबोरोन;बोत्सवाना;;
BR;Q155;Brasília;ब्रासीलिया|ब्रासिलिया;ब्राज़ील|ब्राजील;ब्राज़ीली|ब्राजीली|ब्राज़ीलियाई|Brazilian;
BN;Q921;Bandar Seri Begawan;बंदर सेरी बेगवान;ब्रुनेई|ब्रूनेई;;
BG;Q219;Sofia;सोफ़िया|सोफिया;बुल्गारिया;बुल्गारियाई|Bulgarian;
BF;Q965;Ouagadougou;औगाडौगू|वागादुगू;बुर्किना फ़ासो|बुर्किना फासो;;
BI;Q967;Gitega;गितेगा;बुरुंडी;;
KH;Q424;Phnom Penh;नोम पेन्ह|नॉम पेन्ह;कंबोडिया|कम्बोडिया;कंबोडियाई|Cambodian;
CM;Q1009;Yaoundé;याउंडे;कैमरून;;
CA;Q16;Ottawa;ओटावा;कनाडा;कनाडाई|कैनेडियन|Canadian;
CV;Q1011;Praia;प्राइया;केप वर्ड;;Cape Verde|Cabo Verde
CF;Q929;Bangui;बांगुई;मध्य अफ्रीकी गणराज्य;;CAR
TD;Q657;N'Djamena;एन'जामेना|अंजामेना;चाड;;
CL;Q298;Santiago;सैंटियागो|सेंटियागो;चिली;चिलियाई|Chilean;
CN;Q148;Beijing;बीजिंग|पेइचिंग|पेकिंग;चीन|चीन जनवादी गणराज्य|पीपल्स रिपब्लिक ऑफ़ चाइना|चाइना;चीनी|Chinese;People's Republic of China|PRC
CO;Q739;Bogotá;बोगोटा|बोगोता;कोलंबिया|कोलम्बिया;कोलंबियाई|Colombian;
KM;Q970;Moroni;मोरोनी;कोमोरोस;;
CG;Q971;Brazzaville;ब्राज़ाविल;कांगो गणराज्य;;Republic of the Congo|Congo-Brazzaville
CD;Q974;Kinshasa;किंशासा;डीआर कांगो|डेमोक्रेटिक रिपब्लिक ऑफ़ कांगो|लोकतांत्रिक गणराज्य कांगो|कांगो लोकतांत्रिक गणराज्य;कांगोली|Congolese;DR Congo|DRC|Democratic Republic of the Congo|Congo-Kinshasa
CR;Q800;San José;सैन होज़े;कोस्टा रिका;;
CI;Q1008;Yamoussoukro;यामूसुक्रो;आइवरी कोस्ट|कोट डी आइवर|कोत दिवुआर;;Ivory Coast|Côte d'Ivoire
HR;Q224;Zagreb;ज़ाग्रेब|जाग्रेब;क्रोएशिया;क्रोएशियाई|Croatian;
CU;Q241;Havana;हवाना;क्यूबा;क्यूबाई|क्यूबन|Cuban;
CY;Q229;Nicosia;निकोसिया;साइप्रस;साइप्रसी|Cypriot;
CZ;Q213;Prague;प्राग;चेक गणराज्य|चेक रिपब्लिक|चेकिया;चेक|Czech;Czech Republic|Czechia
DK;Q35;Copenhagen;कोपेनहेगन;डेनमार्क;डेनिश|डेनमार्की|Danish;
DJ;Q977;Djibouti;जिबूती;जिबूती;;
DM;Q784;Roseau;रोज़ो;डोमिनिका;;
DO;Q786;Santo Domingo;सेंटो डोमिंगो;डोमिनिकन रिपब्लिक;;Dominican Republic
EC;Q736;Quito;क्विटो;इक्वाडोर|एक्वाडोर;इक्वाडोरी|Ecuadorian;
EG;Q79;Cairo;काहिरा|कायरो;मिस्र|इजिप्ट|मिश्र;मिस्री|मिस्र्री|Egyptian;
SV;Q792;San Salvador;सैन सल्वाडोर;अल सल्वाडोर|अल साल्वाडोर;;
GQ;Q983;Malabo;मलाबो;इक्वेटोरियल गिनी;;
ER;Q986;Asmara;अस्मारा;इरीट्रिया|इरिट्रिया;इरीट्रियाई|Eritrean;
EE;Q191;Tallinn;तेलिन|टालिन;एस्टोनिया;एस्टोनियाई|Estonian;
SZ;Q1050;Mbabane;म्बाबाने;इस्वातिनी|एस्वातिनी|एस्वाटिनी|स्वाज़ीलैंड;;Eswatini|Swaziland
ET;Q115;Addis Ababa;अदीस अबाबा|अदिस अबाबा;इथियोपिया|इथोपिया|इथियोपिआ;इथियोपियाई|इथोपियाई|Ethiopian;
FJ;Q712;Suva;सुवा;फ़िजी|फिजी;फ़िजी|Fijian;
FI;Q33;Helsinki;हेलसिंकी;फ़िनलैंड|फिनलैंड;फ़िनिश|फ़िनलैंडी|Finnish;
FR;Q142;Paris;पेरिस;फ़्रांस|फ्रांस|फ्रान्स;फ़्रांसीसी|फ्रेंच|फ़्रेंच|French;
GA;Q1000;Libreville;लिब्रेविल;गैबॉन|गबोन;;
GM;Q1005;Banjul;बंजुल;गाम्बिया;;The Gambia
GE;Q230;Tbilisi;त्बिलिसी|तिब्लिसी;जॉर्जिया;जॉर्जियाई|Georgian;
DE;Q183;Berlin;बर्लिन;जर्मनी;जर्मन|German;
GH;Q117;Accra;अक्रा;घाना;घानाई|Ghanaian;
GR;Q41;Athens;एथेंस;यूनान|ग्रीस;यूनानी|ग्रीक|Greek;
GD;Q769;St. George's;सेंट जॉर्जेस;ग्रेनाडा;;
GT;Q774;Guatemala City;ग्वाटेमाला सिटी;ग्वाटेमाला;;
GN;Q1006;Conakry;कोनाक्री;गिनी;;
GW;Q1007;Bissau;बिसाऊ;गिनी बिसाऊ;;
GY;Q734;Georgetown;जॉर्जटाउन;गयाना|गुयाना;;
HT;Q790;Port-au-Prince;पोर्ट-ऑ-प्रिंस;हैती|हैटी;हैतियाई|Haitian;
HN;Q783;Tegucigalpa;तेगुसिगाल्पा;होंडुरास;;
HU;Q28;Budapest;बुडापेस्ट;हंगरी;हंगेरियाई|हंगेरियन|Hungarian;
IS;Q189;Reykjavík;रेक्याविक|रेक्जाविक;आइसलैंड;;Icelandic
IN;Q668;New Delhi;नई दिल्ली|नयी दिल्ली;भारत|हिंदुस्तान|हिन्दुस्तान|भारत गणराज्य|इंडिया;भारतीय|हिंदुस्तानी|Indian;Bharat|Republic of India
ID;Q252;Jakarta;जकार्ता;इंडोनेशिया|इण्डोनेशिया;इंडोनेशियाई|Indonesian;
IR;Q794;Tehran;तेहरान;ईरान|इरान|इस्लामी गणराज्य ईरान;ईरानी|Iranian;Islamic Republic of Iran|Persia
IQ;Q796;Baghdad;बग़दाद|बगदाद;इराक़|इराक|ईराक;इराक़ी|इराकी|Iraqi;
IE;Q27;Dublin;डबलिन;आयरलैंड|आयरलैंड गणराज्य;आयरिश|Irish;Republic of Ireland
IL;Q801;Jerusalem;यरुशलम|येरुशलम|जेरूसलम|यरूशलम;इज़राइल|इसराइल|इज़रायल|इजरायल|इस्राइल|इस्राएल|इसरायल;इज़राइली|इसराइली|इज़रायली|इजरायली|इस्राइली|Israeli;
IT;Q38;Rome;रोम;इटली;इतालवी|इटैलियन|Italian;
JM;Q766;Kingston;किंग्स्टन;जमैका;जमैकाई|Jamaican;
JP;Q17;Tokyo;टोक्यो|तोक्यो;जापान;जापानी|Japanese;
JO;Q810;Amman;अम्मान;जॉर्डन|जार्डन|उर्दुन;जॉर्डनी|जॉर्डनियाई|Jordanian;
KZ;Q232;Astana;अस्ताना;कज़ाख़स्तान|कजाखस्तान|क़ज़ाख़िस्तान|कज़ाकिस्तान;कज़ाख़|कज़ाख|Kazakh;
KE;Q114;Nairobi;नैरोबी;केन्या|कीनिया|कीन्या;केन्याई|कीनियाई|Kenyan;
KI;Q710;South Tarawa;दक्षिण तरावा;किरिबाती;;
KP;Q423;Pyongyang;प्योंगयांग;उत्तर कोरिया|उत्तरी कोरिया|नॉर्थ कोरिया|नार्थ कोरिया;उत्तर कोरियाई|North Korean;North Korea|DPRK
KR;Q884;Seoul;सियोल|सोल;दक्षिण कोरिया|दक्षिणी कोरिया|साउथ कोरिया|सॉउथ कोरिया|कोरिया गणराज्य;दक्षिण कोरियाई|South Korean;South Korea|Republic of Korea|ROK
XK;Q1246;Pristina;प्रिस्टीना|प्रिश्टिना;कोसोवो;कोसोवोई|Kosovar;
KW;Q817;Kuwait City;कुवैत सिटी|कुवैत शहर;कुवैत;कुवैती|Kuwaiti;
KG;Q813;Bishkek;बिश्केक;किर्गिस्तान|किर्गिज़स्तान|किर्गिज़िस्तान;किर्गिज़|Kyrgyz;
LA;Q819;Vientiane;वियनतियाने|विएंतियान;लाओस;लाओ|Laotian;
LV;Q211;Riga;रीगा;लातविया|लात्विया;लातवियाई|Latvian;
LB;Q822;Beirut;बेरूत;लेबनान|लेबनॉन;लेबनानी|Lebanese;
LS;Q1013;Maseru;मासेरू;लेसोथो;;
LR;Q1014;Monrovia;मोनरोविया;लाइबेरिया;लाइबेरियाई|Liberian;
LY;Q1016;Tripoli;त्रिपोली;लीबिया;लीबियाई|Libyan;
LI;Q347;Vaduz;वादुज़;लिकटेंस्टीन|लिख्टेनश्टाइन;;
LT;Q37;Vilnius;विलनियस|विल्नियस;लिथुआनिया;लिथुआनियाई|Lithuanian;
LU;Q32;Luxembourg;लक्ज़मबर्ग सिटी;लक्ज़मबर्ग|लग्ज़मबर्ग;;
MG;Q1019;Antananarivo;अंटानानारिवो;मेडागास्कर|मैडागास्कर;;
MW;Q1020;Lilongwe;लिलोंग्वे;मलावी;;
MY;Q833;Kuala Lumpur;कुआलालंपुर|क्वालालंपुर|कुआला लंपुर;मलेशिया;मलेशियाई|मलेशियन|Malaysian;
MV;Q826;Malé;माले;मालदीव|मालदीव्स;मालदीवी|मालदीवियन|Maldivian;Maldives
ML;Q912;Bamako;बमाको;माली;Malian;
MT;Q233;Valletta;वैलेटा;माल्टा;;
MH;Q709;Majuro;मजूरो;मार्शल द्वीप समूह|मार्शल आइलैंड्स;;
MR;Q1025;Nouakchott;नुआकशोट;मॉरिटानिया|मौरितानिया;;
MU;Q1027;Port Louis;पोर्ट लुई;मॉरीशस|मारीशस;मॉरीशसी|Mauritian;
MX;Q96;Mexico City;मेक्सिको सिटी|मैक्सिको सिटी;मेक्सिको|मैक्सिको;मेक्सिकी|मेक्सिकन|Mexican;
FM;Q702;Palikir;पालिकिर;माइक्रोनेशिया;;Micronesia
MD;Q217;Chișinău;चिसिनाउ|किशिनेव;मोल्दोवा|मालदोवा;मोल्दोवाई|Moldovan;
MC;Q235;Monaco;मोनाको;मोनाको;;
MN;Q711;Ulaanbaatar;उलानबातर|उलानबटार;मंगोलिया;मंगोल|मंगोलियाई|Mongolian;
ME;Q236;Podgorica;पॉडगोरिका;मोंटेनेग्रो|मॉन्टेनीग्रो;;
MA;Q1028;Rabat;रबात;मोरक्को|मोरोक्को;मोरक्कोई|मोरक्कन|Moroccan;
MZ;Q1029;Maputo;मापुटो;मोज़ाम्बिक|मोजाम्बिक;;
MM;Q836;Naypyidaw;नेपीडॉ|नेप्यीडॉ|ने प्यी ताव;म्यांमार|म्यांमा|बर्मा;म्यांमारी|बर्मी|Burmese;Burma
NA;Q1030;Windhoek;विंडहोक;नामीबिया;नामीबियाई|Namibian;
NR;Q697;Yaren;यारेन;नाउरू;;
NP;Q837;Kathmandu;काठमांडू|काठमाण्डू|काठमाडौं;नेपाल;नेपाली|Nepali|Nepalese;
NL;Q55;Amsterdam;एम्स्टर्डम|एम्सटर्डम;नीदरलैंड|नीदरलैंड्स|हॉलैंड;डच|Dutch;Holland|Netherlands
NZ;Q664;Wellington;वेलिंगटन;न्यूज़ीलैंड|न्यूजीलैंड;न्यूज़ीलैंडी|New Zealander;
NI;Q811;Managua;मानागुआ;निकारागुआ;;
NE;Q1032;Niamey;नियामे;नाइजर;;
NG;Q1033;Abuja;अबुजा;नाइजीरिया;नाइजीरियाई|Nigerian;
MK;Q221;Skopje;स्कोप्जे;मैसेडोनिया|मैसिडोनिया|उत्तर मैसेडोनिया|नॉर्थ मैसेडोनिया|उत्तरी मकदूनिया|मकदूनिया;मैसेडोनियाई|Macedonian;Macedonia|Republic of North Macedonia
NO;Q20;Oslo;ओस्लो;नार्वे|नॉर्वे;नॉर्वेजियन|नार्वेजियन|Norwegian;
OM;Q842;Muscat;मस्कट;ओमान;ओमानी|Omani;
PK;Q843;Islamabad;इस्लामाबाद;पाकिस्तान|पाक;पाकिस्तानी|Pakistani;
PW;Q695;Ngerulmud;न्गेरुलमुड;पलाउ;;
PS;Q219060;Ramallah;रामल्लाह|रामल्ला;फ़लस्तीन|फलस्तीन|फ़िलिस्तीन|फिलिस्तीन|फ़लस्तीनी क्षेत्र|फलस्तीन राष्ट्र;फ़लस्तीनी|फलस्तीनी|फ़िलिस्तीनी|फिलिस्तीनी|Palestinian;State of Palestine|Palestinian Territories
PA;Q804;Panama City;पनामा सिटी;पनामा;;
PG;Q691;Port Moresby;पोर्ट मोरेस्बी;पापुआ न्यू गिनी;;
PY;Q733;Asunción;असुन्सियोन;पैराग्वे|परागुए;;
PE;Q419;Lima;लीमा;पेरू;पेरूवियाई|Peruvian;
PH;Q928;Manila;मनीला;फ़िलीपींस|फिलीपींस|फिलिपींस|फ़िलिपीन्स;फ़िलिपीनी|फिलिपीनी|Filipino|Philippine;
PL;Q36;Warsaw;वारसॉ|वॉरसा|वारसा;पोलैंड;पोलिश|पोलैंडी|Polish;
PT;Q45;Lisbon;लिस्बन;पुर्तगाल;पुर्तगाली|Portuguese;
QA;Q846;Doha;दोहा;क़तर|कतर;क़तरी|कतरी|Qatari;
RO;Q218;Bucharest;बुखारेस्ट;रोमानिया|रूमानिया;रोमानियाई|Romanian;
RU;Q159;Moscow;मॉस्को|मास्को;रूस|रशिया|रूसी संघ|रूसी फ़ेडरेशन;रूसी|Russian;Russian Federation
RW;Q1037;Kigali;किगाली;रवांडा|रुआंडा;रवांडाई|Rwandan;
KN;Q763;Basseterre;बासेटेर;सेंट किट्स और नेविस;;
LC;Q760;Castries;कैस्ट्रीज़;सेंट लूसिया;;
VC;Q757;Kingstown;किंग्सटाउन;सेंट विंसेंट और ग्रेनाडाइंस;;
WS;Q683;Apia;एपिया;समोआ;;
SM;Q238;San Marino;सैन मैरिनो;सैन मैरिनो;;
ST;Q1039;São Tomé;साओ टोमे;साओ टोमे और प्रिंसिपे;;
SA;Q851;Riyadh;रियाद|रियाध;सऊदी अरब|साऊदी अरब|सउदी अरब|सऊदी;सऊदी|सउदी|Saudi;Saudi
SN;Q1041;Dakar;डकार;सेनेगल;सेनेगली|Senegalese;
RS;Q403;Belgrade;बेलग्रेड;सर्बिया;सर्बियाई|सर्ब|Serbian|Serb;
SC;Q1042;Victoria;विक्टोरिया;सेशेल्स|सेशल्स;;
SL;Q1044;Freetown;फ्रीटाउन;सिएरा लियोन|सियेरा लियोन;;
SG;Q334;Singapore;सिंगापुर;सिंगापुर;सिंगापुरी|Singaporean;
SK;Q214;Bratislava;ब्रातिस्लावा;स्लोवाकिया;स्लोवाक|Slovak;
SI;Q215;Ljubljana;ल्युब्लियाना|लुब्लियाना;स्लोवेनिया;स्लोवेनियाई|Slovenian;
SB;Q685;Honiara;होनियारा;सोलोमन द्वीप|सोलोमन आइलैंड्स;;Solomon Islands
SO;Q1045;Mogadishu;मोगादिशु|मोगादिशू;सोमालिया;सोमाली|सोमालियाई|Somali;
ZA;Q258;Pretoria;प्रिटोरिया;दक्षिण अफ़्रीका|दक्षिण अफ्रीका|साउथ अफ़्रीका;दक्षिण अफ़्रीकी|दक्षिण अफ्रीकी|South African;
SS;Q958;Juba;जुबा;दक्षिण सूडान|दक्षिणी सूडान;दक्षिण सूडानी|South Sudanese;
ES;Q29;Madrid;मैड्रिड|मेड्रिड;स्पेन;स्पेनी|स्पेनिश|स्पैनिश|Spanish;
LK;Q854;Colombo;कोलंबो|कोलम्बो;श्रीलंका|श्री लंका;श्रीलंकाई|Sri Lankan;
SD;Q1049;Khartoum;ख़ार्तूम|खार्तूम;सूडान;सूडानी|Sudanese;
SR;Q730;Paramaribo;पारामारिबो;सूरीनाम;;
SE;Q34;Stockholm;स्टॉकहोम;स्वीडन;स्वीडिश|Swedish;
CH;Q39;Bern;बर्न;स्विट्ज़रलैंड|स्विट्जरलैंड|स्विट्ज़रलैण्ड|;स्विस|Swiss;
SY;Q858;Damascus;दमिश्क़|दमिश्क|दमास्कस|दमासकस;सीरिया;सीरियाई|Syrian;
TW;Q865;Taipei;ताइपे|ताइपेई;ताइवान;ताइवानी|Taiwanese;Republic of China
TJ;Q863;Dushanbe;दुशांबे;ताजिकिस्तान|ताज़िकिस्तान;ताजिक|Tajik;
TZ;Q924;Dodoma;डोडोमा;तंज़ानिया|तंजानिया;तंज़ानियाई|Tanzanian;
TH;Q869;Bangkok;बैंकॉक|बैंकाक;थाईलैंड|थाइलैंड;थाई|Thai;
TL;Q574;Dili;दिली;पूर्वी तिमोर|तिमोर-लेस्ते;;East Timor|Timor-Leste
TG;Q945;Lomé;लोमे;टोगो;;
TO;Q678;Nukuʻalofa;नुकुअलोफ़ा;टोंगा;;
TT;Q754;Port of Spain;पोर्ट ऑफ़ स्पेन;त्रिनिदाद और टोबैगो|त्रिनिदाद एंड टोबैगो;;Trinidad and Tobago
TN;Q948;Tunis;ट्यूनिस;ट्यूनीशिया|ट्यूनिशिया;ट्यूनीशियाई|Tunisian;
TR;Q43;Ankara;अंकारा;तुर्की|तुर्किये|तुर्किए|टर्की;तुर्क|Turkish;Türkiye|Turkiye
TM;Q874;Ashgabat;अश्गाबात|अश्काबाद;तुर्कमेनिस्तान;तुर्कमेन|Turkmen;
TV;Q672;Funafuti;फ़ुनाफ़ुटी;तुवालु;;
UG;Q1036;Kampala;कंपाला|कम्पाला;युगांडा|यूगांडा|उगांडा;युगांडाई|Ugandan;
UA;Q212;Kyiv;कीव|कीएव|क्यीव;यूक्रेन|युक्रेन;यूक्रेनी|यूक्रेनियाई|Ukrainian;
AE;Q878;Abu Dhabi;अबू धाबी|अबूधाबी;यूएई|संयुक्त अरब अमीरात|अमीरात;अमीराती|Emirati;UAE|Emirates
GB;Q145;London;लंदन|लन्दन;ब्रिटेन|यूनाइटेड किंगडम|यूके|बर्तानिया|ग्रेट ब्रिटेन;ब्रिटिश|ब्रितानी|अंग्रेज़|British|Briton;United Kingdom|UK|Britain|Great Britain|U.K.
US;Q30;Washington, D.C.;वॉशिंगटन|वाशिंगटन|वॉशिंगटन डीसी|वाशिंगटन डीसी;अमेरिका|अमरीका|संयुक्त राज्य|संयुक्त राज्य अमेरिका|संयुक्त राज्य अमरीका|यूएसए|यूएस|अमेरिका संयुक्त राज्य|यूनाइटेड स्टेट्स|यूनाइटेड स्टेट्स ऑफ अमेरिका|यूनाइटेड स्टेट्स ऑफ़ अमेरिका;अमेरिकी|अमरीकी|अमेरिकन|American;United States|United States of America|USA|US|U.S.|U.S.A.|America
UY;Q77;Montevideo;मोंटेवीडियो;उरुग्वे|उरूग्वे;उरुग्वेई|Uruguayan;
UZ;Q265;Tashkent;ताशकंद|ताशकन्द;उज़्बेकिस्तान|उजबेकिस्तान;उज़्बेक|उज्बेक|Uzbek;
VU;Q686;Port Vila;पोर्ट विला;वानुअतु;;
VA;Q237;Vatican City;वेटिकन सिटी;वेटिकन|वेटिकन सिटी|होली सी;;Holy See|Vatican
VE;Q717;Caracas;काराकास|कराकस;वेनेज़ुएला|वेनेजुएला|बेनेज़ुएला;वेनेज़ुएलाई|वेनेजुएलाई|Venezuelan;
VN;Q881;Hanoi;हनोई;वियतनाम|विएतनाम;वियतनामी|Vietnamese;
YE;Q805;Sanaa;सना|सनआ|साना;यमन|येमेन;यमनी|Yemeni;
ZM;Q953;Lusaka;लुसाका;ज़ाम्बिया|जाम्बिया;ज़ाम्बियाई|Zambian;
ZW;Q954;Harare;हरारे;ज़िम्बाब्वे|जिम्बाब्वे;ज़िम्बाब्वेई|Zimbabwean;
HK;Q8646;;;हॉन्ग कॉन्ग|हांगकांग|हॉंगकॉंग|हांग कांग;;Hong Kong
MO;Q14773;;;मकाउ|मकाओ;;Macau|Macao
PR;Q1183;San Juan;सैन हुआन;प्यूर्टो रिको;;
GL;Q223;Nuuk;नुक;ग्रीनलैंड;;
EH;;;;पश्चिमी सहारा;सहरावी|Sahrawi;
"""
# Gazetteer/CLDR entries that are not sovereign states (the rest of FACTS are, or are treated so in news).
TERRITORIES = {"HK", "MO", "PR", "GL", "EH"}
