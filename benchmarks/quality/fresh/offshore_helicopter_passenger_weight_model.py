"""Offshore helicopter passenger and bag weighing: the first design.

An offshore oil and gas operator flies its workforce to North Sea platforms by
helicopter. At the heliport, passengers check in on self-service kiosks that
scan their offshore ID card, weigh them and each bag, photograph the bag and ask
them to declare its contents. A check-in service in the operator's cloud joins
this with the travel bookings, and an in-house classifier flags bags whose photo,
declared contents and weight suggest dangerous goods or a misdeclared weight.
Check-in staff at the heliport review flagged bags on a web console (corporate
SSO with MFA, role-based access); unflagged bags go straight onto the manifest,
which is sent over HTTPS to the helicopter operator's load planning system.
Once a year a contractor retrains the model on an export of past check-ins with
names removed, sent by SFTP, and uploads the new model to our registry. The
manifest store is encrypted with cloud KMS keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Offshore helicopter passenger weight model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Heliport kiosk check-in that weighs passengers and bags and flags "
    "suspect bags for dangerous goods or misdeclared weight before load planning.",
)

# ---------------------------------------------------------------- data assets
checkin_details = tg.Data(
    "Passenger check-in details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Offshore ID card number, flight booking reference and declared bag contents.",
)
boarding_pass = tg.Data("Boarding pass and bag tag", sensitivity=tg.Sensitivity.PII, kind="records")
checkin_record = tg.Data(
    "Kiosk check-in record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Passenger body weight, bag weights, declared contents and identity.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
bag_photo = tg.Data("Bag photo", sensitivity=tg.Sensitivity.PII, kind="media")
bookings = tg.Data("Flight bookings", sensitivity=tg.Sensitivity.PII, kind="records")
bag_features = tg.Data(
    "Bag screening input",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="features",
    description="Bag photo, declared contents and measured bag weight.",
)
bag_flag = tg.Data(
    "Bag dangerous-goods flag",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    description="Flag and score for suspected dangerous goods or misdeclared weight.",
)
flagged_bag = tg.Data("Flagged bag case", sensitivity=tg.Sensitivity.PII, kind="records")
review_decision = tg.Data(
    "Bag review decision",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Staff clear the bag, correct its weight or hold it off the flight.",
)
manifest = tg.Data(
    "Flight passenger and baggage manifest",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
load_ack = tg.Data("Load plan acknowledgement", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
training_export = tg.Data(
    "De-identified check-in history",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
    description="Bag photos, declared contents, weights and review outcomes, names removed.",
)
review_labels = tg.Data("Review outcome labels", sensitivity=tg.Sensitivity.INTERNAL, kind="labels")
training_code = tg.Data(
    "Contractor training code", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="code"
)
model_file = tg.Data(
    "Bag screening model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Heliport check-in hall", trust=tg.Trust.UNTRUSTED):
    # Offshore workers and visitors; anyone in the hall can use a kiosk.
    passenger = tm.add(tg.Actor("Passenger", role="offshore traveller"))

with tm.boundary("Heliport network", trust=tg.Trust.INTERNAL):
    # Self-service kiosks with a platform scale and a bag camera.
    kiosk = tm.add(
        tg.Device(
            "Self-service check-in kiosk",
            fleet=True,
            description="Reads the offshore ID card, weighs passenger and bags, photographs each bag.",
        )
    )
    # Heliport check-in staff who review flagged bags.
    staff = tm.add(tg.Actor("Check-in staff", role="heliport check-in agent"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Backend for the kiosks: builds the check-in record and the manifest.
    checkin = tm.add(
        tg.Service(
            "Check-in service",
            description="Matches kiosk check-ins to bookings, calls the bag model, builds the manifest.",
            controls={
                c.InputValidation(note="weight range and required-field checks"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # The classifier that flags suspect bags.
    bag_model = tm.add(
        tg.Model(
            "Bag dangerous-goods screening model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Image and text classifier over bag photo, declared contents and weight.",
        )
    )
    # Check-ins, bag photos and manifests for each flight.
    manifest_store = tm.add(
        tg.DataStore(
            "Check-in and manifest store",
            stores={checkin_record, bag_photo, manifest, review_decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web console where staff see flagged bags and record their decision.
    console = tm.add(
        tg.Endpoint(
            "Flagged bag review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="check-in staff", note="only bags the model flags"),
            },
        )
    )
    # The personnel-on-board travel booking system: who is booked on which flight.
    booking_system = tm.add(
        tg.DataSource("Travel booking system", origin=tg.Origin.INTERNAL, provides={bookings})
    )
    # Yearly export of past check-ins for the contractor.
    export_job = tm.add(
        tg.Pipeline(
            "Yearly training export",
            stage=tg.Stage.PREPROCESSING,
            controls={c.DataMinimization(note="names and ID numbers removed")},
        )
    )
    # Where the contractor's delivered models are kept and deployed from.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
    )

with tm.boundary("ML contractor", trust=tg.Trust.PARTNER):
    # The contractor's training environment, run once a year.
    retraining = tm.add(
        tg.Pipeline(
            "Contractor retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Fine-tunes the image and text classifier on the yearly export.",
        )
    )
    # The contractor's data scientist who runs the retraining and uploads the model.
    contractor = tm.add(tg.Actor("Contractor data scientist", role="contractor", privileged=True))

with tm.boundary("Helicopter operator", trust=tg.Trust.PARTNER):
    # The helicopter operator's system that plans the aircraft load from the manifest.
    load_planning = tm.add(tg.ExternalService("Load planning system"))

# ---------------------------------------------------------------- flows
tm.flow(passenger, kiosk, checkin_details, label="ID card scan, declaration, weighing")
tm.flow(kiosk, passenger, boarding_pass, label="printed")
tm.flow(kiosk, checkin, checkin_record, bag_photo, protocol="https")
tm.flow(checkin, kiosk, boarding_pass, protocol="https")
tm.flow(booking_system, checkin, bookings, protocol="https")

tm.flow(checkin, bag_model, bag_features)
tm.flow(bag_model, checkin, bag_flag)
tm.flow(checkin, manifest_store, checkin_record, bag_photo, manifest)

tm.flow(checkin, console, flagged_bag, bag_photo)
tm.flow(console, staff, flagged_bag, bag_photo, protocol="https")
tm.flow(staff, console, review_decision, protocol="https")
tm.flow(console, checkin, review_decision)
tm.flow(checkin, manifest_store, review_decision, label="review outcome")

tm.flow(checkin, load_planning, manifest, protocol="https")
tm.flow(load_planning, checkin, load_ack, protocol="https")

tm.flow(manifest_store, export_job, checkin_record, bag_photo, review_decision)
tm.flow(export_job, retraining, training_export, review_labels, protocol="sftp")
tm.flow(contractor, retraining, training_code)
tm.flow(retraining, registry, model_file, protocol="sftp", label="yearly delivery")
tm.flow(registry, bag_model, model_file, label="deploy")
