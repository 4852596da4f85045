"""Village pharmacy: repeat prescription requests over WhatsApp.

Patients of a UK village pharmacy message its WhatsApp Business number to ask for
their repeat medicines. Meta's WhatsApp Cloud API posts each message to a webhook
in the pharmacy's small cloud tenant, which identifies the patient by matching the
sender's WhatsApp number to the phone number in the patient medication record (PMR).
An LLM agent, using a hosted model in a UK region under a signed data processing
agreement, looks up the patient's repeat medicines through the PMR supplier's API,
replies to the patient and drafts the request to the patient's GP surgery into a
queue. The pharmacist reviews each draft in a web console (own account, password and
authenticator app) and approves it; only then is it sent to the surgery over NHSmail.
Approved requests marked for delivery go to a delivery list that the driver sees on
a phone app, signing in with their own username and password, and confirms each
drop-off. The PMR supplier encrypts and audits its records; the queue and the
conversation log use the cloud provider's default encryption at rest.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Village pharmacy repeat prescription WhatsApp agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "WhatsApp agent that drafts repeat prescription requests to GP surgeries "
        "for pharmacist approval, with home delivery."
    ),
)

# ---------------------------------------------------------------- data assets
patient_message = tg.Data(
    "Patient WhatsApp message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free text such as 'can I have my inhalers and the blood pressure ones'.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the conversation and the patient's repeat medicines.",
)
llm_completion = tg.Data(
    "Model completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
pmr_query = tg.Data("PMR lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
medication_record = tg.Data(
    "Patient medication record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="NHS number, address, phone number, GP surgery and repeat medicines.",
)
draft_request = tg.Data(
    "Draft GP repeat request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
pharmacist_decision = tg.Data("Pharmacist approval decision", kind="records")
approved_request = tg.Data(
    "Approved GP repeat request", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
gp_response = tg.Data("GP surgery response", kind="documents", sensitivity=tg.Sensitivity.REGULATED)
transcripts = tg.Data(
    "WhatsApp conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED
)
delivery_booking = tg.Data("Delivery booking", kind="records", sensitivity=tg.Sensitivity.PII)
drop_off_list = tg.Data(
    "Daily drop-off list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Patient names, addresses, phone numbers, bag counts and delivery notes.",
)
delivery_confirmation = tg.Data(
    "Delivery confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients messaging from their own phones.
    patient = tm.add(tg.Actor("Patient", role="patient"))
    # The pharmacy's delivery driver, using their own phone.
    driver = tm.add(tg.Actor("Delivery driver", role="driver"))
    # The delivery app on the driver's phone.
    driver_app = tm.add(
        tg.Device(
            "Driver delivery app",
            fleet=False,
            controls={tg.controls.Authentication(method="driver's own username and password")},
        )
    )

with tm.boundary("Meta WhatsApp platform", trust=tg.Trust.PARTNER):
    # WhatsApp Business Cloud API: delivers messages to our webhook and sends replies.
    whatsapp = tm.add(tg.ExternalService("WhatsApp Business Cloud API"))

with tm.boundary("LLM vendor (UK region)", trust=tg.Trust.PARTNER):
    # Hosted language model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.SupplierAssessment(note="DPA signed, UK data residency")},
        )
    )

with tm.boundary("PMR supplier hosting", trust=tg.Trust.PARTNER):
    # The pharmacy's patient medication record, run by its PMR supplier.
    pmr = tm.add(
        tg.DataStore(
            "Patient medication record system (PMR)",
            stores={medication_record},
            controls={
                tg.controls.EncryptionAtRest(key_management="supplier-managed keys"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(),
            },
        )
    )

with tm.boundary("NHS network", trust=tg.Trust.PARTNER):
    # NHSmail, how requests reach the GP surgery's prescriptions inbox and answers come back.
    nhsmail = tm.add(tg.ExternalService("NHSmail"))

with tm.boundary("Pharmacy cloud tenant", trust=tg.Trust.INTERNAL):
    # Public webhook that WhatsApp calls; it identifies the patient by number.
    webhook = tm.add(
        tg.Endpoint(
            "WhatsApp webhook",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(
                    method="sender's WhatsApp number matched to the phone number in the PMR"
                )
            },
        )
    )
    # The LLM agent that understands the request, looks up medicines and drafts the request.
    agent = tm.add(
        tg.Agent(
            "Repeat prescription agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the pharmacist approves each GP request before it is sent"
                )
            },
        )
    )
    # Reads the patient's repeat medicines from the PMR supplier's API.
    pmr_tool = tm.add(tg.Tool("PMR lookup tool", capabilities={"read"}))
    # Writes the drafted GP request into the approval queue (it cannot send it).
    draft_tool = tm.add(tg.Tool("GP request drafting tool", capabilities={"write"}))
    # Drafts waiting for the pharmacist.
    draft_queue = tm.add(
        tg.DataStore(
            "Draft request queue",
            stores={draft_request},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Every WhatsApp conversation, kept so staff can see what was said.
    conversation_log = tm.add(
        tg.DataStore(
            "Conversation log",
            stores={transcripts},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Web console where the pharmacist reviews, edits and approves drafts.
    console = tm.add(
        tg.Service(
            "Pharmacist approval console",
            internet_facing=True,
            controls={
                tg.controls.Authentication(
                    method="pharmacist's own account, password and authenticator-app TOTP"
                )
            },
        )
    )
    # Builds the day's drop-offs from approved requests marked for delivery.
    delivery_service = tm.add(tg.Service("Delivery list service"))

with tm.boundary("Pharmacy premises", trust=tg.Trust.INTERNAL):
    # The responsible pharmacist, at the dispensary PC.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="pharmacist"))

# ---------------------------------------------------------------- flows
tm.flow(patient, whatsapp, patient_message, protocol="whatsapp")
tm.flow(whatsapp, patient, agent_reply, protocol="whatsapp")
tm.flow(whatsapp, webhook, patient_message, protocol="https")
tm.flow(webhook, whatsapp, agent_reply, protocol="https")
tm.flow(webhook, agent, patient_message)
tm.flow(agent, webhook, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, conversation_log, transcripts)

tm.flow(agent, pmr_tool, pmr_query)
tm.flow(pmr_tool, pmr, pmr_query, protocol="https")
tm.flow(pmr, pmr_tool, medication_record, protocol="https")
tm.flow(pmr_tool, agent, medication_record)
tm.flow(agent, draft_tool, draft_request)
tm.flow(draft_tool, draft_queue, draft_request)

tm.flow(draft_queue, console, draft_request)
tm.flow(console, draft_queue, pharmacist_decision)
tm.flow(console, pharmacist, draft_request, protocol="https")
tm.flow(pharmacist, console, pharmacist_decision, protocol="https")
tm.flow(console, nhsmail, approved_request, protocol="smtps", label="sent on approval")
tm.flow(nhsmail, pharmacist, gp_response, protocol="https", label="shared NHSmail inbox")

tm.flow(console, delivery_service, delivery_booking)
tm.flow(pmr, delivery_service, medication_record, protocol="https", label="delivery address")
tm.flow(delivery_service, driver_app, drop_off_list, protocol="https")
tm.flow(driver_app, delivery_service, delivery_confirmation, protocol="https")
tm.flow(driver_app, driver, drop_off_list)
tm.flow(driver, driver_app, delivery_confirmation)
