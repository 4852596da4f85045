"""Crown Court jury summons query chatbot: the first design, before any security review.

People who have received a Crown Court jury summons open a chat on the court
service's jury pages and ask questions: where to go, what to bring, expenses,
parking, what happens if they cannot attend. An LLM agent answers from an index
of the published juror guidance. To talk about their own summons, the juror gives
their juror number, surname and postcode; the agent's lookup tool matches these
against the jury management system and reads back the court, start date and
attendance status. A juror who cannot serve can ask for a deferral or an excusal;
the agent records the request and the reason in a queue that jury officers work
through, and an officer decides it and updates the summons record. The agent
sends an acknowledgement through GOV.UK Notify. The chatbot runs in the court
service's cloud tenancy; the LLM is a vendor-hosted model in a UK region. Controls
in this design: HTTPS at the edge, a gateway rate limit, the vendor's content
filter, officer sign-in by SSO with MFA and role-based access to the jury records.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Crown Court jury summons query chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Answers summoned jurors' questions, checks their summons record and records "
        "deferral or excusal requests for jury officers to decide."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Juror question", sensitivity=tg.Sensitivity.PII, kind="prompt")
juror_identifiers = tg.Data(
    "Juror identifiers",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Juror number, surname and postcode typed into the chat.",
)
answer = tg.Data("Chatbot answer", sensitivity=tg.Sensitivity.PII, kind="model-output")
prompt = tg.Data(
    "Prompt with guidance and summons context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far, retrieved guidance and tool results.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
guidance = tg.Data("Published juror guidance", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
guidance_chunks = tg.Data(
    "Guidance chunks and embeddings", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
summons_lookup = tg.Data("Summons lookup call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
summons_record = tg.Data(
    "Summons record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, address, court, start date, attendance and deferral status.",
)
deferral_call = tg.Data(
    "Deferral or excusal request call", sensitivity=tg.Sensitivity.REGULATED, kind="tool-call"
)
deferral_request = tg.Data(
    "Deferral or excusal request",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description=(
        "Requested new dates or grounds for excusal in the juror's words; often names "
        "a medical condition, caring duties or a criminal record."
    ),
)
request_receipt = tg.Data("Request reference", sensitivity=tg.Sensitivity.PII, kind="tool-result")
acknowledgement = tg.Data("Acknowledgement email", sensitivity=tg.Sensitivity.PII, kind="documents")
officer_decision = tg.Data(
    "Deferral or excusal decision", sensitivity=tg.Sensitivity.PII, kind="records"
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.REGULATED, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who has (or claims to have) a summons reaches the chat from a browser.
    juror = tm.add(tg.Actor("Summoned juror", role="member of the public"))

with tm.boundary("LLM vendor (UK region)", trust=tg.Trust.PARTNER):
    # The language model behind the agent, hosted by the vendor under a government contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("GOV.UK Notify", trust=tg.Trust.PARTNER):
    # The cross-government service that sends the acknowledgement e-mail.
    notify = tm.add(tg.ExternalService("GOV.UK Notify", provides="generic"))

with tm.boundary("Court service cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public entry point for the chat widget on the jury service pages.
    chat_api = tm.add(
        tg.Endpoint(
            "Jury chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.RateLimiting(requests_per_minute=30, note="API gateway")},
        )
    )
    # The LLM agent: answers from guidance and decides when to call its tools.
    agent = tm.add(
        tg.Agent(
            "Jury query agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Keeps the conversation, retrieves guidance, calls the lookup, request and notify tools.",
        )
    )
    # Lets the agent fetch the summons once the juror has given matching identifiers.
    lookup_tool = tm.add(
        tg.Tool(
            "Summons lookup tool",
            capabilities={"read"},
            controls={
                tg.controls.Authentication(
                    method="juror number, surname and postcode matched to the summons record"
                )
            },
        )
    )
    # Lets the agent file a deferral or excusal request; an officer decides it.
    request_tool = tm.add(
        tg.Tool(
            "Deferral request tool",
            capabilities={"write"},
            controls={
                tg.controls.HumanInTheLoop(
                    approver="jury officer",
                    note="the tool only queues the request; an officer grants or refuses it",
                )
            },
        )
    )
    # Lets the agent send the juror an acknowledgement with the request reference.
    notify_tool = tm.add(tg.Tool("Acknowledgement tool", capabilities={"send-messages"}))
    # Keeps every conversation for complaints and service improvement.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Refreshes the guidance index when the published pages change.
    indexer = tm.add(tg.Pipeline("Guidance indexing job", stage=tg.Stage.INGESTION))
    # Similarity search over the published juror guidance.
    guidance_index = tm.add(tg.VectorStore("Juror guidance index", stores={guidance_chunks}))
    # The jury pages of the public website, owned by the court service's content team.
    guidance_source = tm.add(
        tg.DataSource("Jury service guidance pages", origin=tg.Origin.INTERNAL, provides={guidance})
    )

    with tm.boundary("Jury data tier", trust=tg.Trust.RESTRICTED):
        # The existing system of record for summonses and attendance.
        jms = tm.add(
            tg.DataStore(
                "Jury management system",
                stores={summons_record},
                controls={
                    tg.controls.RBAC(),
                    tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                    tg.controls.Authentication(method="staff SSO with MFA"),
                },
            )
        )
        # New store: requests waiting for an officer's decision.
        request_queue = tm.add(
            tg.DataStore(
                "Deferral and excusal request queue",
                stores={deferral_request},
                controls={
                    tg.controls.RBAC(),
                    tg.controls.Authentication(method="staff SSO with MFA"),
                },
            )
        )

with tm.boundary("Court service corporate network", trust=tg.Trust.INTERNAL):
    # Staff at the central summoning bureau who decide requests.
    officer = tm.add(tg.Actor("Jury officer", role="jury officer"))

# ---------------------------------------------------------------- flows
tm.flow(juror, chat_api, question, juror_identifiers, deferral_request, protocol="https")
tm.flow(chat_api, agent, question, juror_identifiers, deferral_request)
tm.flow(agent, chat_api, answer)
tm.flow(chat_api, juror, answer, protocol="https")

tm.flow(agent, guidance_index, question, label="similarity query")
tm.flow(guidance_index, agent, guidance_chunks, label="retrieved guidance")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, summons_lookup, juror_identifiers)
tm.flow(lookup_tool, jms, juror_identifiers, label="match summons")
tm.flow(jms, lookup_tool, summons_record)
tm.flow(lookup_tool, agent, summons_record)

tm.flow(agent, request_tool, deferral_call)
tm.flow(request_tool, request_queue, deferral_request)
tm.flow(request_tool, agent, request_receipt)

tm.flow(agent, notify_tool, request_receipt)
tm.flow(notify_tool, notify, acknowledgement, protocol="https")
tm.flow(notify, juror, acknowledgement, label="e-mail")

tm.flow(agent, transcript_store, transcripts)

tm.flow(request_queue, officer, deferral_request, label="work queue")
tm.flow(officer, jms, officer_decision, label="records decision")
tm.flow(officer, request_queue, officer_decision, label="closes request")

tm.flow(guidance_source, indexer, guidance, protocol="https", label="page changes")
tm.flow(indexer, guidance_index, guidance_chunks)
