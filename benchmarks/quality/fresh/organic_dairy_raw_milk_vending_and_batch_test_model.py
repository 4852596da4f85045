"""Organic dairy raw milk vending with a batch release model: the first design.

An organic dairy farm sells raw milk from a vending machine at the farm gate. Each
morning the machine's milk container is filled from the bulk tank, and that fill is
a batch. A small classifier on the farm office PC reads the accredited laboratory's
results for the farm's milk (total bacterial count, somatic cells, pathogen screens),
the farmer's own on-farm residue tests and the bulk tank temperature log, and decides
whether the batch may be released. The release service sends the decision through
the vending machine maker's cloud, which unlocks or locks the machine over 4G.
Customers pay by contactless card at the machine; the card reader is the payment
provider's own terminal and talks only to the provider. The model was trained by an
agricultural consultancy on the farm's batch history and is delivered as a file.
Controls in this design: the provider's P2PE card reader, schema checks on the lab
import, a hold when results or the model are missing, the machine's own cooling
interlock, nightly database backups and the office PC's Windows login.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Organic dairy raw milk vending and batch test model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss"},
    description="Raw milk vending machine whose batches are released by a model reading lab "
    "results and the bulk tank temperature log; card payments at the machine.",
)

# ---------------------------------------------------------------- data assets
card_payment = tg.Data(
    "Card payment data",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Card number and contactless cryptogram read by the terminal.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
authorisation = tg.Data(
    "Payment authorisation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
selection = tg.Data("Product selection", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
display_message = tg.Data(
    "Machine display message", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
sales_telemetry = tg.Data(
    "Sales and stock telemetry", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
release_instruction = tg.Data(
    "Batch release instruction",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Unlock or lock the machine for the batch filled this morning.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
tank_temperature = tg.Data(
    "Bulk tank temperature log",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
lab_results = tg.Data(
    "Laboratory milk test results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Total bacterial count, somatic cell count, E. coli, Salmonella, Listeria "
    "and Campylobacter screens per sample.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
residue_tests = tg.Data(
    "On-farm residue test results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Antibiotic residue strip tests and cows withheld under treatment.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
batch_features = tg.Data("Batch features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
release_decision = tg.Data(
    "Batch release decision",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
batch_history = tg.Data(
    "Batch history with outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past batches with their results, temperatures and later lab confirmations.",
)
model_file = tg.Data(
    "Batch release model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public roadside", trust=tg.Trust.UNTRUSTED):
    # Anyone driving past can buy milk; no account, pays by card.
    customer = tm.add(tg.Actor("Customer", role="buyer of raw milk"))

with tm.boundary(
    "Farm gate vending kiosk",
    trust=tg.Trust.INTERNAL,
    description="Unattended kiosk at the farm entrance, open to the public day and night.",
):
    # The refrigerated dispenser with its own controller; sells only an unlocked batch.
    vending_machine = tm.add(
        tg.Device(
            "Raw milk vending machine",
            fleet=False,
            description="Refrigerated dispenser; its controller talks to the maker's cloud over 4G.",
            controls={
                c.SafetyLimits(
                    limits="the machine's controller stops dispensing when the milk "
                    "compartment is above 6 °C"
                )
            },
        )
    )
    # The payment provider's contactless terminal, fitted into the machine's front.
    card_reader = tm.add(
        tg.Device(
            "Contactless card reader",
            fleet=False,
            description="Provider-certified terminal connected to the machine over the MDB bus.",
        )
    )

with tm.boundary("Milk room", trust=tg.Trust.INTERNAL):
    # Logs the bulk tank temperature every five minutes; part of the milk cooler.
    temp_logger = tm.add(
        tg.Device("Bulk tank temperature logger", fleet=False, description="On the farm LAN.")
    )

with tm.boundary("Farm office", trust=tg.Trust.INTERNAL):
    # Milks the cows, fills the machine, runs residue tests and reads the release alerts.
    farmer = tm.add(tg.Actor("Farmer", role="dairy farmer and operator", privileged=True))
    # Downloads the lab's result file and reads the temperature logger into the database.
    import_job = tm.add(
        tg.Pipeline(
            "Daily result import job",
            stage=tg.Stage.INGESTION,
            description="Scheduled task on the office PC.",
            controls={
                c.SchemaEnforcement(
                    note="rows without a sample id, a date or counts in range are rejected"
                )
            },
        )
    )
    # One database for results, temperatures, residue tests and release decisions.
    batch_db = tm.add(
        tg.DataStore(
            "Batch records database",
            stores={lab_results, tank_temperature, residue_tests, release_decision, batch_history},
            controls={c.DataVersioning(note="nightly backup to an external drive")},
        )
    )
    # The classifier that decides whether a batch may be sold.
    release_model = tm.add(
        tg.Model(
            "Batch release model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; a contamination probability under the "
            "threshold releases the batch.",
        )
    )
    # Builds each batch's features, asks the model and tells the machine; the farmer's UI.
    release_service = tm.add(
        tg.Service(
            "Batch release service",
            description="Desktop application on the office PC, with a small web page for the farmer.",
            controls={
                c.Authentication(method="Windows account password on the office PC"),
                c.FailClosed(
                    fallback="a batch with no lab result from the last 72 hours or no model "
                    "answer stays locked and the farmer is alerted"
                ),
            },
        )
    )

with tm.boundary("Testing laboratory", trust=tg.Trust.PARTNER):
    # The accredited lab that tests the farm's milk samples, picked up twice a week.
    lab_portal = tm.add(
        tg.DataSource(
            "Milk testing laboratory portal",
            origin=tg.Origin.PARTNER,
            provides={lab_results},
            description="Results downloadable as CSV with the farm's portal login.",
        )
    )

with tm.boundary("Vending machine maker", trust=tg.Trust.PARTNER):
    # The machine maker's cloud: remote lock/unlock and sales reports for all its machines.
    vendor_cloud = tm.add(
        tg.ExternalService(
            "Vending machine maker cloud",
            description="Relays commands to the machine and collects its sales and stock.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Authorises the card payments taken at the machine.
    processor = tm.add(tg.ExternalService("Card payment processor"))

with tm.boundary("Dairy consultancy", trust=tg.Trust.PARTNER):
    # The consultancy's copy of the farm's batch history, sent to them once a year.
    history_set = tm.add(tg.Dataset("Batch history training set", stores={batch_history}))
    # Trains and evaluates the release model for the farm.
    training = tm.add(
        tg.Pipeline(
            "Release model training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="evaluated on the last season's held-out batches")},
        )
    )

# ---------------------------------------------------------------- flows
# Buying milk at the machine
tm.flow(customer, vending_machine, selection, label="buttons on the panel")
tm.flow(vending_machine, customer, display_message, label="on the display")
tm.flow(customer, card_reader, card_payment, protocol="nfc")
tm.flow(
    card_reader,
    processor,
    card_payment,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2 with P2PE encryption in the terminal")},
)
tm.flow(processor, card_reader, authorisation, protocol="https")
tm.flow(card_reader, vending_machine, authorisation, protocol="mdb")

# Machine management through the maker's cloud
tm.flow(vending_machine, vendor_cloud, sales_telemetry, protocol="mqtts", label="over 4G")
tm.flow(vendor_cloud, vending_machine, release_instruction, protocol="mqtts", label="over 4G")
tm.flow(
    release_service,
    vendor_cloud,
    release_instruction,
    protocol="https",
    controls={c.Authentication(method="farm's API key for the maker's cloud")},
)
tm.flow(vendor_cloud, release_service, sales_telemetry, protocol="https")

# Test results and temperatures in
tm.flow(temp_logger, import_job, tank_temperature, protocol="modbus-tcp")
tm.flow(lab_portal, import_job, lab_results, protocol="https", label="daily CSV download")
tm.flow(import_job, batch_db, lab_results, tank_temperature)

# Deciding on a batch
tm.flow(farmer, release_service, residue_tests, label="typed in on the office PC")
tm.flow(release_service, batch_db, residue_tests, release_decision)
tm.flow(
    batch_db, release_service, lab_results, tank_temperature, residue_tests, label="batch lookup"
)
tm.flow(release_service, release_model, batch_features)
tm.flow(release_model, release_service, release_decision)
tm.flow(release_service, farmer, release_decision, sales_telemetry, label="on the office PC")

# Model training at the consultancy
tm.flow(batch_db, history_set, batch_history, protocol="https", label="yearly export upload")
tm.flow(history_set, training, batch_history)
tm.flow(training, release_model, model_file, protocol="https", label="model file delivered")
