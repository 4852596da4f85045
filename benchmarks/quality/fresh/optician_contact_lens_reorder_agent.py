"""Contact lens reorder agent: the first design, before any security review.

Our optician chain wants to stop patients running out of contact lenses. A nightly
job reads the practice management system (PMS) and texts patients whose supply is
running out, with a one-time link to a web chat. There an LLM agent (vendor-hosted
model) checks that the contact lens prescription is still valid, quotes from the
lens catalogue, charges the saved card through our payment provider (new cards go
through the provider's hosted page) and orders from the lens supplier, who ships to
the patient. Expired prescriptions are not reordered: the patient is asked to book
an exam. Optometrists keep prescriptions up to date in the PMS from the stores.
Controls: chat sign-in by the link plus date of birth, with a rate limit; the PMS
is encrypted, role-based and audited; payment and supplier API keys sit in a vault;
the agent has a step limit; external traffic is HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Contact lens reorder agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Reminds patients to reorder lenses, checks prescriptions, takes payment "
    "and orders from the supplier.",
)

# ---------------------------------------------------------------- data assets
contact_details = tg.Data(
    "Patient contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, mobile number, e-mail and home address.",
)
prescription = tg.Data(
    "Contact lens prescription",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Lens parameters per eye and the prescription's expiry date (health data).",
)
order_history = tg.Data("Lens order history", kind="records", sensitivity=tg.Sensitivity.PII)
card_token = tg.Data(
    "Saved card token",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The payment provider's token for the card the patient saved with us.",
)
reminder = tg.Data("Reorder reminder SMS", sensitivity=tg.Sensitivity.PII)
chat_message = tg.Data("Patient chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation so far, prescription status and tool results.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
rx_lookup = tg.Data("Prescription lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
rx_status = tg.Data(
    "Prescription validity result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
price_list = tg.Data("Lens price list", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
charge_request = tg.Data(
    "Card charge request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Patient id, amount and currency chosen by the agent.",
)
psp_charge = tg.Data(
    "Payment provider charge call",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Amount and saved card token sent to the provider's API.",
)
payment_result = tg.Data(
    "Payment result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="PAN, expiry and CVV typed into the provider's hosted payment page.",
)
order_request = tg.Data(
    "Lens order request", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
supplier_order = tg.Data(
    "Supplier lens order",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Lens parameters, quantity, patient name and delivery address.",
)
order_confirmation = tg.Data(
    "Supplier order confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
rx_renewal = tg.Data("Prescription update", kind="records", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The contact lens wearer: gets the reminder and chats with the agent from a phone.
    patient = tm.add(tg.Actor("Patient", role="contact lens wearer"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS gateway that delivers the reminders.
    sms = tm.add(tg.ExternalService("SMS gateway", description="Sends our reminder texts."))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent; we call it over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model; vendor contract excludes training on our data.",
            controls={c.SupplierAssessment(note="DPA signed, EU data residency")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Card acquiring: hosted payment page, card vault and charge API.
    psp = tm.add(
        tg.ExternalService(
            "Payment service provider",
            description="Holds the cards; charges a saved card token on our merchant account.",
        )
    )

with tm.boundary("Lens supplier", trust=tg.Trust.PARTNER):
    # The manufacturer's B2B ordering API; they dispatch directly to the patient.
    supplier = tm.add(tg.ExternalService("Lens supplier ordering API"))

with tm.boundary("Reorder cloud", trust=tg.Trust.INTERNAL):
    # Public entry point for the web chat opened from the reminder link.
    chat = tm.add(
        tg.Endpoint(
            "Reorder chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="one-time link from the reminder SMS plus date of birth"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that runs the reorder conversation and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Reorder agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Checks the prescription, quotes, charges the card and places the "
            "order without a person in the loop when the prescription is valid.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Reads the prescription and its expiry date for the patient the agent names.
    rx_tool = tm.add(
        tg.Tool(
            "Prescription validity tool",
            capabilities={"read"},
            description="Returns the current contact lens prescription and whether it has expired.",
        )
    )
    # Charges the saved card (or starts a hosted-page payment) for the amount the agent gives.
    pay_tool = tm.add(
        tg.Tool(
            "Card payment tool",
            capabilities={"money-movement", "network-egress"},
            controls={c.SecretsManagement(note="PSP API key in the cloud vault")},
        )
    )
    # Places the lens order with the supplier and records it in the PMS.
    order_tool = tm.add(
        tg.Tool(
            "Supplier order tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement(note="supplier API key in the cloud vault")},
        )
    )
    # Products and prices the agent quotes from.
    catalogue = tm.add(tg.DataStore("Lens catalogue", stores={price_list}))
    # Conversation history, kept for complaints and quality review.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Finds patients whose lens supply runs out in the next two weeks and texts them.
    reminder_job = tm.add(tg.Service("Nightly reorder reminder job"))

    with tm.boundary("Patient data tier", trust=tg.Trust.RESTRICTED):
        # System of record for patients, prescriptions, orders and saved card tokens.
        pms = tm.add(
            tg.DataStore(
                "Practice management system",
                stores={contact_details, prescription, order_history, card_token},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=365),
                },
            )
        )

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Writes and renews prescriptions after eye exams in our stores.
    optometrist = tm.add(tg.Actor("Optometrist", role="clinician"))

# ---------------------------------------------------------------- flows
# reminders
tm.flow(
    pms, reminder_job, contact_details, prescription, order_history, label="nightly due-date query"
)
tm.flow(reminder_job, sms, reminder, protocol="https")
tm.flow(sms, patient, reminder, protocol="sms")

# the conversation
tm.flow(patient, chat, chat_message, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply)
tm.flow(chat, patient, agent_reply, protocol="https")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# prescription check
tm.flow(agent, rx_tool, rx_lookup)
tm.flow(pms, rx_tool, prescription)
tm.flow(rx_tool, agent, rx_status)

# quote and payment
tm.flow(catalogue, agent, price_list, label="product and price lookup")
tm.flow(agent, pay_tool, charge_request)
tm.flow(pms, pay_tool, card_token)
tm.flow(pay_tool, psp, psp_charge, protocol="https")
tm.flow(psp, pay_tool, payment_result, protocol="https")
tm.flow(pay_tool, agent, payment_result)
tm.flow(patient, psp, card_details, protocol="https", label="hosted payment page")

# supplier order
tm.flow(agent, order_tool, order_request)
tm.flow(pms, order_tool, contact_details, label="delivery address")
tm.flow(order_tool, supplier, supplier_order, protocol="https")
tm.flow(supplier, order_tool, order_confirmation, protocol="https")
tm.flow(order_tool, pms, order_history)
tm.flow(order_tool, agent, order_confirmation)

# prescriptions kept up to date in store
tm.flow(optometrist, pms, rx_renewal, protocol="https")
tm.flow(pms, optometrist, prescription, contact_details, protocol="https")
