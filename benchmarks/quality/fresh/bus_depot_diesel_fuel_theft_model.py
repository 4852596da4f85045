"""Bus depot diesel fuel theft and leak detection: the first design, before any security review.

Each of our bus depots has bunded diesel tanks with level probes and pumps. A fitter
refuels a bus by tapping a personal fob on the pump's reader and keying in the bus's
fleet number; the pump logs the fill, and the probes and pumps report to the fuel
management vendor's cloud platform, which also pushes the list of blocked fobs back
to the pumps. Every night a job in our cloud account pulls the fills and tank levels
from the vendor's API and each bus's mileage from the telematics provider's API, and
an in-house detector compares fuel drawn with distance driven and tank drops with
fills. Likely theft or leaks appear on a dashboard for the depot manager, who signs
in with corporate SSO, investigates, and can ask the vendor platform to block a fob.
Proven theft is passed to HR as a case; HR decides on any payroll deduction after
its disciplinary process. API keys for the vendor and telematics APIs live in the
cloud secrets manager; the reconciliation database is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bus depot diesel fuel theft detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Flags likely diesel theft or tank leaks at bus depots by reconciling pump fills "
        "and tank levels with telematics mileage; leads to fob blocks and payroll deductions."
    ),
)

# ---------------------------------------------------------------- data assets
fob_entry = tg.Data(
    "Fitter fob ID and fleet number",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The fitter's fob identifier and the bus fleet number keyed at the pump.",
)
fills = tg.Data(
    "Fill transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Litres, pump, time, fleet number and fitter fob for every fill.",
)
tank_levels = tg.Data(
    "Tank level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
mileage = tg.Data(
    "Bus mileage telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Daily odometer distance and engine hours per fleet number.",
)
features = tg.Data(
    "Fuel reconciliation features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Per bus and per fob: litres drawn against distance, tank drops against fills.",
)
flags = tg.Data(
    "Theft and leak flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Score and reason per suspicious fill, fob or tank.",
)
fob_block = tg.Data("Fob block request", kind="records", sensitivity=tg.Sensitivity.PII)
block_list = tg.Data(
    "Blocked fob list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
investigation = tg.Data(
    "Investigation notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
case_file = tg.Data(
    "Theft case file",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Evidence, the fitter's name and the proposed payroll deduction.",
)
deduction = tg.Data("Payroll deduction decision", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Depot site", trust=tg.Trust.INTERNAL):
    # Fitters refuel the buses at the depot's pumps.
    fitter = tm.add(tg.Actor("Fitter", role="depot fitter"))
    # The vendor's pump terminals with fob readers; they log every fill.
    pump = tm.add(
        tg.Device(
            "Diesel pump with fob reader",
            description="Vendor-supplied pump terminal: fob reader, keypad, meter, cellular modem.",
        )
    )
    # Level probes in each tank report the stock level to the vendor's cloud.
    probes = tm.add(
        tg.Device(
            "Tank level probes",
            description="Magnetostrictive probes with a cellular gateway per depot.",
        )
    )

with tm.boundary("Fuel management vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's SaaS: receives fills and tank levels, manages fobs, exposes an API.
    fuel_platform = tm.add(
        tg.ExternalService(
            "Fuel management platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Vendor SaaS holding fill history, tank stock and the fob register.",
        )
    )

with tm.boundary("Telematics provider", trust=tg.Trust.PARTNER):
    # Mileage per bus comes from the fleet telematics provider's API.
    telematics = tm.add(
        tg.ExternalService(
            "Fleet telematics API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Odometer and engine data from the buses' telematics units.",
        )
    )

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # Pulls yesterday's fills, tank levels and mileage and builds the features.
    ingest = tm.add(
        tg.Pipeline(
            "Nightly fuel data ingestion job",
            stage=tg.Stage.INGESTION,
            controls={
                c.SecretsManagement(
                    note="vendor and telematics API keys in the cloud secrets manager"
                )
            },
        )
    )
    # Holds the joined fills, levels, mileage, features and flags.
    recon_db = tm.add(
        tg.DataStore(
            "Fuel reconciliation database",
            stores={fills, tank_levels, mileage, features, flags, investigation},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Scores each fill, fob and tank for likely theft or leakage.
    detector = tm.add(
        tg.Model(
            "Fuel theft and leak detector",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted model plus tank-balance rules, trained on past fills.",
        )
    )
    # Where the depot manager sees flags, records investigations and asks for fob blocks.
    dashboard = tm.add(
        tg.Service(
            "Fuel loss dashboard",
            controls={
                c.Authentication(method="corporate SSO (Entra ID) with MFA"),
                c.RBAC(note="depot managers see their own depot's flags"),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Investigates flags for their depot and decides whether to block a fob.
    manager = tm.add(tg.Actor("Depot manager", role="depot manager"))
    # HR's system of record: disciplinary cases and payroll deductions.
    hr_system = tm.add(
        tg.Service(
            "HR and payroll system",
            controls={
                c.RBAC(),
                c.HumanInTheLoop(approver="HR case officer after the disciplinary hearing"),
            },
        )
    )
    # Runs the disciplinary process and approves any deduction.
    hr_officer = tm.add(tg.Actor("HR case officer", role="hr"))

# ---------------------------------------------------------------- flows
tm.flow(fitter, pump, fob_entry, label="fob tap and fleet number on the keypad")
tm.flow(pump, fuel_platform, fills, protocol="https", label="over the pump's cellular modem")
tm.flow(probes, fuel_platform, tank_levels, protocol="mqtt", label="every 15 minutes")
tm.flow(fuel_platform, pump, block_list, protocol="https", label="fob block list sync")

tm.flow(fuel_platform, ingest, fills, tank_levels, protocol="https", label="vendor REST API")
tm.flow(telematics, ingest, mileage, protocol="https")
tm.flow(ingest, recon_db, fills, tank_levels, mileage, features)

tm.flow(recon_db, detector, features)
tm.flow(detector, recon_db, flags)

tm.flow(recon_db, dashboard, fills, mileage, flags, investigation)
tm.flow(dashboard, manager, flags, fills, protocol="https")
tm.flow(manager, dashboard, investigation, fob_block, protocol="https")
tm.flow(dashboard, recon_db, investigation)
tm.flow(dashboard, fuel_platform, fob_block, protocol="https", label="block fob via vendor API")

tm.flow(manager, hr_system, case_file, protocol="https", label="raises a theft case")
tm.flow(hr_system, hr_officer, case_file, protocol="https")
tm.flow(hr_officer, hr_system, deduction, protocol="https")
