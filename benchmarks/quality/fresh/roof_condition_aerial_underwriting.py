"""Roof condition scoring from aerial imagery: the first design, before any security review.

A home insurer scores the roof condition of every insured property ahead of
renewal. Each month the policy system sends the addresses of upcoming renewals
to an aerial imagery vendor, whose API returns recent roof images. A batch
scoring service runs our in-house vision model over the images and writes a
roof condition score per property; the renewal pricing engine uses the score to
adjust premiums and to propose non-renewals. Properties below the review
threshold are queued for an underwriter, who sees the imagery in the underwriting
workbench (SSO login, role-based access) and approves or overrides each
non-renewal. Homeowners can dispute a score on the policyholder portal (account
login) by uploading their own roof photos, which are re-scored by the same model
and then reviewed by an underwriter. Everything runs in the insurer's cloud
account; the pricing engine and policy database sit in the restricted core
policy zone, with the policy database encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Roof condition aerial underwriting",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Vision-model roof scores from vendor aerial imagery drive renewal pricing and "
        "non-renewals; underwriters review low scores and homeowners can dispute with photos."
    ),
)

# ---------------------------------------------------------------- data assets
renewal_list = tg.Data(
    "Renewal property list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Policy number, insured address and parcel coordinates of upcoming renewals.",
)
aerial_imagery = tg.Data(
    "Aerial roof imagery",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Licensed vendor images of each roof, with capture date.",
)
roof_score = tg.Data(
    "Roof condition score",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="0-100 condition score with detected defects (missing shingles, ponding, tarp).",
)
review_case = tg.Data(
    "Low-score review case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Property, policy, score and imagery references queued for an underwriter.",
)
underwriting_decision = tg.Data(
    "Underwriting decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Underwriter's approval or override of a proposed non-renewal or surcharge.",
)
policy_records = tg.Data(
    "Policy records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
renewal_decision = tg.Data(
    "Renewal decision notice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Renewal premium or non-renewal, with the roof score reason shown to the homeowner.",
)
homeowner_photos = tg.Data(
    "Homeowner roof photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos the homeowner uploads to dispute a score, with EXIF metadata.",
)
dispute = tg.Data(
    "Score dispute",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Homeowner's statement, repair receipts and dispute status.",
)
portal_login = tg.Data("Portal credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The insured homeowner, who sees renewal decisions and can dispute a score.
    homeowner = tm.add(tg.Actor("Homeowner", role="policyholder"))

with tm.boundary("Imagery vendor", trust=tg.Trust.PARTNER):
    # Source of the aerial images the whole scoring process depends on.
    vendor = tm.add(
        tg.DataSource(
            "Aerial imagery vendor API",
            origin=tg.Origin.VENDOR,
            provides={aerial_imagery},
            description="Commercial aerial/satellite imagery provider, queried by address.",
        )
    )

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # Public web app where homeowners see decisions and dispute scores.
    portal = tm.add(
        tg.Endpoint(
            "Policyholder dispute portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="policyholder account password + email OTP"),
                c.InputValidation(note="JPEG/HEIC only, 20 MB per file, 10 files per dispute"),
            },
        )
    )
    # Holds uploaded dispute photos and dispute records until the case closes.
    dispute_store = tm.add(tg.DataStore("Dispute photo store", stores={homeowner_photos, dispute}))
    # Pulls vendor imagery for the renewal list each month.
    ingestion = tm.add(
        tg.Pipeline(
            "Imagery ingestion job",
            stage=tg.Stage.INGESTION,
            description="Monthly batch: sends renewal addresses, downloads images, stores them.",
        )
    )
    # Keeps the imagery that scores and underwriters refer back to.
    imagery_store = tm.add(tg.DataStore("Aerial imagery store", stores={aerial_imagery}))
    # Runs the model in batch over vendor imagery, and on demand over dispute photos.
    scoring = tm.add(
        tg.Service(
            "Roof scoring service",
            description="Batch and on-demand scoring; routes scores below 40 to underwriter review.",
        )
    )
    # The vision model that judges roof condition.
    roof_model = tm.add(
        tg.Model(
            "Roof condition vision model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="CNN fine-tuned in-house on labelled aerial roof images.",
            controls={c.ModelVersioning(note="scores record the model version")},
        )
    )
    # Keeps every score, the history the pricing engine and disputes rely on.
    score_store = tm.add(tg.DataStore("Roof score store", stores={roof_score}))

    with tm.boundary("Core policy zone", trust=tg.Trust.RESTRICTED):
        # Sets renewal premiums and proposes non-renewals from the score.
        pricing = tm.add(
            tg.Service(
                "Renewal pricing engine",
                description="Rating rules: surcharge below 60, non-renewal proposal below 40.",
            )
        )
        # System of record for policies, renewal lists and decisions.
        policy_db = tm.add(
            tg.DataStore(
                "Policy administration database",
                stores={policy_records, renewal_list},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Underwriters make the final call on low scores and disputes.
    underwriter = tm.add(tg.Actor("Underwriter", role="underwriter"))
    # Case queue showing imagery, score and photos side by side.
    workbench = tm.add(
        tg.Service(
            "Underwriting workbench",
            controls={
                c.Authentication(method="corporate SSO"),
                c.RBAC(note="underwriting role only"),
                c.HumanInTheLoop(approver="an underwriter", above="score below 40 (non-renewal)"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Monthly imagery pull
tm.flow(policy_db, ingestion, renewal_list, label="upcoming renewals")
tm.flow(ingestion, vendor, renewal_list, protocol="https", label="imagery order by address")
tm.flow(vendor, ingestion, aerial_imagery, protocol="https")
tm.flow(ingestion, imagery_store, aerial_imagery)

# Scoring
tm.flow(imagery_store, scoring, aerial_imagery)
tm.flow(scoring, roof_model, aerial_imagery, homeowner_photos, label="images to score")
tm.flow(roof_model, scoring, roof_score)
tm.flow(scoring, score_store, roof_score)
tm.flow(score_store, pricing, roof_score)
tm.flow(pricing, policy_db, renewal_decision, label="rated renewal")
tm.flow(policy_db, pricing, policy_records)

# Underwriter review of low scores
tm.flow(scoring, workbench, review_case, label="score below threshold")
tm.flow(imagery_store, workbench, aerial_imagery)
tm.flow(workbench, underwriter, review_case, aerial_imagery, homeowner_photos, protocol="https")
tm.flow(underwriter, workbench, underwriting_decision, protocol="https")
tm.flow(workbench, pricing, underwriting_decision, label="approve or override")

# Homeowner notice and dispute
tm.flow(pricing, portal, renewal_decision)
tm.flow(portal, homeowner, renewal_decision, dispute, protocol="https")
tm.flow(homeowner, portal, portal_login, homeowner_photos, dispute, protocol="https")
tm.flow(portal, dispute_store, homeowner_photos, dispute)
tm.flow(dispute_store, scoring, homeowner_photos, label="re-score dispute photos")
tm.flow(dispute_store, workbench, homeowner_photos, dispute)
tm.flow(workbench, dispute_store, dispute, label="dispute outcome")
tm.flow(dispute_store, portal, dispute, label="dispute status")
