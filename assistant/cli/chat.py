"""`rights chat` and `rights ask`: talk to the assistant from the command line.

`rights chat` opens the terminal app when it is available and the terminal is interactive;
`rights chat --plain` holds the same conversation line by line on stdin/stdout, so it can be
scripted. `rights ask "TEXT"` answers one message as the assistant would at the start of a
conversation (`--json` for scripts).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from assistant.cli.output import check_out_folder, clean_for_terminal, print_json

if TYPE_CHECKING:
    import datetime as dt

    from assistant.dialogue.conversation import Conversation
    from assistant.dialogue.reply import Reply

CHAT_EPILOG = """\
examples:
  rights chat
  printf 'qualfn\\ndelete my data\\nCA\\nJane Q. Public\\njane@example.com\\nyes\\nyes\\n' \\
    | rights chat --plain
  rights ask "does Qualfon sell my data?"
  rights ask "qualfn, delete my data" --json

In the conversation, say "help" for what you can ask, "back" to undo an answer,
"start over", "my requests", or "quit"."""


def register(subparsers: argparse._SubParsersAction) -> None:
    chat = subparsers.add_parser(
        "chat",
        help="talk to the assistant: it writes your letter and tracks it",
        description="Tell the assistant which company and what you want (see your data, delete "
        "it, stop its sale, correct it). It asks only what the letter still needs, shows the "
        "letter, saves it and tracks the deadlines. Ask about a company at any point.",
        epilog=CHAT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    chat.add_argument(
        "--plain",
        action="store_true",
        help="no full-screen app: read lines from stdin, print replies (good for scripts)",
    )
    chat.add_argument("--out", metavar="DIR", help="save letters here (default: your data folder)")
    chat.add_argument("--today", metavar="DATE", help="treat DATE (YYYY-MM-DD) as today")
    chat.set_defaults(handler=run_chat)

    ask = subparsers.add_parser(
        "ask",
        help="ask the assistant one thing and print its answer",
        description="Answer one message as the assistant would at the start of a conversation: "
        "which company and which right it understood, and what it would say.",
        epilog='example: rights ask "qualfn, delete my data" --json',
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ask.add_argument("text", help="what you would type to the assistant")
    ask.add_argument(
        "--json",
        action="store_true",
        help='print {"company", "right", "confidence", "reply"} as JSON',
    )
    ask.add_argument("--today", metavar="DATE", help="treat DATE (YYYY-MM-DD) as today")
    ask.set_defaults(handler=run_ask)


def _today(text: str | None) -> dt.date:
    import datetime as dt

    from assistant.cli.output import parse_day

    return parse_day(text, "--today") if text is not None else dt.date.today()


def _conversation(args: argparse.Namespace) -> Conversation:
    from assistant.dialogue.conversation import Conversation
    from assistant.records.catalog import load_catalog

    out = check_out_folder(args.out, "--out") if getattr(args, "out", None) is not None else None
    return Conversation(load_catalog(), today=_today(args.today), letters_dir=out)


def _plain(reply: Reply) -> str:
    """One reply as text that reads well aloud: no markup, its choices as numbered lines."""
    from assistant.cli.plain_text import markdown_to_plain, numbered_choices

    text = markdown_to_plain(clean_for_terminal(reply.text))
    choices = numbered_choices(reply.choices, text)
    return f"{text}\n{choices}" if choices else text


def _print(replies: Iterable[Reply]) -> list[str]:
    """Print the replies; return the choices on offer (a number typed next picks one)."""
    choices: list[str] = []
    for reply in replies:
        sys.stdout.write(_plain(reply).rstrip() + "\n\n")
        if reply.choices:
            choices = list(reply.choices)
    sys.stdout.flush()
    return choices


def run_chat(args: argparse.Namespace) -> int:
    if not args.plain and sys.stdin.isatty() and sys.stdout.isatty():
        try:
            from assistant.tui.app import run_app
        except ModuleNotFoundError:
            pass
        else:
            return run_app()
    return run_plain(args)


def _read_line() -> str | None:
    """The next line typed or piped in, None at the end. A line longer than a message may be
    is read to its end (in bounded pieces, never held whole) and refused; so is one that is
    not UTF-8. Either way the message goes through `textsafety.check_message`."""
    from assistant.textsafety import MAX_MESSAGE, FieldError, check_message

    limit = MAX_MESSAGE * 4 + 2  # bytes: four per character at most, and the line's end
    source = getattr(sys.stdin, "buffer", None) or sys.stdin
    piece = source.readline(limit)
    if not piece:
        return None
    raw = last = _bytes(piece)
    size = len(raw)
    while not last.endswith(b"\n"):  # the rest of an over-long line: counted, not kept
        more = source.readline(1 << 16)
        if not more:
            break
        last = _bytes(more)
        size += len(last)
    if size > limit:
        raise FieldError(
            "message",
            f"too long (over {MAX_MESSAGE:,} characters; the limit is {MAX_MESSAGE:,})",
            hint="say it in a sentence or two; paste long texts into a file instead",
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise FieldError("message", "is not UTF-8 text", hint="type it again") from None
    return check_message(text.rstrip("\n").removeprefix("\ufeff"))  # a BOM from a pipe


def _bytes(piece: str | bytes) -> bytes:
    return piece if isinstance(piece, bytes) else piece.encode("utf-8", "surrogatepass")


def run_plain(args: argparse.Namespace) -> int:
    """The conversation on stdin/stdout, one line per message, until EOF or "quit".

    A message the text checks refuse (escapes, control characters, over-long) is never sent:
    at a terminal the person is told why and types it again; from a script, the conversation
    stops there with status 2, so a later line never answers the wrong question."""
    from assistant.cli.plain_text import chosen
    from assistant.textsafety import FieldError

    conversation = _conversation(args)
    choices = _print(conversation.start())
    interactive = sys.stdin.isatty()
    while True:
        if interactive:
            sys.stdout.write("you> ")
            sys.stdout.flush()
        try:
            line = _read_line()
        except FieldError as exc:
            if not interactive:
                raise FieldError(
                    exc.field, f"{exc.problem}; nothing of it was sent, the conversation stops"
                ) from None
            from assistant.cli.output import bounded_message

            said = bounded_message(exc.message)
            print(f"rights: {said} (not sent; type it again)", file=sys.stderr, flush=True)
            continue
        if line is None:
            break
        if not line.strip() and not conversation.taking_paste:
            continue
        replies = conversation.send(chosen(line, choices))
        choices = _print(replies)
        intent = conversation.last_intent
        if intent is not None and intent.command == "quit":
            break
    return 0


def run_ask(args: argparse.Namespace) -> int:
    from assistant.textsafety import FieldError, check_message

    text = check_message(args.text)  # escapes, control characters, over-long: refused, exit 2
    if not text:
        raise FieldError("message", "is empty", hint='ask something, e.g. rights ask "qualfon"')
    conversation = _conversation(args)
    conversation.start()
    replies = conversation.send(text)
    intent = conversation.last_intent
    if args.json:
        reply = "\n\n".join(r.text.rstrip() for r in replies)
        print_json(
            {
                "company": conversation.company_id or (intent.company if intent else None),
                "right": conversation.right or (intent.right if intent else None),
                "confidence": dict(intent.confidence) if intent else {},
                "reply": reply,
            }
        )
    else:
        sys.stdout.write("\n\n".join(_plain(r).rstrip() for r in replies) + "\n")
    return 0
