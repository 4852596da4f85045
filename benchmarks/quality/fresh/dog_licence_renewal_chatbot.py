"""Dog licence renewal chatbot: the first design, before any security review.

A city council lets dog owners renew their dog licences by chatting with an LLM
assistant on the council website. Owners sign in with the city's citizen
account. The assistant, running in the council's cloud tenancy on a
vendor-hosted model, checks the dog's microchip number against the national
microchip database, reads the enforcement system to refuse renewals for dogs
under a dangerous-dog order, sends the owner a payment link from the council's
payment provider and, once the provider confirms payment, issues the licence
into the licence register. Dog wardens record incidents and dangerous-dog
orders in the enforcement system. Card details are entered only on the
provider's hosted page. The chat endpoint is rate limited, the enforcement
lookup is a read-only view, and the register is encrypted and role-restricted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dog licence renewal chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Council web assistant that checks microchips and enforcement records and issues dog licences.",
)

# ---------------------------------------------------------------- data assets
credentials = tg.Data("Citizen account credentials", sensitivity="secret", kind="credentials")
id_token = tg.Data("Citizen ID token", sensitivity="secret", kind="credentials")
message = tg.Data(
    "Owner chat message",
    sensitivity="pii",
    kind="prompt",
    description="Owner's details, the dog's name and microchip number, renewal questions.",
)
reply = tg.Data("Assistant reply", sensitivity="pii", kind="model-output")
llm_prompt = tg.Data("Assistant prompt", sensitivity="pii", kind="prompt")
completion = tg.Data("Model completion and tool calls", sensitivity="pii", kind="model-output")
chip_query = tg.Data("Microchip number lookup", sensitivity="pii", kind="tool-call")
chip_record = tg.Data(
    "Microchip registration record",
    sensitivity="pii",
    kind="tool-result",
    description="Registered keeper's name and address and the dog's description.",
)
enforcement_query = tg.Data("Enforcement record query", sensitivity="pii", kind="tool-call")
enforcement_status = tg.Data("Dangerous-dog order status", sensitivity="pii", kind="tool-result")
incidents = tg.Data(
    "Dog incidents and dangerous-dog orders",
    sensitivity="pii",
    kind="records",
    description="Warden reports, bite incidents, orders and their conditions.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
pay_request = tg.Data("Payment link request", sensitivity="internal", kind="tool-call")
pay_link = tg.Data("Payment link", sensitivity="internal", kind="tool-result")
card_details = tg.Data("Card details", sensitivity="regulated", kind="records")
payment_callback = tg.Data(
    "Payment confirmation webhook", sensitivity="confidential", kind="records"
)
licence_request = tg.Data("Licence issue request", sensitivity="pii", kind="tool-call")
licence = tg.Data(
    "Dog licence record",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
transcript = tg.Data("Chat transcript", sensitivity="pii", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # Residents renewing a licence from the council website.
    owner = tm.add(tg.Actor("Dog owner", role="resident"))

with tm.boundary("LLM vendor", trust="partner"):
    # Language model behind the assistant, under the council's data processing agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            controls={c.SupplierAssessment(note="procurement review and DPA, EU data residency")},
        )
    )

with tm.boundary("National microchip database operator", trust="partner"):
    # Where every microchipped dog and its registered keeper is recorded.
    chip_db = tm.add(tg.ExternalService("National microchip database", provides="data-provider"))

with tm.boundary("Payment provider", trust="partner"):
    # Hosted payment pages; the council never sees card numbers.
    payments = tm.add(tg.ExternalService("Payment provider", provides="generic"))

with tm.boundary("City shared platforms", trust="internal"):
    # The city's citizen account, used by every council online service.
    citizen_account = tm.add(
        tg.Service(
            "Citizen account service",
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Council cloud tenancy", trust="internal"):
    # The chat widget's backend on the council website.
    chat = tm.add(
        tg.Endpoint(
            "Licensing chat endpoint",
            purpose="api",
            controls={
                c.Authentication(method="OIDC with the citizen account"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The LLM agent that runs the renewal and calls the tools below.
    agent = tm.add(tg.Agent("Licensing assistant", autonomy="autonomous"))
    # Looks a microchip number up in the national database.
    chip_tool = tm.add(
        tg.Tool(
            "Microchip lookup tool",
            capabilities={"read"},
            controls={c.SecretsManagement(note="database API key in the council key vault")},
        )
    )
    # Reads whether the dog is under a dangerous-dog order.
    enforcement_tool = tm.add(
        tg.Tool(
            "Enforcement record lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only database view")},
        )
    )
    # Asks the payment provider for a payment link for the licence fee.
    pay_tool = tm.add(tg.Tool("Payment link tool", capabilities={"write"}))
    # Writes the new licence into the register.
    licence_tool = tm.add(tg.Tool("Licence issuing tool", capabilities={"read", "write"}))
    # Receives the provider's payment confirmations.
    pay_webhook = tm.add(tg.Endpoint("Payment webhook receiver", purpose="api"))
    # The register of licensed dogs and their owners.
    register = tm.add(
        tg.DataStore(
            "Dog licence register",
            stores={licence, payment_callback},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Chat transcripts, kept for complaints.
    transcripts = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcript},
            controls={c.RetentionLimits(days=180)},
        )
    )

with tm.boundary("Council corporate network", trust="internal"):
    # Dog wardens recording incidents and orders.
    warden = tm.add(tg.Actor("Dog warden", role="enforcement officer"))
    # Existing enforcement case system.
    enforcement = tm.add(
        tg.DataStore(
            "Dog enforcement system",
            stores={incidents},
            controls={c.RBAC(), c.AuditLogging(retention_days=2555)},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(owner, citizen_account, credentials, protocol="https", label="sign in")
tm.flow(citizen_account, owner, id_token, protocol="https")
tm.flow(owner, chat, id_token, message, protocol="https")
tm.flow(chat, owner, reply, protocol="https")
tm.flow(chat, agent, message)
tm.flow(agent, chat, reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcripts, transcript)

tm.flow(agent, chip_tool, chip_query)
tm.flow(chip_tool, chip_db, chip_query, protocol="https")
tm.flow(chip_db, chip_tool, chip_record, protocol="https")
tm.flow(chip_tool, agent, chip_record)

tm.flow(warden, enforcement, incidents, protocol="https", label="records incidents and orders")
tm.flow(agent, enforcement_tool, enforcement_query)
tm.flow(enforcement_tool, enforcement, enforcement_query)
tm.flow(enforcement, enforcement_tool, enforcement_status)
tm.flow(enforcement_tool, agent, enforcement_status)

tm.flow(agent, pay_tool, pay_request)
tm.flow(pay_tool, payments, pay_request, protocol="https")
tm.flow(payments, pay_tool, pay_link, protocol="https")
tm.flow(pay_tool, agent, pay_link)
tm.flow(owner, payments, card_details, protocol="https", label="hosted payment page")
tm.flow(payments, pay_webhook, payment_callback, protocol="https", label="payment webhook")
tm.flow(pay_webhook, register, payment_callback, label="marks the fee paid")

tm.flow(agent, licence_tool, licence_request)
tm.flow(licence_tool, register, licence)
tm.flow(register, licence_tool, licence)
tm.flow(licence_tool, agent, licence)
