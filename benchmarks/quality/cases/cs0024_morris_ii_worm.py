"""AML.CS0024 Morris II Worm: RAG-Based Attack.

The victim: a RAG-based e-mail assistant that automatically ingests received emails
into its retrieval database, retrieves past correspondence, and asks a publicly
available GenAI model API to generate a reply for the user.

Edits after the first analysis (new DSL facts, Engine v2):

- kind=documents on "Email": "send a malicious email containing the adversarial
  self-replicating prompt".
- kind=documents on "Past correspondence": "automatically ingests received emails, retrieves
  past correspondences".
- kind=prompt on "Reply prompt with retrieved emails": "The researchers test prompts on public
  model APIs".
- kind=model-output on "Generated reply": "causes the generated output to contain the
  malicious prompt".
"""

from __future__ import annotations

import threatgraph as tg

CASE_ID = "AML.CS0024"
NAME = "Morris II Worm: RAG-Based Attack"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # A personal email assistant: the mailbox holds emails, addresses and phone
        # numbers, and its replies go out to other people.
        profile=tg.RiskProfile.HIGH,
        description="GenAI email assistant that drafts replies from past correspondence.",
    )
    email = tg.Data("Email", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.DOCUMENTS)
    correspondence = tg.Data(
        "Past correspondence", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.DOCUMENTS
    )
    prompt = tg.Data(
        "Reply prompt with retrieved emails",
        sensitivity=tg.Sensitivity.PII,
        kind=tg.DataKind.PROMPT,
    )
    completion = tg.Data(
        "Generated reply", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.MODEL_OUTPUT
    )

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "send a malicious email ... to an address used in the target email system":
        # anyone can email the user, and replies go back to them.
        correspondents = tm.add(tg.Actor("Email correspondents", role="email sender"))

    with tm.boundary("GenAI model provider", trust=tg.Trust.PARTNER):
        # "the publicly available GenAI model API that powers the target RAG-based email
        # system"
        llm = tm.add(tg.LLM("GenAI model API", origin=tg.ModelOrigin.THIRD_PARTY_API))

    with tm.boundary("Email system", trust=tg.Trust.INTERNAL):
        mail = tm.add(tg.Service("Mail server"))
        # "a target system that automatically ingests received emails, retrieves past
        # correspondences, and generates a reply for the user"
        assistant = tm.add(
            tg.Service(
                "GenAI email assistant",
                description="Stores incoming mail for retrieval and drafts replies.",
            )
        )
        # "The email is stored in the database used for retrieval augmented generation"
        rag_db = tm.add(tg.VectorStore("RAG email database", stores={correspondence}))
        user = tm.add(tg.Actor("Email user", role="mailbox owner"))

    tm.flow(correspondents, mail, email, protocol="smtp", label="received email")
    tm.flow(mail, assistant, email)
    tm.flow(assistant, rag_db, correspondence, label="ingest received email")
    tm.flow(rag_db, assistant, correspondence, label="retrieve past correspondence")
    tm.flow(assistant, llm, prompt, protocol="https")
    tm.flow(llm, assistant, completion, protocol="https")
    tm.flow(assistant, user, completion, label="suggested reply")
    tm.flow(user, mail, email, label="sent reply")
    tm.flow(mail, correspondents, email, protocol="smtp", label="outgoing email")
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "test prompts on public model APIs to identify working prompt injections"
    2: ("genai-model-api",),
    # "The email is stored in the database used for retrieval augmented generation"
    3: (
        "rag-email-database",
        "genai-email-assistant->rag-email-database",
        "mail-server->genai-email-assistant",
    ),
    # "When the email containing the worm is retrieved by the email assistant"
    4: ("genai-model-api", "rag-email-database->genai-email-assistant"),
    # "causes the generated output to contain the malicious prompt"
    5: ("genai-model-api->genai-email-assistant", "mail-server->email-correspondents"),
    # "leak sensitive data such as emails, addresses, and phone numbers"
    6: (
        "genai-model-api",
        "genai-model-api->genai-email-assistant",
        "mail-server->email-correspondents",
    ),
}
