"""Pre-operative assessment agent: the first design, before any security review.

A private hospital in the UK replaces the paper pre-op questionnaire with an LLM
agent. Patients booked for surgery sign in to the patient portal and the agent
walks them through the questionnaire (medical history, medicines, allergies,
previous anaesthetics, smoking, alcohol), reading their booking and recorded
medicines from the electronic patient record over its FHIR API. Using the
hospital's pre-assessment guidelines it flags possible anaesthetic risks, writes
the answers and flags to the pre-op assessment store, and books a nurse call in
the nurse scheduling system, confirmed to the patient by SMS. Pre-assessment
nurses work the flagged cases from a worklist and escalate to an anaesthetist.
The agent runs in the hospital's private cloud; the model is hosted by a vendor
under a data processing agreement. Patients sign in with password and SMS code;
staff with hospital single sign-on; the EPR and stores are encrypted with roles.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Private hospital pre-op assessment agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent running pre-operative questionnaires, flagging anaesthetic risks "
        "and scheduling nurse calls before surgery."
    ),
)

# ---------------------------------------------------------------- data assets
answers = tg.Data(
    "Questionnaire answers",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The patient's free-text answers about health, medicines and lifestyle.",
)
questions = tg.Data(
    "Agent questions and replies", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
prompt = tg.Data(
    "Assessment prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation so far, record extract and guideline passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
record_call = tg.Data("Record lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
record_extract = tg.Data(
    "Patient record extract",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Booked procedure, recorded medicines, allergies, problems and past anaesthetics.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
guidelines = tg.Data(
    "Pre-assessment guidelines", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
guideline_passages = tg.Data(
    "Guideline passages", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
assessment_call = tg.Data(
    "Assessment write call", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
assessment = tg.Data(
    "Pre-op assessment and risk flags",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Structured answers, suggested anaesthetic risk flags and their reasons.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
write_result = tg.Data("Assessment saved", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
call_booking = tg.Data(
    "Nurse call booking call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Patient name, hospital number, phone number and the chosen call slot.",
)
slots = tg.Data(
    "Nurse call slots and confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
appointment = tg.Data("Nurse call appointment", kind="records", sensitivity=tg.Sensitivity.PII)
sms_request = tg.Data("Appointment SMS request", sensitivity=tg.Sensitivity.PII)
sms = tg.Data("Appointment text message", sensitivity=tg.Sensitivity.PII)
worklist = tg.Data(
    "Flagged assessment worklist", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
review = tg.Data(
    "Nurse review outcome",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Flags confirmed or cleared, notes, and escalation to an anaesthetist.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The patient booked for surgery, answering at home on their own device.
    patient = tm.add(tg.Actor("Patient", role="surgical patient"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model that conducts the interview and drafts the risk flags.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model, UK region, no training on our data.",
            controls={
                c.SupplierAssessment(note="data processing agreement signed with the vendor")
            },
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends appointment confirmations to patients' phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Hospital private cloud", trust=tg.Trust.INTERNAL):
    # Where patients sign in and chat with the agent.
    portal = tm.add(
        tg.Endpoint(
            "Patient portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password with SMS code"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that runs the questionnaire and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Pre-op assessment agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Asks the questions, checks answers against the record, flags risks, books calls.",
            controls={
                c.HumanInTheLoop(
                    approver="pre-assessment nurse",
                    note="nurse reviews every risk flag before it reaches the anaesthetist; "
                    "nurse-call bookings go ahead directly",
                ),
                c.CircuitBreaker(max_steps=25),
                c.AuditLogging(),
            },
        )
    )
    # Lets the agent read the patient's booking and recorded medicines.
    record_tool = tm.add(
        tg.Tool(
            "Patient record lookup tool",
            capabilities={"read"},
            description="Reads the EPR for the hospital number linked to the portal session.",
            controls={c.LeastPrivilegeTools(note="read-only FHIR scope")},
        )
    )
    # Lets the agent save the completed assessment and its flags.
    assessment_tool = tm.add(tg.Tool("Assessment writer tool", capabilities={"write"}))
    # Lets the agent book a pre-assessment nurse call and text the patient.
    booking_tool = tm.add(
        tg.Tool("Nurse call booking tool", capabilities={"read", "write", "send-messages"})
    )
    # Grounds the risk flags in the hospital's own pre-assessment guidance.
    guideline_index = tm.add(
        tg.VectorStore("Pre-assessment guideline index", stores={guidelines, guideline_passages})
    )
    # The pre-assessment nurses' calendar of call slots.
    scheduling = tm.add(tg.Service("Nurse scheduling system"))
    # Where nurses see flagged assessments and record their review.
    nurse_worklist = tm.add(
        tg.Endpoint(
            "Nurse worklist",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="hospital single sign-on"), c.RBAC()},
        )
    )

    with tm.boundary("Clinical data zone", trust=tg.Trust.RESTRICTED):
        # The hospital's existing system of record for patients.
        epr = tm.add(
            tg.DataStore(
                "Electronic patient record",
                stores={record_extract},
                controls={c.EncryptionAtRest(), c.RBAC(), c.AuditLogging()},
            )
        )
        # Holds the completed questionnaires, transcripts and risk flags.
        assessment_store = tm.add(
            tg.DataStore(
                "Pre-op assessment store",
                stores={assessment, review},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Reviews the flags and calls the patient.
    nurse = tm.add(tg.Actor("Pre-assessment nurse", role="nurse"))
    # Decides on cases the nurse escalates and maintains the guidelines.
    anaesthetist = tm.add(tg.Actor("Anaesthetist", role="consultant anaesthetist"))

# ---------------------------------------------------------------- flows
tm.flow(patient, portal, answers, protocol="https")
tm.flow(portal, patient, questions, protocol="https")
tm.flow(portal, agent, answers)
tm.flow(agent, portal, questions)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, guideline_index, answers, label="similarity query")
tm.flow(guideline_index, agent, guideline_passages)

tm.flow(agent, record_tool, record_call)
tm.flow(record_tool, agent, record_extract)
tm.flow(epr, record_tool, record_extract, protocol="HL7 FHIR over HTTPS")

tm.flow(agent, assessment_tool, assessment_call)
tm.flow(assessment_tool, agent, write_result)
tm.flow(assessment_tool, assessment_store, assessment)

tm.flow(agent, booking_tool, call_booking)
tm.flow(booking_tool, agent, slots)
tm.flow(booking_tool, scheduling, appointment, protocol="https")
tm.flow(scheduling, booking_tool, slots, protocol="https")
tm.flow(booking_tool, sms_gateway, sms_request, protocol="https")
tm.flow(sms_gateway, patient, sms, protocol="sms")

tm.flow(assessment_store, nurse_worklist, worklist)
tm.flow(nurse_worklist, assessment_store, review)
tm.flow(nurse_worklist, nurse, worklist, protocol="https")
tm.flow(nurse, nurse_worklist, review, protocol="https")
tm.flow(nurse_worklist, anaesthetist, worklist, protocol="https", label="escalated cases")

tm.flow(anaesthetist, guideline_index, guidelines, protocol="https", label="updates guidelines")
