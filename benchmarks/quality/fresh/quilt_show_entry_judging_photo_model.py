"""Quilt show entry and judging with a photo pre-scoring model: first design.

A regional quilters' guild in the UK runs an annual juried show. Quilters enter
online: they fill in an entry form, upload photos of each quilt and pay the
entry fee through a payment provider's hosted checkout. After entries close, a
nightly job runs an in-house vision model over the photos and stores a
suggested pre-jury score per entry (workmanship, category fit). Volunteer
jurors sign in to a judging portal from home, see the photos, anonymised entry
details and the suggested score, and record their own scores; the show
administrator turns those into acceptances, which go out by e-mail. After each
show, photos and jury scores are exported to an archive that the model is
retrained from. Everything runs in one cloud account; sign-in with passwords
(TOTP for jurors), TLS on every link, encrypted storage, blind judging and the
provider's signed payment webhooks are the controls this design has.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Quilt show entry judging photo model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Online show entries with a photo model that suggests pre-jury scores to volunteer jurors.",
)

# ---------------------------------------------------------------- data assets
entry_form = tg.Data(
    "Entry form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Maker's name, address, e-mail, phone, quilt title, category and artist statement.",
)
photos = tg.Data(
    "Quilt photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Full view and detail shots of each entered quilt; unpublished until the show.",
)
entry_status = tg.Data("Entry status", kind="records", sensitivity=tg.Sensitivity.PII)
checkout = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
suggested_score = tg.Data(
    "Suggested pre-jury score",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
anonymised_entry = tg.Data(
    "Anonymised entry details",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Category, size, technique and statement, with the maker's name withheld.",
)
juror_scores = tg.Data(
    "Juror scores and comments",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
acceptance = tg.Data("Acceptance decisions", kind="records", sensitivity=tg.Sensitivity.PII)
notice = tg.Data("Acceptance notice e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
jury_archive = tg.Data(
    "Past jury archive",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Photos from past shows with the jury's final scores as labels.",
)
weights = tg.Data(
    "Photo model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open an account and enter a quilt.
    quilter = tm.add(tg.Actor("Quilter", role="entrant"))
    # Volunteer jurors judge from their own computers at home.
    juror = tm.add(tg.Actor("Juror", role="volunteer juror"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout takes the entry fee; card details never reach us.
    payments = tm.add(
        tg.ExternalService("Payment provider", description="Hosted checkout for entry fees.")
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail for confirmations and acceptance notices.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Guild cloud account", trust=tg.Trust.INTERNAL):
    # Public web app where quilters register, enter quilts and see their status.
    entry_portal = tm.add(
        tg.Endpoint(
            "Entry portal",
            purpose=tg.EndpointPurpose.API,
            description="Entrants see only their own entries and status.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="photo uploads limited to JPEG/PNG under 20 MB"),
            },
        )
    )
    # Jurors score entries here; the administrator records acceptances.
    judging_portal = tm.add(
        tg.Endpoint(
            "Judging portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.RBAC(note="juror and show administrator roles"),
                c.DataMinimization(
                    note="blind judging: maker's name and address withheld from jurors"
                ),
            },
        )
    )
    # System of record for entrants, entries, scores and decisions.
    entry_db = tm.add(
        tg.DataStore(
            "Entry database",
            stores={entry_form, entry_status, suggested_score, juror_scores, acceptance},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Object storage for the uploaded quilt photos.
    photo_bucket = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs once entries close and each night after late entries.
    scoring_job = tm.add(
        tg.Service("Nightly photo scoring job", description="Scores new photos with the model.")
    )
    # The vision model that suggests a pre-jury score from the photos.
    photo_model = tm.add(
        tg.Model(
            "Quilt photo pre-jury model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Fine-tuned image classifier; its score is advice shown to jurors.",
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Photos and final jury scores of past shows, kept for retraining.
        archive = tm.add(
            tg.Dataset("Jury archive", stores={jury_archive}, controls={c.DataVersioning()})
        )
        # Retrains the model once a year after the show.
        training = tm.add(tg.Pipeline("Annual retraining", stage=tg.Stage.TRAINING))
        # Holds model checkpoints between training and the scoring job.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Guild office", trust=tg.Trust.INTERNAL):
    # The show administrator runs the show and finalises acceptances.
    admin = tm.add(tg.Actor("Show administrator", role="show administrator", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(quilter, entry_portal, entry_form, photos, protocol="https")
tm.flow(entry_portal, quilter, entry_status, protocol="https")
tm.flow(entry_portal, entry_db, entry_form)
tm.flow(entry_db, entry_portal, entry_status)
tm.flow(entry_portal, photo_bucket, photos)

tm.flow(entry_portal, payments, checkout, protocol="https", label="create checkout")
tm.flow(quilter, payments, card_details, protocol="https")
tm.flow(
    payments,
    entry_portal,
    payment_confirmation,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature verified")},
)
tm.flow(entry_portal, entry_db, payment_confirmation, label="mark fee paid")

tm.flow(photo_bucket, scoring_job, photos)
tm.flow(scoring_job, photo_model, photos)
tm.flow(photo_model, scoring_job, suggested_score)
tm.flow(scoring_job, entry_db, suggested_score)

tm.flow(entry_db, judging_portal, anonymised_entry, suggested_score)
tm.flow(photo_bucket, judging_portal, photos)
tm.flow(judging_portal, juror, anonymised_entry, photos, suggested_score, protocol="https")
tm.flow(juror, judging_portal, juror_scores, protocol="https")
tm.flow(judging_portal, entry_db, juror_scores)
tm.flow(judging_portal, admin, juror_scores, protocol="https")
tm.flow(admin, judging_portal, acceptance, protocol="https")
tm.flow(judging_portal, entry_db, acceptance)

tm.flow(entry_db, entry_portal, acceptance)
tm.flow(entry_portal, mailer, notice, protocol="https")
tm.flow(mailer, quilter, notice, protocol="smtp")

tm.flow(entry_db, archive, juror_scores, label="post-show export")
tm.flow(photo_bucket, archive, photos, label="post-show export")
tm.flow(archive, training, jury_archive)
tm.flow(training, registry, weights)
tm.flow(registry, photo_model, weights, label="deploy")
