"""Estate agent floorplan measurement: the first design, before any security review.

An estate agency draws the floorplans for its listings from what its agents
capture at valuation viewings: room photos and LiDAR scans taken with a capture
app on agency-issued phones. The app uploads them to the agency's cloud account,
where a processing service runs a room-layout detection model (fine-tuned from a
public pretrained checkpoint) and turns its wall, door and window outlines into
a draft floorplan with room measurements and total floor area. A floorplan
technician in the office checks and corrects each draft in a web editor and
publishes it to the listing in the agency's SaaS CRM, which feeds the property
portals. Corrected floorplans are kept as labels for periodic fine-tuning.
Staff sign in with the agency's Microsoft 365 accounts and MFA; uploads are
type and size checked; storage uses the cloud provider's encryption.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Estate agent floorplan measurement",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Floorplans and room measurements from viewing photos and phone LiDAR scans.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Room photos",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Interiors of sellers' and tenants' homes; can show occupants, "
    "belongings, letters and security features.",
)
scans = tg.Data(
    "LiDAR room scans",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="media",
    description="Point clouds and meshes of each room, from the phone's LiDAR sensor.",
)
capture_meta = tg.Data(
    "Capture metadata",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Property reference and address, agent, time and GPS position.",
)
appointments = tg.Data(
    "Valuation appointments",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Property address, seller's name and phone number, viewing time.",
)
room_layout = tg.Data(
    "Detected room layout",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Wall, door and window outlines per room, with confidence values.",
)
draft_floorplan = tg.Data(
    "Draft floorplan and room measurements",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
corrected_floorplan = tg.Data(
    "Corrected floorplan",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="labels",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
technician_edits = tg.Data(
    "Technician corrections", sensitivity=tg.Sensitivity.INTERNAL, kind="labels"
)
published_floorplan = tg.Data(
    "Published floorplan",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Floorplan image with room sizes and total floor area for the listing.",
)
listing = tg.Data(
    "Property listing",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Address, price, description, photos and floorplan as advertised.",
)
base_checkpoint = tg.Data(
    "Pretrained base checkpoint", sensitivity=tg.Sensitivity.PUBLIC, format="pickle"
)
model_weights = tg.Data(
    "Room layout model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release_approval = tg.Data(
    "Model release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Viewings (mobile network)", trust=tg.Trust.UNTRUSTED):
    # The agent who does the valuation viewing and captures the rooms.
    negotiator = tm.add(tg.Actor("Estate agent", role="valuer and negotiator"))
    # Agency-issued LiDAR phones running the capture app; they travel to every viewing.
    capture_app = tm.add(
        tg.Device(
            "Capture app on agency phones",
            fleet=True,
            description="iOS app that guides the room walk-through and queues uploads.",
        )
    )

with tm.boundary("Public model hub", trust=tg.Trust.UNTRUSTED):
    # Where the pretrained layout checkpoint we fine-tune comes from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("CRM vendor", trust=tg.Trust.PARTNER):
    # The agency's SaaS CRM: appointments, properties and listings.
    crm = tm.add(
        tg.DataStore(
            "Listing CRM",
            stores={appointments, listing},
            controls={tg.controls.RBAC()},
        )
    )

with tm.boundary("Property portals", trust=tg.Trust.PARTNER):
    # The portals where listings are advertised to buyers and renters.
    portal = tm.add(tg.ExternalService("Property portal feed", provides="data-provider"))

with tm.boundary("Agency cloud account", trust=tg.Trust.INTERNAL):
    # The phones' only way in: receives captures and hands out today's appointments.
    upload_api = tm.add(
        tg.Endpoint(
            "Capture upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="agency Microsoft 365 sign-in with MFA"),
                tg.controls.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Raw photos and scans as captured, kept with the property reference.
    scan_store = tm.add(
        tg.DataStore(
            "Capture bucket",
            stores={photos, scans, capture_meta},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # Runs the model on each new capture and builds the draft floorplan.
    processing = tm.add(
        tg.Service(
            "Floorplan processing service",
            description="Fuses the scans and photos, calls the model, fits rooms and computes areas.",
        )
    )
    # Finds walls, doors and windows in the fused scan and photos.
    layout_model = tm.add(
        tg.Model(
            "Room layout model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Segmentation network fine-tuned from a public checkpoint.",
        )
    )
    # Drafts and corrected floorplans, per property.
    floorplan_store = tm.add(
        tg.DataStore(
            "Floorplan store",
            stores={draft_floorplan, corrected_floorplan},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # Web editor where the technician checks, corrects and publishes floorplans.
    editor = tm.add(
        tg.Endpoint(
            "Floorplan editor",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="agency Microsoft 365 sign-in with MFA"),
                tg.controls.RBAC(),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Corrected floorplans paired with their captures, to fine-tune on.
        correction_set = tm.add(
            tg.Dataset(
                "Floorplan correction set",
                stores={corrected_floorplan, scans, photos},
                purpose="fine-tuning",
            )
        )
        # Quarterly fine-tuning job (PyTorch and open-source geometry packages).
        fine_tuning = tm.add(
            tg.Pipeline(
                "Quarterly fine-tuning",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
            )
        )
        # Versions of the layout model; the serving service loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_weights},
                controls={tg.controls.ModelVersioning()},
            )
        )

with tm.boundary("Agency office network", trust=tg.Trust.INTERNAL):
    # Checks every draft before it goes on a listing.
    technician = tm.add(tg.Actor("Floorplan technician", role="floorplan technician"))
    # Runs the fine-tuning and promotes new model versions.
    ml_developer = tm.add(tg.Actor("ML developer", role="ml developer", privileged=True))

# ---------------------------------------------------------------- flows
# capture at the viewing
tm.flow(negotiator, capture_app, photos, scans, label="captured on site")
tm.flow(crm, upload_api, appointments, protocol="https", label="today's appointments")
tm.flow(upload_api, capture_app, appointments, protocol="https")
tm.flow(capture_app, upload_api, photos, scans, capture_meta, protocol="https")
tm.flow(upload_api, scan_store, photos, scans, capture_meta)

# drafting
tm.flow(scan_store, processing, photos, scans, capture_meta)
tm.flow(processing, layout_model, photos, scans)
tm.flow(layout_model, processing, room_layout)
tm.flow(processing, floorplan_store, draft_floorplan)

# review and publication
tm.flow(floorplan_store, editor, draft_floorplan)
tm.flow(scan_store, editor, photos)
tm.flow(editor, technician, draft_floorplan, photos, protocol="https")
tm.flow(technician, editor, technician_edits, protocol="https")
tm.flow(editor, floorplan_store, corrected_floorplan)
tm.flow(editor, crm, published_floorplan, protocol="https")
tm.flow(crm, portal, listing, published_floorplan, protocol="https", label="listing feed")

# fine-tuning and release
tm.flow(floorplan_store, correction_set, corrected_floorplan)
tm.flow(scan_store, correction_set, scans, photos)
tm.flow(correction_set, fine_tuning, corrected_floorplan, scans, photos)
tm.flow(model_hub, fine_tuning, base_checkpoint, protocol="https")
tm.flow(fine_tuning, registry, model_weights)
tm.flow(ml_developer, registry, release_approval, protocol="https", label="promotes a version")
tm.flow(registry, layout_model, model_weights, label="deploy")
