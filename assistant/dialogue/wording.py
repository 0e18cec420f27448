"""What the assistant says: the texts of its greetings, questions, confirmations and notices.

Only words here: constants, templates filled with `str.format`, and functions that turn the
facts they are given into Markdown and change nothing. The steps (assistant.dialogue.gather,
.company_steps, .detail_steps, .letter_steps, .commands) decide what to say and when; the
answers to questions about a company, which quote its policy, are in assistant.dialogue.answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from assistant.dialogue.answers import source_line
from assistant.vocabulary import RIGHT_CHOICES, RIGHT_NOUNS, RIGHTS, long_date

if TYPE_CHECKING:
    from assistant.ledger.rows import RequestRow
    from assistant.letters.model import Letter
    from assistant.records.model import CompanyRecord
    from assistant.records.search import Hit

HELP = """\
I help you write a privacy request to a company and keep track of its deadlines.

Tell me **which company** and **what you want**, for example *"Qualfon, delete my data"* or
*"what does Cloudmed know about me?"*. I'll ask where you live (that decides which law
applies), your name and e-mail, and anything the company needs to identify you. Then I show
the letter, save it, and track the dates.

You can ask about a company at any time: *"does Qualfon sell my data?"*, *"how do I contact
Cloudmed?"*, *"how long do they have to answer?"*, *"what do they need to verify me?"*,
*"is Qualified the right company to ask?"*.

For a request you track: *"follow up on request 2"* writes a reminder (or, once the deadline
has passed, an overdue letter) and *"complain about request 2"* a complaint to the regulator.
When the company answers, say *"they answered request 2:"* and paste the answer (then **done**).

Commands: **back** (undo the last answer), **start over**, **list companies**,
**my requests**, **forget my details**, **quit**."""

YES_NO = ["yes", "no"]
RESIDENCE_CHOICES = ["California", "Germany", "United Kingdom", "Canada"]
DONE_CHOICES = ["start over", "my requests"]

# -- greetings and commands --------------------------------------------------------------------

WHICH_COMPANY = "Which company is it, and what would you like it to do?"
HI_AGAIN = f"Hi! {WHICH_COMPANY}"
STARTING_OVER = f"Starting over. {WHICH_COMPANY}"
CANCELLED = f"OK, I've dropped that request: no letter was saved or tracked. {WHICH_COMPANY}"
NOTHING_TO_CANCEL = f"OK. {WHICH_COMPANY}"
YOU_ARE_WELCOME = "You're welcome. Say **start over** to write another request."
NOTHING_TO_UNDO = "There's nothing to go back to."
ONE_STEP_BACK = "OK, one step back."
FORGOTTEN = "I've forgotten your saved details."
GOODBYE = "Goodbye. Your letters and requests are saved on this computer."
BACK_TO_IT = "Back to where we were: "
NAME_THE_COMPANY = (
    "Which company do you mean? Name it and ask again, e.g. *does Qualfon sell my data?*"
)
NO_REQUESTS = "You have no tracked requests yet."


def greeting(name: str | None) -> str:
    """The first message: who the assistant is and what it can do."""
    hello = f"Welcome back, {name}." if name else "Hello! I'm your privacy rights assistant."
    return (
        f"{hello}\n\n"
        "I can write to a company to **see**, **delete** or **correct** the data it holds "
        "about you, or to **stop it selling or sharing** it, and I track the deadlines.\n\n"
        f"{WHICH_COMPANY}"
    )


def after_the_end(prefix: str) -> str:
    """What to say to an answer once the request is finished."""
    return (prefix + " " if prefix else "") + (
        "Say **start over** to write another request, or ask me about a company."
    )


def again(prefix: str, question: str) -> str:
    """A question asked again after `prefix` (why it is asked again)."""
    return (prefix + "\n\n" if prefix else "") + question


COMPANIES = (
    "I know {count:,} companies. Written by hand from their privacy policies: {seeds}. The rest "
    "come from the Datenanfragen database. Type any name, brand or website to look one up."
)


def requests_listing(rows: Sequence[RequestRow], today: dt.date) -> str:
    lines = ["Your requests:"]
    for row in rows:
        due = f", due {long_date(row.due)}" if row.due else ""
        lines.append(
            f"- #{row.id} {row.company_name}: {row.right}, {row.display_status(today)}{due}"
        )
    return "\n".join(lines)


def due_soon(late: int, soon: int) -> str:
    parts = []
    if late:
        parts.append(f"{late} request(s) are overdue")
    if soon:
        parts.append(f"{soon} are due within 7 days")
    return "Heads up: " + " and ".join(parts) + ". Say **my requests** to see them."


# -- the company and the right -----------------------------------------------------------------


def company_found(record: CompanyRecord, *, switched: bool) -> str:
    said = "Switched to **{0}** ({1})." if switched else "**{0}**: I have its record ({1})."
    said = said.format(record.name, source_line(record))
    if record.processor and record.processor.scope == "only":
        said += (
            " Note: its policy says it handles personal data only for other companies. "
            'Ask *"is it the right company to ask?"* to see who to write to instead.'
        )
    return said


def company_question(right: str | None) -> str:
    what = f" to ask for {RIGHT_NOUNS[right]}" if right else ""
    return f"Which company do you want to write to{what}?"


def choice_question(candidates: Sequence[tuple[str, str]]) -> str:
    lines = ["Several companies match. Which one do you mean?"]
    for number, (company_id, name) in enumerate(candidates, start=1):
        lines.append(f"{number}. {name} ({company_id})")
    return "\n".join(lines)


def unknown_company(name: str, hits: Sequence[Hit], *, in_app: bool = False) -> str:
    lines = [f"I don't have a record for **{name}**."]
    if hits:
        lines.append("Did you mean one of these?")
        lines += [f"{n}. {h.name} ({h.id})" for n, h in enumerate(hits, start=1)]
        lines.append("")
    lines.append(
        f"Or I can write to {name} anyway: give me the address their privacy policy names "
        "for requests (an e-mail address, a web form URL, or a postal address)."
    )
    teach = (
        "press **Ctrl+P** and choose *Learn a company from its privacy policy*"
        if in_app
        else "run `rights companies learn FILE --save`"
    )
    lines.append(
        f"If you have saved their privacy policy as a file, {teach}: I'll read it and use "
        "what it says."
    )
    return "\n".join(lines)


MANUAL_COMPANY = (
    "OK: I'll address the letter to **{name}** at {value}. I have no policy of theirs, so the "
    "letter rests on the law alone."
)

NOT_A_LISTED_COMPANY = (
    "That isn't a company from the list, an e-mail address, a web address or a postal address."
)
NOT_SURE_WHICH_COMPANY = "I'm not sure which company you mean."
PICK_ONE = "Please pick one by number or name."
UNSUBSCRIBE_WHICH_COMPANY = (
    "Unsubscribing from marketing isn't one of the four requests I write, but two of them stop "
    "it at the source: **delete my data**, or **stop selling or sharing it** (opt-out). Which "
    "company is it?"
)
UNSUBSCRIBE_WHICH_RIGHT = (
    "Unsubscribing from marketing isn't a request I write, but deleting your data or opting "
    "out of its sale stops it at the source."
)
WHICH_RIGHT = "Which of these do you want?"


_OFFERED = {
    True: "its policy offers this",
    False: "its policy says no",
    None: "its policy doesn't say",
}


def right_question(record: CompanyRecord) -> str:
    """The four rights, each with what the company's policy says about it."""
    lines = [f"What would you like {record.name} to do?"]
    for number, right in enumerate(RIGHTS, start=1):
        mark = _OFFERED[record.rights.get(right).offered]
        lines.append(f"{number}. {RIGHT_CHOICES[right]} ({mark})")
    return "\n".join(lines)


def right_taken(right: str, *, instead: bool = False) -> str:
    return f"OK: a request for **{RIGHT_NOUNS[right]}**{' instead' if instead else ''}."


RIGHT_PROBLEM = (
    "{problem}\n\nShall I write the letter anyway, phrased to fit what the policy says? "
    "(**yes** / **no**, or choose another right)"
)
WRITE_ANYWAY = "OK, I'll write it anyway and say what the policy says."

# -- the person --------------------------------------------------------------------------------


PROFILE_QUESTION = "Shall I use your saved details: {details}? (**yes** / **no**)"
RESIDENCE_QUESTION = (
    "Where do you live? That decides which law applies and when {company} must answer. (A US "
    "state, or a country.)"
)
LAW_APPLIES = "{place}: the **{law}** applies."
LAW_BY_ESTABLISHMENT = "{place}: the **{law}** applies. {why}"
NO_LAW = (
    "{place}: I know no privacy law there that gives you this right with a deadline, so the "
    "letter will rest on {company}'s own policy."
)

UNKNOWN_PLACE = (
    'I don\'t know that place. Try a US state ("California", "CA") or a country ("Germany", "UK").'
)


NAME_QUESTION = (
    "What name should the letter be signed with? (Your full name, as {company} would know it.)"
)
EMAIL_NOTED = "Thanks, I've noted your e-mail."
NOT_A_NAME = "That doesn't look like a name."


EMAIL_QUESTION = "What e-mail address should {company} reply to?"


def bad_email(why: str | None) -> str:
    why = (why or "that isn't an e-mail address").rstrip(". ")
    return f"That e-mail address doesn't work: {why}. Please type it again."


CORRECTION_QUESTION = (
    "What is wrong, and what should it say instead? (For example: "
    "*my address is 1 Elm St, not 1 Oak St*.)"
)
SAY_WHAT_IS_WRONG = "Please say what is wrong and what it should be."


def contact_question(record: CompanyRecord, *, has_route: bool) -> str:
    """Asked when the record gives no contact for requests (or only its website)."""
    ask = (
        f"If you have an address for {record.name} (from their website or a letter they sent "
        "you), type it: an e-mail address, a web form URL or a postal address."
    )
    if has_route:
        return (
            f"{source_line(record, cap=True)} publishes no e-mail, postal address, web form or "
            "phone number for requests, so I'd point the letter at its website "
            f"({record.website}) for you to use its contact options.\n\n"
            f"{ask} Or say **yes** to go with the website."
        )
    notes = [n.text for n in record.notes if n.kind in ("contact", "source-damage")]
    extra = ("\n\n" + notes[0]) if notes else ""
    return (
        f"{source_line(record, cap=True)} gives no e-mail, postal address, web form or phone "
        f"number for requests.{extra}\n\n{ask}"
    )


NOT_A_CONTACT = "That isn't an e-mail address, a web address or a postal address."


SENDING_TO = "OK: I'll send it to {value}."


def address_question(company: str, *, by_post: bool) -> str:
    why = (
        "the letter goes by post, so it needs your postal address as the sender"
        if by_post
        else f"{company} uses your postal address to find your records"
    )
    return f"What is your postal address? ({why}.)"


NOT_THAT_COMPANY = "OK, not {name}."
PLACE_NOTED = "Noted where you live: {place}."
NAME_NOT_COMPANY = (
    "**{name}** looks like a person's name, so I'll sign the letter with it. Which company do "
    "you want to write to?"
)
CONTACT_WHOSE = (
    "Is **{value}** the address of {company} for privacy requests? If it is your own address, "
    "say **no**: I'll use it as yours and still need theirs."
)
OWN_EMAIL_NOTED = "OK: {value} is your address; the letter will ask them to reply there."


SAME_REQUEST = "Yes: that is the request I'm preparing."
QUESTION_NOT_KNOWN = (
    "I can't answer that from what I know about this company or the law that applies; the "
    "letter will still ask them for everything the law gives you. To go on:"
)


ADDRESS_TOO_SHORT = "That looks too short for a postal address (street, town, postcode)."
ADDRESS_NOT_AN_ANSWER = "That reads as a yes or no. The letter needs your postal address."

DETAILS_AS_LABELS = "Type them as *label: value*, or say **yes** to leave them out."


DETAILS_NOTED = "Noted: {labels}."


# -- the letter, saved, tracked ----------------------------------------------------------------

YES_OR_NO = "Please answer yes or no."
YES_OR_NO_OR_DATE = (
    "Please answer yes or no, or give the day you sent it (e.g. 2026-11-20 or yesterday)."
)
SAVE_QUESTION = "Shall I save it? (**yes** / **no**)"
SAVE_THIS_QUESTION = "Shall I save this letter? (**yes** / **no**)"
NOT_SAVED = (
    "OK, I haven't saved it. Say **back** to change something, or **start over** for another "
    "request."
)
NO_LETTER_YET = "There is no letter to save yet: answer my questions first."
NOT_TRACKED = "OK, not tracked. You can track it later with `rights track`."
NOT_TRACKED_IN_APP = (
    "OK, not tracked. Once you have sent it, Ctrl+L shows the letter again: press Track there."
)
REMEMBER_QUESTION = (
    "Shall I remember your name, e-mail and where you live for next time? They stay on this "
    "computer. (**yes** / **no**)"
)
REMEMBERED = (
    "Done: I'll offer them next time. Say **forget my details** whenever you want them gone."
)
NOT_REMEMBERED = "OK, I won't keep them."
ALL_DONE = (
    "All done. Say **start over** to write another request, ask me about a company, or **quit**."
)
_BY_CHANNEL = {"email": "by e-mail", "postal": "by post", "webform": "through the web form",
               "phone": "by phone", "fax": "by fax"}  # fmt: skip


def letter_intro(letter: Letter) -> str:
    how = _BY_CHANNEL.get(letter.channel, letter.channel)
    recipient = letter.recipient.replace("\n", ", ")
    return f"Here is your letter to **{letter.recipient_name}**, to send {how} to **{recipient}**:"


def letter_outro(letter: Letter) -> str:
    after: list[str] = []
    if letter.note:
        after.append(letter.note)
    after += [f"Note: {warning}" for warning in letter.warnings]
    if letter.attachments:
        after.append("Attach: " + "; ".join(letter.attachments))
    after.append(SAVE_QUESTION)
    return "\n\n".join(after)


# What to do with the saved files: (channel, saved as .eml for e-mail or .pdf for post) -> words.
_HOW_TO_SEND = {
    ("email", True): "Open the .eml file in your mail program (it opens as a draft) or copy the "
    "text into an e-mail.",
    ("email", False): "Copy the text into an e-mail.",
    ("postal", True): "Print the PDF, sign it and post it.",
    ("postal", False): "Print it, sign it and post it.",
    ("fax", True): "Fax the PDF.",
    ("fax", False): "Fax it.",
    ("phone", False): "Keep the text beside you when you call.",
    ("webform", False): "Paste the text into the web form.",
}


def how_to_send(channel: str, formats: Sequence[str]) -> str:
    """One line on what to do with the saved files, for the formats that were saved."""
    ready = ("eml" if channel == "email" else "pdf") in formats
    return _HOW_TO_SEND.get((channel, ready)) or _HOW_TO_SEND.get((channel, False), "")


def saved(files: Sequence[str], channel: str, formats: Sequence[str]) -> str:
    listing = "\n".join(f"- `{f}`" for f in files)
    return f"Saved:\n{listing}\n\n{how_to_send(channel, formats)}"


def already_saved(files: Sequence[str]) -> str:
    listing = "\n".join(f"- `{f}`" for f in files)
    return f"That is already saved:\n{listing}"


def track_question(warnings: Sequence[str], today: dt.date) -> str:
    notes = "".join(f"Note: {w}\n" for w in warnings) + "\n" if warnings else ""
    return notes + (
        f"Shall I track this request, assuming you send it today ({long_date(today)})? I'll "
        "remind you of every deadline. (**yes** / **no**, or the day you sent it, e.g. "
        f"*sent {(today - dt.timedelta(days=1)).isoformat()}* or *yesterday*)"
    )


def tracked(
    row: RequestRow, company: str, warnings: Sequence[str] = (), *, in_app: bool = False
) -> str:
    """The request just tracked: its number, the dates the company must meet, and why; then
    where to see it again (the app's requests screen, or `rights reminders`)."""
    lines = [f"Tracked as request **#{row.id}** ({row.reference})."]
    dates = []
    if row.acknowledge_by:
        dates.append(f"- confirm receipt by **{long_date(row.acknowledge_by)}**")
    if row.respond_by:
        dates.append(f"- answer by **{long_date(row.respond_by)}**")
    if row.extended_respond_by:
        dates.append(
            f"- or by **{long_date(row.extended_respond_by)}** if it tells you in time that it "
            "needs longer"
        )
    if dates:
        lines += ["", f"{company} must:", *dates]
    lines += [f"\n{line}" for line in row.deadlines.get("explanations", [])]
    lines += [f"\nNote: {w}" for w in warnings]
    if in_app:
        lines += ["", "Ctrl+R shows your requests; I list what is due each time the app opens."]
    else:
        lines += ["", "Run `rights reminders` any day to see what needs doing."]
    return "\n".join(lines)


def sent_in_future(sent: dt.date, today: dt.date) -> str:
    return (
        f"{long_date(sent)} is after today ({long_date(today)}): track the request on the day "
        "you send it, or any day before today."
    )


def saved_letter(
    letter: Letter, request_id: int, files: Sequence[object], *, what: str, saved_as: str, then: str
) -> str:
    """A later letter (follow-up, complaint, answer to a reply) shown in full, where it was
    saved, its notes, and what to do now."""
    saved = "\n".join(f"- `{path}`" for path in files)
    notes = "".join(f"\n\nNote: {note}" for note in letter.warnings)
    body = "\n".join(f"    {line}" if line else "" for line in letter.body.splitlines())
    return (
        f"Here is the {what} for request **#{request_id}**, to **{letter.recipient_name}** "
        f"({letter.recipient}):\n\n{body}\n\n{saved_as}\n{saved}{notes}\n\n{then}"
    )
