"""Airline ancillary upsell agent with personalised pricing: the first design.

Passengers who are signed in to the airline's app or website, or who open their
booking with the booking reference and surname, can chat with an upsell agent
that offers seat upgrades, extra bags and lounge passes. The agent runs in the
airline's digital platform and uses a hosted LLM from a model vendor. For each
offer it calls a pricing tool, which asks an in-house pricing model for a
personalised price from booking context and loyalty features (tier, miles,
past ancillary spend, fed nightly from the loyalty platform), then applies the
price floors that revenue managers set in their console. When the passenger taps
Confirm in the app, the agent adds the item to the booking in the hosted
passenger service system and charges the card stored in the passenger's wallet
through the payment service provider. Controls in this design: sign-in on the
app API, TLS everywhere, a per-passenger rate limit, the passenger's
confirmation before payment, role-based access to the price floor console.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Airline ancillary upsell pricing agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description=(
        "LLM agent in the airline app and website that offers personalised ancillary "
        "prices, adds items to the booking and charges the stored card on confirmation."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Passenger chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free text from the passenger, plus the session's booking reference.",
)
confirmation = tg.Data(
    "Purchase confirmation",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The passenger's tap on Confirm for an offer shown in the chat.",
)
agent_reply = tg.Data(
    "Agent reply with offers", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
llm_prompt = tg.Data(
    "Agent prompt with booking context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation, itinerary and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
quote_request = tg.Data("Offer quote request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
offer_quote = tg.Data(
    "Personalised ancillary offer", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
pricing_features = tg.Data(
    "Booking and loyalty pricing features", sensitivity=tg.Sensitivity.PII, kind="features"
)
model_price = tg.Data("Model price", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
loyalty_profile = tg.Data(
    "Loyalty member profile",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Tier, miles balance, flight history and past ancillary purchases.",
)
price_floors = tg.Data(
    "Ancillary price floors",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
booking_change = tg.Data(
    "Add ancillary to booking", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
booking_record = tg.Data(
    "Booking record (PNR)",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
charge_request = tg.Data(
    "Charge stored card request", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
card_token = tg.Data(
    "Saved card token",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="credentials",
    description="The PSP's token for the passenger's stored card; no PAN is held by us.",
)
payment_charge = tg.Data(
    "Card payment authorisation", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
payment_result = tg.Data("Payment result", sensitivity=tg.Sensitivity.PII, kind="tool-result")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Travellers using the mobile app or the website's manage-booking pages.
    passenger = tm.add(tg.Actor("Passenger", role="traveller"))

with tm.boundary("Airline digital platform", trust=tg.Trust.INTERNAL):
    # The app and web backend the chat widget talks to; the one public entry point.
    app_api = tm.add(
        tg.Endpoint(
            "App and web booking API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="airline account e-mail and password, or booking reference and surname"
                ),
                tg.controls.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Plans the conversation, asks for quotes and performs the purchase steps.
    agent = tm.add(
        tg.Agent(
            "Ancillary upsell agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                tg.controls.HumanInTheLoop(approver="the passenger taps Confirm in the app"),
            },
        )
    )
    # Read-only tool: gets a personalised price and applies the revenue floors.
    pricing_tool = tm.add(tg.Tool("Offer pricing tool", capabilities={"read"}))
    # Writes the chosen seat, bag or lounge pass into the passenger's PNR.
    booking_tool = tm.add(
        tg.Tool(
            "Booking update tool",
            capabilities={"read", "write"},
            controls={tg.controls.AuditLogging()},
        )
    )
    # Charges the stored card through the PSP once the passenger has confirmed.
    payment_tool = tm.add(
        tg.Tool(
            "Stored card payment tool",
            capabilities={"money-movement"},
            controls={tg.controls.SecretsManagement(), tg.controls.AuditLogging()},
        )
    )
    # The customer wallet: PSP tokens of the cards passengers chose to save.
    wallet = tm.add(
        tg.DataStore(
            "Customer wallet store",
            stores={card_token},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Revenue management", trust=tg.Trust.INTERNAL):
    # In-house model that proposes a price per passenger and product.
    pricing_model = tm.add(
        tg.Model(
            "Ancillary pricing model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            controls={tg.controls.ModelVersioning()},
            description="Gradient-boosted model trained on past ancillary conversion.",
        )
    )
    # Loyalty and booking features the pricing model reads at quote time.
    feature_store = tm.add(
        tg.FeatureStore("Loyalty pricing feature store", stores={pricing_features}, online=True)
    )
    # Floors and caps per route, cabin and product that the pricing tool enforces.
    floor_store = tm.add(
        tg.DataStore(
            "Ancillary price floor rules",
            stores={price_floors},
            controls={tg.controls.RBAC()},
        )
    )
    # Internal web console where revenue managers edit the price floors.
    rm_console = tm.add(
        tg.Service(
            "Revenue management console",
            controls={
                tg.controls.Authentication(method="corporate SSO with MFA"),
                tg.controls.RBAC(),
            },
        )
    )

with tm.boundary("Loyalty programme", trust=tg.Trust.INTERNAL):
    # The loyalty platform's nightly member export feeds the pricing features.
    loyalty = tm.add(
        tg.DataSource("Loyalty platform", origin=tg.Origin.INTERNAL, provides={loyalty_profile})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Sets the commercial floors; does not see individual conversations.
    revenue_manager = tm.add(tg.Actor("Revenue manager", role="revenue management staff"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.SupplierAssessment()},
        )
    )

with tm.boundary("Reservation system host", trust=tg.Trust.PARTNER):
    # The hosted passenger service system that holds every booking.
    pss = tm.add(tg.DataStore("Passenger service system", stores={booking_record}))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # PCI DSS certified PSP that holds the card numbers behind our tokens.
    psp = tm.add(
        tg.ExternalService(
            "Payment service provider",
            provides=tg.ExternalCategory.GENERIC,
            controls={tg.controls.SupplierAssessment()},
        )
    )

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(passenger, app_api, chat_message, confirmation, protocol="https", controls={tls})
tm.flow(app_api, passenger, agent_reply, protocol="https", controls={tls})
tm.flow(app_api, agent, chat_message, confirmation)
tm.flow(agent, app_api, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})

tm.flow(agent, pricing_tool, quote_request)
tm.flow(pricing_tool, agent, offer_quote)
tm.flow(pricing_tool, pricing_model, pricing_features, label="booking context")
tm.flow(feature_store, pricing_model, pricing_features, label="online lookup")
tm.flow(pricing_model, pricing_tool, model_price)
tm.flow(floor_store, pricing_tool, price_floors)
tm.flow(loyalty, feature_store, loyalty_profile, protocol="sftp", label="nightly export")

tm.flow(revenue_manager, rm_console, price_floors, protocol="https", controls={tls})
tm.flow(rm_console, floor_store, price_floors)
tm.flow(floor_store, rm_console, price_floors)

tm.flow(agent, booking_tool, booking_change)
tm.flow(booking_tool, pss, booking_change, protocol="https", controls={tls})
tm.flow(pss, booking_tool, booking_record, protocol="https", controls={tls})
tm.flow(booking_tool, agent, booking_record)

tm.flow(agent, payment_tool, charge_request)
tm.flow(wallet, payment_tool, card_token)
tm.flow(payment_tool, psp, payment_charge, card_token, protocol="https", controls={tls})
tm.flow(psp, payment_tool, payment_result, protocol="https", controls={tls})
tm.flow(payment_tool, agent, payment_result)
