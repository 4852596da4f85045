"""The nightly export of chat transcripts and satisfaction ratings to the analytics vendor.

KNOWN GAP (ticket SEC-142): the vendor's legacy intake only takes plain FTP
uploads and an HTTP webhook, so this data leaves the VPC unencrypted. The
threat model records it truthfully (no ``EncryptionInTransit`` on those two
flows) and ``tests/test_architecture.py`` pins the failing invariant until the
vendor's SFTP intake is live.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable

from support_bot.agent import Turn

FTP_HOST = "ftp.analytics-vendor.example"
WEBHOOK_URL = "http://hooks.analytics-vendor.example/csat"  # SEC-142: no TLS yet

Upload = Callable[[str, bytes], None]
"""``(destination, payload) -> None``; the production one is an FTP client."""


def transcripts_csv(turns: Iterable[Turn]) -> bytes:
    """One row per exchange."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["customer_id", "question", "answer", "tool"])
    for t in turns:
        writer.writerow([t.customer_id, t.question, t.answer, t.tool or ""])
    return out.getvalue().encode()


def export_transcripts(turns: Iterable[Turn], upload: Upload) -> int:
    """Upload the day's transcripts; returns the payload size."""
    payload = transcripts_csv(turns)
    upload(f"ftp://{FTP_HOST}/incoming/transcripts.csv", payload)
    return len(payload)
