"""City parking permit fraud screening: the first design, before any security review.

Residents of an EU city apply online for a residential parking permit: they sign in
with the national eID, enter their address and number plate, and upload proof of
residency (lease or utility bill). A screening service in the city data centre has
the documents read by a cloud OCR API, checks the plate against the national vehicle
registry and the address against the municipal population register, and asks an
in-house fraud model for a risk score. Applications under the threshold get their
permit issued automatically and pushed to the parking enforcement vendor's platform;
the rest go to permit clerks, who decide in a case review app. Past applications and
clerk outcomes are exported monthly to retrain the model. Controls: eID sign-in and
upload checks on the portal, encrypted application data with role-based access, SSO
and audit logging in the review app, mutual TLS to the vehicle registry, and clerks
deciding every flagged application.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "City parking permit fraud screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Screens residential parking permit applications for fraud before permits are issued.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Permit application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, citizen service number, address, number plate, requested zone.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
proof_docs = tg.Data(
    "Proof of residency documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Scanned leases, utility bills and company car letters.",
)
identity_assertion = tg.Data(
    "eID identity assertion", kind="credentials", sensitivity=tg.Sensitivity.PII
)
ocr_text = tg.Data("Extracted document fields", kind="records", sensitivity=tg.Sensitivity.PII)
plate_query = tg.Data("Number plate query", kind="records", sensitivity=tg.Sensitivity.PII)
vehicle_record = tg.Data(
    "Vehicle registration record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Registered keeper, vehicle type and lease status for the plate.",
)
resident_record = tg.Data(
    "Population register entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who is registered at the address, and since when.",
)
features = tg.Data(
    "Screening features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Name and address matches, permits already at the address, document metadata.",
)
risk_score = tg.Data(
    "Fraud risk score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
review_case = tg.Data(
    "Flagged application case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The application, its documents, register results and the risk score.",
)
clerk_decision = tg.Data(
    "Clerk decision",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Grant or refuse, with the reason; also the label for retraining.",
)
permit = tg.Data(
    "Issued permit",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Number plate, zone and validity period.",
)
status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)
history = tg.Data(
    "Historical applications and outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
)
model_file = tg.Data(
    "Fraud model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents applying for, or renewing, a permit.
    resident = tm.add(tg.Actor("Resident", role="applicant"))

with tm.boundary("National eID scheme", trust=tg.Trust.PARTNER):
    # Government identity provider residents sign in with.
    eid = tm.add(tg.ExternalService("National eID", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

with tm.boundary("National vehicle authority", trust=tg.Trust.PARTNER):
    # Confirms who keeps the car behind the plate.
    vehicle_registry = tm.add(
        tg.ExternalService("Vehicle registry API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("OCR vendor cloud", trust=tg.Trust.PARTNER):
    # Reads fields out of uploaded leases and bills.
    ocr = tm.add(tg.ExternalService("Document OCR API", provides=tg.ExternalCategory.MODEL_API))

with tm.boundary("Enforcement vendor", trust=tg.Trust.PARTNER):
    # Scan cars check plates against the permits we push here.
    enforcement = tm.add(tg.ExternalService("Parking enforcement platform"))

with tm.boundary("City data centre", trust=tg.Trust.INTERNAL):
    # Public permit application site and API.
    portal = tm.add(
        tg.Endpoint(
            "Permit portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="national eID (SAML), substantial assurance level"),
                c.InputValidation(note="PDF/JPEG/PNG only, 10 MB per file"),
            },
        )
    )
    # Applications, decisions and permits.
    app_db = tm.add(
        tg.DataStore(
            "Application database",
            stores={application, ocr_text, risk_score, clerk_decision, permit},
            controls={c.EncryptionAtRest(key_management="city HSM"), c.RBAC()},
        )
    )
    # Uploaded proof documents.
    doc_store = tm.add(
        tg.DataStore("Document store", stores={proof_docs}, controls={c.EncryptionAtRest()})
    )
    # Gathers checks, scores each application and routes it.
    screening = tm.add(
        tg.Service(
            "Screening service",
            description="Runs OCR and register checks, builds features, scores, then auto-issues or queues for a clerk.",
            controls={
                c.HumanInTheLoop(
                    approver="permit clerk",
                    note="applications scoring above the threshold wait for a clerk; only clerks refuse",
                )
            },
        )
    )
    # Scores the likelihood that an application is fraudulent.
    fraud_model = tm.add(
        tg.Model(
            "Permit fraud model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over register matches and document signals.",
        )
    )
    # The city's population register, read through the internal data hub.
    population_register = tm.add(
        tg.DataSource(
            "Municipal population register", origin=tg.Origin.INTERNAL, provides={resident_record}
        )
    )
    # Creates the permit and sends it to enforcement.
    issuing = tm.add(tg.Service("Permit issuing service"))

    with tm.boundary("Analytics environment", trust=tg.Trust.INTERNAL):
        # Monthly export of past applications with their outcomes.
        training_set = tm.add(tg.Dataset("Screening training set", stores={history}))
        # Retrains the model with scikit-learn/LightGBM and replaces the served file.
        retraining = tm.add(
            tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )

with tm.boundary("City office network", trust=tg.Trust.INTERNAL):
    # Handles flagged applications and residents' questions.
    clerk = tm.add(tg.Actor("Permit clerk", role="case worker"))
    # Where clerks see flagged cases and record decisions.
    review_app = tm.add(
        tg.Endpoint(
            "Case review app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="city Active Directory SSO"),
                c.RBAC(),
                c.AuditLogging(retention_days=730),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(eid, portal, identity_assertion, protocol="https", label="SAML assertion")
tm.flow(resident, portal, application, proof_docs, protocol="https")
tm.flow(portal, resident, status, protocol="https")
tm.flow(portal, app_db, application)
tm.flow(portal, doc_store, proof_docs)
tm.flow(app_db, portal, status)

tm.flow(app_db, screening, application)
tm.flow(doc_store, screening, proof_docs)
tm.flow(screening, ocr, proof_docs, protocol="https")
tm.flow(ocr, screening, ocr_text, protocol="https")
tm.flow(screening, vehicle_registry, plate_query, protocol="mtls")
tm.flow(vehicle_registry, screening, vehicle_record, protocol="mtls")
tm.flow(population_register, screening, resident_record, protocol="https")
tm.flow(screening, fraud_model, features)
tm.flow(fraud_model, screening, risk_score)
tm.flow(screening, app_db, ocr_text, risk_score)

tm.flow(screening, review_app, review_case, protocol="https", label="score above threshold")
tm.flow(review_app, clerk, review_case, protocol="https")
tm.flow(clerk, review_app, clerk_decision, protocol="https")
tm.flow(review_app, app_db, clerk_decision, protocol="https")
tm.flow(review_app, issuing, clerk_decision, protocol="https", label="granted by clerk")
tm.flow(screening, issuing, application, label="score under threshold")
tm.flow(issuing, app_db, permit)
tm.flow(
    issuing,
    enforcement,
    permit,
    protocol="https",
    controls={c.Authentication(method="vendor API key")},
)

tm.flow(app_db, training_set, history, label="monthly export")
tm.flow(training_set, retraining, history)
tm.flow(retraining, fraud_model, model_file, label="replaces served model")
