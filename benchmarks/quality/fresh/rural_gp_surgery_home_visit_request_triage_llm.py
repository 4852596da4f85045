"""Rural GP surgery: home visit request triage with a hosted LLM (first design).

Patients, or the carers who look after them, ask for a home visit by phoning the
surgery (a receptionist types the request into the triage dashboard) or through an
online form on the surgery's website. A triage service looks the patient up in the
GP clinical system, sends the request and a short record summary to a hosted LLM,
and queues the LLM's summary and suggested urgency. The duty doctor decides each
request in the dashboard; the route planner orders accepted visits into the day's
round (travel times from a mapping API), which visiting doctors open on surgery
phones, and the patient gets a text. Controls: HTTPS on every link, staff sign-in
by NHS smartcard or NHSmail MFA, the duty doctor's decision on every request, a
DPIA of the LLM vendor, and an encrypted, audited queue. The form has no sign-in.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rural GP home visit request triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Home visit requests by phone or web form, summarised by a hosted LLM with a "
        "suggested urgency; the duty doctor decides and visits go on the day's round."
    ),
)

# ---------------------------------------------------------------- data assets
visit_request = tg.Data(
    "Home visit request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, date of birth, address, symptoms and who is asking.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
acknowledgement = tg.Data("Request acknowledgement", sensitivity=tg.Sensitivity.PII)
patient_lookup = tg.Data(
    "Patient lookup",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="NHS number or name and date of birth.",
)
record_summary = tg.Data(
    "Patient record summary",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Demographics, address, active problems, medications, care-home flag.",
)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the request text and the record summary.",
)
llm_triage = tg.Data(
    "Request summary and suggested urgency",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
triage_queue = tg.Data(
    "Triage queue entries",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
visit_decision = tg.Data(
    "Duty doctor visit decision", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
visit_list = tg.Data(
    "Accepted visits for the day", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
visit_addresses = tg.Data("Visit addresses", kind="records", sensitivity=tg.Sensitivity.PII)
travel_times = tg.Data("Travel times", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
day_route = tg.Data(
    "Visiting round with visit details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
visit_text = tg.Data("Visit confirmation text", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients and carers; carers often ask on behalf of housebound patients.
    patient = tm.add(tg.Actor("Patient or carer", role="patient"))

with tm.boundary("Mobile network", trust=tg.Trust.UNTRUSTED):
    # The visiting doctor out on the rural round, and the surgery phone they carry.
    visiting_doctor = tm.add(tg.Actor("Visiting doctor", role="GP"))
    doctor_phone = tm.add(
        tg.Device(
            "Surgery-issued doctor phone",
            description="Managed phone with the round app; signal is patchy on the round.",
            controls={c.Authentication(method="NHSmail account with MFA")},
        )
    )

with tm.boundary("Surgery premises", trust=tg.Trust.INTERNAL):
    # Reception answers the phones and types phoned requests in.
    receptionist = tm.add(tg.Actor("Receptionist", role="reception staff"))
    # The duty doctor decides every visit.
    duty_doctor = tm.add(tg.Actor("Duty doctor", role="GP"))

with tm.boundary("Surgery cloud tenant", trust=tg.Trust.INTERNAL):
    # Public web form for requests; no patient sign-in so that carers can use it.
    request_form = tm.add(
        tg.Endpoint(
            "Online visit request form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(), c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Looks the patient up, calls the LLM and files the result in the queue.
    triage_service = tm.add(
        tg.Service(
            "Triage service",
            description="Builds the prompt from the request and record summary, stores the result.",
        )
    )
    # The queue of requests with their summaries, suggestions and decisions.
    request_store = tm.add(
        tg.DataStore(
            "Visit request queue",
            stores={visit_request, llm_triage, triage_queue, visit_decision},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.AuditLogging(),
            },
        )
    )
    # Staff web app: reception enters phoned requests, the duty doctor triages.
    dashboard = tm.add(
        tg.Endpoint(
            "Triage dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="NHS smartcard or NHSmail account with MFA"),
                c.RBAC(),
            },
        )
    )
    # Orders the accepted visits into a round for each visiting doctor.
    route_planner = tm.add(tg.Service("Visit route planner"))

with tm.boundary("Clinical system supplier", trust=tg.Trust.PARTNER):
    # The practice's electronic patient record, hosted by the clinical system supplier.
    epr = tm.add(tg.DataStore("GP clinical system (EPR)", stores={record_summary}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Summarises each request and suggests an urgency; it does not decide.
    llm = tm.add(
        tg.LLM(
            "Hosted triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose hosted model; UK data residency under contract.",
            controls={
                c.HumanInTheLoop(approver="the duty doctor"),
                c.SupplierAssessment(note="DPIA and DTAC review of the vendor"),
            },
        )
    )

with tm.boundary("Third-party services", trust=tg.Trust.PARTNER):
    # Road travel times between visit addresses.
    mapping_api = tm.add(tg.ExternalService("Mapping and routing API"))
    # Sends the patient or carer a text once a visit is booked.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

# ---------------------------------------------------------------- flows
# Requests coming in
tm.flow(patient, request_form, visit_request, protocol="https")
tm.flow(request_form, patient, acknowledgement, protocol="https")
tm.flow(patient, receptionist, visit_request, protocol="phone", label="phone call")
tm.flow(receptionist, dashboard, visit_request, protocol="https", label="typed in")
tm.flow(request_form, triage_service, visit_request, protocol="https")
tm.flow(dashboard, triage_service, visit_request, protocol="https")

# Record lookup and LLM triage
tm.flow(triage_service, epr, patient_lookup, protocol="https")
tm.flow(epr, triage_service, record_summary, protocol="https")
tm.flow(triage_service, llm, triage_prompt, protocol="https")
tm.flow(llm, triage_service, llm_triage, protocol="https")
tm.flow(triage_service, request_store, visit_request, llm_triage)

# Duty doctor decides
tm.flow(request_store, dashboard, triage_queue)
tm.flow(dashboard, duty_doctor, triage_queue, protocol="https")
tm.flow(duty_doctor, dashboard, visit_decision, protocol="https")
tm.flow(dashboard, request_store, visit_decision)
tm.flow(dashboard, sms_gateway, visit_text, protocol="https")
tm.flow(sms_gateway, patient, visit_text, protocol="sms")

# The day's round
tm.flow(request_store, route_planner, visit_list)
tm.flow(route_planner, mapping_api, visit_addresses, protocol="https")
tm.flow(mapping_api, route_planner, travel_times, protocol="https")
tm.flow(route_planner, doctor_phone, day_route, protocol="https")
tm.flow(doctor_phone, visiting_doctor, day_route, label="on screen")
