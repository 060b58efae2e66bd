"""Spanish (neutral international, ``usted``): how the scripts write dates, lists and counts, and their wording.

The scripts address the decision-maker and the interviewers as ``usted`` in
both tones; the warm tone is friendlier in its wording, never in its form of
address. Nothing in them agrees with the candidate's gender: no
"interesado", "encantado" or "agradecido", but "mantengo todo mi interés",
"me alegra", "le agradezco". The contact is named in the third person by
their full name ("¿Podría hablar con Morgan Lee?"), since a title there
would need an article of its gender ("con la Sra. Lee"); the salutation is
used only to address them ("Hola, Sra. Lee"). No pronoun says the
contact's gender either: "con usted" ("reunirme con usted"), and "le" for
"you" where a verb needs one ("llamarle"), as courteous usage allows.

A letter's greeting ends with a colon. With a salutation that opens with a
known honorific it is "Estimada Sra. Lee:" or "Estimado Sr. Lee:"; with
another salutation ("Morgan", "Ing. Lee") or none, a neutral "Buenos días":
Spanish has no gender-neutral "Dear".

Dates are written by CLDR through Babel: "miércoles, 16 de agosto", and on a
letter's date line "16 de agosto de 2017".
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from ._cldr import Words
from ._values import Channel, Tone
from ._wording import email_template, letter_template

__all__ = ["CALENDAR", "FRAGMENTS", "TEMPLATES", "WORDS"]

WORDS = Words(
    code="es",
    name="Spanish",
    locale="es",
    words_per_minute=145,
    date_pattern="EEEE, d 'de' MMMM",
    # "el martes, 22 de agosto": the article, the same for every weekday.
    on_date=("el",) * 7,
    today_word="hoy",
    yesterday_word="ayer",
    conjunction="y",
    # "y" is "e" before an /i/ sound ("diseño e integración", "e historia"),
    # but not before a diphthong ("y hielo").
    conjunction_before=((r"[hH]?[iíIÍ](?![aeoáéóAEO])", "e"),),
    close_dates=True,
    times=(
        "una vez",
        "dos veces",
        "tres veces",
        "cuatro veces",
        "cinco veces",
        "seis veces",
        "siete veces",
        "ocho veces",
    ),
    times_other="{count} veces",
    # Feminine, as a custom template would use them: "la ${attempt} llamada".
    ordinals=(
        "primera",
        "segunda",
        "tercera",
        "cuarta",
        "quinta",
        "sexta",
        "séptima",
        "octava",
    ),
    ordinal_other="{count}.ª",
    # As they follow "por": "por carta", "por correo electrónico".
    channels={
        Channel.MAIL: "carta",
        Channel.EMAIL: "correo electrónico",
        Channel.PHONE: "teléfono",
        Channel.VOICEMAIL: "mensaje de voz",
    },
    # Capitalised only because they opened the phrase as it was typed ("La
    # presentación del equipo"): articles, possessives, demonstratives,
    # numbers and the common words a highlight or qualification opens with.
    # Spanish writes common nouns in lower case, so they may be lowered too.
    sentence_starters=frozenset(
        {
            "el",
            "la",
            "los",
            "las",
            "lo",
            "un",
            "una",
            "unos",
            "unas",
            "mi",
            "mis",
            "su",
            "sus",
            "nuestro",
            "nuestra",
            "nuestros",
            "nuestras",
            "este",
            "esta",
            "estos",
            "estas",
            "ese",
            "esa",
            "esos",
            "esas",
            "aquel",
            "aquella",
            "todo",
            "toda",
            "todos",
            "todas",
            "cada",
            "ambos",
            "ambas",
            "varios",
            "varias",
            "muchos",
            "muchas",
            "algunos",
            "algunas",
            "cómo",
            "qué",
            "por",
            "para",
            "con",
            "sobre",
            "dos",
            "tres",
            "cuatro",
            "cinco",
            "seis",
            "siete",
            "ocho",
            "nueve",
            "diez",
            "doce",
            "quince",
            "veinte",
            "años",
            "amplia",
            "amplio",
            "sólida",
            "sólido",
            "larga",
            "gran",
            "experiencia",
            "conocimientos",
            "dominio",
            "trayectoria",
            "formación",
            "liderazgo",
            "dirección",
            "gestión",
            "diseño",
            "desarrollo",
            "creación",
            "dirigir",
            "liderar",
            "diseñar",
            "gestionar",
            "crear",
            "desarrollar",
            "dirigí",
            "lideré",
            "diseñé",
            "gestioné",
            "creé",
            "desarrollé",
            "fundé",
            "conversación",
            "charla",
            "presentación",
            "demostración",
            "recorrido",
            "visita",
            "almuerzo",
            "comida",
            "cena",
            "sesión",
            "ejercicio",
            "caso",
            "revisión",
            "pizarra",
            "preguntas",
        }
    ),
    # Words whose trailing period is theirs: "Ibérica S.L." keeps it, and so
    # do "Cía.", "Avda." and "núm.".
    abbreviations=frozenset(
        {
            "sa",
            "sl",
            "slu",
            "sau",
            "cía",
            "inc",
            "ltd",
            "co",
            "corp",
            "llc",
            "plc",
            "sr",
            "sra",
            "srta",
            "dr",
            "dra",
            "prof",
            "profa",
            "lic",
            "lcdo",
            "lcda",
            "ing",
            "av",
            "avda",
            "c",
            "núm",
            "n",
            "dpto",
            "depto",
            "tel",
            "etc",
            "aprox",
            "ud",
            "uds",
        }
    ),
    # Honorifics that say the contact's gender when they open the
    # salutation: "Sra. Lee", "Dra. Lee", "Sr. Lee", "Dr. Lee".
    feminine=frozenset(
        {
            "Sra.",
            "Sra",
            "Srta.",
            "Srta",
            "Dra.",
            "Dra",
            "Profa.",
            "Lcda.",
            "Licda.",
            "Señora",
            "Doña",
        }
    ),
    masculine=frozenset({"Sr.", "Sr", "Dr.", "Dr", "Prof.", "Lcdo.", "Licdo.", "Señor", "Don"}),
)
"""How Spanish writes dates, lists, counts and channels: 145 words a minute for a voicemail."""


# --- The templates ---------------------------------------------------------------

_DIRECT_THANKS = """\
Le agradezco que me recibiera el ${interview_date}, para hablar del puesto de \
${position_title}. Nuestra conversación reforzó mi interés por el puesto y por la \
posibilidad de incorporarme a ${company}.

${highlights_sentence} ${qualifications_sentence}

${closing_sentence}

Atentamente,"""

_WARM_THANKS = """\
Muchas gracias por dedicarme su tiempo el ${interview_date}. Fue un placer conocer \
más a fondo el puesto de ${position_title}, y ahora me entusiasma más que nunca la \
posibilidad de incorporarme a ${company}.

${highlights_sentence} ${qualifications_sentence}

${closing_sentence}

Un cordial saludo,"""

_DIRECT_CLOSE_LOOP = """\
Le escribo para saber en qué punto se encuentra el proceso para el puesto de \
${position_title}. ${follow_up_history}

Mantengo todo mi interés en el puesto y en incorporarme a ${company}. Al mismo \
tiempo, continúo con mi búsqueda, por lo que le agradecería conocer su decisión a \
más tardar el ${reply_by}.

Gracias por su tiempo y su consideración.

Atentamente,"""

_WARM_CLOSE_LOOP = """\
Espero que se encuentre bien. Quería saber cómo va el proceso para el puesto de \
${position_title}. ${follow_up_history}

Me sigue entusiasmando mucho la posibilidad de incorporarme a ${company}. Mientras \
tanto, continúo con mi búsqueda, así que le agradecería mucho tener noticias suyas \
para el ${reply_by}.

Gracias de nuevo por su tiempo.

Un saludo muy cordial,"""


_DIRECT: Mapping[str, str] = MappingProxyType(
    {
        "permission": """\
Gracias por dedicarme su tiempo hoy, ${contact_salutation}. Antes de irme: ¿para \
cuándo prevé tomar la decisión?

[Escuche y repita el día para confirmarlo.]

Entonces, ¿puedo esperar noticias suyas a más tardar el ${decision_by}?

[Cuando se lo confirme:]

${follow_up_question}""",
        "thank_you_mail": letter_template(_DIRECT_THANKS),
        "thank_you_email": email_template(
            "Agradecimiento por la entrevista: ${position_title}", _DIRECT_THANKS
        ),
        "voicemail": """\
Hola, ${contact_salutation}. Soy ${candidate_name}, por el puesto de \
${position_title}. ${follow_up_sentence} Puede devolverme la llamada al \
${candidate_phone}. Repito: ${candidate_name}, ${candidate_phone}. Gracias.""",
        "talking_points": """\
Si contesta otra persona:

«Hola, le habla ${candidate_name}. ${assistant_line} ¿Podría hablar con \
${contact_name}?»

[Si no es posible:] «¿Podría decirle a ${contact_name} que he llamado? Mi número es \
el ${candidate_phone}. ¿Cuándo sería un buen momento para volver a llamar?»

[Tome nota del día que le indiquen y vuelva a llamar ese día.]

Si contesta ${contact_name}:

«Hola, ${contact_salutation}, le habla ${candidate_name}. ${call_line} ¿Ha tomado ya \
una decisión?»

[Si la ha tomado: escuche, dé las gracias y pregunte por los próximos pasos.]

[Si necesita más tiempo:] «Lo entiendo. ¿Para cuándo prevé ahora tomar la decisión? \
Y si para entonces no he tenido noticias suyas, ¿me permite llamarle el siguiente \
día hábil?»

[Si le pide que vuelva a llamar otro día: anote ese día.]

«Mantengo todo mi interés en el puesto de ${position_title}. Gracias por su tiempo.»""",
        "close_loop_voicemail": """\
Hola, ${contact_salutation}. Soy ${candidate_name}, por el puesto de \
${position_title}. Mantengo todo mi interés; como continúo mi búsqueda, le \
agradecería una respuesta para el ${reply_by}. Puede devolverme la llamada al \
${candidate_phone}. Repito: ${candidate_name}, ${candidate_phone}. Gracias.""",
        "close_loop_email": email_template(
            "Seguimiento de mi candidatura: ${position_title}", _DIRECT_CLOSE_LOOP
        ),
        "close_loop_mail": letter_template(_DIRECT_CLOSE_LOOP),
        "move_on": """\
Seguimiento cerrado: ${position_title} en ${company}

${letters_summary} ${calls_summary} ${close_loop_summary}

No llegó ninguna respuesta en el plazo pedido, que vencía el ${reply_by}. Por su \
parte, la candidatura queda cerrada: deje de hacer el seguimiento con \
${contact_name} y dedique su energía a sus otras oportunidades.""",
        "decision_postponed": email_template(
            "Gracias por la información: ${position_title}",
            """\
Le agradezco que me haya informado del nuevo plazo para el puesto de \
${position_title}. Entiendo que ahora prevé tomar una decisión a más tardar el \
${decision_by}. ${next_step_sentence}

Mantengo todo mi interés en el puesto y en incorporarme a ${company}.

Atentamente,""",
        ),
        "heard_back_offer": email_template(
            "Gracias por la oferta: ${position_title}",
            """\
Le agradezco que me haya ofrecido el puesto de ${position_title} en ${company}. Es \
una excelente noticia, y valoro la confianza que ha depositado en mí.

¿Podría enviarme la oferta por escrito, con el salario, los beneficios y la fecha de \
incorporación? Cuando la tenga, me gustaría disponer de unos días para estudiarla; \
le ruego que me indique para cuándo necesita mi respuesta.

Atentamente,""",
        ),
        "heard_back_rejected": email_template(
            "Gracias por su respuesta: ${position_title}",
            """\
Le agradezco que me haya comunicado su decisión sobre el puesto de \
${position_title}. Aunque lamento el resultado, valoro la oportunidad de haberme \
reunido con usted y de saber más sobre ${company}.

Si surge otro puesto acorde con mi perfil, me gustaría mucho optar a él; le ruego que \
me tenga presente.

Atentamente,""",
        ),
        "heard_back_next_round": email_template(
            "Siguiente entrevista: ${position_title}",
            """\
Le agradezco la invitación a la siguiente ronda de entrevistas para el puesto de \
${position_title} en ${company}. Me alegra continuar en el proceso, y espero con \
interés que volvamos a reunirnos.

Le ruego que me indique la fecha, la hora y el formato que mejor les convengan a \
usted y al equipo; me adaptaré a su disponibilidad.

Atentamente,""",
        ),
        "heard_back_on_hold": email_template(
            "Gracias por la información: ${position_title}",
            """\
Le agradezco que me haya informado de que el puesto de ${position_title} está en \
pausa. Entiendo que los planes cambian, y mantengo todo mi interés en el puesto y en \
${company}.

Si el puesto vuelve a abrirse, o surge otro acorde con mi perfil, me alegrará tener \
noticias suyas. Puede localizarme en el ${candidate_phone}.

Atentamente,""",
        ),
        "heard_back_other": email_template(
            "Gracias por su mensaje: ${position_title}",
            """\
Le agradezco que se haya puesto en contacto conmigo en relación con el puesto de \
${position_title}; valoro mucho la información.

Mantengo todo mi interés en el puesto y en incorporarme a ${company}. Quedo a su \
disposición si necesita cualquier otra cosa de mi parte.

Atentamente,""",
        ),
        "withdrawal": email_template(
            "Retiro de mi candidatura: ${position_title}",
            """\
Le agradezco que haya considerado mi candidatura para el puesto de \
${position_title} en ${company}, así como el tiempo que usted y sus colegas me han \
dedicado.

Tras pensarlo detenidamente, he decidido retirarme del proceso. Ha sido un placer \
conocer a su equipo, y espero que nuestros caminos vuelvan a cruzarse.

Atentamente,""",
        ),
    }
)

_WARM: Mapping[str, str] = MappingProxyType(
    {
        "permission": """\
Muchísimas gracias por su tiempo hoy, ${contact_salutation}; ha sido un placer \
conversar con usted. ¿Puedo preguntarle cuándo espera tomar una decisión?

[Escuche y confirme el día.]

Me parece perfecto. Entonces, ¿cree que podré tener noticias suyas para el \
${decision_by}?

[Cuando se lo confirme:]

${follow_up_question}""",
        "thank_you_mail": letter_template(_WARM_THANKS),
        "thank_you_email": email_template(
            "Gracias por la conversación sobre el puesto de ${position_title}", _WARM_THANKS
        ),
        "voicemail": """\
Hola, ${contact_salutation}. Soy ${candidate_name}, por el puesto de \
${position_title}. ${follow_up_sentence} Puede llamarme al ${candidate_phone}. \
Repito: ${candidate_name}, ${candidate_phone}. ¡Muchas gracias!""",
        "talking_points": """\
Si contesta otra persona:

«Hola, soy ${candidate_name}. ${assistant_line} ¿Tendría ${contact_name} un \
momento?»

[Si no:] «No se preocupe. ¿Podría decirle a ${contact_name} que he llamado? Mi \
número es el ${candidate_phone}. ¿Cuándo sería mejor volver a llamar?»

[Tome nota del día que le sugieran y vuelva a llamar entonces.]

Si contesta ${contact_name}:

«Hola, ${contact_salutation}, soy ${candidate_name}. ${call_line} ¿Hay alguna \
novedad?»

[Si hay novedades: escuche, dé las gracias con calidez y pregunte cuáles son los \
siguientes pasos.]

[Si necesita más tiempo:] «Por supuesto, lo entiendo perfectamente. ¿Cuándo cree que \
lo sabrá? Y, si para entonces no he tenido noticias, ¿le parecería bien que le \
llamara el siguiente día hábil?»

[Si le sugiere otro día para llamar: anótelo.]

«El puesto de ${position_title} me sigue entusiasmando mucho. ¡Muchas gracias por su \
tiempo!»""",
        "close_loop_voicemail": """\
Hola, ${contact_salutation}. Soy ${candidate_name}, por el puesto de \
${position_title}. Me sigue entusiasmando; como continúo con mi búsqueda, me \
encantaría tener noticias suyas para el ${reply_by}. Puede llamarme al \
${candidate_phone}. Repito: ${candidate_name}, ${candidate_phone}. ¡Muchas gracias!""",
        "close_loop_email": email_template(
            "¿Novedades sobre el puesto de ${position_title}?", _WARM_CLOSE_LOOP
        ),
        "close_loop_mail": letter_template(_WARM_CLOSE_LOOP),
        "move_on": """\
Proceso completado: ${position_title} en ${company}

Ha seguido la estrategia hasta el final. ${letters_summary} ${calls_summary} \
${close_loop_summary}

Como no llegó ninguna respuesta para el ${reply_by}, esta candidatura queda cerrada \
por su parte. Ha hecho todo lo que estaba en su mano; ahora es el momento de dedicar \
su energía a lo que viene.""",
        "decision_postponed": email_template(
            "Gracias por la información sobre el puesto de ${position_title}",
            """\
Muchas gracias por ponerme al día sobre el puesto de ${position_title}. Lo entiendo \
perfectamente, y tomo nota de que ahora espera tomar una decisión para el \
${decision_by}. ${next_step_sentence}

Me sigue entusiasmando mucho la posibilidad de incorporarme a ${company}.

Un cordial saludo,""",
        ),
        "heard_back_offer": email_template(
            "¡Muchas gracias! Oferta para el puesto de ${position_title}",
            """\
Muchísimas gracias por ofrecerme el puesto de ${position_title}. Es una noticia que \
me hace muy feliz, y agradezco sinceramente la confianza que usted y el equipo de \
${company} han depositado en mí.

¿Podría enviarme la oferta por escrito, con el salario, los beneficios y la fecha de \
incorporación? Me gustaría tomarme unos días para revisarla con calma; ¿podría \
indicarme para cuándo necesita mi respuesta?

Un cordial saludo,""",
        ),
        "heard_back_rejected": email_template(
            "Gracias por avisarme: ${position_title}",
            """\
Muchas gracias por comunicarme su decisión sobre el puesto de ${position_title} y por \
el tiempo que dedicó a considerar mi candidatura. Como es natural, lamento el \
resultado, pero ha sido un verdadero placer conversar con usted y saber más de ${company}.

Me encantaría que me tuvieran en cuenta para futuros puestos acordes con mi perfil; \
no dude en contar conmigo.

Un cordial saludo,""",
        ),
        "heard_back_next_round": email_template(
            "Siguiente ronda: ${position_title}",
            """\
Muchísimas gracias por invitarme a la siguiente ronda para el puesto de \
${position_title} en ${company}. Me alegra mucho seguir adelante, y tengo muchas \
ganas de que volvamos a vernos.

Indíqueme qué fecha, hora y formato les vienen mejor a usted y al equipo, y me \
organizaré para estar disponible.

Un cordial saludo,""",
        ),
        "heard_back_on_hold": email_template(
            "Gracias por mantenerme al tanto: ${position_title}",
            """\
Muchas gracias por avisarme de que el puesto de ${position_title} está en pausa; le \
agradezco que me mantenga al corriente. Lo entiendo perfectamente, y el puesto y \
${company} me siguen interesando mucho.

Si la situación cambia, o surge otro puesto acorde con mi perfil, me encantaría tener \
noticias suyas. Puede localizarme siempre en el ${candidate_phone}.

Un cordial saludo,""",
        ),
        "heard_back_other": email_template(
            "Gracias por escribirme: ${position_title}",
            """\
Muchas gracias por escribirme sobre el puesto de ${position_title}; le agradezco \
mucho la información.

Me sigue entusiasmando la posibilidad de incorporarme a ${company}. Si necesita \
cualquier otra cosa de mi parte, no dude en decírmelo.

Un cordial saludo,""",
        ),
        "withdrawal": email_template(
            "Mi candidatura para el puesto de ${position_title}",
            """\
Muchísimas gracias por considerarme para el puesto de ${position_title} en \
${company}, y por todo el tiempo que usted y sus colegas me dedicaron.

Después de pensarlo mucho, he decidido retirarme del proceso. Fue un verdadero \
placer conocer a su equipo, y espero que nuestros caminos vuelvan a cruzarse.

Un cordial saludo,""",
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
                "greeting_feminine": "Estimada ${contact_salutation}:",
                "greeting_masculine": "Estimado ${contact_salutation}:",
                "greeting_named": "Buenos días, ${contact_salutation}:",
                "greeting_neutral": "Buenos días, ${contact_name}:",
                "ask_to_call": "Y si para entonces no he tenido noticias suyas, ¿me permite "
                "llamarle ${on_follow_up_on}?",
                "ask_to_write": "Y si para entonces no he tenido noticias suyas, ¿me permite "
                "escribirle por correo electrónico ${on_follow_up_on}?",
                "highlights_some": "Valoré especialmente ${highlights}.",
                "highlights_none": "Ahora tengo una idea clara de las funciones y los retos "
                "del puesto.",
                "qualifications_some": "Al puesto aportaría ${qualifications}.",
                "qualifications_none": "Confío en que mi experiencia se ajuste a lo que "
                "ustedes buscan.",
                "closing_call": "Quedo a la espera de hablar con usted ${on_follow_up_on}.",
                "closing_no_call": "Volveré a ponerme en contacto con usted ${on_follow_up_on}.",
                "closing_other": "Le agradezco de nuevo su tiempo.",
                "call_first_on_time": "Usted preveía decidir para el ${decision_by}, y "
                "acordamos que le llamaría hoy.",
                "call_first_late": "Usted preveía decidir para el ${decision_by}; le llamo "
                "para hacer el seguimiento acordado.",
                "call_only": "Usted preveía decidir para el ${decision_by}; como acordamos, "
                "esta es mi única llamada de seguimiento.",
                "call_second": "Le vuelvo a llamar, como acordamos, tras mi llamada del "
                "${previous_call_on}.",
                "call_third": "Mantengo todo mi interés y vuelvo a intentarlo tras mi "
                "llamada del ${previous_call_on}.",
                "call_last": "Mi llamada anterior fue el ${previous_call_on}; esta es la "
                "última antes de escribirle.",
                "call_back_second_spoke": "Cuando hablamos el ${previous_call_on}, me pidió "
                "que volviera a llamarle ${call_back_day}.",
                "call_back_third_spoke": "Vuelvo a llamarle, como me pidió cuando hablamos "
                "el ${previous_call_on}.",
                "call_back_last_spoke": "Vuelvo a llamarle, como me pidió el "
                "${previous_call_on}; es mi última llamada.",
                "call_back_second_assistant": "Cuando llamé el ${previous_call_on}, me "
                "pidieron que volviera a llamar ${call_back_day}.",
                "call_back_third_assistant": "Vuelvo a llamar, tal como me indicaron el "
                "${previous_call_on}.",
                "call_back_last_assistant": "Vuelvo a llamar, como me indicaron el "
                "${previous_call_on}; es mi última llamada.",
                "assistant_first_on_time": "${contact_name} y yo acordamos hablar hoy del "
                "puesto de ${position_title}.",
                "assistant_first_late": "Llamo para hacer el seguimiento acordado con "
                "${contact_name} sobre el puesto de ${position_title}.",
                "assistant_again": "Llamo para hacer el seguimiento con ${contact_name} "
                "sobre el puesto de ${position_title}; mi llamada anterior fue el "
                "${previous_call_on}.",
                "assistant_call_back": "Llamo por el puesto de ${position_title}: me "
                "pidieron que volviera a llamar a ${contact_name} ${call_back_day}.",
                "live_first_on_time": "Hablamos del puesto de ${position_title} el "
                "${interview_date}, y usted preveía tomar una decisión para el "
                "${decision_by}. Le llamo hoy, como acordamos.",
                "live_first_late": "Hablamos del puesto de ${position_title} el "
                "${interview_date}, y usted preveía tomar una decisión para el "
                "${decision_by}. Le llamo para hacer el seguimiento acordado.",
                "live_again": "Le llamo para hacer el seguimiento del puesto de "
                "${position_title}; mi llamada anterior fue el ${previous_call_on}.",
                "live_call_back_spoke": "Cuando hablamos del puesto de ${position_title} el "
                "${previous_call_on}, me pidió que volviera a llamarle ${call_back_day}.",
                "live_call_back_assistant": "Cuando llamé por el puesto de "
                "${position_title} el ${previous_call_on}, me pidieron que volviera a "
                "llamar ${call_back_day}.",
                "letter_same_day": "le envié mi agradecimiento por ${letter_channel} ese mismo día",
                "letter_later": "le envié mi agradecimiento por ${letter_channel} ${on_letter_day}",
                "history_none": "Lo tratamos en nuestra reunión del ${interview_date}.",
                "history_letter": "Tras nuestra reunión del ${interview_date}, ${letter_clause}.",
                "history_calls_few": "Tras nuestra reunión del ${interview_date}, le llamé "
                "${on_call_days}.",
                "history_calls_many": "Tras nuestra reunión del ${interview_date}, le llamé "
                "${times_since}, la última vez ${on_last_call_on}.",
                "history_letter_calls_few": "Tras nuestra reunión del ${interview_date}, "
                "${letter_clause}, y le llamé ${on_call_days}.",
                "history_letter_calls_many": "Tras nuestra reunión del ${interview_date}, "
                "${letter_clause}, y desde entonces le he llamado ${times_since}, la "
                "última vez ${on_last_call_on}.",
                "history_postponed": "El ${postponed_on}, usted me comunicó que preveía "
                "tomar una decisión para el ${decision_by}.",
                "since_postponed_calls_few": "Después, le llamé ${on_call_days}.",
                "since_postponed_calls_many": "Desde entonces, le he llamado "
                "${times_since}, la última vez ${on_last_call_on}.",
                "next_step_call": "Si para entonces no he tenido noticias suyas, le llamaré "
                "${on_follow_up_on}.",
                "next_step_write": "Si para entonces no he tenido noticias suyas, me pondré "
                "en contacto con usted ${on_follow_up_on}.",
                "letter_item": "a ${name} ${on_day}, por ${channel}",
                "letters": "Envió su agradecimiento ${letters}.",
                "letters_none": "No consta ninguna carta de agradecimiento.",
                "calls_some": "Llamó a ${contact_name} ${times}: ${on_days}.",
                "calls_none": "No hizo ninguna llamada de seguimiento.",
                "close_loop": "Cerró el seguimiento por ${channel} ${on_closed_on}, y pidió "
                "una respuesta a más tardar el ${reply_by}.",
                "close_loop_none": "Aún no consta el mensaje de cierre.",
            }
        ),
        Tone.WARM: MappingProxyType(
            {
                "greeting_feminine": "Estimada ${contact_salutation}:",
                "greeting_masculine": "Estimado ${contact_salutation}:",
                "greeting_named": "Hola, ${contact_salutation}:",
                "greeting_neutral": "Buenos días, ${contact_name}:",
                "ask_to_call": "Y, por si para entonces no hemos hablado, ¿le parecería bien "
                "que le llamara ${on_follow_up_on}?",
                "ask_to_write": "Y, por si para entonces no tengo noticias suyas, ¿le "
                "parecería bien que le escribiera un correo electrónico "
                "${on_follow_up_on}?",
                "highlights_some": "Disfruté especialmente ${highlights}.",
                "highlights_none": "Me llevé una idea muy clara del equipo y del trabajo que "
                "están haciendo.",
                "qualifications_some": "Creo que mi trayectoria, que incluye "
                "${qualifications}, me permitiría hacer una aportación real.",
                "qualifications_none": "Me encantaría contribuir a ese trabajo con mi experiencia.",
                "closing_call": "Tengo muchas ganas de volver a hablar con usted "
                "${on_follow_up_on}.",
                "closing_no_call": "Será un placer volver a escribirle ${on_follow_up_on}.",
                "closing_other": "Gracias de nuevo por su amabilidad y por su tiempo.",
                "call_first_on_time": "Usted esperaba decidir para el ${decision_by}, así "
                "que le llamo hoy, como acordamos.",
                "call_first_late": "Usted esperaba decidir para el ${decision_by}; le llamo, "
                "como acordamos, para saber cómo va.",
                "call_only": "Usted esperaba decidir para el ${decision_by}; como "
                "acordamos, le llamo solo esta vez para saber cómo va.",
                "call_second": "Le llamo de nuevo tras mi llamada del ${previous_call_on}.",
                "call_third": "Le llamé el ${previous_call_on}, y sigo con muchas ganas de "
                "hablar con usted.",
                "call_last": "Le llamé el ${previous_call_on}; esta es mi última llamada, y "
                "después le escribiré.",
                "call_back_second_spoke": "Cuando hablamos el ${previous_call_on}, me "
                "sugirió que volviera a llamarle ${call_back_day}.",
                "call_back_third_spoke": "Le llamo de nuevo, como me sugirió cuando hablamos "
                "el ${previous_call_on}.",
                "call_back_last_spoke": "Le llamo de nuevo, como me sugirió el "
                "${previous_call_on}; es mi última llamada.",
                "call_back_second_assistant": "El ${previous_call_on}, me pidieron que "
                "volviera a llamar ${call_back_day}.",
                "call_back_third_assistant": "Le llamo de nuevo, como me pidieron el "
                "${previous_call_on}.",
                "call_back_last_assistant": "Le llamo de nuevo, como me pidieron el "
                "${previous_call_on}; es mi última llamada.",
                "assistant_first_on_time": "${contact_name} y yo quedamos en hablar hoy "
                "sobre el puesto de ${position_title}.",
                "assistant_first_late": "Llamo para saber cómo va el proceso del puesto de "
                "${position_title}, como acordé con ${contact_name}.",
                "assistant_again": "Llamo a ${contact_name} para saber cómo va el proceso "
                "del puesto de ${position_title}; la última vez llamé el "
                "${previous_call_on}.",
                "assistant_call_back": "Llamo por el puesto de ${position_title}: me "
                "sugirieron que volviera a llamar a ${contact_name} ${call_back_day}.",
                "live_first_on_time": "Fue un placer reunirme con usted el ${interview_date}. Usted "
                "esperaba tomar una decisión sobre el puesto de ${position_title} para el "
                "${decision_by}, así que le llamo hoy, como acordamos.",
                "live_first_late": "Fue un placer reunirme con usted el ${interview_date}. Usted "
                "esperaba tomar una decisión sobre el puesto de ${position_title} para el "
                "${decision_by}, así que le llamo, como acordamos, para saber cómo va todo.",
                "live_again": "Le llamo para saber cómo va el proceso del puesto de "
                "${position_title}; la última vez le llamé el ${previous_call_on}.",
                "live_call_back_spoke": "Cuando hablamos del puesto de ${position_title} el "
                "${previous_call_on}, me sugirió que volviera a llamarle ${call_back_day}.",
                "live_call_back_assistant": "Cuando llamé por el puesto de "
                "${position_title} el ${previous_call_on}, me pidieron que volviera a "
                "llamar ${call_back_day}.",
                "letter_same_day": "le envié mi agradecimiento por ${letter_channel} ese mismo día",
                "letter_later": "le envié mi agradecimiento por ${letter_channel} ${on_letter_day}",
                "history_none": "Fue un placer reunirme con usted el ${interview_date}.",
                "history_letter": "Fue un placer reunirme con usted el ${interview_date}; "
                "${letter_clause}.",
                "history_calls_few": "Fue un placer reunirme con usted el ${interview_date}, y "
                "después intenté hablar con usted por teléfono ${on_call_days}.",
                "history_calls_many": "Fue un placer reunirme con usted el ${interview_date}, y "
                "desde entonces he intentado hablar con usted por teléfono ${times_since}, la "
                "última vez ${on_last_call_on}.",
                "history_letter_calls_few": "Fue un placer reunirme con usted el ${interview_date}; "
                "${letter_clause}, y después intenté hablar con usted por teléfono "
                "${on_call_days}.",
                "history_letter_calls_many": "Fue un placer reunirme con usted el "
                "${interview_date}; ${letter_clause}, y desde entonces he intentado "
                "hablar con usted por teléfono ${times_since}, la última vez ${on_last_call_on}.",
                "history_postponed": "El ${postponed_on}, tuvo la amabilidad de comunicarme "
                "que ahora esperaba tomar una decisión para el ${decision_by}.",
                "since_postponed_calls_few": "Después, intenté hablar con usted por teléfono "
                "${on_call_days}.",
                "since_postponed_calls_many": "Desde entonces, he intentado hablar con usted por "
                "teléfono ${times_since}, la última vez ${on_last_call_on}.",
                "next_step_call": "Si para entonces no hemos hablado, le llamaré "
                "${on_follow_up_on}.",
                "next_step_write": "Si para entonces no hemos hablado, le escribiré "
                "${on_follow_up_on}.",
                "letter_item": "a ${name} ${on_day}, por ${channel}",
                "letters": "Hizo llegar su agradecimiento ${letters}.",
                "letters_none": "No se registró ninguna carta de agradecimiento.",
                "calls_some": "Llamó a ${contact_name} ${times}: ${on_days}.",
                "calls_none": "No hizo llamadas de seguimiento.",
                "close_loop": "Su último contacto fue por ${channel}, ${on_closed_on}, y en "
                "él pidió una respuesta para el ${reply_by}.",
                "close_loop_none": "Su último mensaje aún no está registrado.",
            }
        ),
    }
)
"""The built-in sentences the scripts build placeholders from, per tone and name."""

# --- The calendar's words -------------------------------------------------------------

CALENDAR: Mapping[str, str] = MappingProxyType(
    {
        "calendar_name": "Seguimiento: ${position_title} en ${company}",
        "thank_you_summary": "Enviar una carta de agradecimiento a ${name} (${company})",
        "call_summary": "Llamar a ${name} (${company}): llamada de seguimiento ${attempt} de ${max_calls}",
        "close_loop_summary": "Último mensaje a ${name} (${company})",
        "move_on_summary": "Pasar página: ${position_title} en ${company}",
        "call_before": "Llamar a ${name} antes del horario laboral: de ${start} a ${end} ${on_day} (${zone}).",
        "call_before_phone": "Llamar a ${name} al ${phone} antes del horario laboral: de ${start} a ${end} ${on_day} (${zone}).",
        "call_after": "Si no es posible, volver a llamar el mismo día después del horario laboral: de ${start} a ${end} (${zone}).",
        "call_after_only": "Llamar a ${name} después del horario laboral: de ${start} a ${end} ${on_day} (${zone}).",
        "call_after_only_phone": "Llamar a ${name} al ${phone} después del horario laboral: de ${start} a ${end} ${on_day} (${zone}).",
        "call_day": "Llamar a ${name} ${on_day} (${zone}).",
        "call_day_phone": "Llamar a ${name} al ${phone} ${on_day} (${zone}).",
        "voicemail_heading": "Mensaje de voz:",
        "thank_you_heading": "Carta de agradecimiento a ${name}:",
        "close_loop_instructions": "Enviar a ${name} un último mensaje y pedir una respuesta a más tardar el ${reply_by}.",
        "subject_line": "Asunto: ${subject}",
        "move_on_instructions": "No llegó ninguna respuesta en el plazo, que vencía el ${reply_by}: cerrar la candidatura y pasar página.",
    }
)
"""The calendar export's titles and instructions (``to_ical``), by name."""
