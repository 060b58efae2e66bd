"""German: the words of the scripts, as German business correspondence writes them.

The decision-maker and the interviewers are addressed with "Sie" in both
tones. A letter opens with "Sehr geehrte Frau ..." / "Sehr geehrter Herr
..." when the salutation the user typed starts with "Frau" or "Herr"
("Liebe" / "Lieber" in the warm tone), and with "Guten Tag ..." otherwise,
which names nobody's gender; the body after the greeting's comma starts in
lower case, and the closing ("Mit freundlichen Grüßen") takes no comma. No
sentence has an adjective or participle that agrees with the candidate's
gender: German predicative adjectives ("dankbar", "interessiert") do not
inflect. Where a date stands inside a clause, its closing comma is written
("am Dienstag, 22. August, anrufen"), as the apposition of a date allows.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from ._cldr import Words
from ._values import Channel, Tone
from ._wording import email_template, letter_template

__all__ = ["CALENDAR", "FRAGMENTS", "TEMPLATES", "WORDS"]

WORDS = Words(
    code="de",
    name="German",
    locale="de",
    words_per_minute=130,
    date_pattern="EEEE, d. MMMM",
    on_date=("am",) * 7,
    today_word="heute",
    yesterday_word="gestern",
    conjunction="und",
    times=(
        "einmal",
        "zweimal",
        "dreimal",
        "viermal",
        "fünfmal",
        "sechsmal",
        "siebenmal",
        "achtmal",
    ),
    times_other="{count}-mal",
    # The weak form, as after the article: "der erste Anruf", "die zweite Nachricht".
    ordinals=("erste", "zweite", "dritte", "vierte", "fünfte", "sechste", "siebte", "achte"),
    ordinal_other="{count}.",
    # As after "per": "per Brief", "per E-Mail".
    channels={
        Channel.MAIL: "Brief",
        Channel.EMAIL: "E-Mail",
        Channel.PHONE: "Telefon",
        Channel.VOICEMAIL: "Sprachnachricht",
    },
    # Articles, possessives, pronouns, numerals, prepositions, adverbs and the
    # adjectives a typed phrase opens with: never nouns, which German writes
    # with a capital anywhere. The formal "Ihr" keeps its capital, so
    # "ihr", "ihre" and the like are not here.
    sentence_starters=frozenset(
        {
            "der",
            "die",
            "das",
            "den",
            "dem",
            "des",
            "ein",
            "eine",
            "einen",
            "einem",
            "einer",
            "eines",
            "mein",
            "meine",
            "meinen",
            "meinem",
            "meiner",
            "meines",
            "unser",
            "unsere",
            "unseren",
            "unserem",
            "unserer",
            "unseres",
            "dieser",
            "diese",
            "dieses",
            "diesen",
            "diesem",
            "jeder",
            "jede",
            "jedes",
            "jeden",
            "alle",
            "allen",
            "beide",
            "beiden",
            "einige",
            "mehrere",
            "viele",
            "vielen",
            "zwei",
            "drei",
            "vier",
            "fünf",
            "sechs",
            "sieben",
            "acht",
            "neun",
            "zehn",
            "elf",
            "zwölf",
            "fünfzehn",
            "zwanzig",
            "wie",
            "was",
            "warum",
            "wann",
            "wo",
            "welche",
            "welcher",
            "welches",
            "dass",
            "über",
            "mit",
            "von",
            "vom",
            "für",
            "zur",
            "zum",
            "im",
            "in",
            "bei",
            "beim",
            "auf",
            "aus",
            "nach",
            "durch",
            "besonders",
            "sehr",
            "gemeinsam",
            "langjährige",
            "mehrjährige",
            "fundierte",
            "fundiertes",
            "umfassende",
            "umfangreiche",
            "breite",
            "tiefe",
            "solide",
            "praktische",
            "nachweisliche",
            "erfolgreiche",
            "gute",
            "sichere",
            "starke",
        }
    ),
    abbreviations=frozenset(
        {
            "inc",
            "ltd",
            "co",
            "corp",
            "llc",
            "plc",
            "gebr",
            "dr",
            "prof",
            "dipl",
            "ing",
            "str",
            "nr",
            "tel",
            "bzw",
            "usw",
            "etc",
            "ca",
            "ggf",
            "evtl",
            "inkl",
            "zzgl",
            "abt",
            "vgl",
            "mio",
            "mrd",
            "st",
            "jr",
            "sr",
        }
    ),
    feminine=frozenset({"Frau"}),
    masculine=frozenset({"Herr"}),
)


# --- The templates ---------------------------------------------------------------

# After the greeting's comma a German letter goes on in lower case.
_DIRECT_THANKS = """\
vielen Dank für das Vorstellungsgespräch am ${interview_date}, und die Gelegenheit, die \
Position als ${position_title} näher kennenzulernen. Unser Gespräch hat mein Interesse an \
der Aufgabe und an einer Mitarbeit bei ${company} noch verstärkt.

${highlights_sentence} ${qualifications_sentence}

${closing_sentence}

Mit freundlichen Grüßen"""

_WARM_THANKS = """\
herzlichen Dank, dass Sie sich am ${interview_date}, so viel Zeit für mich genommen haben. \
Ich habe mich sehr gefreut, mehr über die Stelle als ${position_title} zu erfahren, und die \
Aussicht, bei ${company} mitzuarbeiten, begeistert mich mehr denn je.

${highlights_sentence} ${qualifications_sentence}

${closing_sentence}

Beste Grüße"""

_DIRECT_CLOSE_LOOP = """\
ich möchte mich nach dem Stand des Auswahlverfahrens für die Position als \
${position_title} erkundigen. ${follow_up_history}

An der Aufgabe und an einer Mitarbeit bei ${company} bin ich weiterhin sehr interessiert. \
Da ich meine Suche parallel fortsetze, bitte ich Sie um eine kurze Rückmeldung bis \
${reply_by}.

Vielen Dank für Ihre Zeit und die Berücksichtigung meiner Bewerbung.

Mit freundlichen Grüßen"""

_WARM_CLOSE_LOOP = """\
ich hoffe, es geht Ihnen gut. Ich wollte kurz nachfragen, wie es um die Stelle als \
${position_title} steht. ${follow_up_history}

Die Aussicht, bei ${company} mitzuarbeiten, begeistert mich nach wie vor. Ich führe zwar \
auch andere Gespräche, aber diese Stelle liegt mir besonders am Herzen. Über eine kurze \
Rückmeldung bis ${reply_by}, würde ich mich deshalb sehr freuen.

Nochmals vielen Dank für Ihre Zeit.

Beste Grüße"""


_DIRECT: Mapping[str, str] = MappingProxyType(
    {
        "permission": """\
Vielen Dank für Ihre Zeit heute, ${contact_salutation}. Eine Frage noch, bevor ich gehe: \
Wann rechnen Sie mit Ihrer Entscheidung?

[Zuhören, dann den Tag wiederholen.]

Ich darf also bis ${decision_by}, mit Ihrer Rückmeldung rechnen?

[Nach der Bestätigung:]

${follow_up_question}""",
        "thank_you_mail": letter_template(_DIRECT_THANKS),
        "thank_you_email": email_template(
            "Vielen Dank für das Gespräch: ${position_title}", _DIRECT_THANKS
        ),
        "voicemail": """\
Guten Tag, ${contact_salutation}, hier ist ${candidate_name}, wegen der Stelle als \
${position_title}. ${follow_up_sentence} Meine Nummer: ${candidate_phone}. Nochmals: \
${candidate_name}, ${candidate_phone}. Danke.""",
        "talking_points": """\
Wenn eine Assistenz abnimmt:

„Guten Tag, hier ist ${candidate_name}. ${assistant_line} Ist ${contact_salutation} zu \
sprechen?“

[Falls nicht:] „Könnten Sie ${contact_salutation} bitte ausrichten, dass ich angerufen \
habe? Meine Nummer ist ${candidate_phone}. Wann erreiche ich ${contact_salutation} am \
besten?“

[Den genannten Tag notieren und dann zurückrufen.]

Wenn ${contact_salutation} selbst abnimmt:

„Guten Tag, ${contact_salutation}, hier ist ${candidate_name}. ${call_line} Haben Sie \
schon eine Entscheidung getroffen?“

[Falls ja: zuhören, sich bedanken und nach den nächsten Schritten fragen.]

[Falls noch Zeit nötig ist:] „Das verstehe ich. Wann rechnen Sie jetzt mit einer \
Entscheidung? Und falls ich bis dahin nichts von Ihnen höre, darf ich Sie am folgenden \
Werktag anrufen?“

[Falls um einen Rückruf an einem anderen Tag gebeten wird: den Tag notieren.]

„Die Stelle als ${position_title} interessiert mich weiterhin sehr. Vielen Dank für Ihre \
Zeit.“""",
        "close_loop_voicemail": """\
Guten Tag, ${contact_salutation}, hier ist ${candidate_name}, wegen der Stelle als \
${position_title}. Ich bleibe interessiert, suche aber weiter; bitte um Antwort bis \
${reply_by}. Meine Nummer: ${candidate_phone}. Nochmals: ${candidate_name}, \
${candidate_phone}. Danke.""",
        "close_loop_email": email_template(
            "Nachfrage zur Position als ${position_title}", _DIRECT_CLOSE_LOOP
        ),
        "close_loop_mail": letter_template(_DIRECT_CLOSE_LOOP),
        "move_on": """\
Nachfassen abgeschlossen: ${position_title} bei ${company}

${letters_summary} ${calls_summary} ${close_loop_summary}

Bis ${reply_by}, kam keine Antwort. Damit ist die Bewerbung für Sie abgeschlossen: Fassen \
Sie bei ${contact_name} nicht weiter nach, und stecken Sie Ihre Energie in Ihre anderen \
Bewerbungen.""",
        "decision_postponed": email_template(
            "Vielen Dank für die Information: ${position_title}",
            """\
vielen Dank, dass Sie mich über den neuen Zeitplan für die Position als \
${position_title} informiert haben. Ich habe notiert, dass Sie nun bis ${decision_by}, \
entscheiden möchten. ${next_step_sentence}

An der Aufgabe und an einer Mitarbeit bei ${company} bin ich weiterhin sehr interessiert.

Mit freundlichen Grüßen""",
        ),
        "heard_back_offer": email_template(
            "Vielen Dank für Ihr Angebot: ${position_title}",
            """\
vielen Dank für Ihr Angebot, die Position als ${position_title} bei ${company} zu \
übernehmen. Ich freue mich sehr darüber und schätze Ihr Vertrauen.

Könnten Sie mir das Angebot mit Gehalt, Zusatzleistungen und Eintrittsdatum schriftlich \
zusenden? Sobald es mir vorliegt, würde ich es gern einige Tage prüfen; bitte \
teilen Sie mir mit, bis wann Sie meine Antwort benötigen.

Mit freundlichen Grüßen""",
        ),
        "heard_back_rejected": email_template(
            "Vielen Dank für Ihre Nachricht: ${position_title}",
            """\
vielen Dank, dass Sie mir Ihre Entscheidung zur Position als ${position_title} \
mitgeteilt haben. Auch wenn ich sie bedauere, habe ich die Gelegenheit geschätzt, Sie \
kennenzulernen und mehr über ${company} zu erfahren.

Sollte sich eine andere Position ergeben, die zu meinem Profil passt, würde ich mich \
über Ihre Berücksichtigung freuen. Behalten Sie mich gern in Erinnerung.

Mit freundlichen Grüßen""",
        ),
        "heard_back_next_round": email_template(
            "Nächstes Gespräch: ${position_title}",
            """\
vielen Dank für die Einladung zur nächsten Gesprächsrunde für die Position als \
${position_title} bei ${company}. Gern setze ich das Verfahren fort und freue mich auf \
unser nächstes Gespräch.

Bitte teilen Sie mir Tag, Uhrzeit und Format mit, die Ihnen und dem Team passen; ich \
richte mich gern danach.

Mit freundlichen Grüßen""",
        ),
        "heard_back_on_hold": email_template(
            "Vielen Dank für die Information: ${position_title}",
            """\
vielen Dank für die Information, dass die Besetzung der Position als ${position_title} \
vorerst ruht. Ich verstehe, dass sich Planungen ändern, und bin an der Aufgabe und an \
${company} weiterhin sehr interessiert.

Sollte die Position wieder aktuell werden oder eine andere zu meinem Profil passen, \
freue ich mich, von Ihnen zu hören. Sie erreichen mich unter ${candidate_phone}.

Mit freundlichen Grüßen""",
        ),
        "heard_back_other": email_template(
            "Vielen Dank für Ihre Rückmeldung: ${position_title}",
            """\
vielen Dank für Ihre Rückmeldung zur Position als ${position_title}.

An der Aufgabe und an einer Mitarbeit bei ${company} bin ich weiterhin sehr interessiert. \
Bitte lassen Sie mich wissen, ob Sie noch etwas von mir benötigen.

Mit freundlichen Grüßen""",
        ),
        "withdrawal": email_template(
            "Rückzug meiner Bewerbung: ${position_title}",
            """\
vielen Dank, dass Sie mich für die Position als ${position_title} bei ${company} in \
Betracht gezogen haben, und für die Zeit, die Sie und Ihre Kolleginnen und Kollegen sich \
für mich genommen haben.

Nach reiflicher Überlegung habe ich mich entschieden, meine Bewerbung zurückzuziehen. Die \
Gespräche mit Ihrem Team habe ich sehr geschätzt, und ich hoffe, dass sich unsere Wege \
wieder kreuzen.

Mit freundlichen Grüßen""",
        ),
    }
)

_WARM: Mapping[str, str] = MappingProxyType(
    {
        "permission": """\
Ganz herzlichen Dank für Ihre Zeit heute, ${contact_salutation}; das Gespräch hat mir \
wirklich Freude gemacht. Darf ich fragen, wann Sie mit einer Entscheidung rechnen?

[Zuhören, dann den Tag gemeinsam festhalten.]

Wunderbar. Dann darf ich mich darauf freuen, bis ${decision_by}, von Ihnen zu hören?

[Nach der Bestätigung:]

${follow_up_question}""",
        "thank_you_mail": letter_template(_WARM_THANKS),
        "thank_you_email": email_template(
            "Herzlichen Dank für unser Gespräch über die Stelle als ${position_title}",
            _WARM_THANKS,
        ),
        "voicemail": """\
Hallo, ${contact_salutation}, hier ist ${candidate_name}, wegen der Stelle als \
${position_title}. ${follow_up_sentence} Meine Nummer: ${candidate_phone}. Nochmals: \
${candidate_name}, ${candidate_phone}. Danke!""",
        "talking_points": """\
Wenn eine Assistenz abnimmt:

„Guten Tag, hier ist ${candidate_name}. ${assistant_line} Hätte ${contact_salutation} \
kurz Zeit?“

[Falls nicht:] „Kein Problem. Könnten Sie ${contact_salutation} ausrichten, dass ich \
angerufen habe? Meine Nummer ist ${candidate_phone}. Wann wäre ein günstiger Zeitpunkt?“

[Den vorgeschlagenen Tag notieren und dann zurückrufen.]

Wenn ${contact_salutation} selbst abnimmt:

„Hallo, ${contact_salutation}, hier ist ${candidate_name}. ${call_line} Ich wollte \
fragen, ob es schon Neuigkeiten gibt.“

[Falls es Neuigkeiten gibt: zuhören, sich herzlich bedanken und fragen, wie es \
weitergeht.]

[Falls noch Zeit nötig ist:] „Selbstverständlich, das verstehe ich gut. Wann, denken \
Sie, wird es so weit sein? Und wäre es Ihnen recht, wenn ich mich am folgenden Werktag \
melde, falls ich bis dahin nichts gehört habe?“

[Falls ein anderer Tag für den Rückruf vorgeschlagen wird: ihn notieren.]

„Die Stelle als ${position_title} reizt mich nach wie vor sehr. Herzlichen Dank für \
Ihre Zeit!“""",
        "close_loop_voicemail": """\
Hallo, ${contact_salutation}, hier ist ${candidate_name}, wegen der Stelle als \
${position_title}. Ich bin weiterhin begeistert, suche aber weiter; bitte antworten \
Sie bis ${reply_by}. Meine Nummer: ${candidate_phone}. Nochmals: ${candidate_name}, \
${candidate_phone}. Danke!""",
        "close_loop_email": email_template(
            "Kurze Nachfrage zur Stelle als ${position_title}", _WARM_CLOSE_LOOP
        ),
        "close_loop_mail": letter_template(_WARM_CLOSE_LOOP),
        "move_on": """\
Geschafft: ${position_title} bei ${company}

Sie haben die Strategie bis zum Ende umgesetzt. ${letters_summary} ${calls_summary} \
${close_loop_summary}

Da bis ${reply_by}, keine Antwort kam, ist diese Bewerbung für Sie nun abgeschlossen. Sie \
haben alles getan, was Sie tun konnten; jetzt ist es Zeit, Ihre Energie dem zu widmen, was \
als Nächstes kommt.""",
        "decision_postponed": email_template(
            "Danke für Ihre Nachricht zur Stelle als ${position_title}",
            """\
herzlichen Dank für Ihre Nachricht zum neuen Zeitplan für die Stelle als \
${position_title}. Dafür habe ich volles Verständnis, und ich habe mir notiert, dass Sie \
nun bis ${decision_by}, entscheiden möchten. ${next_step_sentence}

Die Aussicht, bei ${company} mitzuarbeiten, begeistert mich nach wie vor.

Beste Grüße""",
        ),
        "heard_back_offer": email_template(
            "Herzlichen Dank für Ihr Angebot: ${position_title}",
            """\
ganz herzlichen Dank für Ihr Angebot für die Stelle als ${position_title}. Ich freue \
mich sehr und bin dankbar für das Vertrauen, das Sie und das Team von ${company} mir \
entgegenbringen.

Wäre es möglich, mir das Angebot mit Gehalt, Zusatzleistungen und Eintrittsdatum \
schriftlich zu schicken? Ich würde es mir gern ein paar Tage in Ruhe ansehen; könnten Sie mir \
sagen, bis wann Sie meine Antwort brauchen?

Beste Grüße""",
        ),
        "heard_back_rejected": email_template(
            "Danke für Ihre Nachricht: ${position_title}",
            """\
herzlichen Dank für Ihre Nachricht zur Stelle als ${position_title} und für die Zeit, \
die Sie sich für meine Bewerbung genommen haben. Natürlich bin ich enttäuscht, aber ich \
habe mich sehr gefreut, Sie kennenzulernen und mehr über ${company} zu erfahren.

Über eine Berücksichtigung bei künftigen Stellen, die zu meinem Profil passen, würde ich \
mich sehr freuen; behalten Sie mich gern im Hinterkopf.

Beste Grüße""",
        ),
        "heard_back_next_round": email_template(
            "Ich freue mich auf die nächste Runde: ${position_title}",
            """\
ganz herzlichen Dank für die Einladung in die nächste Runde für die Stelle als \
${position_title} bei ${company}. Ich freue mich sehr, dass es weitergeht, und bin schon \
gespannt auf unser nächstes Treffen.

Sagen Sie mir einfach, welcher Tag, welche Uhrzeit und welches Format Ihnen und dem Team \
am besten passen; ich richte mich ganz nach Ihnen.

Beste Grüße""",
        ),
        "heard_back_on_hold": email_template(
            "Danke, dass Sie mich auf dem Laufenden halten: ${position_title}",
            """\
danke für Ihre Nachricht und dafür, dass Sie mich auf dem Laufenden halten. Dass die \
Stelle als ${position_title} vorerst ruht, verstehe ich gut, und die Aufgabe und \
${company} interessieren mich nach wie vor sehr.

Wenn es wieder weitergeht oder eine andere Stelle zu meinem Profil passt, würde ich mich \
sehr freuen, von Ihnen zu hören. Sie erreichen mich jederzeit unter ${candidate_phone}.

Beste Grüße""",
        ),
        "heard_back_other": email_template(
            "Danke für Ihre Rückmeldung: ${position_title}",
            """\
herzlichen Dank, dass Sie sich wegen der Stelle als ${position_title} gemeldet haben; \
ich freue mich über Ihre Nachricht.

Die Aussicht, bei ${company} mitzuarbeiten, begeistert mich nach wie vor. Wenn Sie noch \
etwas von mir brauchen, sagen Sie einfach Bescheid.

Beste Grüße""",
        ),
        "withdrawal": email_template(
            "Meine Bewerbung als ${position_title}",
            """\
ganz herzlichen Dank, dass Sie mich für die Stelle als ${position_title} bei \
${company} berücksichtigt haben, und für all die Zeit, die Sie und Ihre Kolleginnen und \
Kollegen mir geschenkt haben.

Nach langem Überlegen habe ich mich entschieden, meine Bewerbung zurückzuziehen. Es hat \
mir große Freude gemacht, Ihr Team kennenzulernen, und ich hoffe sehr, dass sich unsere \
Wege wieder kreuzen.

Beste Grüße""",
        ),
    }
)

TEMPLATES: Mapping[Tone, Mapping[str, str]] = MappingProxyType(
    {Tone.DIRECT: _DIRECT, Tone.WARM: _WARM}
)
"""The built-in template text, per tone and key."""


# --- The fragments -----------------------------------------------------------------

FRAGMENTS: Mapping[Tone, Mapping[str, str]] = MappingProxyType(
    {
        Tone.DIRECT: MappingProxyType(
            {
                "greeting_feminine": "Sehr geehrte ${contact_salutation},",
                "greeting_masculine": "Sehr geehrter ${contact_salutation},",
                "greeting_named": "Guten Tag ${contact_salutation},",
                "greeting_neutral": "Guten Tag ${contact_name},",
                "ask_to_call": "Und falls ich bis dahin nichts von Ihnen höre, darf ich Sie "
                "dann ${on_follow_up_on}, anrufen?",
                "ask_to_write": "Und falls ich bis dahin nichts von Ihnen höre, darf ich Ihnen "
                "dann ${on_follow_up_on}, eine E-Mail schreiben?",
                "highlights_some": "Besonders geschätzt habe ich ${highlights}.",
                "highlights_none": "Ich habe nun ein klares Bild von der Position und ihren "
                "Herausforderungen.",
                "qualifications_some": "Für die Aufgabe bringe ich ${qualifications} mit.",
                "qualifications_none": "Ich bin überzeugt, dass meine Erfahrung gut zu den "
                "Anforderungen der Stelle passt.",
                "closing_call": "Ich freue mich auf unser Telefonat ${on_follow_up_on}.",
                "closing_no_call": "Wie vereinbart melde ich mich ${on_follow_up_on}, wieder "
                "bei Ihnen.",
                "closing_other": "Nochmals vielen Dank für Ihre Zeit.",
                "call_first_on_time": "Sie wollten bis ${decision_by}, entscheiden. Wie "
                "vereinbart rufe ich heute an.",
                "call_first_late": "Sie wollten bis ${decision_by}, entscheiden. Ich melde "
                "mich wie vereinbart.",
                "call_only": "Sie wollten bis ${decision_by}, entscheiden. Wie vereinbart "
                "frage ich einmal nach.",
                "call_second": "Wie vereinbart melde ich mich nach meinem Anruf vom "
                "${previous_call_on}, wieder.",
                "call_third": "Ich bin weiterhin sehr interessiert; mein voriger Anruf war "
                "${on_previous_call_on}.",
                "call_last": "Nach meinem Anruf vom ${previous_call_on}, rufe ich ein letztes "
                "Mal an.",
                "call_back_second_spoke": "Am ${previous_call_on}, baten Sie mich, "
                "${call_back_day} zurückzurufen.",
                "call_back_third_spoke": "Wie Sie mich am ${previous_call_on}, baten, rufe "
                "ich zurück.",
                "call_back_last_spoke": "Wie Sie am ${previous_call_on}, wünschten, rufe ich "
                "ein letztes Mal zurück.",
                "call_back_second_assistant": "Am ${previous_call_on}, wurde ich gebeten, "
                "${call_back_day} zurückzurufen.",
                "call_back_third_assistant": "Wie ich am ${previous_call_on}, gebeten wurde, "
                "rufe ich zurück.",
                "call_back_last_assistant": "Wie am ${previous_call_on}, erbeten, rufe ich "
                "ein letztes Mal zurück.",
                "assistant_first_on_time": "Ich hatte mit ${contact_name} vereinbart, heute "
                "wegen der Stelle als ${position_title} anzurufen.",
                "assistant_first_late": "Wie mit ${contact_name} vereinbart, melde ich mich "
                "wegen der Stelle als ${position_title}.",
                "assistant_again": "Ich melde mich bei ${contact_name} wegen der Stelle als "
                "${position_title}; mein voriger Anruf war ${on_previous_call_on}.",
                "assistant_call_back": "Ich wurde gebeten, ${contact_name} wegen der Stelle als "
                "${position_title} ${call_back_day} zurückzurufen.",
                "live_first_on_time": "Wir haben ${on_interview_date}, über die Stelle als "
                "${position_title} gesprochen, und Sie wollten bis ${decision_by}, "
                "entscheiden. Wie vereinbart rufe ich heute an.",
                "live_first_late": "Wir haben ${on_interview_date}, über die Stelle als "
                "${position_title} gesprochen, und Sie wollten bis ${decision_by}, "
                "entscheiden. Wie vereinbart melde ich mich bei Ihnen.",
                "live_again": "Ich melde mich wegen der Stelle als ${position_title}; mein "
                "voriger Anruf war ${on_previous_call_on}.",
                "live_call_back_spoke": "Als wir ${on_previous_call_on}, über die Stelle als "
                "${position_title} sprachen, baten Sie mich, ${call_back_day} zurückzurufen.",
                "live_call_back_assistant": "Als ich ${on_previous_call_on}, wegen der Stelle "
                "als ${position_title} anrief, wurde ich gebeten, ${call_back_day} "
                "zurückzurufen.",
                "letter_same_day": "ich habe mich noch am selben Tag per ${letter_channel} bei "
                "Ihnen bedankt",
                "letter_later": "ich habe mich ${on_letter_day}, per ${letter_channel} bei "
                "Ihnen bedankt",
                "history_none": "Unser Vorstellungsgespräch fand am ${interview_date}, statt.",
                "history_letter": "Wir haben uns am ${interview_date}, zum Gespräch getroffen, "
                "und ${letter_clause}.",
                "history_calls_few": "Nach unserem Gespräch am ${interview_date}, habe ich Sie "
                "angerufen: ${on_call_days}.",
                "history_calls_many": "Nach unserem Gespräch am ${interview_date}, habe ich "
                "Sie ${times_since} angerufen, zuletzt ${on_last_call_on}.",
                "history_letter_calls_few": "Wir haben uns am ${interview_date}, zum Gespräch "
                "getroffen; ${letter_clause}, und ich habe Sie angerufen: ${on_call_days}.",
                "history_letter_calls_many": "Wir haben uns am ${interview_date}, zum Gespräch "
                "getroffen; ${letter_clause}, und ich habe Sie seitdem ${times_since} "
                "angerufen, zuletzt ${on_last_call_on}.",
                "history_postponed": "Am ${postponed_on}, haben Sie mir mitgeteilt, dass Sie "
                "bis ${decision_by}, entscheiden möchten.",
                "since_postponed_calls_few": "Seitdem habe ich Sie angerufen: ${on_call_days}.",
                "since_postponed_calls_many": "Seitdem habe ich Sie ${times_since} angerufen, "
                "zuletzt ${on_last_call_on}.",
                "next_step_call": "Falls ich bis dahin nichts von Ihnen höre, rufe ich Sie "
                "${on_follow_up_on}, an.",
                "next_step_write": "Falls ich bis dahin nichts von Ihnen höre, melde ich mich "
                "${on_follow_up_on}, wieder bei Ihnen.",
                "letter_item": "${name} (per ${channel}, ${on_day})",
                "letters": "Sie haben sich bei ${letters} bedankt.",
                "letters_none": "Es ist kein Dankesschreiben erfasst.",
                "calls_some": "Sie haben ${contact_name} ${times} angerufen: ${on_days}.",
                "calls_none": "Sie haben keine Nachfassanrufe geführt.",
                "close_loop": "Ihre abschließende Nachricht haben Sie ${on_closed_on}, per "
                "${channel} geschickt und um eine Antwort bis ${reply_by}, gebeten.",
                "close_loop_none": "Die abschließende Nachricht ist noch nicht erfasst.",
            }
        ),
        Tone.WARM: MappingProxyType(
            {
                "greeting_feminine": "Liebe ${contact_salutation},",
                "greeting_masculine": "Lieber ${contact_salutation},",
                "greeting_named": "Guten Tag ${contact_salutation},",
                "greeting_neutral": "Guten Tag ${contact_name},",
                "ask_to_call": "Und falls wir bis dahin noch nicht gesprochen haben: Wäre es "
                "Ihnen recht, wenn ich Sie ${on_follow_up_on}, kurz anrufe?",
                "ask_to_write": "Und falls wir bis dahin noch nicht in Kontakt waren: Wäre es "
                "Ihnen recht, wenn ich Ihnen ${on_follow_up_on}, kurz eine E-Mail schreibe?",
                "highlights_some": "Besonders gern erinnere ich mich an ${highlights}.",
                "highlights_none": "Ich habe einen lebendigen Eindruck von Ihrem Team und "
                "Ihrer Arbeit gewonnen.",
                "qualifications_some": "Ich bin überzeugt, dass ich ${qualifications} bei "
                "Ihnen gut einbringen kann.",
                "qualifications_none": "Meine Erfahrung würde ich sehr gern bei Ihnen einbringen.",
                "closing_call": "Ich freue mich schon darauf, ${on_follow_up_on}, wieder mit "
                "Ihnen zu sprechen.",
                "closing_no_call": "Gern melde ich mich ${on_follow_up_on}, wieder bei Ihnen.",
                "closing_other": "Nochmals herzlichen Dank für Ihre Zeit und den freundlichen "
                "Empfang.",
                "call_first_on_time": "Sie hofften, bis ${decision_by}, zu entscheiden. Wie "
                "verabredet melde ich mich heute.",
                "call_first_late": "Sie hofften, bis ${decision_by}, zu entscheiden. Wie "
                "verabredet melde ich mich jetzt.",
                "call_only": "Sie hofften, bis ${decision_by}, zu entscheiden. Wie verabredet "
                "frage ich einmal nach.",
                "call_second": "Ich melde mich gern noch einmal nach meinem Anruf vom "
                "${previous_call_on}.",
                "call_third": "Ich hatte es ${on_previous_call_on}, versucht und freue mich "
                "auf ein Gespräch.",
                "call_last": "Nach meinem Anruf vom ${previous_call_on}, versuche ich es ein "
                "letztes Mal.",
                "call_back_second_spoke": "Am ${previous_call_on}, meinten Sie, ich solle "
                "${call_back_day} zurückrufen.",
                "call_back_third_spoke": "Ich rufe zurück, wie Sie am ${previous_call_on}, "
                "vorschlugen.",
                "call_back_last_spoke": "Wie Sie am ${previous_call_on}, vorschlugen, rufe ich "
                "ein letztes Mal zurück.",
                "call_back_second_assistant": "Am ${previous_call_on}, hieß es, ich solle "
                "${call_back_day} zurückrufen.",
                "call_back_third_assistant": "Ich rufe zurück, wie man mich am "
                "${previous_call_on}, gebeten hat.",
                "call_back_last_assistant": "Wie man mich am ${previous_call_on}, bat, rufe ich "
                "ein letztes Mal zurück.",
                "assistant_first_on_time": "${contact_name} und ich wollten heute über die "
                "Stelle als ${position_title} sprechen.",
                "assistant_first_late": "Ich melde mich wie verabredet bei ${contact_name} "
                "wegen der Stelle als ${position_title}.",
                "assistant_again": "Ich melde mich bei ${contact_name} wegen der Stelle als "
                "${position_title}; zuletzt hatte ich es ${on_previous_call_on}, "
                "versucht.",
                "assistant_call_back": "Man hat mich gebeten, ${contact_name} wegen der Stelle "
                "als ${position_title} ${call_back_day} zurückzurufen.",
                "live_first_on_time": "Es hat mich sehr gefreut, Sie ${on_interview_date}, "
                "kennenzulernen. Sie hofften, bis ${decision_by}, über die Stelle als "
                "${position_title} zu entscheiden, und wie verabredet melde ich mich heute.",
                "live_first_late": "Es hat mich sehr gefreut, Sie ${on_interview_date}, "
                "kennenzulernen. Sie hofften, bis ${decision_by}, über die Stelle als "
                "${position_title} zu entscheiden, und wie verabredet melde ich mich.",
                "live_again": "Ich melde mich wegen der Stelle als ${position_title}; zuletzt "
                "hatte ich es ${on_previous_call_on}, versucht.",
                "live_call_back_spoke": "Als wir ${on_previous_call_on}, über die Stelle als "
                "${position_title} sprachen, meinten Sie, ich solle ${call_back_day} "
                "zurückrufen.",
                "live_call_back_assistant": "Als ich ${on_previous_call_on}, wegen der Stelle "
                "als ${position_title} anrief, hieß es, ich solle ${call_back_day} "
                "zurückrufen.",
                "letter_same_day": "ich habe mich noch am selben Tag per ${letter_channel} bedankt",
                "letter_later": "ich habe mich ${on_letter_day}, per ${letter_channel} bedankt",
                "history_none": "Es war mir eine Freude, Sie am ${interview_date}, kennenzulernen.",
                "history_letter": "Es war mir eine Freude, Sie am ${interview_date}, "
                "kennenzulernen, und ${letter_clause}.",
                "history_calls_few": "Es war mir eine Freude, Sie am ${interview_date}, "
                "kennenzulernen, und ich habe es telefonisch versucht: ${on_call_days}.",
                "history_calls_many": "Es war mir eine Freude, Sie am ${interview_date}, "
                "kennenzulernen, und ich habe es seitdem ${times_since} telefonisch versucht, "
                "zuletzt ${on_last_call_on}.",
                "history_letter_calls_few": "Es war mir eine Freude, Sie am ${interview_date}, "
                "kennenzulernen; ${letter_clause}, und ich habe es telefonisch versucht: "
                "${on_call_days}.",
                "history_letter_calls_many": "Es war mir eine Freude, Sie am "
                "${interview_date}, kennenzulernen; ${letter_clause}, und seitdem habe ich es "
                "${times_since} telefonisch versucht, zuletzt ${on_last_call_on}.",
                "history_postponed": "Am ${postponed_on}, haben Sie mir freundlicherweise "
                "mitgeteilt, dass Sie nun bis ${decision_by}, entscheiden möchten.",
                "since_postponed_calls_few": "Seitdem habe ich es telefonisch versucht: "
                "${on_call_days}.",
                "since_postponed_calls_many": "Seitdem habe ich es ${times_since} telefonisch "
                "versucht, zuletzt ${on_last_call_on}.",
                "next_step_call": "Falls ich bis dahin noch nichts gehört habe, rufe ich Sie "
                "gern ${on_follow_up_on}, an.",
                "next_step_write": "Falls ich bis dahin noch nichts gehört habe, melde ich "
                "mich gern ${on_follow_up_on}, wieder bei Ihnen.",
                "letter_item": "${name} (per ${channel}, ${on_day})",
                "letters": "Ihr Dankeschön ging an ${letters}.",
                "letters_none": "Es sind keine Dankesschreiben erfasst.",
                "calls_some": "Sie haben ${contact_name} ${times} angerufen, und zwar ${on_days}.",
                "calls_none": "Nachfassanrufe gab es keine.",
                "close_loop": "Ihre letzte Nachricht haben Sie ${on_closed_on}, per ${channel} "
                "verschickt, mit der Bitte um Antwort bis ${reply_by}.",
                "close_loop_none": "Ihre letzte Nachricht ist noch nicht erfasst.",
            }
        ),
    }
)
"""The built-in sentences the scripts build placeholders from, per tone and name."""


# --- The calendar's words -------------------------------------------------------------

CALENDAR: Mapping[str, str] = MappingProxyType(
    {
        "calendar_name": "Nachfassen: ${position_title} bei ${company}",
        "thank_you_summary": "Dankesschreiben an ${name} (${company})",
        "call_summary": "${name} anrufen (${company}): Nachfassanruf ${attempt} von ${max_calls}",
        "close_loop_summary": "Abschließende Nachricht an ${name} (${company})",
        "move_on_summary": "Abschluss: ${position_title} bei ${company}",
        "call_before": "${name} vor Arbeitsbeginn anrufen: ${start} bis ${end} Uhr "
        "${on_day} (${zone}).",
        "call_before_phone": "${name} unter ${phone} vor Arbeitsbeginn anrufen: ${start} bis "
        "${end} Uhr ${on_day} (${zone}).",
        "call_after": "Falls das nicht klappt, am selben Tag nach Feierabend anrufen: "
        "${start} bis ${end} Uhr (${zone}).",
        "call_after_only": "${name} nach Feierabend anrufen: ${start} bis ${end} Uhr "
        "${on_day} (${zone}).",
        "call_after_only_phone": "${name} unter ${phone} nach Feierabend anrufen: ${start} "
        "bis ${end} Uhr ${on_day} (${zone}).",
        "call_day": "${name} ${on_day} anrufen (${zone}).",
        "call_day_phone": "${name} ${on_day} unter ${phone} anrufen (${zone}).",
        "voicemail_heading": "Text für die Sprachnachricht:",
        "thank_you_heading": "Dankesschreiben an ${name}:",
        "close_loop_instructions": "Eine letzte Nachricht an ${name} senden und um eine "
        "Antwort bis ${reply_by} bitten.",
        "subject_line": "Betreff: ${subject}",
        "move_on_instructions": "Bis ${reply_by}, kam keine Antwort: die Bewerbung abschließen "
        "und nach vorn schauen.",
    }
)
"""The calendar export's titles and instructions (``to_ical``), by name."""
