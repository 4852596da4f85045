"""Festival wristband fraud scoring: the first design, before any security review.

Every ticket holder at our three-day music festival wears an RFID wristband that is
both their entry pass and their cashless wallet. Festival-goers register the band
and top it up on a public web portal (e-mail and password); card payments go through
a payment provider's hosted page. Gate scanners and bar POS terminals on the site
network send each tap to an on-site edge gateway, which relays it over HTTPS to a
scoring service in our cloud account. The service builds features from the band's
recent activity (same UID at two gates, impossible walking times, top-up bursts),
asks a gradient-boosted fraud model for a score, and answers allow / check ID / deny
to the gate or bar within a few hundred milliseconds. High scores open a case in a
review console the security team uses (company SSO with MFA); they can block a band.
Their verdicts become labels for retraining between events, and a data scientist
promotes new model versions from the registry. Account data sits in an encrypted
database; the console keeps an audit log. EU attendees' personal data: GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Festival wristband fraud scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores RFID wristband taps and top-ups at gates and bars for cloned or resold bands.",
)

# ---------------------------------------------------------------- data assets
account_login = tg.Data(
    "Attendee sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
topup_request = tg.Data(
    "Top-up request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Wristband UID, amount, attendee account id.",
)
payment_request = tg.Data(
    "Payment session request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
payment_confirmation = tg.Data(
    "Payment confirmation",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="The provider's notice that a top-up charge succeeded, with a payment reference.",
)
balance = tg.Data("Wristband balance", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
holder_records = tg.Data(
    "Ticket holder records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, ticket type, wristband UID, balance and band status.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
scan_event = tg.Data(
    "Wristband scan event",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Wristband UID, reader id, gate or bar, timestamp, and the bar amount if any.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
scan_decision = tg.Data(
    "Scan decision",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Allow, check ID or deny for one tap.",
)
features = tg.Data(
    "Wristband activity features", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="features"
)
score = tg.Data("Fraud score", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
cases = tg.Data(
    "Flagged wristband cases",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The band's taps, score and the holder's details, for review.",
)
verdict = tg.Data("Review verdict", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="labels")
band_block = tg.Data("Wristband block", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
training_rows = tg.Data(
    "Labelled scan history", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="training-data"
)
weights = tg.Data("Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
promotion = tg.Data("Model promotion", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Ticket holders register bands and top up from their phones; resellers and cloners are among them.
    attendee = tm.add(tg.Actor("Festival-goer", role="ticket holder"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment page and card processing: card numbers never reach us.
    psp = tm.add(tg.ExternalService("Payment provider", description="Hosted checkout for top-ups."))

with tm.boundary("Festival site network", trust=tg.Trust.INTERNAL):
    # Handheld and turnstile RFID readers at every entrance.
    gate_scanners = tm.add(tg.Device("Gate wristband scanners", fleet=True))
    # Bar tills that debit the band's balance for each drink.
    bar_terminals = tm.add(tg.Device("Bar POS terminals", fleet=True))
    # Buffers taps and relays them to the cloud; keeps the site running on a flaky uplink.
    edge_gateway = tm.add(
        tg.Service(
            "Site edge gateway",
            description="Collects taps over the site Wi-Fi and forwards them; caches the last decisions.",
        )
    )
    # Security staff in the event control room who review flagged bands.
    security = tm.add(tg.Actor("Festival security team", role="security staff"))

with tm.boundary("Festival cloud account", trust=tg.Trust.INTERNAL):
    # Public site where attendees register bands, check balances and top up.
    portal = tm.add(
        tg.Endpoint(
            "Top-up portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Turns each tap or top-up into features, gets a score and answers the reader.
    scoring = tm.add(
        tg.Service(
            "Wristband scoring service",
            controls={c.Authentication(method="per-gateway API key")},
        )
    )
    # Cloned or resold band detector; its score decides entry and bar service.
    model = tm.add(
        tg.Model(
            "Wristband fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; above 0.8 the gate asks for ID, above 0.95 the tap is denied.",
        )
    )
    # Rolling per-band activity: last gates, tap intervals, top-up counts.
    feature_store = tm.add(
        tg.FeatureStore("Wristband activity store", stores={features}, online=True)
    )
    # Where the security team works through flagged bands and blocks them.
    console = tm.add(
        tg.Service(
            "Fraud review console",
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )

    with tm.boundary("Ticketing data tier", trust=tg.Trust.RESTRICTED):
        # System of record for bands, holders and balances.
        registry_db = tm.add(
            tg.DataStore(
                "Wristband and ticket database",
                stores={holder_records, balance, account_login},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
    # Taps joined with review verdicts, last year's festival included.
    training_set = tm.add(tg.Dataset("Labelled scan history set", stores={training_rows}))
    # Retrains between events on the labelled history.
    training = tm.add(tg.Pipeline("Between-event retraining", stage=tg.Stage.TRAINING))
    # Holds trained models; serving loads the promoted version.
    model_registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Runs retraining and decides which version goes live.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Attendee account and top-ups
tm.flow(attendee, portal, account_login, topup_request, protocol="https")
tm.flow(portal, attendee, balance, protocol="https")
tm.flow(portal, psp, payment_request, protocol="https")
tm.flow(psp, portal, payment_confirmation, protocol="https", label="payment webhook")
tm.flow(portal, scoring, topup_request, label="score top-up")
tm.flow(scoring, portal, scan_decision, label="top-up allowed or held")
tm.flow(portal, registry_db, holder_records, balance)
tm.flow(registry_db, portal, holder_records, balance, account_login)

# Taps at gates and bars
tm.flow(gate_scanners, edge_gateway, scan_event, protocol="mqtt")
tm.flow(edge_gateway, gate_scanners, scan_decision, protocol="mqtt")
tm.flow(bar_terminals, edge_gateway, scan_event, protocol="mqtt")
tm.flow(edge_gateway, bar_terminals, scan_decision, protocol="mqtt")
tm.flow(edge_gateway, scoring, scan_event, protocol="https")
tm.flow(scoring, edge_gateway, scan_decision, protocol="https")

# Scoring
tm.flow(scoring, feature_store, features, label="update activity")
tm.flow(feature_store, scoring, features, label="online lookup")
tm.flow(registry_db, scoring, balance, holder_records, label="band status and balance")
tm.flow(scoring, registry_db, balance, label="bar debit")
tm.flow(scoring, model, features)
tm.flow(model, scoring, score)

# Review
tm.flow(scoring, console, cases, label="scores above review threshold")
tm.flow(console, security, cases, protocol="https")
tm.flow(security, console, verdict, band_block, protocol="https")
tm.flow(console, registry_db, band_block)

# Retraining and promotion
tm.flow(console, training_set, verdict, label="nightly label export")
tm.flow(feature_store, training_set, training_rows, label="nightly snapshot")
tm.flow(training_set, training, training_rows)
tm.flow(training, model_registry, weights)
tm.flow(data_scientist, training, promotion, label="starts retraining and promotes")
tm.flow(model_registry, model, weights, label="deploy")
