"""Ballast water discharge compliance: the first design, before any security review.

Each vessel has a ballast water treatment system (BWTS) whose sensor unit
reports UV dose, flow and salinity over Modbus, and a GNSS receiver that gives
the ship's position. An onboard gateway collects both, and a compliance model it
hosts predicts whether a discharge the chief officer plans will meet the D-2
standard and the local rules where the ship is. Over the VSAT link the gateway
syncs the ballast log to a shore fleet platform. There a drafting service asks a
vendor-hosted LLM to draft the Ballast Water Record Book entry and the port-state
report; the chief officer checks and signs both in the onboard record app, and
the shore service files the signed report with the port authority's portal.
Shore superintendents watch the fleet on a dashboard behind company SSO. The
vessel sync API takes a per-vessel API key, the shore database is encrypted,
and new model versions come from a shore registry.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Ballast water discharge compliance",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts whether planned ballast discharges comply and drafts the ballast "
        "record and port-state reports for the chief officer to sign."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "BWTS sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="UV dose, flow rate and salinity per treatment line, once a second.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
position = tg.Data("GNSS position fix", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
plan = tg.Data(
    "Planned discharge",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tanks, volume, time and position of the intended discharge.",
)
prediction = tg.Data(
    "Compliance prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Probability the discharge meets D-2 and local limits, with the reasons.",
)
ballast_log = tg.Data(
    "Vessel ballast log",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Treatment readings, positions, plans and predictions for the voyage.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
draft_request = tg.Data("Report draft request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
draft_prompt = tg.Data(
    "Report drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Template instructions plus the voyage's ballast log extract.",
)
draft = tg.Data(
    "Draft ballast record and port report",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
signed_report = tg.Data(
    "Signed ballast water report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Record Book entry and port-state report, with the chief officer's name and signature.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
filing_receipt = tg.Data("Port filing receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
fleet_view = tg.Data(
    "Fleet compliance overview", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
fleet_query = tg.Data("Dashboard query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
model_package = tg.Data(
    "Compliance model package",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Vessel network", trust=tg.Trust.INTERNAL):
    # The BWTS vendor's sensor unit: the source of the treatment readings.
    bwts = tm.add(
        tg.Device(
            "BWTS sensor unit",
            description="UV intensity, flow and salinity sensors on the treatment skid's PLC.",
        )
    )
    # The ship's GNSS receiver: where the ship is decides which discharge rules apply.
    gnss = tm.add(tg.Device("GNSS receiver", description="Bridge GNSS, NMEA sentences."))
    # Edge box in the engine control room: collects readings, runs the model, syncs ashore.
    gateway = tm.add(
        tg.Service(
            "Onboard ballast gateway",
            description="Industrial PC that logs readings, hosts the model and syncs over VSAT.",
        )
    )
    # The prediction itself: will this discharge comply?
    model = tm.add(
        tg.Model(
            "Discharge compliance model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over treatment readings, position and plan.",
        )
    )
    # Bridge workstation app where the chief officer plans discharges and signs records.
    record_app = tm.add(
        tg.Service(
            "Onboard ballast record app",
            description="Shows predictions and drafts; the officer edits and signs.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the chief officer reviews and signs every record entry and report"
                )
            },
        )
    )
    # Local copy of the ballast records the ship must keep on board for inspection.
    onboard_store = tm.add(
        tg.DataStore("Onboard ballast record store", stores={ballast_log, signed_report})
    )
    # The person who plans discharges and signs for them.
    chief_officer = tm.add(tg.Actor("Chief officer", role="chief officer"))

with tm.boundary("Shore fleet platform", trust=tg.Trust.INTERNAL):
    # Where vessels sync logs and fetch drafts and model updates over VSAT.
    sync_api = tm.add(
        tg.Endpoint(
            "Vessel sync API",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="per-vessel API key")},
        )
    )
    # Fleet-wide history of ballast logs and filed reports.
    fleet_db = tm.add(
        tg.DataStore(
            "Fleet ballast database",
            stores={ballast_log, signed_report, filing_receipt},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds the drafting prompt, calls the LLM, and files signed reports.
    drafting = tm.add(
        tg.Service(
            "Report drafting and filing service",
            description="Drafts record entries and port reports; submits signed reports.",
            controls={tg.controls.SecretsManagement(note="LLM and portal keys in the cloud vault")},
        )
    )
    # Superintendents' view of every ship's ballast status.
    dashboard = tm.add(
        tg.Endpoint(
            "Fleet compliance dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="company SSO (OIDC) with MFA"),
                tg.controls.RBAC(),
            },
        )
    )
    # Holds the released model versions pushed to the ships.
    registry = tm.add(
        tg.ModelRegistry(
            "Compliance model registry",
            stores={model_package},
            controls={tg.controls.ModelVersioning()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Marine superintendents ashore who follow the fleet's compliance.
    superintendent = tm.add(tg.Actor("Shore superintendent", role="marine superintendent"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that writes the drafts.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat-completion API.",
        )
    )

with tm.boundary("Port state authorities", trust=tg.Trust.PARTNER):
    # Where ballast water reports are filed before or after port calls.
    port_portal = tm.add(
        tg.ExternalService(
            "Port authority reporting portal",
            description="Each port state's ballast water reporting system or single window.",
        )
    )

# ---------------------------------------------------------------- flows
# onboard sensing and prediction
tm.flow(bwts, gateway, readings, protocol="modbus")
tm.flow(gnss, gateway, position, protocol="nmea-0183")
tm.flow(chief_officer, record_app, plan, label="plans discharge")
tm.flow(record_app, gateway, plan, protocol="http")
tm.flow(gateway, model, readings, position, plan)
tm.flow(model, gateway, prediction)
tm.flow(gateway, record_app, prediction, protocol="http")
tm.flow(record_app, chief_officer, prediction, draft)
tm.flow(gateway, onboard_store, ballast_log)

# sync ashore over VSAT
tm.flow(gateway, sync_api, ballast_log, protocol="https", label="VSAT log sync")
tm.flow(sync_api, fleet_db, ballast_log)
tm.flow(registry, sync_api, model_package)
tm.flow(sync_api, gateway, model_package, draft, protocol="https", label="VSAT sync")
tm.flow(gateway, model, model_package, label="model update")

# drafting
tm.flow(chief_officer, record_app, draft_request, label="requests draft")
tm.flow(record_app, gateway, draft_request, protocol="http")
tm.flow(gateway, sync_api, draft_request, protocol="https", label="VSAT draft request")
tm.flow(sync_api, drafting, draft_request)
tm.flow(fleet_db, drafting, ballast_log)
tm.flow(drafting, llm, draft_prompt, protocol="https")
tm.flow(llm, drafting, draft, protocol="https")
tm.flow(drafting, sync_api, draft)
tm.flow(gateway, record_app, draft, protocol="http")

# signing and filing
tm.flow(chief_officer, record_app, signed_report, label="signs")
tm.flow(record_app, onboard_store, signed_report)
tm.flow(record_app, gateway, signed_report, protocol="http")
tm.flow(gateway, sync_api, signed_report, protocol="https", label="VSAT report upload")
tm.flow(sync_api, drafting, signed_report)
tm.flow(drafting, fleet_db, signed_report, filing_receipt)
tm.flow(drafting, port_portal, signed_report, protocol="https")
tm.flow(port_portal, drafting, filing_receipt, protocol="https")

# fleet dashboard
tm.flow(superintendent, dashboard, fleet_query, protocol="https")
tm.flow(fleet_db, dashboard, fleet_view)
tm.flow(dashboard, superintendent, fleet_view, protocol="https")
