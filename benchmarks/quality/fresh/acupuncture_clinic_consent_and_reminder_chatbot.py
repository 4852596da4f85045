"""Acupuncture clinic: consent and reminder chatbot, first design before review.

A two-practitioner acupuncture clinic in Oregon, a HIPAA covered entity as it bills
insurers, texts patients a reminder the day before each visit with a link to a
consent chat. There a vendor-hosted LLM, grounded on the clinic's consent leaflets,
explains the treatment and its risks, answers questions, asks the contraindication
questions (pregnancy, bleeding disorders, pacemaker) and records typed-name consent.
Patients can also answer the reminder text: the chatbot reads free-text replies,
confirms or cancels the visit in the practice management system and passes
reschedule requests to the front desk. Staff see consent status and flagged answers
on a dashboard. Controls: TLS on external links, a signed link plus date of birth for
the chat, staff SSO with 2-step verification, encrypted and audit-logged consent
records, and a BAA with the LLM vendor.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Acupuncture clinic consent and reminder chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Pre-visit consent chat and SMS reminders for a small US acupuncture clinic.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Patient chat question", sensitivity=tg.Sensitivity.REGULATED, kind="prompt")
contra_answers = tg.Data(
    "Contraindication answers",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Pregnancy, bleeding disorders, anticoagulants, pacemaker, needle phobia.",
)
consent_signature = tg.Data(
    "Typed-name consent", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
chat_reply = tg.Data("Chatbot reply", sensitivity=tg.Sensitivity.REGULATED, kind="model-output")
dob = tg.Data("Date of birth check", sensitivity=tg.Sensitivity.PII, kind="credentials")
llm_prompt = tg.Data(
    "Prompt with leaflet passages",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="System prompt, patient's first name and visit type, the conversation "
    "and retrieved leaflet passages.",
)
llm_completion = tg.Data(
    "LLM completion", sensitivity=tg.Sensitivity.REGULATED, kind="model-output"
)
passages = tg.Data("Leaflet passages", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context")
leaflets = tg.Data("Consent leaflets", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
consent_records = tg.Data(
    "Signed consent records",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
appointments = tg.Data("Appointment details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
reminder = tg.Data(
    "Reminder text with consent link", sensitivity=tg.Sensitivity.PII, kind="documents"
)
sms_reply = tg.Data("Patient SMS reply", sensitivity=tg.Sensitivity.PII, kind="documents")
status_update = tg.Data(
    "Appointment confirmation or cancellation", sensitivity=tg.Sensitivity.PII, kind="records"
)
reschedule = tg.Data("Reschedule request", sensitivity=tg.Sensitivity.PII, kind="records")
consent_status = tg.Data(
    "Consent status and flagged answers", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.REGULATED, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients open the consent link on their phones and reply to reminder texts.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the chat answers; the clinic has no model of its own.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Chat model on the vendor's HIPAA-eligible API tier.",
            controls={c.SupplierAssessment(note="business associate agreement signed")},
        )
    )

with tm.boundary("Practice management vendor", trust=tg.Trust.PARTNER):
    # The clinic's existing scheduling and charting SaaS; the schedule of record.
    pms = tm.add(
        tg.ExternalService(
            "Practice management system",
            description="Appointments, patient demographics and charts; REST API per clinic.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends reminders and posts patients' replies back to us.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Clinic cloud", trust=tg.Trust.INTERNAL):
    # Backend of the consent chat page opened from the reminder link.
    chat_api = tm.add(
        tg.Endpoint(
            "Consent chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="signed single-use link from the reminder text plus date of birth"
                )
            },
        )
    )
    # Runs the consent script, retrieves leaflet passages, calls the LLM, records consent.
    chatbot = tm.add(
        tg.Service(
            "Consent chatbot service",
            description="Scripted consent steps with LLM answers to free-text questions; "
            "also reads SMS replies and classifies them as confirm, cancel or reschedule.",
        )
    )
    # The clinic's consent leaflets, chunked and embedded, so answers stay on what they say.
    index = tm.add(tg.VectorStore("Consent leaflet index", stores={passages}))
    # Where each visit's consent and contraindication answers are kept.
    consent_store = tm.add(
        tg.DataStore(
            "Consent record store",
            stores={consent_records, contra_answers},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(retention_days=2190),
            },
        )
    )
    # Kept to answer patient complaints and to check the chatbot's answers.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Runs each evening: pulls tomorrow's appointments and sends the reminder texts.
    reminder_job = tm.add(
        tg.Service(
            "Nightly reminder job",
            controls={c.SecretsManagement(note="practice system API key in the secret store")},
        )
    )
    # Receives the SMS provider's callback for each inbound reply.
    sms_webhook = tm.add(tg.Endpoint("SMS reply webhook", purpose=tg.EndpointPurpose.API))
    # Front desk and practitioners check consent and act on flags and reschedule requests.
    dashboard = tm.add(
        tg.Endpoint(
            "Clinic staff dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace SSO with 2SV"), c.RBAC()},
        )
    )

with tm.boundary("Clinic office", trust=tg.Trust.INTERNAL):
    # Books visits, handles reschedule requests and uploads new leaflet versions.
    front_desk = tm.add(tg.Actor("Front desk coordinator", role="front desk"))
    # Reviews flagged contraindication answers before needling.
    acupuncturist = tm.add(tg.Actor("Acupuncturist", role="licensed acupuncturist"))

# ---------------------------------------------------------------- flows
# Reminders
tm.flow(pms, reminder_job, appointments, protocol="https", label="nightly export")
tm.flow(reminder_job, sms, reminder, protocol="https")
tm.flow(sms, patient, reminder, protocol="sms")

# Consent chat
tm.flow(patient, chat_api, question, contra_answers, consent_signature, dob, protocol="https")
tm.flow(chat_api, patient, chat_reply, protocol="https")
tm.flow(chat_api, chatbot, question, contra_answers, consent_signature)
tm.flow(chatbot, chat_api, chat_reply)
tm.flow(pms, chat_api, appointments, protocol="https", label="date of birth and visit lookup")
tm.flow(chatbot, index, question, label="similarity query")
tm.flow(index, chatbot, passages)
tm.flow(chatbot, llm, llm_prompt, protocol="https")
tm.flow(llm, chatbot, llm_completion, protocol="https")
tm.flow(chatbot, consent_store, consent_records, contra_answers)
tm.flow(chatbot, transcript_store, transcripts)

# SMS replies
tm.flow(patient, sms, sms_reply, protocol="sms")
tm.flow(sms, sms_webhook, sms_reply, protocol="https", label="inbound message webhook")
tm.flow(sms_webhook, chatbot, sms_reply)
tm.flow(chatbot, pms, status_update, protocol="https")

# Staff
tm.flow(consent_store, dashboard, consent_status)
tm.flow(chatbot, dashboard, reschedule)
tm.flow(dashboard, front_desk, consent_status, reschedule, protocol="https")
tm.flow(dashboard, acupuncturist, consent_status, protocol="https")
tm.flow(front_desk, dashboard, leaflets, protocol="https", label="upload new leaflet version")
tm.flow(dashboard, index, passages, label="chunk and embed leaflets")
