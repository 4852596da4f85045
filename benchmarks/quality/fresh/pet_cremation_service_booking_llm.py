"""Pet cremation booking assistant: the first design, before any security review.

A UK pet crematorium takes bookings through an LLM chat assistant on its
website. Vet practices book collections for pets that died at the practice;
pet owners choose an urn and memorial options and pay for the cremation. The
assistant, an agent on a hosted LLM, reads the booking calendar and the price
list, writes bookings, and creates a checkout link with the card payment
provider; the provider tells us by webhook when an owner has paid. Crematorium
staff record each cremation in the operations system; only once staff confirm
it there does the assistant issue the cremation certificate, which is e-mailed
to the owner. Owners sign in with a one-time e-mail link; vet practices sign in
with a practice account e-mail and password. The chat API is rate limited, the
LLM vendor's safety filter is on, staff use the operations system by role, and
card details are only ever entered on the provider's hosted page.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Pet cremation booking assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM chat assistant for booking pet cremations, taking payment and issuing certificates.",
)

# ---------------------------------------------------------------- data assets
owner_message = tg.Data(
    "Owner chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Owner's name, address, pet details, urn and memorial choices.",
)
vet_message = tg.Data(
    "Vet collection request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Practice, pet and owner details and the collection window.",
)
reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Prompt with booking context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation, calendar slots, prices and tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
sign_in_link = tg.Data("E-mail sign-in link", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
bookings = tg.Data(
    "Bookings and calendar",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
prices = tg.Data(
    "Cremation, urn and memorial prices",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
booking_call = tg.Data("Booking tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data("Booking tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
checkout_request = tg.Data(
    "Checkout session request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Booking reference, amount, owner's e-mail.",
)
checkout_link = tg.Data("Checkout link", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
card_payment = tg.Data("Card payment", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_event = tg.Data(
    "Payment completed webhook", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
collection_schedule = tg.Data("Collection schedule", sensitivity=tg.Sensitivity.PII, kind="records")
cremation_record = tg.Data(
    "Cremation confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
certificate_call = tg.Data(
    "Issue certificate call", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
certificate = tg.Data(
    "Cremation certificate",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Bereaved owners book, choose urns and memorials, and pay.
    owner = tm.add(tg.Actor("Pet owner", role="customer"))
    # Staff at referring vet practices book collections of pets that died there.
    vet = tm.add(tg.Actor("Vet practice staff", role="referring vet"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout page; card details never reach our systems.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail for sign-in links and certificates.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the assistant.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.Guardrails(note="the vendor's safety filter")},
        )
    )

with tm.boundary("Booking platform", trust=tg.Trust.INTERNAL):
    # The website chat backend: signs people in, relays chat, receives payment webhooks.
    chat_api = tm.add(
        tg.Endpoint(
            "Booking chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="owners: one-time e-mail sign-in link; vet practices: practice account e-mail and password"
                ),
                tg.controls.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Talks to owners and vets, books, takes payment and issues certificates through tools.
    agent = tm.add(tg.Agent("Booking assistant", autonomy=tg.Autonomy.SUPERVISED))
    # Reads free calendar slots, the caller's bookings and the price list.
    lookup_tool = tm.add(tg.Tool("Calendar and price lookup", capabilities={"read"}))
    # Creates and changes bookings and collections.
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"write"}))
    # Creates a checkout session with the payment provider and returns its link.
    payment_tool = tm.add(tg.Tool("Checkout link tool", capabilities={"write", "network-egress"}))
    # Issues the certificate once the operations system shows the cremation confirmed.
    certificate_tool = tm.add(
        tg.Tool(
            "Certificate tool",
            capabilities={"write", "send-messages"},
            controls={
                tg.controls.HumanInTheLoop(
                    approver="crematorium staff, who confirm the cremation in the operations system"
                )
            },
        )
    )
    # Bookings, collections, owners' and practices' details, payment status.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Cremation, urn and memorial options and prices.
    price_list = tm.add(tg.DataStore("Price list", stores={prices}))

with tm.boundary("Crematorium site", trust=tg.Trust.INTERNAL):
    # Operators who carry out and record cremations.
    staff = tm.add(tg.Actor("Crematorium staff", role="operator"))
    # The crematorium's operations system: collections, cremation log, confirmations.
    ops = tm.add(
        tg.Service(
            "Operations system",
            controls={
                tg.controls.RBAC(note="operator and manager roles"),
                tg.controls.AuditLogging(note="who confirmed each cremation"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(owner, chat_api, owner_message, protocol="https")
tm.flow(chat_api, owner, reply, protocol="https")
tm.flow(vet, chat_api, vet_message, protocol="https")
tm.flow(chat_api, vet, reply, protocol="https")
tm.flow(chat_api, email, sign_in_link, protocol="https", label="send sign-in link")
tm.flow(email, owner, sign_in_link, protocol="smtp+starttls")

tm.flow(chat_api, agent, owner_message, vet_message)
tm.flow(agent, chat_api, reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, booking_call, label="calendar and price query")
tm.flow(booking_db, lookup_tool, bookings)
tm.flow(price_list, lookup_tool, prices)
tm.flow(lookup_tool, agent, bookings, prices)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_tool, agent, booking_result)

tm.flow(agent, payment_tool, booking_call, label="create checkout")
tm.flow(payment_tool, payments, checkout_request, protocol="https")
tm.flow(payments, payment_tool, checkout_link, protocol="https")
tm.flow(payment_tool, agent, checkout_link)
tm.flow(owner, payments, card_payment, protocol="https", label="hosted checkout page")
tm.flow(payments, chat_api, payment_event, protocol="https", label="payment webhook")
tm.flow(chat_api, booking_db, payment_event, label="mark booking paid")

tm.flow(booking_db, ops, collection_schedule, label="sync of collections")
tm.flow(ops, staff, collection_schedule, protocol="https")
tm.flow(staff, ops, cremation_record, protocol="https", label="confirms cremation")
tm.flow(ops, certificate_tool, cremation_record)
tm.flow(agent, certificate_tool, certificate_call)
tm.flow(certificate_tool, agent, booking_result)
tm.flow(certificate_tool, email, certificate, protocol="https")
tm.flow(email, owner, certificate, protocol="smtp+starttls")
