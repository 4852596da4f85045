"""Hospital patient transport booking agent: the first design, before any security review.

An NHS trust in England books non-emergency patient transport with an LLM agent.
Ward staff ask for transport through an intranet request portal (Trust SSO);
patients phone a number answered by a contractor-hosted voice bot, which checks
their NHS number and date of birth and passes a transcript to the agent. The agent
runs in the trust's cloud tenancy and uses a hosted LLM (UK region, vendor vetted
under the DSPT). It reads mobility and medical-need fields from the electronic
patient record through a read-only FHIR tool, compares them with the national
eligibility criteria, books a vehicle through the transport contractor's API
(key held in a vault) and sends confirmations by SMS through a messaging gateway.
When the agent finds a patient ineligible, the refusal waits in a queue for a
transport coordinator, who confirms it or books anyway. Agent steps are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital patient transport booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that checks eligibility and books non-emergency patient transport.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data("Patient call audio", kind="media", sensitivity=tg.Sensitivity.REGULATED)
call_transcript = tg.Data(
    "Patient call transcript",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="What the patient asked for, with NHS number, date of birth and appointment.",
)
ward_request = tg.Data(
    "Ward transport request",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient, appointment or discharge time, pickup address and free-text notes.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
llm_prompt = tg.Data("LLM prompt", kind="prompt", sensitivity=tg.Sensitivity.REGULATED)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
criteria = tg.Data(
    "NEPTS eligibility criteria",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The national eligibility criteria and the trust's local guidance.",
)
record_query = tg.Data("Patient record query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
patient_record = tg.Data(
    "Patient record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
record_extract = tg.Data(
    "Mobility and medical-need extract",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
)
booking_request = tg.Data(
    "Transport booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, address, pickup time, mobility needs and escort.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
sms_message = tg.Data("Confirmation SMS", kind="documents", sensitivity=tg.Sensitivity.PII)
refusal = tg.Data("Eligibility refusal", kind="records", sensitivity=tg.Sensitivity.REGULATED)
coordinator_decision = tg.Data(
    "Coordinator decision", kind="records", sensitivity=tg.Sensitivity.PII
)
booking_log = tg.Data(
    "Booking and agent step log", kind="logs", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public phone network", trust=tg.Trust.UNTRUSTED):
    # Patients (or relatives) who phone to book their own transport.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Trust network", trust=tg.Trust.INTERNAL):
    # Nurses and ward clerks requesting transport for discharges and appointments.
    ward_staff = tm.add(tg.Actor("Ward staff", role="ward clerk or nurse"))
    # Reviews every refusal before it is sent to the patient.
    coordinator = tm.add(tg.Actor("Transport coordinator", role="transport coordinator"))
    # Intranet form and chat through which ward staff hand requests to the agent.
    portal = tm.add(
        tg.Endpoint(
            "Staff transport request portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Trust Active Directory SSO")},
        )
    )

with tm.boundary("Trust cloud tenancy", trust=tg.Trust.INTERNAL):
    # The LLM agent that checks eligibility, books and confirms.
    agent = tm.add(
        tg.Agent(
            "Transport booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books eligible journeys itself; only refusals go to a person.",
            controls={c.AuditLogging(retention_days=2920)},
        )
    )
    # The eligibility criteria the agent applies, loaded into its context.
    criteria_store = tm.add(tg.DataStore("Eligibility criteria", stores={criteria}))
    # Reads the fields the eligibility decision needs from the patient record.
    record_tool = tm.add(
        tg.Tool(
            "Patient record lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only FHIR scope, transport fields only")},
        )
    )
    # Creates, changes and cancels bookings with the transport contractor.
    booking_tool = tm.add(
        tg.Tool(
            "Transport booking tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement(note="contractor API key in Azure Key Vault")},
        )
    )
    # Sends booking confirmations to the patient's mobile number.
    sms_tool = tm.add(tg.Tool("SMS confirmation tool", capabilities={"send-messages"}))
    # Holds refusals until a coordinator has looked at them.
    review_queue = tm.add(
        tg.Service(
            "Coordinator review queue",
            controls={
                c.HumanInTheLoop(approver="transport coordinator, for every eligibility refusal"),
                c.Authentication(method="Trust Active Directory SSO"),
            },
        )
    )
    # Record of requests, bookings and the agent's steps for audit and complaints.
    booking_store = tm.add(tg.DataStore("Booking log store", stores={booking_log}))

with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
    # The trust's electronic patient record, exposed through a FHIR API.
    epr = tm.add(
        tg.DataStore(
            "Electronic patient record",
            stores={patient_record},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="EPR vendor managed keys")},
        )
    )

with tm.boundary("Voice bot vendor", trust=tg.Trust.PARTNER):
    # Hosted telephony and speech service that answers patient calls.
    voice_bot = tm.add(
        tg.ExternalService(
            "Patient voice bot",
            controls={c.Authentication(method="NHS number and date of birth")},
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DSPT and DPIA; UK data residency")},
        )
    )

with tm.boundary("Transport contractor", trust=tg.Trust.PARTNER):
    # The contractor's booking system that allocates vehicles and crews.
    contractor_api = tm.add(tg.ExternalService("Transport contractor booking API"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # SMS gateway that delivers text messages to patients' phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

# ---------------------------------------------------------------- flows
tm.flow(patient, voice_bot, call_audio, protocol="pstn")
tm.flow(voice_bot, patient, call_audio, protocol="pstn", label="spoken replies")
tm.flow(voice_bot, agent, call_transcript, protocol="https")
tm.flow(agent, voice_bot, agent_reply, protocol="https")

tm.flow(ward_staff, portal, ward_request, protocol="https")
tm.flow(portal, agent, ward_request, protocol="https")
tm.flow(agent, portal, agent_reply, protocol="https")
tm.flow(portal, ward_staff, agent_reply, protocol="https")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(criteria_store, agent, criteria)

tm.flow(agent, record_tool, record_query)
tm.flow(record_tool, epr, record_query, protocol="https", label="FHIR read")
tm.flow(epr, record_tool, patient_record, protocol="https")
tm.flow(record_tool, agent, record_extract)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, contractor_api, booking_request, protocol="https")
tm.flow(contractor_api, booking_tool, booking_confirmation, protocol="https")
tm.flow(booking_tool, agent, booking_confirmation)

tm.flow(agent, sms_tool, sms_message)
tm.flow(sms_tool, sms_gateway, sms_message, protocol="https")
tm.flow(sms_gateway, patient, sms_message, protocol="sms")

tm.flow(agent, review_queue, refusal)
tm.flow(review_queue, coordinator, refusal, protocol="https")
tm.flow(coordinator, review_queue, coordinator_decision, protocol="https")
tm.flow(review_queue, agent, coordinator_decision)

tm.flow(agent, booking_store, booking_log)
