"""Cattle TB skin-test reading: the first design, before any security review.

A farm vet practice reads bovine TB skin tests with help from a photo classifier.
At the second visit, 72 hours after injection, the vet photographs both injection
sites on each animal with a practice tablet and enters the calliper readings. The
tablet sends the photos to the practice's cloud reading service, where an in-house
classifier suggests clear, inconclusive or reactor for each animal. The vet confirms
or overrides every suggestion on the tablet, and once the vet signs off the herd
test, a submission service sends the results to the government animal-health
agency's portal, which can restrict the herd's movements and notifies the keeper.
Confirmed readings and their photos are exported monthly to retrain the classifier.
Vets sign in with their own practice accounts and MFA; tablets are MDM-managed and
encrypted; the practice cloud databases are encrypted at rest and the test records
keep an audit log. The agency issued the practice an API key for submissions.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Cattle TB skin-test reading photo model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "A vet practice photographs TB skin-test sites; a classifier suggests a result per "
        "animal, the vet confirms it, and results go to the animal-health agency's portal."
    ),
)

# ---------------------------------------------------------------- data assets
site_photos = tg.Data(
    "Injection-site photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Two photos per animal (avian and bovine sites), with ear tag in frame.",
)
calliper_readings = tg.Data(
    "Calliper skin-thickness readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Day-0 and day-3 skin thickness in mm per site, keyed by ear tag.",
)
herd_details = tg.Data(
    "Herd and keeper details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Keeper name, address, holding (CPH) number and the herd's animal list.",
)
suggestion = tg.Data(
    "Classifier reading suggestion",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Clear, inconclusive or reactor per animal, with a confidence score.",
)
confirmed_result = tg.Data(
    "Vet-confirmed test result",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The vet's final result per animal and the herd test sign-off.",
)
submission = tg.Data(
    "Herd test result submission",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Per-animal results, holding number, testing vet and test dates.",
)
receipt = tg.Data("Agency submission receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
restriction_notice = tg.Data(
    "Herd movement restriction notice", kind="documents", sensitivity=tg.Sensitivity.PII
)
training_set = tg.Data(
    "Labelled skin-test photos",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Photos labelled with the vet-confirmed result, plus calliper readings.",
)
weights = tg.Data("Classifier weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Farm visit (mobile network)", trust=tg.Trust.UNTRUSTED):
    # The testing vet: photographs each animal in the crush and confirms the results.
    vet = tm.add(tg.Actor("Testing vet", role="veterinary surgeon"))
    # The herd keeper: present at the test; receives any restriction from the agency.
    keeper = tm.add(tg.Actor("Herd keeper", role="farmer"))
    # Practice tablets: camera app and result screens; queue uploads when there is no signal.
    tablet = tm.add(
        tg.Device(
            "Vet practice tablet",
            description="Practice-issued tablet running the reading app; works offline on farm.",
            controls={
                c.Authentication(method="per-vet practice account with MFA, PIN to unlock"),
                c.EncryptionAtRest(key_management="MDM-enforced device encryption"),
            },
        )
    )

with tm.boundary("Practice cloud tenancy", trust=tg.Trust.INTERNAL):
    # The API the tablets call to upload readings and fetch suggestions.
    reading_api = tm.add(
        tg.Endpoint(
            "Reading API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="OIDC tokens from the practice identity provider")},
        )
    )
    # Orchestrates a herd test: stores photos, asks the classifier, records the vet's decision.
    reading_service = tm.add(
        tg.Service(
            "Skin-test reading service",
            description="Holds each herd test open until the vet has confirmed every animal.",
            controls={
                c.HumanInTheLoop(approver="the testing vet confirms or overrides every animal"),
            },
        )
    )
    # The classifier: suggests a result per animal from the two site photos.
    classifier = tm.add(
        tg.Model(
            "TB reaction photo classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="CNN over injection-site photos; suggests clear, inconclusive or reactor.",
        )
    )
    # Object storage for the photos, kept as the evidence behind each reading.
    photo_store = tm.add(
        tg.DataStore(
            "Injection-site photo store",
            stores={site_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The practice's record of each herd test and its confirmed results.
    test_records = tm.add(
        tg.DataStore(
            "Herd test records database",
            stores={calliper_readings, suggestion, confirmed_result, herd_details},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.AuditLogging(),
            },
        )
    )
    # Sends signed-off herd tests to the agency portal and records the receipt.
    submitter = tm.add(
        tg.Service(
            "Agency submission service",
            description="Submits a herd test once the vet signs it off; retries until receipted.",
        )
    )

    with tm.boundary("Practice ML workspace", trust=tg.Trust.INTERNAL):
        # Photos labelled with confirmed results, exported monthly for retraining.
        dataset = tm.add(tg.Dataset("Labelled photo training set", stores={training_set}))
        # Retrains and evaluates the classifier against held-out vet readings.
        training = tm.add(
            tg.Pipeline(
                "Classifier retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="held-out agreement with vet readings")},
            )
        )
        # Versioned classifier releases; serving loads the version marked live.
        registry = tm.add(
            tg.ModelRegistry(
                "Classifier model registry", stores={weights}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Practice office network", trust=tg.Trust.INTERNAL):
    # The existing practice management system: clients, holdings and booked TB tests.
    pms = tm.add(tg.DataStore("Practice management system", stores={herd_details}))

with tm.boundary("Animal-health agency", trust=tg.Trust.PARTNER):
    # The government portal that receives test results and imposes movement restrictions.
    agency_portal = tm.add(
        tg.ExternalService(
            "Animal-health agency TB testing portal",
            description="Records herd test results and restricts movements on reactors.",
        )
    )

# ---------------------------------------------------------------- flows
# Booking the test: the animal list and keeper details come from the practice system.
tm.flow(pms, reading_service, herd_details, protocol="https", label="herd test booking sync")
tm.flow(reading_service, test_records, herd_details)
tm.flow(reading_service, reading_api, herd_details, label="animal list for the test")
tm.flow(reading_api, tablet, herd_details, protocol="https")

# Second visit: photos and readings go up, suggestions come back.
tm.flow(vet, tablet, site_photos, calliper_readings, label="photographs and measures each animal")
tm.flow(tablet, reading_api, site_photos, calliper_readings, protocol="https")
tm.flow(reading_api, reading_service, site_photos, calliper_readings)
tm.flow(reading_service, photo_store, site_photos)
tm.flow(reading_service, classifier, site_photos)
tm.flow(classifier, reading_service, suggestion)
tm.flow(reading_service, test_records, calliper_readings, suggestion)
tm.flow(reading_service, reading_api, suggestion)
tm.flow(reading_api, tablet, suggestion, protocol="https")
tm.flow(tablet, vet, suggestion, label="shown per animal on the tablet")

# The vet confirms or overrides each animal and signs off the herd test.
tm.flow(vet, tablet, confirmed_result, label="confirms or overrides, signs off")
tm.flow(tablet, reading_api, confirmed_result, protocol="https")
tm.flow(reading_api, reading_service, confirmed_result)
tm.flow(reading_service, test_records, confirmed_result)

# Submission to the agency, which acts on reactors.
tm.flow(test_records, submitter, confirmed_result, herd_details, label="signed-off herd tests")
tm.flow(
    submitter,
    agency_portal,
    submission,
    protocol="https",
    controls={c.Authentication(method="practice API key issued by the agency")},
)
tm.flow(agency_portal, submitter, receipt, protocol="https")
tm.flow(submitter, test_records, receipt)
tm.flow(agency_portal, keeper, restriction_notice, label="notice by letter and e-mail")

# Monthly retraining from confirmed readings.
tm.flow(test_records, dataset, confirmed_result, calliper_readings, label="monthly export")
tm.flow(photo_store, dataset, site_photos, label="monthly export")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, classifier, weights, label="deploy live version")
