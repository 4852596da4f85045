"""Sprinkler inspection reporting: the first design, before any security review.

Our fire-protection engineers inspect sprinkler installations in client buildings.
On site they dictate their findings into a tablet app and take photos of valves,
heads, pumps and tanks. The app uploads them over the mobile network to our
inspection API in our cloud tenancy, where a drafting service combines them with
the building's defect history from the job management system and asks a hosted
LLM to draft the inspection certificate and a list of defects graded by urgency.
The engineer edits the draft on the tablet and signs it; nothing is issued
unsigned. An issuing service then archives the signed certificate, writes the
defects back to the job management system, emails the certificate to the building
owner and uploads it to the insurer's portal with the API key the insurer gave us.
Engineers and office staff sign in with company SSO and MFA; photos and
certificates are encrypted at rest; the LLM vendor was reviewed by procurement.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Sprinkler inspection reporting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted sprinkler inspection certificates, signed by engineers and "
    "sent to building owners and insurers.",
)

# ---------------------------------------------------------------- data assets
notes = tg.Data(
    "Dictated inspection findings",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Transcribed dictation: test results, pressures, observed faults, site contacts.",
)
photos = tg.Data(
    "Inspection photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Photos of sprinkler plant rooms, valves and heads inside client buildings.",
)
job_details = tg.Data(
    "Building and client details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Site address, owner name and contact e-mail, system type, access notes.",
)
defect_history = tg.Data(
    "Defect history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, findings, photo captions and previous defects for the building.",
)
draft = tg.Data(
    "Draft certificate and graded defects",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
certificate = tg.Data(
    "Signed inspection certificate",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
schedule = tg.Data("Inspection schedule", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
insurer_key = tg.Data(
    "Insurer portal API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Client sites", trust=tg.Trust.UNTRUSTED):
    # The engineer working inside a client's building.
    engineer = tm.add(tg.Actor("Inspection engineer", role="field engineer"))
    # Company tablets, used on the client's premises over 4G or site Wi-Fi.
    tablet = tm.add(
        tg.Device(
            "Inspection tablet app",
            fleet=True,
            description="Dictation with on-device speech-to-text, camera, certificate editor.",
        )
    )

with tm.boundary("Contractor cloud tenancy", trust=tg.Trust.INTERNAL):
    # The only way in for tablets: jobs down, findings and signed certificates up.
    api = tm.add(
        tg.Endpoint(
            "Inspection API",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="company SSO (Entra ID) with MFA")},
        )
    )
    # Builds the prompt and asks the LLM for a draft certificate.
    drafting = tm.add(
        tg.Service(
            "Certificate drafting service",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the inspecting engineer edits and signs every certificate"
                )
            },
        )
    )
    # Issues signed certificates to the archive, the owner and the insurer.
    issuing = tm.add(tg.Service("Certificate issuing service"))
    # Inspection photos, kept as evidence with each job.
    photo_store = tm.add(
        tg.DataStore(
            "Photo store",
            stores={photos},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Every certificate we have issued, kept for audits and disputes.
    archive = tm.add(
        tg.DataStore(
            "Certificate archive",
            stores={certificate},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Jobs, clients, buildings and the defect history per building.
    jms = tm.add(
        tg.DataStore(
            "Job management system",
            stores={job_details, defect_history, schedule},
            controls={tg.controls.RBAC()},
        )
    )

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Schedules inspections and keeps client records up to date.
    coordinator = tm.add(tg.Actor("Service coordinator", role="office staff"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                tg.controls.SupplierAssessment(note="procurement review, no training on our data")
            },
        )
    )

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers certificates to owners.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Insurer", trust=tg.Trust.PARTNER):
    # The insurer's portal where inspection certificates must be lodged.
    insurer = tm.add(tg.ExternalService("Insurer certificate portal"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The client who receives the certificate and must fix the defects.
    owner = tm.add(tg.Actor("Building owner", role="client"))

# ---------------------------------------------------------------- flows
tm.flow(engineer, tablet, notes, photos, label="dictation and photos on site")
tm.flow(tablet, engineer, draft, label="draft shown for editing")
tm.flow(engineer, tablet, certificate, label="edits and signs")

tm.flow(jms, api, job_details, defect_history, schedule, label="today's jobs")
tm.flow(api, tablet, job_details, defect_history, schedule, draft, protocol="https")
tm.flow(tablet, api, notes, photos, certificate, protocol="https")

tm.flow(api, photo_store, photos)
tm.flow(api, drafting, notes, photos)
tm.flow(jms, drafting, job_details, defect_history)
tm.flow(drafting, llm, prompt, protocol="https")
tm.flow(llm, drafting, draft, protocol="https")
tm.flow(drafting, api, draft)

tm.flow(api, issuing, certificate, label="on signature")
tm.flow(issuing, archive, certificate)
tm.flow(issuing, jms, defect_history, label="graded defects")
tm.flow(issuing, mailer, certificate, job_details, protocol="https")
tm.flow(mailer, owner, certificate, protocol="smtp")
tm.flow(issuing, insurer, certificate, insurer_key, protocol="https")

tm.flow(coordinator, jms, job_details, schedule, protocol="https")
tm.flow(jms, coordinator, job_details, defect_history, schedule, protocol="https")
