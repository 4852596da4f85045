"""Bike lane obstruction report triage: the first design, before any security review.

Residents use the city's street-reporting app to report a blocked bike lane: a
short free-text description, the GPS location and one or more photos (often
showing a parked vehicle and its number plate, sometimes passers-by). The report
reaches an intake API in the transport department's cloud tenancy, which checks
file type and size, stores the photos and opens a case. A triage orchestrator
looks up the street segment in the city gazetteer and asks a vendor-hosted
multimodal LLM to classify the obstruction (parked vehicle, debris or glass,
roadworks, other), rate its urgency and write a short summary. Parked-vehicle
cases go to the parking enforcement contractor's case system, debris cases to
the street cleaning works system; cases the model marks as unclear wait in a
queue for a triage officer. Residents get status updates by push notification.
Residents sign in with their citizen account; the intake API is rate limited.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Bike lane obstruction report triage",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "LLM triage of residents' blocked-bike-lane reports and photos, routed to "
        "parking enforcement or street cleaning."
    ),
)

# ---------------------------------------------------------------- data assets
report = tg.Data(
    "Obstruction report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Resident's account id, free-text description, GPS location and time.",
)
photo = tg.Data(
    "Obstruction photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone photos of the lane; may show number plates, faces and EXIF location.",
)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the report text, the street segment and the photos.",
)
triage_result = tg.Data(
    "Triage result",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Obstruction category, urgency, target department and a short summary.",
)
segment = tg.Data(
    "Street segment details",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Street name, segment id, bike lane type and responsible depot.",
)
enforcement_job = tg.Data(
    "Enforcement job",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Location, summary, vehicle description and the photos.",
)
cleaning_job = tg.Data("Cleaning job", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
job_outcome = tg.Data("Job outcome", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
routing_decision = tg.Data(
    "Officer routing decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
status_update = tg.Data(
    "Report status update",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Case reference and status, addressed to the resident's device push token.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person who saw the blocked lane and reports it.
    resident = tm.add(tg.Actor("Resident", role="resident"))
    # The city's street-reporting app on residents' own phones.
    app = tm.add(
        tg.Device(
            "Street reporting app",
            description="The city's iOS and Android app on residents' phones.",
        )
    )

with tm.boundary("Transport department cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where reports enter: signs residents in, checks uploads, opens cases.
    intake = tm.add(
        tg.Endpoint(
            "Report intake API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="citizen account e-mail and password"),
                tg.controls.RateLimiting(requests_per_minute=10),
                tg.controls.InputValidation(note="image type and size checks on uploads"),
            },
        )
    )
    # Keeps the uploaded photos for the case and for enforcement evidence.
    photo_store = tm.add(
        tg.DataStore(
            "Report photo bucket",
            stores={photo},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The case record for every report, its triage result and its status.
    case_db = tm.add(
        tg.DataStore(
            "Report case database",
            stores={report, triage_result, job_outcome},
            controls={tg.controls.RBAC()},
        )
    )
    # Builds the prompt, calls the LLM and routes each case to a department.
    orchestrator = tm.add(
        tg.Service(
            "Triage orchestrator",
            description="Looks up the street, calls the LLM, routes or queues the case.",
        )
    )
    # Reference data: which street segment and depot a GPS point belongs to.
    gazetteer = tm.add(tg.DataStore("Street gazetteer", stores={segment}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the report text and photos and proposes a category and department.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision-language model behind the vendor's API.",
            controls={tg.controls.SupplierAssessment(note="city procurement vendor review")},
        )
    )

with tm.boundary("Parking enforcement contractor", trust=tg.Trust.PARTNER):
    # The contractor's case system that dispatches civil enforcement officers.
    enforcement = tm.add(
        tg.ExternalService(
            "Parking enforcement case system",
            description="Run by the city's outsourced parking enforcement contractor.",
        )
    )

with tm.boundary("City corporate network", trust=tg.Trust.INTERNAL):
    # The in-house system that schedules street cleaning crews.
    cleaning = tm.add(tg.Service("Street cleaning works system"))
    # Department staff who decide the cases the model could not place.
    officer = tm.add(tg.Actor("Triage officer", role="transport department staff"))

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Delivers status notifications to the residents' phones.
    push = tm.add(tg.ExternalService("Push notification service"))

# ---------------------------------------------------------------- flows
tm.flow(resident, app, report, photo, label="fills in the report and takes photos")
tm.flow(app, intake, report, photo, protocol="https")
tm.flow(intake, app, status_update, protocol="https", label="case reference")
tm.flow(intake, photo_store, photo)
tm.flow(intake, case_db, report)
tm.flow(intake, orchestrator, report)

tm.flow(orchestrator, gazetteer, report, label="location lookup")
tm.flow(gazetteer, orchestrator, segment)
tm.flow(photo_store, orchestrator, photo)
tm.flow(orchestrator, llm, triage_prompt, protocol="https")
tm.flow(llm, orchestrator, triage_result, protocol="https")
tm.flow(orchestrator, case_db, triage_result)

tm.flow(orchestrator, enforcement, enforcement_job, protocol="https")
tm.flow(enforcement, orchestrator, job_outcome, protocol="https")
tm.flow(orchestrator, cleaning, cleaning_job, protocol="https")
tm.flow(cleaning, orchestrator, job_outcome, protocol="https")
tm.flow(orchestrator, case_db, job_outcome, label="case status")

tm.flow(case_db, officer, report, triage_result, protocol="https", label="unclear-case queue")
tm.flow(photo_store, officer, photo, protocol="https", label="unclear-case queue")
tm.flow(officer, orchestrator, routing_decision, protocol="https")

tm.flow(orchestrator, push, status_update, protocol="https")
tm.flow(push, app, status_update, protocol="https")
tm.flow(app, resident, status_update)
