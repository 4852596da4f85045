"""Dog-walking marketplace: walker matching and GPS incident model (first design).

Dog owners book walks in our mobile app; a booking service matches each request
with a nearby walker who has passed identity and background checks run by a
vetting provider. During a walk the walker's phone app streams GPS points to a
tracking service, which stores the track, shows it live to the owner and feeds
per-walk features to an in-house incident model. The model flags a dog taken off
the agreed route, a walk ended early or unusually long stops; flags land in a
support console where the support team reviews them and phones the walker and
the owner. Incident outcomes recorded by support are used to retrain the model
weekly. Owners pay by card inside the app through a payment provider's hosted
fields, and walkers are paid out by the same provider. Everything of ours runs in
one cloud account in the EU; the apps sign in with e-mail and password, traffic
is TLS, and the databases are encrypted at rest with the cloud KMS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dog-walking app: walker matching and GPS incident model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Marketplace matching dog owners with vetted walkers, live GPS tracking of walks "
        "and a model that flags walk incidents for the support team."
    ),
)

# ---------------------------------------------------------------- data assets
owner_profile = tg.Data(
    "Owner and dog profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner name, phone, home address, dog details and vet contact.",
)
access_instructions = tg.Data(
    "Home access instructions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Key-safe code, alarm notes and where the lead is kept, per booking.",
)
booking_request = tg.Data(
    "Walk booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Date, time window, pick-up address and agreed route area.",
)
walker_match = tg.Data(
    "Matched walker offer",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Walker name, photo, rating and distance shown to the owner.",
)
walk_assignment = tg.Data(
    "Walk assignment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Booking details, address and agreed route sent to the walker's app.",
)
walker_documents = tg.Data(
    "Walker identity documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Passport or ID card photo and proof of address uploaded at sign-up.",
)
vetting_result = tg.Data(
    "Walker background check result",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Identity verification outcome and criminal record check result.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
walker_profile = tg.Data(
    "Walker profile and vetting status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
walk_status = tg.Data(
    "Walk start and end events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
gps_track = tg.Data(
    "GPS track points",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Walker location every 10 seconds during a walk, with speed and accuracy.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
track_features = tg.Data(
    "Walk track features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Distance from agreed route, stop durations, elapsed versus booked time.",
)
incident_flag = tg.Data(
    "Walk incident flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Incident type (off route, ended early, long stop) with a score.",
)
live_walk_view = tg.Data(
    "Live walk map and incident notices",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
support_notes = tg.Data(
    "Support case notes and incident outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
support_call = tg.Data("Support phone call", kind="media", sensitivity=tg.Sensitivity.PII)
incident_labels = tg.Data(
    "Incident outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Per-walk label from support: confirmed incident or false alarm.",
)
historic_tracks = tg.Data(
    "Historic walk tracks", kind="training-data", sensitivity=tg.Sensitivity.PII
)
model_artifact = tg.Data(
    "Incident model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)
card_details = tg.Data(
    "Owner card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered in the provider's hosted card fields; never reaches our servers.",
)
payout_details = tg.Data(
    "Walker payout bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Entered in the provider's hosted onboarding form.",
)
card_token = tg.Data(
    "Saved card token", kind="credentials", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
charge_request = tg.Data(
    "Walk charge and walker payout instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Amount, card token and connected walker account per completed walk.",
)
payment_result = tg.Data(
    "Payment and payout status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Pet owners who book and pay for walks in the owner app.
    owner = tm.add(tg.Actor("Dog owner", role="customer"))
    # Self-employed walkers who sign up, pass vetting and accept walks.
    walker = tm.add(tg.Actor("Dog walker", role="walker"))
    # The walker's own smartphone running our walker app; the source of GPS tracks.
    walker_app = tm.add(
        tg.Device(
            "Walker phone app",
            description="Our walker app on the walker's own smartphone; records GPS during walks.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Card acquiring for owners and payouts to walkers; card data stays with the provider.
    payments = tm.add(tg.ExternalService("Payment provider", provides="generic"))

with tm.boundary("Vetting provider", trust=tg.Trust.PARTNER):
    # Identity verification and criminal record checks for new walkers.
    vetting = tm.add(tg.ExternalService("Background check provider", provides="data-provider"))

with tm.boundary("Production cloud (EU)", trust=tg.Trust.INTERNAL):
    # Single public API for both mobile apps.
    api = tm.add(
        tg.Endpoint(
            "Mobile API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password, session token in the app"),
                c.RateLimiting(requests_per_minute=120),
                c.InputValidation(),
            },
        )
    )
    # Bookings, matching owners with available vetted walkers nearby, and payments.
    booking = tm.add(
        tg.Service(
            "Booking and matching service",
            description="Ranks available vetted walkers by distance, rating and past walks.",
        )
    )
    # Receives GPS points, keeps the live view, and asks the model about each walk.
    tracking = tm.add(
        tg.Service(
            "Walk tracking service",
            controls={c.SchemaEnforcement()},
            description="Validates GPS points, builds per-walk features every minute.",
        )
    )
    # Flags incidents on live walks from track features.
    incident_model = tm.add(
        tg.Model(
            "Walk incident model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description=(
                "Flags a dog off the agreed route, a walk ended early or long stops; "
                "repeated confirmed incidents lead to a walker being suspended."
            ),
        )
    )
    # Internal web app where support staff work the incident queue.
    support_console = tm.add(
        tg.Service(
            "Support console",
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Accounts, dogs, bookings, walker vetting status and support cases.
        marketplace_db = tm.add(
            tg.DataStore(
                "Marketplace database",
                stores={
                    owner_profile,
                    access_instructions,
                    booking_request,
                    walker_profile,
                    vetting_result,
                    card_token,
                    payment_result,
                    support_notes,
                    incident_labels,
                },
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Time-series store of every walk's GPS track, kept for disputes and retraining.
        track_store = tm.add(
            tg.DataStore(
                "GPS track store",
                stores={gps_track, historic_tracks},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Weekly retraining of the incident model from tracks and support outcomes.
        training = tm.add(tg.Pipeline("Weekly incident model retraining", stage=tg.Stage.TRAINING))
        # Holds trained model versions that the tracking service loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Support office", trust=tg.Trust.INTERNAL):
    # Support team reviewing flags and contacting walkers and owners.
    support_agent = tm.add(tg.Actor("Support agent", role="support staff"))

# ---------------------------------------------------------------- flows
# owners: profile, booking, live view
tm.flow(owner, api, owner_profile, access_instructions, booking_request, protocol="https")
tm.flow(api, booking, owner_profile, access_instructions, booking_request)
tm.flow(booking, marketplace_db, owner_profile, access_instructions, booking_request)
tm.flow(marketplace_db, booking, walker_profile, owner_profile, access_instructions)
tm.flow(booking, api, walker_match)
tm.flow(api, owner, walker_match, live_walk_view, protocol="https")

# walker sign-up and vetting
tm.flow(walker, walker_app, walker_documents, walk_status)
tm.flow(walker_app, api, walker_documents, protocol="https", label="walker sign-up")
tm.flow(api, booking, walker_documents)
tm.flow(booking, vetting, walker_documents, protocol="https")
tm.flow(vetting, booking, vetting_result, protocol="https")
tm.flow(booking, marketplace_db, walker_profile, vetting_result)

# walk assignment and tracking
tm.flow(booking, api, walk_assignment, access_instructions, label="assignment")
tm.flow(api, walker_app, walk_assignment, access_instructions, protocol="https")
tm.flow(walker_app, walker, walk_assignment, access_instructions)
tm.flow(walker_app, api, gps_track, walk_status, protocol="https")
tm.flow(api, tracking, gps_track, walk_status)
tm.flow(tracking, track_store, gps_track)
tm.flow(marketplace_db, tracking, booking_request, label="agreed route and times")
tm.flow(tracking, incident_model, track_features)
tm.flow(incident_model, tracking, incident_flag)
tm.flow(tracking, api, live_walk_view)

# support
tm.flow(tracking, support_console, incident_flag, gps_track)
tm.flow(marketplace_db, support_console, owner_profile, walker_profile, support_notes)
tm.flow(
    support_console,
    support_agent,
    incident_flag,
    gps_track,
    owner_profile,
    walker_profile,
    protocol="https",
)
tm.flow(support_agent, support_console, support_notes, incident_labels, protocol="https")
tm.flow(support_console, marketplace_db, support_notes, incident_labels)
tm.flow(support_agent, walker, support_call, protocol="phone")
tm.flow(walker, support_agent, support_call, protocol="phone")
tm.flow(support_agent, owner, support_call, protocol="phone")
tm.flow(owner, support_agent, support_call, protocol="phone")

# retraining
tm.flow(track_store, training, historic_tracks, label="weekly export")
tm.flow(marketplace_db, training, incident_labels, label="weekly export")
tm.flow(training, registry, model_artifact)
tm.flow(registry, incident_model, model_artifact, label="load on deploy")

# payments
tm.flow(owner, payments, card_details, protocol="https", label="hosted card fields")
tm.flow(walker, payments, payout_details, protocol="https", label="hosted payout onboarding")
tm.flow(payments, booking, card_token, payment_result, protocol="https")
tm.flow(booking, payments, charge_request, protocol="https")
tm.flow(booking, marketplace_db, card_token, payment_result)
