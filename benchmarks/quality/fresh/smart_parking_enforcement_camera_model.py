"""Smart parking enforcement: vehicle-mounted cameras, plate reading and PCNs.

A UK city council fits roof cameras to its civil enforcement cars. An edge unit
in each car runs the camera vendor's ANPR model on the video and uploads an
evidence pack (clip, stills, plate read, GPS and time) over 4G, with per-unit
device certificates, to an upload API in the council's cloud tenancy. A
processing service checks each read against the traffic restrictions map, the
permit database and the cashless parking provider's paid sessions, and runs the
vendor's contravention model on the clip. Candidate contraventions wait in the
case management system until a civil enforcement officer reviews the evidence;
only then is the keeper looked up at the DVLA and a penalty charge notice
posted. Motorists see the evidence and make representations on a public portal
with their PCN number and plate. Officers sign in with council SSO and MFA;
both stores are encrypted at rest; models are updated over the air by the vendor.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Smart parking enforcement cameras",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Vehicle-mounted cameras read plates and detect parking contraventions; "
        "penalty charge notices are issued after officer review."
    ),
)

# ---------------------------------------------------------------- data assets
street_view = tg.Data(
    "Parked vehicle and number plate",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="What the roof camera sees: vehicles, plates, passers-by.",
)
frames = tg.Data("Camera frames", kind="media", sensitivity=tg.Sensitivity.PII)
plate_reads = tg.Data(
    "Plate reads",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Registration mark, read confidence, time and GPS position.",
)
evidence = tg.Data(
    "Evidence pack",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Video clip, stills, plate read, GPS track and time of the observation.",
)
assessment = tg.Data(
    "Contravention assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Contravention code, stationary time and confidence for the clip.",
)
restrictions = tg.Data("Parking restrictions", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
permit_query = tg.Data("Permit query", kind="records", sensitivity=tg.Sensitivity.PII)
permit_status = tg.Data(
    "Permit and exemption status", kind="records", sensitivity=tg.Sensitivity.PII
)
session_query = tg.Data("Paid session query", kind="records", sensitivity=tg.Sensitivity.PII)
paid_sessions = tg.Data("Paid parking sessions", kind="records", sensitivity=tg.Sensitivity.PII)
candidate = tg.Data(
    "Candidate contravention",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plate, place, time, contravention code, checks done and evidence links.",
)
case = tg.Data(
    "PCN case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review = tg.Data("Officer review decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
keeper_query = tg.Data("Keeper enquiry", kind="records", sensitivity=tg.Sensitivity.PII)
keeper = tg.Data("Registered keeper details", kind="records", sensitivity=tg.Sensitivity.PII)
pcn = tg.Data("Penalty charge notice", kind="documents", sensitivity=tg.Sensitivity.PII)
portal_sign_in = tg.Data(
    "PCN number and registration mark", kind="records", sensitivity=tg.Sensitivity.PII
)
representation = tg.Data(
    "Representation and supporting documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The motorist's challenge, with uploaded photos, permits and receipts.",
)
pcn_details = tg.Data(
    "PCN details and evidence images", kind="media", sensitivity=tg.Sensitivity.PII
)
model_update = tg.Data(
    "Vendor model package", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # The driver or keeper of a vehicle parked on a street the cars patrol.
    motorist = tm.add(tg.Actor("Motorist", role="member of the public"))

with tm.boundary("Camera vendor", trust=tg.Trust.PARTNER):
    # Vendor's service that ships new ANPR and contravention model versions.
    vendor_updates = tm.add(
        tg.ExternalService(
            "Vendor model update service",
            provides=tg.ExternalCategory.MODEL_HUB,
            controls=[
                tg.controls.SupplierAssessment(note="vendor vetted in the council's procurement")
            ],
        )
    )

with tm.boundary("Cashless parking provider", trust=tg.Trust.PARTNER):
    # Pay-by-phone operator: tells us which plates have paid for which zone and time.
    cashless = tm.add(
        tg.ExternalService(
            "Cashless parking provider API", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("DVLA", trust=tg.Trust.PARTNER):
    # Registered keeper enquiry service for councils enforcing parking.
    dvla = tm.add(
        tg.ExternalService(
            "DVLA keeper enquiry service", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("Enforcement vehicle fleet", trust=tg.Trust.INTERNAL):
    # Roof camera, GPS and edge computer in each civil enforcement car.
    camera = tm.add(
        tg.Device(
            "Enforcement camera unit",
            fleet=True,
            description="Records while the car patrols; uploads evidence packs over 4G.",
        )
    )
    # Reads registration marks from the video on the edge computer.
    anpr = tm.add(
        tg.Model(
            "Onboard ANPR model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Vendor-trained weights licensed to the council; a misread fines the wrong keeper.",
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives evidence packs from the camera units.
    upload_api = tm.add(
        tg.Endpoint(
            "Evidence upload API",
            purpose=tg.EndpointPurpose.API,
            controls=[
                tg.controls.Authentication(method="per-camera-unit X.509 device certificates")
            ],
        )
    )
    # Blob storage for clips and stills, kept as evidence for the PCN and any appeal.
    evidence_store = tm.add(
        tg.DataStore(
            "Evidence store",
            stores={evidence},
            controls=[tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")],
        )
    )
    # Decides whether a plate read is a contravention: restrictions, permits, payments, model.
    processor = tm.add(tg.Service("Contravention processing service"))
    # Vendor model that judges from the clip whether the vehicle was parked in breach.
    contravention_model = tm.add(
        tg.Model(
            "Contravention detection model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            returns_scores=True,
            description="Vendor-trained; classifies stationary vehicles against the restriction.",
        )
    )
    # Digitised traffic regulation orders: yellow lines, bays, zones and hours.
    restrictions_map = tm.add(tg.DataStore("Traffic restrictions map", stores={restrictions}))
    # Resident, business and blue badge permits and dispensations by plate.
    permits_db = tm.add(tg.DataStore("Permit database", stores={permit_status}))
    # Review queue, PCN issue, representations and payments tracking.
    case_system = tm.add(
        tg.Service(
            "Case management system",
            controls=[
                tg.controls.Authentication(method="council Entra ID single sign-on with MFA"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(),
                tg.controls.HumanInTheLoop(
                    approver="a civil enforcement officer",
                    note="every candidate is reviewed against the evidence before a PCN is issued",
                ),
                tg.controls.Contestability(
                    note="statutory representations, then appeal to the independent adjudicator"
                ),
            ],
        )
    )
    # System of record for PCN cases and keeper details.
    case_db = tm.add(
        tg.DataStore(
            "PCN case database",
            stores={case, keeper},
            controls=[tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")],
        )
    )
    # Public site where motorists view evidence and challenge a PCN.
    portal = tm.add(
        tg.Endpoint(
            "Motorist PCN portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls=[
                tg.controls.Authentication(method="PCN number and vehicle registration mark")
            ],
        )
    )

with tm.boundary("Council offices", trust=tg.Trust.INTERNAL):
    # Reviews candidate contraventions and representations.
    officer = tm.add(tg.Actor("Civil enforcement officer", role="enforcement reviewer"))

# ---------------------------------------------------------------- flows
tm.flow(motorist, camera, street_view, label="seen by the roof camera as the car passes")
tm.flow(camera, anpr, frames, protocol="local")
tm.flow(anpr, camera, plate_reads, protocol="local")
tm.flow(camera, upload_api, evidence, plate_reads, protocol="mtls", label="4G upload")
tm.flow(upload_api, evidence_store, evidence)
tm.flow(upload_api, processor, plate_reads, protocol="https")

tm.flow(evidence_store, processor, evidence)
tm.flow(processor, contravention_model, evidence, protocol="grpc")
tm.flow(contravention_model, processor, assessment, protocol="grpc")
tm.flow(restrictions_map, processor, restrictions)
tm.flow(processor, permits_db, permit_query)
tm.flow(permits_db, processor, permit_status)
tm.flow(processor, cashless, session_query, protocol="https")
tm.flow(cashless, processor, paid_sessions, protocol="https")
tm.flow(processor, case_system, candidate, protocol="https")

tm.flow(evidence_store, case_system, evidence)
tm.flow(case_system, case_db, case, keeper)
tm.flow(case_db, case_system, case, keeper)
tm.flow(case_system, officer, candidate, evidence, case, representation, protocol="https")
tm.flow(officer, case_system, review, protocol="https", label="approve or reject")
tm.flow(case_system, dvla, keeper_query, protocol="https")
tm.flow(dvla, case_system, keeper, protocol="https")
tm.flow(case_system, motorist, pcn, label="printed notice posted to the keeper")

tm.flow(motorist, portal, portal_sign_in, representation, protocol="https")
tm.flow(portal, motorist, pcn_details, protocol="https")
tm.flow(portal, case_system, portal_sign_in, representation, protocol="https")
tm.flow(case_system, portal, pcn_details, protocol="https")

tm.flow(vendor_updates, anpr, model_update, protocol="https", label="over-the-air model update")
tm.flow(vendor_updates, contravention_model, model_update, protocol="https", label="model release")
