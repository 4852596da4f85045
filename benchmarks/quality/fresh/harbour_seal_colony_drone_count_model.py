"""Harbour seal colony drone counts: the first design, before any security review.

A wildlife trust surveys harbour seal haul-outs with drones flown by licensed
volunteers. After each flight a volunteer signs in to the trust's upload web app and
sends the photos with a flight record (site, time, altitude, licence number). A
nightly counting job runs the trust's vision model, a detector fine-tuned from an
open-weights base, over new photos and writes adult and pup counts to the survey
database in the trust's cloud account. Ecologists check a random sample of counts in a
review tool; their corrections become training labels for an occasional retraining
run. Counts go to the national biodiversity record, colony locations go to the
government agency that sets disturbance rules, and yearly trends are published on
the trust's website. Controls in this design: volunteer accounts, file checks on
upload, TLS and SFTP on outside links, encrypted photo storage, role-based access and
backups on the survey database, and the ecologists' sample check.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Harbour seal colony drone counts",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Volunteer drone photos of seal colonies counted by a vision model, checked by "
        "sample, and shared with the national record and the government agency."
    ),
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Drone survey photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Geotagged aerial photos of haul-outs; may show walkers or boats nearby.",
)
flight_record = tg.Data(
    "Flight record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Site, date, time, altitude, pilot name and drone licence number.",
)
upload_status = tg.Data(
    "Upload status and flight counts", kind="records", sensitivity=tg.Sensitivity.PII
)
counts = tg.Data(
    "Seal counts",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Adults and pups per photo and per site, with the detection boxes.",
)
corrections = tg.Data(
    "Count corrections",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
verified = tg.Data("Verified counts", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
locations = tg.Data(
    "Colony locations",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Exact haul-out and pupping sites; disclosure invites disturbance.",
)
record_export = tg.Data(
    "Biodiversity record export",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Counts per site and date, locations at 1 km grid resolution, recorder name.",
)
trends = tg.Data("Yearly colony trends", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
weights = tg.Data("Seal detector weights", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Licensed volunteers who fly the surveys and upload the photos from home.
    volunteer = tm.add(tg.Actor("Volunteer drone pilot", role="volunteer surveyor"))
    # Anyone reading the published trends.
    reader = tm.add(tg.Actor("Website visitor", role="public"))

with tm.boundary("National biodiversity network", trust=tg.Trust.PARTNER):
    # The national species record the trust contributes its counts to.
    national_record = tm.add(tg.ExternalService("National biodiversity record"))

with tm.boundary("Government agency", trust=tg.Trust.PARTNER):
    # The statutory agency that sets disturbance rules around colonies.
    agency = tm.add(tg.ExternalService("Conservation agency data exchange"))

with tm.boundary("Trust cloud account", trust=tg.Trust.INTERNAL):
    # Where volunteers sign in and send photos and flight records.
    upload_app = tm.add(
        tg.Endpoint(
            "Photo upload web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="JPEG/DNG only, 50 MB per file, EXIF GPS required"),
            },
        )
    )
    # Object storage for every photo received.
    photo_store = tm.add(
        tg.DataStore(
            "Survey photo archive",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs the detector over the night's new photos.
    counting_job = tm.add(tg.Service("Nightly counting job"))
    # Counts adults and pups in each photo.
    detector = tm.add(
        tg.Model(
            "Seal count model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Object detector fine-tuned from an open-weights base on trust photos.",
        )
    )
    # System of record for flights, counts and colony sites.
    survey_db = tm.add(
        tg.DataStore(
            "Survey database",
            stores={flight_record, counts, verified, locations},
            controls={c.RBAC(), c.DataVersioning(note="nightly backups kept 30 days")},
        )
    )
    # Ecologists compare a sample of counts with the photos and correct them.
    review_tool = tm.add(
        tg.Service(
            "Count review tool",
            controls={
                c.Authentication(method="trust Microsoft 365 SSO with MFA"),
                c.HumanInTheLoop(approver="ecologist", note="a 10% random sample of flights"),
            },
        )
    )
    # Photos with corrected counts, kept to retrain the detector.
    training_set = tm.add(tg.Dataset("Annotated seal photos", stores={photos, corrections}))
    # Retrains the detector when enough corrections have built up.
    retraining = tm.add(tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING))
    # Builds the yearly trend figures from verified counts.
    trend_job = tm.add(tg.Service("Annual trend job"))
    # The trust's public site.
    website = tm.add(tg.Endpoint("Trust website", purpose=tg.EndpointPurpose.API))

with tm.boundary("Trust office", trust=tg.Trust.INTERNAL):
    # Staff ecologists who check counts and own the survey.
    ecologist = tm.add(tg.Actor("Ecologist", role="ecologist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(volunteer, upload_app, photos, flight_record, protocol="https")
tm.flow(upload_app, volunteer, upload_status, protocol="https")
tm.flow(upload_app, photo_store, photos)
tm.flow(upload_app, survey_db, flight_record)

tm.flow(photo_store, counting_job, photos)
tm.flow(counting_job, detector, photos)
tm.flow(detector, counting_job, counts)
tm.flow(counting_job, survey_db, counts)
tm.flow(survey_db, upload_app, upload_status, label="counts for the volunteer's flights")

tm.flow(survey_db, review_tool, counts, label="sampled flights")
tm.flow(photo_store, review_tool, photos)
tm.flow(review_tool, ecologist, photos, counts, protocol="https")
tm.flow(ecologist, review_tool, corrections, protocol="https")
tm.flow(review_tool, survey_db, verified)
tm.flow(review_tool, training_set, photos, corrections)

tm.flow(training_set, retraining, photos, corrections)
tm.flow(retraining, detector, weights, label="deploy")

tm.flow(survey_db, trend_job, verified)
tm.flow(trend_job, website, trends)
tm.flow(website, reader, trends, protocol="https")

tm.flow(survey_db, national_record, record_export, protocol="https", label="quarterly upload")
tm.flow(survey_db, agency, locations, protocol="sftp", label="annual colony site list")
