"""Pilot boarding ladder vision check: the first design, before any security review.

The port authority (an EU port) fits each pilot boat with a camera that films the
pilot ladder a ship has rigged, while the boat comes alongside and before the pilot
climbs. An edge unit in the wheelhouse runs a vendor-supplied vision model that checks
the rigging (step spacing, spreaders, man-ropes, height above water) against the
safety rules, and warns the coxswain and pilot on the wheelhouse display when it looks
unsafe. Over the boat's 4G link the unit gets the pilotage job from the port's
pilotage system and sends back the images and the result, which the pilotage system
stores and e-mails to the ship's agent. A reporting service counts repeated unsafe
ladders per ship; the pilot station duty officer approves each report before it is
filed on the maritime safety agency's portal. The camera and model vendor pushes model
updates and collects device health logs over the same 4G link. The pilotage system uses
port SSO with role-based access; links over 4G use HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pilot boarding ladder vision check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Edge vision check of pilot ladders before boarding, with reporting to "
    "the pilotage system, ship's agents and the maritime safety agency.",
)

# ---------------------------------------------------------------- data assets
ladder_scene = tg.Data(
    "Rigged pilot ladder",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The ship's side and ladder as filmed; ship's crew on deck can be in view.",
)
ladder_video = tg.Data("Ladder video frames", kind="media", sensitivity=tg.Sensitivity.PII)
assessment = tg.Data(
    "Ladder assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Safe or unsafe, the rules that failed, and a confidence per rule.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
warning = tg.Data("Unsafe ladder warning", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
acknowledgement = tg.Data(
    "Crew acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
job = tg.Data(
    "Pilotage job",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Ship name, IMO number, boarding time and the pilot's name.",
)
inspection = tg.Data(
    "Ladder inspection record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Job, key images and the assessment for one boarding.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
agent_report = tg.Data(
    "Ladder report to ship's agent", kind="documents", sensitivity=tg.Sensitivity.PII
)
history = tg.Data(
    "Ladder inspection history per ship", kind="records", sensitivity=tg.Sensitivity.PII
)
draft_report = tg.Data(
    "Draft unsafe ladder report", kind="documents", sensitivity=tg.Sensitivity.PII
)
report_approval = tg.Data("Report approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
agency_report = tg.Data(
    "Unsafe ladder report to agency", kind="documents", sensitivity=tg.Sensitivity.PII
)
model_update = tg.Data(
    "Ladder model update package",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    description="New model weights and rule thresholds from the vendor.",
)
health_logs = tg.Data("Edge unit health logs", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Visiting ship", trust=tg.Trust.UNTRUSTED):
    # The ship's crew rig the ladder the camera films: the input comes from them.
    ship_crew = tm.add(tg.Actor("Ship's crew", role="rigs the pilot ladder"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The ship's agent receives the result of each boarding by e-mail.
    ship_agent = tm.add(tg.Actor("Ship's agent", role="shipping agent"))

with tm.boundary(
    "Pilot boat", trust=tg.Trust.INTERNAL, description="On board, linked ashore over 4G."
):
    # Films the ladder from the boat as it comes alongside.
    camera = tm.add(
        tg.Device(
            "Ladder camera",
            fleet=True,
            description="Ruggedised camera on the boat's wheelhouse roof, one per boat.",
        )
    )
    # Runs the model and drives the wheelhouse warning; talks to shore over 4G.
    edge_unit = tm.add(
        tg.Service(
            "Wheelhouse edge unit",
            description="Vendor edge box: runs the model, shows the result, uploads it.",
        )
    )
    # Decides whether the ladder looks safe to climb.
    ladder_model = tm.add(
        tg.Model(
            "Ladder rigging model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Vendor-trained detector of ladder rigging faults, run on the edge unit.",
            controls={c.ModelValidation(note="vendor's acceptance test on port sample footage")},
        )
    )
    # The coxswain and the pilot act on the warning before the pilot climbs.
    boat_crew = tm.add(tg.Actor("Boat crew and pilot", role="coxswain and pilot"))

with tm.boundary("Port authority network", trust=tg.Trust.INTERNAL):
    # The port's existing system for pilot jobs; receives and keeps the inspections.
    pilotage = tm.add(
        tg.Service(
            "Pilotage system",
            controls={
                c.Authentication(method="port SSO"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Where inspection records and images are kept.
    inspection_db = tm.add(
        tg.DataStore(
            "Ladder inspection store",
            stores={inspection},
            controls={c.EncryptionAtRest(key_management="database-managed keys")},
        )
    )
    # Counts unsafe results per ship and drafts reports to the agency.
    reporting = tm.add(
        tg.Service(
            "Unsafe ladder reporting service",
            controls={c.HumanInTheLoop(approver="pilot station duty officer")},
        )
    )
    # Reviews and approves each agency report.
    duty_officer = tm.add(tg.Actor("Pilot station duty officer", role="duty officer"))

with tm.boundary("Maritime safety agency", trust=tg.Trust.PARTNER):
    # The regulator's reporting portal for unsafe pilot transfer arrangements.
    agency = tm.add(tg.ExternalService("Maritime safety agency portal"))

with tm.boundary("Camera vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor ships model updates and watches device health.
    vendor = tm.add(
        tg.ExternalService(
            "Vendor device management service",
            description="Pushes model updates to the edge units and collects their health logs.",
            controls={c.SupplierAssessment(note="port procurement security questionnaire")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(ship_crew, camera, ladder_scene, label="filmed alongside")
tm.flow(camera, edge_unit, ladder_video, protocol="rtsp", label="boat LAN")
tm.flow(edge_unit, ladder_model, ladder_video)
tm.flow(ladder_model, edge_unit, assessment)
tm.flow(edge_unit, boat_crew, warning, label="wheelhouse display and buzzer")
tm.flow(boat_crew, edge_unit, acknowledgement, label="acknowledges or overrides")

tm.flow(pilotage, edge_unit, job, protocol="https", label="over 4G")
tm.flow(
    edge_unit,
    pilotage,
    inspection,
    protocol="https",
    label="over 4G",
    controls={c.Authentication(method="per-boat API key")},
)
tm.flow(pilotage, inspection_db, inspection)
tm.flow(inspection_db, pilotage, inspection)
tm.flow(pilotage, ship_agent, agent_report, protocol="smtp+starttls", label="e-mail per boarding")

tm.flow(inspection_db, reporting, history)
tm.flow(reporting, duty_officer, draft_report, protocol="https")
tm.flow(duty_officer, reporting, report_approval, protocol="https")
tm.flow(reporting, agency, agency_report, protocol="https", label="portal upload")

tm.flow(vendor, edge_unit, model_update, protocol="https", label="over 4G")
tm.flow(edge_unit, vendor, health_logs, protocol="https", label="over 4G")
