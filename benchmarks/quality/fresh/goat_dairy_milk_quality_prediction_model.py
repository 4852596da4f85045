"""Goat dairy milk quality prediction: the first design, before any security review.

A goat dairy cooperative in the Netherlands pays its member farms per litre, with a
monthly quality adjustment. A model predicts each farm's milk quality and somatic
cell count from its milking robots' records and the lab's tank-sample results, and
a monthly job turns the predictions into the price adjustment that goes into the
cooperative's payment run. The robots upload their records to an ingestion API in
the cooperative's cloud; the milk testing lab drops result files on an SFTP
server. Farmers sign in to a portal to see their predicted and actual figures and
their payment statements. An external data-science consultant retrains the model
each quarter on his own machine from an exported training set, and uploads the new
model file. Controls in this design: per-farm API keys for robot uploads, SSH keys
for the lab, schema checks on ingestion, portal sign-in with each farm seeing only
its own data, encrypted storage, and an audit log of the monthly price runs.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Goat dairy milk quality prediction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Predicts milk quality per member farm and adjusts the monthly milk price.",
)

# ---------------------------------------------------------------- data assets
milking_records = tg.Data(
    "Milking robot records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Per milking: animal, yield, conductivity, temperature, milking time.",
)
lab_results = tg.Data(
    "Lab test results",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Somatic cell count, fat, protein and bacteria per farm tank sample.",
)
farm_history = tg.Data(
    "Farm milk history",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="features",
    description="Monthly per-farm aggregates of robot records and lab results.",
)
training_set = tg.Data(
    "Quarterly training extract",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_file = tg.Data("Quality model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
predictions = tg.Data(
    "Predicted quality and somatic cell count",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
)
price_adjustment = tg.Data(
    "Farm price adjustment",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Cents per litre added or deducted for the month, per farm.",
)
member_payments = tg.Data(
    "Member payment records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Member farmer names, bank account details, litres delivered and amounts paid.",
)
statement = tg.Data("Monthly payment statement", sensitivity=tg.Sensitivity.PII, kind="records")
dashboard = tg.Data(
    "Farm quality dashboard",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Predicted and actual figures for the farm, month by month.",
)
portal_request = tg.Data("Portal request", sensitivity=tg.Sensitivity.PII, kind="records")
run_approval = tg.Data("Payment run approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
training_code = tg.Data("Training notebook", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="code")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Member farmers, who check their figures and statements.
    farmer = tm.add(tg.Actor("Member farmer", role="member farm"))

with tm.boundary("Member farms", trust=tg.Trust.PARTNER):
    # Milking robots on each member farm, uploading records daily.
    robots = tm.add(tg.Device("Milking robot", fleet=True))

with tm.boundary("Milk testing lab", trust=tg.Trust.PARTNER):
    # The accredited lab that tests tank samples and sends result files.
    lab = tm.add(
        tg.DataSource("Milk testing lab", origin=tg.Origin.PARTNER, provides={lab_results})
    )

with tm.boundary("Consultant's office", trust=tg.Trust.PARTNER):
    # Retrains the model each quarter.
    consultant = tm.add(
        tg.Actor("Data science consultant", role="external consultant", privileged=True)
    )
    # The consultant's own machine, where the quarterly retraining runs.
    training = tm.add(
        tg.Pipeline(
            "Consultant training environment",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Python notebooks with scikit-learn and LightGBM; exports a joblib file.",
        )
    )

with tm.boundary("Cooperative cloud", trust=tg.Trust.INTERNAL):
    # Receives the lab's result files.
    sftp = tm.add(
        tg.Service(
            "Lab SFTP server",
            controls={tg.controls.Authentication(method="SSH key issued to the lab")},
        )
    )
    # Parses robot uploads and lab files into the warehouse.
    ingestion = tm.add(
        tg.Pipeline(
            "Milk data ingestion",
            stage=tg.Stage.INGESTION,
            controls={
                tg.controls.Authentication(method="per-farm API key for robot uploads"),
                tg.controls.SchemaEnforcement(note="robot JSON and lab CSV layouts are checked"),
            },
        )
    )
    # All milk data, per farm and month.
    warehouse = tm.add(
        tg.DataStore(
            "Milk data warehouse",
            stores={milking_records, lab_results, farm_history, predictions},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The extract shared with the consultant each quarter.
    extract = tm.add(
        tg.Dataset(
            "Training extract share",
            stores={training_set},
            controls={tg.controls.Authentication(method="guest account with MFA")},
        )
    )
    # Where the consultant uploads each new model file.
    model_share = tm.add(
        tg.ModelRegistry(
            "Model file share",
            stores={model_file},
            controls={tg.controls.Authentication(method="guest account with MFA")},
        )
    )
    # The quality model itself, loaded by the monthly job.
    model = tm.add(
        tg.Model(
            "Milk quality model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted regressor; its output sets part of each farm's milk price.",
        )
    )
    # Runs the model for every farm at month end.
    job = tm.add(tg.Service("Monthly prediction job"))
    # Turns predictions into the per-litre price adjustment.
    pricing = tm.add(
        tg.Service(
            "Milk price calculation",
            controls={tg.controls.AuditLogging(retention_days=2555)},
        )
    )
    # The cooperative's accounting system, which makes the monthly payment run.
    accounting = tm.add(tg.DataStore("Accounting system", stores={member_payments}))
    # Farmers' view of their figures and statements.
    portal = tm.add(
        tg.Endpoint(
            "Farm portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.ABAC(note="each farm account sees only its own farm"),
            },
        )
    )

with tm.boundary("Cooperative office", trust=tg.Trust.INTERNAL):
    # Signs off the monthly payment run.
    officer = tm.add(tg.Actor("Payments officer", role="finance staff"))

# ---------------------------------------------------------------- flows
# Data in
tm.flow(robots, ingestion, milking_records, protocol="https")
tm.flow(lab, sftp, lab_results, protocol="sftp")
tm.flow(sftp, ingestion, lab_results)
tm.flow(ingestion, warehouse, milking_records, lab_results, farm_history)

# Quarterly retraining by the consultant
tm.flow(warehouse, extract, training_set, label="quarterly export")
tm.flow(extract, training, training_set, protocol="https")
tm.flow(consultant, training, training_code)
tm.flow(training, model_share, model_file, protocol="https")
tm.flow(model_share, model, model_file, label="loaded at month end")

# Monthly prediction and pricing
tm.flow(warehouse, job, farm_history)
tm.flow(job, model, farm_history)
tm.flow(model, job, predictions)
tm.flow(job, warehouse, predictions)
tm.flow(job, pricing, predictions)
tm.flow(pricing, accounting, price_adjustment)
tm.flow(accounting, officer, statement, protocol="https")
tm.flow(officer, accounting, run_approval, protocol="https")

# Farm portal
tm.flow(farmer, portal, portal_request, protocol="https")
tm.flow(warehouse, portal, farm_history, predictions)
tm.flow(accounting, portal, statement)
tm.flow(portal, farmer, dashboard, statement, protocol="https")
