"""Hospital linen and scrubs RFID stock forecasting: the first design, before any security review.

Every sheet, gown and set of scrubs carries a washable RFID tag. Readers over the ward
doors and at the contractor's laundry count items in and out, and post their tag reads
over the hospital Wi-Fi (and, from the laundry, the internet) to the RFID vendor's cloud
platform, authenticating with a per-reader API key. The vendor platform keeps the counts,
runs a nightly job that asks a forecasting model for each ward's linen needs and a loss
model for items that have gone missing, and retrains the forecaster weekly on the count
history. Ward managers see stock levels, forecasts and loss flags in the vendor's web
dashboard, signing in with e-mail and password. A nightly export sends the counts and
forecasts to the laundry contractor over SFTP; the contractor bills the hospital per item
and e-mails the invoice to hospital finance. The count database is encrypted at rest.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Hospital linen RFID stock forecasting",
    profile=tg.RiskProfile.LOW,
    description=(
        "RFID counts of linen and scrubs per ward, with demand forecasts and loss flags "
        "on the RFID vendor's cloud platform, shared with the laundry contractor for billing."
    ),
)

# ---------------------------------------------------------------- data assets
ward_reads = tg.Data(
    "Ward door tag reads",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tag id, reader id, direction and time, as items pass a ward door.",
)
laundry_reads = tg.Data(
    "Laundry tag reads",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tag ids counted as soiled items arrive and clean items leave the laundry.",
)
counts = tg.Data(
    "Item counts per ward",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
count_history = tg.Data("Count history", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL)
forecast_inputs = tg.Data("Forecast features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
forecasts = tg.Data(
    "Ward linen forecasts", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
loss_flags = tg.Data("Linen loss flags", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
forecast_model_artifact = tg.Data(
    "Forecast model artifact", kind="model-artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
stock_view = tg.Data(
    "Stock levels, forecasts and loss flags", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
stock_query = tg.Data(
    "Dashboard ward selection", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
billing_export = tg.Data(
    "Counts and forecasts for billing",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
invoice = tg.Data(
    "Per-item laundry invoice",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
platform_admin = tg.Data("Platform configuration changes", kind="instructions")

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Ward managers check their ward's stock and order top-ups from the laundry.
    ward_manager = tm.add(tg.Actor("Ward manager", role="ward manager"))
    # Accounts payable checks and pays the laundry contractor's per-item invoices.
    finance = tm.add(tg.Actor("Hospital finance officer", role="accounts payable"))

    with tm.boundary("Hospital Wi-Fi", trust=tg.Trust.INTERNAL):
        # Fixed UHF RFID readers over each ward door, on the staff Wi-Fi (WPA2 pre-shared key).
        ward_readers = tm.add(tg.Device("Ward door RFID readers", fleet=True))

with tm.boundary("Laundry contractor", trust=tg.Trust.PARTNER):
    # Tunnel reader at the contractor's laundry that counts items in and out.
    laundry_reader = tm.add(tg.Device("Laundry RFID reader", fleet=False))
    # The contractor's billing system: turns counts into per-item invoices.
    contractor_billing = tm.add(
        tg.ExternalService("Laundry contractor billing system", provides="generic")
    )

with tm.boundary("RFID vendor cloud", trust=tg.Trust.PARTNER):
    # Receives tag reads from every reader.
    ingest = tm.add(
        tg.Endpoint(
            "Tag read ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-reader API key")},
        )
    )
    # Counts per ward and item type, plus the stored forecasts and loss flags.
    count_db = tm.add(
        tg.DataStore(
            "Item count database",
            stores={counts, count_history, forecasts, loss_flags},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs every night: builds features, calls both models, stores the results.
    forecasting_job = tm.add(tg.Service("Nightly forecasting job"))
    # Predicts each ward's linen demand for the coming days.
    forecast_model = tm.add(
        tg.Model("Linen demand forecast model", task=tg.Task.REGRESSOR, origin="in-house")
    )
    # Flags items seen leaving a ward and never reaching the laundry.
    loss_model = tm.add(
        tg.Model("Linen loss detection model", task=tg.Task.DETECTOR, origin="in-house")
    )
    # Weekly retraining of the forecaster on the count history.
    retraining = tm.add(tg.Pipeline("Weekly forecast retraining", stage=tg.Stage.TRAINING))
    # Web dashboard for the hospital's ward managers.
    dashboard = tm.add(
        tg.Endpoint(
            "Stock dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Sends the contractor the data it bills from.
    export_job = tm.add(tg.Service("Nightly contractor export job"))
    # Vendor staff who run the platform and deploy model changes.
    vendor_ops = tm.add(tg.Actor("Vendor platform engineer", role="operations", privileged=True))

# ---------------------------------------------------------------- flows
# Tag reads in
tm.flow(ward_readers, ingest, ward_reads, protocol="https", label="over hospital Wi-Fi")
tm.flow(laundry_reader, ingest, laundry_reads, protocol="https")
tm.flow(ingest, count_db, counts)

# Forecasting and loss detection
tm.flow(count_db, forecasting_job, counts, count_history)
tm.flow(forecasting_job, forecast_model, forecast_inputs)
tm.flow(forecast_model, forecasting_job, forecasts)
tm.flow(forecasting_job, loss_model, forecast_inputs)
tm.flow(loss_model, forecasting_job, loss_flags)
tm.flow(forecasting_job, count_db, forecasts, loss_flags)
tm.flow(count_db, retraining, count_history)
tm.flow(retraining, forecast_model, forecast_model_artifact, label="weekly deploy")
tm.flow(vendor_ops, retraining, platform_admin, protocol="https")

# Ward managers
tm.flow(ward_manager, dashboard, stock_query, protocol="https")
tm.flow(dashboard, count_db, stock_query)
tm.flow(count_db, dashboard, stock_view)
tm.flow(dashboard, ward_manager, stock_view, protocol="https")

# Billing
tm.flow(count_db, export_job, counts, forecasts)
tm.flow(export_job, contractor_billing, billing_export, protocol="sftp")
tm.flow(contractor_billing, finance, invoice, protocol="smtp", label="invoice e-mail")
