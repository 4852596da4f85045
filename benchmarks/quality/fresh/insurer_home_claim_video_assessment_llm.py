"""Home claim video assessment: the first design, before any security review.

A home insurer lets policyholders report damage (a leak, a storm, a fire) in the
customer portal and book a video call. On the call, run on a third-party video
platform, the customer films the damage with their phone while a claims handler
guides them. The platform hands the recording and its transcript to our ingestion
service, which extracts still frames into a claim media store. An assessment
orchestrator sends the frames, the transcript, the policy's cover and our repair
cost guidelines to a multimodal LLM hosted by an AI vendor, which drafts a damage
assessment and a suggested reserve. Handlers review, edit and approve the draft in
their workbench (corporate SSO with MFA, role-based access) before the reserve is
written to the claims system. Traffic uses TLS, the media store is encrypted with
KMS keys, the AI vendor went through vendor review and the workbench keeps an
audit log. Customers are in the EU, so GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Home claim video assessment",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Video-call damage capture with LLM-drafted assessments and reserves for home claims.",
)

# ---------------------------------------------------------------- data assets
claim_notice = tg.Data(
    "First notice of loss",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Policy number, address, what happened and when, and a requested call slot.",
)
call_link = tg.Data("Video call invitation", kind="records", sensitivity=tg.Sensitivity.PII)
live_video = tg.Data(
    "Live damage video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Camera and audio of the customer's home, often with family members in view.",
)
handler_guidance = tg.Data("Handler video and voice", kind="media", sensitivity=tg.Sensitivity.PII)
recording = tg.Data(
    "Call recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
transcript = tg.Data("Call transcript", kind="documents", sensitivity=tg.Sensitivity.PII)
frames = tg.Data(
    "Damage frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Still frames picked from the recording, one per room or damaged item.",
)
claim_records = tg.Data(
    "Policy and claim records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Cover, limits, excess, claim history and reserves.",
)
cost_guide = tg.Data(
    "Repair cost guidelines",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Regional unit rates for trades, materials and contents replacement.",
)
prompt = tg.Data(
    "Assessment prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, frames, transcript, cover details and relevant cost guidelines.",
)
draft = tg.Data(
    "Draft damage assessment and reserve",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Damage description per room, repair scope, cost estimate and suggested reserve.",
)
approved = tg.Data(
    "Approved assessment and reserve",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
staff_token = tg.Data("Staff SSO token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
audit_events = tg.Data("Workbench audit events", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer reporting the claim, on their own phone.
    policyholder = tm.add(tg.Actor("Policyholder", role="customer"))

with tm.boundary("Video platform vendor", trust=tg.Trust.PARTNER):
    # Bought-in WebRTC video-call service: hosts the call, records it, transcribes it.
    video_platform = tm.add(
        tg.ExternalService(
            "Video call platform",
            provides=tg.ExternalCategory.GENERIC,
            description="SaaS video calls with cloud recording and speech-to-text.",
        )
    )

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # The hosted multimodal model that reads images and text and writes the draft.
    llm = tm.add(
        tg.LLM(
            "Multimodal assessment LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Vendor-hosted vision-language model; drafts the assessment and reserve.",
            controls={c.SupplierAssessment(note="procurement vendor review, EU data residency")},
        )
    )

with tm.boundary("Staff identity provider", trust=tg.Trust.PARTNER):
    # Corporate SSO for employees.
    idp = tm.add(
        tg.ExternalService("Corporate SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # Existing customer portal: claim notification and call booking.
    portal = tm.add(
        tg.Endpoint(
            "Customer claims portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="customer account e-mail and password")},
        )
    )
    # Takes the platform's recording, extracts frames, files recording and transcript.
    ingestion = tm.add(
        tg.Service(
            "Video ingestion service",
            description="Receives the recording-ready notification, downloads the recording and "
            "transcript, and extracts still frames.",
        )
    )
    # Keeps recordings, transcripts and frames per claim.
    media_store = tm.add(
        tg.DataStore(
            "Claim media store",
            stores={recording, transcript, frames},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds the prompt from the claim's media, cover and cost guide, calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Assessment orchestrator",
            description="Assembles the multimodal prompt and stores the draft for the handler.",
        )
    )
    # Where handlers see the draft next to the frames and approve or edit it.
    workbench = tm.add(
        tg.Endpoint(
            "Claims handler workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="the claims handler",
                    note="every draft assessment and reserve is reviewed and edited before it is saved",
                ),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Record of who viewed, edited and approved what.
    audit_log = tm.add(tg.DataStore("Workbench audit log", stores={audit_events}))

    with tm.boundary("Core claims zone", trust=tg.Trust.RESTRICTED):
        # System of record for policies and claims; reserves are posted here.
        claims_system = tm.add(
            tg.DataStore(
                "Claims management system",
                stores={claim_records, approved},
                controls={
                    c.EncryptionAtRest(key_management="database TDE"),
                    c.PolicyEnforcement(
                        rules="rejects reserves above the handler's authority limit"
                    ),
                },
            )
        )
        # Reference rates maintained by the claims technical team.
        cost_guide_store = tm.add(
            tg.DataStore("Repair cost guidelines library", stores={cost_guide})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff who run the call and own the claim decision.
    handler = tm.add(tg.Actor("Claims handler", role="claims handler"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(policyholder, portal, claim_notice, protocol="https", controls={tls})
tm.flow(portal, policyholder, call_link, protocol="https", controls={tls})
tm.flow(portal, claims_system, claim_notice, label="opens claim")

tm.flow(policyholder, video_platform, live_video, protocol="webrtc")
tm.flow(video_platform, policyholder, handler_guidance, protocol="webrtc")
tm.flow(handler, video_platform, handler_guidance, protocol="webrtc")
tm.flow(video_platform, handler, live_video, protocol="webrtc")

tm.flow(
    video_platform,
    ingestion,
    recording,
    transcript,
    protocol="https",
    label="recording-ready webhook",
)
tm.flow(ingestion, media_store, recording, transcript, frames)

tm.flow(media_store, orchestrator, frames, transcript)
tm.flow(claims_system, orchestrator, claim_records, label="cover and excess lookup")
tm.flow(cost_guide_store, orchestrator, cost_guide)
tm.flow(orchestrator, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, orchestrator, draft, protocol="https", controls={tls})
tm.flow(orchestrator, workbench, draft)

tm.flow(handler, idp, staff_token, protocol="oidc", label="sign-in")
tm.flow(idp, workbench, staff_token, protocol="oidc")
tm.flow(media_store, workbench, frames, recording)
tm.flow(claims_system, workbench, claim_records)
tm.flow(workbench, handler, draft, frames, claim_records, protocol="https", controls={tls})
tm.flow(handler, workbench, approved, protocol="https", controls={tls}, label="edits and approves")
tm.flow(workbench, claims_system, approved, label="posts reserve")
tm.flow(workbench, audit_log, audit_events)
