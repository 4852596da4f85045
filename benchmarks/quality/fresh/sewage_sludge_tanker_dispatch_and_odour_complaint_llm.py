"""Sewage sludge tanker dispatch and odour complaint assistant: the first design.

A water utility moves liquid sludge by road tanker from small treatment works to
its sludge treatment centre. A dispatch service plans collections from the tank
level sensors at each works; a haulage contractor's drivers get their jobs and
confirm collections in a cab app, and the tankers' GPS trackers report positions
into a movement log. Residents report bad smells through a web form. A complaint
assistant looks up the tanker movements near the address and time, and asks a
hosted LLM to classify the complaint, suggest the likely source and draft a reply.
An environmental officer reviews every draft before it is texted to the resident.
Everything we run sits in the utility's cloud tenancy; staff sign in with the
corporate SSO and MFA. The complaint form is rate limited, the complaints
database is encrypted at rest and role-restricted, and external calls use HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sludge tanker dispatch and odour complaints",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Plans sludge tanker collections and triages residents' odour complaints with an LLM.",
)

# ---------------------------------------------------------------- data assets
complaint = tg.Data(
    "Odour complaint",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, phone number, time noticed and a free-text description.",
)
acknowledgement = tg.Data(
    "Complaint reference", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
complaint_record = tg.Data(
    "Complaint record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="low"),
    description="The complaint with its category, likely source and the reply sent.",
)
nearby_movements = tg.Data(
    "Tanker movements near the complaint",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tanker routes and stops within 2 km and 6 hours, with the driver's id.",
)
complaint_prompt = tg.Data(
    "Complaint triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the complaint text and the nearby tanker movements.",
)
triage_draft = tg.Data(
    "Triage and draft reply",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Category, likely source (tanker, works, other) and a draft text message.",
)
officer_decision = tg.Data("Reviewed reply", sensitivity=tg.Sensitivity.PII, kind="records")
reply_sms = tg.Data("Reply to resident", sensitivity=tg.Sensitivity.PII, kind="documents")
tank_levels = tg.Data(
    "Sludge tank level readings", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
gps_positions = tg.Data(
    "Tanker GPS positions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Position every 30 seconds; each tanker is driven by a named driver.",
)
movement_history = tg.Data(
    "Tanker movement history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
collection_jobs = tg.Data("Collection jobs", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
collection_confirmations = tg.Data(
    "Collection confirmations",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Volume collected, works, time and the driver's name, for the waste transfer note.",
)
dispatch_plan = tg.Data("Dispatch plan", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone living near a works or a tanker route can report a smell.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that classifies complaints and drafts replies.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model called over the vendor's API.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the reviewed replies to residents' phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Haulage contractor", trust=tg.Trust.PARTNER):
    # The contractor's drivers receive jobs and confirm collections here.
    driver_app = tm.add(
        tg.Device(
            "Tanker driver app",
            description="Contractor-issued handheld in each cab.",
            controls={c.Authentication(method="driver username and password")},
        )
    )
    # Fitted to each tanker by the contractor's telematics supplier.
    gps_tracker = tm.add(tg.Device("Tanker GPS tracker"))

with tm.boundary("Works telemetry network", trust=tg.Trust.INTERNAL):
    # Ultrasonic level sensors on the sludge holding tanks at each small works.
    level_sensor = tm.add(tg.Device("Sludge tank level sensor"))

with tm.boundary("Utility cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public web form residents report odours through.
    complaint_form = tm.add(
        tg.Endpoint(
            "Odour complaint form",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # Correlates complaints with tanker movements and calls the LLM.
    assistant = tm.add(
        tg.Service(
            "Complaint assistant",
            description="Builds the triage prompt, stores results, sends approved replies.",
            controls={
                c.HumanInTheLoop(approver="environmental officer"),
                c.Authentication(method="corporate SSO with MFA"),
            },
        )
    )
    # System of record for complaints, reported to the environmental regulator.
    complaints_db = tm.add(
        tg.DataStore(
            "Complaints database",
            stores={complaint_record},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Plans which works to empty and when, from tank levels and tanker availability.
    dispatch = tm.add(
        tg.Service(
            "Dispatch service",
            description="Rules-based scheduler; no model in it.",
            controls={c.Authentication(method="corporate SSO with MFA"), c.AuditLogging()},
        )
    )
    # Where every tanker went and what it collected, kept for waste duty of care.
    movement_log = tm.add(tg.DataStore("Tanker movement log", stores={movement_history}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews each triage and reply before it goes out.
    officer = tm.add(tg.Actor("Environmental officer", role="environmental officer"))
    # Checks and adjusts the day's collection plan.
    planner = tm.add(tg.Actor("Dispatch planner", role="dispatch planner"))

# ---------------------------------------------------------------- flows
# Complaints
tm.flow(resident, complaint_form, complaint, protocol="https")
tm.flow(complaint_form, resident, acknowledgement, protocol="https")
tm.flow(complaint_form, assistant, complaint)
tm.flow(movement_log, assistant, nearby_movements, label="movements near address and time")
tm.flow(assistant, llm, complaint_prompt, protocol="https")
tm.flow(llm, assistant, triage_draft, protocol="https")
tm.flow(assistant, officer, triage_draft, protocol="https", label="review queue")
tm.flow(officer, assistant, officer_decision, protocol="https")
tm.flow(assistant, complaints_db, complaint_record)
tm.flow(complaints_db, assistant, complaint_record, label="earlier complaints at the address")
tm.flow(assistant, sms_gateway, reply_sms, protocol="https")
tm.flow(sms_gateway, resident, reply_sms, protocol="sms")

# Dispatch
tm.flow(level_sensor, dispatch, tank_levels, protocol="mqtt")
tm.flow(gps_tracker, dispatch, gps_positions, protocol="https")
tm.flow(dispatch, planner, dispatch_plan, protocol="https", label="proposed plan")
tm.flow(planner, dispatch, dispatch_plan, protocol="https", label="confirmed plan")
tm.flow(dispatch, driver_app, collection_jobs, protocol="https")
tm.flow(driver_app, dispatch, collection_confirmations, protocol="https")
tm.flow(dispatch, movement_log, movement_history)
