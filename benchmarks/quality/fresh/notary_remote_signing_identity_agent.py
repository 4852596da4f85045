"""Remote online notarisation onboarding agent: the first design, before any security review.

Signers who need a document notarised use our phone app. An LLM agent behind
the onboarding API chats with them and walks them through onboarding: the app
reads their passport's NFC chip, and the agent's identity-check tool verifies
the chip data and sends a selfie video to an identity vendor for a liveness
check. The agent then books a video session with a commissioned notary on the
video platform and pre-fills the notarial certificate in the case file. On the
call the notary confirms the signer's identity against the case file and, in
the notary portal (password and TOTP), applies their digital seal, whose keys
sit in an HSM-backed signing service that journals every seal. Sealed documents
are kept in an encrypted document store. The app takes card details through
the payment provider's SDK; the portal charges the fee with the saved card token.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Remote notarisation onboarding agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss"},
    description="An LLM agent onboards signers for remote online notarisation; a notary seals.",
)

# ---------------------------------------------------------------- data assets
signer_message = tg.Data("Signer chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt with case context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation, tool results and the case file summary.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
passport_chip = tg.Data(
    "Passport chip data",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Data groups 1 and 2 (holder details and face image) with the document security object.",
)
selfie = tg.Data("Selfie liveness video", kind="media", sensitivity=tg.Sensitivity.PII)
id_call = tg.Data("Identity check request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
id_result = tg.Data(
    "Liveness and face match result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
booking_call = tg.Data("Session booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking = tg.Data("Video session booking", kind="records", sensitivity=tg.Sensitivity.PII)
cert_call = tg.Data(
    "Certificate pre-fill request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
case_file = tg.Data(
    "Signer case file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Identity evidence, check results, booking and the pre-filled notarial certificate.",
)
document = tg.Data(
    "Document to notarise", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
session_media = tg.Data("Notarial video session", kind="media", sensitivity=tg.Sensitivity.PII)
seal_request = tg.Data("Seal approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
sealed_doc = tg.Data(
    "Notarised document",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
card = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
card_token = tg.Data(
    "Saved card token", kind="credentials", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
fee_charge = tg.Data(
    "Notarisation fee charge", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who downloads the app and wants a document notarised.
    signer = tm.add(tg.Actor("Signer", role="customer"))
    # Reads the passport chip over NFC and records the selfie.
    phone_app = tm.add(tg.Device("Signer phone app", description="iOS and Android app."))
    # Commissioned notaries work from home offices, contracted per session.
    notary = tm.add(tg.Actor("Notary", role="commissioned notary", privileged=True))

with tm.boundary("Identity vendor", trust=tg.Trust.PARTNER):
    # Selfie liveness and face match against the passport photo.
    id_vendor = tm.add(tg.ExternalService("Identity vendor liveness API"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Video platform", trust=tg.Trust.PARTNER):
    # Third-party video-call service with scheduling and recording.
    video = tm.add(tg.ExternalService("Video session platform"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes the card in its own SDK and charges it by token.
    psp = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # The app's backend: signer accounts, uploads and the chat.
    api = tm.add(
        tg.Endpoint(
            "Onboarding API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail magic link"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Runs the onboarding conversation and calls the tools below.
    agent = tm.add(
        tg.Agent(
            "Onboarding agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Moves a signer from sign-up to a booked session without staff involvement.",
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Verifies the chip's signatures and calls the liveness vendor.
    id_tool = tm.add(
        tg.Tool(
            "Identity verification tool",
            capabilities={"read", "network-egress"},
            controls={c.DeepfakeDetection(note="the vendor's passive liveness check")},
        )
    )
    # Books a slot with an available notary.
    booking_tool = tm.add(tg.Tool("Session booking tool", capabilities={"write", "network-egress"}))
    # Writes the notarial certificate fields into the case file.
    cert_tool = tm.add(tg.Tool("Certificate pre-fill tool", capabilities={"read", "write"}))
    # Everything about one signer's case.
    case_db = tm.add(
        tg.DataStore(
            "Case database",
            stores={case_file, passport_chip, booking, document, card_token},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where notaries review cases, confirm identity and seal.
    portal = tm.add(
        tg.Endpoint(
            "Notary portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="password and TOTP"), c.RBAC()},
        )
    )

    with tm.boundary("Signing enclave", trust=tg.Trust.RESTRICTED):
        # Holds each notary's seal key in an HSM and keeps the notarial journal.
        seal = tm.add(
            tg.Service(
                "Digital seal signing service",
                controls={
                    c.SecretsManagement(note="seal keys in a cloud HSM"),
                    c.AuditLogging(retention_days=3650),
                },
            )
        )
        # The sealed originals, kept for the statutory retention period.
        doc_store = tm.add(
            tg.DataStore(
                "Notarised document store",
                stores={sealed_doc, session_media},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
# onboarding conversation
tm.flow(signer, phone_app, signer_message, document, label="touchscreen")
tm.flow(phone_app, api, signer_message, passport_chip, selfie, document, protocol="https")
tm.flow(api, agent, signer_message, passport_chip, selfie)
tm.flow(api, case_db, document, passport_chip)
tm.flow(agent, api, agent_reply)
tm.flow(api, phone_app, agent_reply, protocol="https")
tm.flow(phone_app, signer, agent_reply, label="touchscreen")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# identity check
tm.flow(agent, id_tool, id_call, passport_chip, selfie)
tm.flow(id_tool, id_vendor, selfie, passport_chip, protocol="https")
tm.flow(id_vendor, id_tool, id_result, protocol="https")
tm.flow(id_tool, agent, id_result)
tm.flow(id_tool, case_db, id_result)

# booking and certificate
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, video, booking_call, protocol="https")
tm.flow(video, booking_tool, booking, protocol="https")
tm.flow(booking_tool, agent, booking)
tm.flow(booking_tool, case_db, booking)
tm.flow(agent, cert_tool, cert_call)
tm.flow(case_db, cert_tool, case_file)
tm.flow(cert_tool, case_db, case_file)
tm.flow(cert_tool, agent, case_file, label="pre-filled certificate")

# the notarial session and seal
tm.flow(phone_app, video, session_media, protocol="https")
tm.flow(video, phone_app, session_media, protocol="https")
tm.flow(notary, video, session_media, protocol="https")
tm.flow(video, notary, session_media, protocol="https")
tm.flow(video, doc_store, session_media, protocol="https", label="recording")
tm.flow(case_db, portal, case_file, document)
tm.flow(portal, notary, case_file, document, protocol="https")
tm.flow(notary, portal, seal_request, protocol="https", label="confirms identity and seals")
tm.flow(portal, seal, seal_request, document)
tm.flow(seal, doc_store, sealed_doc)
tm.flow(seal, portal, sealed_doc)
tm.flow(portal, api, sealed_doc, label="notify signer")
tm.flow(api, phone_app, sealed_doc, protocol="https")

# fees
tm.flow(phone_app, psp, card, protocol="https", label="payment SDK")
tm.flow(psp, api, card_token, protocol="https")
tm.flow(api, case_db, card_token)
tm.flow(portal, psp, card_token, fee_charge, protocol="https")
tm.flow(psp, portal, fee_charge, protocol="https")
