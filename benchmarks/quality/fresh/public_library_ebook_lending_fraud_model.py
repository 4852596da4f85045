"""E-book lending abuse detection: the first design, before any security review.

A consortium of public libraries lends e-books through a commercial lending platform.
Patrons sign up for a library card online or at a branch and borrow in the vendor's
app, which checks each card number and PIN against the consortium's patron
authentication API. The platform posts every loan event to the consortium's
ingestion service, which builds per-card borrowing features (loans per hour, devices,
IP addresses and countries, card age) in a feature store. Every 15 minutes a scoring
service runs an in-house abuse model over active cards to spot shared or fake cards
and scripted borrowing; cards over the threshold are suspended in the library
management system straight away, the patron is e-mailed, and a case opens for library
staff, who lift or confirm the suspension in a review console. Their outcomes are
exported monthly to retrain the model. Controls: rate limiting on e-card sign-up,
vendor API keys on the interfaces the platform calls, role-based access and logs on
patron records, and staff review of every suspension after the fact.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "E-book lending abuse detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags shared or fake library cards and scripted e-book borrowing, suspending accounts for staff review.",
)

# ---------------------------------------------------------------- data assets
registration = tg.Data(
    "E-card registration details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, postal address, e-mail address and date of birth.",
)
card_credentials = tg.Data(
    "Library card number and PIN", kind="credentials", sensitivity=tg.Sensitivity.PII
)
patron_record = tg.Data(
    "Patron record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Card, home library, contact details, card status and blocks.",
)
card_status = tg.Data("Card validation result", kind="records")
loan_request = tg.Data("Loan request", kind="records", sensitivity=tg.Sensitivity.PII)
ebook = tg.Data("Licensed e-book", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
loan_events = tg.Data(
    "Loan events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Card, title, device id, IP address and time of each loan: reading history.",
)
borrowing_features = tg.Data(
    "Borrowing features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Per-card loan rates, distinct devices, IP addresses and countries, card age.",
)
abuse_score = tg.Data("Abuse score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
suspension = tg.Data("Account suspension", kind="records", sensitivity=tg.Sensitivity.PII)
suspension_notice = tg.Data("Suspension notice", kind="documents", sensitivity=tg.Sensitivity.PII)
abuse_case = tg.Data(
    "Abuse case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The card, its score, the top contributing features and recent loans.",
)
case_outcome = tg.Data(
    "Case outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Staff verdict: genuine, shared card, fake card or scripted borrowing.",
)
reinstatement = tg.Data(
    "Suspension lifted or confirmed", kind="records", sensitivity=tg.Sensitivity.PII
)
training_examples = tg.Data(
    "Labelled borrowing examples", kind="training-data", sensitivity=tg.Sensitivity.PII
)
model_artifact = tg.Data(
    "Abuse model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Library members borrowing e-books; abusers come in the same way.
    patron = tm.add(tg.Actor("Patron", role="library member"))

with tm.boundary("E-book platform vendor", trust=tg.Trust.PARTNER):
    # The vendor's lending platform and apps, where loans actually happen.
    platform = tm.add(
        tg.ExternalService(
            "E-book lending platform",
            description="Commercial lending service hosting the consortium's licensed titles.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the notices telling patrons their account was suspended.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Consortium data centre", trust=tg.Trust.INTERNAL):
    # Online sign-up for e-cards, the usual way fake cards are made.
    signup = tm.add(
        tg.Endpoint(
            "Online e-card registration",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=10), c.InputValidation()},
        )
    )
    # Answers the platform's "is this card valid" question at each sign-in.
    patron_auth = tm.add(
        tg.Endpoint(
            "Patron authentication API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="vendor API key")},
        )
    )
    # The consortium's system of record for patrons, cards and blocks.
    lms = tm.add(
        tg.DataStore(
            "Library management system",
            stores={patron_record},
            controls={c.RBAC(), c.AuditLogging(retention_days=365)},
        )
    )
    # Receives the platform's loan events and updates the per-card features.
    ingestion = tm.add(
        tg.Service(
            "Loan event ingestion",
            controls={c.Authentication(method="vendor API key")},
        )
    )
    # Runs the model over active cards and suspends those over the threshold.
    scoring = tm.add(
        tg.Service(
            "Abuse scoring service",
            description="Scores cards with new loans every 15 minutes; suspends cards scoring 0.8 or more.",
        )
    )
    # Spots shared cards, fake cards and scripted borrowing.
    abuse_model = tm.add(
        tg.Model(
            "Lending abuse model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="In-house gradient-boosted classifier over per-card borrowing features.",
            controls={
                c.HumanInTheLoop(
                    approver="library staff",
                    note="accounts are suspended automatically; staff review each suspension afterwards "
                    "and lift or confirm it",
                )
            },
        )
    )
    # Open and closed abuse cases with their evidence.
    case_store = tm.add(tg.DataStore("Abuse case store", stores={abuse_case, case_outcome}))
    # Where staff at member libraries work the case queue.
    console = tm.add(
        tg.Endpoint(
            "Case review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff single sign-on with password"), c.RBAC()},
        )
    )

    with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
        # Latest borrowing features per card, read by scoring and by training.
        feature_store = tm.add(
            tg.FeatureStore("Borrowing feature store", stores={borrowing_features}, online=True)
        )
        # Features joined to staff outcomes, exported monthly.
        dataset = tm.add(tg.Dataset("Labelled case dataset", stores={training_examples}))
        # Monthly retraining of the abuse model.
        training = tm.add(tg.Pipeline("Abuse model training", stage=tg.Stage.TRAINING))
        # Versions of the abuse model; scoring loads the current one.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))

with tm.boundary("Library staff network", trust=tg.Trust.INTERNAL):
    # Branch and e-resources staff at the member libraries.
    staff = tm.add(tg.Actor("Library staff", role="librarian"))

# ---------------------------------------------------------------- flows
tm.flow(patron, signup, registration, protocol="https")
tm.flow(signup, lms, patron_record, label="new e-card")

tm.flow(patron, platform, card_credentials, loan_request, protocol="https")
tm.flow(platform, patron, ebook, protocol="https")
tm.flow(platform, patron_auth, card_credentials, protocol="https")
tm.flow(patron_auth, lms, card_credentials, label="card lookup")
tm.flow(lms, patron_auth, patron_record)
tm.flow(patron_auth, platform, card_status, protocol="https")

tm.flow(platform, ingestion, loan_events, protocol="https", label="loan event webhook")
tm.flow(lms, ingestion, patron_record, label="nightly patron export")
tm.flow(ingestion, feature_store, borrowing_features)

tm.flow(feature_store, scoring, borrowing_features)
tm.flow(scoring, abuse_model, borrowing_features)
tm.flow(abuse_model, scoring, abuse_score)
tm.flow(scoring, lms, suspension)
tm.flow(scoring, case_store, abuse_case)
tm.flow(scoring, mailer, suspension_notice, protocol="https")
tm.flow(mailer, patron, suspension_notice, protocol="smtp")

tm.flow(case_store, console, abuse_case)
tm.flow(console, staff, abuse_case, protocol="https")
tm.flow(staff, console, case_outcome, protocol="https")
tm.flow(console, case_store, case_outcome)
tm.flow(console, lms, reinstatement)

tm.flow(case_store, dataset, case_outcome, label="monthly export")
tm.flow(feature_store, dataset, borrowing_features, label="monthly export")
tm.flow(dataset, training, training_examples)
tm.flow(training, registry, model_artifact)
tm.flow(registry, abuse_model, model_artifact, label="deploy")
