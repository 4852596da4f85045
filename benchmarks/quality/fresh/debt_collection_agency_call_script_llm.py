"""Debt collection call assistant: the first design, before any security review.

A US debt collection agency gives its collectors a live assistant during calls with
debtors. The cloud contact-centre platform forks each call's audio to our ingest service
over a websocket and posts call events to a webhook. A self-hosted speech-to-text model
transcribes the call; an orchestrator combines the running transcript, the debtor's
account from the collections platform, approved script passages and the payment offers
the offer engine allows for that creditor, and asks a hosted LLM for the next compliant
line and a payment offer. Suggestions appear in the collector's assist panel; the
collector decides what to say, and nothing reaches the debtor automatically. After the
call a classifier scores the transcript for FDCPA / Reg F risk and flags calls for the
compliance team's review console. Collectors and reviewers sign in through corporate SSO
with MFA; offers in suggestions are checked against the offer engine's range.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Debt collection call script assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss", "soc2"},
    description=(
        "Live transcription of collection calls, suggested compliant lines and payment "
        "offers, and compliance flagging."
    ),
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Call audio",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="high"),
    description="Both legs of the call; debtors sometimes read out card numbers to pay.",
)
call_events = tg.Data("Call event webhook", kind="records", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data(
    "Live transcript",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
account = tg.Data(
    "Debtor account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Balance, creditor, payment history, dispute and cease-communication flags.",
)
account_query = tg.Data("Account lookup", kind="records", sensitivity=tg.Sensitivity.PII)
script_passages = tg.Data(
    "Approved script passages", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
approved_scripts = tg.Data(
    "Approved scripts and disclosures",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
offer_request = tg.Data("Offer request", kind="records", sensitivity=tg.Sensitivity.PII)
offers = tg.Data(
    "Allowed payment offers",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Suggestion prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the recent transcript, account summary, script passages and offers.",
)
completion = tg.Data("LLM suggestion", kind="model-output", sensitivity=tg.Sensitivity.PII)
suggestions = tg.Data(
    "Suggested lines and offers", kind="model-output", sensitivity=tg.Sensitivity.PII
)
agent_feedback = tg.Data(
    "Collector feedback and notes", kind="feedback", sensitivity=tg.Sensitivity.PII
)
agent_voice = tg.Data("Collector voice", kind="media", sensitivity=tg.Sensitivity.PII)
call_record = tg.Data(
    "Call record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Transcript, suggestions shown, collector choices and compliance flags.",
)
flags = tg.Data("Compliance flags", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
review = tg.Data("Review decisions", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # The person being called, or calling back; anyone can dial in.
    debtor = tm.add(tg.Actor("Debtor", role="consumer"))

with tm.boundary("Contact-centre provider", trust=tg.Trust.PARTNER):
    # The cloud CCaaS platform that carries the calls and forks the audio to us.
    telephony = tm.add(tg.ExternalService("Contact-centre platform"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the suggested next line and offer wording.
    llm = tm.add(
        tg.LLM(
            "Call script LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                tg.controls.SupplierAssessment(note="enterprise terms with zero data retention")
            },
        )
    )

with tm.boundary("Agency cloud VPC", trust=tg.Trust.INTERNAL):
    # Receives the forked audio stream and the call events from the platform.
    ingest = tm.add(
        tg.Endpoint(
            "Call stream ingest",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="static bearer token configured in the platform")
            },
        )
    )
    # Self-hosted open-weights speech recogniser on GPUs in the VPC.
    stt = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
        )
    )
    # Builds the prompt per utterance, calls the LLM, checks and pushes suggestions.
    orchestrator = tm.add(
        tg.Service(
            "Suggestion orchestrator",
            controls={
                tg.controls.OutputFiltering(
                    note="offer amounts checked against the offer engine's range; banned-phrase list "
                    "for threats of arrest or lawsuit"
                ),
                tg.controls.HumanInTheLoop(
                    approver="the collector on the call",
                    note="suggestions are only shown; the collector chooses what to say",
                ),
            },
        )
    )
    # Rules engine with each creditor client's settlement authority and plan limits.
    offer_engine = tm.add(tg.Service("Payment offer engine"))
    # Index of compliance-approved scripts, Mini-Miranda and Reg F disclosures.
    script_index = tm.add(
        tg.VectorStore("Approved script index", stores={script_passages, approved_scripts})
    )
    # Scores each finished call for harassment, misrepresentation and missing disclosures.
    classifier = tm.add(
        tg.Model("Compliance risk classifier", task=tg.Task.CLASSIFIER, returns_scores=True)
    )
    # The collector's assist panel in the browser next to the softphone.
    assist_ui = tm.add(
        tg.Service(
            "Agent assist panel",
            controls={
                tg.controls.Authentication(method="OIDC via corporate SSO with MFA"),
                tg.controls.RBAC(),
            },
        )
    )
    # Where compliance staff work through flagged calls.
    review_console = tm.add(
        tg.Service(
            "Compliance review console",
            controls={
                tg.controls.Authentication(method="OIDC via corporate SSO with MFA"),
                tg.controls.RBAC(),
            },
        )
    )

    with tm.boundary("Collections data tier", trust=tg.Trust.RESTRICTED):
        # The system of record for placed accounts.
        collections_db = tm.add(
            tg.DataStore("Collections platform", stores={account}, controls={tg.controls.RBAC()})
        )
        # Keeps transcripts, suggestions shown and flags for disputes and audits.
        call_store = tm.add(
            tg.DataStore(
                "Call record store",
                stores={call_record},
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                    tg.controls.AuditLogging(retention_days=730),
                },
            )
        )

with tm.boundary("Agency workstations", trust=tg.Trust.INTERNAL):
    # Collectors making and taking calls.
    collector = tm.add(tg.Actor("Collector", role="collection agent"))
    # Reviews flagged calls and maintains the approved script library.
    reviewer = tm.add(tg.Actor("Compliance reviewer", role="compliance officer"))

# ---------------------------------------------------------------- flows
tm.flow(debtor, telephony, call_audio, label="PSTN call")
tm.flow(telephony, debtor, agent_voice, label="PSTN call")
tm.flow(collector, telephony, agent_voice, protocol="srtp", label="softphone")
tm.flow(telephony, collector, call_audio, protocol="srtp", label="softphone")

tm.flow(telephony, ingest, call_audio, protocol="wss", label="media fork")
tm.flow(telephony, ingest, call_events, protocol="https", label="call event webhook")
tm.flow(ingest, stt, call_audio, protocol="grpc")
tm.flow(stt, orchestrator, transcript, protocol="grpc")

tm.flow(orchestrator, collections_db, account_query)
tm.flow(collections_db, orchestrator, account)
tm.flow(orchestrator, script_index, transcript, label="similarity query")
tm.flow(script_index, orchestrator, script_passages)
tm.flow(orchestrator, offer_engine, offer_request)
tm.flow(collections_db, offer_engine, account)
tm.flow(offer_engine, orchestrator, offers)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")

tm.flow(orchestrator, assist_ui, suggestions, transcript, protocol="wss")
tm.flow(assist_ui, collector, suggestions, transcript, protocol="https")
tm.flow(collector, assist_ui, agent_feedback, protocol="https")
tm.flow(assist_ui, orchestrator, agent_feedback)
tm.flow(orchestrator, call_store, call_record)

tm.flow(call_store, classifier, call_record, label="after the call")
tm.flow(classifier, call_store, flags)
tm.flow(call_store, review_console, call_record, flags, label="flagged calls")
tm.flow(review_console, reviewer, call_record, flags, protocol="https")
tm.flow(reviewer, review_console, review, protocol="https")
tm.flow(review_console, call_store, review)
tm.flow(reviewer, script_index, approved_scripts, protocol="https", label="script library updates")
