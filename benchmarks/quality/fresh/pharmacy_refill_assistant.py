"""Pharmacy refill assistant: the first design, before any security review.

Patients of our US pharmacy chain text or call a refill number. A telephony
provider relays SMS and transcribed speech to our messaging gateway by webhook;
the gateway matches the caller's phone number to a patient profile and asks for a
date of birth before the conversation goes on. A refill assistant in our cloud
sends the conversation to a hosted LLM to understand the request, looks up the
patient's prescriptions in the pharmacy management system, checks coverage with
the pharmacy benefit manager (PBM) partner API, and puts the refill in the
dispensing queue. Pharmacists review every controlled-substance refill before it
is dispensed. Replies go back to the patient by SMS or synthesized voice.
Controls in this design: webhook signature checks, caller ID plus date of birth,
rate limits, a BAA with the LLM vendor, encryption at rest and access control on
pharmacy data, and a vaulted PBM API key.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pharmacy refill assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="SMS and voice assistant that queues prescription refills for patients.",
)

# ---------------------------------------------------------------- data assets
patient_message = tg.Data(
    "Patient message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="SMS text or call transcript: refill request, Rx number, date of birth.",
)
voice_audio = tg.Data("Call audio", kind="media", sensitivity=tg.Sensitivity.REGULATED)
llm_prompt = tg.Data(
    "Refill prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System instructions, the conversation and the patient's active prescriptions.",
)
llm_output = tg.Data(
    "LLM interpretation",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Intent, the prescription to refill and the reply text.",
)
rx_query = tg.Data("Prescription lookup", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
prescriptions = tg.Data(
    "Prescription records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
eligibility_request = tg.Data(
    "Eligibility request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Member ID, drug NDC, quantity and days' supply.",
)
eligibility_result = tg.Data(
    "Eligibility result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Covered or rejected, copay, refill-too-soon and prior-authorization flags.",
)
pbm_api_key = tg.Data("PBM API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
refill_order = tg.Data(
    "Refill order",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review_decision = tg.Data("Pharmacist review", kind="records", sensitivity=tg.Sensitivity.REGULATED)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
transcript = tg.Data("Conversation transcript", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Public phone network", trust=tg.Trust.UNTRUSTED):
    # Anyone with a phone can text or call the refill number.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Carries SMS and calls, transcribes speech and synthesizes voice replies.
    telephony = tm.add(
        tg.ExternalService(
            "SMS and voice provider",
            description="CPaaS vendor with speech-to-text and text-to-speech.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Understands free-text requests and writes the replies.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed; zero data retention tier")},
        )
    )

with tm.boundary("PBM network", trust=tg.Trust.PARTNER):
    # The pharmacy benefit manager's partner API for coverage checks.
    pbm = tm.add(tg.ExternalService("PBM eligibility API", provides="data-provider"))

with tm.boundary("Pharmacy cloud", trust=tg.Trust.INTERNAL):
    # Receives the provider's webhooks and identifies the patient.
    gateway = tm.add(
        tg.Endpoint(
            "Messaging gateway",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.MessageIntegrity(note="provider webhook signatures are verified"),
                c.Authentication(method="caller ID matched to profile plus date of birth"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The LLM-driven assistant that runs each refill conversation.
    assistant = tm.add(tg.Agent("Refill assistant", autonomy=tg.Autonomy.SUPERVISED))
    # Reads the patient's active prescriptions from the pharmacy system.
    rx_tool = tm.add(tg.Tool("Prescription lookup tool", capabilities={"read"}))
    # Calls the PBM to check coverage before queueing.
    eligibility_tool = tm.add(
        tg.Tool(
            "Eligibility check tool",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="PBM API key held in the cloud vault")},
        )
    )
    # Creates refill orders in the dispensing queue.
    refill_tool = tm.add(
        tg.Tool(
            "Refill queue tool",
            capabilities={"write"},
            controls={
                c.HumanInTheLoop(approver="pharmacist, for controlled substances only"),
            },
        )
    )
    # Keeps conversations for customer service and dispute handling.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcript}))

    with tm.boundary("Pharmacy systems", trust=tg.Trust.RESTRICTED):
        # System of record for patients, prescriptions and dispensing.
        pms = tm.add(
            tg.DataStore(
                "Pharmacy management system",
                stores={prescriptions, refill_order},
                controls={
                    c.EncryptionAtRest(key_management="KMS"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=2190),
                },
            )
        )

with tm.boundary("Pharmacy stores", trust=tg.Trust.INTERNAL):
    # Reviews controlled-substance refills and dispenses.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="pharmacist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(patient, telephony, patient_message, protocol="sms")
tm.flow(patient, telephony, voice_audio, protocol="pstn", id="patient->telephony:call")
tm.flow(telephony, patient, reply, protocol="sms")
tm.flow(telephony, patient, voice_audio, protocol="pstn", id="telephony->patient:call")
tm.flow(
    telephony, gateway, patient_message, protocol="https", label="webhook with text or transcript"
)
tm.flow(gateway, telephony, reply, protocol="https")

tm.flow(gateway, assistant, patient_message)
tm.flow(assistant, gateway, reply)
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_output, protocol="https")
tm.flow(assistant, transcript_store, transcript)

tm.flow(assistant, rx_tool, rx_query)
tm.flow(rx_tool, pms, rx_query)
tm.flow(pms, rx_tool, prescriptions)
tm.flow(rx_tool, assistant, prescriptions)

tm.flow(assistant, eligibility_tool, eligibility_request)
tm.flow(eligibility_tool, pbm, eligibility_request, pbm_api_key, protocol="https")
tm.flow(pbm, eligibility_tool, eligibility_result, protocol="https")
tm.flow(eligibility_tool, assistant, eligibility_result)

tm.flow(assistant, refill_tool, refill_order)
tm.flow(refill_tool, pms, refill_order, label="queue refill")
tm.flow(pms, pharmacist, refill_order, label="controlled-substance review queue")
tm.flow(pharmacist, pms, review_decision, label="approve or reject")
