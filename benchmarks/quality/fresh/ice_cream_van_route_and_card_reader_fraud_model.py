"""Ice-cream van franchise routes and takings checks: the first design, before any security review.

Franchisee operators drive the franchise's vans on daily routes. Each van carries a
portable card reader paired over Bluetooth with the operator's phone app, which
sends payments and refunds to the card payment provider and uploads the van's GPS
position, cash takings and refund reasons to the franchise API in our cloud. The
provider posts each transaction to the same API. A nightly route planner combines a
weather forecast with past sales and an in-house demand model to plan tomorrow's
routes. A nightly takings check scores each van's day with an in-house anomaly model
and flags unusual refunds or takings on a dashboard the franchise owner reviews;
the owner's verdicts feed monthly retraining. Controls in this design: the reader's
point-to-point encryption, per-van API keys, TLS on every link, encryption at rest
of the sales database, and the owner checks every flag before acting on it.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ice-cream van routes and takings checks",
    profile=tg.RiskProfile.LOW,
    frameworks={"pci-dss", "gdpr"},
    description="Weather- and sales-driven van routes, card payments on portable readers, "
    "and a model that flags unusual refunds or takings per van.",
)

# ---------------------------------------------------------------- data assets
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
encrypted_payment = tg.Data(
    "Encrypted card payment",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Card data encrypted inside the reader, with the amount.",
)
payment_result = tg.Data("Payment result", kind="records", sensitivity="confidential")
refund_request = tg.Data("Refund request", kind="records", sensitivity="confidential")
sales_entries = tg.Data(
    "Sales, refunds and cash count entries", kind="records", sensitivity="confidential"
)
van_upload = tg.Data(
    "Van GPS position, cash takings and refund reasons",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Where the operator is through the day, and what they report.",
)
transaction_report = tg.Data(
    "Card transaction report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Amount, refund flag, masked card number and reader id per transaction.",
)
daily_route = tg.Data("Daily route", kind="records", sensitivity="internal")
weather = tg.Data("Weather forecast", kind="records", sensitivity="public")
sales_history = tg.Data(
    "Sales and takings history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
demand_features = tg.Data("Demand features", kind="features", sensitivity="internal")
demand_forecast = tg.Data("Demand forecast per pitch", kind="model-output", sensitivity="internal")
takings_features = tg.Data("Per-van takings features", kind="features", sensitivity="pii")
anomaly_scores = tg.Data("Takings anomaly scores", kind="model-output", sensitivity="pii")
van_flags = tg.Data("Flagged van days", kind="records", sensitivity=tg.Sensitivity.PII)
owner_verdicts = tg.Data(
    "Owner review verdicts",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_files = tg.Data("Model files", sensitivity="confidential", format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Street", trust=tg.Trust.UNTRUSTED):
    # Anyone buying an ice cream at the van hatch.
    customer = tm.add(tg.Actor("Customer", role="customer"))
    # Public weather API the route planner reads each evening.
    weather_api = tm.add(
        tg.ExternalService(
            "Weather forecast service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Hourly temperature and rain forecast by postcode area.",
        )
    )

with tm.boundary("Franchise van", trust=tg.Trust.PARTNER):
    # The franchisee (or their driver) who runs the van and takes payments.
    operator = tm.add(tg.Actor("Van operator", role="franchisee"))
    # Portable reader supplied by the payment provider, one per van.
    reader = tm.add(
        tg.Device(
            "Portable card reader",
            description="Contactless and chip reader, encrypts card data on the device.",
        )
    )
    # The operator's own phone with the franchise app and the provider's SDK.
    van_app = tm.add(
        tg.Device(
            "Van operator phone app",
            description="Takes payments through the reader, records cash sales and "
            "refunds, shows the day's route, uploads GPS position.",
        )
    )

with tm.boundary("Card payment provider", trust=tg.Trust.PARTNER):
    # Acquirer and reader vendor: authorises payments and processes refunds.
    provider = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="PCI DSS certified provider; authorises card payments and refunds "
            "and posts each transaction to our API.",
        )
    )

with tm.boundary("Franchise cloud", trust=tg.Trust.INTERNAL):
    # The one API vans and the payment provider talk to.
    api = tm.add(
        tg.Endpoint(
            "Franchise API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Receives van uploads and provider transaction posts; serves routes.",
            controls={c.Authentication(method="per-van API key issued to each van's phone app")},
        )
    )
    # Everything the business knows about sales, takings, routes and flags.
    sales_db = tm.add(
        tg.DataStore(
            "Sales and takings database",
            stores={
                sales_history,
                transaction_report,
                van_upload,
                daily_route,
                van_flags,
                owner_verdicts,
            },
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Plans tomorrow's route for each van from forecast demand.
    planner = tm.add(
        tg.Service(
            "Nightly route planner",
            description="Scores pitches with the demand model and orders them into routes.",
        )
    )
    # Predicts sales per pitch and hour from weather and history.
    demand_model = tm.add(
        tg.Model(
            "Sales demand model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees over weather, day and pitch history.",
        )
    )
    # Runs after close of day and scores each van's takings.
    takings_job = tm.add(
        tg.Service(
            "Nightly takings check job",
            description="Builds per-van features from the day's takings and flags "
            "unusual refunds or takings for the owner.",
            controls={
                c.HumanInTheLoop(
                    approver="the franchise owner checks every flagged van day before "
                    "raising it with the franchisee"
                )
            },
        )
    )
    # Says how unusual a van's refunds and takings are compared with its history.
    anomaly_model = tm.add(
        tg.Model(
            "Takings anomaly model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            description="Isolation forest over refund counts, refund-to-sales ratio, "
            "cash-to-card ratio and takings against forecast.",
        )
    )
    # Monthly retraining of both models from the sales history and owner verdicts.
    retraining = tm.add(tg.Pipeline("Monthly model retraining", stage=tg.Stage.TRAINING))
    # Bucket holding the current model files that the services load.
    model_bucket = tm.add(tg.ModelRegistry("Model file bucket", stores={model_files}))
    # Web dashboard where the owner sees flags and records verdicts.
    dashboard = tm.add(
        tg.Endpoint(
            "Owner dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Owner's office", trust=tg.Trust.INTERNAL):
    # Runs the franchise and follows up flagged vans.
    owner = tm.add(tg.Actor("Franchise owner", role="owner", privileged=True))

# ---------------------------------------------------------------- flows
# taking a payment at the van
tm.flow(customer, reader, card_details, protocol="nfc", label="contactless tap")
tm.flow(
    reader,
    van_app,
    encrypted_payment,
    protocol="bluetooth",
    controls={c.EncryptionInTransit(protocol="reader point-to-point encryption")},
)
tm.flow(van_app, provider, encrypted_payment, refund_request, protocol="https")
tm.flow(provider, van_app, payment_result, protocol="https")
tm.flow(operator, van_app, sales_entries, label="on the touchscreen")
tm.flow(van_app, operator, daily_route, payment_result, label="on the touchscreen")

# van and provider data into the franchise
tm.flow(van_app, api, van_upload, protocol="https")
tm.flow(api, van_app, daily_route, protocol="https")
tm.flow(provider, api, transaction_report, protocol="https", label="transaction webhook")
tm.flow(api, sales_db, van_upload, transaction_report)
tm.flow(sales_db, api, daily_route)

# route planning
tm.flow(weather_api, planner, weather, protocol="https")
tm.flow(sales_db, planner, sales_history, label="nightly export")
tm.flow(planner, demand_model, demand_features)
tm.flow(demand_model, planner, demand_forecast)
tm.flow(planner, sales_db, daily_route)

# takings checks
tm.flow(sales_db, takings_job, sales_history, transaction_report, van_upload, label="nightly")
tm.flow(takings_job, anomaly_model, takings_features)
tm.flow(anomaly_model, takings_job, anomaly_scores)
tm.flow(takings_job, sales_db, van_flags)
tm.flow(sales_db, dashboard, van_flags, sales_history)
tm.flow(dashboard, owner, van_flags, sales_history, protocol="https")
tm.flow(owner, dashboard, owner_verdicts, protocol="https")
tm.flow(dashboard, sales_db, owner_verdicts)

# retraining
tm.flow(sales_db, retraining, sales_history, owner_verdicts, label="monthly export")
tm.flow(retraining, model_bucket, model_files)
tm.flow(model_bucket, demand_model, model_files)
tm.flow(model_bucket, anomaly_model, model_files)
