"""Parking penalty appeals with an LLM assistant: the first design.

Motorists who received a Penalty Charge Notice (PCN) from the city council appeal
on a public web form, giving the PCN number and vehicle registration, a written
statement and uploaded photos or documents (receipts, permits, blue badges).
An assessment orchestrator in the council's cloud tenancy gathers the appeal and
the contravention evidence held by the enforcement contractor's back office
(camera images, the civil enforcement officer's handheld notes and photos) and
asks a hosted LLM for a summary and an accept/reject recommendation.
An appeals officer reads the case in the casework system and decides; the decision
updates the PCN and a letter is emailed to the motorist through GOV.UK Notify.
Controls in this design: the form checks file types and throttles submissions,
officers sign in with council SSO and MFA, every decision is the officer's and is
audit-logged, stores are encrypted, and rejection letters name the tribunal route.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Parking penalty appeal assessment",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-assisted summaries and recommendations for PCN appeals; officers decide.",
)

# ---------------------------------------------------------------- data assets
appeal = tg.Data(
    "Appeal submission",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PCN number, vehicle registration, name, address, e-mail and statement.",
)
uploads = tg.Data(
    "Motorist uploaded evidence",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos, PDFs and scans the motorist attaches (permits, receipts, badges).",
)
acknowledgement = tg.Data("Appeal acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
pcn_lookup = tg.Data("PCN lookup", kind="records", sensitivity=tg.Sensitivity.PII)
pcn_record = tg.Data(
    "PCN record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
camera_images = tg.Data("Contravention camera images", kind="media", sensitivity=tg.Sensitivity.PII)
warden_notes = tg.Data(
    "Warden notes and photos",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Observation times, tyre-valve positions, free text and handheld photos.",
)
prompt = tg.Data(
    "Appeal assessment prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the appeal, the uploads and the contravention evidence.",
)
recommendation = tg.Data(
    "Appeal summary and recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
decision = tg.Data(
    "Appeal decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
pcn_status = tg.Data("PCN status update", kind="records", sensitivity=tg.Sensitivity.PII)
decision_email = tg.Data("Decision e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone holding a PCN number and the registration can appeal.
    motorist = tm.add(tg.Actor("Motorist", role="appellant"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public appeal form on the council website.
    web_form = tm.add(
        tg.Endpoint(
            "Appeal web form",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=10, note="per IP address"),
                c.InputValidation(note="file type and size checks on uploads"),
                c.Authentication(method="PCN number and vehicle registration"),
            },
        )
    )
    # Keeps each appeal and its uploads until the case is closed.
    evidence_store = tm.add(
        tg.DataStore(
            "Appeal evidence store",
            stores={appeal, uploads},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Assembles the case and asks the LLM for a summary and recommendation.
    orchestrator = tm.add(
        tg.Service(
            "Appeal assessment orchestrator",
            description="Triggered per new appeal; fetches evidence and calls the LLM.",
            controls={c.SecretsManagement(note="contractor API key and LLM key in Key Vault")},
        )
    )
    # The case file officers work from: summary, recommendation, decision.
    case_records = tm.add(
        tg.DataStore(
            "Appeal case records",
            stores={recommendation, decision},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Officer-facing casework application.
    casework = tm.add(
        tg.Service(
            "Appeals casework system",
            controls={
                c.Authentication(method="council Entra ID SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="appeals officer"),
                c.AuditLogging(retention_days=2190),
            },
        )
    )
    # Renders the decision letter and hands it to the e-mail provider.
    letters = tm.add(
        tg.Service(
            "Decision letter service",
            controls={c.Contestability(note="rejection letters give the tribunal appeal route")},
        )
    )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Parking services staff who decide appeals.
    officer = tm.add(tg.Actor("Appeals officer", role="parking appeals officer"))

with tm.boundary("Enforcement contractor", trust=tg.Trust.PARTNER):
    # The contractor's hosted PCN processing system: the council's record of each PCN.
    back_office = tm.add(
        tg.DataStore(
            "Parking enforcement back office",
            stores={pcn_record, camera_images, warden_notes},
        )
    )
    # Civil enforcement officers' handhelds that issue PCNs on street.
    handheld = tm.add(tg.Device("Enforcement officer handheld"))
    # Fixed CCTV enforcement cameras (bus lanes, school streets, loading bays).
    camera = tm.add(tg.Device("CCTV enforcement camera"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose multimodal model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted appeal assessment LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="DPIA and contract: no training on council data")},
        )
    )

with tm.boundary("GOV.UK Notify", trust=tg.Trust.PARTNER):
    # Government e-mail delivery service used by the council.
    notify = tm.add(tg.ExternalService("Notify e-mail service"))

# ---------------------------------------------------------------- flows
tm.flow(motorist, web_form, appeal, uploads, protocol="https")
tm.flow(web_form, motorist, acknowledgement, protocol="https")
tm.flow(web_form, back_office, pcn_lookup, protocol="https", label="checks PCN and registration")
tm.flow(back_office, web_form, pcn_record, protocol="https", label="PCN status")
tm.flow(web_form, evidence_store, appeal, uploads)

tm.flow(handheld, back_office, warden_notes, protocol="https")
tm.flow(camera, back_office, camera_images, protocol="https")

tm.flow(evidence_store, orchestrator, appeal, uploads)
tm.flow(orchestrator, back_office, pcn_lookup, protocol="https", label="evidence request")
tm.flow(
    back_office,
    orchestrator,
    pcn_record,
    camera_images,
    warden_notes,
    protocol="https",
    controls={c.Authentication(method="contractor API key")},
)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, recommendation, protocol="https")
tm.flow(orchestrator, case_records, recommendation)

tm.flow(case_records, casework, recommendation, decision)
tm.flow(evidence_store, casework, appeal, uploads, label="officer opens the evidence")
tm.flow(back_office, casework, camera_images, warden_notes, pcn_record, protocol="https")
tm.flow(
    casework,
    officer,
    recommendation,
    appeal,
    uploads,
    camera_images,
    warden_notes,
    protocol="https",
)
tm.flow(officer, casework, decision, protocol="https")
tm.flow(casework, case_records, decision)
tm.flow(casework, back_office, pcn_status, protocol="https", label="cancel or uphold the PCN")

tm.flow(casework, letters, decision)
tm.flow(letters, notify, decision_email, protocol="https")
tm.flow(notify, motorist, decision_email, protocol="smtp")
