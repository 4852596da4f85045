"""Profile photo moderation: the first design, before any security review.

Members of our dating app (EU and UK) upload profile photos from the mobile app.
A photo lands in a pending bucket and is not shown to anyone until it has been
screened. A moderation service runs our in-house vision classifier (nudity and
apparent minors), compares the photo's fingerprint with an index of photos
already on the platform, and sends it to a reverse image search vendor to catch
photos stolen from elsewhere on the web. Clear passes are published to the live
photo store, clear violations are rejected, and borderline cases go to a review
queue worked by an outsourced moderation team in a console. Moderator decisions
become labels for monthly retraining; ML engineers promote new models from the
registry. Controls in this design: app sign-in with an SMS code, upload rate
limits and file checks, encrypted buckets, photos held while unscreened, SSO
with MFA and role-based access for the console.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dating app profile photo moderation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Screens uploaded profile photos for nudity, minors and stolen photos before "
        "they go live, with moderators reviewing borderline cases."
    ),
)

# ---------------------------------------------------------------- data assets
photo = tg.Data(
    "Uploaded profile photo",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="JPEG or HEIC from the member's phone; may contain nudity.",
)
upload_meta = tg.Data(
    "Upload metadata",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Member ID, stated age, upload time, device and IP address.",
)
upload_status = tg.Data("Photo review status", sensitivity=tg.Sensitivity.PII, kind="records")
safety_scores = tg.Data(
    "Nudity and minor scores", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
fingerprint = tg.Data("Photo fingerprint", sensitivity=tg.Sensitivity.PII, kind="embeddings")
duplicate_matches = tg.Data(
    "Duplicate photo matches", sensitivity=tg.Sensitivity.PII, kind="records"
)
web_matches = tg.Data(
    "Reverse image search matches",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="URLs and similarity of the same image found elsewhere on the web.",
)
review_case = tg.Data(
    "Borderline review case",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The photo, the scores, the matches and the member's profile basics.",
)
moderator_decision = tg.Data("Moderator verdict", sensitivity=tg.Sensitivity.PII, kind="labels")
live_photo = tg.Data("Published profile photo", sensitivity=tg.Sensitivity.PII, kind="media")
training_set = tg.Data(
    "Labelled moderation photos",
    sensitivity=tg.Sensitivity.PII,
    kind="training-data",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
weights = tg.Data(
    "Photo classifier checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
promotion = tg.Data("Model release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
moderator_sign_in = tg.Data(
    "Moderator sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can create an account; some upload nudity, photos of minors or other people's photos.
    member = tm.add(tg.Actor("Member", role="app user"))

with tm.boundary("Reverse image search vendor", trust=tg.Trust.PARTNER):
    # Finds where else on the web a photo appears, to catch catfish accounts.
    reverse_search = tm.add(
        tg.ExternalService("Reverse image search API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Moderation outsourcing partner", trust=tg.Trust.PARTNER):
    # Outsourced trust-and-safety staff who decide the borderline cases.
    moderator = tm.add(tg.Actor("Content moderator", role="moderator"))

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # The app's upload API: the only way photos come in.
    upload_api = tm.add(
        tg.Endpoint(
            "Photo upload API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="phone number and SMS code at sign-in, then app session"),
                c.RateLimiting(requests_per_minute=10),
                c.InputValidation(note="JPEG/HEIC only, 15 MB cap, re-encoded, EXIF stripped"),
            },
        )
    )
    # Holds photos that have not been screened yet; nothing reads it for display.
    pending_bucket = tm.add(
        tg.DataStore(
            "Pending photo bucket",
            stores={photo, upload_meta},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs the checks on each new photo and decides publish, reject or review.
    moderation = tm.add(
        tg.Service(
            "Photo moderation service",
            description="Publishes clear passes, rejects clear violations, queues the rest.",
            controls={
                c.FailClosed(fallback="photos stay pending and unseen until a verdict arrives"),
                c.HumanInTheLoop(
                    approver="outsourced content moderators",
                    note="borderline scores only; clear passes and clear violations are decided automatically",
                ),
            },
        )
    )
    # In-house CNN scoring nudity and the likelihood that the person shown is a minor.
    classifier = tm.add(
        tg.Model(
            "Photo safety classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned vision model; thresholds set per score for reject and review.",
        )
    )
    # Perceptual fingerprints of every photo on the platform, to find reused photos.
    fingerprint_index = tm.add(tg.VectorStore("Photo fingerprint index", stores={fingerprint}))
    # Borderline cases waiting for a moderator.
    review_queue = tm.add(tg.DataStore("Review queue", stores={review_case}))
    # Web console the moderators work the queue in.
    console = tm.add(
        tg.Endpoint(
            "Moderation console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="SSO with MFA"),
                c.RBAC(note="moderator and team-lead roles"),
                c.AuditLogging(),
            },
        )
    )
    # Photos other members see, served through the CDN.
    live_store = tm.add(
        tg.DataStore(
            "Live profile photo store",
            stores={live_photo},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Moderator verdicts joined to their photos, for retraining.
    label_set = tm.add(tg.Dataset("Moderation training set", stores={training_set}))
    # Monthly fine-tuning of the classifier on the new labels.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Versions of the classifier; the serving one is promoted from here.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Engineers who review a retrained model and promote it.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# upload and screening
tm.flow(member, upload_api, photo, upload_meta, protocol="https")
tm.flow(upload_api, member, upload_status, protocol="https")
tm.flow(upload_api, pending_bucket, photo, upload_meta, protocol="https")
tm.flow(pending_bucket, moderation, photo, upload_meta, protocol="https")
tm.flow(moderation, classifier, photo, protocol="grpcs")
tm.flow(classifier, moderation, safety_scores, protocol="grpcs")
tm.flow(moderation, fingerprint_index, fingerprint, protocol="https", label="near-duplicate lookup")
tm.flow(fingerprint_index, moderation, duplicate_matches, protocol="https")
tm.flow(moderation, reverse_search, photo, protocol="https")
tm.flow(reverse_search, moderation, web_matches, protocol="https")
tm.flow(moderation, live_store, live_photo, protocol="https", label="clear pass")
tm.flow(moderation, upload_api, upload_status, protocol="https", label="published or rejected")
tm.flow(live_store, member, live_photo, protocol="https", label="shown to other members via CDN")

# human review of borderline cases
tm.flow(moderation, review_queue, review_case, protocol="https", label="borderline")
tm.flow(review_queue, console, review_case, protocol="https")
tm.flow(moderator, console, moderator_sign_in, moderator_decision, protocol="https")
tm.flow(console, moderator, review_case, protocol="https")
tm.flow(console, moderation, moderator_decision, protocol="https")

# retraining and promotion
tm.flow(console, label_set, moderator_decision, training_set, protocol="https")
tm.flow(label_set, training, training_set)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, promotion, protocol="https", label="approves release")
tm.flow(registry, classifier, weights, label="deploy")
