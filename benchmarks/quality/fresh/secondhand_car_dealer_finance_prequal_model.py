"""Used-car finance pre-qualification: the first design, before any security review.

A UK used-car dealer group lets customers check whether they are likely to get car
finance before they visit. The customer fills a short form on our website (name,
address history, date of birth, income, employment, deposit and the car they want).
A pre-qualification service runs a soft search at a credit reference agency, builds
features and asks our pre-qualification model for a score, which becomes an
eligibility result for the customer and an indicative offer (APR band and monthly
payment) that salespeople see in the showroom sales app. The real decision is made by
a lender on our panel, to whom the sales app submits the full application; the lender
posts its decision back. Past applications and lender outcomes retrain the model.
Controls in this design: input validation and rate limiting on the form, the agency
key in a secrets manager, encryption at rest for the application database, staff SSO
with MFA on the sales app, and a back-test before a retrained model is released.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Used-car finance pre-qualification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Soft-search pre-qualification for car finance from an online form; salespeople "
        "see an indicative offer, a panel lender makes the credit decision."
    ),
)

# ---------------------------------------------------------------- data assets
form = tg.Data(
    "Pre-qualification form answers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address history, date of birth, income, employment, deposit, vehicle.",
)
soft_search = tg.Data(
    "Soft search request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Identity and address details sent for a quotation search.",
)
credit_file = tg.Data(
    "Soft credit file summary",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Credit score, defaults, CCJs, existing credit commitments.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
features = tg.Data("Applicant features", kind="features", sensitivity=tg.Sensitivity.PII)
score = tg.Data("Pre-qualification score", kind="model-output", sensitivity=tg.Sensitivity.PII)
eligibility = tg.Data(
    "Eligibility result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="'Likely to be accepted' or not, shown to the customer.",
)
offer = tg.Data(
    "Indicative finance offer",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="APR band, term and monthly payment for the chosen car.",
)
application = tg.Data(
    "Finance application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The full application a salesperson completes with the customer.",
)
decision = tg.Data("Lender decision", kind="records", sensitivity=tg.Sensitivity.PII)
history = tg.Data(
    "Historical applications and outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past form answers, credit summaries and lender accept/decline outcomes.",
)
weights = tg.Data(
    "Pre-qualification model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
release = tg.Data("Retraining run and release", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone browsing the website can check their eligibility.
    customer = tm.add(tg.Actor("Customer", role="prospective buyer"))

with tm.boundary("Credit reference agency", trust=tg.Trust.PARTNER):
    # Returns a soft (quotation) search that does not mark the customer's file.
    cra = tm.add(tg.ExternalService("Credit reference agency API", provides="data-provider"))

with tm.boundary("Lender panel", trust=tg.Trust.PARTNER):
    # Panel lenders underwrite the application and make the real decision.
    lender = tm.add(tg.ExternalService("Panel lender platform"))

with tm.boundary("Dealer group cloud", trust=tg.Trust.INTERNAL):
    # The finance checker form on the public website.
    form_api = tm.add(
        tg.Endpoint(
            "Finance checker form",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.InputValidation(note="field formats and ranges"),
                c.RateLimiting(requests_per_minute=20, note="per IP at the CDN"),
            },
        )
    )
    # Orchestrates the soft search, scoring and the offer.
    prequal = tm.add(
        tg.Service(
            "Pre-qualification service",
            controls={c.SecretsManagement(note="agency API key in the cloud secrets manager")},
        )
    )
    # Scores how likely a panel lender is to accept the customer.
    model = tm.add(
        tg.Model(
            "Pre-qualification model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Logistic regression over form and credit-file features.",
        )
    )
    # Customers, soft-search results, offers and lender decisions.
    app_db = tm.add(
        tg.DataStore(
            "Application database",
            stores={form, credit_file, offer, application, decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The showroom app where salespeople see the offer and submit applications.
    sales_app = tm.add(
        tg.Service(
            "Showroom sales app",
            controls={c.Authentication(method="staff SSO with MFA")},
        )
    )

    with tm.boundary("Data team environment", trust=tg.Trust.INTERNAL):
        # Nightly export of past applications joined with lender outcomes.
        dataset = tm.add(tg.Dataset("Application history set", stores={history}))
        # Quarterly retraining, with a back-test against recent lender decisions.
        training = tm.add(
            tg.Pipeline(
                "Model retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="back-test on last quarter's lender decisions")},
            )
        )
        # Released model versions the pre-qualification service loads.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("Dealership showrooms", trust=tg.Trust.INTERNAL):
    # Sees the indicative offer and completes the application with the customer.
    salesperson = tm.add(tg.Actor("Salesperson", role="sales staff"))
    # Runs retraining and releases new model versions.
    analyst = tm.add(tg.Actor("Data analyst", role="data team", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, form_api, form, protocol="https")
tm.flow(form_api, prequal, form)
tm.flow(prequal, cra, soft_search, protocol="https")
tm.flow(cra, prequal, credit_file, protocol="https")
tm.flow(prequal, model, features)
tm.flow(model, prequal, score)
tm.flow(prequal, app_db, form, credit_file, offer)
tm.flow(prequal, form_api, eligibility)
tm.flow(form_api, customer, eligibility, protocol="https")

tm.flow(app_db, sales_app, form, offer)
tm.flow(sales_app, salesperson, form, offer, protocol="https")
tm.flow(salesperson, sales_app, application, protocol="https")
tm.flow(sales_app, app_db, application)
tm.flow(sales_app, lender, application, protocol="https")
tm.flow(lender, sales_app, decision, protocol="https", label="lender decision webhook")
tm.flow(sales_app, app_db, decision)

tm.flow(app_db, dataset, history, label="nightly export")
tm.flow(dataset, training, history)
tm.flow(analyst, training, release, protocol="https")
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load released version")
