"""Dating app content moderation: the first design, before any security review.

Members of the dating app (EU and US) upload profile photos, write bios and send
each other messages through the app's content API. Every new item goes through a
moderation service, which scores photos with an in-house image model and text with
an in-house text classifier. Items that score above a threshold are hidden at once
and put in a review queue; reports from members add items to the same queue.
Trust-and-safety moderators work the queue in an internal console (SSO with MFA,
actions logged) and decide to restore or remove. Their decisions are kept as
labels, and every two weeks a retraining job rebuilds both models from them;
an ML engineer promotes the new versions from the model registry after the
job's evaluation report. Everything runs in one cloud account; the content
store is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dating profile moderation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores new photos, bios and messages, hides flagged items for human "
    "review, and retrains on moderator decisions every two weeks.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Profile photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
bios = tg.Data("Profile bios", kind="records", sensitivity=tg.Sensitivity.PII)
messages = tg.Data(
    "Member messages",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Private chats between matches; can reveal sexual orientation and health.",
)
reports = tg.Data("Member reports", kind="feedback", sensitivity=tg.Sensitivity.PII)
scores = tg.Data("Moderation scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
visibility = tg.Data("Visibility decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
review_items = tg.Data(
    "Review items",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The flagged or reported content, its scores and the member's history.",
)
decisions = tg.Data(
    "Moderator decisions",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Moderation training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Content snapshots of reviewed items with the moderator's decision.",
)
weights = tg.Data(
    "Moderation model artifacts", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval = tg.Data("Promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can install the app and create a profile, spammers and scammers included.
    member = tm.add(tg.Actor("App member", role="end user"))

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # The mobile apps' backend: takes uploads, messages and reports, serves profiles.
    content_api = tm.add(
        tg.Endpoint(
            "Content API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="app login (OAuth tokens)"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Holds every photo, bio and message with its visibility flag.
    content_store = tm.add(
        tg.DataStore(
            "Content store",
            stores={photos, bios, messages},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Calls both models on new content, applies the hide threshold, fills the queue.
    moderation = tm.add(tg.Service("Moderation service"))
    # Scores photos for nudity, violence and scam patterns.
    image_model = tm.add(tg.Model("Image moderation model", task=tg.Task.CLASSIFIER))
    # Scores bios and messages for harassment, solicitation and scams.
    text_model = tm.add(tg.Model("Text moderation classifier", task=tg.Task.CLASSIFIER))
    # Items waiting for a moderator: flagged by a model or reported by a member.
    queue = tm.add(tg.DataStore("Review queue", stores={review_items}))
    # Internal web tool where moderators see items and record decisions.
    console = tm.add(
        tg.Service(
            "Moderator console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Decisions joined with content snapshots: the labels for retraining.
        label_set = tm.add(tg.Dataset("Moderation label set", stores={decisions, training_set}))
        # Biweekly job retraining both models and producing an evaluation report.
        retraining = tm.add(
            tg.Pipeline(
                "Biweekly retraining",
                stage=tg.Stage.TRAINING,
                controls={c.ModelValidation(note="holdout precision/recall report")},
            )
        )
        # Versions of both models; serving loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trust-and-safety staff who review the queue.
    moderator = tm.add(tg.Actor("Trust and safety moderator", role="moderator"))
    # Owns the models and promotes new versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(member, content_api, photos, bios, messages, protocol="https", label="new content")
tm.flow(member, content_api, reports, protocol="https", label="report")
tm.flow(content_api, member, photos, bios, messages, protocol="https", label="profiles and chats")
tm.flow(content_api, content_store, photos, bios, messages)
tm.flow(content_store, content_api, photos, bios, messages, visibility)

tm.flow(content_api, moderation, photos, bios, messages, label="new content")
tm.flow(moderation, image_model, photos)
tm.flow(image_model, moderation, scores)
tm.flow(moderation, text_model, bios, messages)
tm.flow(text_model, moderation, scores)
tm.flow(moderation, content_store, visibility, label="hide pending review")
tm.flow(moderation, queue, review_items, label="score above threshold")
tm.flow(content_api, queue, review_items, reports, label="member report")

tm.flow(queue, console, review_items)
tm.flow(content_store, console, photos, bios, messages, label="context")
tm.flow(console, moderator, review_items, protocol="https")
tm.flow(moderator, console, decisions, protocol="https")
tm.flow(console, content_store, visibility, label="restore or remove")
tm.flow(console, label_set, decisions, training_set)

tm.flow(label_set, retraining, decisions, training_set)
tm.flow(retraining, registry, weights)
tm.flow(ml_engineer, registry, approval, label="promotes version")
tm.flow(registry, image_model, weights, label="deploy")
tm.flow(registry, text_model, weights, label="deploy")
