"""Climbing centre: member agent and auto-belay inspection, the first design.

An indoor climbing centre in the UK runs one web app for its members and one
tablet app for its floor staff. Members chat with an LLM agent that buys and
renews memberships and books induction sessions and wall slots; the agent calls
a hosted LLM and two in-house tools over the member database, and membership
payments go through a payment provider's hosted checkout. Every morning floor
staff photograph the webbing of each auto-belay device on a shared tablet; an
inspection service runs an open-weights vision model that flags frayed or cut
webbing, records the inspection, and locks the wall's booking slots when a
device fails. Only the duty manager can unlock a wall. The services run in the
centre's cloud account; members sign in with e-mail and password, staff with a
per-person PIN on the tablet, traffic is HTTPS, the database is encrypted, and
the agent has a step limit. There is no review of what the agent books.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Climbing centre auto-belay inspection and member agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Member chat agent for memberships and inductions, and vision-checked "
    "daily auto-belay inspections that lock wall slots on failure.",
)

# ---------------------------------------------------------------- data assets
member_message = tg.Data("Member chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
tool_call = tg.Data(
    "Booking or membership tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
tool_result = tg.Data("Tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
member_records = tg.Data(
    "Member records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, date of birth, emergency contact, waiver, induction status.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
bookings = tg.Data("Induction and slot bookings", sensitivity=tg.Sensitivity.PII, kind="records")
membership_products = tg.Data(
    "Membership products and prices", sensitivity=tg.Sensitivity.PUBLIC, kind="records"
)
checkout_request = tg.Data(
    "Checkout session request", sensitivity=tg.Sensitivity.PII, kind="records"
)
card_details = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_event = tg.Data("Payment confirmation", sensitivity=tg.Sensitivity.PII, kind="records")
member_credentials = tg.Data(
    "Member sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
webbing_photos = tg.Data(
    "Auto-belay webbing photos",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="media",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
inspection_checklist = tg.Data(
    "Inspection checklist entries", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
fray_result = tg.Data(
    "Webbing wear result", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
inspection_log = tg.Data(
    "Daily inspection log",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Per device: photos, model result, staff member, time. Kept for insurers.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
slot_lock = tg.Data("Wall slot lock", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
unlock_approval = tg.Data(
    "Wall unlock approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
inspection_status = tg.Data(
    "Inspection status", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members and would-be members, using the web app from their phones.
    member = tm.add(tg.Actor("Member", role="climbing centre member"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The agent's language model, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never reach our systems.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted checkout pages and payment webhooks for memberships.",
        )
    )

with tm.boundary("Centre cloud account", trust=tg.Trust.INTERNAL):
    # The member web app's backend: sign-in, chat, and the payment webhook.
    member_app = tm.add(
        tg.Endpoint(
            "Member app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Answers members and acts for them through the two tools.
    agent = tm.add(
        tg.Agent(
            "Member agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Sells and renews memberships and books inductions and wall slots.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Looks up free induction sessions and slots, and books or cancels them.
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"read", "write", "delete"}))
    # Creates or renews a membership and opens a checkout session for it.
    membership_tool = tm.add(
        tg.Tool(
            "Membership tool",
            capabilities={"read", "write"},
            description="The price comes from the membership products in the member database.",
        )
    )
    # Receives the tablet's photos, calls the vision model, records and locks.
    inspection = tm.add(
        tg.Service(
            "Inspection service",
            description="Runs each morning's auto-belay checks and locks a wall's slots "
            "when any device on it fails.",
            controls={
                c.FailClosed(fallback="a wall with no passed inspection today stays locked"),
                c.HumanInTheLoop(approver="the duty manager", note="needed to unlock a wall"),
            },
        )
    )
    # Flags frayed, cut or glazed webbing on the photos.
    vision = tm.add(
        tg.Model(
            "Webbing wear detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Open-weights image classifier fine-tuned on labelled photos of "
            "worn auto-belay webbing; weights baked into the service image.",
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Members, memberships, bookings, slot locks and the product list.
        member_db = tm.add(
            tg.DataStore(
                "Member database",
                stores={
                    member_records,
                    bookings,
                    membership_products,
                    member_credentials,
                    slot_lock,
                },
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # The inspection evidence kept for the insurer and the HSE.
        inspection_store = tm.add(
            tg.DataStore(
                "Inspection records",
                stores={inspection_log, webbing_photos},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.AuditLogging()},
            )
        )

with tm.boundary("Centre floor", trust=tg.Trust.INTERNAL):
    # Floor staff doing the morning checks.
    staff = tm.add(tg.Actor("Floor staff", role="instructor"))
    # Signs off a repaired device and unlocks the wall.
    manager = tm.add(tg.Actor("Duty manager", role="duty manager", privileged=True))
    # One shared tablet at reception, used for photos and checklists.
    tablet = tm.add(
        tg.Device(
            "Staff inspection tablet",
            fleet=False,
            controls={c.Authentication(method="per-person staff PIN")},
        )
    )

# ---------------------------------------------------------------- flows
# member chat
tm.flow(member, member_app, member_message, member_credentials, protocol="https")
tm.flow(member_app, agent, member_message)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, member_app, agent_reply)
tm.flow(member_app, member, agent_reply, protocol="https")
tm.flow(member_app, member_db, member_credentials, label="sign-in check")
tm.flow(member_db, member_app, member_records, label="signed-in member profile")

# agent tools
tm.flow(agent, booking_tool, tool_call)
tm.flow(booking_tool, agent, tool_result)
tm.flow(booking_tool, member_db, bookings)
tm.flow(member_db, booking_tool, bookings, slot_lock, label="availability")
tm.flow(agent, membership_tool, tool_call)
tm.flow(membership_tool, agent, tool_result)
tm.flow(membership_tool, member_db, member_records)
tm.flow(member_db, membership_tool, member_records, membership_products)

# payments
tm.flow(membership_tool, payments, checkout_request, protocol="https")
tm.flow(member, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(payments, member_app, payment_event, protocol="https", label="payment webhook")
tm.flow(member_app, member_db, member_records, label="membership activated")

# auto-belay inspection
tm.flow(staff, tablet, webbing_photos, inspection_checklist, label="taken on the wall")
tm.flow(tablet, inspection, webbing_photos, inspection_checklist, protocol="https")
tm.flow(inspection, vision, webbing_photos)
tm.flow(vision, inspection, fray_result)
tm.flow(inspection, inspection_store, inspection_log, webbing_photos)
tm.flow(inspection, member_db, slot_lock, label="lock failed wall")
tm.flow(inspection_store, inspection, inspection_log, label="inspection history")
tm.flow(inspection, tablet, inspection_status, inspection_log, protocol="https")
tm.flow(tablet, staff, inspection_status, label="on the tablet screen")
tm.flow(manager, tablet, unlock_approval, label="on the tablet screen")
tm.flow(tablet, inspection, unlock_approval, protocol="https")
