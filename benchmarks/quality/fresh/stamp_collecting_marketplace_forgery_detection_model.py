"""Stamp marketplace forgery screening: the first design, before any security review.

Collectors in the EU and beyond buy and sell stamps on our web marketplace. Sellers
upload high-resolution scans with each listing; before a listing goes live a
screening service runs our in-house forgery detection model over the scans, which
flags likely forgeries, reperforations, regumming and other repairs. Flagged
listings are held and queued in the expert review console, where our stamp expert
decides whether to remove them. Sellers can appeal a removal by uploading a
certificate of authenticity, and buyers can report a suspected forgery after
purchase; both land in the same case queue. The expert's verdicts and the scans
become training examples, and the ML team retrains the model and promotes it from a
model registry. Controls: customer sign-in and upload checks at the API, TLS from
browsers, SSO with MFA and an audit trail for the review console, encrypted
listing database, and evaluation before each model release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Stamp marketplace forgery screening",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Screens stamp listings for forgeries and repairs; an expert decides removals.",
)

# ---------------------------------------------------------------- data assets
listing = tg.Data(
    "Listing details",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Title, catalogue number, condition, price.",
)
scans = tg.Data(
    "Stamp scans",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="media",
    description="High-resolution front and back scans, published once the listing is live.",
)
seller_account = tg.Data("Seller account", sensitivity=tg.Sensitivity.PII, kind="records")
buyer_account = tg.Data("Buyer account", sensitivity=tg.Sensitivity.PII, kind="records")
screening = tg.Data(
    "Forgery and repair flags",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
case = tg.Data("Review case", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
certificate = tg.Data(
    "Certificate of authenticity",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="PDF or photo of an expertising certificate, uploaded with an appeal.",
)
report = tg.Data(
    "Buyer forgery report",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="The buyer's account of the problem, with their own photos of the stamp.",
)
verdict = tg.Data(
    "Expert removal decision", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
status = tg.Data("Listing status notice", sensitivity=tg.Sensitivity.PII, kind="records")
examples = tg.Data(
    "Labelled stamp scans",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("Forgery model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
train_config = tg.Data("Training configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="code")
release = tg.Data("Release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Lists stamps for sale, uploads scans, appeals removals.
    seller = tm.add(tg.Actor("Seller", role="marketplace seller"))
    # Browses and buys; may report a stamp as forged after it arrives.
    buyer = tm.add(tg.Actor("Buyer", role="marketplace buyer"))

with tm.boundary("Marketplace platform", trust=tg.Trust.INTERNAL):
    # Public web API behind the site: listings, appeals, reports, account pages.
    api = tm.add(
        tg.Endpoint(
            "Marketplace API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="file type and size checks on scan and certificate uploads"),
            },
        )
    )
    # Creates, holds, publishes and removes listings.
    listings = tm.add(tg.Service("Listing service"))
    # Listings and the buyer and seller accounts behind them.
    listing_db = tm.add(
        tg.DataStore(
            "Listing database",
            stores={listing, seller_account, buyer_account},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Object storage for the uploaded scans.
    scan_store = tm.add(tg.DataStore("Scan storage", stores={scans}))
    # Runs the model on each new listing and routes flagged ones to review.
    screener = tm.add(
        tg.Service(
            "Listing screening service",
            controls={
                c.HumanInTheLoop(
                    approver="stamp expert",
                    note="a flag holds the listing; the stamp expert decides whether to remove it",
                ),
                c.Contestability(note="sellers can appeal a removal with a certificate"),
            },
        )
    )
    # Flags, appeals with certificates, buyer reports and expert decisions.
    cases = tm.add(tg.DataStore("Case store", stores={case, certificate, report, verdict}))
    # Web console where the expert works the case queue.
    console = tm.add(
        tg.Service(
            "Expert review console",
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # The in-house vision model scoring forgery and repair likelihood per scan.
        model = tm.add(
            tg.Model(
                "Forgery detection model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                description="Fine-tuned CNN; flags above a threshold send the listing to review.",
            )
        )
        # Scans paired with the expert's verdicts, plus reference forgeries.
        dataset = tm.add(tg.Dataset("Forgery training set", stores={examples}))
        # Monthly retraining job run by the ML team.
        training = tm.add(
            tg.Pipeline(
                "Forgery model training",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="held-out evaluation before each release")},
            )
        )
        # Versions of the model that the screening service loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Staff network", trust=tg.Trust.INTERNAL):
    # Philatelic expert employed by the marketplace; decides removals and appeals.
    expert = tm.add(tg.Actor("Stamp expert", role="reviewer"))
    # Trains and promotes the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.3")

tm.flow(seller, api, listing, scans, seller_account, protocol="https", controls={tls})
tm.flow(seller, api, certificate, protocol="https", controls={tls}, label="appeal")
tm.flow(buyer, api, report, buyer_account, protocol="https", controls={tls})
tm.flow(api, buyer, listing, scans, protocol="https", controls={tls}, label="browse")
tm.flow(api, seller, status, protocol="https", controls={tls})

tm.flow(api, listings, listing, scans, seller_account)
tm.flow(listings, api, listing, status)
tm.flow(listings, listing_db, listing, seller_account, buyer_account)
tm.flow(listing_db, listings, listing, seller_account)
tm.flow(listings, scan_store, scans)
tm.flow(api, cases, certificate, report, label="appeals and reports")

tm.flow(listings, screener, listing, label="new listing")
tm.flow(scan_store, screener, scans)
tm.flow(screener, model, scans)
tm.flow(model, screener, screening)
tm.flow(screener, listings, screening, label="publish or hold")
tm.flow(screener, cases, case, screening)

tm.flow(cases, console, case, certificate, report, verdict)
tm.flow(scan_store, console, scans)
tm.flow(console, expert, case, certificate, report, scans, protocol="https", controls={tls})
tm.flow(expert, console, verdict, protocol="https", controls={tls})
tm.flow(console, cases, verdict)
tm.flow(console, listings, verdict, label="remove or reinstate")

tm.flow(cases, dataset, verdict, label="expert verdicts as labels")
tm.flow(scan_store, dataset, scans)
tm.flow(dataset, training, examples)
tm.flow(ml_engineer, training, train_config)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release, label="promotes a version")
tm.flow(registry, model, weights, label="load at deploy")
