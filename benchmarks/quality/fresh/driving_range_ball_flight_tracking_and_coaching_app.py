"""Driving range ball tracking and coaching app: the first design, before any security review.

Each hitting bay at our driving ranges (UK and EU sites) has a radar unit that
measures every ball's launch and flight. An edge gateway in the range's network
collects the shots per bay and sends them to our cloud, where a swing-fault model
estimates likely faults (open face, over-the-top path, ...) from the flight data.
Players open the app, sign in with e-mail and password, and scan the QR code on
their bay's screen to link the bay to their session; they then see shot stats and
coaching tips. A player can share sessions with a coach, who reviews them in the
same app and adds fault annotations that later feed retraining. Bays are booked and
paid online; card details go straight to the payment provider's hosted checkout.
Controls in this design: app sign-in, TLS on internet links, rate limits on the app
API, encryption at rest on the cloud databases and TLS with per-site certificates
between the edge gateways and the cloud. Nothing else has been reviewed yet.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Driving range ball tracking and coaching app",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Radar shot tracking per bay, swing-fault estimates and coaching tips, "
    "coach sharing, and online bay booking.",
)

# ---------------------------------------------------------------- data assets
ball_flight = tg.Data(
    "Ball flight radar measurements",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Ball speed, launch angle, spin, carry and dispersion per shot, per bay.",
)
pairing_token = tg.Data(
    "Bay QR pairing token",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Short-lived token shown as a QR code on the bay screen; links a bay to a player.",
)
live_shot = tg.Data("Live shot display", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sign_in = tg.Data(
    "Player sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
accounts = tg.Data(
    "Player accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, handicap, password hash and preferences.",
)
session_shots = tg.Data(
    "Player shot sessions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="A player's shots with bay, date and time, linked to the account.",
)
fault_estimates = tg.Data(
    "Swing fault estimates",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
stats_tips = tg.Data(
    "Session stats and coaching tips",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
share_grant = tg.Data(
    "Session share grant",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which coach may see which of the player's sessions.",
)
coach_annotations = tg.Data(
    "Coach fault annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
booking_request = tg.Data("Bay booking request", kind="records", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data("Bay bookings", kind="records", sensitivity=tg.Sensitivity.PII)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_set = tg.Data(
    "Swing fault training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Shot sessions with coach annotations, exported weekly.",
)
swing_weights = tg.Data(
    "Swing fault model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Golfers using the app on their own phones, at the range and at home.
    player = tm.add(tg.Actor("Player", role="golfer"))
    # Independent or range coaches; they see only sessions players share with them.
    coach = tm.add(tg.Actor("Coach", role="coach"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card numbers never touch our systems.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted checkout page and payment webhooks.",
        )
    )

with tm.boundary("Range site network", trust=tg.Trust.INTERNAL):
    # One radar unit per bay, bolted behind the mat; streams each shot it measures.
    radar = tm.add(
        tg.Device("Bay radar unit", fleet=True, description="Doppler radar ball tracker.")
    )
    # Screen in each bay: live shot numbers and the QR code for pairing.
    bay_screen = tm.add(tg.Device("Bay screen", fleet=True))
    # Small server per site: collects shots per bay and relays them to the cloud.
    gateway = tm.add(
        tg.Service(
            "Range edge gateway",
            description="Per-site box that tags radar shots with the bay and forwards them.",
        )
    )

with tm.boundary("Cloud platform", trust=tg.Trust.INTERNAL):
    # Public API behind the mobile app, for players and coaches.
    app_api = tm.add(
        tg.Endpoint(
            "App API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Links bays to players, stores shots, calls the model and builds the tips.
    session_svc = tm.add(
        tg.Service(
            "Session service",
            description="Issues bay pairing tokens per booking, attaches shots to the paired "
            "player, computes stats and turns fault estimates into coaching tips.",
        )
    )
    # Estimates swing faults from the flight numbers of a run of shots.
    swing_model = tm.add(
        tg.Model(
            "Swing fault model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees over ball-flight features; fault probabilities.",
        )
    )
    # Accounts of players and coaches.
    account_db = tm.add(
        tg.DataStore(
            "Account database",
            stores={accounts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Shots, fault estimates, share grants and coach annotations.
    session_db = tm.add(
        tg.DataStore(
            "Session database",
            stores={session_shots, fault_estimates, share_grant, coach_annotations},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Bay availability, bookings and payment state.
    booking_svc = tm.add(
        tg.Service(
            "Booking service",
            description="Bay calendar, bookings and payment status; stores bookings itself.",
        )
    )
    # Weekly retraining of the swing-fault model from annotated sessions.
    training = tm.add(tg.Pipeline("Swing model retraining", stage=tg.Stage.TRAINING))
    # Holds trained model versions for the session service to load.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={swing_weights}))

# ---------------------------------------------------------------- flows
# Shots from the bay to the cloud
tm.flow(radar, gateway, ball_flight, protocol="udp")
tm.flow(gateway, bay_screen, live_shot, pairing_token, protocol="http")
tm.flow(
    gateway,
    session_svc,
    ball_flight,
    protocol="mqtt",
    controls={
        c.EncryptionInTransit(protocol="TLS 1.2"),
        c.MutualAuthentication(note="per-site client certificate"),
    },
)
tm.flow(
    session_svc,
    gateway,
    pairing_token,
    protocol="mqtt",
    label="pairing token per booked bay",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)

# Pairing and sign-in
tm.flow(bay_screen, player, pairing_token, label="QR code scanned by the app")
tm.flow(player, app_api, sign_in, pairing_token, protocol="https")
tm.flow(app_api, account_db, sign_in, label="credential check")
tm.flow(account_db, app_api, accounts)
tm.flow(app_api, session_svc, pairing_token, label="link bay to player")

# Fault estimates and tips
tm.flow(session_svc, session_db, session_shots, fault_estimates)
tm.flow(session_svc, swing_model, ball_flight)
tm.flow(swing_model, session_svc, fault_estimates)
tm.flow(session_db, session_svc, session_shots, fault_estimates, share_grant)
tm.flow(session_svc, app_api, stats_tips)
tm.flow(app_api, player, stats_tips, protocol="https")

# Sharing with a coach
tm.flow(player, app_api, share_grant, protocol="https")
tm.flow(app_api, session_svc, share_grant, coach_annotations)
tm.flow(session_svc, session_db, share_grant, coach_annotations)
tm.flow(coach, app_api, sign_in, coach_annotations, protocol="https")
tm.flow(app_api, coach, session_shots, stats_tips, protocol="https")

# Booking and payment
tm.flow(player, app_api, booking_request, protocol="https")
tm.flow(app_api, booking_svc, booking_request)
tm.flow(booking_svc, app_api, bookings)
tm.flow(app_api, player, bookings, protocol="https")
tm.flow(booking_svc, payments, bookings, protocol="https", label="create checkout")
tm.flow(player, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(payments, booking_svc, payment_confirmation, protocol="https", label="webhook")
tm.flow(booking_svc, session_svc, bookings, label="booked bays and times")

# Retraining
tm.flow(session_db, training, training_set)
tm.flow(training, registry, swing_weights)
tm.flow(registry, swing_model, swing_weights, label="load on deploy")
