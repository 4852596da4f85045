"""Bale quality grading for a tyre recycling plant: the first design.

Our plant in the Netherlands shreds end-of-life tyres into crumb rubber, which
leaves the line in one-tonne bales. Line sensors (particle size analyser,
residual steel and fibre detectors, moisture probe, bale scale) write to the
plant historian over OPC UA, and the lab tests a sample from each bale and
records sieve, steel, fibre and moisture results in the LIMS. A grading service
on the plant's ML server joins each bale's readings and lab results and asks an
in-house classifier for the bale's grade (A, B, C or off-spec), which it writes
to the bale record in the ERP. Sales staff build customer quotes in the quote
tool, which prices the available bales from their grade and the grade price
list; a salesperson checks every quote before it is e-mailed. The model is
retrained monthly on past bales whose grade the quality manager assigned, and
the quality manager promotes a new version after reviewing its hold-out scores.
Staff sign in with Active Directory accounts; the ERP keeps a change log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tyre recycling bale quality grading",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Grades crumb rubber bales from line sensors and lab samples; "
    "grades set the prices in customer quotes.",
)

# ---------------------------------------------------------------- data assets
sensor_readings = tg.Data(
    "Line sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Particle size distribution, residual steel and fibre, moisture, bale weight.",
)
lab_results = tg.Data(
    "Lab sample results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
bale_features = tg.Data("Bale features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
grade_labels = tg.Data(
    "Assigned bale grades",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Grades the quality manager set on past bales from the lab results.",
)
model_file = tg.Data(
    "Grading model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
promotion = tg.Data("Model promotion approval", kind="records")
bale_grade = tg.Data(
    "Bale grade",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
bale_records = tg.Data(
    "Bale records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Bale id, weight, grade, storage bay and sale status.",
)
price_list = tg.Data("Grade price list", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
quote_request = tg.Data(
    "Quote request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer company, contact name and e-mail, tonnage and grade wanted.",
)
customer_quote = tg.Data(
    "Customer quote",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDF quote naming the contact, bales offered, grades and price per tonne.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant OT network", trust=tg.Trust.INTERNAL):
    # Measures every bale on the line; the model's main inputs.
    sensors = tm.add(tg.Device("Line quality sensors", fleet=True))
    # Time-series store the sensors already write to for process control.
    historian = tm.add(tg.DataStore("Plant historian", stores={sensor_readings}))

with tm.boundary("Plant office network", trust=tg.Trust.INTERNAL):
    # Tests a sample of each bale in the plant lab.
    lab_tech = tm.add(tg.Actor("Lab technician", role="lab staff"))
    # Lab system of record for sample results.
    lims = tm.add(
        tg.DataStore(
            "LIMS",
            stores={lab_results},
            controls={c.Authentication(method="Active Directory password")},
        )
    )
    # Owns the grading standard: sets training grades and promotes models.
    quality_manager = tm.add(tg.Actor("Quality manager", role="quality manager", privileged=True))
    # Stock and sales system holding each bale's grade and the customer records.
    erp = tm.add(
        tg.DataStore(
            "ERP",
            stores={bale_records, quote_request},
            controls={
                c.Authentication(method="Active Directory password"),
                c.RBAC(),
                c.AuditLogging(note="ERP change log on bale records"),
            },
        )
    )
    # Reference prices per grade, maintained by the sales manager.
    prices = tm.add(tg.DataStore("Price list table", stores={price_list}))
    # Builds quotes: available bales times the price for their grade.
    quote_tool = tm.add(
        tg.Service(
            "Quote tool",
            description="Prices each offered bale from its grade in the ERP and the price list.",
            controls={c.HumanInTheLoop(approver="salesperson checks every quote before sending")},
        )
    )
    # Takes enquiries and sends the quotes.
    sales = tm.add(tg.Actor("Sales staff", role="sales"))

    with tm.boundary("ML server", trust=tg.Trust.INTERNAL):
        # Joins historian readings and lab results per bale.
        feature_job = tm.add(tg.Pipeline("Bale feature pipeline", stage=tg.Stage.PREPROCESSING))
        # Past bales with their features and assigned grades.
        training_set = tm.add(
            tg.Dataset("Bale grading training set", stores={bale_features, grade_labels})
        )
        # Monthly retraining of the classifier.
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="hold-out accuracy compared with the live model")},
            )
        )
        # Keeps model versions; the grading service loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
        )
        # Scores each bale once its lab result is in and writes the grade back.
        grading_service = tm.add(tg.Service("Grading service"))
        # Gradient-boosted classifier grading bales A, B, C or off-spec.
        model = tm.add(
            tg.Model(
                "Bale grading model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                description="Grade decides the bale's price per tonne in quotes.",
            )
        )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Sports-surface, asphalt and moulding companies buying crumb rubber.
    customer = tm.add(tg.Actor("Customer buyer", role="customer"))

# ---------------------------------------------------------------- flows
tm.flow(sensors, historian, sensor_readings, protocol="opc-ua")
tm.flow(lab_tech, lims, lab_results, label="enters sample results")

tm.flow(historian, feature_job, sensor_readings)
tm.flow(lims, feature_job, lab_results)
tm.flow(feature_job, grading_service, bale_features)
tm.flow(feature_job, training_set, bale_features)
tm.flow(quality_manager, training_set, grade_labels, label="assigns grades to past bales")
tm.flow(training_set, training, bale_features, grade_labels)
tm.flow(training, registry, model_file)
tm.flow(quality_manager, registry, promotion, label="promotes a version")
tm.flow(registry, model, model_file, label="load promoted version")

tm.flow(grading_service, model, bale_features)
tm.flow(model, grading_service, bale_grade)
tm.flow(grading_service, erp, bale_grade, protocol="https")
tm.flow(erp, grading_service, bale_records, protocol="https", label="bales awaiting grade")

tm.flow(customer, sales, quote_request, protocol="smtp+starttls", label="enquiry by e-mail")
tm.flow(sales, quote_tool, quote_request, protocol="https")
tm.flow(erp, quote_tool, bale_records, protocol="https")
tm.flow(prices, quote_tool, price_list)
tm.flow(quote_tool, erp, quote_request, protocol="https")
tm.flow(quote_tool, sales, customer_quote, protocol="https")
tm.flow(sales, customer, customer_quote, protocol="smtp+starttls", label="quote by e-mail")
