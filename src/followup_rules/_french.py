"""French (France): the words of the scripts, in the register of French business correspondence.

Choices a reader of the texts should know:

* Everyone is addressed as *vous*: the decision-maker and the interviewers
  in both tones, and the candidate in the move-on summary and the stage
  directions of the talking points (written in the infinitive, as French
  instructions are).
* Nothing agrees with anyone's gender unless the user said it. The
  candidate never writes a participle or an adjective about themselves
  ("intéressé", "ravi", "informé" are rephrased: "ce poste m'intéresse
  vivement", "j'ai eu grand plaisir à", "m'avoir fait part"); the contact
  is never the object of a participle ("je vous ai téléphoné", not
  "appelé"). The feminine and masculine greetings are used only when the
  salutation the user typed opens with "Madame", "Mme", "Monsieur" or "M.";
  they then follow French letter-writing usage and name no one ("Madame,",
  "Chère Madame,"), which also keeps an abbreviation out of the greeting.
  Without an honorific the greeting is "Bonjour" with what was typed, or
  with the full name.
* A typed value never follows a word that would have to elide before a
  vowel ("de", "que", "le"): the position's title is set in guillemets
  after "poste", the company follows "chez" or "rejoindre", and dates
  follow "le" or "du" (every French weekday starts with a consonant).
* Typography: a narrow no-break space before ; ! ?, a no-break space before
  : and inside « », the typographic apostrophe, an en dash between the
  parts of a subject and an em dash before each spoken line. The texts
  below are written with plain spaces and ASCII marks, for legibility and
  so that no look-alike character hides in the source; :func:`_typeset`
  sets them once, when the module is imported.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from ._cldr import Words
from ._values import Channel, Tone
from ._wording import email_template, letter_template

__all__ = ["CALENDAR", "FRAGMENTS", "TEMPLATES", "WORDS"]

WORDS = Words(
    code="fr",
    name="French",
    locale="fr",
    words_per_minute=145,
    date_pattern="EEEE d MMMM",
    on_date=("le",) * 7,
    today_word="aujourd\u2019hui",
    yesterday_word="hier",
    conjunction="et",
    times=(
        "une fois",
        "deux fois",
        "trois fois",
        "quatre fois",
        "cinq fois",
        "six fois",
        "sept fois",
        "huit fois",
    ),
    times_other="{count} fois",
    # As in "le premier appel", "le deuxième appel": masculine, like "appel".
    ordinals=(
        "premier",
        "deuxième",
        "troisième",
        "quatrième",
        "cinquième",
        "sixième",
        "septième",
        "huitième",
    ),
    ordinal_other="{count}e",
    channels={
        Channel.MAIL: "courrier",
        Channel.EMAIL: "courriel",
        Channel.PHONE: "téléphone",
        Channel.VOICEMAIL: "message vocal",
    },
    # Capitalised only because they open a typed phrase ("La présentation
    # de la refonte", "Six ans d'expérience"): articles, possessives,
    # determiners, numbers and the common nouns such phrases open with.
    sentence_starters=frozenset(
        {
            "l'",
            "d'",
            "le",
            "la",
            "les",
            "un",
            "une",
            "des",
            "du",
            "de",
            "mon",
            "ma",
            "mes",
            "notre",
            "nos",
            "votre",
            "vos",
            "leur",
            "leurs",
            "son",
            "sa",
            "ses",
            "ce",
            "cet",
            "cette",
            "ces",
            "chaque",
            "tout",
            "toute",
            "tous",
            "toutes",
            "quelques",
            "plusieurs",
            "nombreux",
            "nombreuses",
            "comment",
            "pourquoi",
            "quel",
            "quelle",
            "quels",
            "quelles",
            "deux",
            "trois",
            "quatre",
            "cinq",
            "six",
            "sept",
            "huit",
            "neuf",
            "dix",
            "douze",
            "quinze",
            "vingt",
            "solide",
            "solides",
            "longue",
            "large",
            "bonne",
            "excellente",
            "expérience",
            "expertise",
            "maîtrise",
            "connaissance",
            "connaissances",
            "direction",
            "gestion",
            "conception",
            "pilotage",
            "encadrement",
            "animation",
            "création",
            "développement",
            "présentation",
            "démonstration",
            "discussion",
            "conversation",
            "échange",
            "échanges",
            "visite",
            "déjeuner",
            "questions",
            "séance",
            "exercice",
            "étude",
            "revue",
        }
    ),
    # Words whose trailing period is theirs: "Dupont & Cie." keeps it in
    # mid-sentence, and a sentence ending on it takes no second one.
    abbreviations=frozenset(
        {
            "cie",
            "sté",
            "éts",
            "ets",
            "etc",
            "av",
            "bd",
            "boul",
            "fg",
            "pl",
            "env",
            "tél",
            "réf",
            "dir",
            "ex",
            "cf",
            "no",
            "inc",
            "ltd",
            "co",
            "corp",
        }
    ),
    feminine=frozenset({"Madame", "Mme", "Mme.", "Mademoiselle", "Mlle", "Mlle."}),
    masculine=frozenset({"Monsieur", "M."}),
    semicolon="\u202f; ",
    first_of_month="1er",
)
"""How French writes the facts of a script: 145 words a minute, "mardi 22 août"."""


# The texts are written with plain spaces and ASCII marks; French typography
# is set here, once. Each pair: what the source holds, what French prints.
_TYPOGRAPHY = (
    ("'", "\u2019"),  # the apostrophe
    ("\n-- ", "\n\u2014\u00a0"),  # a spoken line opens with an em dash
    (" -- ", " \u2013 "),  # the parts of a subject are set off by an en dash
    (" ;", "\u202f;"),
    (" !", "\u202f!"),
    (" ?", "\u202f?"),
    (" :", "\u00a0:"),
    ("« ", "«\u00a0"),
    (" »", "\u00a0»"),
)


def _typeset(text: str) -> str:
    """Set a text in French typography: spaces before ; ! ? : and inside « », apostrophes, dashes."""
    for plain, typeset in _TYPOGRAPHY:
        text = text.replace(plain, typeset)
    return text


def _typeset_all(table: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType({name: _typeset(text) for name, text in table.items()})


# --- The templates ---------------------------------------------------------------

# The closings. A printed letter ends on the short form of the formal
# formula, an email on the closing French business email uses; each ends
# with a comma, right above the signature (the full formula, "Je vous prie
# d'agréer... distinguées.", is a sentence of its own and would end the
# letter with a period before the room to sign).
_DIRECT_LETTER_CLOSING = "Avec mes salutations distinguées,"
_WARM_LETTER_CLOSING = "Très cordialement,"
_DIRECT_EMAIL_CLOSING = "Bien cordialement,"
_WARM_EMAIL_CLOSING = "Bien à vous,"

_DIRECT_THANKS = """\
Je vous remercie de l'entretien que vous m'avez accordé le ${interview_date} au sujet \
du poste « ${position_title} ». Notre échange a renforcé mon intérêt \
pour ce poste et mon souhait de rejoindre ${company}.

${highlights_sentence} ${qualifications_sentence}

${closing_sentence}"""

_WARM_THANKS = """\
Merci beaucoup d'avoir pris le temps de me rencontrer le ${interview_date}. J'ai eu grand \
plaisir à en apprendre davantage sur le poste « ${position_title} », et la \
perspective de rejoindre ${company} me motive plus que jamais.

${highlights_sentence} ${qualifications_sentence}

${closing_sentence}"""

_DIRECT_CLOSE_LOOP = """\
Je me permets de vous recontacter au sujet du poste « ${position_title} ». \
${follow_up_history}

Mon intérêt pour ce poste et pour ${company} reste entier. Je poursuis par ailleurs \
mes recherches ; je vous saurais donc gré de me faire connaître votre décision \
d'ici le ${reply_by}.

Je vous remercie de votre attention."""

_WARM_CLOSE_LOOP = """\
J'espère que vous allez bien. Je me permets de vous écrire pour savoir où en est \
le recrutement pour le poste « ${position_title} ». ${follow_up_history}

La perspective de rejoindre ${company} me tient toujours à cœur. Je poursuis mes \
recherches et d'autres pistes s'offrent à moi, mais ce poste m'intéresse tout \
particulièrement ; j'aimerais donc beaucoup connaître votre position d'ici le \
${reply_by}.

Merci encore pour le temps que vous m'accordez."""


def _email(subject: str, body: str, closing: str) -> str:
    return email_template(subject, f"{body}\n\n{closing}")


def _letter(body: str, closing: str) -> str:
    return letter_template(f"{body}\n\n{closing}")


def _direct_email(subject: str, body: str) -> str:
    return _email(subject, body, _DIRECT_EMAIL_CLOSING)


def _warm_email(subject: str, body: str) -> str:
    return _email(subject, body, _WARM_EMAIL_CLOSING)


_DIRECT: Mapping[str, str] = _typeset_all(
    {
        "permission": """\
Merci pour cet entretien, ${contact_salutation}. Avant de partir, une question : quand \
pensez-vous prendre votre décision ?

[Écouter, puis répéter la date.]

Je peux donc attendre votre réponse d'ici le ${decision_by} ?

[Une fois la date confirmée :]

${follow_up_question}""",
        "thank_you_mail": _letter(_DIRECT_THANKS, _DIRECT_LETTER_CLOSING),
        "thank_you_email": _direct_email(
            "Merci pour notre entretien -- ${position_title}", _DIRECT_THANKS
        ),
        "voicemail": """\
Bonjour ${contact_salutation}, ici ${candidate_name}, au sujet du poste \
« ${position_title} ». ${follow_up_sentence} Pourriez-vous me rappeler au \
${candidate_phone} ? Je répète : ${candidate_name}, ${candidate_phone}. Merci.""",
        "talking_points": """\
Si quelqu'un d'autre décroche :

-- Bonjour, ${candidate_name} à l'appareil. ${assistant_line} Pourrais-je lui \
parler ?

[Sinon :]

-- Pourriez-vous indiquer à ${contact_salutation} que j'ai appelé ? Mon numéro \
est le ${candidate_phone}. À quel moment puis-je rappeler ?

[Noter le jour indiqué et rappeler ce jour-là.]

Si ${contact_salutation} répond :

-- Bonjour ${contact_salutation}, ${candidate_name} à l'appareil. ${call_line} \
Avez-vous pris votre décision ?

[Si oui : écouter, remercier et demander quelles sont les prochaines étapes.]

[S'il faut plus de temps :]

-- Je comprends. Quand pensez-vous désormais décider ? Et si je n'ai pas de \
nouvelles d'ici là, puis-je vous rappeler le jour ouvré suivant ?

[Si l'on vous demande de rappeler un autre jour : noter ce jour.]

-- Le poste « ${position_title} » m'intéresse toujours vivement. Je vous \
remercie pour cet échange.""",
        "close_loop_voicemail": """\
Bonjour ${contact_salutation}, ici ${candidate_name}, au sujet du poste \
« ${position_title} ». Ce poste m'intéresse toujours vivement ; comme je \
poursuis mes recherches, je souhaiterais avoir votre réponse d'ici le ${reply_by}. \
Mon numéro : ${candidate_phone}. Je répète : ${candidate_name}, \
${candidate_phone}. Merci.""",
        "close_loop_email": _direct_email(
            "Suivi de ma candidature -- ${position_title}", _DIRECT_CLOSE_LOOP
        ),
        "close_loop_mail": _letter(_DIRECT_CLOSE_LOOP, _DIRECT_LETTER_CLOSING),
        "move_on": """\
Relances terminées : ${position_title} chez ${company}

${letters_summary} ${calls_summary} ${close_loop_summary}

Aucune réponse n'est arrivée à la date du ${reply_by} : la candidature est close \
de votre côté. Ne relancez plus ${contact_name} et consacrez votre énergie \
à vos autres pistes.""",
        "decision_postponed": _direct_email(
            "Nouveau calendrier -- ${position_title}",
            """\
Je vous remercie de m'avoir fait part du nouveau calendrier de recrutement pour le poste \
« ${position_title} ». Je note que vous pensez désormais décider d'ici le \
${decision_by}. ${next_step_sentence}

Mon intérêt pour ce poste et pour ${company} reste entier.""",
        ),
        "heard_back_offer": _direct_email(
            "Votre proposition -- ${position_title}",
            """\
Je vous remercie de me proposer le poste « ${position_title} » chez ${company}. \
C'est une excellente nouvelle, et je suis très sensible à la confiance que vous me \
témoignez.

Pourriez-vous me faire parvenir cette proposition par écrit, avec la rémunération, \
les avantages et la date de prise de poste ? Je souhaiterais disposer de quelques jours pour \
l'étudier ; merci de m'indiquer à quelle date vous attendez ma réponse.""",
        ),
        "heard_back_rejected": _direct_email(
            "Votre réponse -- ${position_title}",
            """\
Je vous remercie de m'avoir fait connaître votre décision concernant le poste \
« ${position_title} ». Même si elle me déçoit, j'ai eu plaisir à vous \
rencontrer et à découvrir ${company}.

Si un autre poste correspondant à mon profil venait à s'ouvrir, je vous remercie par \
avance de penser à moi.""",
        ),
        "heard_back_next_round": _direct_email(
            "Prochain entretien -- ${position_title}",
            """\
Je vous remercie de votre invitation à poursuivre le processus de recrutement pour le \
poste « ${position_title} » chez ${company}. J'accepte avec plaisir et j'attends \
notre prochaine rencontre avec intérêt.

Je vous laisse me proposer la date, l'heure et le format qui vous conviennent, à vous et \
à l'équipe ; je me rendrai disponible.""",
        ),
        "heard_back_on_hold": _direct_email(
            "Merci pour votre message -- ${position_title}",
            """\
Je vous remercie de m'avoir fait savoir que le recrutement pour le poste \
« ${position_title} » est suspendu. Je comprends que les projets évoluent, et mon \
intérêt pour ce poste comme pour ${company} reste entier.

Si le poste est rouvert, ou si un autre poste correspond à mon profil, j'aurai plaisir \
à en parler avec vous. Vous pouvez me joindre au ${candidate_phone}.""",
        ),
        "heard_back_other": _direct_email(
            "Merci pour votre retour -- ${position_title}",
            """\
Je vous remercie de votre message au sujet du poste « ${position_title} » et des \
nouvelles que vous me donnez.

Mon intérêt pour ce poste et pour ${company} reste entier. N'hésitez pas à me \
faire savoir si vous avez besoin d'autres éléments de ma part.""",
        ),
        "withdrawal": _direct_email(
            "Retrait de ma candidature -- ${position_title}",
            """\
Je vous remercie de l'intérêt que vous avez porté à ma candidature au poste \
« ${position_title} » chez ${company}, ainsi que du temps que vous et vos collègues \
m'avez consacré.

Après mûre réflexion, j'ai décidé de retirer ma candidature. J'ai eu plaisir \
à découvrir votre équipe, et j'espère que nos chemins se croiseront à \
nouveau.""",
        ),
    }
)

_WARM: Mapping[str, str] = _typeset_all(
    {
        "permission": """\
Merci beaucoup de m'avoir consacré ce temps aujourd'hui, ${contact_salutation} ; j'ai \
vraiment apprécié notre échange. Puis-je vous demander quand vous pensez prendre \
votre décision ?

[Écouter, puis reformuler la date pour la confirmer.]

Très bien. Je peux donc espérer avoir de vos nouvelles d'ici le ${decision_by} ?

[Une fois la date confirmée :]

${follow_up_question}""",
        "thank_you_mail": _letter(_WARM_THANKS, _WARM_LETTER_CLOSING),
        "thank_you_email": _warm_email(
            "Merci pour notre rencontre -- ${position_title}", _WARM_THANKS
        ),
        "voicemail": """\
Bonjour ${contact_salutation}, c'est ${candidate_name}, au sujet du poste \
« ${position_title} ». ${follow_up_sentence} Je suis joignable au \
${candidate_phone}. Je répète : ${candidate_name}, ${candidate_phone}. Merci \
beaucoup.""",
        "talking_points": """\
Si quelqu'un d'autre décroche :

-- Bonjour, ${candidate_name} à l'appareil. ${assistant_line} Serait-il possible de \
lui parler un instant ?

[Sinon :]

-- Entendu, merci. Pourriez-vous dire à ${contact_salutation} que j'ai \
appelé ? Mon numéro est le ${candidate_phone}. Quel serait le meilleur moment pour \
rappeler ?

[Noter le jour proposé et rappeler ce jour-là.]

Si ${contact_salutation} répond :

-- Bonjour ${contact_salutation}, ${candidate_name} à l'appareil. ${call_line} Y a-t-il \
du nouveau de votre côté ?

[S'il y a du nouveau : écouter, remercier chaleureusement et demander quelle est la \
suite.]

[S'il faut plus de temps :]

-- Bien sûr, je comprends tout à fait. À quel moment pensez-vous pouvoir \
décider ? Et si je n'ai pas eu de nouvelles d'ici là, accepteriez-vous que je vous \
rappelle le jour ouvré suivant ?

[Si l'on vous propose un autre jour pour rappeler : le noter.]

-- Le poste « ${position_title} » me tient vraiment à cœur. Merci beaucoup \
de m'avoir consacré ce moment.""",
        "close_loop_voicemail": """\
Bonjour ${contact_salutation}, c'est ${candidate_name}, au sujet du poste \
« ${position_title} ». J'y tiens toujours beaucoup ; comme je poursuis mes \
recherches, j'aimerais avoir votre réponse d'ici le ${reply_by}. Mon numéro : \
${candidate_phone}. Je répète : ${candidate_name}, ${candidate_phone}. Merci \
beaucoup.""",
        "close_loop_email": _warm_email(
            "Où en est le recrutement ? -- ${position_title}", _WARM_CLOSE_LOOP
        ),
        "close_loop_mail": _letter(_WARM_CLOSE_LOOP, _WARM_LETTER_CLOSING),
        "move_on": """\
Démarche terminée : ${position_title} chez ${company}

Vous avez suivi la démarche jusqu'au bout. ${letters_summary} ${calls_summary} \
${close_loop_summary}

Faute de réponse à la date du ${reply_by}, cette candidature est désormais close \
de votre côté. Vous avez fait tout ce qui était possible ; il est temps de \
consacrer votre énergie à la suite.""",
        "decision_postponed": _warm_email(
            "Merci pour ces nouvelles -- ${position_title}",
            """\
Merci beaucoup pour ces nouvelles au sujet du poste « ${position_title} ». Je \
comprends tout à fait, et je note que vous espérez désormais décider d'ici le \
${decision_by}. ${next_step_sentence}

La perspective de rejoindre ${company} me tient toujours autant à cœur.""",
        ),
        "heard_back_offer": _warm_email(
            "Merci pour votre proposition -- ${position_title}",
            """\
Merci infiniment de me proposer le poste « ${position_title} » chez ${company}. \
C'est une très belle nouvelle, et la confiance que vous et l'équipe me témoignez me \
touche beaucoup.

Pourriez-vous m'envoyer la proposition par écrit, avec la rémunération, les \
avantages et la date de prise de poste ? J'aimerais prendre quelques jours pour l'étudier \
sereinement ; pourriez-vous me dire à quelle date vous souhaitez avoir ma réponse ?""",
        ),
        "heard_back_rejected": _warm_email(
            "Merci pour votre réponse -- ${position_title}",
            """\
Merci de m'avoir fait part de votre décision concernant le poste \
« ${position_title} », et du temps que vous avez pris pour étudier ma candidature. \
C'est bien sûr une déception, mais j'ai sincèrement apprécié de vous \
rencontrer et de découvrir ${company}.

Si un poste correspondant à mon profil se présentait à l'avenir, c'est avec plaisir \
que j'y postulerais : n'hésitez pas à penser à moi.""",
        ),
        "heard_back_next_round": _warm_email(
            "Prochaine étape -- ${position_title}",
            """\
Merci beaucoup pour votre invitation à la prochaine étape du recrutement pour le \
poste « ${position_title} » chez ${company}. C'est une très bonne nouvelle, et j'ai \
hâte de vous revoir.

Dites-moi simplement la date, l'heure et le format qui vous conviennent le mieux, à vous \
et à l'équipe : je m'organiserai en conséquence.""",
        ),
        "heard_back_on_hold": _warm_email(
            "Merci pour votre message -- ${position_title}",
            """\
Merci de m'avoir fait savoir que le recrutement pour le poste « ${position_title} » \
est en suspens ; j'apprécie beaucoup que vous me teniez au courant. Je comprends tout \
à fait, et mon intérêt pour ce poste comme pour ${company} reste intact.

Si les choses évoluent, ou si un autre poste correspond à mon profil, j'aurai grand \
plaisir à avoir de vos nouvelles. Vous pouvez me joindre à tout moment au \
${candidate_phone}.""",
        ),
        "heard_back_other": _warm_email(
            "Merci pour votre retour -- ${position_title}",
            """\
Merci beaucoup pour votre message au sujet du poste « ${position_title} », et merci \
de me tenir au courant.

La perspective de rejoindre ${company} me tient toujours à cœur. Si vous avez besoin \
de quoi que ce soit d'autre de ma part, n'hésitez pas à me le dire.""",
        ),
        "withdrawal": _warm_email(
            "Ma candidature au poste « ${position_title} »",
            """\
Merci infiniment de l'attention que vous avez portée à ma candidature au poste \
« ${position_title} » chez ${company}, et de tout le temps que vous et vos \
collègues m'avez accordé.

Après mûre réflexion, j'ai décidé de retirer ma candidature. J'ai vraiment \
apprécié de faire la connaissance de votre équipe, et j'espère que nos chemins \
se croiseront à nouveau.""",
        ),
    }
)

TEMPLATES: Mapping[Tone, Mapping[str, str]] = MappingProxyType(
    {Tone.DIRECT: _DIRECT, Tone.WARM: _WARM}
)
"""The built-in template text, per tone and key."""


# --- The fragments -----------------------------------------------------------------

_DIRECT_FRAGMENTS = {
    "greeting_feminine": "Madame,",
    "greeting_masculine": "Monsieur,",
    "greeting_named": "Bonjour ${contact_salutation},",
    "greeting_neutral": "Bonjour ${contact_name},",
    "ask_to_call": "Et si je n'ai pas de nouvelles d'ici là, puis-je vous appeler "
    "${on_follow_up_on} ?",
    "ask_to_write": "Et si je n'ai pas de nouvelles d'ici là, puis-je vous écrire "
    "${on_follow_up_on} ?",
    "highlights_some": "J'ai particulièrement apprécié ${highlights}.",
    "highlights_none": "J'ai désormais une vision claire du poste et de ses enjeux.",
    "qualifications_some": "Je mettrais à votre service ${qualifications}.",
    "qualifications_none": "Mon expérience correspond, j'en ai la conviction, aux "
    "exigences du poste.",
    "closing_call": "Comme convenu, je me permettrai de vous appeler ${on_follow_up_on}.",
    "closing_no_call": "Comme convenu, je reprendrai contact avec vous ${on_follow_up_on}.",
    "closing_other": "Je vous remercie à nouveau du temps que vous m'avez consacré.",
    "call_first_on_time": "Vous pensiez décider d'ici ${on_decision_by}, et il était "
    "convenu que je vous appellerais aujourd'hui.",
    "call_first_late": "Vous pensiez décider d'ici ${on_decision_by} ; comme convenu, je "
    "vous appelle pour faire le point.",
    "call_only": "Vous pensiez décider d'ici ${on_decision_by} ; comme convenu, je vous appelle "
    "pour connaître votre décision.",
    "call_second": "Comme convenu, je fais suite à mon appel du ${previous_call_on}.",
    "call_third": "Ce poste m'intéresse toujours vivement ; je vous recontacte après mon "
    "appel du ${previous_call_on}.",
    "call_last": "Après mon appel du ${previous_call_on}, je vous appelle une dernière fois "
    "avant de vous écrire.",
    "call_back_second_spoke": "Le ${previous_call_on}, vous m'aviez demandé de vous rappeler "
    "${call_back_day}.",
    "call_back_third_spoke": "Je vous rappelle, comme vous me l'aviez demandé "
    "${on_previous_call_on}.",
    "call_back_last_spoke": "Je vous rappelle comme vous me l'aviez demandé "
    "${on_previous_call_on} ; c'est mon dernier appel.",
    "call_back_second_assistant": "Le ${previous_call_on}, on m'a demandé de rappeler "
    "${call_back_day}.",
    "call_back_third_assistant": "Je vous rappelle, comme on me l'avait demandé "
    "${on_previous_call_on}.",
    "call_back_last_assistant": "Je vous rappelle comme on me l'avait demandé "
    "${on_previous_call_on} ; c'est mon dernier appel.",
    "assistant_first_on_time": "Il était convenu avec ${contact_name} que je "
    "l'appellerais aujourd'hui au sujet du poste « ${position_title} ».",
    "assistant_first_late": "Comme convenu avec ${contact_name}, j'appelle au sujet du poste "
    "« ${position_title} ».",
    "assistant_again": "J'appelle ${contact_name} au sujet du poste « ${position_title} "
    "» ; mon dernier appel date du ${previous_call_on}.",
    "assistant_call_back": "On m'a demandé de rappeler ${contact_name} ${call_back_day} au "
    "sujet du poste « ${position_title} ».",
    "live_first_on_time": "Nous avons échangé ${on_interview_date} au sujet du poste "
    "« ${position_title} », et vous pensiez décider d'ici ${on_decision_by}. "
    "Comme convenu, je vous appelle aujourd'hui.",
    "live_first_late": "Nous avons échangé ${on_interview_date} au sujet du poste "
    "« ${position_title} », et vous pensiez décider d'ici ${on_decision_by}. "
    "Comme convenu, je vous appelle pour faire le point.",
    "live_again": "Je vous appelle au sujet du poste « ${position_title} » ; mon "
    "dernier appel date du ${previous_call_on}.",
    "live_call_back_spoke": "Lors de notre échange du ${previous_call_on} au sujet du poste "
    "« ${position_title} », vous m'aviez demandé de vous rappeler ${call_back_day}.",
    "live_call_back_assistant": "Lors de mon appel du ${previous_call_on} au sujet du poste "
    "« ${position_title} », on m'a demandé de rappeler ${call_back_day}.",
    "letter_same_day": "je vous ai adressé mes remerciements par ${letter_channel} le jour même",
    "letter_later": "je vous ai adressé mes remerciements par ${letter_channel} ${on_letter_day}",
    "history_none": "Nous avons échangé à ce sujet lors de notre entretien du ${interview_date}.",
    "history_letter": "À la suite de notre entretien du ${interview_date}, ${letter_clause}.",
    "history_calls_few": "À la suite de notre entretien du ${interview_date}, je vous ai "
    "téléphoné ${on_call_days}.",
    "history_calls_many": "À la suite de notre entretien du ${interview_date}, je vous ai "
    "téléphoné ${times_since}, mon dernier appel datant du ${last_call_on}.",
    "history_letter_calls_few": "À la suite de notre entretien du ${interview_date}, "
    "${letter_clause}, puis je vous ai téléphoné ${on_call_days}.",
    "history_letter_calls_many": "À la suite de notre entretien du ${interview_date}, "
    "${letter_clause}, puis je vous ai téléphoné ${times_since}, mon dernier appel "
    "datant du ${last_call_on}.",
    "history_postponed": "Le ${postponed_on}, vous m'avez fait savoir que vous pensiez "
    "décider d'ici ${on_decision_by}.",
    "since_postponed_calls_few": "Depuis, je vous ai téléphoné ${on_call_days}.",
    "since_postponed_calls_many": "Depuis, je vous ai téléphoné ${times_since}, mon "
    "dernier appel datant du ${last_call_on}.",
    "next_step_call": "Si je n'ai pas de nouvelles d'ici là, je vous appellerai "
    "${on_follow_up_on}.",
    "next_step_write": "Si je n'ai pas de nouvelles d'ici là, je reprendrai contact avec "
    "vous ${on_follow_up_on}.",
    "letter_item": "${name} par ${channel} ${on_day}",
    "letters": "Vous avez remercié ${letters}.",
    "letters_none": "Aucune lettre de remerciement n'a été enregistrée.",
    "calls_some": "Vous avez appelé ${contact_name} ${times} : ${on_days}.",
    "calls_none": "Vous n'avez passé aucun appel de relance.",
    "close_loop": "Vous avez clos la démarche par ${channel} ${on_closed_on}, en demandant "
    "une réponse d'ici ${on_reply_by}.",
    "close_loop_none": "Le dernier message n'est pas encore enregistré.",
}

_WARM_FRAGMENTS = {
    "greeting_feminine": "Chère Madame,",
    "greeting_masculine": "Cher Monsieur,",
    "greeting_named": "Bonjour ${contact_salutation},",
    "greeting_neutral": "Bonjour ${contact_name},",
    "ask_to_call": "Et si nous n'avons pas eu l'occasion d'échanger d'ici là, "
    "accepteriez-vous que je vous appelle ${on_follow_up_on} ?",
    "ask_to_write": "Et si nous n'avons pas eu l'occasion d'échanger d'ici là, "
    "accepteriez-vous que je vous écrive ${on_follow_up_on} ?",
    "highlights_some": "J'ai tout particulièrement aimé ${highlights}.",
    "highlights_none": "Je repars avec une idée précise de votre équipe et des projets "
    "que vous menez.",
    "qualifications_some": "Mon parcours, notamment ${qualifications}, me permettrait "
    "d'apporter une réelle contribution à votre équipe.",
    "qualifications_none": "J'aimerais beaucoup mettre mon expérience au service de votre équipe.",
    "closing_call": "Je vous appellerai donc ${on_follow_up_on}, comme prévu ; d'ici là, je "
    "reste à votre disposition.",
    "closing_no_call": "Je reprendrai donc contact avec vous ${on_follow_up_on}, comme prévu ; "
    "d'ici là, je reste à votre disposition.",
    "closing_other": "Merci encore pour votre accueil et pour le temps que vous m'avez consacré.",
    "call_first_on_time": "Vous espériez décider d'ici ${on_decision_by} ; comme "
    "prévu, je me permets de vous appeler aujourd'hui.",
    "call_first_late": "Vous espériez décider d'ici ${on_decision_by} ; comme prévu, "
    "je vous appelle pour faire le point.",
    "call_only": "Vous espériez décider d'ici ${on_decision_by} ; comme prévu, je viens aux "
    "nouvelles.",
    "call_second": "Je vous recontacte à la suite de mon appel du ${previous_call_on}.",
    "call_third": "J'ai essayé de vous joindre ${on_previous_call_on} ; ce poste me tient "
    "toujours à cœur.",
    "call_last": "J'ai essayé de vous joindre ${on_previous_call_on} ; je vous appelle une "
    "dernière fois avant de vous écrire.",
    "call_back_second_spoke": "Le ${previous_call_on}, vous m'aviez suggéré de vous rappeler "
    "${call_back_day}.",
    "call_back_third_spoke": "Je vous rappelle, comme vous me l'aviez suggéré "
    "${on_previous_call_on}.",
    "call_back_last_spoke": "Je vous rappelle comme vous me l'aviez suggéré "
    "${on_previous_call_on} ; c'est mon dernier appel.",
    "call_back_second_assistant": "Le ${previous_call_on}, on m'a proposé de rappeler "
    "${call_back_day}.",
    "call_back_third_assistant": "Je vous rappelle, comme on me l'avait suggéré "
    "${on_previous_call_on}.",
    "call_back_last_assistant": "Je vous rappelle comme on me l'avait suggéré "
    "${on_previous_call_on} ; c'est mon dernier appel.",
    "assistant_first_on_time": "Nous avions prévu, ${contact_name} et moi, de nous parler "
    "aujourd'hui au sujet du poste « ${position_title} ».",
    "assistant_first_late": "Comme prévu, je prends contact avec ${contact_name} au sujet "
    "du poste « ${position_title} ».",
    "assistant_again": "J'essaie de joindre ${contact_name} au sujet du poste "
    "« ${position_title} » ; mon dernier appel date du ${previous_call_on}.",
    "assistant_call_back": "On m'a proposé de rappeler ${contact_name} ${call_back_day} au "
    "sujet du poste « ${position_title} ».",
    "live_first_on_time": "J'ai eu grand plaisir à vous rencontrer ${on_interview_date}. "
    "Vous espériez prendre votre décision pour le poste « ${position_title} » d'ici "
    "${on_decision_by} ; comme prévu, je me permets de vous appeler aujourd'hui.",
    "live_first_late": "J'ai eu grand plaisir à vous rencontrer ${on_interview_date}. Vous "
    "espériez prendre votre décision pour le poste « ${position_title} » d'ici "
    "${on_decision_by} ; comme prévu, je vous appelle pour faire le point.",
    "live_again": "Je vous appelle au sujet du poste « ${position_title} » ; j'ai "
    "essayé de vous joindre ${on_previous_call_on}.",
    "live_call_back_spoke": "Lors de notre échange du ${previous_call_on} au sujet du poste "
    "« ${position_title} », vous m'aviez suggéré de vous rappeler "
    "${call_back_day}.",
    "live_call_back_assistant": "Lors de mon appel du ${previous_call_on} au sujet du poste "
    "« ${position_title} », on m'a proposé de rappeler ${call_back_day}.",
    "letter_same_day": "je vous ai envoyé un mot de remerciement par ${letter_channel} le "
    "jour même",
    "letter_later": "je vous ai envoyé un mot de remerciement par ${letter_channel} "
    "${on_letter_day}",
    "history_none": "J'ai eu grand plaisir à vous rencontrer ${on_interview_date}.",
    "history_letter": "J'ai eu grand plaisir à vous rencontrer ${on_interview_date}, et "
    "${letter_clause}.",
    "history_calls_few": "J'ai eu grand plaisir à vous rencontrer ${on_interview_date}, "
    "et j'ai essayé de vous joindre par téléphone ${on_call_days}.",
    "history_calls_many": "J'ai eu grand plaisir à vous rencontrer ${on_interview_date}, et j'ai "
    "essayé ${times_since} de vous joindre par téléphone, mon dernier appel datant du "
    "${last_call_on}.",
    "history_letter_calls_few": "J'ai eu grand plaisir à vous rencontrer "
    "${on_interview_date} ; ${letter_clause}, puis j'ai essayé de vous joindre par "
    "téléphone ${on_call_days}.",
    "history_letter_calls_many": "J'ai eu grand plaisir à vous rencontrer ${on_interview_date} ; "
    "${letter_clause}, puis j'ai essayé ${times_since} de vous joindre par téléphone, mon dernier "
    "appel datant du ${last_call_on}.",
    "history_postponed": "Le ${postponed_on}, vous avez eu la gentillesse de me faire savoir "
    "que vous espériez désormais décider d'ici ${on_decision_by}.",
    "since_postponed_calls_few": "Depuis, j'ai essayé de vous joindre par téléphone "
    "${on_call_days}.",
    "since_postponed_calls_many": "Depuis, j'ai essayé ${times_since} de vous joindre par "
    "téléphone, mon dernier appel datant du ${last_call_on}.",
    "next_step_call": "Si je n'ai pas eu de nouvelles d'ici là, je me permettrai de vous "
    "appeler ${on_follow_up_on}.",
    "next_step_write": "Si je n'ai pas eu de nouvelles d'ici là, je me permettrai de "
    "reprendre contact avec vous ${on_follow_up_on}.",
    "letter_item": "${name} par ${channel} ${on_day}",
    "letters": "Vous avez pris le temps de remercier ${letters}.",
    "letters_none": "Aucune lettre de remerciement n'est enregistrée.",
    "calls_some": "Vous avez téléphoné à ${contact_name} ${times} : ${on_days}.",
    "calls_none": "Aucun appel de relance n'a été passé.",
    "close_loop": "Votre dernier contact, par ${channel} ${on_closed_on}, demandait une "
    "réponse d'ici ${on_reply_by}.",
    "close_loop_none": "Votre dernier message n'est pas encore enregistré.",
}

FRAGMENTS: Mapping[Tone, Mapping[str, str]] = MappingProxyType(
    {Tone.DIRECT: _typeset_all(_DIRECT_FRAGMENTS), Tone.WARM: _typeset_all(_WARM_FRAGMENTS)}
)
"""The built-in sentences the scripts build placeholders from, per tone and name."""


# --- The calendar's words -------------------------------------------------------------

# A calendar's events are tasks for the candidate: written in the infinitive,
# as French to-do lists and instructions are.
CALENDAR: Mapping[str, str] = _typeset_all(
    {
        "calendar_name": "Relances : ${position_title} chez ${company}",
        "thank_you_summary": "Envoyer une lettre de remerciement à ${name} (${company})",
        "call_summary": "Appeler ${name} (${company}) : appel de relance ${attempt} sur "
        "${max_calls}",
        "close_loop_summary": "Clore la démarche avec ${name} (${company})",
        "move_on_summary": "Tourner la page : ${position_title} chez ${company}",
        "call_before": "Appeler ${name} avant les heures de bureau : de ${start} à ${end} "
        "${on_day} (${zone}).",
        "call_before_phone": "Appeler ${name} au ${phone} avant les heures de bureau : de "
        "${start} à ${end} ${on_day} (${zone}).",
        "call_after": "À défaut, appeler après les heures de bureau le même jour : de ${start} "
        "à ${end} (${zone}).",
        "call_after_only": "Appeler ${name} après les heures de bureau : de ${start} à ${end} "
        "${on_day} (${zone}).",
        "call_after_only_phone": "Appeler ${name} au ${phone} après les heures de bureau : de "
        "${start} à ${end} ${on_day} (${zone}).",
        "call_day": "Appeler ${name} ${on_day} (${zone}).",
        "call_day_phone": "Appeler ${name} au ${phone} ${on_day} (${zone}).",
        "voicemail_heading": "Message vocal :",
        "thank_you_heading": "Lettre de remerciement à ${name} :",
        "close_loop_instructions": "Envoyer un dernier message à ${name} et demander une "
        "réponse d'ici ${on_reply_by}.",
        "subject_line": "Objet : ${subject}",
        "move_on_instructions": "Aucune réponse à la date du ${reply_by} : clore la candidature "
        "et passer à la suite.",
    }
)
"""The calendar export's titles and instructions (``to_ical``), by name."""
