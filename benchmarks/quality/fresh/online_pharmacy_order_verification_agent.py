"""Online pharmacy order verification agent: the first design, before any security review.

A US online pharmacy takes prescription orders from patients on its website; card
payments are taken by a payment provider's hosted fields and confirmed back by
webhook. Prescriptions arrive from prescribers over the e-prescribing network. An
LLM agent picks up each new order, looks up the prescription and the patient's
medication history through a read-only lookup tool, and checks dose, quantity,
refills and interactions with a hosted LLM (under a BAA). When something is unclear
it e-mails the prescriber through a transactional e-mail provider and reads the reply
from the provider's inbound webhook. It then queues the order with a summary for a
licensed pharmacist, who approves or rejects every order in a review console before
anything is dispensed. Controls in this design: pharmacist approval, staff SSO with
MFA, a step limit on the agent, encrypted and audited clinical records, TLS, and a
vendor review of the LLM provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online pharmacy order verification agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa", "pci-dss"},
    description="An LLM agent pre-verifies prescription orders and queries prescribers; "
    "a pharmacist gives final approval.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Prescription order",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient, medication, quantity, shipping address, order notes.",
)
order_status = tg.Data("Order status", kind="records", sensitivity=tg.Sensitivity.REGULATED)
card = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
charge = tg.Data(
    "Payment token and charge request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_result = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
erx = tg.Data(
    "Electronic prescription",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
history = tg.Data(
    "Patient medication history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Prescriptions on file, past fills, allergies and conditions.",
)
lookup_call = tg.Data(
    "Record lookup request", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
lookup_result = tg.Data(
    "Record lookup result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
prompt = tg.Data(
    "Verification prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the order, the prescription, history and any prescriber reply.",
)
completion = tg.Data(
    "Model reasoning and tool calls", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
query_email = tg.Data(
    "Prescriber query e-mail", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
reply_email = tg.Data(
    "Prescriber reply e-mail", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
queue_call = tg.Data("Queue order request", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
summary = tg.Data(
    "Verification summary and flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
decision = tg.Data(
    "Pharmacist approval decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients order refills and new prescriptions on the website.
    patient = tm.add(tg.Actor("Patient", role="customer"))
    # Doctors and nurse practitioners who answer the agent's questions by e-mail.
    prescriber = tm.add(tg.Actor("Prescriber", role="prescribing clinician"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes the card in hosted fields and charges it; we only hold a token.
    payments = tm.add(
        tg.ExternalService("Payment provider", description="Card processor with hosted fields.")
    )

with tm.boundary("E-prescribing network", trust=tg.Trust.PARTNER):
    # Where prescribers' electronic prescriptions come from.
    erx_network = tm.add(
        tg.DataSource("E-prescribing network", origin=tg.Origin.PARTNER, provides={erx})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed, zero data retention tier")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the agent's e-mails and posts inbound replies back to us.
    email_service = tm.add(
        tg.ExternalService(
            "Transactional e-mail provider", description="Outbound API and inbound parse webhook."
        )
    )

with tm.boundary("Pharmacy cloud", trust=tg.Trust.INTERNAL):
    # The website's order and checkout API.
    storefront = tm.add(
        tg.Endpoint(
            "Storefront API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password"), c.InputValidation()},
        )
    )
    # Orders, their payment state and their approval outcome.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={order, payment_result, decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The LLM agent that pre-verifies each order.
    agent = tm.add(
        tg.Agent(
            "Order verification agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=30)},
            description="Checks order against prescription and history; e-mails prescribers; queues for pharmacist.",
        )
    )
    # Read-only access to prescriptions and history for the agent.
    lookup_tool = tm.add(tg.Tool("Patient record lookup", capabilities={"read"}))
    # Lets the agent e-mail the prescriber named on the prescription.
    email_tool = tm.add(tg.Tool("Prescriber e-mail tool", capabilities={"send-messages"}))
    # Puts an order and its summary on the pharmacist's queue.
    queue_tool = tm.add(tg.Tool("Queue for pharmacist tool", capabilities={"write"}))
    # Orders waiting for a pharmacist, with the agent's summary.
    queue = tm.add(tg.DataStore("Pharmacist verification queue", stores={summary}))
    # Where pharmacists review and approve or reject.
    console = tm.add(
        tg.Service(
            "Pharmacist review console",
            controls={
                c.Authentication(method="staff SSO with MFA"),
                c.HumanInTheLoop(
                    approver="licensed pharmacist", note="every order, before dispensing"
                ),
            },
        )
    )

    with tm.boundary("Clinical data tier", trust=tg.Trust.RESTRICTED):
        # Prescriptions and dispensing history: the pharmacy's clinical record.
        clinical_db = tm.add(
            tg.DataStore(
                "Prescription and history store",
                stores={erx, history},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=2190),
                },
            )
        )

with tm.boundary("Fulfilment centre", trust=tg.Trust.INTERNAL):
    # Gives final approval for every order.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="licensed pharmacist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(patient, storefront, order, protocol="https")
tm.flow(storefront, patient, order_status, protocol="https")
tm.flow(patient, payments, card, protocol="https", label="hosted payment fields")
tm.flow(storefront, payments, charge, protocol="https")
tm.flow(payments, storefront, payment_result, protocol="https", label="payment webhook")
tm.flow(storefront, order_db, order, payment_result)
tm.flow(order_db, storefront, order_status)

tm.flow(erx_network, clinical_db, erx, protocol="https")

tm.flow(order_db, agent, order, label="new paid orders")
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(clinical_db, lookup_tool, erx, history)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, email_tool, query_email)
tm.flow(email_tool, email_service, query_email, protocol="https")
tm.flow(email_service, prescriber, query_email, protocol="smtp+starttls")
tm.flow(prescriber, email_service, reply_email, protocol="smtp+starttls")
tm.flow(email_service, agent, reply_email, protocol="https", label="inbound e-mail webhook")

tm.flow(agent, queue_tool, queue_call)
tm.flow(queue_tool, queue, summary)
tm.flow(queue, console, summary)
tm.flow(clinical_db, console, erx, history)
tm.flow(console, pharmacist, summary, erx, history, protocol="https")
tm.flow(pharmacist, console, decision, protocol="https")
tm.flow(console, order_db, decision, label="approve or reject")
