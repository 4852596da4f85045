"""Bus lane camera contravention review: the first design, before any security review.

The city council's approved bus lane cameras record a clip and a plate read whenever a
vehicle enters a bus lane in its hours of operation, and upload them over the council's
private mobile network with per-camera certificates. An ingestion service in the
council data centre stores the clip as evidence and asks a classifier, supplied by the
enforcement software vendor and validated on a month of labelled clips before go-live,
to drop exempt vehicles (buses, licensed taxis, emergency vehicles, using the nightly
exemption list from licensing) and likely false triggers. Everything left goes to a
civil enforcement officer, who watches the clip in the case management system and
decides whether a penalty charge notice is issued; the keeper's details come from the
DVLA and the notice is printed and posted by a mailing house. Motorists sign in to a
web portal with the notice number and vehicle registration to watch the clip, make
representations, and escalate to the Traffic Penalty Tribunal.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Bus lane camera contravention review",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Bus lane camera clips filtered by a model, reviewed by an officer, and "
    "turned into penalty charge notices that motorists can view and challenge online.",
)

# ---------------------------------------------------------------- data assets
clip = tg.Data(
    "Bus lane clip",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Video and stills of the vehicle entering the lane, with time and location.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
plate_read = tg.Data(
    "Plate read and event metadata",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Registration, camera id, lane, timestamp and ANPR confidence.",
)
exemptions = tg.Data(
    "Exempt vehicle list",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Plates of licensed taxis, local bus fleets and emergency services.",
)
verdict = tg.Data(
    "Filter verdict",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Exempt, false trigger or needs review, with a confidence score.",
)
review_case = tg.Data(
    "Contravention case for review", sensitivity=tg.Sensitivity.PII, kind="records"
)
officer_decision = tg.Data("Officer decision", sensitivity=tg.Sensitivity.PII, kind="records")
keeper_query = tg.Data("Keeper enquiry", sensitivity=tg.Sensitivity.PII, kind="records")
keeper_details = tg.Data(
    "Registered keeper details", sensitivity=tg.Sensitivity.PII, kind="records"
)
pcn_records = tg.Data(
    "Penalty case records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Notices, keeper details, payments due, representations and outcomes.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
print_file = tg.Data("Penalty notice print file", sensitivity=tg.Sensitivity.PII, kind="documents")
pcn_letter = tg.Data("Penalty charge notice", sensitivity=tg.Sensitivity.PII, kind="documents")
view_request = tg.Data(
    "Notice look-up request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Notice number and vehicle registration.",
)
case_view = tg.Data("Notice details and clip", sensitivity=tg.Sensitivity.PII, kind="media")
representation = tg.Data(
    "Representation",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="The motorist's challenge, with any uploaded photos or documents.",
)
evidence_pack = tg.Data("Tribunal evidence pack", sensitivity=tg.Sensitivity.PII, kind="documents")
adjudication = tg.Data("Adjudication outcome", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The registered keeper or driver who received a notice.
    motorist = tm.add(tg.Actor("Motorist", role="registered keeper"))

with tm.boundary(
    "Roadside camera network",
    trust=tg.Trust.INTERNAL,
    description="Cameras on poles and street cabinets on the council's private APN.",
):
    # Approved enforcement cameras at each bus lane.
    cameras = tm.add(tg.Device("Bus lane cameras", fleet=True))

with tm.boundary("Council data centre", trust=tg.Trust.INTERNAL):
    # Receives uploads, stores evidence, runs the filter and opens review cases.
    ingestion = tm.add(tg.Service("Evidence ingestion service"))
    # Evidential store of every clip, kept for the life of the case.
    clip_store = tm.add(
        tg.DataStore(
            "Clip evidence store",
            stores={clip, plate_read},
            controls={
                c.EncryptionAtRest(key_management="SAN encryption with council HSM"),
                c.AuditLogging(),
            },
        )
    )
    # The vendor-supplied classifier that removes exempt vehicles and false triggers.
    filter_model = tm.add(
        tg.Model(
            "Exemption and false-trigger filter model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Supplied by the enforcement software vendor and run on our servers.",
            controls={c.ModelValidation(note="acceptance test on one month of labelled clips")},
        )
    )
    # Nightly export from the licensing system, plus bus operator and blue-light fleet lists.
    exemption_source = tm.add(
        tg.DataSource("Exemption list export", origin=tg.Origin.INTERNAL, provides={exemptions})
    )
    # The case management system officers work in; nothing is issued without an officer.
    case_mgmt = tm.add(
        tg.Service(
            "Penalty case management system",
            controls={
                c.HumanInTheLoop(approver="civil enforcement officer"),
                c.RBAC(),
                c.Contestability(note="statutory representations and Traffic Penalty Tribunal"),
            },
        )
    )
    # The system of record for notices and their outcomes.
    case_db = tm.add(
        tg.DataStore(
            "Penalty case database",
            stores={pcn_records},
            controls={c.EncryptionAtRest(key_management="SAN encryption with council HSM")},
        )
    )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Reviews each clip the model passes on and decides whether to issue.
    officer = tm.add(tg.Actor("Civil enforcement officer", role="enforcement officer"))

with tm.boundary("Council public web", trust=tg.Trust.INTERNAL):
    # Where motorists watch their clip and challenge the notice.
    portal = tm.add(
        tg.Endpoint(
            "Motorist evidence and appeals portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="notice number and vehicle registration"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )

with tm.boundary("DVLA", trust=tg.Trust.PARTNER):
    # Keeper at date of event enquiry, under the council's agreement with the DVLA.
    dvla = tm.add(
        tg.ExternalService("DVLA keeper enquiry", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Mailing house", trust=tg.Trust.PARTNER):
    # Contracted print and post supplier for statutory notices.
    mailing = tm.add(tg.ExternalService("Print and post supplier"))

with tm.boundary("Traffic Penalty Tribunal", trust=tg.Trust.PARTNER):
    # The independent adjudicator motorists can appeal to after a rejected representation.
    tribunal = tm.add(tg.ExternalService("Traffic Penalty Tribunal"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, ingestion, clip, plate_read, protocol="mtls")
tm.flow(ingestion, clip_store, clip, plate_read)
tm.flow(ingestion, filter_model, clip, plate_read)
tm.flow(exemption_source, filter_model, exemptions, label="nightly export")
tm.flow(filter_model, ingestion, verdict)
tm.flow(ingestion, case_mgmt, review_case, label="cases the filter did not drop")

tm.flow(clip_store, case_mgmt, clip)
tm.flow(case_mgmt, officer, review_case, clip, protocol="https")
tm.flow(officer, case_mgmt, officer_decision, protocol="https")
tm.flow(case_mgmt, case_db, pcn_records)
tm.flow(case_db, case_mgmt, pcn_records)

tm.flow(case_mgmt, dvla, keeper_query, protocol="https")
tm.flow(dvla, case_mgmt, keeper_details, protocol="https")
tm.flow(case_mgmt, mailing, print_file, protocol="sftp")
tm.flow(mailing, motorist, pcn_letter, label="printed letter by post")

tm.flow(motorist, portal, view_request, protocol="https")
tm.flow(portal, case_mgmt, view_request)
tm.flow(case_mgmt, portal, case_view)
tm.flow(portal, motorist, case_view, protocol="https")
tm.flow(motorist, portal, representation, protocol="https")
tm.flow(portal, case_mgmt, representation)

tm.flow(motorist, tribunal, representation, protocol="https", label="appeal")
tm.flow(case_mgmt, tribunal, evidence_pack, protocol="https")
tm.flow(tribunal, case_mgmt, adjudication, protocol="https")
