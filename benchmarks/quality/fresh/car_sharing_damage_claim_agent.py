"""Car sharing damage claims: the first design, before any security review.

Hosts rent their cars to guests through our peer-to-peer car sharing app. At
pick-up and return, the app makes both parties take photos of the car. When a
host reports damage after a trip, an LLM agent handles the claim: it fetches the
before and after photos and the trip record, reads the host's and the guest's
written statements, asks a hosted multimodal LLM to compare the photos, and
drafts a decision. For claims up to EUR 750 it charges the guest's saved card
and pays the host out through the payment provider on its own; larger claims
wait for a claims handler in the back-office console. The platform runs in our
EU cloud account; the LLM and the payment provider are vendors reached over
HTTPS. App users sign in with e-mail and password plus an SMS code, staff use
the company SSO, the payment tool has a per-claim cap and the stores are
encrypted with cloud KMS keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Car sharing damage claim agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that assesses damage claims from trip photos and statements "
    "and settles small ones by charging the guest and paying the host.",
)

# ---------------------------------------------------------------- data assets
trip_photos = tg.Data(
    "Before and after trip photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of the car at pick-up and return, with timestamps and GPS metadata; "
    "may show people and number plates.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
statements = tg.Data(
    "Host and guest statements",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text accounts of what happened, written in the app by each party.",
)
claim = tg.Data("Damage claim", kind="records", sensitivity=tg.Sensitivity.PII)
trip_record = tg.Data(
    "Trip and booking record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who rented which car when, mileage, host and guest ids.",
)
card_token = tg.Data(
    "Saved card token",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The payment provider's token for the guest's card; no card numbers are held.",
)
payout_account = tg.Data(
    "Host payout account reference", kind="records", sensitivity=tg.Sensitivity.PII
)
assessment_prompt = tg.Data(
    "Damage assessment prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the photos and both statements.",
)
assessment = tg.Data("Damage assessment", kind="model-output", sensitivity=tg.Sensitivity.PII)
decision = tg.Data(
    "Claim decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Liable party, amount and reasons, drafted by the agent.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
handler_decision = tg.Data(
    "Handler decision on large claim", kind="records", sensitivity=tg.Sensitivity.PII
)
payment_instruction = tg.Data(
    "Charge and payout instruction",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_request = tg.Data(
    "Payment provider request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_result = tg.Data(
    "Payment result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
lookup_query = tg.Data("Trip lookup query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The car owner who lists the car and files the claim.
    host = tm.add(tg.Actor("Host", role="car owner"))
    # The renter the claim is against; their card may be charged.
    guest = tm.add(tg.Actor("Guest", role="renter"))
    # Our iOS/Android app: the only place photos and statements are captured.
    app = tm.add(
        tg.Device(
            "Car sharing phone app",
            description="Takes the pick-up and return photos and collects statements.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that compares the photos and reads the statements.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vision-capable chat model behind the vendor's API.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Charges guests' saved cards and pays hosts out to their bank accounts.
    psp = tm.add(tg.ExternalService("Payment provider API"))

with tm.boundary("Platform cloud", trust=tg.Trust.INTERNAL):
    # Backend API the app talks to for trips, photos and claims.
    claims_api = tm.add(
        tg.Endpoint(
            "Claims API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password with SMS one-time code"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Object storage for every trip's photos.
    photo_store = tm.add(
        tg.DataStore(
            "Trip photo bucket",
            stores={trip_photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Claims, statements and decisions.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={claim, statements, decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Bookings, with the guest's card token and the host's payout reference.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={trip_record, card_token, payout_account},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The LLM agent that works each claim end to end.
    agent = tm.add(
        tg.Agent(
            "Damage claim agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Gathers evidence, asks the LLM for an assessment, drafts the decision "
            "and settles claims up to the limit itself.",
            controls={
                c.HumanInTheLoop(approver="claims handler", above="EUR 750 per claim"),
                c.CircuitBreaker(max_steps=25),
            },
        )
    )
    # Read-only tool the agent uses to fetch trip records and photos for a claim.
    lookup_tool = tm.add(tg.Tool("Trip evidence lookup tool", capabilities={"read"}))
    # Tool that charges the guest and pays the host through the provider.
    payment_tool = tm.add(
        tg.Tool(
            "Payment tool",
            capabilities={"money-movement"},
            controls={
                c.TransactionLimits(limit="EUR 750 per claim"),
                c.SecretsManagement(note="provider API key in the cloud secret manager"),
            },
        )
    )
    # Back-office web app where handlers review drafted decisions on large claims.
    console = tm.add(
        tg.Service(
            "Claims handler console",
            controls={c.Authentication(method="company SSO")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff member who decides claims above the agent's limit.
    handler = tm.add(tg.Actor("Claims handler", role="claims staff"))

# ---------------------------------------------------------------- flows
# Capture in the app
tm.flow(host, app, trip_photos, statements, label="photos and damage report")
tm.flow(guest, app, trip_photos, statements, label="photos and response")
tm.flow(app, claims_api, trip_photos, statements, claim, protocol="https")
tm.flow(claims_api, app, decision, protocol="https", label="claim status and decision")
tm.flow(app, host, decision)
tm.flow(app, guest, decision)

# Storage
tm.flow(claims_api, photo_store, trip_photos)
tm.flow(claims_api, claims_db, claim, statements)
tm.flow(claims_db, claims_api, decision)
tm.flow(claims_api, agent, claim, label="new claim")

# Evidence gathering
tm.flow(agent, lookup_tool, lookup_query)
tm.flow(booking_db, lookup_tool, trip_record)
tm.flow(photo_store, lookup_tool, trip_photos)
tm.flow(claims_db, lookup_tool, statements)
tm.flow(lookup_tool, agent, trip_record, trip_photos, statements, label="evidence")

# Assessment
tm.flow(agent, llm, assessment_prompt, protocol="https")
tm.flow(llm, agent, assessment, protocol="https")
tm.flow(agent, claims_db, decision, label="drafted decision")

# Large claims
tm.flow(claims_db, console, claim, statements, decision)
tm.flow(console, handler, claim, statements, decision, protocol="https")
tm.flow(handler, console, handler_decision, protocol="https")
tm.flow(console, agent, handler_decision)

# Settlement
tm.flow(agent, payment_tool, payment_instruction)
tm.flow(booking_db, payment_tool, card_token, payout_account)
tm.flow(payment_tool, psp, payment_request, card_token, payout_account, protocol="https")
tm.flow(psp, payment_tool, payment_result, protocol="https")
tm.flow(payment_tool, agent, payment_result)
