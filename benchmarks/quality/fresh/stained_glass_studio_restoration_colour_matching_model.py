"""Stained glass restoration colour matching: the first design, before any security review.

A small UK stained glass studio restores church windows. When a panel has broken or
missing pieces, the glazier photographs it on site with the studio tablet and takes
readings of the surviving glass with a handheld spectrophotometer paired to the
tablet. Both go to the studio's web app on a rented cloud VM, where an in-house
colour matching model ranks replacement sheets from the studio's glass catalogue
(built from the manufacturers' published sheet lists) by colour difference. The
glazier sees the ranked candidates on the tablet and makes the final choice against
physical samples in daylight; that choice is saved with the job and feeds a
quarterly retraining run that the studio owner starts. Job records hold the contact
details of churchwardens and church architects. Controls: e-mail and password
sign-in to the web app, HTTPS everywhere, provider-managed encryption of the photo
bucket, nightly snapshots of the job database and a column check on catalogue imports.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Stained glass restoration colour matching",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Ranks replacement glass sheets for church window restorations from "
    "site photos and spectrophotometer readings, advising the glazier.",
)

# ---------------------------------------------------------------- data assets
panel_photos = tg.Data(
    "Panel photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photos of the damaged panel in situ and on the light box, with a colour card.",
)
spectral_readings = tg.Data(
    "Spectral readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Transmission spectra of the surviving glass pieces, one per piece.",
)
panel_notes = tg.Data(
    "Panel notes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Church, window and panel reference, piece numbers, glazier's remarks.",
)
colour_features = tg.Data(
    "Colour features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Lab values and spectra per piece, derived from the photos and readings.",
)
candidate_matches = tg.Data(
    "Candidate glass matches",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Top ten catalogue sheets per piece with their colour difference (dE2000).",
)
confirmed_match = tg.Data(
    "Confirmed glass choice",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The sheet the glazier actually chose for each piece.",
)
client_details = tg.Data(
    "Church client details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, phone numbers and e-mail addresses of churchwardens and architects.",
)
catalogue = tg.Data(
    "Glass sheet catalogue",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Manufacturers' sheet codes, names and measured spectra.",
)
training_set = tg.Data(
    "Matched pairs training data",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Readings of original glass paired with the sheets glaziers confirmed.",
)
model_file = tg.Data(
    "Colour matching model file",
    format="pickle",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="scikit-learn model saved with joblib.",
)
retrain_request = tg.Data("Retraining run request", kind="instructions")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Glass manufacturers publish their sheet lists and spectra as CSV downloads.
    supplier_lists = tm.add(
        tg.DataSource(
            "Manufacturer sheet lists",
            origin=tg.Origin.VENDOR,
            provides={catalogue},
            description="CSV sheet lists on the glass manufacturers' websites.",
        )
    )

with tm.boundary("Studio field kit", trust=tg.Trust.INTERNAL):
    # The glazier measures and photographs panels on site at the church.
    glazier = tm.add(tg.Actor("Glazier", role="glazier"))
    # Studio-owned tablet: camera, web app client, paired to the spectrophotometer.
    tablet = tm.add(
        tg.Device(
            "Studio tablet",
            fleet=False,
            description="The studio's one tablet, used on church sites over mobile data.",
        )
    )
    # Handheld instrument that measures light transmitted through each piece of glass.
    spectro = tm.add(
        tg.Device(
            "Handheld spectrophotometer",
            fleet=False,
            description="Bluetooth-paired to the tablet's measurement app.",
        )
    )

with tm.boundary("Studio office", trust=tg.Trust.INTERNAL):
    # Runs the studio: takes on jobs, maintains the catalogue and the model.
    owner = tm.add(tg.Actor("Studio owner", role="studio owner", privileged=True))

with tm.boundary("Studio cloud VM", trust=tg.Trust.INTERNAL):
    # The one web app: sign-in, job pages, uploads, match results, catalogue admin.
    web_app = tm.add(
        tg.Endpoint(
            "Studio web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Flask app on a rented VM with a public address.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Ranks catalogue sheets by predicted colour difference from the original glass.
    matcher = tm.add(
        tg.Model(
            "Colour matching model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Gradient-boosted correction of dE2000 for ageing and weathering "
            "of old glass, then a ranking of catalogue sheets.",
            controls={
                c.HumanInTheLoop(
                    approver="the glazier, who compares physical samples against the panel"
                )
            },
        )
    )
    # Object storage for the site photos.
    photo_bucket = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={panel_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Jobs, clients, readings, candidate lists and the glazier's choices.
    job_db = tm.add(
        tg.DataStore(
            "Job database",
            stores={
                client_details,
                panel_notes,
                spectral_readings,
                candidate_matches,
                confirmed_match,
            },
            controls={c.DataVersioning(note="nightly VM snapshots kept for 14 days")},
        )
    )
    # The sheets the studio can order, with their spectra.
    catalogue_db = tm.add(tg.DataStore("Glass catalogue database", stores={catalogue}))
    # Pulls the manufacturers' CSVs into the catalogue.
    importer = tm.add(
        tg.Pipeline(
            "Catalogue import job",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="expected columns and numeric spectra")},
        )
    )
    # Past confirmed matches exported for retraining.
    dataset = tm.add(tg.Dataset("Matched pairs dataset", stores={training_set}))
    # Refits the model when the owner starts a run, roughly quarterly.
    retraining = tm.add(tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING))
    # A folder on the VM holding the current and previous model files.
    model_store = tm.add(tg.ModelRegistry("Model file folder", stores={model_file}))

# ---------------------------------------------------------------- flows
# On site: measure and photograph.
tm.flow(glazier, tablet, panel_notes, confirmed_match, label="on site and at the bench")
tm.flow(spectro, tablet, spectral_readings, protocol="bluetooth")
tm.flow(
    tablet, web_app, panel_photos, spectral_readings, panel_notes, confirmed_match, protocol="https"
)

# Storing the job.
tm.flow(web_app, photo_bucket, panel_photos, protocol="https")
tm.flow(photo_bucket, web_app, panel_photos, protocol="https")
tm.flow(
    web_app,
    job_db,
    panel_notes,
    spectral_readings,
    candidate_matches,
    confirmed_match,
    client_details,
)
tm.flow(job_db, web_app, panel_notes, spectral_readings, candidate_matches, client_details)

# Matching.
tm.flow(web_app, matcher, colour_features)
tm.flow(catalogue_db, matcher, catalogue, label="candidate sheets")
tm.flow(matcher, web_app, candidate_matches)
tm.flow(web_app, tablet, candidate_matches, protocol="https")
tm.flow(tablet, glazier, candidate_matches)

# Office: client details and catalogue upkeep.
tm.flow(owner, web_app, client_details, protocol="https")
tm.flow(web_app, owner, client_details, candidate_matches, protocol="https")
tm.flow(supplier_lists, importer, catalogue, protocol="https", label="manual download")
tm.flow(importer, catalogue_db, catalogue)

# Retraining.
tm.flow(job_db, dataset, training_set, label="quarterly export")
tm.flow(catalogue_db, retraining, catalogue)
tm.flow(dataset, retraining, training_set)
tm.flow(owner, retraining, retrain_request, protocol="ssh", label="starts the run")
tm.flow(retraining, model_store, model_file)
tm.flow(model_store, matcher, model_file, label="loaded at restart")
