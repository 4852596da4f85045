"""Enforcement conduct checker: the first design, before any security review.

An enforcement agency (England and Wales) wants every recorded contact between its
enforcement agents (bailiffs) and debtors checked against the debt-collection code
of conduct, not the small sample compliance staff listen to today. Agents wear
body-worn cameras on doorstep visits and make calls through a cloud telephony
platform; the footage lands in the camera vendor's evidence cloud and the call
recordings are exported nightly over SFTP. An ingestion service in the agency's
cloud tenancy transcribes both with a self-hosted open-weights speech-to-text model.
A conduct-check service adds case context from the case management system and the
code-of-conduct rulebook, asks a hosted LLM whether the conversation breaches the
code, and stores flags. Compliance officers review every flag in a review portal
(agency SSO with MFA, role-based access) before any action is taken against an agent.
Stores are encrypted at rest; the LLM vendor has passed the agency's supplier review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Enforcement conduct checker",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Transcribes bailiffs' body-camera and call recordings and flags possible "
        "breaches of the debt-collection code of conduct for the compliance team."
    ),
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live voice of the debtor and the agent on a collection call.",
)
footage = tg.Data(
    "Body-camera footage",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Video and audio of doorstep visits, often inside debtors' homes.",
)
call_recordings = tg.Data(
    "Call recordings",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
transcripts = tg.Data(
    "Recording transcripts",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Speaker-separated text; debtors often disclose health or money troubles.",
)
case_context = tg.Data(
    "Enforcement case context",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Debtor name and address, debt amount, assigned agent, vulnerability markers.",
)
conduct_rules = tg.Data(
    "Code of conduct rules and prompt template",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
)
check_prompt = tg.Data(
    "Conduct check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The rules, the case context and one transcript.",
)
assessment = tg.Data(
    "Conduct assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Suspected breaches with quoted passages and timestamps.",
)
flags = tg.Data(
    "Conduct flags",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
footage_clip = tg.Data("Flagged footage clip", kind="media", sensitivity=tg.Sensitivity.PII)
review_outcome = tg.Data(
    "Compliance review outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Upheld or dismissed, with the officer's notes; may start a disciplinary case.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Field visits and phone network", trust=tg.Trust.UNTRUSTED):
    # The person in debt: on the doorstep or on the phone, never a user of the system.
    debtor = tm.add(tg.Actor("Debtor", role="member of the public"))
    # The bailiff whose conduct is checked; records visits and makes the calls.
    bailiff = tm.add(tg.Actor("Enforcement agent", role="bailiff"))
    # Issued camera, worn on every visit; docked at the end of the shift to upload.
    camera = tm.add(
        tg.Device(
            "Body-worn camera",
            fleet=True,
            description="Records audio and video of visits; uploads when docked.",
        )
    )

with tm.boundary("Telephony vendor", trust=tg.Trust.PARTNER):
    # Cloud contact-centre platform that carries and records agents' calls.
    telephony = tm.add(
        tg.ExternalService(
            "Cloud telephony platform",
            description="Records every call to and from agents' work numbers.",
        )
    )

with tm.boundary("Body-camera vendor cloud", trust=tg.Trust.PARTNER):
    # The camera vendor's digital evidence service: the master copy of all footage.
    evidence = tm.add(
        tg.DataStore(
            "Body-camera evidence store",
            stores={footage},
            controls={
                c.EncryptionAtRest(key_management="vendor-managed keys"),
                c.AuditLogging(),
                c.RBAC(),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that judges transcripts against the code.
    llm = tm.add(
        tg.LLM(
            "Hosted conduct-check LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Its flags can lead to a disciplinary case against an agent.",
            controls={c.SupplierAssessment(note="DPA signed, UK region, no training on our data")},
        )
    )

with tm.boundary("Agency cloud tenancy", trust=tg.Trust.INTERNAL):
    # Pulls new footage and call recordings and has them transcribed.
    ingestion = tm.add(
        tg.Service(
            "Recording ingestion service",
            description="Polls the evidence store and picks up the nightly call export.",
        )
    )
    # Self-hosted speech-to-text, so raw audio never leaves the tenancy.
    stt = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights transcription model with speaker separation.",
        )
    )
    # Transcripts, flags and review outcomes for the compliance team.
    case_store = tm.add(
        tg.DataStore(
            "Transcript and flag store",
            stores={transcripts, flags, review_outcome},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # The code of conduct split into checkable rules, plus the prompt template.
    rulebook = tm.add(tg.DataStore("Conduct rulebook", stores={conduct_rules}))
    # Builds the prompt per transcript, calls the LLM and records the flags.
    checker = tm.add(
        tg.Service(
            "Conduct check service",
            description="Runs on each new transcript; the LLM's findings become flags.",
            controls={
                c.HumanInTheLoop(
                    approver="a compliance officer",
                    note="every flag is reviewed before any action against an agent",
                )
            },
        )
    )
    # Where compliance officers work through flagged cases.
    portal = tm.add(
        tg.Endpoint(
            "Compliance review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="agency SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Agency corporate network", trust=tg.Trust.INTERNAL):
    # Existing system of record for enforcement cases and agent assignments.
    cms = tm.add(tg.DataStore("Case management system", stores={case_context}, controls={c.RBAC()}))
    # Reviews flags, decides whether a breach is upheld.
    officer = tm.add(tg.Actor("Compliance officer", role="compliance team"))

# ---------------------------------------------------------------- flows
# Calls and visits
tm.flow(debtor, telephony, call_audio, protocol="pstn")
tm.flow(telephony, debtor, call_audio, protocol="pstn")
tm.flow(bailiff, telephony, call_audio, protocol="pstn", label="work mobile")
tm.flow(telephony, bailiff, call_audio, protocol="pstn", label="work mobile")
tm.flow(debtor, camera, footage, label="recorded in person")
tm.flow(bailiff, camera, footage, label="recorded in person")
tm.flow(camera, evidence, footage, protocol="https", label="docking station upload")

# Ingestion and transcription
tm.flow(evidence, ingestion, footage, protocol="https", label="vendor API poll")
tm.flow(telephony, ingestion, call_recordings, protocol="sftp", label="nightly export")
tm.flow(ingestion, stt, footage, call_recordings)
tm.flow(stt, ingestion, transcripts)
tm.flow(ingestion, case_store, transcripts)

# Conduct check
tm.flow(case_store, checker, transcripts)
tm.flow(cms, checker, case_context, label="lookup by case reference")
tm.flow(rulebook, checker, conduct_rules)
tm.flow(checker, llm, check_prompt, protocol="https")
tm.flow(llm, checker, assessment, protocol="https")
tm.flow(checker, case_store, flags)

# Compliance review
tm.flow(case_store, portal, flags, transcripts)
tm.flow(evidence, portal, footage_clip, protocol="https", label="embedded clip")
tm.flow(portal, officer, flags, transcripts, footage_clip, protocol="https")
tm.flow(officer, portal, review_outcome, protocol="https")
tm.flow(portal, case_store, review_outcome)
