"""User-generated level moderation: the first design, before any security review.

Players build levels in the in-game editor and upload them from the game client to
a level upload API in our game backend cloud. Before a level appears in the in-game
level browser, a screening orchestrator runs two checks: an in-house content
classifier scores the level's title, description, in-level signs and thumbnail for
offensive content, and an exploit simulation runner plays the level headless in a
sandboxed game server to catch crash loops, out-of-bounds tricks and XP farms.
Clean levels are published automatically; borderline ones go to a review queue that
moderators from an outsourced trust-and-safety vendor work through in a web console.
Players' abuse reports from the browser land in the same queue. Moderator decisions
become labels for monthly retraining, and ML engineers promote new classifier
versions from a model registry. Uploads are authenticated with the player's platform
account token, rate limited and schema-checked; the vendor's moderators sign in
through our SSO with MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "User-generated level moderation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Screens player-made levels for offensive content and exploits before "
    "they are published in the in-game level browser.",
)

# ---------------------------------------------------------------- data assets
level_package = tg.Data(
    "Level package",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Level layout, trigger logic, in-level sign text, title, description "
    "and thumbnail, as saved by the in-game editor.",
)
creator_account = tg.Data(
    "Creator account id",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Platform account id and display name of the player who made the level.",
)
submission_status = tg.Data("Submission status", kind="records", sensitivity=tg.Sensitivity.PII)
level_content = tg.Data(
    "Level text and thumbnail",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Text fields and the rendered thumbnail extracted for the classifier.",
)
content_scores = tg.Data(
    "Offensive content scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
exploit_report = tg.Data(
    "Exploit simulation report",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Crashes, out-of-bounds positions and abnormal reward rates seen in the run.",
)
review_case = tg.Data(
    "Moderation review case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The level, its scores and exploit report, the creator id and any reports.",
)
moderation_decision = tg.Data(
    "Moderation decision",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
published_level = tg.Data(
    "Published level",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
browse_request = tg.Data("Level browse request", kind="records", sensitivity=tg.Sensitivity.PII)
abuse_report = tg.Data(
    "Player abuse report",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Reporter's account id, the level id, a reason code and free text.",
)
training_examples = tg.Data(
    "Labelled moderation examples", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
classifier_weights = tg.Data(
    "Content classifier artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
promotion_approval = tg.Data("Classifier release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a platform account can build and upload levels, griefers included.
    creator = tm.add(tg.Actor("Level creator", role="player"))
    # Players browse, play and report levels from the game client.
    player = tm.add(tg.Actor("Player", role="player"))

with tm.boundary("Trust and safety vendor", trust=tg.Trust.PARTNER):
    # Outsourced moderators who decide the borderline cases and player reports.
    moderator = tm.add(tg.Actor("Vendor moderator", role="content moderator"))

with tm.boundary("Game backend cloud", trust=tg.Trust.INTERNAL):
    # Receives level uploads from the game client and reports their status back.
    upload_api = tm.add(
        tg.Endpoint(
            "Level upload API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="platform account OAuth token from the game client"),
                c.RateLimiting(requests_per_minute=5, note="uploads per player account"),
                c.InputValidation(note="level file size limit and editor schema check"),
            },
        )
    )
    # Holds every submitted level until it is published or rejected.
    submissions = tm.add(
        tg.DataStore(
            "Level submission bucket",
            stores={level_package, creator_account},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs both checks on each submission and publishes or queues it.
    orchestrator = tm.add(
        tg.Service(
            "Screening orchestrator",
            description="Publishes a level when the content scores are under threshold and "
            "the exploit run is clean; otherwise opens a review case.",
        )
    )
    # Cases waiting for a moderator: borderline screenings and player reports.
    review_queue = tm.add(tg.DataStore("Moderation review queue", stores={review_case}))
    # Web console the vendor's moderators work the queue in.
    console = tm.add(
        tg.Service(
            "Moderation console",
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.RBAC(note="moderator and lead roles"),
            },
        )
    )
    # The levels the in-game browser lists.
    catalogue = tm.add(tg.DataStore("Published level catalogue", stores={published_level}))
    # Serves the in-game level browser and takes abuse reports.
    browser_api = tm.add(tg.Endpoint("Level browser API", purpose=tg.EndpointPurpose.API))

    with tm.boundary("Exploit sandbox", trust=tg.Trust.INTERNAL):
        # Plays the untrusted level headless on an isolated game server build.
        exploit_runner = tm.add(
            tg.Service(
                "Exploit simulation runner",
                description="Headless game server with scripted bots that play the level.",
                controls={c.Sandboxing(note="ephemeral container, no network egress")},
            )
        )

    with tm.boundary("Moderation ML platform", trust=tg.Trust.INTERNAL):
        # In-house multimodal classifier that scores levels for offensive content.
        classifier = tm.add(
            tg.Model(
                "Offensive content classifier",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="Scores hate, sexual and harassment content in level text and "
                "thumbnails; high scores block auto-publication.",
            )
        )
        # Moderator decisions joined with the level content they were made on.
        training_set = tm.add(tg.Dataset("Moderation training set", stores={training_examples}))
        # Monthly retraining of the classifier on new moderator decisions.
        retraining = tm.add(tg.Pipeline("Monthly classifier retraining", stage=tg.Stage.TRAINING))
        # Versioned classifier artifacts that serving loads from.
        registry = tm.add(
            tg.ModelRegistry(
                "Classifier model registry",
                stores={classifier_weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Publisher corporate network", trust=tg.Trust.INTERNAL):
    # Trains and promotes classifier versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# upload and screening
tm.flow(creator, upload_api, level_package, creator_account, protocol="https")
tm.flow(upload_api, submissions, level_package, creator_account)
tm.flow(upload_api, orchestrator, creator_account, label="new submission event")
tm.flow(submissions, orchestrator, level_package)
tm.flow(orchestrator, classifier, level_content)
tm.flow(classifier, orchestrator, content_scores)
tm.flow(orchestrator, exploit_runner, level_package)
tm.flow(exploit_runner, orchestrator, exploit_report)
tm.flow(orchestrator, catalogue, published_level, label="auto-publish clean levels")
tm.flow(orchestrator, review_queue, review_case, label="borderline screenings")
tm.flow(orchestrator, upload_api, submission_status)
tm.flow(upload_api, creator, submission_status, protocol="https")

# human review
tm.flow(review_queue, console, review_case)
tm.flow(console, moderator, review_case, protocol="https")
tm.flow(moderator, console, moderation_decision, protocol="https")
tm.flow(console, review_queue, moderation_decision, label="close case")
tm.flow(console, catalogue, published_level, label="publish approved level")

# browsing and reporting
tm.flow(catalogue, browser_api, published_level)
tm.flow(player, browser_api, browse_request, abuse_report, protocol="https")
tm.flow(browser_api, player, published_level, protocol="https")
tm.flow(browser_api, review_queue, abuse_report)

# retraining and promotion
tm.flow(console, training_set, moderation_decision, training_examples)
tm.flow(training_set, retraining, training_examples)
tm.flow(retraining, registry, classifier_weights)
tm.flow(ml_engineer, registry, promotion_approval, protocol="https", label="promotes version")
tm.flow(registry, classifier, classifier_weights, label="deploy")
