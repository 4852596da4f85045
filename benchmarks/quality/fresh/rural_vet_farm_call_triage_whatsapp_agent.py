"""Rural vet practice: WhatsApp farm-call triage agent (first design).

A mixed and large-animal practice serving farms across a rural county gets most
out-of-hours calls as WhatsApp messages: a cow down after calving, lame ewes, a
colicking horse, often with photos or short videos. An LLM agent answers the
practice's WhatsApp Business number. It identifies the farm from the sender's
number, reads the client's herd and visit history from the practice management
system (PMS), follows the practice's triage protocols, asks follow-up questions,
then either gives first-aid advice and books a routine visit in the PMS diary or
pages the on-call vet by SMS for an emergency. Meta's WhatsApp Cloud API delivers
messages by webhook to a small service in the practice's cloud account; the
model is a vendor-hosted multimodal LLM. Reception staff read the conversations
on a dashboard next morning and can take over a chat; they sign in with Google
Workspace and 2-step verification. The agent stops after a fixed number of steps.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Rural vet farm-call triage WhatsApp agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "WhatsApp agent that triages farmers' sick-animal messages, books farm "
        "visits and pages the on-call vet."
    ),
)

# ---------------------------------------------------------------- data assets
farmer_message = tg.Data(
    "Farmer message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Text about the animals, the farm and the caller; the sender's phone number.",
)
animal_media = tg.Data(
    "Animal photos and videos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Often geotagged; sometimes show people, yards and vehicles.",
)
client_records = tg.Data(
    "Client and herd records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Farm address and holding number, contacts, herd health and TB status, account.",
)
protocols = tg.Data("Triage protocols", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Protocols, the conversation so far, photos and the client's herd summary.",
)
llm_completion = tg.Data(
    "Triage assessment and reply", kind="model-output", sensitivity=tg.Sensitivity.PII
)
reply = tg.Data("Reply to farmer", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Visit booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking = tg.Data("Farm visit booking", kind="records", sensitivity=tg.Sensitivity.PII)
page_call = tg.Data("Emergency page request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
page_sms = tg.Data("On-call page SMS", kind="documents", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data(
    "Conversation transcripts and media", kind="logs", sensitivity=tg.Sensitivity.PII
)
staff_reply = tg.Data("Reception takeover reply", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Farmers and stockmen messaging from their own phones, anywhere on the farm.
    farmer = tm.add(tg.Actor("Farmer", role="client"))

with tm.boundary("Meta WhatsApp platform", trust=tg.Trust.PARTNER):
    # WhatsApp Business Cloud API: receives farmers' messages and posts them to our webhook.
    whatsapp = tm.add(
        tg.ExternalService(
            "WhatsApp Business Cloud API",
            description="Delivers inbound messages by webhook; sends our replies.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the messages and photos and drafts the triage.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Gateway the practice already uses to page the on-call vet.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("PMS vendor cloud", trust=tg.Trust.PARTNER):
    # The practice's system of record: clients, herds, visit history and the diary.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={client_records, booking},
            controls={c.AuditLogging()},
        )
    )

with tm.boundary("On call", trust=tg.Trust.UNTRUSTED):
    # The vet on duty out of hours, on their own mobile phone between farms.
    on_call_vet = tm.add(tg.Actor("On-call vet", role="veterinary surgeon"))

with tm.boundary("Practice office", trust=tg.Trust.INTERNAL):
    # Reception reviews overnight chats in the morning and takes over where needed.
    receptionist = tm.add(tg.Actor("Receptionist", role="reception staff"))

with tm.boundary("Practice cloud account", trust=tg.Trust.INTERNAL):
    # Receives WhatsApp webhook calls; the farm is identified from the sender's number.
    webhook = tm.add(
        tg.Endpoint(
            "WhatsApp webhook receiver",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="sender WhatsApp number matched to the client record")
            },
        )
    )
    # Runs the triage conversation and decides to advise, book or page.
    agent = tm.add(
        tg.Agent(
            "Farm-call triage agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Creates a routine farm visit in the PMS diary.
    booking_tool = tm.add(tg.Tool("Visit booking tool", capabilities={"write"}))
    # Sends the emergency page to the on-call vet.
    paging_tool = tm.add(tg.Tool("On-call paging tool", capabilities={"send-messages"}))
    # The practice's written triage protocols the agent must follow.
    protocol_store = tm.add(tg.DataStore("Triage protocols", stores={protocols}))
    # Every conversation, with the farmer's photos, for reception and clinical audit.
    convo_store = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Web dashboard where reception reads the chats and replies by hand.
    dashboard = tm.add(
        tg.Service(
            "Reception dashboard",
            controls={
                c.Authentication(method="Google Workspace sign-in with 2SV"),
                c.RBAC(),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(farmer, whatsapp, farmer_message, animal_media, protocol="https")
tm.flow(whatsapp, farmer, reply, staff_reply, protocol="https")
tm.flow(whatsapp, webhook, farmer_message, animal_media, protocol="https", label="webhook")
tm.flow(webhook, agent, farmer_message, animal_media)

tm.flow(agent, pms, farmer_message, protocol="https", label="client lookup by phone number")
tm.flow(pms, agent, client_records, protocol="https")
tm.flow(protocol_store, agent, protocols)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, whatsapp, reply, protocol="https")

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, pms, booking, protocol="https")
tm.flow(agent, paging_tool, page_call)
tm.flow(paging_tool, sms, page_sms, protocol="https")
tm.flow(sms, on_call_vet, page_sms, protocol="sms")

tm.flow(agent, convo_store, transcripts)
tm.flow(convo_store, dashboard, transcripts)
tm.flow(dashboard, receptionist, transcripts, protocol="https")
tm.flow(receptionist, dashboard, staff_reply, protocol="https")
tm.flow(dashboard, whatsapp, staff_reply, protocol="https")
