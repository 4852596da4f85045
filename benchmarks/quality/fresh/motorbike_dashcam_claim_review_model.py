"""Motorbike dashcam claim review: first design, before any security review.

Riders upload helmet-camera or dashcam footage with a claim through the insurer's
app. A reconstruction service sends it to a model a telematics vendor hosts, which
reconstructs the incident (speeds, positions, who hit whom) and suggests a liability
split; the claims handler sees it in the claims system, decides, and can e-mail the
rider for more evidence. Footage is kept for the claim's life. Third parties'
insurers request footage through a partner portal and a handler approves each
release. A monthly job de-identifies footage of claims about to close and sends it
to the vendor, which retrains its model on it. Controls: app sign-in and upload
checks, encryption at rest and a retention policy on footage, staff SSO, roles and
audit logs in the claims system, handler approval of decisions and releases, a
vendor review at procurement, and face and plate blurring before sharing.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Motorbike dashcam claim review",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Vendor model reconstructs motorbike incidents from rider footage for claims handlers.",
)

# ---------------------------------------------------------------- data assets
claim = tg.Data(
    "Claim details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Policy number, rider, incident description, other parties.",
)
footage = tg.Data(
    "Rider footage",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Helmet or dashcam video with GPS and speed tracks; shows faces and plates.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
reconstruction = tg.Data(
    "Incident reconstruction and liability suggestion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
decision = tg.Data("Liability decision", kind="records", sensitivity=tg.Sensitivity.PII)
evidence_request = tg.Data("Evidence request", kind="records", sensitivity=tg.Sensitivity.PII)
footage_request = tg.Data(
    "Third-party footage request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
release_approval = tg.Data("Footage release approval", kind="records")
deid_footage = tg.Data(
    "De-identified footage",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Faces and plates blurred, GPS removed; speed tracks kept.",
)
weights = tg.Data(
    "Reconstruction model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="unknown"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Policyholders who make claims and upload footage from the app.
    rider = tm.add(tg.Actor("Rider", role="policyholder"))

with tm.boundary("Third-party insurers", trust=tg.Trust.PARTNER):
    # Handlers at other parties' insurers who need the footage for their side of the claim.
    tp_handler = tm.add(tg.Actor("Third-party insurer handler", role="partner claims handler"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Delivers evidence requests and claim updates to riders.
    email = tm.add(tg.ExternalService("Transactional e-mail service", provides="generic"))

with tm.boundary("Telematics vendor", trust=tg.Trust.PARTNER):
    # The vendor hosts the reconstruction model behind an API.
    model = tm.add(
        tg.Model(
            "Incident reconstruction model",
            task="regressor",
            origin="third-party-api",
            high_stakes=True,
            description="Estimates speeds, positions and impact sequence; suggests a liability split.",
            controls={c.SupplierAssessment(note="security and DPA review at procurement")},
        )
    )
    # The vendor's own training runs on the footage we share, then redeploys the model.
    vendor_training = tm.add(tg.Pipeline("Vendor retraining", stage="training"))
    # Where the vendor keeps the de-identified footage we send it.
    vendor_dataset = tm.add(tg.Dataset("Vendor training footage", stores={deid_footage}))

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # Where the app sends claims and footage.
    upload_api = tm.add(
        tg.Endpoint(
            "Claim upload API",
            purpose="api",
            controls={
                c.Authentication(method="app account, e-mail and password"),
                c.InputValidation(note="video formats only, 2 GB per file"),
            },
        )
    )
    # Footage for each open claim, kept until the claim closes.
    footage_store = tm.add(
        tg.DataStore(
            "Footage store",
            stores={footage},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(note="deleted 30 days after the claim closes"),
            },
        )
    )
    # Sends footage to the vendor API and files the result on the claim.
    recon_service = tm.add(tg.Service("Reconstruction service"))
    # Partner-facing portal where other insurers request and download footage.
    portal = tm.add(
        tg.Endpoint(
            "Partner portal",
            purpose="api",
            controls={c.Authentication(method="per-handler username and password")},
        )
    )
    # Monthly job that blurs and strips footage of closing claims before sharing.
    deid_job = tm.add(
        tg.Pipeline(
            "Monthly de-identification job",
            stage="preprocessing",
            third_party_packages=True,
            controls={c.DataMinimization(note="face and plate blurring, GPS stripped")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Claims management system: the case file, decisions and release approvals.
    claims = tm.add(
        tg.Service(
            "Claims system",
            controls={
                c.Authentication(method="staff SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=2555),
                c.HumanInTheLoop(approver="claims handler"),
            },
        )
    )
    # Decides liability and approves footage releases.
    handler = tm.add(tg.Actor("Claims handler", role="claims handler"))

# ---------------------------------------------------------------- flows
tm.flow(rider, upload_api, claim, footage, protocol="https")
tm.flow(upload_api, rider, claim, protocol="https", label="claim reference")
tm.flow(upload_api, footage_store, footage)
tm.flow(upload_api, claims, claim, protocol="https", label="opens claim")

tm.flow(claims, recon_service, claim, protocol="https", label="new footage on claim")
tm.flow(footage_store, recon_service, footage)
tm.flow(recon_service, model, footage, protocol="https")
tm.flow(model, recon_service, reconstruction, protocol="https")
tm.flow(recon_service, claims, reconstruction, protocol="https")

tm.flow(claims, handler, claim, reconstruction, protocol="https")
tm.flow(handler, claims, decision, evidence_request, protocol="https")
tm.flow(claims, email, evidence_request, protocol="https")
tm.flow(email, rider, evidence_request, protocol="smtp")
tm.flow(footage_store, claims, footage, protocol="https", label="handler playback")

tm.flow(tp_handler, portal, footage_request, protocol="https")
tm.flow(portal, claims, footage_request, protocol="https")
tm.flow(handler, claims, release_approval, protocol="https", label="approves release")
tm.flow(claims, portal, release_approval, protocol="https")
tm.flow(footage_store, portal, footage)
tm.flow(portal, tp_handler, footage, protocol="https", label="download")

tm.flow(footage_store, deid_job, footage, label="claims closing this month")
tm.flow(deid_job, vendor_dataset, deid_footage, protocol="sftp")
tm.flow(vendor_dataset, vendor_training, deid_footage)
tm.flow(vendor_training, model, weights, label="vendor redeploys")
