"""American English: how the scripts write dates, lists and counts, and their wording.

A language is this much and no more (``_language.py`` registers it):

* a :class:`Writer` -- dates ("Tuesday, August 22"; a letter's date line
  "August 22, 2017"), lists ("a, b and c"), counts ("twice"), the word for
  a channel, a typed phrase tidied for the middle of a sentence, and how
  many words a text takes to say;
* the templates, per tone and key (:data:`TEMPLATES`), and the sentence
  fragments the scripts build placeholders from (:data:`FRAGMENTS`), per
  tone and name. Every language has the same keys, fragments and
  placeholders; only the words differ.

English needs nothing beyond the standard library: its dates are written
with plain tables, not a locale library, so no process-wide setting can
change them.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from types import MappingProxyType

import attrs

from ._explain import MONTHS, WEEKDAYS
from ._values import Channel, Tone
from ._wording import (
    address_form,
    day_from,
    email_template,
    join,
    letter_template,
    spoken_words,
    tidy_phrase,
)

__all__ = ["CALENDAR", "FRAGMENTS", "TEMPLATES", "WORDS_PER_MINUTE", "EnglishWriter"]

WORDS_PER_MINUTE = 150
"""A calm speaking pace for a voicemail in English."""

_FEMININE = frozenset({"Ms.", "Ms", "Mrs.", "Mrs", "Miss"})
_MASCULINE = frozenset({"Mr.", "Mr"})
_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_CHANNELS: Mapping[Channel, str] = MappingProxyType(
    {
        Channel.MAIL: "letter",
        Channel.EMAIL: "email",
        Channel.PHONE: "phone",
        Channel.VOICEMAIL: "voicemail",
    }
)

# Words whose trailing period belongs to them: "Northwind Inc." keeps it in
# the middle of a sentence, and a sentence ending on it gets no second one.
_ABBREVIATIONS = frozenset(
    {
        "inc",
        "ltd",
        "co",
        "corp",
        "llc",
        "plc",
        "bros",
        "jr",
        "sr",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "st",
        "ave",
        "blvd",
        "dept",
        "etc",
        "vs",
        "no",
        "approx",
    }
)

# Capitalised only because they opened the phrase as it was typed ("The
# whiteboard session on Kafka."): in the middle of a sentence they are
# lower case. Names, acronyms and product words are left alone, since they
# are not in this list.
_SENTENCE_STARTERS = frozenset(
    {
        "a",
        "an",
        "the",
        "my",
        "our",
        "your",
        "their",
        "his",
        "her",
        "its",
        "this",
        "that",
        "these",
        "those",
        "some",
        "all",
        "both",
        "each",
        "every",
        "how",
        "what",
        "why",
        "when",
        "where",
        "which",
        "who",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "twelve",
        "fifteen",
        "twenty",
        "several",
        "many",
        "years",
        "deep",
        "strong",
        "solid",
        "proven",
        "extensive",
        "broad",
        "experience",
        "expertise",
        "knowledge",
        "background",
        "hands-on",
        "led",
        "built",
        "designed",
        "managed",
        "ran",
        "shipped",
        "scaled",
        "mentored",
        "coached",
        "taught",
        "wrote",
        "owned",
        "grew",
        "launched",
        "delivered",
        "developed",
        "created",
        "founded",
        "lunch",
        "dinner",
        "whiteboard",
        "discussion",
        "conversation",
        "tour",
        "walkthrough",
        "demo",
        "presentation",
        "questions",
        "chat",
        "talk",
        "review",
        "session",
        "exercise",
        "case",
        "pairing",
    }
)


@attrs.frozen
class EnglishWriter:
    """English words for dates, lists, counts and channels: American, or British with ``british``."""

    british: bool = False

    def date(self, ordinal: int) -> str:
        """Write a day as "Tuesday, August 22" (British: "Tuesday 22 August")."""
        day = _dt.date.fromordinal(ordinal)
        weekday, month = WEEKDAYS[day.weekday()], MONTHS[day.month - 1]
        return f"{weekday} {day.day} {month}" if self.british else f"{weekday}, {month} {day.day}"

    def date_line(self, ordinal: int) -> str:
        """Write a letter's date line: "August 22, 2017" (British: "22 August 2017")."""
        day = _dt.date.fromordinal(ordinal)
        month = MONTHS[day.month - 1]
        return f"{day.day} {month} {day.year}" if self.british else f"{month} {day.day}, {day.year}"

    def on_date(self, ordinal: int) -> str:
        """Say "on" a day: "on Tuesday, August 22"."""
        return f"on {self.date(ordinal)}"

    def day_phrase(self, ordinal: int, today: int) -> str:
        """Say a day from the day of use: "today", "yesterday", or "on Tuesday, August 22"."""
        return day_from(ordinal, today, self.on_date, "today", "yesterday")

    def on_day(self, ordinal: int, today: int) -> str:
        """Say when something is due: "today", or "on Tuesday, August 22"."""
        return day_from(ordinal, today, self.on_date, "today")

    def join(self, items: Sequence[str]) -> str:
        """Join items as English does: "a", "a and b", "a, b and c".

        Items that hold commas themselves (dates such as "Tuesday, August 22")
        are set off by semicolons, so the list still reads unambiguously.
        """
        return join(items, "and")

    def join_dated(self, items: Sequence[str]) -> str:
        """Join items that each end with a date ("Tuesday, August 22").

        A date with its weekday is set off by commas in American usage, so
        the comma after it stays before "and"; three or more such items are
        separated by semicolons: "A, and B", "A; B; and C". British dates
        hold no comma ("Tuesday 22 August"): the items are joined as any list.
        """
        if self.british:
            return self.join(items)
        if len(items) <= 1:
            return "".join(items)
        if len(items) == 2:
            return f"{items[0]}, and {items[1]}"
        return "; ".join(items[:-1]) + "; and " + items[-1]

    def times(self, count: int) -> str:
        """Say how often: "once", "twice", "three times", "12 times"."""
        if count == 1:
            return "once"
        if count == 2:
            return "twice"
        number = _NUMBERS[count] if count < len(_NUMBERS) else str(count)
        return f"{number} times"

    def ordinal(self, count: int) -> str:
        """Say which one: "first" to "eighth", then "number 9"."""
        return _ORDINALS[count - 1] if count <= len(_ORDINALS) else f"number {count}"

    def channel(self, channel: Channel) -> str:
        """Name a channel as in "by letter" or "a thank-you email"."""
        return _CHANNELS[channel]

    def address_form(self, salutation: str) -> str:
        """The greeting's form for a salutation: "Ms. Lee" is feminine, "Mr. Lee" masculine.

        English greets both alike ("Dear Ms. Lee:"); the form is told all the same.
        """
        return address_form(salutation, _FEMININE, _MASCULINE)

    def clause(self, text: str) -> str:
        """Tidy a typed phrase for the middle of a sentence (``_wording.tidy_phrase``)."""
        return tidy_phrase(
            text, abbreviations=_ABBREVIATIONS, starters=_SENTENCE_STARTERS, opens_only=_opens_only
        )

    def spoken_words(self, text: str) -> int:
        """Count the words it takes to say ``text`` (``_wording.spoken_words``)."""
        return spoken_words(text)


def _opens_only(first: str, rest: str) -> bool:
    """Whether a capitalised first word not in the list opened the phrase only: an -ing verb.

    A verb in -ing followed by a word in lower case ("Leading the team"; not
    "Spring Boot", "Beijing").
    """
    following = rest.split(" ", 1)[0]
    return len(first) > 5 and first.endswith("ing") and following[:1].islower()


# --- The templates ---------------------------------------------------------------

_DIRECT_THANKS = """\
Thank you for meeting with me on ${interview_date}, to discuss the ${position_title} \
position. Our conversation left me even more interested in the role and in joining \
${company}.

${highlights_sentence} ${qualifications_sentence}

${closing_sentence}

Sincerely,"""

_WARM_THANKS = """\
Thank you so much for taking the time to meet with me on ${interview_date}. I enjoyed \
learning more about the ${position_title} role, and I am more excited than ever about \
the chance to join ${company}.

${highlights_sentence} ${qualifications_sentence}

${closing_sentence}

Warm regards,"""

_DIRECT_CLOSE_LOOP = """\
I am writing to check in on the ${position_title} position. ${follow_up_history}

I remain very interested in the role and in joining ${company}. I am also continuing my \
search, so I would appreciate knowing where things stand by ${reply_by}.

Thank you for your time and consideration.

Sincerely,"""

_WARM_CLOSE_LOOP = """\
I hope you are doing well. I wanted to check in about the ${position_title} role. \
${follow_up_history}

I am still very excited about the chance to join ${company}. I am also continuing my \
search, so I would be grateful to hear where things stand by ${reply_by}.

Thank you again for your time.

With warm regards,"""


_DIRECT: Mapping[str, str] = MappingProxyType(
    {
        "permission": """\
Thank you for your time today, ${contact_salutation}. Before I go: when do you expect \
to make your decision?

[Listen, then repeat the day back.]

So I can expect to hear from you by ${decision_by}?

[Once they confirm:]

${follow_up_question}""",
        "thank_you_mail": letter_template(_DIRECT_THANKS),
        "thank_you_email": email_template("Thank you: ${position_title} interview", _DIRECT_THANKS),
        "voicemail": """\
Hello ${contact_salutation}, this is ${candidate_name}, about the ${position_title} \
position. ${follow_up_sentence} Please call me at ${candidate_phone}. Again, \
${candidate_name}, ${candidate_phone}. Thank you.""",
        "talking_points": """\
If an assistant answers:

"Hello, this is ${candidate_name}. ${assistant_line} Is ${contact_salutation} available?"

[If not:] "Could you let ${contact_salutation} know I called? My number is \
${candidate_phone}. When would be a good time to call back?"

[Note the day they give, and call back then.]

If ${contact_salutation} answers:

"Hello ${contact_salutation}, this is ${candidate_name}. ${call_line} Have you reached \
a decision?"

[If they have: listen, thank them, and ask about the next steps.]

[If they need more time:] "I understand. When do you now expect to decide? And if I \
have not heard from you by then, may I call you the next business day?"

[If they ask you to call back another day: note the day.]

"I remain very interested in the ${position_title} position. Thank you for your time.\"""",
        "close_loop_voicemail": """\
Hello ${contact_salutation}, this is ${candidate_name}, about the ${position_title} \
position. I remain very interested; as I continue my search, I would appreciate an \
answer by ${reply_by}. My number is ${candidate_phone}. Again, ${candidate_name}, \
${candidate_phone}. Thank you.""",
        "close_loop_email": email_template(
            "Following up on the ${position_title} position", _DIRECT_CLOSE_LOOP
        ),
        "close_loop_mail": letter_template(_DIRECT_CLOSE_LOOP),
        "move_on": """\
Follow-up closed: ${position_title} at ${company}

${letters_summary} ${calls_summary} ${close_loop_summary}

No answer came by ${reply_by}. The application is closed on your side: stop following \
up with ${contact_name} and put your energy into your other opportunities.""",
        "decision_postponed": email_template(
            "Thank you for the update: ${position_title}",
            """\
Thank you for letting me know about the new timeline for the ${position_title} \
position. I understand you now expect to decide by ${decision_by}. ${next_step_sentence}

I remain very interested in the role and in joining ${company}.

Sincerely,""",
        ),
        "heard_back_offer": email_template(
            "Thank you for the offer: ${position_title}",
            """\
Thank you for offering me the ${position_title} position at ${company}. I am delighted, \
and I appreciate your confidence in me.

Could you send me the offer in writing, with the salary, benefits and start date? Once \
I have it, I would like a few days to review it; please let me know by when you need my \
answer.

Sincerely,""",
        ),
        "heard_back_rejected": email_template(
            "Thank you: ${position_title}",
            """\
Thank you for letting me know your decision about the ${position_title} position. \
While I am disappointed, I appreciated the chance to meet you and to learn about \
${company}.

If another role opens that fits my background, I would welcome the chance to be \
considered. Please keep me in mind.

Sincerely,""",
        ),
        "heard_back_next_round": email_template(
            "Next interview: ${position_title}",
            """\
Thank you for inviting me to the next round of interviews for the ${position_title} \
position at ${company}. I am glad to continue, and I look forward to meeting again.

Please let me know the date, time and format that suit you and the team; I will make \
myself available.

Sincerely,""",
        ),
        "heard_back_on_hold": email_template(
            "Thank you for the update: ${position_title}",
            """\
Thank you for letting me know that the ${position_title} position is on hold. I \
understand that plans change, and I remain very interested in the role and in \
${company}.

If the position opens again, or another one fits my background, I would be glad to \
hear from you. You can reach me at ${candidate_phone}.

Sincerely,""",
        ),
        "heard_back_other": email_template(
            "Thank you: ${position_title}",
            """\
Thank you for getting back to me about the ${position_title} position; I appreciate \
the update.

I remain very interested in the role and in joining ${company}. Please let me know if \
you need anything further from me.

Sincerely,""",
        ),
        "withdrawal": email_template(
            "Withdrawing my application: ${position_title}",
            """\
Thank you for considering me for the ${position_title} position at ${company}, and for \
the time you and your colleagues spent with me.

After careful thought, I have decided to withdraw my application. I enjoyed learning \
about your team, and I hope our paths cross again.

Sincerely,""",
        ),
    }
)

_WARM: Mapping[str, str] = MappingProxyType(
    {
        "permission": """\
Thank you so much for your time today, ${contact_salutation}; I really enjoyed our \
conversation. May I ask when you expect to reach a decision?

[Listen, then check the day with them.]

That sounds great. So I can look forward to hearing from you by ${decision_by}?

[Once they confirm:]

${follow_up_question}""",
        "thank_you_mail": letter_template(_WARM_THANKS),
        "thank_you_email": email_template(
            "Thank you for our conversation about the ${position_title} role", _WARM_THANKS
        ),
        "voicemail": """\
Hi ${contact_salutation}, it's ${candidate_name}, about the ${position_title} role. \
${follow_up_sentence} Please call me at ${candidate_phone}. Again, ${candidate_name}, \
${candidate_phone}. Thanks so much.""",
        "talking_points": """\
If an assistant answers:

"Hi, this is ${candidate_name}. ${assistant_line} Would ${contact_salutation} have a \
moment?"

[If not:] "No problem at all. Could you let ${contact_salutation} know I called? My \
number is ${candidate_phone}. Is there a better time to reach them?"

[Note the day they suggest, and call back then.]

If ${contact_salutation} answers:

"Hi ${contact_salutation}, it's ${candidate_name}. ${call_line} I wondered whether \
there is any news."

[If there is news: listen, thank them warmly, and ask what happens next.]

[If they need more time:] "Of course, I completely understand. When do you think \
you'll know? And would it be all right if I checked in the next business day, if I \
haven't heard by then?"

[If they suggest another day to call: note it.]

"I'm still very excited about the ${position_title} role. Thank you so much for your \
time.\"""",
        "close_loop_voicemail": """\
Hi ${contact_salutation}, it's ${candidate_name}, about the ${position_title} role. \
I'm still excited about it; as I keep looking, I'd love an update by ${reply_by}. \
Please call me at ${candidate_phone}. Again, ${candidate_name}, ${candidate_phone}. \
Thanks so much.""",
        "close_loop_email": email_template(
            "Checking in about the ${position_title} role", _WARM_CLOSE_LOOP
        ),
        "close_loop_mail": letter_template(_WARM_CLOSE_LOOP),
        "move_on": """\
All done: ${position_title} at ${company}

You followed the strategy all the way through. ${letters_summary} ${calls_summary} \
${close_loop_summary}

Since no reply came by ${reply_by}, this application is now closed on your side. You \
did everything you could; it is time to give your energy to what comes next.""",
        "decision_postponed": email_template(
            "Thanks for the update on the ${position_title} role",
            """\
Thank you so much for the update on the ${position_title} role. I completely \
understand, and I have noted that you now hope to decide by ${decision_by}. \
${next_step_sentence}

I am still very excited about the chance to join ${company}.

Warm regards,""",
        ),
        "heard_back_offer": email_template(
            "Thank you so much: ${position_title} offer",
            """\
Thank you so much for offering me the ${position_title} role. I am thrilled, and I \
am grateful for the trust you and the team at ${company} have shown in me.

Would you be able to send me the offer in writing, including the salary, benefits and \
start date? I would love a few days to look it over properly; could you let me know \
when you would need my answer?

Warm regards,""",
        ),
        "heard_back_rejected": email_template(
            "Thank you for letting me know: ${position_title}",
            """\
Thank you for letting me know about the ${position_title} role, and for the time you \
took to consider me. Of course I am disappointed, but I truly enjoyed meeting you and \
learning about ${company}.

I would be very glad to be considered for future roles that fit my background, so \
please do keep me in mind.

Warm regards,""",
        ),
        "heard_back_next_round": email_template(
            "Looking forward to the next round: ${position_title}",
            """\
Thank you so much for inviting me to the next round for the ${position_title} role at \
${company}. I am delighted to continue, and I am looking forward to meeting again.

Just let me know what date, time and format work best for you and the team, and I \
will make it work.

Warm regards,""",
        ),
        "heard_back_on_hold": email_template(
            "Thanks for letting me know: ${position_title}",
            """\
Thank you for letting me know that the ${position_title} role is on hold; I \
appreciate you keeping me in the loop. I understand completely, and I am still very \
interested in the role and in ${company}.

If things open up again, or another role fits my background, I would love to hear \
from you. You can always reach me at ${candidate_phone}.

Warm regards,""",
        ),
        "heard_back_other": email_template(
            "Thanks for getting back to me: ${position_title}",
            """\
Thank you so much for getting back to me about the ${position_title} role; I really \
appreciate the update.

I am still very excited about the chance to join ${company}. If there is anything else \
you need from me, just let me know.

Warm regards,""",
        ),
        "withdrawal": email_template(
            "My application for the ${position_title} role",
            """\
Thank you so much for considering me for the ${position_title} role at ${company}, \
and for all the time you and your colleagues gave me.

After a lot of thought, I have decided to withdraw my application. I really enjoyed \
getting to know your team, and I hope our paths cross again.

Warm regards,""",
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
                "greeting_named": "Dear ${contact_salutation}:",
                # English greets everyone alike, whatever the honorific.
                "greeting_feminine": "Dear ${contact_salutation}:",
                "greeting_masculine": "Dear ${contact_salutation}:",
                "greeting_neutral": "Dear ${contact_name}:",
                "ask_to_call": "And if I have not heard from you by then, may I call you "
                "on ${follow_up_on}?",
                "ask_to_write": "And if I have not heard from you by then, may I email you "
                "on ${follow_up_on}?",
                "highlights_some": "I especially valued ${highlights}.",
                "highlights_none": "Our conversation gave me a clear picture of the role and "
                "its challenges.",
                "qualifications_some": "To the role, I would bring ${qualifications}.",
                "qualifications_none": "I am confident that my experience fits what the role "
                "demands.",
                "closing_call": "I look forward to speaking with you on ${follow_up_on}.",
                "closing_no_call": "I look forward to being in touch on ${follow_up_on}.",
                "closing_other": "Thank you again for your time.",
                "call_first_on_time": "You expected to decide by ${decision_by}, and we "
                "agreed I would call today.",
                "call_first_late": "You expected to decide by ${decision_by}, and I am "
                "following up as we agreed.",
                "call_only": "You expected to decide by ${decision_by}; as agreed, this is my one follow-up call.",
                "call_second": "I am following up, as we agreed, on my call of ${previous_call_on}.",
                "call_third": "I remain very interested and am trying you again after my "
                "call on ${previous_call_on}.",
                "call_last": "I last called on ${previous_call_on}; this is my final call "
                "before I write to you.",
                "call_back_second_spoke": "When we spoke on ${previous_call_on}, you asked "
                "me to call back ${call_back_day}.",
                "call_back_third_spoke": "As you asked when we spoke on ${previous_call_on}, "
                "I am calling back.",
                "call_back_last_spoke": "As you asked on ${previous_call_on}, I am calling "
                "back; this is my last call.",
                "call_back_second_assistant": "When I called on ${previous_call_on}, I was "
                "asked to call back ${call_back_day}.",
                "call_back_third_assistant": "As I was asked when I called on "
                "${previous_call_on}, I am calling back.",
                "call_back_last_assistant": "As I was asked on ${previous_call_on}, I am "
                "calling back; this is my last call.",
                "assistant_first_on_time": "${contact_name} and I agreed I would call today "
                "about the ${position_title} position.",
                "assistant_first_late": "I am following up with ${contact_name} about the "
                "${position_title} position, as we agreed.",
                "assistant_again": "I am following up with ${contact_name} about the "
                "${position_title} position; I last called on ${previous_call_on}.",
                "assistant_call_back": "I was asked to call ${contact_name} back about the ${position_title} position ${call_back_day}.",
                "live_first_on_time": "We discussed the ${position_title} position on ${interview_date}, and you expected to decide by ${decision_by}. I am calling today, as we agreed.",
                "live_first_late": "We discussed the ${position_title} position on ${interview_date}, and you expected to decide by ${decision_by}. I am following up, as we agreed.",
                "live_again": "I am following up on the ${position_title} position; I last "
                "called on ${previous_call_on}.",
                "live_call_back_spoke": "When we spoke about the ${position_title} position on ${previous_call_on}, you asked me to call back ${call_back_day}.",
                "live_call_back_assistant": "When I called about the ${position_title} position on ${previous_call_on}, I was asked to call back ${call_back_day}.",
                "letter_same_day": "I sent you a thank-you ${letter_channel} the same day",
                "letter_later": "I sent you a thank-you ${letter_channel} on ${letter_day}",
                "history_none": "We discussed it when we met on ${interview_date}.",
                "history_letter": "After we met on ${interview_date}, ${letter_clause}.",
                "history_calls_few": "After we met on ${interview_date}, I called on ${call_days}.",
                "history_calls_many": "After we met on ${interview_date}, I called "
                "${times_since}, most recently on ${last_call_on}.",
                "history_letter_calls_few": "After we met on ${interview_date}, "
                "${letter_clause}, and I called on ${call_days}.",
                "history_letter_calls_many": "After we met on ${interview_date}, "
                "${letter_clause}, and I have called ${times_since} since, most recently "
                "on ${last_call_on}.",
                "history_postponed": "On ${postponed_on}, you let me know you expected to "
                "decide by ${decision_by}.",
                "since_postponed_calls_few": "Since then, I have called on ${call_days}.",
                "since_postponed_calls_many": "Since then, I have called ${times_since}, most "
                "recently on ${last_call_on}.",
                "next_step_call": "If I have not heard from you by then, I will call you on "
                "${follow_up_on}.",
                "next_step_write": "If I have not heard from you by then, I will check in "
                "with you on ${follow_up_on}.",
                "letter_item": "${name} by ${channel} on ${day}",
                "letters": "You thanked ${letters}.",
                "letters_none": "No thank-you letter was recorded.",
                "calls_some": "You called ${contact_name} ${times}: on ${days}.",
                "calls_none": "You made no follow-up calls.",
                "close_loop": "You closed the loop by ${channel} on ${closed_on}, asking for an answer by ${reply_by}.",
                "close_loop_none": "The close-the-loop message is not recorded yet.",
            }
        ),
        Tone.WARM: MappingProxyType(
            {
                "greeting_named": "Dear ${contact_salutation},",
                # English greets everyone alike, whatever the honorific.
                "greeting_feminine": "Dear ${contact_salutation},",
                "greeting_masculine": "Dear ${contact_salutation},",
                "greeting_neutral": "Dear ${contact_name},",
                "ask_to_call": "And in case we have not spoken by then, would it be all "
                "right if I gave you a call on ${follow_up_on}?",
                "ask_to_write": "And in case we have not been in touch by then, would it be "
                "all right if I sent you an email on ${follow_up_on}?",
                "highlights_some": "I especially enjoyed ${highlights}.",
                "highlights_none": "I came away with a real sense of the team and the work "
                "you are doing.",
                "qualifications_some": "I believe my background, including "
                "${qualifications}, would let me make a real contribution.",
                "qualifications_none": "I would love to bring my experience to your team.",
                "closing_call": "I am looking forward to speaking with you again on "
                "${follow_up_on}.",
                "closing_no_call": "I am looking forward to being in touch again on "
                "${follow_up_on}.",
                "closing_other": "Thank you again for your kindness and your time.",
                "call_first_on_time": "You hoped to decide by ${decision_by}, so I'm "
                "checking in today, as we agreed.",
                "call_first_late": "You hoped to decide by ${decision_by}, so I'm checking "
                "in, as we agreed.",
                "call_only": "You hoped to decide by ${decision_by}; as we planned, this is my one check-in call.",
                "call_second": "I'm following up on my call from ${previous_call_on}.",
                "call_third": "I tried you on ${previous_call_on}, and I'm still excited to "
                "connect.",
                "call_last": "I tried you on ${previous_call_on}; this is my last call, and "
                "then I'll write.",
                "call_back_second_spoke": "When we spoke on ${previous_call_on}, you "
                "suggested I call back ${call_back_day}.",
                "call_back_third_spoke": "I'm calling back, as you suggested when we spoke "
                "on ${previous_call_on}.",
                "call_back_last_spoke": "I'm calling back as you suggested on "
                "${previous_call_on}; this is my last call.",
                "call_back_second_assistant": "On ${previous_call_on}, I was asked to call "
                "back ${call_back_day}.",
                "call_back_third_assistant": "I'm calling back, as I was asked to on "
                "${previous_call_on}.",
                "call_back_last_assistant": "I'm calling back as I was asked on "
                "${previous_call_on}; this is my last call.",
                "assistant_first_on_time": "${contact_name} and I planned to talk today "
                "about the ${position_title} role.",
                "assistant_first_late": "I'm checking in with ${contact_name} about the "
                "${position_title} role, as we planned.",
                "assistant_again": "I'm checking in with ${contact_name} about the "
                "${position_title} role; I last called on ${previous_call_on}.",
                "assistant_call_back": "I was asked to call ${contact_name} back about the ${position_title} role ${call_back_day}.",
                "live_first_on_time": "It was lovely meeting you on ${interview_date}. You "
                "hoped to decide on the ${position_title} role by ${decision_by}, so I'm "
                "checking in today, as we agreed.",
                "live_first_late": "It was lovely meeting you on ${interview_date}. You hoped "
                "to decide on the ${position_title} role by ${decision_by}, so I'm checking "
                "in, as we agreed.",
                "live_again": "I'm checking in about the ${position_title} role; I last "
                "tried you on ${previous_call_on}.",
                "live_call_back_spoke": "When we spoke about the ${position_title} role on ${previous_call_on}, you suggested I call back ${call_back_day}.",
                "live_call_back_assistant": "When I called about the ${position_title} role on ${previous_call_on}, I was asked to call back ${call_back_day}.",
                "letter_same_day": "I sent a thank-you ${letter_channel} the same day",
                "letter_later": "I sent a thank-you ${letter_channel} on ${letter_day}",
                "history_none": "It was a pleasure meeting you on ${interview_date}.",
                "history_letter": "It was a pleasure meeting you on ${interview_date}, and "
                "${letter_clause}.",
                "history_calls_few": "It was a pleasure meeting you on ${interview_date}, and "
                "I tried to reach you by phone on ${call_days}.",
                "history_calls_many": "It was a pleasure meeting you on ${interview_date}, "
                "and I have tried to reach you by phone ${times_since}, most recently on "
                "${last_call_on}.",
                "history_letter_calls_few": "It was a pleasure meeting you on "
                "${interview_date}; ${letter_clause}, and I tried to reach you by phone on "
                "${call_days}.",
                "history_letter_calls_many": "It was a pleasure meeting you on "
                "${interview_date}; ${letter_clause}, and I have tried to reach you by phone "
                "${times_since} since, most recently on ${last_call_on}.",
                "history_postponed": "On ${postponed_on}, you kindly let me know you now "
                "hoped to decide by ${decision_by}.",
                "since_postponed_calls_few": "Since then, I have tried to reach you by phone "
                "on ${call_days}.",
                "since_postponed_calls_many": "Since then, I have tried to reach you by phone "
                "${times_since}, most recently on ${last_call_on}.",
                "next_step_call": "If I haven't heard from you by then, I'll give you a call "
                "on ${follow_up_on}.",
                "next_step_write": "If I haven't heard from you by then, I'll check in with "
                "you on ${follow_up_on}.",
                "letter_item": "${name} by ${channel} on ${day}",
                "letters": "You sent your thanks to ${letters}.",
                "letters_none": "No thank-you letters were recorded.",
                "calls_some": "You called ${contact_name} ${times}, on ${days}.",
                "calls_none": "You did not make any follow-up calls.",
                "close_loop": "You sent your last message by ${channel} on ${closed_on}, "
                "asking to hear back by ${reply_by}.",
                "close_loop_none": "Your last message is not recorded yet.",
            }
        ),
    }
)
"""The built-in sentences the scripts build placeholders from, per tone and name."""


# --- The calendar's words -------------------------------------------------------------

CALENDAR: Mapping[str, str] = MappingProxyType(
    {
        "calendar_name": "Follow-up: ${position_title} at ${company}",
        "thank_you_summary": "Send a thank-you letter to ${name} (${company})",
        "call_summary": "Call ${name} (${company}): follow-up call ${attempt} of ${max_calls}",
        "close_loop_summary": "Close the loop with ${name} (${company})",
        "move_on_summary": "Move on from ${position_title} at ${company}",
        "call_before": "Call ${name} before work hours: ${start} to ${end} on ${day} (${zone}).",
        "call_before_phone": "Call ${name} at ${phone} before work hours: ${start} to "
        "${end} on ${day} (${zone}).",
        "call_after": "If you miss it, call after work hours the same day: ${start} to "
        "${end} (${zone}).",
        "call_after_only": "Call ${name} after work hours: ${start} to ${end} on ${day} (${zone}).",
        "call_after_only_phone": "Call ${name} at ${phone} after work hours: ${start} to "
        "${end} on ${day} (${zone}).",
        "call_day": "Call ${name} on ${day} (${zone}).",
        "call_day_phone": "Call ${name} at ${phone} on ${day} (${zone}).",
        "voicemail_heading": "Voicemail script:",
        "thank_you_heading": "Thank-you letter to ${name}:",
        "close_loop_instructions": "Send ${name} one last message and ask for a reply by "
        "${reply_by}.",
        "subject_line": "Subject: ${subject}",
        "move_on_instructions": "No reply came by ${reply_by}: close the application and move on.",
    }
)
"""The calendar export's titles and instructions (``to_ical``), by name."""
