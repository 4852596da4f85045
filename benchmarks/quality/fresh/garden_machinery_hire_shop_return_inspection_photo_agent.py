"""Garden machinery hire shop: return inspection photo agent (first design).

When a customer hires a mower, chainsaw or rotavator, counter staff photograph it
on a shop tablet and the card payment provider's terminal holds a deposit on the
customer's card. When the machine comes back, staff photograph it again. An
inspection agent, running in the shop's cloud back office, fetches the checkout
and return photos, asks a vendor-hosted vision LLM to compare them, prices any
damage from the shop's damage price list and proposes a charge against the
deposit through a deposit charge tool. The charge waits in the back office until
the shop manager approves it; only then does the tool capture the amount from the
deposit through the payment provider, and the customer gets an e-mail notice.
Staff sign in to the back office with their own e-mail and password; the manager
role alone can approve charges. Captures cannot exceed the deposit held. Traffic
to the vendors is HTTPS; the cloud stores are encrypted at rest by the host.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Garden machinery hire return inspection agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description=(
        "An agent compares return photos of hired garden machinery with checkout "
        "photos and proposes damage charges against the deposit, approved by the manager."
    ),
)

# ---------------------------------------------------------------- data assets
customer_details = tg.Data(
    "Customer details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, phone, e-mail and ID seen at the counter.",
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Card number read by the provider's terminal; never reaches our systems.",
)
card_token = tg.Data(
    "Card token",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The provider's token and pre-authorisation id for the deposit hold.",
)
hire_record = tg.Data(
    "Hire record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Machine, hire dates, deposit held, condition notes and charges.",
)
checkout_photos = tg.Data(
    "Checkout photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
return_photos = tg.Data(
    "Return photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
price_list = tg.Data(
    "Damage price list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Repair and replacement prices per part and machine model.",
)
inspection_job = tg.Data("Inspection job", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
inspection_prompt = tg.Data(
    "Inspection prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Instructions, machine model, checkout and return photos.",
)
damage_assessment = tg.Data(
    "Damage assessment", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
suggested_charge = tg.Data(
    "Suggested damage charge",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Hire id, amount, damaged parts and the reasoning shown to the manager.",
)
charge_status = tg.Data("Charge status", kind="tool-result", sensitivity=tg.Sensitivity.PII)
inspection_report = tg.Data(
    "Inspection report", kind="model-output", sensitivity=tg.Sensitivity.PII
)
manager_approval = tg.Data("Charge approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
capture_request = tg.Data(
    "Deposit capture request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Card token, pre-authorisation id and the approved amount.",
)
capture_result = tg.Data("Capture result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
charge_notice = tg.Data(
    "Damage charge notice",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail to the customer with the amount, the reason and the photos.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # Hires the machine; pays the deposit and receives any damage charge notice.
    customer = tm.add(tg.Actor("Customer", role="hire customer"))

with tm.boundary("Shop premises", trust=tg.Trust.INTERNAL):
    # Books machines out and in, and takes the photos.
    counter_staff = tm.add(tg.Actor("Counter staff", role="shop staff"))
    # Approves or edits every suggested damage charge before the card is charged.
    manager = tm.add(tg.Actor("Shop manager", role="manager", privileged=True))
    # Shop tablets used at the counter and in the yard to take condition photos.
    tablet = tm.add(
        tg.Device(
            "Inspection tablet",
            fleet=True,
            description="Two shop tablets running the back-office web app in a browser.",
        )
    )

with tm.boundary("Shop cloud back office", trust=tg.Trust.INTERNAL):
    # The hire management web app: bookings, photo upload, charge approvals.
    back_office = tm.add(
        tg.Endpoint(
            "Back-office web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="individual staff e-mail and password"),
                c.RBAC(note="only the manager role can approve damage charges"),
            },
        )
    )
    # System of record for hires, customers and the deposit tokens.
    hire_db = tm.add(
        tg.DataStore(
            "Hire database",
            stores={customer_details, hire_record, card_token},
            controls={c.EncryptionAtRest(key_management="cloud host managed keys")},
        )
    )
    # Object storage for the checkout and return photos of each hire.
    photo_store = tm.add(
        tg.DataStore(
            "Equipment photo store",
            stores={checkout_photos, return_photos},
            controls={c.EncryptionAtRest(key_management="cloud host managed keys")},
        )
    )
    # The shop's own prices for repairs and replacement parts.
    price_store = tm.add(tg.DataStore("Damage price list", stores={price_list}))
    # Compares photos via the LLM and proposes damage charges.
    agent = tm.add(
        tg.Agent(
            "Return inspection agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs when return photos are uploaded for a hire.",
            controls={
                c.HumanInTheLoop(
                    approver="shop manager",
                    note="the manager approves each suggested charge in the back office "
                    "before the card is charged",
                )
            },
        )
    )
    # Creates pending charges and, once approved, captures them from the deposit hold.
    charge_tool = tm.add(
        tg.Tool(
            "Deposit charge tool",
            capabilities={"write", "money-movement"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            controls={
                c.HumanInTheLoop(approver="shop manager"),
                c.TransactionLimits(limit="no more than the deposit held on the hire"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose vision model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted vision LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # The provider's card terminal on the counter; holds the deposit.
    terminal = tm.add(
        tg.Device("Card terminal", fleet=False, description="Provider-managed counter terminal.")
    )
    # Card processing: deposit pre-authorisation and capture.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends transactional e-mails to customers.
    email = tm.add(tg.ExternalService("E-mail service"))

# ---------------------------------------------------------------- flows
# checkout: details, deposit hold and checkout photos
tm.flow(customer, terminal, card_details, label="deposit at checkout")
tm.flow(terminal, payments, card_details, protocol="https")
tm.flow(payments, back_office, card_token, protocol="https", label="deposit hold webhook")
tm.flow(counter_staff, tablet, customer_details, checkout_photos, return_photos)
tm.flow(tablet, back_office, customer_details, checkout_photos, return_photos, protocol="https")
tm.flow(back_office, tablet, hire_record, protocol="https")
tm.flow(back_office, hire_db, customer_details, hire_record, card_token)
tm.flow(hire_db, back_office, customer_details, hire_record)
tm.flow(back_office, photo_store, checkout_photos, return_photos)
tm.flow(photo_store, back_office, checkout_photos, return_photos)

# return inspection
tm.flow(back_office, agent, inspection_job, label="return photos uploaded")
tm.flow(hire_db, agent, hire_record)
tm.flow(photo_store, agent, checkout_photos, return_photos)
tm.flow(price_store, agent, price_list)
tm.flow(agent, llm, inspection_prompt, protocol="https")
tm.flow(llm, agent, damage_assessment, protocol="https")
tm.flow(agent, charge_tool, suggested_charge)
tm.flow(charge_tool, agent, charge_status)
tm.flow(agent, back_office, inspection_report)

# manager approval and capture
tm.flow(charge_tool, back_office, suggested_charge, label="pending charge for approval")
tm.flow(back_office, manager, inspection_report, suggested_charge, protocol="https")
tm.flow(manager, back_office, manager_approval, protocol="https")
tm.flow(back_office, charge_tool, manager_approval)
tm.flow(hire_db, charge_tool, card_token)
tm.flow(charge_tool, payments, capture_request, protocol="https")
tm.flow(payments, charge_tool, capture_result, protocol="https")
tm.flow(charge_tool, hire_db, hire_record, label="charge recorded")

# customer notice
tm.flow(back_office, email, charge_notice, protocol="https")
tm.flow(email, customer, charge_notice, protocol="smtp")
