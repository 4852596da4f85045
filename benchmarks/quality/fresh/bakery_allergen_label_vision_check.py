"""Bakery allergen label vision check: the first design, before any security review.

The chain's central kitchen prints an allergen label for every product batch on
the packing line. A label service on the plant network builds each batch's label
from the recipe and specification system, a SaaS product the developers and the
technical manager use from head office: developers enter recipe changes and the
technical manager approves them before they reach labels. A camera above each
packing line photographs every printed label; a line check service on the plant
network runs an in-house vision model that reads the allergens on the label and
compares them with the recipe system's allergen list for that product. On a
mismatch it tells the packing line PLC to stop the line and records the check.
Quality staff review stopped batches on a release console in the kitchen and
release them. The same label data goes to supermarket customers over AS2 EDI.
Controls: SSO, roles and audit log in the recipe system, approval of recipe
changes, badge login on the release console, TLS to the SaaS and to customers.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bakery allergen label vision check",
    profile=tg.RiskProfile.HIGH,
    description="Camera and model check each printed allergen label against the recipe "
    "system and stop the packing line on a mismatch.",
)

# ---------------------------------------------------------------- data assets
recipe_change = tg.Data(
    "Recipe change",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Ingredients, sub-recipes and the allergen declaration of a product.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
recipe_approval = tg.Data("Recipe change approval", kind="records")
allergen_list = tg.Data(
    "Product allergen list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
label_data = tg.Data(
    "Batch label data",
    kind="records",
    description="Product name, ingredients with allergens emphasised, batch code, best-before.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
expected_allergens = tg.Data(
    "Expected allergens for batch",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
label_image = tg.Data("Printed label image", kind="media")
verdict = tg.Data("Label mismatch verdict", kind="model-output")
stop_command = tg.Data("Line stop command", kind="records")
restart_command = tg.Data("Line restart command", kind="records")
check_record = tg.Data(
    "Label check record",
    kind="logs",
    description="Batch, image, allergens read, verdict and who released the batch.",
)
stopped_batches = tg.Data("Stopped batch list", kind="records")
release = tg.Data("Batch release decision", kind="records")
edi_message = tg.Data(
    "Product label data message",
    kind="documents",
    description="Per-product label and allergen data sent to each supermarket.",
)
edi_ack = tg.Data("AS2 receipt acknowledgement", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Writes recipe changes for new and reformulated products.
    developer = tm.add(tg.Actor("Product developer", role="product development"))
    # Approves every recipe change before it is used for labels.
    tech_manager = tm.add(tg.Actor("Technical manager", role="technical manager", privileged=True))

with tm.boundary("Recipe software vendor cloud", trust=tg.Trust.PARTNER):
    # The single source of recipes and allergen declarations (SaaS).
    recipe_system = tm.add(
        tg.DataStore(
            "Recipe and specification system",
            stores={recipe_change, allergen_list, recipe_approval},
            controls={
                c.Authentication(method="Entra ID single sign-on"),
                c.RBAC(note="developer, technical manager and read-only integration roles"),
                c.HumanInTheLoop(approver="technical manager"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Central kitchen plant network", trust=tg.Trust.INTERNAL):
    # Builds each batch's label from the recipe system and sends it to printer and customers.
    label_service = tm.add(
        tg.Service(
            "Label management service",
            description="Pulls approved allergen lists via the vendor API for each batch.",
            controls={c.SecretsManagement(note="vendor API key in the plant server's vault")},
        )
    )
    # Quality staff see stopped batches here and release them.
    release_console = tm.add(
        tg.Endpoint(
            "Batch release console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff badge and PIN"), c.RBAC()},
        )
    )
    # Keeps every check for traceability and due-diligence records.
    check_store = tm.add(tg.DataStore("Label check records", stores={check_record}))
    # Sends label data to supermarket customers.
    edi_gateway = tm.add(tg.Service("AS2 EDI gateway"))

    with tm.boundary("Packing line OT network", trust=tg.Trust.INTERNAL):
        # Quality staff on the packing floor.
        quality = tm.add(tg.Actor("Quality technician", role="quality staff"))
        # Prints the allergen label for each pack.
        printer = tm.add(tg.Device("Label printer"))
        # Photographs each printed label as it passes.
        camera = tm.add(tg.Device("Line camera"))
        # Runs on the line vision PC: gets expected allergens, runs the model, stops the line.
        check_service = tm.add(
            tg.Service(
                "Line check service",
                description="Treats an unreadable label as a mismatch.",
            )
        )
        # Reads the label's allergen text and compares it with the expected list.
        model = tm.add(
            tg.Model(
                "Allergen label mismatch model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                high_stakes=True,
                description="OCR plus matcher, fine-tuned on the chain's own label designs.",
                controls={c.ModelValidation(note="tested on a set of known good and bad labels")},
            )
        )
        # Stops and restarts the packing conveyor.
        plc = tm.add(tg.Service("Packing line PLC"))

with tm.boundary("Supermarket customers", trust=tg.Trust.PARTNER):
    # The retailers' product data systems receiving label data.
    retailer = tm.add(tg.ExternalService("Supermarket product data systems"))

# ---------------------------------------------------------------- flows
tm.flow(developer, recipe_system, recipe_change, protocol="https")
tm.flow(recipe_system, tech_manager, recipe_change, protocol="https", label="changes to review")
tm.flow(tech_manager, recipe_system, recipe_approval, protocol="https")

tm.flow(recipe_system, label_service, allergen_list, protocol="https", label="approved recipes")
tm.flow(label_service, printer, label_data, protocol="tcp", label="ZPL print job")
tm.flow(label_service, check_service, expected_allergens, protocol="http")

tm.flow(camera, check_service, label_image, protocol="gige vision")
tm.flow(check_service, model, label_image, expected_allergens, protocol="local")
tm.flow(model, check_service, verdict, protocol="local")
tm.flow(check_service, plc, stop_command, protocol="profinet")
tm.flow(check_service, check_store, check_record, protocol="http")

tm.flow(check_store, release_console, stopped_batches, check_record, protocol="http")
tm.flow(release_console, quality, stopped_batches, label="on the panel")
tm.flow(quality, release_console, release, label="on the panel")
tm.flow(release_console, check_service, release, protocol="http")
tm.flow(check_service, plc, restart_command, protocol="profinet")
tm.flow(release_console, check_store, check_record, protocol="http", label="release recorded")

tm.flow(label_service, edi_gateway, edi_message)
tm.flow(edi_gateway, retailer, edi_message, protocol="https", label="AS2")
tm.flow(retailer, edi_gateway, edi_ack, protocol="https", label="AS2 MDN")
