"""Contact lens reorder chatbot: the first design, before any security review.

An optician chain lets its contact lens patients reorder lenses by chatting with
an assistant on the chain's website. Patients sign in to their patient account
(e-mail and password) and the chat endpoint hands the conversation to a reorder
agent built on a vendor-hosted LLM. Through first-party tools the agent reads the
patient's contact lens prescription and last aftercare check from the practice
management system, places the order with the lens supplier for home delivery,
creates a payment link on the payment provider's hosted page (card details never
reach us) and books an aftercare appointment in the practice diary when the check
is overdue. The order tool refuses lenses when the prescription on record has
expired; the payment amount comes from the chain's lens price list. Optometrists
keep prescriptions up to date in the stores. Everything runs in the chain's cloud
tenancy over HTTPS, and chat transcripts are kept for customer service.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Contact lens reorder chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description=(
        "Patients reorder contact lenses by chat; the agent checks prescription and "
        "aftercare dates, takes payment and books overdue aftercare appointments."
    ),
)

# ---------------------------------------------------------------- data assets
patient_message = tg.Data(
    "Patient chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="What the patient types: which lenses, how many boxes, delivery, dates.",
)
chat_reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt with patient context",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="System prompt, conversation so far and tool results (prescription, dates).",
)
llm_completion = tg.Data(
    "LLM completion and tool choices", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
prescription = tg.Data(
    "Contact lens prescription and aftercare dates",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Lens parameters, prescription expiry date and date of last aftercare check.",
)
patient_record = tg.Data(
    "Patient record",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Name, address, date of birth, clinical notes from eye examinations.",
)
tool_call = tg.Data("Agent tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
tool_result = tg.Data("Tool result", sensitivity=tg.Sensitivity.REGULATED, kind="tool-result")
lens_order = tg.Data(
    "Lens order",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Patient name, delivery address, lens product, parameters and quantity.",
)
order_confirmation = tg.Data(
    "Supplier order confirmation", sensitivity=tg.Sensitivity.PII, kind="records"
)
price_list = tg.Data("Lens price list", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
payment_request = tg.Data(
    "Payment link request",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Order reference, amount and patient e-mail sent to the payment provider.",
)
payment_link = tg.Data(
    "Hosted payment page link", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
card_details = tg.Data(
    "Card details",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Entered by the patient on the provider's hosted page only.",
)
payment_event = tg.Data(
    "Payment succeeded event", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
appointment = tg.Data(
    "Aftercare appointment booking",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Patient, store, date and time of the aftercare check.",
)
free_slots = tg.Data("Free aftercare slots", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
transcripts = tg.Data(
    "Chat transcripts",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="logs",
    description="Whole conversations, including the prescription details the agent quoted.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The contact lens patient, on the chain's website from their own phone or PC.
    patient = tm.add(tg.Actor("Patient", role="contact lens patient"))

with tm.boundary("Chain cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public entry point for the chat widget; patients must be signed in to their account.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="patient account e-mail and password")},
        )
    )
    # The LLM agent that runs the reorder conversation and decides which tool to call.
    agent = tm.add(
        tg.Agent(
            "Reorder agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Checks dates, places the order, sends the payment link, books aftercare.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Reads the signed-in patient's prescription and aftercare dates.
    rx_tool = tm.add(
        tg.Tool(
            "Prescription lookup tool",
            capabilities={"read"},
            description="Looks up the prescription of the patient id in the chat session.",
        )
    )
    # Places the lens order with the supplier; blocks orders against an expired prescription.
    order_tool = tm.add(
        tg.Tool(
            "Lens order tool",
            capabilities={"write", "network-egress"},
            controls={
                c.PolicyEnforcement(
                    rules="order tool refuses lenses when the prescription expiry date in the PMS has passed"
                )
            },
        )
    )
    # Creates a hosted payment page for the order; the amount is read from the price list.
    payment_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"money-movement", "network-egress"},
            description="The amount is looked up from the lens price list for the ordered products.",
        )
    )
    # Books an aftercare check in the practice diary when the last one is overdue.
    booking_tool = tm.add(tg.Tool("Aftercare booking tool", capabilities={"read", "write"}))
    # Prices of each lens product and pack size, maintained by head office.
    catalogue = tm.add(tg.DataStore("Lens price list store", stores={price_list}))
    # Conversations kept for customer service queries and complaints.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Practice systems", trust=tg.Trust.RESTRICTED):
    # System of record for patients, prescriptions and the store appointment diaries.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={patient_record, prescription, appointment},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="vendor managed keys")},
        )
    )

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Optometrists and contact lens opticians record prescriptions after each check.
    optometrist = tm.add(tg.Actor("Optometrist", role="clinician"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosts the payment page, so card data stays out of our systems.
    psp = tm.add(tg.ExternalService("Payment service provider", provides="generic"))

with tm.boundary("Lens supplier", trust=tg.Trust.PARTNER):
    # Manufacturer's ordering API; ships lenses direct to the patient.
    supplier = tm.add(tg.ExternalService("Lens supplier ordering API", provides="generic"))

# ---------------------------------------------------------------- flows
tm.flow(patient, chat_api, patient_message, protocol="https")
tm.flow(chat_api, patient, chat_reply, payment_link, protocol="https")
tm.flow(chat_api, agent, patient_message)
tm.flow(agent, chat_api, chat_reply, payment_link)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, rx_tool, tool_call)
tm.flow(rx_tool, pms, tool_call, label="prescription query")
tm.flow(pms, rx_tool, prescription)
tm.flow(rx_tool, agent, tool_result)

tm.flow(agent, order_tool, tool_call)
tm.flow(pms, order_tool, prescription, label="expiry check")
tm.flow(order_tool, supplier, lens_order, protocol="https")
tm.flow(supplier, order_tool, order_confirmation, protocol="https")
tm.flow(order_tool, agent, tool_result)

tm.flow(agent, payment_tool, tool_call)
tm.flow(catalogue, payment_tool, price_list, label="lens prices")
tm.flow(payment_tool, psp, payment_request, protocol="https")
tm.flow(psp, payment_tool, payment_link, protocol="https")
tm.flow(
    psp,
    payment_tool,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature is verified")},
)
tm.flow(payment_tool, agent, tool_result)
tm.flow(patient, psp, card_details, protocol="https", label="hosted payment page")

tm.flow(agent, booking_tool, tool_call)
tm.flow(pms, booking_tool, free_slots)
tm.flow(booking_tool, pms, appointment, label="books aftercare")
tm.flow(booking_tool, agent, tool_result)

tm.flow(agent, transcript_store, transcripts)
tm.flow(optometrist, pms, prescription, patient_record, protocol="https", label="records eye exams")
