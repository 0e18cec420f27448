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

from assistant.cli.output import clean_for_terminal, print_json

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

    return parse_day(text, "--today") if text else dt.date.today()


def _conversation(args: argparse.Namespace) -> Conversation:
    from pathlib import Path

    from assistant.dialogue.conversation import Conversation
    from assistant.records.catalog import load_catalog

    out = Path(args.out).expanduser() if getattr(args, "out", None) else None
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


def run_plain(args: argparse.Namespace) -> int:
    """The conversation on stdin/stdout, one line per message, until EOF or "quit"."""
    from assistant.cli.plain_text import chosen

    conversation = _conversation(args)
    choices = _print(conversation.start())
    interactive = sys.stdin.isatty()
    while True:
        if interactive:
            sys.stdout.write("you> ")
            sys.stdout.flush()
        line = sys.stdin.readline()
        if not line:
            break
        if not line.strip():
            continue
        replies = conversation.send(chosen(line.rstrip("\n"), choices))
        choices = _print(replies)
        intent = conversation.last_intent
        if intent is not None and intent.command == "quit":
            break
    return 0


def run_ask(args: argparse.Namespace) -> int:
    conversation = _conversation(args)
    conversation.start()
    replies = conversation.send(args.text)
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
