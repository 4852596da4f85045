"""Container booking fraud scoring: the first design, before any security review.

Our container shipping line (EU headquarters, global network) takes new bookings
from freight forwarders and direct shippers, either through our web booking
portal or as EDI booking messages relayed by a multi-carrier booking platform.
A booking service enriches each booking with the customer's account history and
the sanctions list, and asks an in-house fraud model for a risk score (fake
shippers, misdeclared cargo, stolen forwarder identities). Bookings above the
hold threshold go to a case workbench where the trade compliance team releases
or rejects them; the rest are confirmed automatically. Booking outcomes and
compliance decisions feed a monthly retraining pipeline and a model registry.
Confirmed bookings produce advance cargo declarations that a customs gateway
files with the customs authorities. Controls today: portal sign-in, TLS, AS2
signing on EDI, mTLS to customs, SSO/RBAC and audit logs on the workbench.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Container booking fraud scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Risk-scores new container bookings; holds risky ones for trade compliance, "
        "confirms the rest, and files cargo declarations with customs."
    ),
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Shipper, consignee, notify party, contact persons, cargo description, "
    "HS codes, weights, routing.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
confirmation = tg.Data(
    "Booking confirmation or hold notice", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
account_history = tg.Data(
    "Customer account and KYC records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Company registration, verified contacts, payment history, past bookings.",
)
sanctions = tg.Data(
    "Sanctions and denied-party list", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
features = tg.Data(
    "Booking risk features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
score = tg.Data(
    "Booking fraud risk score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
case = tg.Data(
    "Held booking case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The booking, its score, the top risk factors and account history.",
)
decision = tg.Data(
    "Compliance release or reject decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
outcomes = tg.Data(
    "Booking outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Confirmed, rejected, later found fraudulent, or customs-flagged.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
stored_bookings = tg.Data("Booking records", kind="records", sensitivity=tg.Sensitivity.PII)
weights = tg.Data("Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
training_config = tg.Data("Training run configuration", kind="instructions")
declaration = tg.Data(
    "Advance cargo declaration",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="ICS2 / AMS filing: parties, cargo, container and vessel details.",
)
customs_response = tg.Data(
    "Customs filing response",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Acceptance, referral or do-not-load messages.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Forwarders and shippers self-register for portal accounts; fraudsters can too.
    forwarder = tm.add(tg.Actor("Freight forwarder or shipper", role="customer"))

with tm.boundary("Booking platform", trust=tg.Trust.PARTNER):
    # Multi-carrier booking portal that relays forwarders' bookings to us as EDI.
    platform = tm.add(
        tg.ExternalService(
            "Multi-carrier booking platform",
            description="Relays IFTMBF booking messages from forwarders' systems.",
        )
    )

with tm.boundary("Sanctions data vendor", trust=tg.Trust.PARTNER):
    # Daily consolidated sanctions and denied-party lists used in screening.
    sanctions_feed = tm.add(
        tg.DataSource("Sanctions list feed", origin=tg.Origin.VENDOR, provides={sanctions})
    )

with tm.boundary("Customs authorities", trust=tg.Trust.PARTNER):
    # EU ICS2 and US CBP systems that receive our advance cargo declarations.
    customs = tm.add(tg.ExternalService("Customs authority systems"))

with tm.boundary("Carrier cloud", trust=tg.Trust.INTERNAL):
    # Customer-facing web booking front end.
    portal = tm.add(
        tg.Endpoint(
            "Web booking portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(),
            },
        )
    )
    # Core orchestration: enrich, score, route to auto-confirm or to hold.
    booking_service = tm.add(
        tg.Service(
            "Booking service",
            description="Confirms bookings scoring below the hold threshold automatically; "
            "holds the rest for trade compliance.",
            controls={
                c.SchemaEnforcement(note="EDIFACT IFTMBF schema check on EDI bookings"),
                c.HumanInTheLoop(
                    approver="trade compliance team", above="risk score 0.7 hold threshold"
                ),
            },
        )
    )
    # System of record for bookings and their status.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={stored_bookings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Customer master with KYC documents and account history.
    customer_master = tm.add(tg.DataStore("Customer master", stores={account_history}))
    # Scores each booking; in-house gradient-boosted trees.
    fraud_model = tm.add(
        tg.Model(
            "Booking fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over booking, party and routing features.",
        )
    )
    # Formats and files advance cargo declarations with customs.
    customs_gateway = tm.add(tg.Service("Customs filing gateway"))

    with tm.boundary("Compliance zone", trust=tg.Trust.RESTRICTED):
        # Case queue where held bookings are reviewed.
        workbench = tm.add(
            tg.Service(
                "Compliance case workbench",
                controls={
                    c.Authentication(method="corporate SSO with MFA"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=2555),
                },
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Labelled history of bookings and their outcomes for retraining.
        training_set = tm.add(
            tg.Dataset("Booking outcome training set", stores={outcomes, features})
        )
        # Monthly retraining job.
        retraining = tm.add(tg.Pipeline("Monthly retraining pipeline", stage=tg.Stage.TRAINING))
        # Versioned model artifacts, promoted to serving by the data science team.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews held bookings and releases or rejects them.
    officer = tm.add(tg.Actor("Trade compliance officer", role="compliance analyst"))
    # Runs retraining and promotes new model versions.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# booking intake
tm.flow(forwarder, portal, booking, protocol="https", controls={tls})
tm.flow(portal, forwarder, confirmation, protocol="https", controls={tls})
tm.flow(
    platform,
    booking_service,
    booking,
    protocol="as2",
    controls={c.MessageIntegrity(note="AS2 signed messages"), tls},
)
tm.flow(booking_service, platform, confirmation, protocol="as2", controls={tls})
tm.flow(portal, booking_service, booking)
tm.flow(booking_service, portal, confirmation)

# enrichment and scoring
tm.flow(customer_master, booking_service, account_history)
tm.flow(sanctions_feed, booking_service, sanctions, protocol="sftp", label="daily list")
tm.flow(booking_service, fraud_model, features)
tm.flow(fraud_model, booking_service, score)
tm.flow(booking_service, booking_db, stored_bookings)
tm.flow(booking_db, booking_service, stored_bookings, label="status lookups")

# hold and review
tm.flow(booking_service, workbench, case, label="score above hold threshold")
tm.flow(workbench, officer, case, protocol="https", controls={tls})
tm.flow(officer, workbench, decision, protocol="https", controls={tls})
tm.flow(workbench, booking_service, decision, label="release or reject")

# retraining
tm.flow(booking_db, training_set, outcomes, features, label="monthly outcome extract")
tm.flow(workbench, training_set, outcomes, label="compliance decisions")
tm.flow(training_set, retraining, outcomes, features)
tm.flow(data_scientist, retraining, training_config)
tm.flow(retraining, registry, weights)
tm.flow(registry, fraud_model, weights, label="deploy approved version")

# customs
tm.flow(booking_service, customs_gateway, declaration)
tm.flow(
    customs_gateway,
    customs,
    declaration,
    protocol="as2",
    controls={c.MutualAuthentication(note="customs-issued certificates"), tls},
)
tm.flow(customs, customs_gateway, customs_response, protocol="as2", controls={tls})
tm.flow(customs_gateway, booking_service, customs_response)
