"""Contact lens reorder agent: the first design, before any security review.

An optician chain in the UK and Ireland runs an LLM agent for its contact lens
wearers. A daily reminder job finds customers whose supply is running out, and
the agent e-mails them. Customers answer by e-mail or in the chat on the
website (signed in to their account). The agent looks up the prescription in
the practice management system through a read-only tool; if it is valid it
places the order and charges the saved card token through the payment
provider, capped per order. If the prescription has expired, it files a
referral in the practices' queue and staff phone the customer to book an eye
test. The agent runs on a vendor-hosted LLM under a data processing agreement;
inbound e-mail arrives from the mail provider by webhook. Transcripts are kept
in a conversation store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Contact lens reorder agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="LLM agent that reminds lens wearers, checks prescriptions and takes paid orders.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Customer chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
inbound_email = tg.Data("Customer reorder e-mail", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
outbound_email = tg.Data(
    "Reminder and reply e-mails", kind="model-output", sensitivity=tg.Sensitivity.PII
)
due_list = tg.Data(
    "Customers due to reorder",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, lens product and last order date.",
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, conversation so far, prescription status and tool results.",
)
llm_completion = tg.Data(
    "Agent completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
prescription = tg.Data(
    "Contact lens prescription",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Lens parameters, prescribing optometrist and expiry date (health data).",
)
rx_query = tg.Data("Prescription lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
rx_status = tg.Data("Prescription status", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED)
order_request = tg.Data("Order request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
order = tg.Data(
    "Lens order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Products, quantities, delivery address and order total.",
)
order_result = tg.Data("Order confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
card_token = tg.Data(
    "Saved card token",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The payment provider's token for the customer's card on file.",
)
charge_request = tg.Data("Charge request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
charge = tg.Data("Card charge", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_result = tg.Data(
    "Payment result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
referral = tg.Data(
    "Eye test referral",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Customer, practice, expired prescription date and a note from the agent.",
)
appointment = tg.Data("Eye test appointment", kind="records", sensitivity=tg.Sensitivity.REGULATED)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The contact lens wearer being reminded and ordering.
    customer = tm.add(tg.Actor("Contact lens wearer", role="customer"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends reminders and replies, and posts inbound customer mail to us.
    mail = tm.add(
        tg.ExternalService(
            "Transactional e-mail service",
            description="Sends our mail and forwards replies by an inbound-mail webhook.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, no training on our data")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Charges the card on file against its saved token.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="PCI-certified provider; we only ever hold its card tokens.",
        )
    )

with tm.boundary("Chain cloud", trust=tg.Trust.INTERNAL):
    # Website chat for signed-in customers.
    chat = tm.add(
        tg.Endpoint(
            "Website chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="customer account e-mail and password")},
        )
    )
    # Starts a reminder conversation for each customer whose supply is running out.
    reminder_job = tm.add(tg.Service("Daily reminder job"))
    # The LLM agent holding the conversation and choosing the tools.
    agent = tm.add(
        tg.Agent(
            "Reorder agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Orders and charges without staff approval once the customer confirms.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Reads prescription validity from the practice system.
    rx_tool = tm.add(
        tg.Tool(
            "Prescription lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only practice API account")},
        )
    )
    # Creates the order in the customer account database.
    order_tool = tm.add(tg.Tool("Place order tool", capabilities={"write"}))
    # Charges the saved card for a placed order.
    pay_tool = tm.add(
        tg.Tool(
            "Charge card tool",
            capabilities={"money-movement"},
            controls={
                c.TransactionLimits(limit="GBP 300 per order"),
                c.SecretsManagement(note="provider API key in the cloud secret store"),
            },
        )
    )
    # Hands expired prescriptions to practice staff.
    referral_tool = tm.add(tg.Tool("Eye test referral tool", capabilities={"write"}))
    # Customer accounts, order history and saved card tokens.
    order_db = tm.add(
        tg.DataStore(
            "Customer account and order database",
            stores={order, card_token, due_list},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Every chat and e-mail exchange, for complaints and quality checks.
    transcript_store = tm.add(tg.DataStore("Conversation store", stores={transcripts}))

with tm.boundary("Practice network", trust=tg.Trust.INTERNAL):
    # Optometrists and dispensing staff who book the eye tests.
    staff = tm.add(tg.Actor("Practice staff", role="dispensing optician"))
    # Referrals waiting for a call back from the customer's practice.
    referral_queue = tm.add(tg.DataStore("Eye test referral queue", stores={referral}))

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # The system of record for prescriptions and appointments.
        pms = tm.add(
            tg.DataStore(
                "Practice management system",
                stores={prescription, appointment},
                controls={c.RBAC(), c.AuditLogging(), c.EncryptionAtRest()},
            )
        )

# ---------------------------------------------------------------- flows
# reminders
tm.flow(order_db, reminder_job, due_list, label="supply running out")
tm.flow(reminder_job, agent, due_list)
tm.flow(agent, mail, outbound_email, protocol="https")
tm.flow(mail, customer, outbound_email, protocol="smtp")

# customer replies
tm.flow(customer, mail, inbound_email, protocol="smtp")
tm.flow(mail, agent, inbound_email, protocol="https", label="inbound mail webhook")
tm.flow(customer, chat, chat_message, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply)
tm.flow(chat, customer, agent_reply, protocol="https")

# reasoning
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# prescription check
tm.flow(agent, rx_tool, rx_query)
tm.flow(rx_tool, pms, rx_query, protocol="https", label="practice API over site VPN")
tm.flow(pms, rx_tool, prescription, protocol="https")
tm.flow(rx_tool, agent, rx_status)

# order and payment
tm.flow(agent, order_tool, order_request)
tm.flow(order_tool, order_db, order)
tm.flow(order_tool, agent, order_result)
tm.flow(agent, pay_tool, charge_request)
tm.flow(order_db, pay_tool, card_token, order)
tm.flow(pay_tool, payments, card_token, charge, protocol="https")
tm.flow(payments, pay_tool, payment_result, protocol="https")
tm.flow(pay_tool, agent, payment_result)

# expired prescription hand-off
tm.flow(agent, referral_tool, referral)
tm.flow(referral_tool, referral_queue, referral)
tm.flow(referral_queue, staff, referral, label="call-back list")
tm.flow(staff, pms, appointment, label="books eye test")
