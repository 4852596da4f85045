"""Self-storage facility: rental agent and gate access, the first design before review.

A self-storage business lets customers rent units through a web chat on its site.
An LLM agent (a hosted model behind our agent runtime in the cloud) answers
questions, checks availability, creates the tenancy, sends a link to the payment
provider's hosted card page and, once the provider's webhook marks the first month
paid, issues a personal gate PIN that it shows in the chat. Card details never touch
our systems. On site, the gate keypad controller checks PINs and logs entries;
cameras on the gates stream to an edge server where a person-tracking model flags
tailgating (more people through than PINs entered) to the night staff console. The
site manager uses the same web console to chase overdue accounts and lock tenants
out. Staff sign in with e-mail and password, with roles for manager and night staff;
the payment webhook signature is checked, and the PIN tool refuses unpaid tenancies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Self-storage rental agent and gate access",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Chat agent rents units, takes card payment via a hosted page and issues "
    "gate PINs; gate cameras feed a tailgating detector for night staff.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions, unit size wanted, name, address, phone and e-mail.",
)
agent_reply = tg.Data(
    "Agent chat reply",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Answers, the payment link and, after payment, the gate PIN.",
)
llm_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tenancy_call = tg.Data("Tenancy tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tenancy_result = tg.Data(
    "Unit availability and tenancy details", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
payment_call = tg.Data(
    "Payment link request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
payment_link = tg.Data(
    "Hosted payment page link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
checkout_session = tg.Data(
    "Checkout session request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tenancy reference and amount due, with our provider API key.",
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_webhook = tg.Data(
    "Payment succeeded webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
pin_call = tg.Data("Gate PIN tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
gate_pin = tg.Data(
    "Gate PIN",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
tenancy = tg.Data(
    "Tenancy record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Customer contact details, unit, rent, balance, payment and lock-out status.",
)
unit_prices = tg.Data(
    "Unit list with monthly rates", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
entry_events = tg.Data(
    "Gate entry events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which tenant's PIN opened which gate, and when.",
)
footage = tg.Data("Gate camera footage", kind="media", sensitivity=tg.Sensitivity.PII)
tailgating_alert = tg.Data(
    "Tailgating alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Gate, time, people counted versus PINs entered, and a snapshot.",
)
lockout = tg.Data(
    "Lock-out and PIN change",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Suspend or restore a tenant's PIN for an overdue account.",
)
account_action = tg.Data("Overdue account update", kind="records", sensitivity=tg.Sensitivity.PII)
staff_login = tg.Data("Staff sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the web can chat to rent a unit; tenants also come to the gate.
    customer = tm.add(tg.Actor("Customer", role="prospective or current tenant"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model driving the rental agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # PCI-compliant provider hosting the card page; we only see the outcome.
    psp = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted checkout page; charges the amount set in the session.",
        )
    )

with tm.boundary("Storage cloud", trust=tg.Trust.INTERNAL):
    # Public chat widget backend the website talks to.
    chat = tm.add(
        tg.Endpoint(
            "Web chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # LLM agent that rents units end to end without staff involvement.
    agent = tm.add(
        tg.Agent(
            "Rental agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=20)},
        )
    )
    # Availability, quotes and creating the tenancy record.
    tenancy_tool = tm.add(
        tg.Tool(
            "Tenancy tool",
            capabilities={"read", "write"},
            description="Looks up free units and rates, creates and updates tenancies.",
        )
    )
    # Creates a checkout session at the payment provider for the amount due.
    pay_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"network-egress"},
            description="The amount is read from the tenancy record's first-month rent and deposit.",
            controls={c.SecretsManagement(note="provider API key in the cloud secret store")},
        )
    )
    # Generates a gate PIN and pushes it to the gate controller.
    pin_tool = tm.add(
        tg.Tool(
            "Gate PIN tool",
            capabilities={"write"},
            controls={
                c.PolicyEnforcement(
                    rules="issues a PIN only for a tenancy the payment webhook has marked paid"
                )
            },
        )
    )
    # Receives the provider's payment confirmation and marks the tenancy paid.
    webhook = tm.add(
        tg.Endpoint(
            "Payment webhook endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.MessageIntegrity(note="provider's webhook signature verified")},
        )
    )
    # Back-office web app for night staff and the manager.
    console = tm.add(
        tg.Endpoint(
            "Staff console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="manager and night-staff roles"),
            },
        )
    )
    # Units, customers, tenancies, balances and lock-out status.
    tenancy_db = tm.add(
        tg.DataStore(
            "Tenancy database",
            stores={tenancy, unit_prices, entry_events, gate_pin},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Facility site network", trust=tg.Trust.INTERNAL):
    # Keypad controller at the vehicle and pedestrian gates; holds active PINs.
    gate = tm.add(
        tg.Service(
            "Gate access controller",
            description="Vendor keypad controller; opens the gate for a valid, unlocked PIN.",
        )
    )
    # IP cameras watching each gate.
    cameras = tm.add(tg.Device("Gate cameras"))
    # Person-tracking model on the on-site edge server.
    detector = tm.add(
        tg.Model(
            "Tailgating detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Counts people through the gate per PIN entry and flags extras.",
        )
    )

with tm.boundary("Staff", trust=tg.Trust.INTERNAL):
    # Watches tailgating alerts overnight and goes to check.
    night_staff = tm.add(tg.Actor("Night staff", role="night security"))
    # Handles overdue accounts and lock-outs, and runs the site.
    manager = tm.add(tg.Actor("Site manager", role="manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat, chat_message, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, chat, agent_reply)
tm.flow(chat, customer, agent_reply, protocol="https")

tm.flow(agent, tenancy_tool, tenancy_call)
tm.flow(tenancy_tool, agent, tenancy_result)
tm.flow(tenancy_tool, tenancy_db, tenancy)
tm.flow(tenancy_db, tenancy_tool, tenancy, unit_prices)

tm.flow(agent, pay_tool, payment_call)
tm.flow(tenancy_db, pay_tool, tenancy, label="amount due")
tm.flow(pay_tool, psp, checkout_session, protocol="https")
tm.flow(psp, pay_tool, payment_link, protocol="https")
tm.flow(pay_tool, agent, payment_link)
tm.flow(customer, psp, card_details, protocol="https", label="hosted card page")
tm.flow(psp, webhook, payment_webhook, protocol="https", label="payment webhook")
tm.flow(webhook, tenancy_db, tenancy, label="mark paid")

tm.flow(agent, pin_tool, pin_call)
tm.flow(tenancy_db, pin_tool, tenancy, label="payment status")
tm.flow(pin_tool, tenancy_db, gate_pin)
tm.flow(pin_tool, gate, gate_pin, protocol="https")
tm.flow(pin_tool, agent, gate_pin)

tm.flow(customer, gate, gate_pin, label="typed at the gate keypad")
tm.flow(gate, tenancy_db, entry_events, protocol="https")
tm.flow(cameras, detector, footage, protocol="rtsp")
tm.flow(gate, detector, entry_events)
tm.flow(detector, console, tailgating_alert, footage, protocol="https")
tm.flow(console, night_staff, tailgating_alert, footage, protocol="https")

tm.flow(night_staff, console, staff_login, protocol="https")
tm.flow(manager, console, staff_login, account_action, lockout, protocol="https")
tm.flow(tenancy_db, console, tenancy, entry_events)
tm.flow(console, manager, tenancy, entry_events, protocol="https")
tm.flow(console, tenancy_db, account_action, lockout)
tm.flow(console, gate, lockout, protocol="https")
