"""Veterinary prescription refill agent: the first design, before any security review.

A group of UK veterinary practices lets pet owners ask for repeat prescriptions in a
chat inside the group's mobile app. Owners sign in with e-mail and password. An LLM
agent in the group's cloud account, calling a hosted model, looks up the pet's record
and the vet's repeat authorisation in the cloud practice management system (PMS),
drafts the prescription in the PMS for a vet to approve, and charges the owner's saved
card through the payment provider. When a vet approves the draft in the PMS, the PMS
calls our dispatch service, which sends the prescription to the practice dispensary
queue or, if the owner chose home delivery, to the online pharmacy partner. Controls in
this design: sign-in and rate limits on the chat API, vet approval of every prescription,
a read-only PMS scope for look-ups, the payment key in a vault, encrypted storage, and a
vendor review of the LLM provider. Cards are entered only on the provider's hosted page.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Veterinary prescription refill agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Chat agent drafting repeat pet prescriptions for vet approval and dispatch.",
)

# ---------------------------------------------------------------- data assets
refill_request = tg.Data(
    "Refill request message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The owner's chat messages: which pet, which medicine, collection or delivery.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation, the pet's record extract and tool results.",
)
llm_completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
owner_account = tg.Data(
    "Owner account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, e-mail, phone, linked pets and their PMS ids.",
)
password_hashes = tg.Data(
    "Owner password hashes", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
card_token = tg.Data(
    "Saved card token", kind="credentials", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
lookup_call = tg.Data("PMS lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
pet_record = tg.Data(
    "Pet clinical record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Species, weight, conditions, current medicines, with the owner's details.",
)
repeat_authorisation = tg.Data(
    "Repeat authorisation",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Which medicine the vet allows to be repeated, how often and until when.",
)
draft_call = tg.Data("Draft prescription call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
draft_prescription = tg.Data(
    "Draft prescription",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
vet_approval = tg.Data("Vet approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
approved_prescription = tg.Data(
    "Approved prescription",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
pharmacy_status = tg.Data("Pharmacy order status", kind="records", sensitivity=tg.Sensitivity.PII)
payment_call = tg.Data("Payment request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
payment_result = tg.Data("Payment result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Pet owners using the group's app; anyone can register an account.
    owner = tm.add(tg.Actor("Pet owner", role="client"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, zero data retention tier")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Card payments; the provider's hosted page collects cards and returns a token.
    payments = tm.add(
        tg.ExternalService("Card payment provider", description="Hosted payments and card vault.")
    )

with tm.boundary("PMS vendor cloud", trust=tg.Trust.PARTNER):
    # Cloud practice management system: clinical records, authorisations, dispensary queue.
    pms = tm.add(
        tg.Service(
            "Practice management system",
            description="Vendor-hosted PMS used by every practice in the group.",
        )
    )

with tm.boundary("Online pharmacy", trust=tg.Trust.PARTNER):
    # Partner pharmacy that dispenses and posts medicines for home delivery.
    pharmacy = tm.add(tg.ExternalService("Online pharmacy partner"))

with tm.boundary("Practice network", trust=tg.Trust.INTERNAL):
    # Vets review and approve drafted prescriptions in the PMS.
    vet = tm.add(tg.Actor("Vet", role="veterinary surgeon", privileged=True))

with tm.boundary("Group cloud", trust=tg.Trust.INTERNAL):
    # The app's chat API; owners sign in here.
    chat = tm.add(
        tg.Endpoint(
            "App chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Owner accounts, the pets linked to them and saved card tokens.
    accounts = tm.add(
        tg.DataStore(
            "Owner account database",
            stores={owner_account, password_hashes, card_token},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Holds the conversation and decides which tools to call.
    agent = tm.add(tg.Agent("Refill agent", autonomy=tg.Autonomy.SUPERVISED))
    # Kept for complaints and clinical queries.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Reads the pet's record and the repeat authorisation through the PMS API.
    record_tool = tm.add(
        tg.Tool(
            "Pet record lookup",
            capabilities={tg.Capability.READ},
            controls={c.LeastPrivilegeTools(note="read-only PMS API scope")},
        )
    )
    # Creates a draft prescription in the PMS approval queue.
    draft_tool = tm.add(tg.Tool("Prescription drafting", capabilities={tg.Capability.WRITE}))
    # Charges the owner's saved card for the medicine and the dispensing fee.
    payment_tool = tm.add(
        tg.Tool(
            "Payment taker",
            capabilities={tg.Capability.MONEY_MOVEMENT},
            controls={c.SecretsManagement(note="provider API key in the cloud vault")},
        )
    )
    # Called by the PMS when a vet approves; routes the prescription to where it is filled.
    dispatch = tm.add(
        tg.Service(
            "Prescription dispatch service",
            controls={c.HumanInTheLoop(approver="the prescribing vet, in the PMS")},
        )
    )

# ---------------------------------------------------------------- flows
# chat
tm.flow(owner, chat, refill_request, protocol="https")
tm.flow(chat, accounts, owner_account, label="sign-in and pet list")
tm.flow(accounts, chat, owner_account, password_hashes)
tm.flow(chat, agent, refill_request, owner_account)
tm.flow(agent, chat, agent_reply)
tm.flow(chat, owner, agent_reply, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# the model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# record and authorisation look-ups
tm.flow(agent, record_tool, lookup_call)
tm.flow(record_tool, pms, lookup_call, protocol="https")
tm.flow(pms, record_tool, pet_record, repeat_authorisation, protocol="https")
tm.flow(record_tool, agent, pet_record, repeat_authorisation)

# drafting for the vet
tm.flow(agent, draft_tool, draft_call)
tm.flow(draft_tool, pms, draft_prescription, protocol="https")
tm.flow(pms, draft_tool, draft_prescription, protocol="https", label="draft id")
tm.flow(draft_tool, agent, draft_prescription)
tm.flow(pms, vet, draft_prescription, protocol="https", label="approval queue")
tm.flow(vet, pms, vet_approval, protocol="https")

# payment
tm.flow(owner, payments, card_details, protocol="https", label="hosted card page")
tm.flow(payments, accounts, card_token, protocol="https")
tm.flow(agent, payment_tool, payment_call)
tm.flow(accounts, payment_tool, card_token)
tm.flow(payment_tool, payments, payment_call, card_token, protocol="https")
tm.flow(payments, payment_tool, payment_result, protocol="https")
tm.flow(payment_tool, agent, payment_result)

# dispatch after approval
tm.flow(pms, dispatch, approved_prescription, protocol="https", label="approval webhook")
tm.flow(dispatch, pms, approved_prescription, protocol="https", label="dispensary queue")
tm.flow(
    dispatch,
    pharmacy,
    approved_prescription,
    owner_account,
    protocol="https",
    controls={c.Authentication(method="partner API key")},
)
tm.flow(pharmacy, dispatch, pharmacy_status, protocol="https")
