"""Client for the vendor-hosted LLM.

Everything sent to the vendor leaves the VPC, so the client redacts e-mail
addresses and card numbers first (``DataMinimization``) and only speaks HTTPS
(``EncryptionInTransit`` on the flow in ``threat_model.py``). The transport is
injected, so tests never touch the network.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass

VENDOR_URL = "https://llm.vendor.example/v1/chat"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_CARD = re.compile(r"\b(?:\d[ -]?){13,16}\b")

Transport = Callable[[str, bytes, dict[str, str]], bytes]
"""``(url, body, headers) -> response body``; production uses an HTTPS client."""


def redact(text: str) -> str:
    """Replace e-mail addresses and card numbers with placeholders."""
    return _CARD.sub("[card]", _EMAIL.sub("[email]", text))


@dataclass(frozen=True)
class VendorLLM:
    """Calls the vendor's chat API with a pinned model version."""

    transport: Transport
    api_key: str
    model: str = "support-chat-2025-06"
    url: str = VENDOR_URL

    def __post_init__(self) -> None:
        if not self.url.startswith("https://"):
            raise ValueError(f"the LLM endpoint must use HTTPS, got {self.url!r}")

    def complete(self, system_prompt: str, question: str, context: list[str]) -> str:
        """Ask the model; retrieved context is quoted as data, never as instructions."""
        messages = [
            {"role": "system", "content": system_prompt},
            {
                "role": "user",
                "content": redact(question)
                + "\n\n<retrieved_tickets>\n"
                + "\n---\n".join(redact(c) for c in context)
                + "\n</retrieved_tickets>",
            },
        ]
        body = json.dumps({"model": self.model, "messages": messages}).encode()
        headers = {"authorization": f"Bearer {self.api_key}", "content-type": "application/json"}
        reply = json.loads(self.transport(self.url, body, headers))
        return str(reply["choices"][0]["message"]["content"])
