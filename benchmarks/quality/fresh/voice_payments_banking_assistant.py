"""Voice payments assistant in the retail mobile banking app: the first design.

Customers who are already logged in to the bank's mobile app can hold a button and
speak ("what's my balance?", "send 50 pounds to Sam"). The app streams the audio
through the bank's public API gateway to a voice orchestrator in the production VPC.
A licensed speaker-verification model, deployed in a biometrics enclave, compares
the voice with the voiceprint the customer enrolled and returns a match score.
A cloud speech-to-text service transcribes the audio, and a hosted LLM in the
bank's cloud AI tenant turns the transcript, with the customer's saved payees, into
a structured balance query or transfer instruction. Balances are read through an
account-lookup tool; a transfer is shown on a confirmation screen in the app, and
only after the customer taps Confirm does the transfer tool send the payment order
to the core banking system over mTLS. The gateway checks the app session token and
rate-limits; voiceprints are encrypted; core banking keeps its existing payment
fraud monitoring and audit trail. EU customers, so GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Voice payments banking assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Voice balance checks and transfers in the retail mobile banking app.",
)

# ---------------------------------------------------------------- data assets
voice_audio = tg.Data(
    "Voice command audio",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The customer's spoken request; also the biometric sample for verification.",
)
session_token = tg.Data("App session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
voiceprint = tg.Data(
    "Enrolled voiceprint",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Speaker embedding captured at enrolment in the app.",
)
match_score = tg.Data(
    "Speaker match score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
transcript = tg.Data("Request transcript", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Intent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the transcript, the customer's accounts and saved payees.",
)
instruction = tg.Data(
    "Transfer instruction",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="JSON: intent, source account, payee id, amount, reference.",
)
lookup_call = tg.Data("Account lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
account_data = tg.Data(
    "Balances and saved payees",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
confirmation_request = tg.Data(
    "Confirmation screen content", kind="model-output", sensitivity=tg.Sensitivity.PII
)
confirmation = tg.Data(
    "Customer confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
transfer_call = tg.Data(
    "Transfer tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_order = tg.Data(
    "Payment order",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
payment_result = tg.Data("Payment result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
spoken_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
audit_events = tg.Data(
    "Voice session audit trail",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Transcript, match score, instruction, confirmation and outcome per session.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Customer phone", trust=tg.Trust.UNTRUSTED):
    # The account holder speaking to the app; anyone holding the unlocked phone looks the same.
    customer = tm.add(tg.Actor("Bank customer", role="retail customer"))
    # The existing mobile banking app, extended with a push-to-talk button and a confirm screen.
    app = tm.add(
        tg.Device(
            "Mobile banking app",
            fleet=True,
            description="iOS and Android app; records audio and renders the confirmation screen.",
        )
    )

with tm.boundary("Cloud AI tenant", trust=tg.Trust.PARTNER):
    # Managed speech-to-text API in the bank's cloud subscription.
    stt = tm.add(
        tg.Model(
            "Speech-to-text service",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Managed transcription API, en-GB model.",
        )
    )
    # Hosted LLM that maps the transcript to a structured intent and transfer instruction.
    llm = tm.add(
        tg.LLM(
            "Intent LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Hosted chat model with a function-calling schema for banking intents.",
            controls={
                c.SupplierAssessment(note="bank vendor risk review; no training on our data")
            },
        )
    )

with tm.boundary("Bank production VPC", trust=tg.Trust.INTERNAL):
    # Public entry point for the app's API calls, now also for the voice stream.
    gateway = tm.add(
        tg.Endpoint(
            "Mobile API gateway",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="OAuth 2.0 app session with device binding"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Runs each voice session: verification, transcription, LLM call, tools, confirmation.
    orchestrator = tm.add(
        tg.Agent(
            "Voice assistant orchestrator",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Calls verification, STT and the LLM, then the tools the intent needs.",
            controls={
                c.HumanInTheLoop(approver="the customer, on the app's confirmation screen"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Read-only tool: balances, recent transactions and saved payees for the session's customer.
    lookup_tool = tm.add(
        tg.Tool(
            "Account lookup tool",
            capabilities={"read"},
            origin="first-party",
            controls={
                c.LeastPrivilegeTools(note="uses the customer's session token, own accounts only")
            },
        )
    )
    # Submits the confirmed transfer to core banking.
    transfer_tool = tm.add(
        tg.Tool(
            "Transfer tool",
            capabilities={"money-movement"},
            origin="first-party",
            controls={
                c.InputValidation(note="JSON schema; amount within the customer's daily limit"),
                c.LeastPrivilegeTools(note="uses the customer's session token, own accounts only"),
            },
        )
    )
    # Keeps each voice session's record for complaints and disputes.
    audit_store = tm.add(tg.DataStore("Voice audit log", stores={audit_events}))

    with tm.boundary("Biometrics enclave", trust=tg.Trust.RESTRICTED):
        # Licensed speaker-verification model, run on our own servers.
        verifier = tm.add(
            tg.Model(
                "Speaker verification model",
                task=tg.Task.VERIFICATION,
                returns_scores=True,
                high_stakes=True,
                description="Compares the request audio with the enrolled voiceprint; "
                "the orchestrator accepts a score above the configured threshold.",
            )
        )
        # Voiceprints captured at enrolment.
        voiceprints = tm.add(
            tg.DataStore(
                "Voiceprint store",
                stores={voiceprint},
                controls={c.EncryptionAtRest(key_management="HSM-backed KMS")},
            )
        )

with tm.boundary("Core banking zone", trust=tg.Trust.RESTRICTED):
    # System of record for accounts and payments; executes the transfer.
    core = tm.add(
        tg.Service(
            "Core banking system",
            description="Accounts, payees and faster-payments execution.",
            controls={
                c.AnomalyDetection(note="existing payment fraud monitoring"),
                c.AuditLogging(retention_days=2555),
                c.RBAC(),
            },
        )
    )

# ---------------------------------------------------------------- flows
# The customer speaks and sees the confirmation in the app.
tm.flow(customer, app, voice_audio, label="speaks a request", protocol="local")
tm.flow(
    app,
    customer,
    confirmation_request,
    spoken_reply,
    label="screen and voice reply",
    protocol="local",
)
tm.flow(
    customer, app, confirmation, label="taps Confirm", protocol="local", id="customer->app:confirm"
)

# App <-> gateway <-> orchestrator.
tm.flow(app, gateway, voice_audio, session_token, protocol="https")
tm.flow(app, gateway, confirmation, session_token, protocol="https", id="app->gateway:confirm")
tm.flow(gateway, app, confirmation_request, spoken_reply, protocol="https")
tm.flow(gateway, orchestrator, voice_audio, session_token)
tm.flow(gateway, orchestrator, confirmation, session_token, id="gateway->orchestrator:confirm")
tm.flow(orchestrator, gateway, confirmation_request, spoken_reply)

# Speaker verification, and enrolment of new voiceprints.
tm.flow(orchestrator, verifier, voice_audio, label="verify speaker")
tm.flow(voiceprints, verifier, voiceprint)
tm.flow(verifier, orchestrator, match_score)
tm.flow(verifier, voiceprints, voiceprint, label="enrolment", id="verifier->voiceprints:enrol")

# Transcription and intent extraction in the cloud AI tenant.
tm.flow(orchestrator, stt, voice_audio, protocol="https")
tm.flow(stt, orchestrator, transcript, protocol="https")
tm.flow(orchestrator, llm, llm_prompt, protocol="https")
tm.flow(llm, orchestrator, instruction, protocol="https")

# Balance and payee lookup.
tm.flow(orchestrator, lookup_tool, lookup_call)
tm.flow(lookup_tool, core, lookup_call, session_token, protocol="mtls")
tm.flow(core, lookup_tool, account_data, protocol="mtls")
tm.flow(lookup_tool, orchestrator, account_data)

# The confirmed transfer.
tm.flow(orchestrator, transfer_tool, transfer_call, label="after customer confirmation")
tm.flow(transfer_tool, core, payment_order, session_token, protocol="mtls")
tm.flow(core, transfer_tool, payment_result, protocol="mtls")
tm.flow(transfer_tool, orchestrator, payment_result)

# Session record.
tm.flow(orchestrator, audit_store, audit_events)
