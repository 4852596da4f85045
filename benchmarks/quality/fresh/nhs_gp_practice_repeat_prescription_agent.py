"""GP practice repeat prescription agent: the first design, before any security review.

Patients order repeat medication in the NHS App (signed in with NHS login); the
request, with an optional free-text note, lands in the practice's GP clinical
system, hosted by the system supplier on HSCN. An intake service in the practice's
cloud tenancy polls new requests over the supplier's IM1 API and hands each one to a
supervised LLM agent. The agent reads the patient's repeat template, last medication
review date, allergies and recent monitoring results through a read-only tool, checks
them against the practice's repeat prescribing protocol, and files a sign-off task
with its summary and recommendation in the GP's workflow; it never issues a
prescription, and every item is signed by a GP in the clinical system. It may also
send the patient a message (request received, medication review due) through NHS
Notify without approval. The LLM is a hosted model in a UK region, vetted under the
practice's DTAC/DSPT checks; a DPIA covers the processing and every run is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "NHS GP practice repeat prescription agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that triages NHS App repeat prescription requests and queues "
    "them for GP sign-off.",
)

# ---------------------------------------------------------------- data assets
repeat_request = tg.Data(
    "Repeat prescription request",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="NHS number, the repeat items ticked and an optional free-text note.",
)
request_status = tg.Data("Request status", sensitivity=tg.Sensitivity.REGULATED, kind="records")
record_lookup = tg.Data(
    "Medication record lookup",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="tool-call",
    description="The NHS number and the sections wanted.",
)
medication_record = tg.Data(
    "Medication record extract",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="tool-result",
    description="Repeat template, review dates, allergies, recent monitoring results.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
patient_record = tg.Data(
    "Patient record",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
protocol = tg.Data(
    "Repeat prescribing protocol",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="Review intervals, high-risk drug monitoring rules, items never auto-queued.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prompt = tg.Data("Agent prompt", sensitivity=tg.Sensitivity.REGULATED, kind="prompt")
completion = tg.Data(
    "Agent reasoning and tool calls", sensitivity=tg.Sensitivity.REGULATED, kind="model-output"
)
queue_entry = tg.Data(
    "Sign-off queue entry",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="tool-call",
    description="Items requested, review and monitoring findings, recommendation.",
)
signoff_task = tg.Data(
    "Prescription sign-off task", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
filing_result = tg.Data(
    "Task filing result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
patient_message = tg.Data(
    "Patient message request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Mobile number or NHS App recipient and the message text the agent wrote.",
)
notification = tg.Data("Patient notification", sensitivity=tg.Sensitivity.PII, kind="records")
authorisation = tg.Data(
    "Prescription authorisation", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
run_log = tg.Data("Agent run log", sensitivity=tg.Sensitivity.REGULATED, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Registered patients ordering their repeat medication from their phones.
    patient = tm.add(tg.Actor("Patient", role="registered patient"))

with tm.boundary("NHS England services", trust=tg.Trust.PARTNER):
    # The patient-facing app; patients sign in with NHS login (identity-verified).
    nhs_app = tm.add(
        tg.ExternalService(
            "NHS App",
            controls={c.Authentication(method="NHS login, P9 identity with one-time code")},
        )
    )
    # National messaging service used to text patients or message them in the NHS App.
    nhs_notify = tm.add(
        tg.ExternalService("NHS Notify", description="Sends SMS and NHS App messages.")
    )

with tm.boundary("Clinical system supplier (HSCN)", trust=tg.Trust.PARTNER):
    # The practice's system of record: patient records, repeat templates, GP task lists.
    clinical_system = tm.add(
        tg.DataStore(
            "GP clinical system",
            stores={patient_record, repeat_request, signoff_task},
            description="Supplier-hosted; IM1 API for the practice's integrations.",
            controls={
                c.Authentication(method="NHS Smartcard with passcode"),
                c.RBAC(note="national RBAC codes on smartcard profiles"),
                c.EncryptionAtRest(key_management="supplier-managed"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("LLM vendor (UK region)", trust=tg.Trust.PARTNER):
    # Hosted model that reads the request and record and writes the summary.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DTAC and DSPT evidence, no data retention")},
        )
    )

with tm.boundary("Practice cloud tenancy", trust=tg.Trust.INTERNAL):
    # Polls the clinical system for new NHS App requests and starts an agent run each.
    intake = tm.add(
        tg.Service(
            "Request intake service",
            description="Polls new repeat requests every five minutes over the IM1 API.",
        )
    )
    # The agent: checks each request and prepares it for the GP.
    agent = tm.add(
        tg.Agent(
            "Repeat prescription agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="a GP signs every prescription in the clinical system",
                    note="patient messages go out directly, without approval",
                ),
                c.CircuitBreaker(max_steps=15),
                c.ImpactAssessment(basis="UK GDPR Art. 6(1)(e) and Art. 9(2)(h), direct care"),
            },
        )
    )
    # Read-only view of the patient's medication record for the request in hand.
    record_tool = tm.add(
        tg.Tool(
            "Medication record tool",
            capabilities={"read"},
            description="Fetches the medication sections for the NHS number the agent gives.",
        )
    )
    # Files the request with the agent's summary into the GP's prescription task list.
    queue_tool = tm.add(
        tg.Tool(
            "Sign-off queue tool",
            capabilities={"write"},
            description="Creates a task for the duty GP; cannot issue or authorise items.",
            controls={c.LeastPrivilegeTools(note="IM1 scope limited to creating tasks")},
        )
    )
    # Sends the patient a short message about their request or a review that is due.
    message_tool = tm.add(tg.Tool("Patient messaging tool", capabilities={"send-messages"}))
    # The practice's written protocol, loaded into every agent run.
    protocol_store = tm.add(tg.DataStore("Repeat prescribing protocol store", stores={protocol}))
    # Every run: request, record sections read, prompts, tool calls, outcome.
    run_log_store = tm.add(
        tg.DataStore(
            "Agent run log",
            stores={run_log},
            controls={c.AuditLogging(retention_days=365), c.EncryptionAtRest(key_management="KMS")},
        )
    )

with tm.boundary("Practice network (HSCN)", trust=tg.Trust.INTERNAL):
    # Reviews each queued request and signs or rejects it; also maintains the protocol.
    gp = tm.add(tg.Actor("GP", role="prescriber", privileged=True))
    # Handles requests the agent flags as queries (wrong item, early request, no review).
    clerk = tm.add(tg.Actor("Prescription clerk", role="practice staff"))

# ---------------------------------------------------------------- flows
# Patient ordering
tm.flow(patient, nhs_app, repeat_request, protocol="https")
tm.flow(nhs_app, patient, request_status, protocol="https")
tm.flow(nhs_app, clinical_system, repeat_request, protocol="https")
tm.flow(clinical_system, nhs_app, request_status, protocol="https")

# Intake and agent run
tm.flow(clinical_system, intake, repeat_request, protocol="https", label="polls new requests")
tm.flow(intake, agent, repeat_request)
tm.flow(protocol_store, agent, protocol)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Reading the record
tm.flow(agent, record_tool, record_lookup)
tm.flow(record_tool, clinical_system, record_lookup, protocol="https")
tm.flow(clinical_system, record_tool, medication_record, protocol="https")
tm.flow(record_tool, agent, medication_record)

# Queueing for GP sign-off
tm.flow(agent, queue_tool, queue_entry)
tm.flow(queue_tool, clinical_system, signoff_task, protocol="https")
tm.flow(clinical_system, queue_tool, filing_result, protocol="https")
tm.flow(queue_tool, agent, filing_result)

# Messaging the patient
tm.flow(agent, message_tool, patient_message)
tm.flow(message_tool, nhs_notify, notification, protocol="https")
tm.flow(nhs_notify, patient, notification, protocol="sms", label="SMS or NHS App message")

tm.flow(agent, run_log_store, run_log)

# Practice staff
tm.flow(clinical_system, gp, signoff_task, protocol="https")
tm.flow(gp, clinical_system, authorisation, protocol="https", label="signs or rejects")
tm.flow(clinical_system, clerk, signoff_task, protocol="https", label="query tasks")
tm.flow(clerk, clinical_system, request_status, protocol="https", label="resolves queries")
tm.flow(gp, protocol_store, protocol, protocol="https", label="maintains protocol")
