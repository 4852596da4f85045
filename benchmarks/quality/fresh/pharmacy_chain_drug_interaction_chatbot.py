"""Pharmacy chain drug-interaction chatbot: the first design, before any security review.

Members of the public open a chat widget on the pharmacy chain's website and ask
about their medicines: what a drug is for, its side effects, and whether two or
more medicines interact. No sign-in is needed. A chat orchestrator in our cloud
account looks the named drugs up in an interaction table and a monograph index,
both loaded each month from a licensed drug database the vendor ships over SFTP,
and has a hosted LLM phrase the answer from that context. When the user asks for
a person, the orchestrator puts a handover request on a queue, and a pharmacist
in a store picks it up in the pharmacist console and replies in the same chat.
Controls in this design: TLS on the public chat, a per-session rate limit on the
chat endpoint, the LLM vendor's content filter, SSO with MFA, roles and an audit
log on the pharmacist console, and disk encryption on the transcript and handover
stores. The chain operates in the EU, so conversations fall under the GDPR.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Pharmacy chain drug-interaction chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Public chatbot answering medicine and interaction questions from a "
    "licensed drug database, with handover to a pharmacist.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "User question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text naming the user's medicines, and often their conditions.",
)
answer = tg.Data("Chatbot answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
drug_names = tg.Data(
    "Drug lookup query",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The drug names the orchestrator extracted from the question.",
)
interactions = tg.Data(
    "Drug interaction records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Licensed pairwise interaction data: severity, mechanism, advice.",
)
monographs = tg.Data(
    "Drug monographs",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Licensed monograph text: indications, dosing, contraindications.",
)
drug_db_release = tg.Data(
    "Drug database release",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Monthly full export from the drug database vendor.",
)
chunks = tg.Data(
    "Monograph passages", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the user's question, interaction records and passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
handover = tg.Data(
    "Handover request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The conversation so far and, if given, the user's name and phone number.",
)
pharmacist_reply = tg.Data("Pharmacist reply", kind="records", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the web; anonymous, no account needed.
    user = tm.add(tg.Actor("Website visitor", role="member of the public"))

with tm.boundary("Drug database vendor", trust=tg.Trust.PARTNER):
    # The licensed clinical content the answers must come from.
    drug_db = tm.add(
        tg.DataSource(
            "Licensed drug database",
            origin=tg.Origin.VENDOR,
            provides={drug_db_release},
            description="Commercial drug and interaction database, licensed per month.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Phrases answers in plain language from the context we send.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model behind the vendor's API; its answers "
            "about interactions are acted on by patients.",
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Pharmacy cloud", trust=tg.Trust.INTERNAL):
    # Public entry point behind the website's chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=20, note="per chat session")},
        )
    )
    # Extracts drug names, runs the lookups, builds the prompt, routes handovers.
    orchestrator = tm.add(
        tg.Service(
            "Chat orchestrator",
            description="Looks drugs up, assembles the prompt, calls the LLM, and "
            "queues a handover when the user asks for a pharmacist.",
        )
    )
    # Kept for quality review and complaint handling.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Open handovers waiting for a pharmacist.
    handover_queue = tm.add(
        tg.DataStore(
            "Handover queue",
            stores={handover},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web app pharmacists use to take over chats.
    console = tm.add(
        tg.Service(
            "Pharmacist console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )

    with tm.boundary("Clinical content tier", trust=tg.Trust.RESTRICTED):
        # Loads each monthly release into the table and the index.
        ingestion = tm.add(
            tg.Pipeline(
                "Drug content ingestion",
                stage=tg.Stage.INGESTION,
                description="Parses the release, fills the interaction table, chunks "
                "and embeds the monographs.",
            )
        )
        # Exact interaction lookups by drug pair.
        interaction_table = tm.add(tg.DataStore("Interaction table", stores={interactions}))
        # Semantic search over monographs for the other questions.
        monograph_index = tm.add(tg.VectorStore("Monograph index", stores={monographs, chunks}))

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Registered pharmacist on duty in a branch.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="registered pharmacist"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(user, chat_api, question, protocol="https", controls={tls})
tm.flow(chat_api, orchestrator, question)

tm.flow(orchestrator, interaction_table, drug_names, label="interaction lookup")
tm.flow(interaction_table, orchestrator, interactions)
tm.flow(orchestrator, monograph_index, question, label="similarity query")
tm.flow(monograph_index, orchestrator, chunks, label="retrieved passages")

tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")

tm.flow(orchestrator, chat_api, answer)
tm.flow(chat_api, user, answer, protocol="https", controls={tls})
tm.flow(orchestrator, transcript_store, transcripts)

tm.flow(orchestrator, handover_queue, handover, label="user asks for a pharmacist")
tm.flow(handover_queue, console, handover)
tm.flow(console, pharmacist, handover, protocol="https")
tm.flow(pharmacist, console, pharmacist_reply, protocol="https")
tm.flow(console, chat_api, pharmacist_reply)
tm.flow(chat_api, user, pharmacist_reply, protocol="https", controls={tls})

tm.flow(drug_db, ingestion, drug_db_release, protocol="sftp", label="monthly release")
tm.flow(ingestion, interaction_table, interactions)
tm.flow(ingestion, monograph_index, monographs, chunks)
