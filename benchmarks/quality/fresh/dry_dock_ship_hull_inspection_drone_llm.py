"""Dry-dock hull inspection assistant: the first design, before any security review.

When a ship sits in one of our dry docks, yard drone pilots fly survey drones
along the hull, and our hull surveyors walk the dock floor dictating voice notes
on rugged tablets. Both upload to a survey ingestion service in the yard data
centre. A report service runs our own hull defect detector on the images and an
open-weights speech-to-text model on the voice notes, pulls the vessel's earlier
class findings and thickness gaugings from the vessel records database, and asks
a hosted LLM (EU region, vendor contract reviewed) to write a draft hull condition
report. The classification society's surveyor reviews, edits and signs the draft
in a review portal reachable from the internet; the signed report is archived
back in the vessel records. The yard is in the EU and the voice notes are staff
recordings, so GDPR applies. Controls in this design: TLS on uploads and on the
portal, portal sign-in with TOTP, a vault for the LLM API key, role-based access
and audit logging on the vessel records, and the class surveyor's signature.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Dry-dock hull inspection assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Drafts hull condition reports from drone survey images and surveyors' "
        "voice notes for the classification surveyor to sign."
    ),
)

# ---------------------------------------------------------------- data assets
job_details = tg.Data(
    "Survey job details",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Vessel, dock, flight plan and the frame and strake ranges covered.",
)
hull_images = tg.Data(
    "Drone hull images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Geotagged stills and video of plating, welds, coating and appendages.",
)
voice_notes = tg.Data(
    "Surveyor voice notes",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Recordings of the yard surveyors' own voices, often naming crew and staff.",
)
transcripts = tg.Data("Voice note transcripts", kind="documents", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Hull defect detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Corrosion, pitting, coating breakdown and crack candidates with locations.",
)
vessel_history = tg.Data(
    "Vessel class history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Earlier class findings, conditions of class and ultrasonic thickness gaugings.",
)
drafting_prompt = tg.Data(
    "Report drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Report template, detections, transcripts and the vessel's class history.",
)
draft_text = tg.Data("LLM draft text", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
draft_report = tg.Data(
    "Draft hull condition report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
signed_report = tg.Data(
    "Signed hull condition report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
surveyor_edits = tg.Data(
    "Surveyor edits and sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Corrections to the draft and the signing surveyor's name and approval.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Dry dock", trust=tg.Trust.INTERNAL):
    # Yard staff who plan and fly each hull survey, then upload the footage.
    pilot = tm.add(tg.Actor("Drone pilot", role="yard drone pilot"))
    # The drones and their ground station; a small fleet shared between docks.
    drone = tm.add(
        tg.Device(
            "Survey drone",
            fleet=True,
            description="Camera drone; its ground station uploads the images after each flight.",
        )
    )
    # Yard hull surveyors who inspect alongside the drone and dictate findings.
    yard_surveyor = tm.add(tg.Actor("Yard hull surveyor", role="yard surveyor"))
    # Rugged tablets the surveyors dictate into on the dock floor.
    tablet = tm.add(tg.Device("Surveyor tablet", fleet=True))

with tm.boundary("Yard data centre", trust=tg.Trust.INTERNAL):
    # Receives images, voice notes and job details and files them per survey.
    ingestion = tm.add(tg.Service("Survey ingestion service"))
    # Raw survey media kept for the life of the repair job and after.
    media_store = tm.add(tg.DataStore("Survey media store", stores={hull_images, voice_notes}))
    # Our own vision model, trained on earlier yard surveys.
    detector = tm.add(
        tg.Model(
            "Hull defect detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Marks likely corrosion, pitting, coating breakdown and cracks.",
            controls={c.ModelVersioning()},
        )
    )
    # Open-weights speech recognition running on the yard's GPU server.
    stt = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Transcribes the surveyors' voice notes.",
        )
    )
    # Runs both models, gathers the vessel history and asks the LLM for a draft.
    report_service = tm.add(
        tg.Service(
            "Report drafting service",
            description="Assembles the drafting prompt and writes the draft report.",
            controls={c.SecretsManagement(note="LLM API key kept in the yard vault")},
        )
    )
    # The yard's existing system of record for each vessel it has repaired.
    vessel_db = tm.add(
        tg.DataStore(
            "Vessel records database",
            stores={vessel_history, signed_report},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Drafts waiting for review, with their edit history.
    draft_store = tm.add(tg.DataStore("Draft report store", stores={draft_report, surveyor_edits}))

    with tm.boundary("Yard DMZ", trust=tg.Trust.INTERNAL):
        # Web portal where the class surveyor reviews, edits and signs the draft.
        portal = tm.add(
            tg.Endpoint(
                "Class review portal",
                purpose=tg.EndpointPurpose.API,
                internet_facing=True,
                controls={
                    c.Authentication(method="yard-issued account, password and TOTP app code"),
                    c.HumanInTheLoop(
                        approver="the classification society surveyor signs each report"
                    ),
                },
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model in the vendor's EU region.
    llm = tm.add(
        tg.LLM(
            "Report drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, EU region, no training on our data")},
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The classification society's surveyor, working from their own laptop.
    class_surveyor = tm.add(tg.Actor("Classification surveyor", role="class society surveyor"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(pilot, ingestion, job_details, protocol="https")
tm.flow(drone, ingestion, hull_images, protocol="https", label="ground station upload")
tm.flow(yard_surveyor, tablet, voice_notes, label="dictated on the dock floor")
tm.flow(tablet, ingestion, voice_notes, protocol="https", label="yard Wi-Fi upload")
tm.flow(ingestion, media_store, hull_images, voice_notes)

tm.flow(media_store, report_service, hull_images, voice_notes)
tm.flow(report_service, detector, hull_images)
tm.flow(detector, report_service, detections)
tm.flow(report_service, stt, voice_notes)
tm.flow(stt, report_service, transcripts)
tm.flow(vessel_db, report_service, vessel_history)
tm.flow(report_service, llm, drafting_prompt, protocol="https", controls={tls})
tm.flow(llm, report_service, draft_text, protocol="https", controls={tls})
tm.flow(report_service, draft_store, draft_report)

tm.flow(draft_store, portal, draft_report)
tm.flow(portal, draft_store, surveyor_edits)
tm.flow(portal, yard_surveyor, draft_report, protocol="https")
tm.flow(yard_surveyor, portal, surveyor_edits, protocol="https")
tm.flow(portal, class_surveyor, draft_report, protocol="https", controls={tls})
tm.flow(class_surveyor, portal, surveyor_edits, protocol="https", controls={tls})
tm.flow(portal, vessel_db, signed_report, label="archive signed report")
tm.flow(portal, class_surveyor, signed_report, protocol="https", controls={tls})
