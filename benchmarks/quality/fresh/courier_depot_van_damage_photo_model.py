"""Courier depot van damage checks from driver photos: the first design.

Delivery drivers, most of them employed by contractors who lease our vans, use
the van check app on their phones to photograph their van from eight set angles
at the start and at the end of each shift. The photos and shift details go to a
photo upload API in our cloud. A comparison service pairs each end-of-shift set
with the start-of-shift set and runs an in-house damage detection model, which
flags panels with new damage. Fleet managers review the flags and photos in a
fleet review portal and decide whether to charge the driver's contractor, claim
from our insurer or take no action; the portal sends charge notices, insurance
claims and repair jobs for the body shop. Reviewed flags become labels for
monthly retraining. Drivers sign in to the app with a phone number and SMS
code, managers with company SSO; photos are encrypted at rest and the portal
logs every decision.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Courier van damage checks",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Shift-start and shift-end van photos compared by a model; "
    "fleet managers decide on charges, claims and repairs.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Van photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Eight angles per check, timestamped and geotagged by the app.",
)
shift_check = tg.Data(
    "Shift check details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Driver ID, contractor, van registration, shift, time and location.",
)
receipt = tg.Data("Check receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
photo_pair = tg.Data("Start and end photo pair", kind="media", sensitivity=tg.Sensitivity.PII)
flags = tg.Data(
    "Damage flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Panel, damage type, confidence and the shift it appeared in.",
)
review_case = tg.Data("Damage review case", kind="records", sensitivity=tg.Sensitivity.PII)
decision = tg.Data(
    "Damage decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Charge the contractor, claim from the insurer, or no action; with amount.",
)
charge_notice = tg.Data("Damage charge notice", kind="documents", sensitivity=tg.Sensitivity.PII)
dispute = tg.Data("Charge dispute", kind="documents", sensitivity=tg.Sensitivity.PII)
claim = tg.Data("Insurance claim", kind="documents", sensitivity=tg.Sensitivity.PII)
claim_outcome = tg.Data(
    "Claim reference and outcome", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
repair_job = tg.Data("Repair job", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
repair_update = tg.Data(
    "Repair quote and completion", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
labels = tg.Data(
    "Damage labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Each reviewed flag marked as confirmed damage or false alarm.",
)
weights = tg.Data(
    "Damage model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint saved with torch.save.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Drivers' phones", trust=tg.Trust.UNTRUSTED):
    # Takes the photos at the start and end of each shift.
    driver = tm.add(tg.Actor("Delivery driver", role="driver"))
    # The van check app on the driver's own phone; guides the set angles.
    app = tm.add(tg.Device("Van check phone app", fleet=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The delivery contractor that employs the driver and pays damage charges.
    contractor = tm.add(tg.Actor("Delivery contractor", role="contractor"))

with tm.boundary("Insurer", trust=tg.Trust.PARTNER):
    # Fleet insurer's claims API.
    insurer = tm.add(tg.ExternalService("Fleet insurer claims API"))

with tm.boundary("Body shop", trust=tg.Trust.PARTNER):
    # Partner body shop's job booking system.
    body_shop = tm.add(tg.ExternalService("Body shop booking system"))

with tm.boundary("Fleet cloud", trust=tg.Trust.INTERNAL):
    # Receives photo sets and shift details from the app.
    upload_api = tm.add(
        tg.Endpoint(
            "Photo upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="phone number with SMS one-time code"),
                c.InputValidation(note="JPEG only, eight images per check, size limit"),
            },
        )
    )
    # Object storage for every photo set.
    photo_store = tm.add(
        tg.DataStore(
            "Van photo store",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Vans, shifts, driver and contractor assignments, flags and decisions.
    fleet_db = tm.add(tg.DataStore("Fleet database", stores={shift_check, flags, decision}))
    # Pairs start and end sets for a van and asks the model for new damage.
    comparison = tm.add(tg.Service("Photo comparison service"))
    # In-house detector run on each photo pair.
    model = tm.add(
        tg.Model(
            "Van damage detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Its flags lead to damage charges against contractors.",
            controls={c.ModelVersioning()},
        )
    )
    # Where fleet managers review flags and record what happens next.
    portal = tm.add(
        tg.Endpoint(
            "Fleet review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="fleet manager, for every flag"),
                c.AuditLogging(retention_days=730),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Reviewed flags and their photos, for retraining.
        label_set = tm.add(tg.Dataset("Labelled damage dataset", stores={labels, photos}))
        # Monthly retraining job.
        training = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
        # Holds model checkpoints; the comparison service loads the current one.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}, controls={c.RBAC()}))

with tm.boundary("Depot office", trust=tg.Trust.INTERNAL):
    # Reviews flags, decides on charges, claims and repairs.
    manager = tm.add(tg.Actor("Fleet manager", role="fleet manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(driver, app, photos, label="camera capture")
tm.flow(app, driver, receipt)
tm.flow(app, upload_api, photos, shift_check, protocol="https")
tm.flow(upload_api, app, receipt, protocol="https")
tm.flow(upload_api, photo_store, photos)
tm.flow(upload_api, fleet_db, shift_check)

tm.flow(fleet_db, comparison, shift_check)
tm.flow(photo_store, comparison, photos)
tm.flow(comparison, model, photo_pair)
tm.flow(model, comparison, flags)
tm.flow(comparison, fleet_db, flags)

tm.flow(fleet_db, portal, shift_check, flags)
tm.flow(photo_store, portal, photos)
tm.flow(portal, manager, review_case, protocol="https")
tm.flow(manager, portal, decision, protocol="https")
tm.flow(portal, fleet_db, decision)

tm.flow(portal, contractor, charge_notice, protocol="smtp+starttls")
tm.flow(contractor, manager, dispute, protocol="smtp+starttls")
tm.flow(portal, insurer, claim, photos, protocol="https")
tm.flow(insurer, portal, claim_outcome, protocol="https")
tm.flow(portal, body_shop, repair_job, protocol="https")
tm.flow(body_shop, portal, repair_update, protocol="https")

tm.flow(portal, label_set, labels)
tm.flow(photo_store, label_set, photos)
tm.flow(label_set, training, labels, photos)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
