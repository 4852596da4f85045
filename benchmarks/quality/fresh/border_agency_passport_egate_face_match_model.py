"""Passport e-gates with face matching: the first design, before any security review.

Arriving travellers with chipped passports use self-service e-gates at the airport.
In each lane the traveller places the passport on a reader, which reads the chip's
biographical data and facial image and checks the issuing state's signature against
the ICAO master list; a camera then takes a live image of the face. The lane software
sends both images to a face matching service in the agency's airport server room,
running a licensed vendor algorithm, and queries the central border checks service
(passport and watchlist checks) over the government network. On a match above the
threshold and no hit the exit doors open; otherwise the lane refers the traveller
to a border officer at the referral desk, who sees the case on a console, decides,
and can release the gate. If matching or checks are down, gates stay shut and
everyone goes to the staffed desks. Every crossing is recorded. Officers sign in
with their own smartcards; new algorithm versions are acceptance-tested first.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Passport e-gate face matching",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Automated border control gates that match a traveller's live face to "
    "the passport chip photo, with border officers handling rejections.",
)

# ---------------------------------------------------------------- data assets
chip_data = tg.Data(
    "Passport biographical data",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, nationality, date of birth, document number and expiry from the chip.",
)
chip_photo = tg.Data(
    "Chip facial image",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The facial image stored on the passport chip (data group 2).",
)
live_face = tg.Data(
    "Live face image",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
master_list = tg.Data(
    "Country signing certificate master list",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
match_result = tg.Data(
    "Face match result",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Similarity score and match / no-match against the configured threshold.",
)
check_result = tg.Data(
    "Border check result",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Document valid or reported lost/stolen, and any watchlist hit.",
)
watchlist = tg.Data(
    "Watchlist and lost-stolen document records",
    kind="records",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
crossing = tg.Data(
    "Crossing record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Biographical data, both images, match score, check result, lane and time.",
)
referral = tg.Data(
    "Referral case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Why the gate refused, with both images and the passport data.",
)
officer_decision = tg.Data("Officer decision", kind="records", sensitivity=tg.Sensitivity.PII)
gate_release = tg.Data("Officer gate release", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
instruction = tg.Data("Lane screen instruction", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
algorithm = tg.Data(
    "Face matching algorithm release",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="unknown",
    description="The vendor's packaged matcher and templates, delivered as an installer.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Arrivals hall", trust=tg.Trust.UNTRUSTED):
    # Anyone arriving with an eligible chipped passport, genuine or not.
    traveller = tm.add(tg.Actor("Traveller", role="arriving passenger"))

with tm.boundary("E-gate lanes", trust=tg.Trust.INTERNAL):
    # Reads the passport chip over NFC; built into each lane.
    chip_reader = tm.add(tg.Device("Passport chip reader"))
    # Takes the live face image as the traveller stands in the lane.
    camera = tm.add(tg.Device("Lane face camera"))
    # Runs the lane: collects the chip data and the live image, asks for the match and
    # the checks, opens the exit doors or refers the traveller.
    lane = tm.add(
        tg.Service(
            "E-gate lane software",
            controls={
                c.FailClosed(
                    fallback="gate stays shut and travellers are sent to the staffed desks "
                    "when matching or border checks do not answer"
                ),
                c.Contestability(
                    note="a refused traveller is seen by a border officer at the referral desk"
                ),
            },
        )
    )

with tm.boundary("Agency airport server room", trust=tg.Trust.INTERNAL):
    # Takes both images from a lane and returns the match result.
    match_api = tm.add(
        tg.Endpoint(
            "Face matching service",
            purpose=tg.EndpointPurpose.INFERENCE,
            returns_scores=True,
        )
    )
    # The licensed vendor algorithm, run on our own servers; 1:1 verification.
    model = tm.add(
        tg.Model(
            "Face match model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Vendor face verification algorithm; a fixed threshold decides a match.",
            controls={
                c.ModelValidation(
                    note="each vendor release passes the agency's acceptance test set first"
                ),
                c.ModelVersioning(),
            },
        )
    )
    # Log of every gate transaction, kept for audit and performance monitoring.
    crossings = tm.add(
        tg.DataStore(
            "Crossing records store",
            stores={crossing, officer_decision},
            controls={c.EncryptionAtRest(key_management="agency HSM"), c.RBAC()},
        )
    )
    # The console officers at the referral desk use for refused travellers.
    console = tm.add(
        tg.Endpoint(
            "Officer referral console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="officer's own smartcard and PIN"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Immigration control desks", trust=tg.Trust.INTERNAL):
    # Handles every traveller the gates refuse.
    officer = tm.add(tg.Actor("Border officer", role="border officer"))

with tm.boundary("Central border systems", trust=tg.Trust.RESTRICTED):
    # Checks the document and the person against national and international lists.
    checks = tm.add(tg.Service("Border checks service"))
    # National watchlists and lost and stolen travel documents.
    watch_db = tm.add(
        tg.DataStore(
            "Watchlist database",
            stores={watchlist},
            controls={c.EncryptionAtRest(), c.RBAC()},
        )
    )

with tm.boundary("ICAO PKD", trust=tg.Trust.PARTNER):
    # Source of the issuing states' certificates used to verify passport chips.
    pkd = tm.add(
        tg.DataSource("ICAO public key directory", origin=tg.Origin.PARTNER, provides={master_list})
    )

with tm.boundary("Biometric vendor", trust=tg.Trust.PARTNER):
    # Supplies and updates the matching algorithm under the support contract.
    vendor = tm.add(tg.ExternalService("Face matching vendor"))

# ---------------------------------------------------------------- flows
tm.flow(
    traveller,
    chip_reader,
    chip_data,
    chip_photo,
    protocol="nfc",
    label="passport placed on the reader",
    controls={
        c.EncryptionInTransit(protocol="PACE/BAC secure messaging"),
        c.MessageIntegrity(note="passive authentication of the chip's signed data"),
    },
)
tm.flow(traveller, camera, live_face, label="stands in the lane, in person")
tm.flow(chip_reader, lane, chip_data, chip_photo, protocol="usb")
tm.flow(camera, lane, live_face, protocol="usb")
tm.flow(lane, traveller, instruction, label="shown on the lane screen")

tm.flow(pkd, lane, master_list, protocol="https", label="daily master list sync")

tm.flow(lane, match_api, chip_photo, live_face, protocol="https")
tm.flow(match_api, model, chip_photo, live_face)
tm.flow(model, match_api, match_result)
tm.flow(match_api, lane, match_result, protocol="https")

tm.flow(lane, checks, chip_data, protocol="mtls", label="document and watchlist query")
tm.flow(watch_db, checks, watchlist)
tm.flow(checks, lane, check_result, protocol="mtls")

tm.flow(lane, crossings, crossing)
tm.flow(lane, console, referral, protocol="https", label="gate refused")
tm.flow(console, officer, referral, protocol="https")
tm.flow(officer, console, officer_decision, gate_release, protocol="https")
tm.flow(console, crossings, officer_decision)
tm.flow(console, lane, gate_release, protocol="https")

tm.flow(vendor, model, algorithm, protocol="sftp", label="algorithm update")
