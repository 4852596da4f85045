"""Hospital pharmacy inventory forecaster: the first design, before any security review.

A US hospital's pharmacy forecasts weekly drug demand per ward. A weekly pipeline
joins dispensing history from the pharmacy dispensing system with the admissions
forecast from bed management, aggregates them per ward and drug, and retrains a
gradient-boosted demand model that is saved to a model registry. A batch forecasting
job loads the model and writes order suggestions into the purchasing system, where
pharmacy buyers review and adjust them and place orders with drug wholesalers over
EDI (AS2). Wholesalers send acknowledgements and backorder notices back; ward staff
report stock-outs, which are recorded and fed back into the next training run.
Everything runs on the hospital's internal network; buyers sign in with hospital SSO,
the pipeline drops patient identifiers before aggregation, EDI messages are signed,
and no order is placed without a buyer's approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital pharmacy inventory forecaster",
    profile=tg.RiskProfile.LOW,
    frameworks={"hipaa"},
    description="Per-ward drug demand forecasts feeding order suggestions for pharmacy buyers.",
)

# ---------------------------------------------------------------- data assets
dispensing = tg.Data(
    "Dispensing history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Dispense events with patient, ward, drug, dose and time (PHI).",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
admissions = tg.Data(
    "Admissions forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Expected admissions and occupancy per ward for the coming weeks.",
)
stockouts = tg.Data("Stock-out reports", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL)
training_set = tg.Data(
    "Ward demand training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_file = tg.Data(
    "Demand model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
forecast = tg.Data("Demand forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
suggestions = tg.Data(
    "Order suggestions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
purchase_order = tg.Data(
    "Purchase orders",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
order_response = tg.Data("Order acknowledgements and backorder notices", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Wholesaler network", trust=tg.Trust.PARTNER):
    # Drug wholesalers receiving purchase orders and confirming or backordering lines.
    wholesaler = tm.add(
        tg.ExternalService("Drug wholesaler EDI", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Ward nurses and technicians who report when a drug runs out on the ward.
    ward_staff = tm.add(tg.Actor("Ward staff", role="nurse or pharmacy technician"))
    # Pharmacy buyers who review suggestions and place the orders.
    buyer = tm.add(tg.Actor("Pharmacy buyer", role="buyer"))
    # Source of dispensing history: every dispense from cabinets and the central pharmacy.
    dispensing_system = tm.add(
        tg.DataSource(
            "Pharmacy dispensing system", origin=tg.Origin.INTERNAL, provides={dispensing}
        )
    )
    # Bed management's admissions and occupancy forecast.
    bed_management = tm.add(
        tg.DataSource("Bed management system", origin=tg.Origin.INTERNAL, provides={admissions})
    )
    # Holds the stock-out reports raised by wards.
    stockout_log = tm.add(tg.DataStore("Stock-out log", stores={stockouts}))
    # Purchasing (materials management) system where buyers see suggestions and raise POs.
    purchasing = tm.add(
        tg.Service(
            "Purchasing system",
            controls={
                c.Authentication(method="hospital SSO"),
                c.HumanInTheLoop(approver="a pharmacy buyer"),
            },
        )
    )
    # Translates purchase orders to EDI 850 and receives 855/856 responses.
    edi_gateway = tm.add(tg.Service("EDI gateway"))

    with tm.boundary("Analytics environment", trust=tg.Trust.INTERNAL):
        # Weekly job that joins, de-identifies and aggregates the inputs per ward and drug.
        prep = tm.add(
            tg.Pipeline(
                "Data preparation pipeline",
                stage=tg.Stage.PREPROCESSING,
                third_party_packages=True,
                controls={
                    c.DataMinimization(note="patient identifiers dropped before aggregation")
                },
            )
        )
        # The aggregated per-ward history used for training.
        dataset = tm.add(tg.Dataset("Ward demand dataset", stores={training_set}))
        # Weekly retraining of the demand model.
        training = tm.add(
            tg.Pipeline("Model training job", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Stores trained model versions (joblib files).
        registry = tm.add(tg.ModelRegistry("Model registry", stores={model_file}))
        # The per-ward demand regressor.
        model = tm.add(tg.Model("Demand forecast model", task=tg.Task.REGRESSOR))
        # Nightly batch job: runs the model and turns forecasts into order suggestions.
        forecaster = tm.add(tg.Service("Forecast batch job"))

# ---------------------------------------------------------------- flows
tm.flow(dispensing_system, prep, dispensing, label="weekly export")
tm.flow(bed_management, prep, admissions)
tm.flow(ward_staff, stockout_log, stockouts, protocol="https", label="report stock-out")
tm.flow(stockout_log, prep, stockouts)
tm.flow(prep, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, model_file)
tm.flow(registry, model, model_file, label="load latest version")

tm.flow(dataset, forecaster, training_set, label="recent demand")
tm.flow(forecaster, model, training_set)
tm.flow(model, forecaster, forecast)
tm.flow(forecaster, purchasing, suggestions, label="order suggestions")

tm.flow(purchasing, buyer, suggestions, protocol="https")
tm.flow(buyer, purchasing, purchase_order, protocol="https", label="approve and adjust")
tm.flow(purchasing, edi_gateway, purchase_order)
tm.flow(edi_gateway, purchasing, order_response)
tm.flow(
    edi_gateway,
    wholesaler,
    purchase_order,
    protocol="https",
    controls={c.MessageIntegrity(note="AS2 signed messages with MDN receipts")},
    label="EDI 850 over AS2",
)
tm.flow(
    wholesaler,
    edi_gateway,
    order_response,
    protocol="https",
    controls={c.MessageIntegrity(note="AS2 signed messages with MDN receipts")},
    label="EDI 855/856 over AS2",
)
tm.flow(purchasing, stockout_log, order_response, label="backorders recorded")
