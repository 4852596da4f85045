"""Muster wristband tracking: the first design, before any security review.

Every passenger wears a BLE wristband issued at embarkation. During a muster drill or
a real emergency, BLE readers on every deck report wristband sightings to a location
engine in the ship's data centre, which keeps each passenger's last known position.
Crew at each muster station tap wristbands with their handhelds to check people in.
A muster service joins the manifest (muster assignments, cabin, mobility needs synced
from the shoreside reservation system over VSAT), the check-ins and the positions, and
asks an in-house model which unaccounted passengers are likely missing rather than on
their way; it then pushes a prioritised search list to the crew handhelds and a
per-station status to the safety officer on the bridge. If the model does not answer,
the list falls back to everyone not yet checked in. Crew sign in to the muster app with
their badge and own PIN; handheld traffic uses TLS. The model is retrained shoreside on
past drill records and shipped to the ship at turnaround.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Cruise ship muster station wristband tracking",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Locates passengers' wristbands at muster, predicts who is missing and "
    "gives crew a search list on their handhelds.",
)

# ---------------------------------------------------------------- data assets
beacon = tg.Data(
    "Wristband beacon",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rotating BLE advertisement carrying the wristband's ID.",
)
sightings = tg.Data(
    "Wristband sighting readings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Band ID, reader ID, signal strength and time.",
)
positions = tg.Data(
    "Passenger positions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Last known deck and fire zone of each wristband, with history.",
)
manifest = tg.Data(
    "Passenger manifest",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Names, cabins, muster station assignments, wristband IDs, "
    "mobility-assistance needs and ages of children.",
)
checkins = tg.Data("Muster check-ins", kind="records", sensitivity=tg.Sensitivity.PII)
search_updates = tg.Data(
    "Search status updates",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Passenger found, cabin cleared, area searched.",
)
features = tg.Data(
    "Muster features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Time since last sighting, last zone, distance to station, cabin deck, "
    "party size, mobility flag.",
)
predictions = tg.Data(
    "Missing-passenger predictions",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Probability each unaccounted passenger is missing, with likely zone.",
)
search_list = tg.Data(
    "Search list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Unaccounted passengers ranked by priority, with last known position.",
)
muster_status = tg.Data("Muster status by station", kind="records", sensitivity=tg.Sensitivity.PII)
activation = tg.Data("Muster activation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
drill_records = tg.Data(
    "Past muster drill records",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Sightings, check-in times and who was found where, per drill.",
)
model_artifact = tg.Data("Missing-passenger model artifact", format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Passenger decks", trust=tg.Trust.UNTRUSTED):
    # Worn by every passenger; anyone on board can carry, swap or imitate one.
    wristbands = tm.add(tg.Device("Passenger wristbands", fleet=True))

with tm.boundary("Ship IoT VLAN", trust=tg.Trust.INTERNAL):
    # Ceiling-mounted BLE readers on every deck and fire zone.
    readers = tm.add(tg.Device("BLE wristband readers", fleet=True))

with tm.boundary("Ship data centre", trust=tg.Trust.INTERNAL):
    # Trilaterates sightings into a position per wristband.
    location_engine = tm.add(tg.Service("Location engine"))
    # Keeps last known positions and the history of the voyage.
    location_store = tm.add(tg.DataStore("Location history store", stores={positions}))
    # Onboard copy of the manifest, so muster works without the satellite link.
    manifest_db = tm.add(
        tg.DataStore("Onboard passenger manifest", stores={manifest}, controls={c.RBAC()})
    )
    # Predicts who is missing from each muster station.
    missing_model = tm.add(
        tg.Model(
            "Missing-passenger model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees scoring unaccounted passengers.",
        )
    )
    # Joins manifest, check-ins, positions and predictions into the search list.
    muster_service = tm.add(
        tg.Service(
            "Muster accounting service",
            controls={
                c.AuditLogging(note="muster records kept for the flag state"),
                c.FailClosed(
                    fallback="without a prediction the search list shows every passenger "
                    "not checked in, ordered by fire zone"
                ),
            },
        )
    )
    # API the handhelds and the bridge console call.
    muster_api = tm.add(
        tg.Endpoint(
            "Muster API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="crew ID badge tap plus the crew member's own PIN"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Crew Wi-Fi", trust=tg.Trust.INTERNAL):
    # Muster staff who check people in and search cabins and public areas.
    crew = tm.add(tg.Actor("Muster crew member", role="crew"))
    # Rugged handhelds with NFC, running the muster app.
    handhelds = tm.add(tg.Device("Crew handhelds", fleet=True))

with tm.boundary("Bridge", trust=tg.Trust.INTERNAL):
    # Starts drills and real musters, watches the station totals.
    safety_officer = tm.add(tg.Actor("Safety officer", role="safety officer"))

with tm.boundary("Shoreside cloud", trust=tg.Trust.INTERNAL):
    # Booking system that owns the manifest and muster station assignments.
    reservations = tm.add(
        tg.DataSource("Reservation system", origin=tg.Origin.INTERNAL, provides={manifest})
    )
    # Drill history collected from the fleet.
    drill_dataset = tm.add(tg.Dataset("Drill history dataset", stores={drill_records}))
    # Retrains the model each quarter.
    training = tm.add(tg.Pipeline("Model retraining job", stage=tg.Stage.TRAINING))
    # Holds model versions shipped to the fleet.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(wristbands, readers, beacon, protocol="ble")
tm.flow(readers, location_engine, sightings, protocol="mqtt")
tm.flow(location_engine, location_store, positions)
tm.flow(location_store, muster_service, positions, label="last known positions")

tm.flow(
    reservations,
    manifest_db,
    manifest,
    protocol="https",
    controls={tls},
    label="embarkation sync over VSAT",
)
tm.flow(manifest_db, muster_service, manifest)

tm.flow(crew, handhelds, checkins, search_updates, label="taps wristbands, marks areas")
tm.flow(handhelds, muster_api, checkins, search_updates, protocol="https", controls={tls})
tm.flow(muster_api, muster_service, checkins, search_updates)

tm.flow(muster_service, missing_model, features)
tm.flow(missing_model, muster_service, predictions)

tm.flow(muster_service, muster_api, search_list, muster_status)
tm.flow(muster_api, handhelds, search_list, protocol="https", controls={tls})
tm.flow(handhelds, crew, search_list)

tm.flow(safety_officer, muster_api, activation, protocol="https", controls={tls})
tm.flow(muster_api, safety_officer, muster_status, protocol="https", controls={tls})

tm.flow(
    muster_service,
    drill_dataset,
    drill_records,
    protocol="https",
    controls={tls},
    label="uploaded after each drill",
)
tm.flow(drill_dataset, training, drill_records)
tm.flow(training, registry, model_artifact)
tm.flow(registry, missing_model, model_artifact, protocol="https", label="deployed at turnaround")
