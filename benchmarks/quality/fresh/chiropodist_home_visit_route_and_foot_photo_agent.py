"""Community chiropody home-visit agent: the first design, before any security review.

An NHS community chiropody service visits housebound patients at home. Family and
agency carers sign in to a carer portal and send photos of a patient's feet with a
note; an LLM agent (a vision model a vendor hosts in the UK) checks each photo for
urgent signs (ulceration, infection, ischaemia) and, if it sees any, alerts the
patient's podiatrist by NHSmail ahead of the review queue. Podiatrists review every
photo in a dashboard and write their notes in the trust's EPR. The same agent plans
the next day's home-visit routes from the caseload (read-only EPR lookup tool) and a
commercial mapping API, and books visits once the visit coordinator approves the plan.
All of it runs in the trust's cloud tenancy. Carers sign in with e-mail and password,
uploads are type- and size-checked, photos are encrypted at rest, and the LLM vendor
passed the trust's supplier review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Chiropody home-visit route and foot photo agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Screens carer-sent foot photos for urgent signs before podiatrist review "
        "and plans home-visit routes for housebound patients."
    ),
)

# ---------------------------------------------------------------- data assets
foot_photos = tg.Data(
    "Foot photos",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Photos of a patient's feet taken by a carer on a phone.",
)
carer_note = tg.Data(
    "Carer note",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free text from the carer: what they noticed, pain, changes since last visit.",
)
patient_record = tg.Data(
    "Patient clinical record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Diagnoses (diabetes, PAD), foot risk status, treatment history.",
)
patient_summary = tg.Data(
    "Patient summary",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Risk status, address, visit frequency and access notes for one patient.",
)
access_notes = tg.Data(
    "Home access notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Key safe codes and entry instructions for housebound patients.",
)
lookup_request = tg.Data("Patient lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the photo, the carer note and the patient's foot risk status.",
)
llm_output = tg.Data("LLM response", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
urgency = tg.Data(
    "Urgency assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Urgent / routine, with the signs the model says it saw.",
)
urgent_alert = tg.Data(
    "Urgent review alert", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
submission_status = tg.Data(
    "Submission status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Received / with the podiatrist / podiatrist alerted.",
)
review_notes = tg.Data(
    "Podiatrist review notes", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
planning_request = tg.Data(
    "Route planning request", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
visit_stops = tg.Data(
    "Visit stops",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Postcodes and time windows of the patients to visit.",
)
travel_times = tg.Data("Travel times", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
route_plan = tg.Data(
    "Proposed route plan",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Ordered visits per podiatrist with names, addresses and times.",
)
route_approval = tg.Data("Route plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
booking = tg.Data("Visit booking", kind="tool-call", sensitivity=tg.Sensitivity.PII)
visit_schedule = tg.Data(
    "Visit schedule",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Each podiatrist's day list with addresses and access notes.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Family members and home-care agency staff who look after housebound patients.
    carer = tm.add(tg.Actor("Carer", role="family or agency carer"))

with tm.boundary("LLM vendor (UK region)", trust=tg.Trust.PARTNER):
    # Vision-capable model that reads the photo and note; hosted by the vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="trust DTAC and DPA review of the vendor")},
        )
    )

with tm.boundary("Mapping provider", trust=tg.Trust.PARTNER):
    # Commercial routing API for drive times between patients' homes.
    mapping_api = tm.add(tg.ExternalService("Mapping API", provides="data-provider"))

with tm.boundary("Trust cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where carers sign in and upload photos with a note.
    portal = tm.add(
        tg.Endpoint(
            "Carer photo portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="carer account e-mail and password"),
                c.InputValidation(note="JPEG/HEIC only, 15 MB limit"),
            },
        )
    )
    # The LLM agent: screens photos for urgent signs and plans visit routes.
    agent = tm.add(
        tg.Agent(
            "Chiropody triage and routing agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.SecretsManagement(note="LLM and mapping API keys in the tenancy key vault")
            },
        )
    )
    # Holds the photos, notes and the agent's assessments until reviewed.
    photo_store = tm.add(
        tg.DataStore(
            "Foot photo store",
            stores={foot_photos, carer_note, urgency},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Agent tool: read-only lookup of one patient's record through the EPR API.
    lookup_tool = tm.add(
        tg.Tool(
            "Patient lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only FHIR scope")},
        )
    )
    # Agent tool: orders visits into routes using the mapping API.
    route_tool = tm.add(tg.Tool("Route planning tool", capabilities={"read", "network-egress"}))
    # Agent tool: books the approved visits into the schedule.
    schedule_tool = tm.add(
        tg.Tool(
            "Visit booking tool",
            capabilities={"write"},
            controls={
                c.HumanInTheLoop(approver="the visit coordinator approves each day's route plan")
            },
        )
    )
    # Agent tool: sends an urgent-review alert to the patient's podiatrist.
    alert_tool = tm.add(tg.Tool("Urgent alert tool", capabilities={"send-messages"}))
    # The podiatrists' day lists.
    schedule_store = tm.add(tg.DataStore("Visit schedule store", stores={visit_schedule}))
    # Podiatrists review every photo and the agent's assessment here.
    dashboard = tm.add(
        tg.Service(
            "Podiatrist review dashboard",
            controls={c.Authentication(method="NHS Smartcard and passcode")},
        )
    )

with tm.boundary("Trust clinical network", trust=tg.Trust.RESTRICTED):
    # The trust's existing electronic patient record: system of record for the caseload.
    epr = tm.add(
        tg.DataStore(
            "Community EPR",
            stores={patient_record, access_notes},
            controls={c.RBAC(), c.AuditLogging(), c.EncryptionAtRest()},
        )
    )

with tm.boundary("Trust staff devices", trust=tg.Trust.INTERNAL):
    # Reviews photos, decides on urgent visits, records clinical notes.
    podiatrist = tm.add(tg.Actor("Podiatrist", role="clinician"))
    # Administrative staff who run the day's visit plan.
    coordinator = tm.add(tg.Actor("Visit coordinator", role="scheduling administrator"))

# ---------------------------------------------------------------- flows
# Photo screening
tm.flow(carer, portal, foot_photos, carer_note, protocol="https")
tm.flow(portal, photo_store, foot_photos, carer_note)
tm.flow(portal, agent, carer_note, label="new submission")
tm.flow(photo_store, agent, foot_photos)
tm.flow(agent, lookup_tool, lookup_request)
tm.flow(lookup_tool, epr, lookup_request, protocol="https", label="FHIR read")
tm.flow(epr, lookup_tool, patient_record, access_notes, protocol="https")
tm.flow(lookup_tool, agent, patient_summary)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")
tm.flow(agent, photo_store, urgency)
tm.flow(agent, alert_tool, urgent_alert)
tm.flow(alert_tool, podiatrist, urgent_alert, protocol="smtps", label="NHSmail alert")
tm.flow(agent, portal, submission_status)
tm.flow(portal, carer, submission_status, protocol="https")

# Podiatrist review
tm.flow(photo_store, dashboard, foot_photos, carer_note, urgency)
tm.flow(dashboard, podiatrist, foot_photos, carer_note, urgency, protocol="https")
tm.flow(podiatrist, epr, review_notes, protocol="https")

# Route planning
tm.flow(coordinator, agent, planning_request, protocol="https")
tm.flow(agent, route_tool, visit_stops)
tm.flow(route_tool, mapping_api, visit_stops, protocol="https")
tm.flow(mapping_api, route_tool, travel_times, protocol="https")
tm.flow(route_tool, agent, travel_times)
tm.flow(agent, coordinator, route_plan, protocol="https")
tm.flow(coordinator, agent, route_approval, protocol="https")
tm.flow(agent, schedule_tool, booking)
tm.flow(schedule_tool, schedule_store, visit_schedule)
tm.flow(schedule_store, dashboard, visit_schedule)
tm.flow(dashboard, podiatrist, visit_schedule, protocol="https", label="day list")
