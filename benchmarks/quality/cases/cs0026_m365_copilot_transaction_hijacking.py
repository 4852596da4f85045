"""AML.CS0026 Financial Transaction Hijacking with M365 Copilot as an Insider.

The victim: Microsoft 365 Copilot in an organisation's tenant. Every email received
in a user's inbox is indexed into Copilot's retrieval (RAG) database; Copilot answers
employees' questions by searching it with its `search_enterprise` function and cites
the documents it used.

Edits after the first analysis (new DSL facts, Engine v2):

- Data "Received email": kind=DOCUMENTS ("sent an email to a user at the victim
  organization").
- Data "Indexed emails and documents": kind=DOCUMENTS ("all received emails are ingested
  into the Copilot RAG database").
- Data "User question": kind=PROMPT ("a user searching for banking information"; "the
  user searches for bank details").
- Data "Search query": kind=TOOL_CALL ("the search_enterprise function").
- Data "Retrieved snippets": kind=RETRIEVED_CONTEXT ("the poisoned RAG entry is
  retrieved ... appear to the LLM as a snippet from a real document").
- Data "Prompt with system instructions and snippets": kind=PROMPT ("separate different
  portions of a Copilot prompt").
- Data "Answer with citations": kind=MODEL_OUTPUT ("the LLM to execute different
  instructions when responding").
"""

from __future__ import annotations

import threatgraph as tg

CASE_ID = "AML.CS0026"
NAME = "Financial Transaction Hijacking with M365 Copilot as an Insider"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # An enterprise assistant whose answers feed payment decisions (wire transfers).
        profile=tg.RiskProfile.HIGH,
        description="Microsoft 365 Copilot answering from the tenant's emails and files.",
    )
    email = tg.Data(
        "Received email", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.DOCUMENTS
    )
    indexed = tg.Data(
        "Indexed emails and documents",
        sensitivity=tg.Sensitivity.CONFIDENTIAL,
        kind=tg.DataKind.DOCUMENTS,
    )
    question = tg.Data(
        "User question", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.PROMPT
    )
    search_call = tg.Data(
        "Search query", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.TOOL_CALL
    )
    snippets = tg.Data(
        "Retrieved snippets",
        sensitivity=tg.Sensitivity.CONFIDENTIAL,
        kind=tg.DataKind.RETRIEVED_CONTEXT,
    )
    prompt = tg.Data(
        "Prompt with system instructions and snippets",
        sensitivity=tg.Sensitivity.CONFIDENTIAL,
        kind=tg.DataKind.PROMPT,
    )
    completion = tg.Data(
        "Answer with citations",
        sensitivity=tg.Sensitivity.CONFIDENTIAL,
        kind=tg.DataKind.MODEL_OUTPUT,
    )

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "The researchers sent an email ... to a user at the victim organization":
        # anyone outside can send mail to the organisation.
        sender = tm.add(tg.Actor("External email sender", role="email sender"))

    with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.INTERNAL):
        # "a user searching for banking information needed to complete a wire transfer"
        employee = tm.add(tg.Actor("Employee", role="finance user"))
        mailbox = tm.add(tg.Service("Exchange mailbox"))
        # "Copilot ingests received emails into a retrieval augmented generation (RAG)
        # database"; it "indexes all e-mails received in an inbox, even if the recipient
        # does not open them"
        indexer = tm.add(tg.Pipeline("Copilot email indexing", stage=tg.Stage.INGESTION))
        index = tm.add(tg.VectorStore("Copilot RAG index", stores={indexed}))
        # Copilot orchestrates the model and its plugins and answers the user; the user
        # acts on the answer ("follow through with the wire transfer").
        copilot = tm.add(
            tg.Agent(
                "Microsoft 365 Copilot",
                autonomy=tg.Autonomy.ASSISTIVE,
                description="Builds the prompt, calls functions, returns cited answers.",
            )
        )
        # "the search_enterprise function and EmailMessage object"
        search = tm.add(tg.Tool("search_enterprise", capabilities={tg.Capability.READ}))
        # "delimiters ... and signifiers ... used to separate different portions of a
        # Copilot prompt"; "Copilot's system instructions"
        # DSL gap: the prompt's structure (system instructions, snippet delimiters such
        # as "Actual Snippet:" and "**END**", citation markers) cannot be described;
        # modelled as a plain LLM fed one prompt.
        llm = tm.add(tg.LLM("Copilot LLM"))

    tm.flow(sender, mailbox, email, protocol="smtp")
    tm.flow(mailbox, indexer, email)
    tm.flow(indexer, index, indexed)
    tm.flow(employee, copilot, question, protocol="https")
    tm.flow(copilot, search, search_call)
    tm.flow(search, index, search_call)
    tm.flow(index, search, snippets)
    tm.flow(search, copilot, snippets)
    tm.flow(copilot, llm, prompt)
    tm.flow(llm, copilot, completion)
    # DSL gap: that the answer carries citations the user takes as proof of where the
    # information came from cannot be said; modelled as answer data to the employee.
    tm.flow(copilot, employee, completion, protocol="https")
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "identified delimiters ... used as signifiers to separate different portions of a
    # Copilot prompt"
    3: ("copilot-llm", "microsoft-365-copilot"),
    # "identified plugins and specific functionality Copilot has access to"
    4: ("microsoft-365-copilot", "search-enterprise"),
    # "sent an email ... exploiting the knowledge that all received emails are ingested"
    7: ("external-email-sender->exchange-mailbox", "copilot-email-indexing"),
    # "obfuscating the malicious portion of the email"
    8: ("external-email-sender->exchange-mailbox", "exchange-mailbox->copilot-email-indexing"),
    # "the malicious prompt would be executed whenever the poisoned RAG entry is retrieved"
    9: ("copilot-rag-index", "copilot-email-indexing->copilot-rag-index"),
    # "makes the retrieved text appear to the LLM as a snippet from a real document"
    10: ("copilot-rag-index->search-enterprise", "copilot-llm"),
    # "get the LLM to execute different instructions when responding"
    11: ("copilot-llm", "search-enterprise->microsoft-365-copilot"),
    # "compromised the search_enterprise plugin by instructing the LLM to override"
    12: ("search-enterprise", "microsoft-365-copilot->search-enterprise"),
    # "manipulate the citations used in its response, abusing the user's trust"
    13: ("copilot-llm", "microsoft-365-copilot->employee"),
}
