"""Recycling centre van permit plate check: the first design, before any security review.

Residents who bring a van or pick-up to the council's household waste recycling
centres need a free van permit, applied for on the council website with the vehicle
logbook and proof of address and approved by a permits officer. At each site an
ANPR camera on the entrance lane streams video to an edge box in the site cabin,
where a plate-reading model (an open-weights detector and OCR model, updated by the
camera supplier) reads the plate. The plate check service looks the plate up in the
council's permit API, shows the result (permit valid, visits left, or no permit) on
the gate operative's tablet, and records the visit. The model only advises: the
operative decides whether to let the van in or refuse entry. Controls in this design:
a per-site API key on the permit API, resident accounts and back-office roles on the
portal, encryption of the permit database, a 30-day limit on visit images and TLS
between site and council. The supplier maintains the edge box over SSH.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Recycling centre van permit plate check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="ANPR at recycling centre entrances checks vans against resident van permits.",
)

# ---------------------------------------------------------------- data assets
lane_video = tg.Data(
    "Entrance lane video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Frames of the vehicle, its number plate and often the driver in the cab.",
)
plate_read = tg.Data(
    "Plate read",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Registration as read, with the model's confidence and a plate crop.",
)
plate_lookup = tg.Data("Permit lookup by plate", kind="records", sensitivity=tg.Sensitivity.PII)
permit_records = tg.Data(
    "Van permit records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Resident name and address, registration, vehicle type, expiry and visits used.",
)
permit_status = tg.Data(
    "Permit status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Valid, expired, no visits left or no permit, with the permit holder's name.",
)
check_result = tg.Data(
    "Permit check result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plate crop, registration read and permit status shown to the operative.",
)
entry_decision = tg.Data(
    "Operative entry decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
visit_records = tg.Data(
    "Visit records",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Time, site, registration, plate image, permit status and the operative's decision.",
)
application = tg.Data(
    "Van permit application",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Applicant details, vehicle registration, a photo of the logbook (V5C) and proof of address.",
)
application_decision = tg.Data("Permit application decision", kind="records")
model_update = tg.Data(
    "Plate model update",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
maintenance = tg.Data(
    "Remote maintenance session",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Supplier engineer's shell on the edge box for fixes and configuration.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public road and entrance lane", trust=tg.Trust.UNTRUSTED):
    # Whoever drives a van up to the entrance: permit holder or not.
    driver = tm.add(tg.Actor("Van driver", role="site visitor"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents applying for a van permit online.
    resident = tm.add(tg.Actor("Resident applicant", role="resident"))

with tm.boundary("Recycling centre site network", trust=tg.Trust.INTERNAL):
    # One camera per entrance lane, looking at the front plate.
    camera = tm.add(tg.Device("Entrance ANPR camera", fleet=True))
    # Runs on the edge box in the site cabin; glues camera, model, permit API and tablet.
    plate_check = tm.add(
        tg.Service(
            "Plate check service",
            description="Looks up each plate read and shows the result to the gate operative.",
            controls={
                c.HumanInTheLoop(
                    approver="gate operative",
                    note="the operative decides whether to refuse entry; nothing is refused automatically",
                )
            },
        )
    )
    # Finds the plate in a frame and reads the characters.
    plate_model = tm.add(
        tg.Model(
            "Plate reading model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Open-weights plate detector and OCR, fine-tuned on UK plates by the camera supplier.",
        )
    )
    # Local record of visits, also used to count permit visits.
    visit_log = tm.add(
        tg.DataStore(
            "Site visit log",
            stores={visit_records},
            controls={c.RetentionLimits(days=30, note="plate images deleted after 30 days")},
        )
    )
    # The operative's handheld at the gate showing each check result.
    tablet = tm.add(tg.Device("Gate operative tablet", fleet=True))
    # Council site staff who wave vans in or turn them away.
    operative = tm.add(tg.Actor("Gate operative", role="site staff"))

with tm.boundary("Council data centre", trust=tg.Trust.INTERNAL):
    # Answers plate lookups from the sites and records visits against permits.
    permit_api = tm.add(
        tg.Endpoint(
            "Permit lookup API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-site API key")},
        )
    )
    # The council's system of record for van permits.
    permit_db = tm.add(
        tg.DataStore(
            "Van permit database",
            stores={permit_records, application},
            controls={c.EncryptionAtRest(key_management="council SAN encryption")},
        )
    )
    # Resident-facing application form plus the back-office screens.
    portal = tm.add(
        tg.Service(
            "Van permit portal",
            internet_facing=True,
            controls={
                c.Authentication(method="council resident account, e-mail and password"),
                c.RBAC(note="back-office roles for the waste permits team"),
            },
        )
    )
    # Checks applications and approves or rejects them.
    officer = tm.add(tg.Actor("Permits officer", role="waste services staff"))

with tm.boundary("Camera supplier", trust=tg.Trust.PARTNER):
    # Supplies cameras and the model, and maintains the edge box remotely.
    supplier = tm.add(tg.ExternalService("Camera supplier remote support"))

# ---------------------------------------------------------------- flows
# at the gate
tm.flow(driver, camera, lane_video, label="drives into the entrance lane")
tm.flow(camera, plate_check, lane_video, protocol="rtsp")
tm.flow(plate_check, plate_model, lane_video)
tm.flow(plate_model, plate_check, plate_read)
tm.flow(plate_check, permit_api, plate_lookup, protocol="https")
tm.flow(permit_db, permit_api, permit_records, label="permit lookup")
tm.flow(permit_api, plate_check, permit_status, protocol="https")
tm.flow(plate_check, tablet, check_result, protocol="https")
tm.flow(tablet, operative, check_result, label="shown on the touchscreen")
tm.flow(operative, tablet, entry_decision, label="admit or refuse on the touchscreen")
tm.flow(tablet, plate_check, entry_decision, protocol="https")
tm.flow(plate_check, visit_log, visit_records)
tm.flow(plate_check, permit_api, visit_records, protocol="https", label="record visit")
tm.flow(permit_api, permit_db, visit_records, label="count visit against permit")

# permit applications
tm.flow(resident, portal, application, protocol="https")
tm.flow(portal, permit_db, application, permit_records)
tm.flow(permit_db, portal, application, permit_records)
tm.flow(portal, officer, application, protocol="https")
tm.flow(officer, portal, application_decision, protocol="https")
tm.flow(portal, resident, application_decision, protocol="smtp", label="decision e-mail")

# supplier
tm.flow(supplier, plate_model, model_update, protocol="https", label="quarterly model update")
tm.flow(supplier, plate_check, maintenance, protocol="ssh")
