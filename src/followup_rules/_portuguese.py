"""Brazilian Portuguese: the words of the scripts, as data.

The wording follows Brazilian business correspondence as a career coach
would have the candidate sign it:

* the contact is addressed as "você", the neutral business form, never as
  "o senhor" / "a senhora", which would need their gender; the greeting
  is "Prezada" / "Prezado" (or, warmer, "Cara" / "Caro") only when the
  salutation typed opens with an honorific that says the gender ("Sra.",
  "Dra.", "Sr."), and otherwise a neutral "Olá";
* the candidate never uses a word that agrees with their own gender:
  "agradeço" rather than "obrigado" or "obrigada", "tenho muito interesse"
  rather than "interessado" or "interessada";
* weekdays differ in gender ("na terça-feira", "no sábado"), so a template
  puts a bare date after "de" or "até" ("a entrevista de terça-feira,
  22 de agosto"), and only fragments, which are given each date with its
  own "on", say "na" or "no";
* a company is spoken of as "a empresa" is, in the feminine ("da
  Northwind Analytics"), as Brazilian usage does by default.

Dates come from CLDR through Babel ("terça-feira, 22 de agosto"; a letter's
date line "22 de agosto de 2017"). Voicemails are timed at 140 words a
minute. The calendar export's titles and instructions are in
:data:`CALENDAR`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from ._cldr import Words
from ._values import Channel, Tone
from ._wording import email_template, letter_template

__all__ = ["CALENDAR", "FRAGMENTS", "TEMPLATES", "WORDS"]

WORDS = Words(
    code="pt-BR",
    name="Portuguese (Brazil)",
    locale="pt_BR",
    words_per_minute=140,
    date_pattern="EEEE, d 'de' MMMM",
    # Monday to Friday are feminine (a segunda-feira...), Saturday and
    # Sunday masculine (o sábado, o domingo).
    on_date=("na", "na", "na", "na", "na", "no", "no"),
    today_word="hoje",
    yesterday_word="ontem",
    conjunction="e",
    close_dates=True,
    first_of_month="1\u00ba",
    times=(
        "uma vez",
        "duas vezes",
        "três vezes",
        "quatro vezes",
        "cinco vezes",
        "seis vezes",
        "sete vezes",
        "oito vezes",
    ),
    times_other="{count} vezes",
    # Feminine, as they agree with "ligação" and "tentativa".
    ordinals=(
        "primeira",
        "segunda",
        "terceira",
        "quarta",
        "quinta",
        "sexta",
        "sétima",
        "oitava",
    ),
    ordinal_other="{count}ª",
    channels=MappingProxyType(
        {
            Channel.MAIL: "carta",
            Channel.EMAIL: "e-mail",
            Channel.PHONE: "telefone",
            Channel.VOICEMAIL: "mensagem de voz",
        }
    ),
    # Capitalised only because they opened the phrase as typed ("A
    # apresentação do pipeline"): in the middle of a sentence they are lower
    # case. Portuguese writes common nouns in lower case, so the usual first
    # nouns of a highlight or a qualification are here too.
    sentence_starters=frozenset(
        {
            "o",
            "a",
            "os",
            "as",
            "um",
            "uma",
            "uns",
            "umas",
            "meu",
            "minha",
            "meus",
            "minhas",
            "nosso",
            "nossa",
            "nossos",
            "nossas",
            "seu",
            "sua",
            "seus",
            "suas",
            "este",
            "esta",
            "estes",
            "estas",
            "esse",
            "essa",
            "esses",
            "essas",
            "aquele",
            "aquela",
            "todo",
            "toda",
            "todos",
            "todas",
            "cada",
            "vários",
            "várias",
            "muitos",
            "muitas",
            "alguns",
            "algumas",
            "ambos",
            "ambas",
            "como",
            "quando",
            "onde",
            "qual",
            "quais",
            "dois",
            "duas",
            "três",
            "quatro",
            "cinco",
            "seis",
            "sete",
            "oito",
            "nove",
            "dez",
            "doze",
            "quinze",
            "vinte",
            "mais",
            "anos",
            "experiência",
            "conhecimento",
            "conhecimentos",
            "formação",
            "vivência",
            "domínio",
            "liderança",
            "sólida",
            "sólido",
            "ampla",
            "amplo",
            "profunda",
            "profundo",
            "vasta",
            "vasto",
            "comprovada",
            "comprovado",
            "liderei",
            "construí",
            "criei",
            "desenvolvi",
            "gerenciei",
            "projetei",
            "implantei",
            "lancei",
            "entreguei",
            "fundei",
            "liderando",
            "construindo",
            "criando",
            "desenvolvendo",
            "gerenciando",
            "apresentação",
            "conversa",
            "discussão",
            "almoço",
            "jantar",
            "visita",
            "demonstração",
            "sessão",
            "revisão",
            "exercício",
            "estudo",
            "perguntas",
            "entrevista",
            "dinâmica",
        }
    ),
    # Words whose trailing period is theirs ("Northwind Ltda."); "S.A."
    # keeps its period anyway, holding one inside.
    abbreviations=frozenset(
        {
            "ltda",
            "cia",
            "inc",
            "ltd",
            "co",
            "corp",
            "llc",
            "sr",
            "sra",
            "srta",
            "dr",
            "dra",
            "prof",
            "profa",
            "eng",
            "av",
            "al",
            "nº",
            "n",
            "tel",
            "etc",
            "jr",
        }
    ),
    # Only the honorifics that say the gender choose a gendered greeting.
    # "Dr." and "Prof." are left out: the same salutation may have been typed
    # for an English script ("Dr. Lee"), so they get the neutral greeting,
    # which is right for anyone.
    feminine=frozenset(
        {
            "Sra.",
            "Sra",
            "Srta.",
            "Srta",
            "Senhora",
            "Senhorita",
            "Dona",
            "Dra.",
            "Dra",
            "Profa.",
            "Profa",
            "Profª",
        }
    ),
    masculine=frozenset({"Sr.", "Sr", "Senhor"}),
)
"""How Brazilian Portuguese writes dates, lists, counts and channels."""


# --- The templates ---------------------------------------------------------------

_DIRECT_THANKS = """\
Agradeço pela entrevista de ${interview_date}, para a vaga de ${position_title}. A \
conversa aumentou ainda mais o meu interesse pela função e pela oportunidade de fazer \
parte da ${company}.

${highlights_sentence} ${qualifications_sentence}

${closing_sentence}

Atenciosamente,"""

_WARM_THANKS = """\
Agradeço muito por ter reservado um tempo para a nossa conversa de ${interview_date}. \
Foi ótimo conhecer melhor a vaga de ${position_title}, e o meu entusiasmo com a \
oportunidade de fazer parte da ${company} só aumentou.

${highlights_sentence} ${qualifications_sentence}

${closing_sentence}

Cordialmente,"""

_DIRECT_CLOSE_LOOP = """\
Escrevo para acompanhar o andamento da vaga de ${position_title}. ${follow_up_history}

Continuo com muito interesse na função e em fazer parte da ${company}. Como também \
participo de outros processos seletivos, agradeceria receber um retorno sobre a sua \
decisão até ${reply_by}.

Agradeço pelo seu tempo e pela atenção.

Atenciosamente,"""

_WARM_CLOSE_LOOP = """\
Espero que esteja tudo bem com você. Escrevo para saber como anda o processo da vaga \
de ${position_title}. ${follow_up_history}

Estou participando de outros processos, mas tenho um interesse especial por esta vaga \
e pela ${company}. Por isso, ficaria muito feliz em ter notícias suas até \
${reply_by}.

Agradeço mais uma vez pelo seu tempo.

Cordialmente,"""


_DIRECT: Mapping[str, str] = MappingProxyType(
    {
        "permission": """\
Agradeço pela conversa de hoje, ${contact_salutation}. Antes de encerrarmos: quando \
você pretende tomar a decisão?

[Ouça a resposta e repita o dia para confirmar.]

Então posso contar com um retorno seu até ${decision_by}?

[Depois que a pessoa confirmar:]

${follow_up_question}""",
        "thank_you_mail": letter_template(_DIRECT_THANKS),
        "thank_you_email": email_template(
            "Agradecimento pela entrevista: ${position_title}", _DIRECT_THANKS
        ),
        "voicemail": """\
Olá, ${contact_salutation}, aqui é ${candidate_name}, sobre a vaga de \
${position_title}. ${follow_up_sentence} Meu número: ${candidate_phone}. \
Repito: ${candidate_name}, ${candidate_phone}. Agradeço desde já.""",
        "talking_points": """\
Se outra pessoa atender:

“Olá, aqui é ${candidate_name}. ${assistant_line} Posso falar com ${contact_name}?”

[Se não for possível:] “Você poderia avisar ${contact_name} que eu liguei? Meu número \
é ${candidate_phone}. Qual seria um bom momento para eu ligar de novo?”

[Anote o dia indicado e ligue de novo nessa data.]

Se ${contact_name} atender:

“Olá, ${contact_salutation}, aqui é ${candidate_name}. ${call_line} Você já chegou a \
uma decisão?”

[Se já houver uma decisão: ouça, agradeça e pergunte quais são os próximos passos.]

[Se a pessoa precisar de mais tempo:] “Entendo. Para quando você prevê a decisão \
agora? E, se eu não tiver notícias até lá, posso ligar no dia útil seguinte?”

[Se a pessoa pedir que você ligue em outro dia: anote o dia.]

“Continuo com muito interesse na vaga de ${position_title}. Agradeço pelo seu tempo.”""",
        "close_loop_voicemail": """\
Olá, ${contact_salutation}, aqui é ${candidate_name}, sobre a vaga de \
${position_title}. Sigo com interesse; como continuo minha busca, peço retorno até \
${reply_by}. Meu número: ${candidate_phone}. Repito: ${candidate_name}, \
${candidate_phone}. Agradeço desde já.""",
        "close_loop_email": email_template(
            "Acompanhamento da vaga de ${position_title}", _DIRECT_CLOSE_LOOP
        ),
        "close_loop_mail": letter_template(_DIRECT_CLOSE_LOOP),
        "move_on": """\
Acompanhamento encerrado: ${position_title}, ${company}

${letters_summary} ${calls_summary} ${close_loop_summary}

Nenhuma resposta chegou até ${reply_by}. Da sua parte, a candidatura está encerrada: \
não entre mais em contato com ${contact_name} e dedique a sua energia a outras \
oportunidades.""",
        "decision_postponed": email_template(
            "Agradecimento pela atualização: ${position_title}",
            """\
Agradeço por me informar sobre o novo prazo para a vaga de ${position_title}. \
Entendo que você agora prevê decidir até ${decision_by}. ${next_step_sentence}

Continuo com muito interesse na função e em fazer parte da ${company}.

Atenciosamente,""",
        ),
        "heard_back_offer": email_template(
            "Agradecimento pela proposta: ${position_title}",
            """\
Agradeço pela proposta para a vaga de ${position_title} na ${company}. Fico muito \
feliz com o convite e com a confiança depositada em mim.

Você poderia me enviar a proposta por escrito, com salário, benefícios e data de \
início? Assim que a receber, gostaria de alguns dias para analisá-la; por favor, me \
informe até quando você precisa da minha resposta.

Atenciosamente,""",
        ),
        "heard_back_rejected": email_template(
            "Agradecimento: ${position_title}",
            """\
Agradeço por me informar a sua decisão sobre a vaga de ${position_title}. Embora o \
resultado não seja o que eu esperava, foi muito valioso conhecer você e a ${company}.

Se surgir outra vaga compatível com o meu perfil, terei interesse em participar do \
processo. Peço que se lembre de mim.

Atenciosamente,""",
        ),
        "heard_back_next_round": email_template(
            "Próxima entrevista: ${position_title}",
            """\
Agradeço pelo convite para a próxima etapa de entrevistas da vaga de \
${position_title} na ${company}. Fico feliz em seguir no processo e aguardo o nosso \
novo encontro.

Por favor, me informe a data, o horário e o formato mais convenientes para você e a \
equipe; estarei à disposição.

Atenciosamente,""",
        ),
        "heard_back_on_hold": email_template(
            "Agradecimento pela atualização: ${position_title}",
            """\
Agradeço por me informar que a vaga de ${position_title} está suspensa. Entendo que \
os planos mudam, e continuo com muito interesse na função e na ${company}.

Se a vaga for reaberta, ou se surgir outra compatível com o meu perfil, terei prazer \
em receber o seu contato. Meu telefone é ${candidate_phone}.

Atenciosamente,""",
        ),
        "heard_back_other": email_template(
            "Agradecimento pelo retorno: ${position_title}",
            """\
Agradeço pela atualização sobre a vaga de ${position_title}.

Continuo com muito interesse na função e em fazer parte da ${company}. Se precisar \
de mais alguma informação, estou à disposição.

Atenciosamente,""",
        ),
        "withdrawal": email_template(
            "Retirada da candidatura: ${position_title}",
            """\
Agradeço por considerar a minha candidatura para a vaga de ${position_title} na \
${company} e pelo tempo que você e a sua equipe me dedicaram.

Após uma reflexão cuidadosa, decidi retirar a minha candidatura. Foi um prazer \
conhecer vocês, e espero que os nossos caminhos voltem a se cruzar.

Atenciosamente,""",
        ),
    }
)

_WARM: Mapping[str, str] = MappingProxyType(
    {
        "permission": """\
Agradeço muito pelo seu tempo hoje, ${contact_salutation}; foi um prazer conversar \
com você. Posso perguntar quando você imagina chegar a uma decisão?

[Ouça a resposta e confirme o dia com a pessoa.]

Que ótimo. Então posso aguardar notícias suas até ${decision_by}?

[Depois que a pessoa confirmar:]

${follow_up_question}""",
        "thank_you_mail": letter_template(_WARM_THANKS),
        "thank_you_email": email_template(
            "Agradeço pela conversa sobre a vaga de ${position_title}", _WARM_THANKS
        ),
        "voicemail": """\
Olá, ${contact_salutation}! Aqui é ${candidate_name}, sobre a vaga de \
${position_title}. ${follow_up_sentence} Meu número: ${candidate_phone}. \
Repito: ${candidate_name}, ${candidate_phone}. Até logo!""",
        "talking_points": """\
Se outra pessoa atender:

“Olá, tudo bem? Aqui é ${candidate_name}. ${assistant_line} Será que ${contact_name} \
teria um momento?”

[Se não for possível:] “Sem problema nenhum. Você poderia avisar ${contact_name} que \
eu liguei? Meu número é ${candidate_phone}. Qual seria o melhor momento para eu \
tentar de novo?”

[Anote o dia sugerido e ligue de novo nessa data.]

Se ${contact_name} atender:

“Olá, ${contact_salutation}, tudo bem? Aqui é ${candidate_name}. ${call_line} Queria \
saber se há alguma novidade.”

[Se houver novidade: ouça, agradeça com simpatia e pergunte quais são os próximos \
passos.]

[Se a pessoa precisar de mais tempo:] “Claro, entendo perfeitamente. Quando você acha \
que terá uma definição? E tudo bem se eu entrar em contato no dia útil seguinte, caso \
não tenha notícias até lá?”

[Se a pessoa sugerir outro dia para a ligação: anote.]

“Sigo com muito entusiasmo pela vaga de ${position_title}. Agradeço muito pelo seu \
tempo.”""",
        "close_loop_voicemail": """\
Olá, ${contact_salutation}! Aqui é ${candidate_name}, sobre a vaga de \
${position_title}. Sigo com entusiasmo; como continuo minha busca, adoraria ter \
notícias suas até ${reply_by}. Meu número: ${candidate_phone}. Repito: ${candidate_name}, \
${candidate_phone}. Até logo!""",
        "close_loop_email": email_template("Sobre a vaga de ${position_title}", _WARM_CLOSE_LOOP),
        "close_loop_mail": letter_template(_WARM_CLOSE_LOOP),
        "move_on": """\
Missão cumprida: ${position_title}, ${company}

Você seguiu a estratégia do começo ao fim. ${letters_summary} ${calls_summary} \
${close_loop_summary}

Como nenhuma resposta chegou até ${reply_by}, esta candidatura está encerrada da sua \
parte. Você fez tudo o que estava ao seu alcance; agora é hora de dedicar a sua \
energia ao que vem pela frente.""",
        "decision_postponed": email_template(
            "Agradeço a atualização sobre a vaga de ${position_title}",
            """\
Agradeço muito pela atualização sobre a vaga de ${position_title}. Entendo \
perfeitamente e já anotei que agora você espera decidir até ${decision_by}. \
${next_step_sentence}

Sigo com muito entusiasmo pela oportunidade de fazer parte da ${company}.

Cordialmente,""",
        ),
        "heard_back_offer": email_template(
            "Agradeço de coração pela proposta: ${position_title}",
            """\
Que notícia maravilhosa! Agradeço muito pela proposta para a vaga de \
${position_title} e pela confiança que você e a equipe da ${company} depositaram em \
mim.

Você poderia me enviar a proposta por escrito, incluindo salário, benefícios e data \
de início? Gostaria de ter alguns dias para analisá-la com calma; até quando você \
precisa da minha resposta?

Cordialmente,""",
        ),
        "heard_back_rejected": email_template(
            "Agradeço o retorno: ${position_title}",
            """\
Agradeço por me contar a decisão sobre a vaga de ${position_title} e pelo tempo \
dedicado à minha candidatura. Claro que lamento o resultado, mas gostei muito de \
conhecer você e de saber mais sobre a ${company}.

Terei muito prazer em participar de futuros processos para vagas compatíveis com o \
meu perfil; por favor, lembre-se de mim.

Cordialmente,""",
        ),
        "heard_back_next_round": email_template(
            "Rumo à próxima etapa: ${position_title}",
            """\
Agradeço muito pelo convite para a próxima etapa da vaga de ${position_title} na \
${company}. Fico muito feliz em continuar e já aguardo com expectativa o nosso \
próximo encontro.

É só me dizer a data, o horário e o formato que funcionam melhor para você e a \
equipe, que eu me organizo.

Cordialmente,""",
        ),
        "heard_back_on_hold": email_template(
            "Agradeço o aviso: ${position_title}",
            """\
Agradeço por me avisar que a vaga de ${position_title} está suspensa e por me manter \
a par. Entendo perfeitamente, e sigo com muito interesse na função e na ${company}.

Se houver novidades, ou se surgir outra vaga compatível com o meu perfil, vou adorar \
receber o seu contato. Você pode falar comigo sempre que quiser pelo \
telefone ${candidate_phone}.

Cordialmente,""",
        ),
        "heard_back_other": email_template(
            "Agradeço o retorno: ${position_title}",
            """\
Agradeço muito pelo retorno sobre a vaga de ${position_title}; a atualização foi \
muito bem-vinda.

Sigo com muito entusiasmo pela oportunidade de fazer parte da ${company}. Se precisar \
de qualquer coisa da minha parte, é só me avisar.

Cordialmente,""",
        ),
        "withdrawal": email_template(
            "Sobre a minha candidatura à vaga de ${position_title}",
            """\
Agradeço muito por considerar a minha candidatura para a vaga de ${position_title} na \
${company} e por todo o tempo que você e a sua equipe me dedicaram.

Depois de pensar bastante, decidi retirar a minha candidatura. Gostei muito de \
conhecer vocês, e espero que os nossos caminhos se cruzem novamente.

Cordialmente,""",
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
                "greeting_feminine": "Prezada ${contact_salutation},",
                "greeting_masculine": "Prezado ${contact_salutation},",
                "greeting_named": "Olá, ${contact_salutation},",
                "greeting_neutral": "Olá, ${contact_name},",
                "ask_to_call": "E, se eu não tiver notícias até lá, posso ligar para você "
                "${on_follow_up_on}?",
                "ask_to_write": "E, se eu não tiver notícias até lá, posso enviar um e-mail "
                "para você ${on_follow_up_on}?",
                "highlights_some": "Da nossa conversa, destaco em especial ${highlights}.",
                "highlights_none": "Pude entender com clareza a função e os seus desafios.",
                "qualifications_some": "Para a função, posso oferecer ${qualifications}.",
                "qualifications_none": "Estou confiante de que a minha experiência atende ao "
                "que a função exige.",
                "closing_call": "Aguardo a nossa ligação ${on_follow_up_on}.",
                "closing_no_call": "Aguardo o nosso próximo contato ${on_follow_up_on}.",
                "closing_other": "Agradeço novamente pelo seu tempo.",
                "call_first_on_time": "Você previa decidir até ${decision_by}. Combinamos "
                "que eu ligaria hoje.",
                "call_first_late": "Você previa decidir até ${decision_by}. Retomo o contato, "
                "como combinado.",
                "call_only": "Você previa decidir até ${decision_by}. Como combinado, esta é a "
                "minha única ligação.",
                "call_second": "Como combinado, dou sequência à minha ligação de "
                "${previous_call_on}.",
                "call_third": "Continuo com muito interesse; minha ligação anterior foi "
                "${on_previous_call_on}.",
                "call_last": "Liguei ${on_previous_call_on}; após esta última ligação, escrevo "
                "a você.",
                "call_back_second_spoke": "Liguei ${on_previous_call_on}; você pediu que eu "
                "retornasse ${call_back_day}.",
                "call_back_third_spoke": "Ligo de novo, como você pediu quando nos falamos "
                "${on_previous_call_on}.",
                "call_back_last_spoke": "Ligo de novo, como você pediu ${on_previous_call_on}; "
                "esta é minha última ligação.",
                "call_back_second_assistant": "Liguei ${on_previous_call_on}; pediram que eu "
                "retornasse ${call_back_day}.",
                "call_back_third_assistant": "Ligo de novo, como me pediram quando liguei "
                "${on_previous_call_on}.",
                "call_back_last_assistant": "Ligo de novo, como me pediram "
                "${on_previous_call_on}; esta é minha última ligação.",
                "assistant_first_on_time": "Combinei com ${contact_name} que ligaria hoje "
                "sobre a vaga de ${position_title}.",
                "assistant_first_late": "Estou retomando o contato com ${contact_name} sobre "
                "a vaga de ${position_title}, conforme combinado.",
                "assistant_again": "Estou retomando o contato com ${contact_name} sobre a "
                "vaga de ${position_title}; minha última ligação foi ${on_previous_call_on}.",
                "assistant_call_back": "Pediram que eu ligasse de novo para ${contact_name} "
                "${call_back_day}, sobre a vaga de ${position_title}.",
                "live_first_on_time": "Conversamos sobre a vaga de ${position_title} "
                "${on_interview_date}, e você previa decidir até ${decision_by}. Estou "
                "ligando hoje, como combinado.",
                "live_first_late": "Conversamos sobre a vaga de ${position_title} "
                "${on_interview_date}, e você previa decidir até ${decision_by}. Estou "
                "retomando o contato, como combinado.",
                "live_again": "Estou retomando o contato sobre a vaga de ${position_title}; "
                "minha última ligação foi ${on_previous_call_on}.",
                "live_call_back_spoke": "Quando conversamos sobre a vaga de "
                "${position_title} ${on_previous_call_on}, você pediu que eu retornasse "
                "${call_back_day}.",
                "live_call_back_assistant": "Quando liguei sobre a vaga de ${position_title} "
                "${on_previous_call_on}, pediram que eu retornasse ${call_back_day}.",
                "letter_same_day": "enviei a você o meu agradecimento por ${letter_channel} "
                "no mesmo dia",
                "letter_later": "enviei a você o meu agradecimento por ${letter_channel} "
                "${on_letter_day}",
                "history_none": "Conversamos sobre ela na entrevista de ${interview_date}.",
                "history_letter": "Após a nossa entrevista de ${interview_date}, ${letter_clause}.",
                "history_calls_few": "Após a nossa entrevista de ${interview_date}, liguei "
                "para você ${on_call_days}.",
                "history_calls_many": "Após a nossa entrevista de ${interview_date}, liguei "
                "para você ${times_since}, a última delas ${on_last_call_on}.",
                "history_letter_calls_few": "Após a nossa entrevista de ${interview_date}, "
                "${letter_clause} e liguei para você ${on_call_days}.",
                "history_letter_calls_many": "Após a nossa entrevista de ${interview_date}, "
                "${letter_clause} e, desde então, liguei para você ${times_since}, a última "
                "delas ${on_last_call_on}.",
                "history_postponed": "Você me informou, ${on_postponed_on}, que previa "
                "decidir até ${decision_by}.",
                "since_postponed_calls_few": "Desde então, liguei para você ${on_call_days}.",
                "since_postponed_calls_many": "Desde então, liguei para você ${times_since}, "
                "a última delas ${on_last_call_on}.",
                "next_step_call": "Se eu não tiver notícias até lá, ligarei para você "
                "${on_follow_up_on}.",
                "next_step_write": "Se eu não tiver notícias até lá, entrarei em contato "
                "${on_follow_up_on}.",
                "letter_item": "a ${name} por ${channel} (${day})",
                "letters": "Você agradeceu ${letters}.",
                "letters_none": "Nenhum agradecimento foi registrado.",
                "calls_some": "Você ligou para ${contact_name} ${times}: ${on_days}.",
                "calls_none": "Você não fez ligações de acompanhamento.",
                "close_loop": "Você enviou a mensagem final por ${channel} ${on_closed_on}, "
                "pedindo uma resposta até ${reply_by}.",
                "close_loop_none": "A mensagem final ainda não foi registrada.",
            }
        ),
        Tone.WARM: MappingProxyType(
            {
                "greeting_feminine": "Cara ${contact_salutation},",
                "greeting_masculine": "Caro ${contact_salutation},",
                "greeting_named": "Olá, ${contact_salutation}!",
                "greeting_neutral": "Olá, ${contact_name}!",
                "ask_to_call": "E, caso não tenhamos nos falado até lá, tudo bem se eu "
                "ligar para você ${on_follow_up_on}?",
                "ask_to_write": "E, caso não tenhamos nos falado até lá, tudo bem se eu "
                "enviar um e-mail para você ${on_follow_up_on}?",
                "highlights_some": "Adorei, em especial, ${highlights}.",
                "highlights_none": "Saí do nosso encontro com uma ideia muito boa da equipe e do "
                "trabalho que vocês fazem.",
                "qualifications_some": "Acredito que a minha trajetória, incluindo "
                "${qualifications}, me permitiria contribuir de forma concreta com a "
                "equipe.",
                "qualifications_none": "Eu adoraria colocar a minha experiência a serviço desse "
                "time.",
                "closing_call": "Será um prazer voltar a falar com você ${on_follow_up_on}.",
                "closing_no_call": "Será um prazer retomar o contato ${on_follow_up_on}.",
                "closing_other": "Agradeço mais uma vez pela gentileza e pelo seu tempo.",
                "call_first_on_time": "Você esperava decidir até ${decision_by}. Como combinamos, "
                "ligo hoje.",
                "call_first_late": "Você esperava decidir até ${decision_by}. Estou ligando, como "
                "combinamos.",
                "call_only": "Você esperava decidir até ${decision_by}. Como combinamos, esta é "
                "a minha única ligação.",
                "call_second": "Estou dando sequência à minha ligação de ${previous_call_on}.",
                "call_third": "Tentei falar com você ${on_previous_call_on}, e o meu entusiasmo "
                "continua o mesmo.",
                "call_last": "Liguei ${on_previous_call_on}; esta é minha última ligação antes de escrever.",
                "call_back_second_spoke": "Liguei ${on_previous_call_on}; você sugeriu que eu "
                "retornasse ${call_back_day}.",
                "call_back_third_spoke": "Estou retornando, como você sugeriu quando conversamos "
                "${on_previous_call_on}.",
                "call_back_last_spoke": "Estou retornando, como você sugeriu "
                "${on_previous_call_on}; esta é a minha última ligação.",
                "call_back_second_assistant": "Liguei ${on_previous_call_on}; pediram que eu "
                "retornasse ${call_back_day}.",
                "call_back_third_assistant": "Estou retornando, como me pediram "
                "${on_previous_call_on}.",
                "call_back_last_assistant": "Estou retornando, como me pediram "
                "${on_previous_call_on}; esta é a minha última ligação.",
                "assistant_first_on_time": "${contact_name} e eu combinamos de conversar hoje "
                "sobre a vaga de ${position_title}.",
                "assistant_first_late": "Estou entrando em contato com ${contact_name} sobre "
                "a vaga de ${position_title}, como combinamos.",
                "assistant_again": "Estou entrando em contato com ${contact_name} sobre a "
                "vaga de ${position_title}; minha última ligação foi ${on_previous_call_on}.",
                "assistant_call_back": "Pediram que eu ligasse de novo para ${contact_name} "
                "${call_back_day}, sobre a vaga de ${position_title}.",
                "live_first_on_time": "Foi um prazer conhecer você ${on_interview_date}. "
                "Você esperava decidir sobre a vaga de ${position_title} até "
                "${decision_by}; por isso, estou ligando hoje, como combinamos.",
                "live_first_late": "Foi um prazer conhecer você ${on_interview_date}. Você "
                "esperava decidir sobre a vaga de ${position_title} até ${decision_by}; por "
                "isso, estou entrando em contato, como combinamos.",
                "live_again": "Estou entrando em contato sobre a vaga de ${position_title}; "
                "minha última tentativa foi ${on_previous_call_on}.",
                "live_call_back_spoke": "Quando conversamos sobre a vaga de "
                "${position_title} ${on_previous_call_on}, você sugeriu que eu ligasse de "
                "novo ${call_back_day}.",
                "live_call_back_assistant": "Quando liguei sobre a vaga de "
                "${position_title} ${on_previous_call_on}, pediram que eu ligasse de novo "
                "${call_back_day}.",
                "letter_same_day": "enviei o meu agradecimento por ${letter_channel} no mesmo dia",
                "letter_later": "enviei o meu agradecimento por ${letter_channel} ${on_letter_day}",
                "history_none": "Foi um prazer conhecer você ${on_interview_date}.",
                "history_letter": "Foi um prazer conhecer você ${on_interview_date}; "
                "${letter_clause}.",
                "history_calls_few": "Foi um prazer conhecer você ${on_interview_date}; "
                "depois, tentei contato por telefone ${on_call_days}.",
                "history_calls_many": "Foi um prazer conhecer você ${on_interview_date}; "
                "desde então, tentei contato por telefone ${times_since}, a última delas "
                "${on_last_call_on}.",
                "history_letter_calls_few": "Foi um prazer conhecer você "
                "${on_interview_date}; ${letter_clause} e tentei contato por telefone "
                "${on_call_days}.",
                "history_letter_calls_many": "Foi um prazer conhecer você "
                "${on_interview_date}; ${letter_clause} e, desde então, tentei contato por "
                "telefone ${times_since}, a última delas ${on_last_call_on}.",
                "history_postponed": "Você teve a gentileza de me avisar, "
                "${on_postponed_on}, que agora esperava decidir até ${decision_by}.",
                "since_postponed_calls_few": "Desde então, tentei contato por telefone "
                "${on_call_days}.",
                "since_postponed_calls_many": "Desde então, tentei contato por telefone "
                "${times_since}, a última delas ${on_last_call_on}.",
                "next_step_call": "Se eu não tiver notícias até lá, ligo para você "
                "${on_follow_up_on}.",
                "next_step_write": "Se eu não tiver notícias até lá, entro em contato "
                "${on_follow_up_on}.",
                "letter_item": "a ${name} por ${channel} (${day})",
                "letters": "Enviou os seus agradecimentos ${letters}.",
                "letters_none": "Nenhum agradecimento foi registrado.",
                "calls_some": "Você ligou para ${contact_name} ${times}: ${on_days}.",
                "calls_none": "Você não fez nenhuma ligação de acompanhamento.",
                "close_loop": "Você enviou a sua última mensagem por ${channel} "
                "${on_closed_on}, pedindo um retorno até ${reply_by}.",
                "close_loop_none": "A sua última mensagem ainda não foi registrada.",
            }
        ),
    }
)
"""The built-in sentences the scripts build placeholders from, per tone and name."""


# --- The calendar export -------------------------------------------------------------

CALENDAR: Mapping[str, str] = MappingProxyType(
    {
        "calendar_name": "Acompanhamento: ${position_title}, ${company}",
        "thank_you_summary": "Enviar agradecimento a ${name} (${company})",
        "call_summary": "Ligar para ${name} (${company}): ligação de acompanhamento "
        "${attempt} de ${max_calls}",
        "close_loop_summary": "Mensagem final para ${name} (${company})",
        "move_on_summary": "Seguir em frente: ${position_title}, ${company}",
        "call_before": "Ligue para ${name} antes do expediente: das ${start} às ${end} "
        "${on_day} (${zone}).",
        "call_before_phone": "Ligue para ${name} no ${phone} antes do expediente: das "
        "${start} às ${end} ${on_day} (${zone}).",
        "call_after": "Se não conseguir, ligue depois do expediente no mesmo dia: das "
        "${start} às ${end} (${zone}).",
        "call_after_only": "Ligue para ${name} depois do expediente: das ${start} às ${end} "
        "${on_day} (${zone}).",
        "call_after_only_phone": "Ligue para ${name} no ${phone} depois do expediente: das "
        "${start} às ${end} ${on_day} (${zone}).",
        "call_day": "Ligue para ${name} ${on_day} (${zone}).",
        "call_day_phone": "Ligue para ${name} no ${phone} ${on_day} (${zone}).",
        "voicemail_heading": "Roteiro da mensagem de voz:",
        "thank_you_heading": "Mensagem de agradecimento a ${name}:",
        "close_loop_instructions": "Envie uma última mensagem a ${name} e peça uma resposta "
        "até ${reply_by}.",
        "subject_line": "Assunto: ${subject}",
        "move_on_instructions": "Nenhuma resposta chegou até ${reply_by}: encerre a "
        "candidatura e siga em frente.",
    }
)
"""The calendar export's titles and instructions (``to_ical``), by name."""
