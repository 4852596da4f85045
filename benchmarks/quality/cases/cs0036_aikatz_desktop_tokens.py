"""AML.CS0036 AIKatz: Attacking LLM Desktop Applications.

The victim: LLM desktop applications (Claude, ChatGPT, Copilot) that sign the user in
to the vendor's LLM backend with an authentication token, and the backend that keeps
each user's chat threads, conversation history and long-term memory.

Edits after the first analysis (new DSL facts, Engine v2):

- Data "User prompt": kind=PROMPT ("sent malicious prompts directly to the LLM").
- Data "Authentication token": kind=CREDENTIALS ("extract the authentication token of
  the victim").
- Data "LLM reply": kind=MODEL_OUTPUT (the LLM's answers in "the victim's
  conversations").
- Data "Conversation history": kind=DOCUMENTS ("previous and ongoing chats, as well as
  any file or content uploaded"; "overwrite or delete messages").
- Data "Thread context": kind=PROMPT ("malicious prompts that manipulate the context of
  a chat thread").
"""

from __future__ import annotations

import threatgraph as tg
from threatgraph import controls as c

CASE_ID = "AML.CS0036"
NAME = "AIKatz: Attacking LLM Desktop Applications"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # Widely used consumer and enterprise assistants holding users' conversations.
        profile=tg.RiskProfile.HIGH,
        description="LLM desktop client and the vendor's chat backend.",
    )
    prompt = tg.Data("User prompt", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.PROMPT)
    token = tg.Data(
        "Authentication token", sensitivity=tg.Sensitivity.SECRET, kind=tg.DataKind.CREDENTIALS
    )
    reply = tg.Data("LLM reply", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.MODEL_OUTPUT)
    history = tg.Data(
        "Conversation history",
        sensitivity=tg.Sensitivity.PII,
        description="Previous and ongoing chats and uploaded files.",
        kind=tg.DataKind.DOCUMENTS,
    )
    memories = tg.Data("LLM memory", sensitivity=tg.Sensitivity.PII)
    context = tg.Data("Thread context", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.PROMPT)

    with tm.boundary("User's computer", trust=tg.Trust.UNTRUSTED):
        # "LLM Desktop Applications"
        user = tm.add(tg.Actor("Desktop user", role="end user"))
        # "extract authentication tokens from the memory of LLM Desktop Applications"
        # DSL gap: that the session token sits in the desktop process's memory, readable
        # by anything with local access to the machine, cannot be expressed; modelled as
        # a client device that sends the token with each request.
        app = tm.add(
            tg.Device(
                "LLM desktop application",
                description="Desktop client; holds the user's authentication token.",
            )
        )

    with tm.boundary("LLM vendor", trust=tg.Trust.INTERNAL):
        # "use the extracted token to authenticate themselves with the LLM backend
        # service"; "the LLM's rate-limits against bots"
        api = tm.add(
            tg.Endpoint(
                "LLM backend API",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.Authentication(method="bearer token"),
                    c.RateLimiting(note="rate limits against bots; abusers are banned"),
                },
            )
        )
        chat = tm.add(
            tg.Service(
                "Chat service",
                description="Builds each thread's context and keeps history and memory.",
            )
        )
        llm = tm.add(tg.LLM("Assistant LLM"))
        # "manipulate the user's conversation history directly via the LLM's API"
        history_store = tm.add(tg.DataStore("Conversation history store", stores={history}))
        # "manipulate the LLM's memory ... would also propagate to any new chat threads"
        memory_store = tm.add(tg.VectorStore("LLM memory store", stores={memories}, memory=True))

    tm.flow(user, app, prompt)
    tm.flow(app, user, reply, history)
    tm.flow(app, api, prompt, token, protocol="https")
    tm.flow(api, app, reply, history, protocol="https")
    tm.flow(api, chat, prompt)
    tm.flow(chat, api, reply, history)
    tm.flow(chat, llm, context)
    tm.flow(llm, chat, reply)
    tm.flow(chat, history_store, history)
    tm.flow(history_store, chat, history)
    tm.flow(chat, memory_store, memories, label="remember")
    tm.flow(memory_store, chat, memories, label="recall")
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "required initial access to the victim system"
    1: ("llm-desktop-application",),
    # "scanned the process's memory to extract the authentication token"
    3: ("llm-desktop-application",),
    # "used the extracted token to authenticate themselves with the LLM backend service"
    4: ("llm-backend-api", "llm-desktop-application->llm-backend-api"),
    # "sent malicious prompts directly to the LLM under any ongoing conversation"
    6: ("assistant-llm", "llm-backend-api->chat-service"),
    # "manipulate the context of a chat thread"
    7: ("conversation-history-store", "chat-service->assistant-llm"),
    # "manipulate the LLM's memory to achieve a persistent effect"
    8: ("llm-memory-store", "chat-service->llm-memory-store"),
    # "manipulating the user's conversation history directly via the LLM's API"
    9: ("conversation-history-store", "llm-backend-api"),
    # "delete all chats the victim has"
    12: ("conversation-history-store", "llm-backend-api"),
    # "spam messages or prompts to reach the LLM's rate-limits against bots"
    13: ("llm-backend-api",),
}
