"""Neonatal feeding volume calculator: the first design, before any security review.

The neonatal intensive care unit of a US hospital uses a vendor-hosted model that
recommends each premature baby's daily enteral milk volume and fortifier dose. The
hospital's integration engine pulls the baby's current weight, gestational and
corrected age and recent lab results (sodium, urea, alkaline phosphatase) from the
EHR over FHIR and sends them to the vendor's recommendation API, authenticated with
a per-hospital API key. The unit dietitian sets the unit's feeding targets in the
vendor's configuration portal. The recommendation is shown in a feeding order screen
where a bedside nurse checks it and a neonatologist signs the order; only signed
orders are written to the EHR and sent to the milk kitchen's preparation system,
whose technicians make up and label the feeds. Staff sign in with hospital SSO; the
EHR has role-based access and audit logging; the vendor keeps a request log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Neonatal feeding volume calculator",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Vendor-hosted model recommending daily milk volumes and fortifier for NICU babies.",
)

# ---------------------------------------------------------------- data assets
infant_data = tg.Data(
    "Infant weight, gestational age and lab results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
recommendation = tg.Data(
    "Feed volume and fortifier recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
nurse_check = tg.Data(
    "Nurse check of recommendation", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
feed_order = tg.Data(
    "Signed feed order",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
prep_worklist = tg.Data(
    "Milk preparation worklist", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
prep_record = tg.Data(
    "Feed preparation record", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
bottle_label = tg.Data("Feed bottle label", kind="records", sensitivity=tg.Sensitivity.REGULATED)
unit_targets = tg.Data(
    "Unit feeding targets",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Fluid ml/kg/day ranges, advancement rates and fortifier thresholds for the unit.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
request_log = tg.Data(
    "Recommendation request log", kind="logs", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Bedside nurse: checks each recommendation against the baby before it is ordered.
    nurse = tm.add(tg.Actor("NICU bedside nurse", role="nurse"))
    # Neonatologist: signs the feed order; the clinical decision stays theirs.
    neonatologist = tm.add(tg.Actor("Neonatologist", role="physician"))
    # Dietitian: owns the unit's feeding targets the model works within.
    dietitian = tm.add(tg.Actor("Neonatal dietitian", role="dietitian"))
    # Milk kitchen technician: makes up and labels the feeds from the worklist.
    technician = tm.add(tg.Actor("Milk kitchen technician", role="milk technician"))

    # The EHR is the system of record for the baby's measurements, labs and orders.
    ehr = tm.add(
        tg.DataStore(
            "EHR",
            stores={infant_data, feed_order},
            controls={
                c.RBAC(),
                c.AuditLogging(),
                c.EncryptionAtRest(key_management="EHR vendor-managed database encryption"),
            },
        )
    )
    # Integration engine: the only component that talks to the vendor; gathers the inputs.
    integration = tm.add(
        tg.Service(
            "Integration engine",
            description="Hospital interface engine: pulls inputs from the EHR, calls the vendor API, "
            "routes recommendations and signed orders.",
            controls={
                c.SecretsManagement(note="vendor API key held in the engine's credential vault")
            },
        )
    )
    # Feeding order screen: where the nurse checks and the neonatologist signs.
    order_screen = tm.add(
        tg.Service(
            "Feeding order screen",
            description="EHR-embedded screen showing the recommendation beside the baby's inputs.",
            controls={
                c.Authentication(method="hospital SSO with badge tap and PIN"),
                c.RBAC(),
                c.HumanInTheLoop(approver="bedside nurse check, then neonatologist signature"),
            },
        )
    )
    # Milk kitchen preparation system: turns signed orders into preparation worklists and labels.
    milk_kitchen = tm.add(
        tg.Service(
            "Milk kitchen preparation system",
            description="Breast milk and formula preparation software in the milk kitchen.",
            controls={c.Authentication(method="hospital SSO with badge tap and PIN")},
        )
    )
    # Label printer: prints the bottle labels the feeds are given from.
    label_printer = tm.add(tg.Device("Milk kitchen label printer", fleet=False))

with tm.boundary("Vendor cloud", trust=tg.Trust.PARTNER):
    # Vendor API: the hospital's entry point to the hosted model.
    vendor_api = tm.add(
        tg.Endpoint(
            "Vendor recommendation API",
            purpose=tg.EndpointPurpose.INFERENCE,
            controls={
                c.Authentication(method="per-hospital API key"),
                c.InputValidation(note="rejects missing or out-of-range weight and gestation"),
            },
        )
    )
    # The model itself: a regression over the baby's growth and labs.
    feeding_model = tm.add(
        tg.Model(
            "Feeding volume model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Vendor's model recommending ml/kg/day volume and fortifier strength.",
            controls={c.ModelVersioning(), c.ModelValidation(note="vendor's clinical validation")},
        )
    )
    # Per-unit configuration the dietitian maintains in the vendor portal.
    target_config = tm.add(tg.DataStore("Unit feeding target configuration", stores={unit_targets}))
    # Vendor keeps each request and answer for support and its own monitoring.
    vendor_log = tm.add(tg.DataStore("Vendor request log", stores={request_log}))

# ---------------------------------------------------------------- flows
tm.flow(ehr, integration, infant_data, protocol="https", label="FHIR read")
tm.flow(integration, vendor_api, infant_data, protocol="https")
tm.flow(vendor_api, feeding_model, infant_data)
tm.flow(target_config, feeding_model, unit_targets)
tm.flow(feeding_model, vendor_api, recommendation)
tm.flow(vendor_api, vendor_log, request_log)
tm.flow(vendor_api, integration, recommendation, protocol="https")

tm.flow(
    dietitian, target_config, unit_targets, protocol="https", label="vendor configuration portal"
)

tm.flow(integration, order_screen, recommendation)
tm.flow(order_screen, nurse, recommendation, infant_data)
tm.flow(nurse, order_screen, nurse_check)
tm.flow(order_screen, neonatologist, recommendation, infant_data, nurse_check)
tm.flow(neonatologist, order_screen, feed_order)
tm.flow(order_screen, ehr, feed_order)

tm.flow(ehr, integration, feed_order, label="signed orders", protocol="https")
tm.flow(integration, milk_kitchen, feed_order, protocol="hl7 mllp")
tm.flow(milk_kitchen, technician, prep_worklist)
tm.flow(technician, milk_kitchen, prep_record)
tm.flow(milk_kitchen, label_printer, bottle_label)
tm.flow(milk_kitchen, integration, prep_record, protocol="hl7 mllp")
tm.flow(integration, ehr, prep_record, protocol="https")
