"""Ad policy moderation: the first design, before any security review.

Every ad that advertisers submit in the self-serve ads console (an image or
video creative, ad copy and a landing-page URL) is screened before it can serve.
A moderation service fetches the landing page text, then sends the creative, the
copy and the page text to our in-house multimodal policy classifier, which
returns per-policy scores; ads over threshold are rejected automatically and the
rest go to ad serving. Rejected advertisers can appeal in the console; appeals
land in a queue that trust-and-safety policy reviewers work through in an
internal review tool (corporate SSO, actions logged). Each reviewer decision is
appended to the training set, and a monthly retraining job produces a new
classifier checkpoint that is evaluated, stored in the model registry and
deployed once an ML engineer approves it. Advertisers sign in to the console and
uploads are checked for file type and size.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ad policy moderation",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Multimodal policy classifier that screens new ads before serving, with an "
        "appeals workflow whose decisions feed monthly retraining."
    ),
)

# ---------------------------------------------------------------- data assets
submission = tg.Data(
    "Ad submission",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Ad copy, landing-page URL, targeting and advertiser account id.",
)
creative = tg.Data(
    "Ad creative",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Uploaded image or video.",
)
landing_text = tg.Data("Landing page text", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
verdict = tg.Data(
    "Policy verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-policy scores and the approve/reject decision.",
)
notice = tg.Data("Review outcome notice", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approved_ad = tg.Data(
    "Approved ad",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
appeal = tg.Data(
    "Appeal",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Advertiser's free-text justification and supporting material.",
)
decision = tg.Data(
    "Appeal decision",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
training_set = tg.Data(
    "Labeled ad corpus",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
checkpoint = tg.Data(
    "Classifier checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release_approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open a self-serve ads account, including bad actors.
    advertiser = tm.add(tg.Actor("Advertiser", role="advertiser"))
    # The advertiser's own landing pages, which they control and can change at will.
    landing_pages = tm.add(
        tg.DataSource(
            "Advertiser landing pages", origin=tg.Origin.PUBLIC_WEB, provides={landing_text}
        )
    )

with tm.boundary("Ads platform", trust=tg.Trust.INTERNAL):
    # Self-serve console where ads are created and appeals are filed.
    console = tm.add(
        tg.Endpoint(
            "Ads console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="advertiser account login"),
                c.InputValidation(note="creative file type and size checks"),
            },
        )
    )
    # Object storage for uploaded creatives.
    creative_store = tm.add(tg.DataStore("Creative store", stores={creative, submission}))
    # Orchestrates screening: fetches the page, calls the classifier, applies thresholds.
    moderation = tm.add(
        tg.Service(
            "Moderation service",
            controls={c.Contestability(note="rejected advertisers can appeal in the console")},
        )
    )
    # Headless fetcher that loads the advertiser's landing URL and extracts its text.
    fetcher = tm.add(tg.Service("Landing page fetcher"))
    # In-house multimodal model that scores an ad against each ad policy.
    classifier = tm.add(
        tg.Model(
            "Policy classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Image/video/text encoder with per-policy heads; rejects above threshold.",
        )
    )
    # Downstream ad server; only receives ads that passed screening or appeal.
    ad_serving = tm.add(tg.Service("Ad serving"))
    # Queue of open appeals and their outcomes.
    appeals_queue = tm.add(tg.DataStore("Appeals queue", stores={appeal, decision}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trust-and-safety staff who decide appeals.
    reviewer = tm.add(tg.Actor("Policy reviewer", role="policy reviewer"))
    # Approves promotion of a retrained classifier.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
    # Internal tool where reviewers see the ad and record their decision.
    review_tool = tm.add(
        tg.Service(
            "Appeal review tool",
            controls={
                c.Authentication(method="corporate SSO"),
                c.AuditLogging(note="every reviewer decision is logged"),
            },
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Growing labeled corpus; reviewer decisions are appended to it.
    dataset = tm.add(tg.Dataset("Policy training set", stores={training_set, decision}))
    # Monthly fine-tuning and offline evaluation of the classifier.
    retraining = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="held-out precision/recall per policy")},
        )
    )
    # Versioned classifier checkpoints.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={checkpoint}, controls={c.ModelVersioning()})
    )
    # Rolls an approved checkpoint out to the moderation serving fleet.
    deploy = tm.add(
        tg.Pipeline(
            "Classifier deployment",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="an ML engineer")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(advertiser, console, submission, creative, appeal, protocol="https")
tm.flow(console, advertiser, notice, protocol="https")
tm.flow(console, creative_store, creative, submission)
tm.flow(console, moderation, submission, label="screen request")
tm.flow(moderation, console, verdict)
tm.flow(creative_store, moderation, creative)

tm.flow(moderation, fetcher, submission, label="landing URL")
tm.flow(landing_pages, fetcher, landing_text, label="fetches advertiser URL")
tm.flow(fetcher, moderation, landing_text)
tm.flow(moderation, classifier, creative, submission, landing_text)
tm.flow(classifier, moderation, verdict)
tm.flow(moderation, ad_serving, approved_ad)

tm.flow(console, appeals_queue, appeal)
tm.flow(appeals_queue, console, decision)
tm.flow(appeals_queue, review_tool, appeal)
tm.flow(creative_store, review_tool, creative, submission)
tm.flow(review_tool, reviewer, appeal, creative, submission, protocol="https")
tm.flow(reviewer, review_tool, decision, protocol="https")
tm.flow(review_tool, appeals_queue, decision)
tm.flow(review_tool, ad_serving, approved_ad, label="overturned rejections")

tm.flow(review_tool, dataset, decision, creative, submission, label="appended for retraining")
tm.flow(dataset, retraining, training_set, decision)
tm.flow(retraining, registry, checkpoint)
tm.flow(registry, deploy, checkpoint)
tm.flow(ml_engineer, deploy, release_approval)
tm.flow(deploy, classifier, checkpoint, label="deploy")
