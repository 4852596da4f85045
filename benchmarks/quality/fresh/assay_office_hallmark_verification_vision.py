"""Hallmark verification vision system at an assay office: the first design.

Jewellers and importers send articles to the assay office to be hallmarked, or
to have existing marks checked. At intake each parcel is booked into the
laboratory system; assayers then photograph every article on a macro camera
station at their bench. An in-house vision model reads laser-engraved and
punched hallmarks (sponsor's mark, fineness mark, office mark, date letter),
compares the sponsor's mark with the registered sponsor marks and flags
suspected counterfeits. The assayer sees the reading and the flag in the bench
review app, confirms or corrects it, and only confirmed results are written to
the hallmark register; corrections become labels for quarterly retraining.
Trading standards officers query the register through a web portal on the
internet. Controls: SSO for staff, password and TOTP for officers, HTTPS, an
assayer's confirmation of every result, audit logging on the register and
versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Assay office hallmark verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Vision model reading hallmarks and flagging counterfeits, confirmed by assayers.",
)

# ---------------------------------------------------------------- data assets
submission = tg.Data(
    "Submission details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Submitter, sponsor number, article list, declared fineness; many sponsors are sole traders.",
)
article_photos = tg.Data(
    "Article and hallmark photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Macro photos of each article and its marks; unreleased designs are commercially sensitive.",
)
sponsor_marks = tg.Data(
    "Registered sponsor marks",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Each sponsor's mark image, initials and shield shape, with the sponsor's name and address.",
)
mark_reading = tg.Data(
    "Mark reading and counterfeit flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Read sponsor, fineness, office and date marks with confidences, and a counterfeit score.",
)
assay_result = tg.Data(
    "Confirmed hallmark result",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
register_query = tg.Data("Register query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
register_entries = tg.Data(
    "Hallmark register entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Article records with sponsor identity, marks struck and any counterfeit finding.",
)
labels = tg.Data(
    "Assayer mark corrections",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_images = tg.Data(
    "Labelled hallmark images", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data(
    "Hallmark model checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch .pt checkpoint.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Local authority officers checking suspect goods they have seized or seen for sale.
    tso = tm.add(tg.Actor("Trading standards officer", role="enforcement officer"))

with tm.boundary("Portal DMZ", trust=tg.Trust.INTERNAL):
    # The only outside way into the register; read-only search by officers.
    portal = tm.add(
        tg.Endpoint(
            "Trading standards portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password with TOTP")},
        )
    )

with tm.boundary("Assay office network", trust=tg.Trust.INTERNAL):
    # Assayers photograph, review and confirm at their benches.
    assayer = tm.add(tg.Actor("Assayer", role="assayer"))
    # Intake books parcels in; the lab system holds what was submitted and by whom.
    lims = tm.add(tg.DataStore("Laboratory submission records", stores={submission}))
    # Camera and bench PC at each assaying bench.
    camera = tm.add(
        tg.Device(
            "Bench macro camera station",
            fleet=True,
            description="Tethered macro camera and ring light on a bench PC, one per bench.",
        )
    )
    # Keeps every photo against its submission.
    image_store = tm.add(tg.DataStore("Article image store", stores={article_photos}))
    # Runs the model on new photos and matches the read sponsor's mark.
    analysis = tm.add(
        tg.Service(
            "Mark analysis service",
            description="Queues new photos, calls the model, matches the sponsor's mark against the register of marks.",
        )
    )
    # Reads the marks and scores how likely the marks are counterfeit.
    vision_model = tm.add(
        tg.Model(
            "Hallmark reading and counterfeit detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Detects and reads each mark; a low-confidence or mismatched sponsor mark raises a counterfeit flag.",
        )
    )
    # The assay office's register of sponsors and their marks.
    sponsor_db = tm.add(tg.DataStore("Sponsor mark register", stores={sponsor_marks}))
    # Where the assayer confirms or corrects each reading before it counts.
    review_app = tm.add(
        tg.Endpoint(
            "Bench review app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Active Directory SSO"),
                c.HumanInTheLoop(approver="the assayer at the bench"),
            },
        )
    )
    # The statutory record of what was hallmarked or checked, and the outcome.
    register = tm.add(
        tg.DataStore(
            "Hallmark register",
            stores={assay_result, register_entries},
            controls={c.AuditLogging(retention_days=2555)},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Confirmed photos and corrections accumulate here for retraining.
        dataset = tm.add(tg.Dataset("Hallmark training set", stores={training_images, labels}))
        # Quarterly fine-tuning run by the office's one data scientist.
        training = tm.add(tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING))
        # Holds model versions; the analysis service loads the current one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

# ---------------------------------------------------------------- flows
tm.flow(camera, image_store, article_photos, protocol="https")
tm.flow(lims, analysis, submission, label="which sponsor submitted")
tm.flow(image_store, analysis, article_photos)
tm.flow(analysis, vision_model, article_photos)
tm.flow(vision_model, analysis, mark_reading)
tm.flow(sponsor_db, analysis, sponsor_marks, label="sponsor mark match")
tm.flow(analysis, review_app, mark_reading, article_photos)

tm.flow(review_app, assayer, mark_reading, article_photos, protocol="https")
tm.flow(assayer, review_app, assay_result, labels, protocol="https", label="confirm or correct")
tm.flow(review_app, register, assay_result)
tm.flow(review_app, dataset, labels)
tm.flow(image_store, dataset, training_images)

tm.flow(dataset, training, training_images, labels)
tm.flow(training, registry, weights)
tm.flow(registry, vision_model, weights, label="load current version")

tm.flow(tso, portal, register_query, protocol="https")
tm.flow(portal, register, register_query)
tm.flow(register, portal, register_entries)
tm.flow(portal, tso, register_entries, protocol="https")
