"""AML.CS0038 Planting Instructions for Delayed Automatic AI Agent Tool Invocation.

The victim: Google Gemini, a consumer assistant whose Workspace Extension reads the
user's email and Google Drive documents, with a control that stops Gemini from calling
tools that reach sensitive data in the same turn that untrusted data enters its context.

Edits after the first analysis (new DSL facts, Engine v2):

- Data "User request": kind=PROMPT ("asked Google Gemini to summarize or interact with
  the email").
- Data "Emails": kind=DOCUMENTS ("a long email sent to the victim").
- Data "Private documents": kind=DOCUMENTS ("retrieve text from a private Google Doc").
- Data "Conversation context": kind=PROMPT ("placed its content in the chat context").
- Data "Gemini reply": kind=MODEL_OUTPUT ("print it word by word").
- Data "Extension call": kind=TOOL_CALL ("the Workspace Extension was invoked").
"""

from __future__ import annotations

import threatgraph as tg
from threatgraph import controls as c

CASE_ID = "AML.CS0038"
NAME = "Planting Instructions for Delayed Automatic AI Agent Tool Invocation"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # A widely used consumer assistant with tools over users' private mail and files.
        profile=tg.RiskProfile.HIGH,
        description="Gemini with the Workspace Extension over Gmail and Google Drive.",
    )
    request = tg.Data("User request", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.PROMPT)
    emails = tg.Data("Emails", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.DOCUMENTS)
    documents = tg.Data(
        "Private documents", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.DOCUMENTS
    )
    context = tg.Data(
        "Conversation context", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.PROMPT
    )
    reply = tg.Data(
        "Gemini reply", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.MODEL_OUTPUT
    )
    call = tg.Data(
        "Extension call", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.TOOL_CALL
    )

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "asked Google Gemini to summarize or interact with the email"
        user = tm.add(tg.Actor("Gemini user", role="end user"))
        # "the malicious prompt as part of the body of a long email sent to the victim":
        # anyone can send the user an email.
        sender = tm.add(tg.Actor("Email sender", role="anyone on the internet"))

    with tm.boundary("Google", trust=tg.Trust.INTERNAL):
        # "a security control that restricts Gemini from invoking tools that can access
        # sensitive user information in the same conversation turn that untrusted data
        # enters context"
        # DSL gap: the control's scope (only the turn in which untrusted data arrives,
        # while that data stays in the conversation context for later turns) cannot be
        # expressed; modelled as untrusted-input segregation on the agent, with a note.
        gemini = tm.add(
            tg.Agent(
                "Gemini",
                autonomy=tg.Autonomy.AUTONOMOUS,
                description="Assistant that decides when to call the Workspace Extension.",
                controls={
                    c.UntrustedInputSegregation(
                        note="no sensitive tool calls in the turn untrusted data arrives"
                    )
                },
            )
        )
        llm = tm.add(tg.LLM("Gemini model"))
        # "use the Workspace Extension to search for a document ... in my drive"
        extension = tm.add(
            tg.Tool(
                "Workspace Extension",
                capabilities={tg.Capability.READ},
                description="Searches and reads the user's Gmail and Google Drive.",
            )
        )
        # "a long email sent to the victim"
        gmail = tm.add(tg.DataStore("Gmail mailbox", stores={emails}))
        # "retrieve text from a private Google Doc"
        drive = tm.add(tg.DataStore("Google Drive", stores={documents}))

    tm.flow(user, gemini, request, protocol="https")
    tm.flow(gemini, user, reply, protocol="https")
    tm.flow(gemini, llm, context)
    tm.flow(llm, gemini, reply, call)
    tm.flow(gemini, extension, call)
    tm.flow(extension, gemini, emails, documents)
    tm.flow(gmail, extension, emails)
    tm.flow(drive, extension, documents)
    tm.flow(sender, gmail, emails, protocol="smtp")
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "included the malicious prompt as part of the body of a long email"
    2: ("email-sender->gmail-mailbox", "gmail-mailbox->workspace-extension"),
    # "asked Google Gemini to summarize ... the malicious prompt was executed"
    3: ("gemini", "workspace-extension->gemini"),
    # "delay the execution of the Workspace Extension until the next interaction"
    4: ("gemini",),
    # "When the victim next interacted with Gemini, the Workspace Extension was invoked"
    5: ("workspace-extension", "gemini->workspace-extension"),
    # "searched for the document and placed its content in the chat context"
    6: ("workspace-extension", "google-drive->workspace-extension"),
}
