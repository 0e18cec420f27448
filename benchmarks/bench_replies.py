"""Reply reading speed: median time to read one reply, and a 1,000-message mailbox.

Prints figures; asserts nothing. Goals (issue 15): reading one reply (parse the MIME, strip the
quoted history, classify, find the dates) under 50 ms median; a 1,000-message .mbox under 30 s,
on this 2-core machine. The first reply loads the language detector's word lists and is
reported on its own; the median is the steady state. The replies are the dev set's
(tests/data/replies/dev); the mailbox repeats them until it holds 1,000 messages.

    python benchmarks/bench_replies.py [--rounds N] [--messages N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DEV = REPO / "tests" / "data" / "replies" / "dev"


def _messages() -> list[bytes]:
    """Every dev reply as one RFC 5322 message (mbox files split, pasted text kept as is)."""
    from assistant.replies.message import read_messages

    out = []
    for path in sorted(DEV.iterdir()):
        if path.suffix == ".mbox":
            import mailbox

            box = mailbox.mbox(path, create=False)
            out.extend(m.as_bytes() for m in box)
            box.close()
        elif path.suffix in (".eml", ".txt"):
            out.append(path.read_bytes())
    assert all(read_messages(m, "x.eml") for m in out)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10, help="passes over the dev replies")
    parser.add_argument("--messages", type=int, default=1000, help="messages in the mailbox")
    args = parser.parse_args()

    from assistant.replies.classify import read_reply
    from assistant.replies.message import read_messages

    messages = _messages()
    start = time.perf_counter()
    for message in read_messages(messages[0], "first.eml"):
        read_reply(message)
    first = time.perf_counter() - start

    times = []
    for _ in range(args.rounds):
        for data in messages:
            start = time.perf_counter()
            for message in read_messages(data, "reply.eml"):
                read_reply(message)
            times.append(time.perf_counter() - start)
    times.sort()
    print(f"replies: {len(messages)} dev messages x {args.rounds} rounds")
    print(f"  first reply (loads word lists): {first * 1000:.0f} ms")
    print(f"  median {statistics.median(times) * 1000:.1f} ms, 95th percentile "
          f"{times[int(len(times) * 0.95)] * 1000:.1f} ms, max {times[-1] * 1000:.1f} ms "
          "(goal: median under 50 ms)")  # fmt: skip

    with tempfile.TemporaryDirectory(prefix="bench-replies-") as folder:
        mbox = Path(folder) / "inbox.mbox"
        with mbox.open("wb") as out:
            for index in range(args.messages):
                data = messages[index % len(messages)]
                if data.lstrip().startswith(b"From "):
                    data = data.lstrip().split(b"\n", 1)[1]
                body = data.replace(b"\nFrom ", b"\n>From ")
                out.write(b"From sender@example.com Mon Dec  7 10:00:00 2026\n" + body + b"\n\n")
        start = time.perf_counter()
        read = [read_reply(m) for m in read_messages(mbox.read_bytes(), mbox.name)]
        total = time.perf_counter() - start
    print(f"mailbox: {len(read)} messages in {total:.1f} s "
          f"({total / max(len(read), 1) * 1000:.1f} ms each; goal: under 30 s)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
