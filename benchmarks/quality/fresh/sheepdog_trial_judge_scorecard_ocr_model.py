"""Sheepdog trial scorecards: judge photo upload and OCR, first design before security review.

The sheepdog trial society wants results online the same afternoon. At each trial
the judge photographs every handwritten scorecard with the society's phone app,
signed in with the six-digit trial code the secretary gives the trial's judges.
The app uploads the photo over HTTPS to a small upload API on the society's
cloud hosting, which accepts JPEGs only. A scoring service runs an OCR model (a
public handwriting model fine-tuned on the society's own cards) over the points
boxes for outrun, lift, fetch, drive, shed and pen, adds them up and writes draft
results. The trial secretary, signed in to an admin console with e-mail and
password, checks each draft against its photo, corrects it and publishes it to
the public results website. A volunteer retrains the OCR model on corrected cards
at the end of each season on his own laptop. The database is encrypted at rest
and backed up nightly by the hosting provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sheepdog trial scorecard OCR",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Judges photograph handwritten scorecards; OCR reads the points; the "
    "secretary checks them before they go on the results website.",
)

# ---------------------------------------------------------------- data assets
card_photo = tg.Data(
    "Scorecard photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Handler and dog names, points per phase, the judge's signature.",
)
trial_code = tg.Data("Trial code", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
upload_receipt = tg.Data("Upload receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
ocr_points = tg.Data(
    "OCR points read",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
draft_results = tg.Data(
    "Draft results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
running_order = tg.Data(
    "Running order and entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Handler names, dogs, running order, handlers' phone numbers and e-mails.",
)
checked_results = tg.Data(
    "Checked results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
published_results = tg.Data(
    "Published results",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
labelled_crops = tg.Data(
    "Labelled scorecard crops",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Cropped points boxes with the secretary's corrected values.",
)
weights = tg.Data("OCR model weights", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
train_script = tg.Data("Fine-tuning script", kind="code", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Trial field", trust=tg.Trust.UNTRUSTED):
    # Judges score each run on paper at the post.
    judge = tm.add(tg.Actor("Trial judge", role="judge"))
    # Judges' own phones running the society's app, on patchy mobile data.
    judge_app = tm.add(
        tg.Device(
            "Judge scorecard app",
            fleet=True,
            description="Phone app that photographs the card and uploads it.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Handlers, spectators and anyone else reading the results.
    visitor = tm.add(tg.Actor("Results website visitor", role="public"))

with tm.boundary("Volunteers' home computers", trust=tg.Trust.UNTRUSTED):
    # Runs each trial: entries, checking and publishing.
    secretary = tm.add(tg.Actor("Trial secretary", role="secretary", privileged=True))
    # Volunteer who built the app and retrains the OCR model.
    developer = tm.add(tg.Actor("Volunteer developer", role="developer", privileged=True))
    # Season-end fine-tuning, run on the developer's laptop GPU.
    fine_tuning = tm.add(
        tg.Pipeline("Season-end fine-tuning", stage=tg.Stage.FINE_TUNING, third_party_packages=True)
    )

with tm.boundary("Society cloud hosting", trust=tg.Trust.INTERNAL):
    # Receives scorecard photos from the field.
    upload_api = tm.add(
        tg.Endpoint(
            "Scorecard upload API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="six-digit trial code shared by the trial's judges"),
                c.InputValidation(note="JPEG only, 10 MB limit"),
            },
        )
    )
    # Keeps every card photo so the secretary can check the OCR against it.
    photo_bucket = tm.add(tg.DataStore("Scorecard photo bucket", stores={card_photo}))
    # Runs OCR on each new photo and totals the points.
    scoring = tm.add(
        tg.Service(
            "Scoring service",
            description="Crops the points boxes, runs OCR, sums phases, writes a draft.",
        )
    )
    # Reads the handwritten points in each box of the card.
    ocr_model = tm.add(
        tg.Model(
            "Scorecard OCR model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Public handwriting recogniser fine-tuned on the society's cards.",
        )
    )
    # Entries, drafts and checked results.
    results_db = tm.add(
        tg.DataStore(
            "Results database",
            stores={running_order, draft_results, checked_results},
            controls={
                c.EncryptionAtRest(key_management="hosting provider's managed keys"),
                c.DataVersioning(note="nightly provider backups"),
            },
        )
    )
    # Where the secretary checks drafts and presses publish.
    console = tm.add(
        tg.Service(
            "Secretary admin console",
            controls={
                c.Authentication(method="e-mail and password"),
                c.HumanInTheLoop(
                    approver="the trial secretary checks every card before publishing"
                ),
            },
        )
    )
    # Public results pages, regenerated on publish.
    website = tm.add(tg.Service("Results website"))
    # Training data built from corrected cards.
    crop_set = tm.add(
        tg.Dataset("Labelled scorecard set", stores={labelled_crops}, purpose="fine-tuning")
    )
    # The OCR weights file the scoring service loads.
    weights_store = tm.add(tg.ModelRegistry("OCR weights bucket", stores={weights}))

# ---------------------------------------------------------------- flows
tm.flow(judge, judge_app, card_photo, label="photographs the card by hand")
tm.flow(judge_app, upload_api, card_photo, trial_code, protocol="https")
tm.flow(upload_api, judge_app, upload_receipt, protocol="https")
tm.flow(upload_api, photo_bucket, card_photo)

tm.flow(photo_bucket, scoring, card_photo)
tm.flow(scoring, ocr_model, card_photo)
tm.flow(ocr_model, scoring, ocr_points)
tm.flow(results_db, scoring, running_order, label="match card to run")
tm.flow(scoring, results_db, draft_results)

tm.flow(secretary, console, running_order, checked_results, protocol="https")
tm.flow(console, secretary, draft_results, card_photo, protocol="https")
tm.flow(results_db, console, draft_results)
tm.flow(photo_bucket, console, card_photo)
tm.flow(console, results_db, running_order, checked_results)
tm.flow(console, website, published_results, label="publish")
tm.flow(website, visitor, published_results, protocol="https")

tm.flow(results_db, crop_set, checked_results, label="season-end export")
tm.flow(photo_bucket, crop_set, card_photo, label="season-end export")
tm.flow(crop_set, fine_tuning, labelled_crops, protocol="https")
tm.flow(developer, fine_tuning, train_script)
tm.flow(fine_tuning, weights_store, weights, protocol="https")
tm.flow(weights_store, ocr_model, weights, label="load")
