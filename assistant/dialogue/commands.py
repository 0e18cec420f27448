"""What a person may say at any point: the commands, and questions about a company.

Commands: help, back, start over, list companies, my requests, forget my details, quit (the
table is `Commands.run`). A question ("does Qualfon sell my data?") is answered from the
company's record by assistant.dialogue.answers, then the conversation picks up where it was.
Also here: the notice of requests overdue or due soon that may open a conversation.

`Commands` works on a conversation's `State`; `repeat` is the conversation's way to ask its
current question again (the conversation passes it in).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from assistant.dialogue import wording
from assistant.dialogue.answers import answer
from assistant.dialogue.reply import AskAgain, Reply
from assistant.dialogue.state import DONE, GATHER, Setting, State
from assistant.errors import UserError

if TYPE_CHECKING:
    from assistant.records.model import CompanyRecord
    from assistant.understanding.intent import Intent

CLOSED = ("fulfilled", "denied", "closed")


class Commands:
    """Commands and questions about a company, over one conversation's state."""

    def __init__(self, state: State, setting: Setting, repeat: Callable[[], list[Reply]]) -> None:
        self.state = state
        self.setting = setting
        self.repeat = repeat

    def run(self, command: str) -> list[Reply]:
        """One command, as `understand` names it."""
        table: dict[str, Callable[[], list[Reply]]] = {
            "help": self.help,
            "back": self.back,
            "restart": self.restart,
            "cancel": self.cancel,
            "list_companies": self.list_companies,
            "my_requests": self.my_requests,
            "forget_profile": self.forget_profile,
            "quit": self.quit,
        }
        if command not in table:
            raise AskAgain("")
        return table[command]()

    def help(self) -> list[Reply]:
        follow = self.repeat() if not self.state.finished else []
        current = ("\n\n" + follow[-1].text) if follow else ""
        return [Reply(wording.HELP + current, choices=self.state.suggestions)]

    def back(self) -> list[Reply]:
        s = self.state
        if not s.history:
            raise AskAgain(wording.NOTHING_TO_UNDO)
        s.restore(s.history.pop())
        s.finished = s.stage == DONE
        raise AskAgain(wording.ONE_STEP_BACK)

    def restart(self) -> list[Reply]:
        s = self.state
        s.history.append(s.snapshot())
        s.reset()
        s.asked_about = None
        s.finished = False
        return [Reply(wording.STARTING_OVER, choices=self.setting.seed_names(), kind="question")]

    def cancel(self) -> list[Reply]:
        """ "Never mind": drop the request being built; nothing is saved, tracked or signed."""
        s = self.state
        started = s.company is not None or s.right is not None or s.stage != GATHER
        s.history.append(s.snapshot())
        s.reset()
        s.asked_about = None
        s.finished = False
        said = wording.CANCELLED if started else wording.NOTHING_TO_CANCEL
        return [Reply(said, choices=self.setting.seed_names(), kind="question")]

    def list_companies(self) -> list[Reply]:
        seeds = self.setting.seed_names()
        text = wording.COMPANIES.format(count=len(self.setting.catalog), seeds=", ".join(seeds))
        return [Reply(text, choices=seeds)]

    def my_requests(self) -> list[Reply]:
        with self.setting.ledger() as ledger:
            rows = ledger.list_requests()
        if not rows:
            return [Reply(wording.NO_REQUESTS)]
        return [Reply(wording.requests_listing(rows, self.setting.today))]

    def forget_profile(self) -> list[Reply]:
        with self.setting.ledger() as ledger:
            ledger.profile_forget()
        self.state.profile = None
        self.state.profile_decided = True
        return [Reply(wording.FORGOTTEN)]

    def quit(self) -> list[Reply]:
        self.state.finish()
        return [Reply(wording.GOODBYE, kind="done")]

    # -- questions about a company -----------------------------------------------------------

    def question(self, intent: Intent) -> list[Reply]:
        """Answer a question about the company named (or the one chosen), quoting its
        policy; then ask again whatever the conversation was waiting for."""
        s = self.state
        record: CompanyRecord | None = None
        if intent.company:
            record = self.setting.catalog.get(intent.company)
            s.asked_about = record.id
        elif s.company is not None:
            record = s.record()
        if record is None and intent.question != "deadline":
            return [Reply(wording.NAME_THE_COMPANY, choices=self.setting.seed_names())]
        channel = s.pending_letter.channel if s.pending_letter is not None else None
        text = answer(
            intent.question or "",
            record,
            today=self.setting.today,
            right=s.right,
            residence=intent.residence or s.residence,
            channel=channel,
        )
        replies = [Reply(text, company_id=record.id if record else None, kind="answer")]
        started = s.company is not None or s.right is not None or s.stage != GATHER
        if not s.finished and started:
            follow = self.repeat()
            if follow:
                follow[-1].text = wording.BACK_TO_IT + follow[-1].text
                replies.append(follow[-1])
        return replies

    # -- the notice that may open a conversation ---------------------------------------------

    def due_soon(self) -> str | None:
        """A notice of requests overdue or due within 7 days; None when there are none."""
        today = self.setting.today
        try:
            with self.setting.ledger() as ledger:
                rows = ledger.list_requests()
        except UserError:
            return None
        late = soon = 0
        for row in rows:
            due = row.due
            if due is None or row.status in CLOSED:
                continue
            if due < today:
                late += 1
            elif (due - today).days <= 7:
                soon += 1
        if not late and not soon:
            return None
        return wording.due_soon(late, soon)
