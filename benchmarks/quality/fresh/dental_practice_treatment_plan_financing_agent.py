"""Treatment plan and financing agent: the first design, before any security review.

A UK group of dental practices lets patients talk to an LLM agent about the treatment
plan their dentist wrote in the cloud practice management system (PMS). Patients open
the chat from a single-use link the practice emails them, or reply by email through
our transactional email provider. The agent reads the plan and the patient's details
through a read-only PMS tool, explains the treatment and its cost with a hosted LLM,
runs a soft-search eligibility check with the third-party patient finance provider
and, when the patient says yes in the conversation, submits a finance application
with their income, employment and address. The provider posts the lending decision
back to a webhook and the agent tells the patient. Transcripts are kept for the
treatment coordinators. Controls in this design: link plus date-of-birth sign-in and
rate limits on the chat, a step limit on the agent, the provider API key in a vault,
a scoped read-only PMS key, an encrypted transcript store with role-based access.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dental treatment plan financing agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that explains dental treatment plans to patients by chat and email "
        "and applies for patient finance on their behalf."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Patient chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Questions about the treatment, often with health and money details.",
)
patient_email = tg.Data("Patient email", kind="prompt", sensitivity=tg.Sensitivity.REGULATED)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation, treatment plan and tool results.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
treatment_plan = tg.Data(
    "Treatment plan",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Diagnosis, proposed treatment items, fees and the dentist's notes.",
)
patient_record = tg.Data(
    "Patient record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Name, date of birth, contact details, medical history.",
)
plan_lookup = tg.Data("Plan lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
eligibility_request = tg.Data(
    "Finance eligibility request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, address and loan amount for a soft search.",
)
eligibility_result = tg.Data(
    "Finance eligibility result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
application = tg.Data(
    "Finance application",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Applicant identity, address history, income, employment, loan amount "
    "and the treatment being financed.",
)
application_ref = tg.Data(
    "Application reference", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
finance_decision = tg.Data(
    "Finance decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Approved, referred or declined, with the offered terms.",
)
transcripts = tg.Data(
    "Conversation transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Chat and email threads with the agent's tool calls.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The patient, on their own phone or computer.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Practice group cloud", trust=tg.Trust.INTERNAL):
    # Web chat the practice links to from its emails.
    chat = tm.add(
        tg.Endpoint(
            "Patient chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="single-use emailed link and date of birth"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The LLM agent that explains plans and handles finance.
    agent = tm.add(
        tg.Agent(
            "Treatment finance agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers patients directly; submits an application once the "
            "patient agrees in the conversation.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Reads the patient's plan and details from the PMS.
    plan_tool = tm.add(
        tg.Tool(
            "Treatment plan lookup",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only PMS API key scoped to plans")},
        )
    )
    # Soft-search eligibility check with the finance provider.
    eligibility_tool = tm.add(
        tg.Tool(
            "Finance eligibility check",
            capabilities={"read"},
            controls={c.SecretsManagement(note="provider API key in the cloud vault")},
        )
    )
    # Submits the full finance application.
    application_tool = tm.add(
        tg.Tool(
            "Finance application submitter",
            capabilities={"write"},
            controls={c.SecretsManagement(note="provider API key in the cloud vault")},
        )
    )
    # Receives lending decisions from the finance provider.
    webhook = tm.add(
        tg.Endpoint(
            "Finance decision webhook",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared API key issued to the finance provider")},
        )
    )
    # Keeps chat and email threads for staff follow-up.
    transcript_store = tm.add(
        tg.DataStore(
            "Conversation transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )

with tm.boundary("Dental practices", trust=tg.Trust.INTERNAL):
    # Writes the treatment plans in the PMS.
    dentist = tm.add(tg.Actor("Dentist", role="dentist"))
    # Follows up on conversations and finance referrals.
    coordinator = tm.add(tg.Actor("Treatment coordinator", role="practice staff"))

with tm.boundary("PMS vendor cloud", trust=tg.Trust.PARTNER):
    # The group's cloud practice management system: system of record for patients.
    pms = tm.add(
        tg.DataStore("Practice management system", stores={treatment_plan, patient_record})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, no training on our data")},
        )
    )

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # Sends the agent's emails and forwards patients' replies.
    email = tm.add(tg.ExternalService("Transactional email service"))

with tm.boundary("Finance provider", trust=tg.Trust.PARTNER):
    # The FCA-authorised lender offering patient finance.
    lender = tm.add(tg.ExternalService("Patient finance provider"))

# ---------------------------------------------------------------- flows
tm.flow(patient, chat, chat_message, protocol="https")
tm.flow(chat, patient, agent_reply, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply)

tm.flow(patient, email, patient_email, protocol="smtp")
tm.flow(email, patient, agent_reply, protocol="smtp")
tm.flow(email, agent, patient_email, protocol="https", label="inbound email webhook")
tm.flow(agent, email, agent_reply, protocol="https")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, plan_tool, plan_lookup)
tm.flow(plan_tool, agent, treatment_plan, patient_record)
tm.flow(plan_tool, pms, plan_lookup, protocol="https")
tm.flow(pms, plan_tool, treatment_plan, patient_record, protocol="https")
tm.flow(dentist, pms, treatment_plan, patient_record, protocol="https")

tm.flow(agent, eligibility_tool, eligibility_request)
tm.flow(eligibility_tool, lender, eligibility_request, protocol="https")
tm.flow(lender, eligibility_tool, eligibility_result, protocol="https")
tm.flow(eligibility_tool, agent, eligibility_result)

tm.flow(agent, application_tool, application)
tm.flow(application_tool, lender, application, protocol="https")
tm.flow(lender, application_tool, application_ref, protocol="https")
tm.flow(application_tool, agent, application_ref)

tm.flow(lender, webhook, finance_decision, protocol="https", label="decision webhook")
tm.flow(webhook, agent, finance_decision)

tm.flow(agent, transcript_store, transcripts)
tm.flow(transcript_store, coordinator, transcripts, protocol="https")
