"""Yurt glamping site: booking and damage-photo agent, the first design.

A family-run glamping site in the UK rents twelve yurts to holidaymakers. Guests
book, change dates and ask questions through a chat assistant on the website; an
LLM agent in our cloud account checks availability, creates bookings and sends
confirmation e-mails. A refundable damage deposit is held on the guest's card
through the payment provider's hosted checkout. After each stay, housekeepers
photograph the yurt on a site phone; the agent compares the check-out photos with
the check-in set, writes a damage report and proposes a deduction from the deposit.
The site manager approves every deduction before the agent captures it. The agent
calls a vision-capable LLM hosted by a vendor over its API. Controls in this
design: TLS everywhere, a rate limit on the public chat, staff sign-in on the
phone app and dashboard, the vendor's managed encryption on the stores, and the
payment API key kept in the cloud secrets manager.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Yurt glamping booking and damage-photo agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Guest booking chat and post-stay damage assessment from photos, "
    "with deposit deductions approved by the site manager.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Guest chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
chat_reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation, booking details and, for damage checks, photos.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
bookings = tg.Data(
    "Bookings and guest details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Names, e-mail, phone, party size, dates, yurt, deposit status.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
booking_call = tg.Data("Booking tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data(
    "Availability and booking result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
yurt_photos = tg.Data(
    "Yurt check-in and check-out photos",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="media",
    description="Interior and exterior photos of each yurt, taken by housekeepers.",
)
damage_report = tg.Data(
    "Damage report and proposed deduction",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
approval = tg.Data("Deduction approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
deduction_call = tg.Data(
    "Deposit capture request", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
payment_event = tg.Data("Payment status", sensitivity=tg.Sensitivity.PII, kind="records")
card_details = tg.Data(
    "Card details",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Entered by the guest on the provider's hosted checkout page only.",
)
card_token = tg.Data(
    "Saved card token", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="credentials"
)
guest_email = tg.Data(
    "Guest e-mail",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Booking confirmations and damage-deduction notices.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Holidaymakers booking a stay; anyone can open the chat.
    guest = tm.add(tg.Actor("Guest", role="holidaymaker"))

with tm.boundary("Glamping site", trust=tg.Trust.INTERNAL):
    # Cleans the yurts between stays and takes the check-in / check-out photos.
    housekeeper = tm.add(tg.Actor("Housekeeper", role="housekeeping staff"))
    # Reviews the agent's damage reports and approves each deduction.
    manager = tm.add(tg.Actor("Site manager", role="site manager", privileged=True))
    # Shared Android phone the housekeepers use to upload photos.
    site_phone = tm.add(
        tg.Device(
            "Housekeeping phone app",
            fleet=True,
            description="Two shared Android phones with the photo upload app.",
        )
    )

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Public chat API behind the booking website's chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Booking chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Upload and review API used by the phone app and the manager's dashboard.
    staff_api = tm.add(
        tg.Endpoint(
            "Staff photo and review API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The LLM agent: answers guests, books, and assesses damage from photos.
    agent = tm.add(
        tg.Agent(
            "Booking and damage agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Tool-calling loop around the hosted LLM; bookings go through "
            "without review, deposit deductions wait for the site manager.",
        )
    )
    # Creates, changes and cancels bookings and checks availability.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={tg.Capability.READ, tg.Capability.WRITE},
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )
    # Captures part of the held deposit through the payment provider.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit deduction tool",
            capabilities={tg.Capability.MONEY_MOVEMENT},
            origin=tg.ToolOrigin.FIRST_PARTY,
            controls={
                c.HumanInTheLoop(approver="the site manager"),
                c.SecretsManagement(note="payment API key in the cloud secrets manager"),
            },
        )
    )
    # Sends booking confirmations and deduction notices to guests.
    email_tool = tm.add(
        tg.Tool(
            "Guest e-mail tool",
            capabilities={tg.Capability.SEND_MESSAGES},
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )
    # System of record for bookings and guests.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, card_token},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Bucket of yurt photos, kept per stay so check-out can be compared with check-in.
    photo_store = tm.add(
        tg.DataStore(
            "Yurt photo store",
            stores={yurt_photos, damage_report},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Vision-capable chat model the agent calls for every turn.
    llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout, deposit holds and captures; keeps the card data.
    payments = tm.add(tg.ExternalService("Payment provider", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail relay.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# Guest chat and bookings
tm.flow(guest, chat_api, chat_message, protocol="https", controls={tls})
tm.flow(chat_api, guest, chat_reply, protocol="https", controls={tls})
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, chat_reply)
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_db, bookings, label="create or change booking")
tm.flow(booking_db, booking_tool, bookings, label="availability and booking lookup")

# Deposit hold at booking time (hosted checkout)
tm.flow(guest, payments, card_details, protocol="https", controls={tls}, label="hosted checkout")
tm.flow(payments, chat_api, payment_event, card_token, protocol="https", label="payment webhook")
tm.flow(chat_api, booking_db, payment_event, card_token, label="record deposit hold")

# Photos and damage assessment
tm.flow(housekeeper, site_phone, yurt_photos, label="takes photos")
tm.flow(site_phone, staff_api, yurt_photos, protocol="https", controls={tls})
tm.flow(staff_api, photo_store, yurt_photos)
tm.flow(photo_store, agent, yurt_photos, label="check-in and check-out sets")
tm.flow(agent, photo_store, damage_report)
tm.flow(photo_store, staff_api, damage_report, yurt_photos, label="review queue")
tm.flow(staff_api, manager, damage_report, yurt_photos, protocol="https", controls={tls})
tm.flow(manager, staff_api, approval, protocol="https", controls={tls})
tm.flow(staff_api, agent, approval)
tm.flow(agent, deposit_tool, deduction_call)
tm.flow(deposit_tool, payments, deduction_call, protocol="https", controls={tls})
tm.flow(payments, deposit_tool, payment_event, protocol="https", controls={tls})
tm.flow(deposit_tool, agent, payment_event)

# Guest notifications
tm.flow(agent, email_tool, guest_email)
tm.flow(email_tool, mailer, guest_email, protocol="https", controls={tls})
tm.flow(mailer, guest, guest_email, protocol="smtp")
