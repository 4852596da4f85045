"""Youth hostel key card booking agent: the first design, before any security review.

A youth hostel association puts an LLM chat agent on its public website. Guests
chat to book beds: the agent checks availability, records the booking in the
association's property management database and sends a payment link from the
payment provider, whose hosted page takes the card. Dormitories have age rules
(no under-18s in adult dorms); the agent applies them from the date of birth the
guest states, as its system prompt instructs. School group leaders book the same
way and paste or upload the list of pupils' names and dates of birth. On arrival
day the agent asks the door lock vendor's cloud to issue a mobile key to the
guest's phone. Reception staff use a console (SSO with MFA, role-based, audited)
to override or cancel keys. The language model is a hosted third-party API; the
payment provider's webhook is signature-checked and the booking database is encrypted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Youth hostel key card booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Chat agent that books hostel beds, takes payment by link and issues mobile door keys.",
)

# ---------------------------------------------------------------- data assets
chat_msg = tg.Data(
    "Guest chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Dates, names, stated date of birth, e-mail and phone number.",
)
group_list = tg.Data(
    "School group name list",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Pupils' and teachers' names and dates of birth, most of them minors.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt with the dorm age rules, the conversation and tool results.",
)
llm_out = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
avail_q = tg.Data("Availability query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
avail = tg.Data("Bed availability", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
booking_req = tg.Data(
    "Booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Guest or group members, dates of birth, room type (adult or youth dorm).",
)
booking = tg.Data(
    "Booking record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
pay_link_req = tg.Data(
    "Payment link request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
pay_link = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
card = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
pay_confirm = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
key_req = tg.Data("Mobile key request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
key_status = tg.Data("Key issue status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
mobile_key = tg.Data(
    "Mobile door key",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Phone credential that opens the guest's room and the front door for the stay.",
)
lock_access = tg.Data("Lock access list", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
key_override = tg.Data(
    "Key override or cancellation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
transcript = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
vendor_key = tg.Data("Lock vendor API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Individual travellers booking beds on the website.
    guest = tm.add(tg.Actor("Guest", role="guest"))
    # Teachers booking a school trip for a whole class.
    leader = tm.add(tg.Actor("School group leader", role="group leader"))

with tm.boundary("Hostel web platform", trust=tg.Trust.INTERNAL):
    # Public API behind the chat widget; also receives the payment provider's webhooks.
    web_api = tm.add(
        tg.Endpoint(
            "Hostel web API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent that runs the booking conversation and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Checks beds, books, sends payment links and issues keys; applies dorm age rules from its prompt.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Reads free beds per hostel, room type and night.
    avail_tool = tm.add(tg.Tool("Availability lookup tool", capabilities={"read"}))
    # Creates, changes and cancels bookings in the property management database.
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"read", "write", "delete"}))
    # Asks the payment provider for a payment link and sends it to the guest.
    pay_tool = tm.add(tg.Tool("Payment link tool", capabilities={"write", "send-messages"}))
    # Asks the lock vendor's cloud to issue a mobile key on arrival day.
    key_tool = tm.add(
        tg.Tool(
            "Mobile key tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement()},
        )
    )
    # Property management database: bookings, guests, groups and payment status.
    pms_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, group_list},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Conversation log kept for complaints and for improving the prompts.
    transcripts = tm.add(tg.DataStore("Chat transcript store", stores={transcript}))

with tm.boundary("Hostel reception", trust=tg.Trust.INTERNAL):
    # Front-desk staff who handle arrivals and lock problems.
    reception = tm.add(tg.Actor("Reception staff", role="receptionist"))
    # Staff console to see bookings and override or cancel mobile keys.
    console = tm.add(
        tg.Service(
            "Reception console",
            controls={
                c.Authentication(method="SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Battery door locks on the front door and every room, opened by phone over BLE.
    locks = tm.add(
        tg.Device("Door locks", description="BLE smart locks synced through the vendor's hub.")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment pages; card data never touch our systems.
    psp = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Lock vendor", trust=tg.Trust.PARTNER):
    # The lock maker's cloud that issues and revokes mobile keys.
    lock_cloud = tm.add(tg.ExternalService("Lock vendor cloud", provides="tool-server"))

# ---------------------------------------------------------------- flows
tm.flow(guest, web_api, chat_msg, protocol="https")
tm.flow(web_api, guest, reply, protocol="https")
tm.flow(leader, web_api, chat_msg, group_list, protocol="https")
tm.flow(web_api, leader, reply, protocol="https")
tm.flow(web_api, agent, chat_msg, group_list)
tm.flow(agent, web_api, reply)
tm.flow(agent, transcripts, transcript)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_out, protocol="https")

tm.flow(agent, avail_tool, avail_q)
tm.flow(avail_tool, pms_db, avail_q)
tm.flow(pms_db, avail_tool, avail)
tm.flow(avail_tool, agent, avail)

tm.flow(agent, booking_tool, booking_req)
tm.flow(booking_tool, pms_db, booking)
tm.flow(pms_db, booking_tool, booking)
tm.flow(booking_tool, agent, booking)

tm.flow(agent, pay_tool, pay_link_req)
tm.flow(pay_tool, psp, pay_link_req, protocol="https")
tm.flow(psp, pay_tool, pay_link, protocol="https")
tm.flow(pay_tool, agent, pay_link)
tm.flow(guest, psp, card, protocol="https", label="hosted payment page")
tm.flow(leader, psp, card, protocol="https", label="hosted payment page")
tm.flow(
    psp,
    web_api,
    pay_confirm,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature verified")},
)
tm.flow(web_api, pms_db, pay_confirm, label="marks booking paid")

tm.flow(agent, key_tool, key_req)
tm.flow(key_tool, lock_cloud, key_req, vendor_key, protocol="https")
tm.flow(lock_cloud, key_tool, key_status, protocol="https")
tm.flow(key_tool, agent, key_status)
tm.flow(lock_cloud, guest, mobile_key, protocol="https", label="vendor key app")
tm.flow(lock_cloud, locks, lock_access, protocol="https", label="via the vendor's lock hub")
tm.flow(guest, locks, mobile_key, protocol="ble")

tm.flow(reception, console, key_override, protocol="https")
tm.flow(pms_db, console, booking)
tm.flow(console, reception, booking, protocol="https")
tm.flow(console, lock_cloud, key_override, vendor_key, protocol="https")
