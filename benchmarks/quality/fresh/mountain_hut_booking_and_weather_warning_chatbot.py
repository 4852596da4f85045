"""Mountain hut booking and weather warning chatbot: the first design, before any security review.

An alpine club runs a chatbot on its website where walkers ask about its mountain huts,
book beds and pay. The chatbot is an LLM agent (a hosted model) in the club's cloud
tenant: a booking tool checks availability and tariffs and writes bookings, and a
payment link tool opens a checkout at the club's payment provider for the amount the
agent quotes; walkers enter their card on the provider's hosted page, and the provider's
signed webhook marks the booking paid. Existing bookings are changed by quoting the
booking reference and e-mail address. An hourly forecast watcher reads the regional
avalanche bulletin and a commercial storm forecast; when the danger for a hut's area
changes, it has the hosted LLM write a short warning in each booked walker's language
and sends it by SMS. Hut wardens see their occupancy lists in a warden portal (e-mail
and password). The chat endpoint is rate limited, the booking database is encrypted
with KMS keys and chat transcripts are deleted after 90 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mountain hut booking and weather warning chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Alpine club chatbot that books hut beds, takes payment and warns booked walkers "
        "by SMS when the avalanche or storm forecast changes."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Walker chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
chat_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data("Agent prompt and context", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Availability, tariff and booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Hut bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Lead walker's name, e-mail, mobile number, language, party size, hut and nights.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
tariffs = tg.Data("Hut tariffs", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
payment_call = tg.Data(
    "Payment link request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
checkout = tg.Data(
    "Checkout session request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Booking reference and amount, as the agent quoted it.",
)
payment_link = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_webhook = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
payment_status = tg.Data(
    "Booking payment status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
bulletin = tg.Data("Avalanche bulletin", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
storm_forecast = tg.Data("Storm forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
warning_prompt = tg.Data("Warning drafting prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
warning_text = tg.Data("Drafted warning text", kind="model-output", sensitivity=tg.Sensitivity.PII)
warning_sms = tg.Data("Weather warning SMS", kind="documents", sensitivity=tg.Sensitivity.PII)
occupancy = tg.Data("Hut occupancy list", kind="records", sensitivity=tg.Sensitivity.PII)
warden_login = tg.Data(
    "Warden login credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the club website; books beds and receives the SMS warnings.
    walker = tm.add(tg.Actor("Walker", role="hut guest"))
    # Club volunteers and tenants running each hut, on the hut's satellite link.
    warden = tm.add(tg.Actor("Hut warden", role="hut warden"))
    # The regional avalanche warning service's public bulletin feed.
    avalanche = tm.add(
        tg.DataSource(
            "Regional avalanche bulletin feed",
            origin=tg.Origin.PUBLIC_WEB,
            provides={bulletin},
            description="Danger levels and text per warning region, published daily and on change.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # A commercial forecast API with storm and wind warnings by coordinates.
    weather = tm.add(
        tg.DataSource("Storm forecast API", origin=tg.Origin.VENDOR, provides={storm_forecast})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The chat model behind the agent, also used to word the warnings.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's content filter")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never reach the club.
    psp = tm.add(
        tg.ExternalService(
            "Payment service provider",
            description="Hosted payment page; the checkout amount is whatever the club's request says.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers warning texts to walkers' mobiles.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Club cloud tenant", trust=tg.Trust.INTERNAL):
    # The website chat widget's back end.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # The LLM agent that answers, books and takes payment without staff involvement.
    agent = tm.add(
        tg.Agent(
            "Hut booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=20)},
        )
    )
    # Checks availability and tariffs, creates, changes and cancels bookings.
    booking_tool = tm.add(
        tg.Tool(
            "Hut booking tool",
            capabilities={"read", "write"},
            controls={
                c.Authentication(
                    method="booking reference and e-mail address, for existing bookings"
                )
            },
        )
    )
    # Opens a checkout session at the payment provider and returns the link.
    payment_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"money-movement", "network-egress"},
            controls={c.SecretsManagement(note="PSP API key in the cloud secret manager")},
        )
    )
    # Receives the provider's payment events and marks bookings paid.
    webhook = tm.add(
        tg.Endpoint(
            "Payment webhook endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.MessageIntegrity(note="PSP HMAC signature verified")},
        )
    )
    # The club's booking database for all its huts.
    booking_db = tm.add(
        tg.DataStore(
            "Hut booking database",
            stores={bookings, tariffs, payment_status},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Conversation records kept for support queries about bookings.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.RetentionLimits(days=90)},
        )
    )
    # Hourly job: compares forecasts with booked huts and sends SMS warnings.
    watcher = tm.add(
        tg.Service(
            "Hourly forecast watcher",
            description="On a danger-level or storm change for a hut's area, warns every walker booked there.",
        )
    )
    # Where wardens see who is coming to their hut.
    portal = tm.add(
        tg.Service(
            "Hut warden portal",
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

# ---------------------------------------------------------------- flows
# chat
tm.flow(walker, chat_api, chat_message, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, chat_api, chat_reply)
tm.flow(chat_api, walker, chat_reply, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# booking
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_db, booking_tool, bookings, tariffs)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_tool, agent, booking_result)

# payment
tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, psp, checkout, protocol="https")
tm.flow(psp, payment_tool, payment_link, protocol="https")
tm.flow(payment_tool, agent, payment_link)
tm.flow(walker, psp, card_details, protocol="https", label="hosted payment page")
tm.flow(psp, webhook, payment_webhook, protocol="https", label="payment webhook")
tm.flow(webhook, booking_db, payment_status)

# weather warnings
tm.flow(avalanche, watcher, bulletin, protocol="https", label="polled hourly")
tm.flow(weather, watcher, storm_forecast, protocol="https", label="polled hourly")
tm.flow(booking_db, watcher, bookings, label="bookings at affected huts")
tm.flow(watcher, llm, warning_prompt, protocol="https")
tm.flow(llm, watcher, warning_text, protocol="https")
tm.flow(watcher, sms_gateway, warning_sms, protocol="https")
tm.flow(sms_gateway, walker, warning_sms, protocol="sms")

# hut wardens
tm.flow(warden, portal, warden_login, protocol="https", label="signs in")
tm.flow(booking_db, portal, occupancy)
tm.flow(portal, warden, occupancy, protocol="https")
