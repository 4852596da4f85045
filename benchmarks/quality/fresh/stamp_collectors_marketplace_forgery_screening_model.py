"""Stamp marketplace forgery screening: the first design, before any security review.

An online marketplace where collectors buy and sell collectable stamps. Sellers
sign in and upload high-resolution scans of each lot with its description. A
preprocessing job crops and normalises the scans, and an in-house vision model
compares them against a reference library licensed from a philatelic society to
flag likely forgeries, repairs and regumming. Unflagged lots are listed at once;
flagged lots wait in a review console until a contracted philatelic expert
approves or rejects them. Buyers browse listings and can request a screening
certificate for a lot. The model is retrained from the reference library and
the experts' confirmed verdicts, and deployed from a model registry.
Everything runs in one cloud account; sellers and buyers sign in with e-mail and
password, experts with TOTP as well; stores are encrypted at rest, and public
traffic uses HTTPS. The reference library arrives monthly over SFTP.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Stamp marketplace forgery screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Screens sellers' stamp scans for forgeries, repairs and regumming before listing.",
)

# ---------------------------------------------------------------- data assets
seller_account = tg.Data(
    "Seller account details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, postal address, e-mail and payout preferences of a seller.",
)
lot_scans = tg.Data(
    "Lot scans",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="media",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="High-resolution front and back scans of each stamp, as uploaded.",
)
lot_details = tg.Data("Lot description", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
scan_crops = tg.Data(
    "Normalised scan crops",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="features",
    description="Colour-corrected crops of perforations, watermark, gum and printing.",
)
reference_library = tg.Data(
    "Licensed reference library",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Reference images of genuine issues and known forgeries, under licence.",
)
screening_result = tg.Data(
    "Forgery screening result",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Forgery, repair and regum flags with a score for each.",
)
expert_verdict = tg.Data(
    "Expert verdict and listing decision", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
expert_labels = tg.Data(
    "Expert-confirmed labels", sensitivity=tg.Sensitivity.INTERNAL, kind="labels"
)
listing = tg.Data("Published listing", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
lot_status = tg.Data("Lot screening status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
cert_request = tg.Data(
    "Certificate request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Lot number plus the buyer's name and address to print on the certificate.",
)
certificate = tg.Data("Screening certificate", sensitivity=tg.Sensitivity.PII, kind="documents")
weights = tg.Data(
    "Screening model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open a seller account, including people selling forgeries.
    seller = tm.add(tg.Actor("Seller", role="seller"))
    # Browses listings and asks for certificates.
    buyer = tm.add(tg.Actor("Buyer", role="buyer"))
    # Freelance experts under contract, working from home through the review console.
    expert = tm.add(tg.Actor("Philatelic expert", role="contracted expert reviewer"))

with tm.boundary("Philatelic society", trust=tg.Trust.PARTNER):
    # The society publishes its licensed reference collection as a monthly export.
    society_feed = tm.add(
        tg.DataSource(
            "Society reference export",
            origin=tg.Origin.PARTNER,
            provides={reference_library},
            description="Monthly SFTP drop of reference images and catalogue notes.",
        )
    )

with tm.boundary("Marketplace cloud", trust=tg.Trust.INTERNAL):
    # The one public API behind the website: accounts, uploads, listings, certificates.
    web_api = tm.add(
        tg.Endpoint(
            "Marketplace API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="image type and size checks on uploads"),
            },
        )
    )
    # Object storage for the original scans, kept for review and certificates.
    scan_store = tm.add(
        tg.DataStore(
            "Scan object store",
            stores={lot_scans},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Crops and normalises each new scan before screening.
    preprocess = tm.add(tg.Pipeline("Scan preprocessing job", stage=tg.Stage.PREPROCESSING))
    # Compares the crops against the reference library and flags suspect lots.
    screening_model = tm.add(
        tg.Model(
            "Forgery screening model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="CNN comparing crops to reference images; a flag holds the lot for review.",
        )
    )
    # Lots, seller accounts, screening results and expert verdicts.
    listings_db = tm.add(
        tg.DataStore(
            "Listings database",
            stores={seller_account, lot_details, screening_result, expert_verdict, listing},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Queue of flagged lots where experts look at the scans and decide.
    review_console = tm.add(
        tg.Service(
            "Expert review console",
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.RBAC(),
                c.HumanInTheLoop(approver="philatelic expert"),
            },
        )
    )
    # Builds a PDF certificate from the screening result and the expert's verdict.
    cert_service = tm.add(tg.Service("Certificate service"))

    with tm.boundary("ML environment", trust=tg.Trust.RESTRICTED):
        # Licensed images; the licence forbids redistribution.
        ref_store = tm.add(
            tg.DataStore(
                "Reference library store",
                stores={reference_library},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Retrains the screening model each quarter.
        training = tm.add(tg.Pipeline("Model training pipeline", stage=tg.Stage.TRAINING))
        # Holds versioned model weights that serving loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

# ---------------------------------------------------------------- flows
# Seller uploads
tm.flow(seller, web_api, seller_account, lot_details, lot_scans, protocol="https")
tm.flow(web_api, seller, lot_status, protocol="https")
tm.flow(web_api, scan_store, lot_scans)
tm.flow(web_api, listings_db, seller_account, lot_details)
tm.flow(listings_db, web_api, lot_status, listing)

# Screening
tm.flow(scan_store, preprocess, lot_scans)
tm.flow(preprocess, screening_model, scan_crops)
tm.flow(ref_store, screening_model, reference_library, label="reference comparison")
tm.flow(screening_model, listings_db, screening_result)

# Expert review of flagged lots
tm.flow(listings_db, review_console, lot_details, screening_result, label="flagged lots")
tm.flow(scan_store, review_console, lot_scans)
tm.flow(review_console, expert, lot_scans, lot_details, screening_result, protocol="https")
tm.flow(expert, review_console, expert_verdict, protocol="https")
tm.flow(review_console, listings_db, expert_verdict)

# Buyers and certificates
tm.flow(web_api, buyer, listing, protocol="https")
tm.flow(buyer, web_api, cert_request, protocol="https")
tm.flow(web_api, cert_service, cert_request)
tm.flow(listings_db, cert_service, screening_result, expert_verdict, lot_details)
tm.flow(scan_store, cert_service, lot_scans)
tm.flow(cert_service, web_api, certificate)
tm.flow(web_api, buyer, certificate, protocol="https", label="certificate download")

# Reference library and retraining
tm.flow(society_feed, ref_store, reference_library, protocol="sftp", label="monthly export")
tm.flow(ref_store, training, reference_library)
tm.flow(listings_db, training, expert_labels, label="confirmed verdicts")
tm.flow(training, registry, weights)
tm.flow(registry, screening_model, weights, label="deploy")
