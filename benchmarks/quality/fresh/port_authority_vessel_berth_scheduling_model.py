"""Vessel ETA and berth scheduling: the first design, before any security review.

The port authority predicts when each inbound ship will reach the pilot
boarding station and plans berths and pilots around it. Positions come from
the ships' AIS transponders, received by the port's own shore station and,
beyond VHF range, from a commercial satellite AIS feed. Shipping agents file
pre-arrival notices (declared ETA, draught, cargo class) in the port community
portal. A gradient-boosted ETA model, retrained nightly on the track history and
actual arrival times, feeds an optimiser that drafts the berth and pilot plan
within tide windows from the hydrographic service. The harbour master reviews
and confirms every plan in the planning console before pilots are told and the
schedule is published to agents. Portal and console users sign in, staff access
is role-based, the optimiser enforces depth and pilot rest rules, and models
are versioned in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Port authority vessel ETA and berth scheduling",
    profile=tg.RiskProfile.HIGH,
    description="Predicts vessel arrival times from AIS and schedules berths and pilots; the harbour master confirms.",
)

# ---------------------------------------------------------------- data assets
ais = tg.Data(
    "AIS position reports",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="MMSI, position, speed and course broadcast by each ship.",
)
tracks = tg.Data("Vessel track history", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
notice = tg.Data(
    "Pre-arrival notice",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Declared ETA, draught, length, cargo class and agent contact.",
)
tides = tg.Data("Tide and weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
arrivals = tg.Data(
    "Actual arrival times",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
eta_features = tg.Data("ETA features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
eta = tg.Data("Predicted ETA", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
artifact = tg.Data("ETA model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
roster = tg.Data(
    "Pilot roster and rest periods",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pilot names, licence classes, shifts and hours worked.",
)
draft_plan = tg.Data(
    "Draft berth and pilot plan", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
confirmed = tg.Data(
    "Confirmed berth schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
assignment = tg.Data("Pilot assignment", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("At sea", trust=tg.Trust.UNTRUSTED):
    # Every inbound ship's AIS transponder broadcasts its own position.
    vessels = tm.add(
        tg.Device("Vessel AIS transponders", description="Class A AIS on inbound ships.")
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Agents act for the shipowners and file the arrival formalities.
    agent = tm.add(tg.Actor("Shipping agent", role="shipping agent"))

with tm.boundary("Data suppliers", trust=tg.Trust.PARTNER):
    # Covers ships beyond the range of our shore station (over a day out).
    sat_ais = tm.add(
        tg.DataSource(
            "Satellite AIS feed",
            origin=tg.Origin.VENDOR,
            provides={ais},
            description="Commercial satellite and terrestrial AIS aggregator, pulled every 5 minutes.",
        )
    )
    # Tidal predictions and wind forecasts that bound berthing windows.
    hydro = tm.add(
        tg.ExternalService(
            "Hydrographic and met service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Port DMZ", trust=tg.Trust.INTERNAL):
    # The agents' web portal for pre-arrival notices and the published schedule.
    portal = tm.add(
        tg.Endpoint(
            "Port community portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="username and password per shipping agency"),
                c.SchemaEnforcement(note="notice form validates MMSI, draught and dates"),
            },
        )
    )

with tm.boundary("Port operations network", trust=tg.Trust.INTERNAL):
    # Shore AIS base station on the port control tower.
    base_station = tm.add(
        tg.Device(
            "AIS shore base station", fleet=False, description="VHF AIS receiver at port control."
        )
    )
    # Decodes and merges shore and satellite AIS into one track per ship.
    ingestion = tm.add(tg.Pipeline("AIS ingestion pipeline", stage=tg.Stage.INGESTION))
    # Time series of positions, also the training history.
    track_store = tm.add(tg.DataStore("Vessel track store", stores={tracks, arrivals}))
    # Predicts the arrival time at the pilot boarding station for each ship.
    eta_model = tm.add(
        tg.Model(
            "ETA prediction model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees over track, speed, declared ETA, tide and weather.",
        )
    )
    # Nightly retraining on the last year of tracks and actual arrivals.
    training = tm.add(
        tg.Pipeline("Nightly ETA retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Keeps each trained version for rollback.
    registry = tm.add(
        tg.ModelRegistry("ETA model registry", stores={artifact}, controls={c.ModelVersioning()})
    )
    # Optimiser that drafts the berth and pilot plan from the predicted ETAs.
    scheduler = tm.add(
        tg.Service(
            "Berth and pilot scheduler",
            description="Constraint optimiser over berths, tide windows, tugs and pilot availability.",
            controls={
                c.PolicyEnforcement(
                    rules="refuses berths shallower than declared draught plus under-keel clearance, "
                    "and pilots short of rest hours"
                )
            },
        )
    )
    # Pilot availability kept by the pilot station.
    roster_store = tm.add(tg.DataStore("Pilot roster", stores={roster}))
    # Where the harbour master reviews and confirms the plan.
    console = tm.add(
        tg.Endpoint(
            "Harbour master planning console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Active Directory single sign-on"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the duty harbour master"),
            },
        )
    )
    # Accountable for safe navigation in port; confirms every berth plan.
    harbour_master = tm.add(tg.Actor("Duty harbour master", role="harbour master", privileged=True))
    # Boards the ship and brings it to its berth.
    pilot = tm.add(tg.Actor("Marine pilot", role="pilot"))

# ---------------------------------------------------------------- flows
tm.flow(vessels, base_station, ais, protocol="vhf", label="AIS broadcast")
tm.flow(base_station, ingestion, ais, protocol="NMEA 0183 over UDP")
tm.flow(sat_ais, ingestion, ais, protocol="https")
tm.flow(ingestion, track_store, tracks)

tm.flow(agent, portal, notice, protocol="https", label="files pre-arrival notice")
tm.flow(portal, scheduler, notice)
tm.flow(hydro, scheduler, tides, protocol="https")

tm.flow(track_store, scheduler, tracks, label="latest position per ship")
tm.flow(scheduler, eta_model, eta_features)
tm.flow(eta_model, scheduler, eta)

tm.flow(track_store, training, tracks, arrivals, label="nightly export")
tm.flow(training, registry, artifact)
tm.flow(registry, eta_model, artifact, label="load latest version")

tm.flow(roster_store, scheduler, roster)
tm.flow(pilot, roster_store, roster, protocol="https", label="availability and rest periods")
tm.flow(scheduler, console, draft_plan, eta)
tm.flow(console, harbour_master, draft_plan, eta, protocol="https")
tm.flow(harbour_master, console, confirmed, protocol="https", label="confirms or amends plan")
tm.flow(harbour_master, console, arrivals, protocol="https", label="records all-fast times")
tm.flow(console, scheduler, confirmed)
tm.flow(console, track_store, arrivals, label="recorded all-fast times")

tm.flow(scheduler, pilot, assignment, protocol="sms")
tm.flow(scheduler, portal, confirmed, label="published schedule")
tm.flow(portal, agent, confirmed, protocol="https")
