"""Sailmaker loft sail design assistant: the first design, before any security review.

Yacht owners order sails through a web form on the loft's website, giving their
contact details, the yacht's rig and hull particulars and how they sail her. The
loft's sail designers work in a design web app hosted on the loft's cloud tenant
(a public URL behind Google Workspace sign-in with 2-step verification). The app
combines the order, the designer's target wind range and sea state, wind climate
statistics from a weather data provider and cloth specifications from the cloth
catalogue, and asks an in-house regression model for the expected sail loads and
flying shape; it then suggests cloth weights and a panel layout. The designer
approves or edits every layout before it goes to the loft's sail CAD system for
cutting. The model is retrained from past approved designs and from load-cell
loggers flown on the loft's test boat; a design engineer runs the training job and
the registry keeps versioned model files. Order data are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sailmaker loft sail design load prediction",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Predicts sail loads and shape to suggest cloth and panel layouts to designers.",
)

# ---------------------------------------------------------------- data assets
sail_order = tg.Data(
    "Sail order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner name, e-mail, phone, yacht particulars and intended use.",
)
order_confirmation = tg.Data("Order confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
design_brief = tg.Data(
    "Design brief and edits",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Target wind range, sea state, sail type and the designer's edits.",
)
area_query = tg.Data("Sailing area and season", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
wind_climate = tg.Data("Wind climate statistics", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
cloth_specs = tg.Data(
    "Cloth specifications",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Supplier strength and stretch test data, shared under NDA.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_inputs = tg.Data(
    "Load model inputs",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Rig dimensions, righting moment, sail type, wind and sea state.",
)
load_prediction = tg.Data(
    "Sail load and shape prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
layout_suggestion = tg.Data(
    "Suggested cloth and panel layout", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approved_design = tg.Data(
    "Approved sail design",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
design_history = tg.Data(
    "Past designs with predictions", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
measured_loads = tg.Data(
    "Measured sail load readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
training_config = tg.Data(
    "Training job configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_file = tg.Data(
    "Load model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers ordering sails; anyone can fill in the form.
    owner = tm.add(tg.Actor("Yacht owner", role="customer"))

with tm.boundary("Weather data provider", trust=tg.Trust.PARTNER):
    # Long-term wind statistics for the owner's sailing area.
    wind_service = tm.add(
        tg.ExternalService("Wind climate data service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Cloth suppliers", trust=tg.Trust.PARTNER):
    # Monthly spec sheets and test results for each laminate and woven cloth.
    cloth_feed = tm.add(
        tg.DataSource(
            "Cloth supplier spec feed",
            origin=tg.Origin.VENDOR,
            provides={cloth_specs},
            description="CSV exports dropped on the loft's SFTP server by the cloth makers.",
        )
    )

with tm.boundary("Loft cloud tenant", trust=tg.Trust.INTERNAL):
    # Public order form on the loft's website.
    order_form = tm.add(
        tg.Endpoint(
            "Sail order form",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="range checks on rig and hull measurements")},
        )
    )
    # Keeps every order and the owner's contact details.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={sail_order},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The designers' working tool: gathers inputs, calls the model, shows suggestions.
    design_app = tm.add(
        tg.Service(
            "Sail design app",
            internet_facing=True,
            description="Web app on a cloud VM with a public URL, used from the loft.",
            controls={
                c.Authentication(method="Google Workspace sign-in with 2-step verification"),
                c.HumanInTheLoop(approver="the sail designer"),
            },
        )
    )
    # Reference cloth data the layout suggestions are built from.
    catalogue = tm.add(tg.DataStore("Cloth catalogue", stores={cloth_specs}))
    # The regression model itself; wrong loads mean wrong cloth and failed sails.
    load_model = tm.add(
        tg.Model(
            "Sail load and shape model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted regressor trained on past designs and sea-trial loads.",
        )
    )
    # Past approved designs joined with measured loads.
    training_set = tm.add(
        tg.Dataset("Sail load training set", stores={design_history, measured_loads})
    )
    # Retraining job run by the design engineer a few times a season.
    training = tm.add(tg.Pipeline("Load model training", stage=tg.Stage.TRAINING))
    # Versioned model files the design app loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
    )

with tm.boundary("Loft office", trust=tg.Trust.INTERNAL):
    # Designs each sail and signs off every layout.
    designer = tm.add(tg.Actor("Sail designer", role="designer"))
    # Maintains and retrains the model.
    engineer = tm.add(tg.Actor("Design engineer", role="ml engineer", privileged=True))
    # Turns approved designs into cutting files for the plotter.
    cad = tm.add(tg.Service("Sail CAD system"))

with tm.boundary("Loft test boat", trust=tg.Trust.INTERNAL):
    # Load cells on test sails; uploads logs over 4G when back in harbour.
    logger = tm.add(tg.Device("Sail load cell logger", fleet=False))

# ---------------------------------------------------------------- flows
tm.flow(owner, order_form, sail_order, protocol="https")
tm.flow(order_form, owner, order_confirmation, protocol="https")
tm.flow(order_form, order_db, sail_order)
tm.flow(order_db, design_app, sail_order)

tm.flow(designer, design_app, design_brief, protocol="https")
tm.flow(design_app, designer, layout_suggestion, load_prediction, protocol="https")
tm.flow(design_app, wind_service, area_query, protocol="https")
tm.flow(wind_service, design_app, wind_climate, protocol="https")
tm.flow(cloth_feed, catalogue, cloth_specs, protocol="sftp")
tm.flow(catalogue, design_app, cloth_specs)
tm.flow(design_app, load_model, model_inputs)
tm.flow(load_model, design_app, load_prediction)
tm.flow(design_app, cad, approved_design, protocol="https")

tm.flow(design_app, training_set, design_history, label="approved designs")
tm.flow(logger, training_set, measured_loads, protocol="https")
tm.flow(training_set, training, design_history, measured_loads)
tm.flow(engineer, training, training_config, protocol="https")
tm.flow(training, registry, model_file)
tm.flow(registry, load_model, model_file, label="load on deploy")
