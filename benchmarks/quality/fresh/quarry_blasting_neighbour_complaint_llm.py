"""Quarry blasting complaint reply assistant: the first design, before any security review.

A limestone quarry operator in the UK gets complaints from neighbours after blasts:
shaking, noise, dust, new cracks in walls. Neighbours use a web form on the company
site (with optional photos), or phone the community liaison officer (CLO), who logs
the call. A drafting service in the company's cloud tenant picks up each complaint,
finds the blasts near the time reported in the blast log the shotfirer keeps, fetches
the ground vibration and air overpressure events of the nearest monitors from the
monitoring vendor's portal, and sends them with the planning conditions and reply
guidance to a hosted LLM, which drafts a reply. The CLO reads and edits every draft
in the liaison web app and sends it by e-mail; nothing is sent automatically.
Controls: Entra ID sign-in with MFA and roles on the liaison app, form field checks,
encryption at rest of the complaint register, version history on the blast log, and
a vetted LLM vendor under enterprise terms (no training on prompts).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Quarry blasting complaint reply assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drafts replies to neighbours' blasting complaints from blast and vibration records.",
)

# ---------------------------------------------------------------- data assets
complaint = tg.Data(
    "Neighbour complaint",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, phone, e-mail, time of the event and the complaint text.",
)
crack_photos = tg.Data(
    "Property damage photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of cracks or damage neighbours attach to the form.",
)
phone_notes = tg.Data(
    "Phone complaint notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="What the CLO types while a neighbour is on the phone.",
)
complaint_record = tg.Data(
    "Complaint record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Register entry: complainant, property, reported time, text, status.",
)
blast_records = tg.Data(
    "Blast records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Shot time, bench, maximum instantaneous charge, blast design, shotfirer.",
)
vibration_readings = tg.Data(
    "Vibration and overpressure readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per monitor event: time, peak particle velocity, frequency, air overpressure.",
)
readings_query = tg.Data(
    "Monitor event query",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Monitor ids and a time window around the reported event.",
)
guidance = tg.Data(
    "Planning conditions and reply guidance",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Vibration limits from the planning permission, tone rules, reply templates.",
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Guidance, the complaint text, matching blasts and monitor readings.",
)
draft = tg.Data("Draft reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
final_reply = tg.Data(
    "Sent reply",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The reply as the CLO edited and sent it.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # People living near the quarry who report blasts.
    neighbour = tm.add(tg.Actor("Neighbour", role="member of the public"))

with tm.boundary("Monitoring locations", trust=tg.Trust.UNTRUSTED):
    # Seismographs outdoors at neighbouring properties and the quarry boundary.
    monitors = tm.add(
        tg.Device(
            "Vibration monitors",
            fleet=True,
            description="Eight seismographs with microphones; upload each event over 4G.",
        )
    )

with tm.boundary("Monitoring vendor", trust=tg.Trust.PARTNER):
    # The seismograph vendor's cloud, where the monitors' events end up.
    vendor_portal = tm.add(
        tg.ExternalService(
            "Monitoring vendor portal",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Hosted event database with a REST API, read with an API key.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the drafts.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's enterprise API.",
            controls={
                c.SupplierAssessment(
                    note="enterprise terms: UK/EU data residency, no training on prompts"
                )
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # The company's hosted mail service, from the CLO's mailbox.
    mail = tm.add(tg.ExternalService("Mail service"))

with tm.boundary("Quarry office", trust=tg.Trust.INTERNAL):
    # Reviews, edits and sends every reply; also logs phoned-in complaints.
    clo = tm.add(tg.Actor("Community liaison officer", role="community liaison officer"))
    # Records each blast in the blast log.
    shotfirer = tm.add(tg.Actor("Shotfirer", role="shotfirer"))

with tm.boundary("Company cloud tenant", trust=tg.Trust.INTERNAL):
    # Public web form where neighbours report a blast.
    complaint_form = tm.add(
        tg.Endpoint(
            "Complaint web form",
            purpose=tg.EndpointPurpose.API,
            description="Form on the company website; posts into the complaint register.",
            controls={
                c.InputValidation(
                    note="field types and lengths checked; photos limited to JPEG, 10 MB each"
                )
            },
        )
    )
    # All complaints, however they came in.
    register = tm.add(
        tg.DataStore(
            "Complaint register",
            stores={complaint_record, crack_photos},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # The statutory record of every blast.
    blast_log = tm.add(
        tg.DataStore(
            "Blast log",
            stores={blast_records},
            description="SharePoint list the shotfirer fills in after each shot.",
            controls={c.DataVersioning(note="SharePoint version history")},
        )
    )
    # What the drafts must respect: limits, tone, templates.
    guidance_store = tm.add(
        tg.DataStore(
            "Reply guidance library",
            stores={guidance},
            description="Documents kept by the CLO and the quarry manager.",
        )
    )
    # Gathers the evidence for a complaint and asks the LLM for a draft.
    drafter = tm.add(
        tg.Service(
            "Reply drafting service",
            description="Fixed steps: look up blasts and readings, build the prompt, call the LLM.",
        )
    )
    # Drafts waiting for review, and what was finally sent.
    drafts = tm.add(tg.DataStore("Draft and reply store", stores={draft, final_reply}))
    # Where the CLO works through the queue.
    liaison_app = tm.add(
        tg.Endpoint(
            "Liaison web app",
            purpose=tg.EndpointPurpose.API,
            description="Complaint queue, evidence view, draft editor and send button.",
            controls={
                c.Authentication(method="Microsoft Entra ID single sign-on with MFA"),
                c.RBAC(note="only the CLO and the quarry manager have the liaison role"),
                c.HumanInTheLoop(
                    approver="the community liaison officer, who reads, edits and sends every reply"
                ),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Complaints coming in
tm.flow(neighbour, complaint_form, complaint, crack_photos, protocol="https")
tm.flow(complaint_form, register, complaint_record, crack_photos)
tm.flow(neighbour, clo, phone_notes, protocol="phone", label="phones the CLO")
tm.flow(clo, liaison_app, phone_notes, final_reply, protocol="https")
tm.flow(liaison_app, register, complaint_record, label="phoned-in complaints and status")
tm.flow(register, liaison_app, complaint_record, crack_photos)

# Evidence
tm.flow(shotfirer, blast_log, blast_records, protocol="https")
tm.flow(monitors, vendor_portal, vibration_readings, protocol="https", label="4G upload")
tm.flow(register, drafter, complaint_record, label="new complaints")
tm.flow(blast_log, drafter, blast_records)
tm.flow(drafter, vendor_portal, readings_query, protocol="https")
tm.flow(vendor_portal, drafter, vibration_readings, protocol="https")
tm.flow(guidance_store, drafter, guidance)

# Drafting
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, drafts, draft, vibration_readings, blast_records)

# Review and sending
tm.flow(drafts, liaison_app, draft, vibration_readings, blast_records)
tm.flow(liaison_app, drafts, final_reply)
tm.flow(
    liaison_app, clo, draft, complaint_record, vibration_readings, blast_records, protocol="https"
)
tm.flow(liaison_app, mail, final_reply, protocol="https", label="sent from the CLO's mailbox")
tm.flow(mail, neighbour, final_reply, protocol="smtp")
