"""City bike lane obstruction reports: the first design.

Residents of the city report vehicles blocking bike lanes from the city's mobile
app, with one or more photos and the phone's location. A report API on the
transport department's cloud account stores the photos and the report, and a
triage service checks the location against the city's bike lane map, then sends
the photos to a vision LLM from a hosted vendor, which judges whether a lane is
really obstructed and reads the number plate. Valid reports go to the parking
enforcement case system, where an officer reviews the photos and plate, looks up
the registered keeper with the national vehicle register and decides whether to
issue a penalty notice; residents get status updates by push notification.
Residents sign in with a city account, the API limits request rates and checks
uploads, photos are encrypted at rest, and officers sign in with the city's SSO.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "City bike lane obstruction reports",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Resident photo reports of blocked bike lanes, checked by a vision LLM that reads "
        "number plates and routes valid cases to parking enforcement."
    ),
)

# ---------------------------------------------------------------- data assets
report = tg.Data(
    "Obstruction report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Reporter account id, GPS location, time, free-text comment.",
)
photos = tg.Data(
    "Report photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Photos of the vehicle; show number plates, faces and EXIF location.",
)
lane_map = tg.Data("Bike lane map", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
vision_prompt = tg.Data(
    "Vision check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the photos and the report comment.",
)
verdict = tg.Data(
    "Obstruction verdict and plate",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Valid or not, reason, vehicle type and the plate as read.",
)
case = tg.Data(
    "Enforcement case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
keeper_query = tg.Data("Keeper lookup request", kind="records", sensitivity=tg.Sensitivity.PII)
keeper = tg.Data(
    "Registered keeper details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
decision = tg.Data("Officer decision", kind="records", sensitivity=tg.Sensitivity.PII)
status = tg.Data("Report status update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
credentials = tg.Data("Resident sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can create a city account and file reports, including spiteful neighbours.
    resident = tm.add(tg.Actor("Resident", role="reporter"))

with tm.boundary("Vision LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that checks the photo and reads the plate.
    vision_llm = tm.add(
        tg.LLM(
            "Vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Hosted multimodal model; its verdict decides what officers see.",
        )
    )

with tm.boundary("National vehicle register", trust=tg.Trust.PARTNER):
    # Keeper lookup the council is authorised to use for parking enforcement.
    vehicle_register = tm.add(
        tg.ExternalService("Vehicle keeper lookup", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Mobile push notification service used by the city app.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Transport department cloud", trust=tg.Trust.INTERNAL):
    # Public API the app talks to.
    report_api = tm.add(
        tg.Endpoint(
            "Report API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="city account, e-mail and password"),
                tg.controls.RateLimiting(requests_per_minute=10),
                tg.controls.InputValidation(note="image type and size checks on upload"),
            },
        )
    )
    # Object storage bucket for the uploaded photos.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Report records and their status.
    report_db = tm.add(tg.DataStore("Report database", stores={report, verdict}))
    # Checks location, calls the vision LLM and routes valid reports.
    triage = tm.add(
        tg.Service(
            "Triage service",
            description="Location check against the lane map, LLM check, routing rules.",
        )
    )
    # The GIS team's bike lane layer.
    gis = tm.add(
        tg.DataSource("Bike lane GIS layer", origin=tg.Origin.INTERNAL, provides={lane_map})
    )

with tm.boundary("Parking enforcement systems", trust=tg.Trust.INTERNAL):
    # Existing case management system for parking contraventions.
    case_system = tm.add(
        tg.Service(
            "Enforcement case system",
            controls={
                tg.controls.Authentication(method="city SSO"),
                tg.controls.HumanInTheLoop(approver="a parking enforcement officer"),
            },
        )
    )
    # Cases, evidence photos and keeper details for each contravention.
    case_store = tm.add(tg.DataStore("Case database", stores={case, keeper, photos}))
    # Reviews valid reports and decides on penalty notices.
    officer = tm.add(tg.Actor("Parking enforcement officer", role="enforcement officer"))

# ---------------------------------------------------------------- flows
# Reporting.
tm.flow(resident, report_api, credentials, report, photos, protocol="https")
tm.flow(report_api, resident, status, protocol="https", label="report receipt")
tm.flow(report_api, photo_store, photos)
tm.flow(report_api, report_db, report)

# Triage.
tm.flow(report_db, triage, report, label="new reports")
tm.flow(gis, triage, lane_map)
tm.flow(photo_store, triage, photos)
tm.flow(triage, vision_llm, vision_prompt, protocol="https")
tm.flow(vision_llm, triage, verdict, protocol="https")
tm.flow(triage, report_db, verdict, status)
tm.flow(triage, case_system, case, photos, protocol="https", label="valid reports")

# Enforcement.
tm.flow(case_system, case_store, case, photos, keeper)
tm.flow(case_store, case_system, case, photos, keeper)
tm.flow(case_system, officer, case, photos, protocol="https")
tm.flow(officer, case_system, decision, protocol="https")
tm.flow(case_system, vehicle_register, keeper_query, protocol="https")
tm.flow(vehicle_register, case_system, keeper, protocol="https")
tm.flow(case_system, triage, decision, status, protocol="https", label="case outcome")

# Status back to the resident.
tm.flow(triage, push, status, protocol="https")
tm.flow(push, resident, status, protocol="https")
