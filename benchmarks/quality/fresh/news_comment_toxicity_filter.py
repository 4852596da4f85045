"""News comment toxicity filter: the first design, before any security review.

Registered readers post comments under our news articles. Every comment goes
through the comment service, which asks an in-house toxicity and spam classifier
for a score before anything is shown: clear passes are published, clear fails are
removed, and borderline comments wait in a moderation queue. Newsroom moderators
work the queue in a moderation console; their decisions are kept as labels and a
weekly pipeline retrains the classifier on them, publishing the new version to a
model registry that serving loads from. A commenter whose comment was removed can
appeal, and a moderator reviews the appeal. Everything runs in our cloud account.
Commenters log in and are rate limited, comment text is length- and encoding-checked,
moderators sign in with SSO and role-based access, the comment database is
encrypted at rest, and model versions in the registry are pinned.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "News comment toxicity filter",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Screens readers' comments with a toxicity and spam classifier before publication.",
)

# ---------------------------------------------------------------- data assets
comment = tg.Data(
    "Submitted comment",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Comment text with the commenter's account id, article id and IP address.",
)
published = tg.Data("Published comment", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
score = tg.Data("Toxicity and spam score", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
comment_record = tg.Data(
    "Comment records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
queued = tg.Data("Borderline comment", sensitivity=tg.Sensitivity.PII, kind="records")
decision = tg.Data(
    "Moderator decision",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled comments",
    sensitivity=tg.Sensitivity.PII,
    kind="training-data",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Classifier weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)
appeal = tg.Data("Removal appeal", sensitivity=tg.Sensitivity.PII, kind="records")
appeal_outcome = tg.Data("Appeal outcome", sensitivity=tg.Sensitivity.PII, kind="records")
removal_notice = tg.Data("Removal notice", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register and comment, spammers and trolls included.
    commenter = tm.add(tg.Actor("Commenter", role="registered reader"))
    # Readers see the published comments under each article.
    reader = tm.add(tg.Actor("Reader", role="site visitor"))

with tm.boundary("Publisher cloud", trust=tg.Trust.INTERNAL):
    # Public API behind the article pages for posting, reading and appealing.
    comment_api = tm.add(
        tg.Endpoint(
            "Comment API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="reader account login"),
                c.RateLimiting(requests_per_minute=5),
                c.InputValidation(note="length, encoding and link-count checks"),
            },
        )
    )
    # Decides what happens to each comment from the classifier's score.
    comment_service = tm.add(
        tg.Service(
            "Comment service",
            description="Publishes below 0.3, removes above 0.8, queues everything in between.",
        )
    )
    # The screening model itself.
    classifier = tm.add(
        tg.Model(
            "Toxicity and spam classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Fine-tuned transformer returning toxicity and spam probabilities.",
            controls={c.Contestability(note="removed comments can be appealed to a moderator")},
        )
    )
    # All comments, published or not, with their scores and status.
    comment_db = tm.add(
        tg.DataStore(
            "Comment database",
            stores={comment_record, published},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Borderline comments waiting for a moderator.
    queue = tm.add(tg.DataStore("Moderation queue", stores={queued}))
    # Takes appeals against removals and routes them back to moderators.
    appeals = tm.add(tg.Service("Appeals service"))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Moderator decisions joined with the comment text, kept for retraining.
        label_store = tm.add(tg.Dataset("Moderation label set", stores={training_set}))
        # Weekly fine-tuning of the classifier on the newest labels.
        retraining = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.FINE_TUNING))
        # Versions of the classifier that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Newsroom network", trust=tg.Trust.INTERNAL):
    # Community moderators employed by the newsroom.
    moderator = tm.add(tg.Actor("Moderator", role="community moderator"))
    # Where moderators work the queue and the appeals.
    console = tm.add(
        tg.Service(
            "Moderation console",
            controls={c.Authentication(method="newsroom SSO"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# posting and screening
tm.flow(commenter, comment_api, comment, protocol="https")
tm.flow(comment_api, comment_service, comment)
tm.flow(comment_service, classifier, comment)
tm.flow(classifier, comment_service, score)
tm.flow(comment_service, comment_db, comment_record, score)
tm.flow(comment_service, queue, queued, label="borderline")
tm.flow(comment_service, comment_api, removal_notice)
tm.flow(comment_api, commenter, removal_notice, protocol="https")

# reading
tm.flow(comment_db, comment_api, published)
tm.flow(comment_api, reader, published, protocol="https")

# moderation
tm.flow(queue, console, queued)
tm.flow(console, moderator, queued, appeal, protocol="https")
tm.flow(moderator, console, decision, protocol="https")
tm.flow(console, comment_db, decision, label="publish or remove")

# appeals
tm.flow(commenter, comment_api, appeal, protocol="https", id="commenter->comment-api:appeal")
tm.flow(comment_api, appeals, appeal)
tm.flow(appeals, console, appeal)
tm.flow(console, appeals, appeal_outcome)
tm.flow(appeals, comment_api, appeal_outcome)
tm.flow(
    comment_api, commenter, appeal_outcome, protocol="https", id="comment-api->commenter:appeal"
)

# retraining
tm.flow(console, label_store, decision, label="decisions as labels")
tm.flow(comment_db, label_store, comment_record, label="comment text for labelled items")
tm.flow(label_store, retraining, training_set)
tm.flow(retraining, registry, weights)
tm.flow(registry, classifier, weights, label="load pinned version")
