"""Vintage car auction: history-file check with an LLM, first design before review.

A classic car auction house takes consignments online. Sellers sign in to a
seller portal and upload the car's history file: scanned old invoices, MOT
certificates, registration documents (V5C and older logbooks) and restoration
photos. A history analysis service extracts the text, looks up the recorded MOT
mileages for the registration, and asks a hosted LLM to summarise the history
and flag inconsistencies in mileage, chassis and engine numbers. A car
specialist reads the summary and the original documents in an internal
cataloguing tool and writes the lot description, which is published on the
auction website. Registered bidders read lots online and can request the full
history file, which is e-mailed to them as a PDF. Everything runs in the auction
house's cloud account; the LLM, the e-mail provider and the MOT history API are
outside services. Sign-in, TLS, encrypted document storage and a vendor review
of the LLM provider are in the design; the specialist writes every description.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Vintage car auction history check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM summary and consistency check of classic-car history files, "
        "used by specialists to write auction lot descriptions."
    ),
)

# ---------------------------------------------------------------- data assets
consignment = tg.Data(
    "Consignment details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Seller name, address, phone, bank reference, car make, model and registration.",
)
history_file = tg.Data(
    "Vehicle history file",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description=(
        "Scanned invoices, MOT certificates and registration documents; they name "
        "past owners and their addresses."
    ),
)
photos = tg.Data(
    "Restoration photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photos of the car during restoration, including chassis and engine stampings.",
)
consignment_status = tg.Data("Consignment status", kind="records", sensitivity=tg.Sensitivity.PII)
registration = tg.Data(
    "Registration number lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
mot_records = tg.Data(
    "MOT mileage records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Test dates and recorded odometer readings from the MOT history service.",
)
prompt = tg.Data(
    "History analysis prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the extracted document text and the MOT mileages.",
)
summary = tg.Data(
    "History summary and inconsistency flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
lot_description = tg.Data(
    "Lot description",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
bidder_sign_in = tg.Data(
    "Bidder sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
bidder_accounts = tg.Data(
    "Bidder accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Registered bidders: name, address, e-mail, password hash, ID check status.",
)
file_request = tg.Data("Full history file request", kind="records", sensitivity=tg.Sensitivity.PII)
full_file_pdf = tg.Data(
    "Full history file PDF",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The uploaded history file and photos bundled into one PDF for a bidder.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Private owners and dealers consigning a car.
    seller = tm.add(tg.Actor("Seller", role="consignor"))
    # Registered bidders browsing lots; anyone can register.
    bidder = tm.add(tg.Actor("Bidder", role="bidder"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API; does the summary and the checks.
    llm = tm.add(
        tg.LLM(
            "Hosted history LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Summarises a history file and flags mileage, chassis and engine number mismatches.",
            controls={tg.controls.SupplierAssessment(note="DPA signed; no training on our data")},
        )
    )

with tm.boundary("Government services", trust=tg.Trust.PARTNER):
    # Public MOT history API, used to cross-check the odometer readings in the file.
    mot_api = tm.add(
        tg.ExternalService("MOT history API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers full history files to bidders.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Auction house cloud", trust=tg.Trust.INTERNAL):
    # Where sellers create a consignment and upload the history file.
    seller_portal = tm.add(
        tg.Endpoint(
            "Seller portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.InputValidation(note="PDF, JPEG and PNG only, 50 MB per file"),
            },
        )
    )
    # Public auction site: lot pages, bidder sign-in and full-file requests.
    website = tm.add(
        tg.Endpoint(
            "Auction website",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Extracts text (OCR), fetches MOT mileages, prompts the LLM, stores the result.
    analysis = tm.add(
        tg.Service(
            "History analysis service",
            description="OCR of the scans, MOT lookup, prompt assembly and LLM call per consignment.",
        )
    )
    # Internal web app where the specialist reads the summary and writes the lot.
    cataloguing = tm.add(
        tg.Service(
            "Cataloguing tool",
            controls={
                tg.controls.Authentication(method="company SSO (OIDC) with MFA"),
                tg.controls.RBAC(),
                tg.controls.HumanInTheLoop(approver="car specialist"),
            },
        )
    )
    # Bundles a consignment's history file into a PDF and e-mails it to the bidder.
    release = tm.add(
        tg.Service(
            "Full-file release service",
            description="Checks the requester has a registered bidder account, then sends the PDF.",
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Object storage for the uploaded scans and photos.
        file_store = tm.add(
            tg.DataStore(
                "History file store",
                stores={history_file, photos},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Consignments, LLM summaries, lot descriptions and file-request records.
        lot_db = tm.add(
            tg.DataStore(
                "Lot database",
                stores={consignment, summary, lot_description, file_request},
            )
        )
        # Registered bidders and their password hashes.
        bidder_db = tm.add(tg.DataStore("Bidder account store", stores={bidder_accounts}))

with tm.boundary("Auction house office", trust=tg.Trust.INTERNAL):
    # Marque specialist who vouches for each lot description.
    specialist = tm.add(tg.Actor("Car specialist", role="specialist"))

# ---------------------------------------------------------------- flows
# consignment and upload
tm.flow(seller, seller_portal, consignment, history_file, photos, protocol="https")
tm.flow(seller_portal, seller, consignment_status, protocol="https")
tm.flow(seller_portal, file_store, history_file, photos)
tm.flow(seller_portal, lot_db, consignment)

# LLM history check
tm.flow(file_store, analysis, history_file, photos)
tm.flow(analysis, mot_api, registration, protocol="https")
tm.flow(mot_api, analysis, mot_records, protocol="https")
tm.flow(analysis, llm, prompt, protocol="https")
tm.flow(llm, analysis, summary, protocol="https")
tm.flow(analysis, lot_db, summary)

# specialist writes the lot
tm.flow(lot_db, cataloguing, consignment, summary)
tm.flow(file_store, cataloguing, history_file, photos)
tm.flow(cataloguing, specialist, summary, history_file, photos, protocol="https")
tm.flow(specialist, cataloguing, lot_description, protocol="https")
tm.flow(cataloguing, lot_db, lot_description)

# bidders
tm.flow(bidder, website, bidder_sign_in, file_request, protocol="https")
tm.flow(website, bidder_db, bidder_sign_in, label="sign-in check")
tm.flow(bidder_db, website, bidder_accounts)
tm.flow(lot_db, website, lot_description)
tm.flow(website, bidder, lot_description, protocol="https")
tm.flow(website, release, file_request)
tm.flow(release, lot_db, file_request, label="request record")
tm.flow(file_store, release, history_file, photos)
tm.flow(release, email, full_file_pdf, protocol="https")
tm.flow(email, bidder, full_file_pdf, protocol="smtp")
