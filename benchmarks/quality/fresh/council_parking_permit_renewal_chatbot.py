"""Council parking permit renewal chatbot: the first design, before any security review.

Residents renew their residents' parking permits by chatting with an LLM agent on
the council website, after signing in with the council's citizen account. The
agent checks that the resident still lives at the address against council tax
records, checks the vehicle's registration with the national vehicle register,
takes the permit fee through the payment provider's hosted payment page and issues
a virtual permit to the enforcement contractor's permit system. Civil enforcement
officers check permits on handhelds against that system. Anything the agent cannot
settle, and every dispute, is referred by e-mail to the council's parking team.
The language model is a vendor's hosted API, reviewed by procurement and run with
the vendor's content filter. Controls in this design: citizen account sign-in on
the chat, HTTPS on every external link, vaulted API keys, chat transcripts kept for
audit, a step cap on the agent, and role-based access to council tax records.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Council parking permit renewal chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="LLM chatbot that renews residents' parking permits end to end.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Citizen account sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
id_token = tg.Data(
    "Citizen account ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
chat_message = tg.Data("Resident chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
chat_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with conversation and tool results",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
)
completion = tg.Data(
    "LLM completion and tool calls", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
address_query = tg.Data("Address check request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
address_result = tg.Data(
    "Council tax account match",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Whether the resident is liable at the address, and the permit zone.",
)
council_tax = tg.Data(
    "Council tax records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
vrm_query = tg.Data("Vehicle registration query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
vehicle_result = tg.Data(
    "Vehicle keeper and tax details",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
)
payment_request = tg.Data(
    "Permit fee payment request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
payment_link = tg.Data(
    "Hosted payment page link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
payment_outcome = tg.Data(
    "Payment outcome", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
permit_request = tg.Data("Permit issue request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
virtual_permit = tg.Data(
    "Virtual permit",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Registration number, zone, validity dates and permit reference.",
)
permit_lookup = tg.Data("Handheld permit lookup", kind="records", sensitivity=tg.Sensitivity.PII)
permit_status = tg.Data("Permit status", kind="records", sensitivity=tg.Sensitivity.PII)
dispute = tg.Data(
    "Dispute referral",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The resident's complaint, the chat summary and what the agent found.",
)
permit_change = tg.Data("Permit amendment", kind="records", sensitivity=tg.Sensitivity.PII)
dispute_outcome = tg.Data(
    "Dispute outcome letter", kind="documents", sensitivity=tg.Sensitivity.PII
)
api_key_note = "keys held in the council's secrets vault"

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a citizen account can start a renewal.
    resident = tm.add(tg.Actor("Resident", role="permit holder"))

with tm.boundary("Citizen account platform", trust=tg.Trust.PARTNER):
    # The council's vendor-hosted sign-in for all online services.
    citizen_account = tm.add(
        tg.ExternalService(
            "Citizen account",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the vendor's content filter"),
                c.SupplierAssessment(note="procurement security questionnaire and DPIA"),
            },
        )
    )

with tm.boundary("National vehicle register", trust=tg.Trust.PARTNER):
    # Confirms the vehicle exists, is taxed and is kept at the resident's address.
    vehicle_register = tm.add(
        tg.ExternalService(
            "Vehicle register API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment page: card details never reach council systems.
    payment_provider = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("Enforcement contractor", trust=tg.Trust.PARTNER):
    # The contractor's permit and enforcement system, the record officers check.
    enforcement = tm.add(
        tg.Service(
            "Permit and enforcement system",
            controls={c.Authentication(method="officer ID and PIN on a managed handheld")},
        )
    )
    # What civil enforcement officers carry on patrol.
    handheld = tm.add(tg.Device("Enforcement officer handheld", fleet=True))

with tm.boundary("Council cloud", trust=tg.Trust.INTERNAL):
    # The chat widget's backend; it accepts only signed-in residents.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="OIDC via the citizen account (e-mail and password)")
            },
        )
    )
    # Runs the renewal conversation and decides which tool to call.
    agent = tm.add(
        tg.Agent(
            "Permit renewal agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.AuditLogging(retention_days=365, note="full chat transcripts and tool calls"),
                c.CircuitBreaker(max_steps=25),
            },
        )
    )
    # Looks the resident's address up in council tax.
    address_tool = tm.add(tg.Tool("Council tax address check", capabilities={"read"}))
    # Queries the national vehicle register.
    vehicle_tool = tm.add(
        tg.Tool(
            "Vehicle registration check",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note=api_key_note)},
        )
    )
    # Opens a hosted payment session for the permit fee and reads its outcome.
    payment_tool = tm.add(
        tg.Tool(
            "Permit payment",
            capabilities={"money-movement"},
            controls={c.SecretsManagement(note=api_key_note)},
        )
    )
    # Creates or renews the virtual permit with the enforcement contractor.
    permit_tool = tm.add(
        tg.Tool(
            "Permit issue",
            capabilities={"write"},
            controls={c.SecretsManagement(note=api_key_note)},
        )
    )
    # Hands disputes and anything unusual to staff.
    referral_tool = tm.add(tg.Tool("Dispute referral", capabilities={"send-messages"}))

    with tm.boundary("Revenues system", trust=tg.Trust.RESTRICTED):
        # The council tax system of record.
        council_tax_db = tm.add(
            tg.DataStore(
                "Council tax system",
                stores={council_tax},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="database TDE")},
            )
        )

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # Handles disputes and amends permits by hand.
    parking_team = tm.add(tg.Actor("Parking team officer", role="parking services staff"))

# ---------------------------------------------------------------- flows
# Sign-in and chat
tm.flow(resident, citizen_account, sign_in, protocol="https")
tm.flow(citizen_account, chat_api, id_token, protocol="https")
tm.flow(resident, chat_api, chat_message, protocol="https")
tm.flow(chat_api, resident, chat_reply, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, chat_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Address check
tm.flow(agent, address_tool, address_query)
tm.flow(address_tool, council_tax_db, address_query)
tm.flow(council_tax_db, address_tool, council_tax)
tm.flow(address_tool, agent, address_result)

# Vehicle check
tm.flow(agent, vehicle_tool, vrm_query)
tm.flow(vehicle_tool, vehicle_register, vrm_query, protocol="https")
tm.flow(vehicle_register, vehicle_tool, vehicle_result, protocol="https")
tm.flow(vehicle_tool, agent, vehicle_result)

# Payment
tm.flow(agent, payment_tool, payment_request)
tm.flow(payment_tool, payment_provider, payment_request, protocol="https")
tm.flow(payment_provider, payment_tool, payment_link, payment_outcome, protocol="https")
tm.flow(payment_tool, agent, payment_link, payment_outcome)
tm.flow(resident, payment_provider, card_details, protocol="https", label="hosted payment page")
tm.flow(payment_provider, resident, payment_outcome, protocol="https")

# Permit issue and enforcement
tm.flow(agent, permit_tool, permit_request)
tm.flow(permit_tool, enforcement, virtual_permit, protocol="https")
tm.flow(enforcement, permit_tool, permit_status, protocol="https")
tm.flow(permit_tool, agent, permit_status)
tm.flow(handheld, enforcement, permit_lookup, protocol="https", label="mobile data")
tm.flow(enforcement, handheld, permit_status, protocol="https", label="mobile data")

# Disputes
tm.flow(agent, referral_tool, dispute)
tm.flow(
    referral_tool, parking_team, dispute, protocol="smtp+starttls", label="parking team mailbox"
)
tm.flow(parking_team, enforcement, permit_change, protocol="https")
tm.flow(enforcement, parking_team, virtual_permit, protocol="https")
tm.flow(parking_team, resident, dispute_outcome, protocol="smtp+starttls")
