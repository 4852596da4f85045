"""Telehealth symptom checker: the first design, before any security review.

Signed-in patients open the symptom checker in our telehealth app. A chatbot
asks about their symptoms; a hosted LLM (under a BAA) phrases the questions and
extracts structured symptoms from the answers, personalised with the patient's
recent visit summaries read from the EHR's FHIR API. A clinical triage rules
engine turns the symptoms into an urgency level, and the chatbot then books a
video visit (the patient picks and confirms the slot) or posts the case to the
nurse triage queue for a call back. The agent runs in our platform VPC; the
EHR, scheduling and nurse queue sit in the clinical systems zone. Controls:
app login and rate limits on the chat API, TLS to the vendor and the EHR,
encrypted transcripts, the EHR's own access control and audit trail, and
clinical review of triage rule changes.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Telehealth symptom checker",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Patient-facing symptom chatbot that suggests an urgency level and books "
    "a video visit or routes the patient to a nurse.",
)

# ---------------------------------------------------------------- data assets
symptom_message = tg.Data(
    "Patient symptom messages",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free-text answers the patient types into the chat.",
)
chat_reply = tg.Data(
    "Chatbot replies",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Follow-up questions, the suggested urgency and the next step.",
)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the conversation so far and the patient's visit summaries.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The next question, or the structured symptom list once enough is known.",
)
ehr_query = tg.Data(
    "Visit summary query",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="FHIR search for the patient's encounters of the last 12 months.",
)
visit_summaries = tg.Data(
    "Visit summaries",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Diagnoses, medications and clinician notes from recent encounters.",
)
structured_symptoms = tg.Data(
    "Structured symptoms",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Coded symptoms, onset, severity, age and sex, as the rules engine expects.",
)
urgency = tg.Data(
    "Urgency level",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Emergency, same-day, routine or self-care, with the protocol that fired.",
)
triage_rules = tg.Data(
    "Triage protocol rules",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
booking_request = tg.Data(
    "Video visit booking", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
booking_result = tg.Data(
    "Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
nurse_case = tg.Data(
    "Nurse triage case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Conversation summary, urgency level and call-back number.",
)
queue_ack = tg.Data("Queue position", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
case_disposition = tg.Data("Case disposition", kind="records", sensitivity=tg.Sensitivity.REGULATED)
transcripts = tg.Data(
    "Chat transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Full conversations kept for the medical record and quality review.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The patient, on the telehealth mobile or web app.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Phrases questions and extracts structured symptoms; hosted by the vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="BAA signed; zero data retention on the API tier"),
            },
        )
    )

with tm.boundary("Telehealth platform VPC", trust=tg.Trust.INTERNAL):
    # The API the app's chat screen talks to.
    chat_api = tm.add(
        tg.Endpoint(
            "Symptom chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC", note="the app's existing patient login"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Runs the conversation, calls the LLM, the rules engine and the tools.
    checker = tm.add(
        tg.Agent(
            "Symptom checker agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=25, note="conversation capped at 25 turns")},
        )
    )
    # Deterministic clinical protocols that decide the urgency level.
    rules_engine = tm.add(
        tg.Service(
            "Triage rules engine",
            description="Licensed triage protocols, configured by the clinical content team.",
            controls={
                c.ConfigValidation(note="rule changes reviewed by the clinical governance board")
            },
        )
    )
    # Reads the signed-in patient's recent visit summaries.
    ehr_tool = tm.add(
        tg.Tool(
            "EHR summary lookup",
            capabilities={"read"},
            description="Calls the EHR FHIR API with the platform's backend service account.",
        )
    )
    # Books a video visit once the patient has picked a slot.
    booking_tool = tm.add(
        tg.Tool(
            "Visit booking tool",
            capabilities={"write"},
            controls={c.HumanInTheLoop(approver="the patient picks and confirms the slot")},
        )
    )
    # Posts a case to the nurse queue for a call back.
    nurse_tool = tm.add(tg.Tool("Nurse queue tool", capabilities={"write"}))
    # Keeps the conversations for the record and for quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # The system of record for patient history.
        ehr = tm.add(
            tg.DataStore(
                "EHR",
                stores={visit_summaries},
                controls={
                    c.RBAC(note="EHR roles; the backend service account can read encounters"),
                    c.AuditLogging(retention_days=2190),
                    c.EncryptionAtRest(key_management="vendor-managed"),
                },
            )
        )
        # Provider calendars and video visit slots.
        scheduling = tm.add(tg.Service("Scheduling system"))
        # Work queue the nurse triage line picks cases from.
        nurse_queue = tm.add(tg.DataStore("Nurse triage queue", stores={nurse_case}))

with tm.boundary("Clinical operations network", trust=tg.Trust.INTERNAL):
    # Triage nurse who calls patients back.
    nurse = tm.add(
        tg.Actor(
            "Triage nurse",
            role="nurse",
            controls={c.Authentication(method="SSO with MFA")},
        )
    )
    # Maintains the triage protocols in the rules engine.
    content_team = tm.add(
        tg.Actor("Clinical content team", role="clinical informatics", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(patient, chat_api, symptom_message, protocol="https")
tm.flow(chat_api, patient, chat_reply, protocol="https")
tm.flow(chat_api, checker, symptom_message)
tm.flow(checker, chat_api, chat_reply)

tm.flow(checker, llm, llm_prompt, protocol="https")
tm.flow(llm, checker, llm_completion, protocol="https")

tm.flow(checker, ehr_tool, ehr_query)
tm.flow(ehr_tool, checker, visit_summaries, label="summaries for the prompt")
tm.flow(ehr_tool, ehr, ehr_query, protocol="https", label="FHIR search")
tm.flow(ehr, ehr_tool, visit_summaries, protocol="https")

tm.flow(checker, rules_engine, structured_symptoms)
tm.flow(rules_engine, checker, urgency)
tm.flow(content_team, rules_engine, triage_rules, protocol="https", label="protocol updates")

tm.flow(checker, booking_tool, booking_request)
tm.flow(booking_tool, checker, booking_result)
tm.flow(booking_tool, scheduling, booking_request, protocol="https")
tm.flow(scheduling, booking_tool, booking_result, protocol="https")

tm.flow(checker, nurse_tool, nurse_case)
tm.flow(nurse_tool, checker, queue_ack)
tm.flow(nurse_tool, nurse_queue, nurse_case)
tm.flow(nurse_queue, nurse, nurse_case, protocol="https", label="nurse console")
tm.flow(nurse, nurse_queue, case_disposition, protocol="https")

tm.flow(checker, transcript_store, transcripts)
